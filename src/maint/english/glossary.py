# SPDX-License-Identifier: LGPL-2.1-or-later
"""tcerr-english glossary: po/glossary.tbx, the zh-CN -> en glossary of how
Tencent Cloud itself renders its recurring terms in English.

usage: tcerr-english glossary [-o FILE]   writes po/glossary.tbx (or FILE)
       tcerr-english glossary-report      each term, its count, alternatives
                                          and product, for review
       tcerr-english style                the house-style counts po/README.md
                                          quotes; writes nothing
Reads po/zh_CN.po and po/en.po: the aligned pairs are the keys whose en.po
entry says "# Source: tencentcloud-sdk-go-intl-en" (Tencent's international
SDK) and whose zh_CN.po entry has Chinese; and the twin pages of
tests/maint/upstream-pages.  Rerun after an SDK sync (make glossary) and
review the diff of glossary.tbx.

Method: for each Chinese term of TERMS (chosen by hand from the Chinese
n-grams that recur in the aligned pairs), take the pairs whose Chinese
contains it; among the English word n-grams (1-4 words, plurals folded,
not starting or ending with a function word) of those pairs, the rendering
is the one most associated with the term (Dice coefficient: 2*both /
(pairs with the term + pairs with the n-gram)), preferring a longer n-gram
that contains it and covers most of its pairs ("security group" over
"security").  Alternatives: the same on the pairs the rendering does not
cover, kept if they recur.  A rendering fixed by hand (the "=" lines of
TERMS) was read in the examples; its count is computed the same way."""
import collections
import os
import re
import sys
from xml.sax.saxutils import escape

from corpus import Corpus

# ------------------------------------------------------------ English n-grams
STOP = set('''the a an of to is in for and or not be does do has have was were
are this that with by on at it its as from can cannot please than when which
if no been your you'''.split())
WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-']*")
NOSTRIP = set('''arrears https series analysis alias redis kubernetes canvas
always address access status process previous various serverless does has
was is its this yes sms cos cbs dts cls ses mps tms ims ams kms ssm sts eks
tcss cws cwp ips os dns vips ms less unless success'''.split())

def fold(w):
    w = w.lower()
    if w in NOSTRIP or len(w) <= 3:
        return w
    if w.endswith('ies'):
        return w[:-3] + 'y'
    if w.endswith('s') and not w.endswith(('ss', 'us', 'is')):
        return w[:-1]
    return w

def ngrams(text):
    toks = [fold(t) for t in WORD.findall(text)]
    out = set()
    for n in range(1, 5):
        for i in range(len(toks) - n + 1):
            g = toks[i:i + n]
            if g[0] in STOP or g[-1] in STOP:
                continue
            out.add(' '.join(g))
    return out

class Aligner:
    def __init__(self, pairs):
        self.pairs = pairs
        self.eg = [ngrams(e) for *_, e in pairs]
        zl = [z.lower() for _, _, z, _ in pairs]
        self.ng = collections.Counter()
        for i, s in enumerate(self.eg):
            # an n-gram the Chinese itself contains (VPC, CAM ...) is no evidence
            self.ng.update(g for g in s if g not in zl[i])

    def having(self, term):
        return [i for i, t in enumerate(self.pairs) if term in t[2]]

    def count(self, P, g):
        return sum(1 for i in P if g in self.eg[i])

    def dice(self, P, g):
        c = self.count(P, g)
        return 2 * c / (len(P) + max(self.ng[g], c)) if P else 0

    def best(self, P):
        co = collections.Counter()
        for i in P:
            co.update(self.eg[i])
        sc = sorted(((2 * c / (len(P) + max(self.ng[g], c)), c, g)
                     for g, c in co.items() if c >= 2), reverse=True)
        if not sc:
            return None
        d, c, g = sc[0]
        for d2, c2, g2 in sc[:15]:
            if g2 != g and (' ' + g + ' ') in (' ' + g2 + ' ') \
                    and c2 >= 0.6 * c and len(g2.split()) <= 3:
                return d2, c2, g2
        return d, c, g

    def render(self, term, fix=None):
        """-> (n, [(gram, count)], P): the rendering first, then alternatives."""
        P = self.having(term)
        if not P:
            return 0, [], P
        if fix:
            first = [fold(w) for w in WORD.findall(fix[0])]
            out = [(' '.join(first), self.count(P, ' '.join(first)))]
            for alt in fix[1:]:
                a = ' '.join(fold(w) for w in WORD.findall(alt))
                out.append((a, self.count(P, a)))
            return len(P), out, P
        r = self.best(P)
        if not r:
            return len(P), [], P
        out = [(r[2], r[1])]
        rest = [i for i in P if r[2] not in self.eg[i]]
        for _ in range(3):
            if len(rest) < 3:
                break
            r2 = self.best(rest)
            if not r2 or r2[1] < max(3, 0.05 * len(P)):
                break
            if self.dice(P, r2[2]) >= 0.25:
                out.append((r2[2], self.count(P, r2[2])))
            rest = [i for i in rest if r2[2] not in self.eg[i]]
        return len(P), out, P

    def surface(self, gram, P):
        """The spelling Tencent uses (case, singular) for a folded n-gram."""
        words = gram.split()
        pat = re.compile(r'\b' + r'\W+'.join(re.escape(w) + r"[a-z']*" for w in words) + r'\b', re.I)
        forms = collections.Counter()
        for i in P:
            text = self.pairs[i][3]
            for m in pat.finditer(text):
                s = m.group(0)
                if ' '.join(fold(t) for t in WORD.findall(s)) != gram:
                    continue
                initial = m.start() == 0 or text[:m.start()].rstrip().endswith(('.', ':', '/', '(', '"'))
                forms[(s, initial)] += 1
        if not forms:
            return gram
        mid = collections.Counter()
        for (s, initial), c in forms.items():
            if not initial:
                mid[s] += c
        pool = mid or collections.Counter({s: c for (s, _), c in forms.items()})
        if not mid:  # only seen sentence-initially: lower the first letter unless it is an acronym
            pool = collections.Counter({(s if re.match(r'[A-Z]{2}', s) else s[0].lower() + s[1:]): c
                                        for s, c in pool.items()})
        # prefer the singular spelling of the most common case form
        bycase = collections.Counter()
        for s, c in pool.items():
            bycase[s] += c
        s = bycase.most_common(1)[0][0]
        sing = [t for t in bycase if t.lower() == gram]
        if sing:
            s = max(sing, key=lambda t: (t[0].isupper() == s[0].isupper(), bycase[t]))
        return s

# ------------------------------------------------------- the twin doc pages
def page_pairs(pagedir):
    """(code, zh, en) rows of tests/maint/upstream-pages/NAME.zh.md and its
    NAME.en.md twin, matched by code, duplicates (the common table every page
    repeats) counted once."""
    rows = set()
    if not os.path.isdir(pagedir):
        return []
    row = re.compile(r'^\|\s*([A-Za-z][\w.]*)\s*\|\s*(.*?)\s*\|\s*$')
    for f in sorted(os.listdir(pagedir)):
        if not f.endswith('.zh.md') or not os.path.exists(os.path.join(pagedir, f[:-6] + '.en.md')):
            continue
        def table(path):
            out = {}
            for line in open(path, encoding='utf-8-sig'):
                m = row.match(line.strip())
                if m:
                    out.setdefault(m.group(1), m.group(2))
            return out
        z, e = table(os.path.join(pagedir, f)), table(os.path.join(pagedir, f[:-6] + '.en.md'))
        for code in z.keys() & e.keys():
            rows.add((code, z[code], e[code]))
    return sorted(rows)

# -------------------------------------------------------------- the terms
# One term a line: CHINESE [= RENDERING [| ALTERNATIVE ...]] [# note].
# Without "=", the rendering and alternatives are found as described above.
# With "=", they were fixed by hand after reading the examples (the automatic
# choice picked a neighbouring word: "data" for 数据 beside "database" from
# 数据库, an inflected form, a phrase around the term); their counts are
# still computed.  A rendering given as "a, b, c" (inflections) counts the
# pairs with any of the forms and shows the first.
TERMS = '''
实例
地域
可用区
私有网络
子网
安全组
密钥 = key | key pair | secret  # not "secret key": 83 of 84 say key; 凭据 (SSM) is "secret"
配额
欠费 = arrears | overdue
白名单
镜像  # 流量镜像 (VPC) is "traffic mirroring"
快照
云硬盘
云盘 = cloud disk
存储桶
集群
节点
命名空间
套餐 = package | plan  # product-dependent: see the products in the note
资源包
实名认证 = identity verification | real-name authentication  # 用户未实名认证: "Unverified user."
未实名认证 = unverified, not verified | identity verification
参数
参数值 = parameter value
操作
资源
用户
服务
状态
账号
账户 = account
域名 = domain name | domain
类型
数据 = data
配置
请求
任务
格式
权限
名称
标签
规则
信息
策略
模板
证书
鉴权
系统
数据库
接口
文件
长度
地址
版本
记录
签名 = signature | CAM signature
字段
日志 = log | logset
访问
网络 = network | VPC  # 私有网络 is "VPC"
字符 = character | string
冲突
关联 = associate, associated, association
计费
自定义
列表 = list
内容
成员
字符串
路由
角色
存储
环境
应用
短信
规格
网关
范围
人脸
站点
大小
函数
功能 = feature | function
条件
订单
引擎
文档 = document, documentation
默认
产品
标签键
标签值
控制台
目标
主题
源站
后端
密码
伸缩组
带宽
机型 = model | instance type
描述
审计
网卡 = ENI | network interface
弹性网卡 = ENI | elastic network interface
用户组
项目
子账号
主账号
子用户
云联网
企业
视频
音频
图片
客户端
端口
备份
代理
流量
协议
监听器
负载均衡 = CLB | load balancer, load balancing | LoadBalancer
负载均衡器 = CLB | load balancer
消息
复制
数据库实例
属性
路由表
分辨率
通知
权限组
手机号 = mobile number | phone number
手机 = mobile number, mobile phone | phone number
邮箱 = email address | email | mailbox
邮件 = email
收件人
文本
缓存
索引
加速域名
机器组
日志集
日志主题
身份提供商 = identity provider | IdP
密钥对
私钥
公钥
数据密钥
文件系统
防火墙 = firewall
防火墙规则
带宽包
系统盘
数据盘
快照策略
启动配置
实例启动模板
置放群组
竞价实例
预付费
后付费 = postpaid, post-payment, pay-as-you-go
计费模式
包年包月 = monthly subscription, annual, monthly
余额 = balance | account balance
账户余额 = account balance
续费 = renew, renewal
自动续费 = auto-renewal
退还 = return, returned
销毁 = terminate, terminated, termination
隔离 = isolate, isolated, isolation
绑定 = bind, bound, binding
解绑 = unbind, unbound, unbinding
挂载 = mount, mounted | attach, attached
关机
重启
重装 = reinstall, reinstallation, reinstalled
升级 = upgrade, upgraded, upgrading
迁移
同步 = synchronization, synchronize, synchronized, sync
导入 = import, imported
导出 = export, exported
上传 = upload, uploaded, uploading
下载
转码
水印
录制
点播 = VOD
推流 = push, pushing
字幕 = subtitle
码率
触发器
别名
告警 = alarm
告警策略
监控 = monitoring, monitor
指标
阈值
公网 = public network | public IP
内网 = private network, private IP | internal
外网 = public network
公网IP = public IP
内网IP = private IP | internal IP
弹性IP
网段 = IP range, CIDR block, CIDR | subnet
专线 = Direct Connect, direct connect
专线网关
NAT网关
终端节点
终端节点服务
流量镜像
基础网络 = classic network | basic network
只读实例 = read-only instance, read-only | RO instance
主实例 = primary instance, source instance, master instance
工单 = ticket
客服 = customer service
腾讯云 = Tencent Cloud  # 请联系腾讯云工程师进一步排查 is "Please submit a ticket for troubleshooting." (cdn, 14 keys)
服务角色
授权 = authorization, authorize, authorized | unauthorized
授权策略
组织
组织成员
管理员 = administrator | admin
代付 = payer, pay-on-behalf
经销商
分区
副本 = replica
队列
订阅 = subscription, subscribe
会话
房间
识别 = recognition, recognize, identify
审核 = review, moderation | approve, approved  # 审核通过: approved (SMS, SES)
回调
回源 = origin-pull
双向认证 = mutual authentication | mTLS
源站组 = origin group | origin server group
预热 = preheating, pre-warming | prefetch, prefetched  # CVM image preheating; prefetch in CDN/EdgeOne
刷新 = refresh | purge, purged  # instance refresh in Auto Scaling; cache purge in CDN/EdgeOne
边缘
规则引擎
插件
命令
镜像仓库
弹性伸缩 = auto scaling | auto scaler
伸缩活动
生命周期挂钩
定时任务
计算环境
作业 = job
工作组
数据引擎
数据源
只读组 = RO group | read-only group
主机 = host | server | CVM  # server in Cloud Workload Protection (yunjing)
操作系统
内存
磁盘
容量
存储类型 = storage class
对象存储 = object storage | COS
媒体
应用ID
业务 = business
项目ID
地区 = country/region | region
计费状态
支付
充值 = top up, top-up, recharge
询价 = price, pricing, inquire
价格 = price
资源售罄 = sold out
售罄
使用计划
API密钥
版本号
发布 = release, publish, published, released
部署 = deploy, deployment, deployed
回滚 = rollback, roll back, rolled back
代码
仓库 = repository
自定义镜像
共享镜像
镜像ID
实例ID
实例类型
实例规格 = instance specification | instance type
实例名称
实例状态
集群状态
任务状态
私有域
转发规则
后端服务
四层 = layer-4, layer 4, L4
路由策略 = routing policy | route policy
下一跳
跨地域 = cross-region
跨账号 = cross-account
资源ID
生命周期 = lifecycle
对象
加速区域
投递 = delivery | shipping, ship  # CLS shipping; EventBridge delivery
采集 = collection, collect
采集配置 = collection configuration
检索 = search, retrieval
分析
通知模板 = notification template
收件人列表 = recipient group | recipient list
发信地址 = sender address
模板ID
营销短信
技能组
外呼 = outbound call
比对 = comparison, compare
热词库 = hotword lexicon
音频流
视频流
封面
检测 = detect, detected, detection
封禁 = block, blocked, ban, banned
黑名单 = blocklist, blacklist
基线
漏洞
风险 = risk
防护 = protection, protect
安全 = security
解析 = parse, parsing | resolution, resolve, resolved  # DNS resolution (DNSPod, Private DNS); parsing elsewhere
解析记录 = DNS record, record
子域名
别称域名
备案 = ICP filing
证书内容
免费证书 = free certificate
客户端证书
加速
通道 = connection | channel | tunnel  # GAAP connection
通道组
设备
凭据 = secret  # SSM
验证码
身份证 = ID card
模板参数
变量
表达式
正则表达式
语法
策略语法
策略文档 = policy document
资源类型
资源标签
共享资源
云资源
配置文件
事件
异步任务
定时 = scheduled
过滤器 = filter
过滤条件
取值范围
最大值 = maximum value, maximum
上限
超时 = timed out, timeout, time out
并发 = concurrency, concurrent
频率 = rate | frequency
频率限制 = rate limit | frequency limit
IP地址
证书ID
端口号 = port number, port
环境变量
调用 = call, calling, invoke, invocation
调用方式 = Calling Methods  # the docs' page; no SDK pair has it
主账号ID = root account ID
子账号ID = sub-account ID
开通 = activate, activated, enable
未开通 = not activated, not enabled
开启 = enable, enabled
关闭 = disable, disabled, close, closed
启用 = enable, enabled
禁用 = disable, disabled
冻结 = freeze, frozen
锁定 = lock, locked
过期 = expired, expire
有效期 = validity period, valid period
到期 = expire, expired, expiration
创建 = create, created, creation
删除 = delete, deleted, deletion
修改 = modify, modified, modification
更新 = update, updated
查询 = query, queried, querying
获取 = get, obtain, obtained, retrieve
校验 = verify, verification, check, validation
验证 = verify, verification, verified
认证 = authentication, verification, certification
身份 = identity
登录 = log in, login, logged in
运行 = running, run
启动 = launch, start, started
停止 = stop, stopped
删除保护 = deletion protection, termination protection
白名单IP = allowlisted IP
内部错误 = internal error
系统错误 = system error
网络错误 = network error
'''

# Renderings our earlier translations used that Tencent does not: listed as
# deprecated in the glossary, so a tool flags them.
DEPRECATED = {
    '密钥': ['secret key'],
    '私有网络': ['VPC network'],
    '调用方式': ['calling method guide'],
    '白名单': ['whitelist'],
    '黑名单': ['blacklist'],
}

# Products: (code(s) in the catalogs, Chinese name, English name on the
# international site (intl.cloud.tencent.com), abbreviation used in messages).
PRODUCTS = [
    ('cvm', '云服务器', 'Cloud Virtual Machine', 'CVM'),
    ('cbs', '云硬盘', 'Cloud Block Storage', 'CBS'),
    ('vpc', '私有网络', 'Virtual Private Cloud', 'VPC'),
    ('clb', '负载均衡', 'Cloud Load Balancer', 'CLB'),
    ('cos', '对象存储', 'Cloud Object Storage', 'COS'),
    ('cdn', '内容分发网络', 'Content Delivery Network', 'CDN'),
    ('ecdn', '全站加速网络', 'Enterprise Content Delivery Network', 'ECDN'),
    ('teo', '边缘安全加速平台', 'EdgeOne', 'EdgeOne'),
    ('scf', '云函数', 'Serverless Cloud Function', 'SCF'),
    ('tke', '容器服务', 'Tencent Kubernetes Engine', 'TKE'),
    ('tcr', '容器镜像服务', 'Tencent Container Registry', 'TCR'),
    ('tem', '弹性微服务', 'Tencent Cloud Elastic Microservice', 'TEM'),
    ('tsf', '微服务平台', 'Tencent Service Framework', 'TSF'),
    ('tse', '微服务引擎', 'Tencent Cloud Service Engine', 'TSE'),
    ('cam', '访问管理', 'Cloud Access Management', 'CAM'),
    ('sts', '安全凭证服务', 'Security Token Service', 'STS'),
    ('cls', '日志服务', 'Cloud Log Service', 'CLS'),
    ('as', '弹性伸缩', 'Auto Scaling', 'AS'),
    ('lighthouse', '轻量应用服务器', 'TencentCloud Lighthouse', 'Lighthouse'),
    ('cdb', '云数据库 MySQL', 'TencentDB for MySQL', 'TencentDB for MySQL'),
    ('redis', '云数据库 Redis', 'TencentDB for Redis', 'TencentDB for Redis'),
    ('mongodb', '云数据库 MongoDB', 'TencentDB for MongoDB', 'TencentDB for MongoDB'),
    ('postgres', '云数据库 PostgreSQL', 'TencentDB for PostgreSQL', 'TencentDB for PostgreSQL'),
    ('sqlserver', '云数据库 SQL Server', 'TencentDB for SQL Server', 'TencentDB for SQL Server'),
    ('mariadb', '云数据库 MariaDB', 'TencentDB for MariaDB', 'TencentDB for MariaDB'),
    ('dcdb', '分布式数据库 TDSQL', 'TDSQL for MySQL', 'TDSQL'),
    ('cynosdb', 'TDSQL-C MySQL 版', 'TDSQL-C for MySQL', 'TDSQL-C'),
    ('keewidb', '云数据库 KeeWiDB', 'TencentDB for KeeWiDB', 'TencentDB for KeeWiDB'),
    ('tcaplusdb', '游戏数据库 TcaplusDB', 'TcaplusDB', 'TcaplusDB'),
    ('dbbrain', '数据库智能管家 DBbrain', 'TencentDB for DBbrain', 'TencentDB for DBbrain'),
    ('dts', '数据传输服务', 'Data Transmission Service', 'DTS'),
    ('emr', '弹性 MapReduce', 'Elastic MapReduce', 'EMR'),
    ('es', 'Elasticsearch Service', 'Elasticsearch Service', 'ES'),
    ('dlc', '数据湖计算', 'Data Lake Compute', 'DLC'),
    ('wedata', '数据开发治理平台 WeData', 'WeData', 'WeData'),
    ('oceanus', '流计算 Oceanus', 'Stream Compute Service', 'Oceanus'),
    ('monitor', '腾讯云可观测平台', 'Tencent Cloud Observability Platform', 'TCOP'),
    ('apm', '应用性能监控', 'Application Performance Management', 'APM'),
    ('rum', '前端性能监控', 'Real User Monitoring', 'RUM'),
    ('cloudaudit', '操作审计', 'CloudAudit', 'CloudAudit'),
    ('kms', '密钥管理系统', 'Key Management Service', 'KMS'),
    ('ssm', '凭据管理系统', 'Secrets Manager', 'SSM'),
    ('ssl', 'SSL 证书', 'SSL Certificates', 'SSL'),
    ('live', '云直播', 'Cloud Streaming Services', 'CSS'),
    ('vod', '云点播', 'Video on Demand', 'VOD'),
    ('mps', '媒体处理', 'Media Processing Service', 'MPS'),
    ('trtc', '实时音视频', 'Tencent Real-Time Communication', 'TRTC'),
    ('gme', '游戏多媒体引擎', 'Game Multimedia Engine', 'GME'),
    ('tiw', '互动白板', 'Interactive Whiteboard', 'TIW'),
    ('sms', '短信', 'Short Message Service', 'SMS'),
    ('ses', '邮件推送', 'Simple Email Service', 'SES'),
    ('cfs', '文件存储', 'Cloud File Storage', 'CFS'),
    ('chdfs', '云 HDFS', 'Cloud HDFS', 'CHDFS'),
    ('gaap', '全球应用加速', 'Global Application Acceleration Platform', 'GAAP'),
    ('dc', '专线接入', 'Direct Connect', 'DC'),
    ('ccn', '云联网', 'Cloud Connect Network', 'CCN'),
    ('eip', '弹性公网 IP', 'Elastic IP', 'EIP'),
    ('privatedns', '私有域解析 Private DNS', 'Private DNS', 'Private DNS'),
    ('dnspod', '云解析 DNS', 'DNSPod', 'DNSPod'),
    ('domain', '域名注册', 'Domain Registration', 'Domain Registration'),
    ('cfw', '云防火墙', 'Cloud Firewall', 'CFW'),
    ('waf', 'Web 应用防火墙', 'Web Application Firewall', 'WAF'),
    ('antiddos', 'DDoS 防护', 'Anti-DDoS', 'Anti-DDoS'),
    ('cwp', '主机安全', 'Cloud Workload Protection', 'CWP'),
    ('tcss', '容器安全服务', 'Tencent Container Security Service', 'TCSS'),
    ('apigateway', 'API 网关', 'API Gateway', 'API Gateway'),
    ('organization', '集团账号管理', 'Tencent Cloud Organization', 'Tencent Cloud Organization'),
    ('tag', '标签', 'Tag', 'Tag'),
    ('tdmq', '消息队列 TDMQ', 'TDMQ', 'TDMQ'),
    ('ckafka', '消息队列 CKafka', 'CKafka', 'CKafka'),
    ('cmq', '消息队列 CMQ', 'Cloud Message Queue', 'CMQ'),
    ('eb', '事件总线', 'EventBridge', 'EB'),
    ('iai', '人脸识别', 'Face Recognition', 'IAI'),
    ('faceid', '人脸核身', 'FaceID', 'FaceID'),
    ('ocr', '文字识别', 'Optical Character Recognition', 'OCR'),
    ('asr', '语音识别', 'Automatic Speech Recognition', 'ASR'),
    ('tts', '语音合成', 'Text To Speech', 'TTS'),
    ('tmt', '机器翻译', 'Tencent Machine Translation', 'TMT'),
    ('ims', '图片内容安全', 'Image Moderation System', 'IMS'),
    ('tms', '文本内容安全', 'Text Moderation System', 'TMS'),
    ('ams', '音频内容安全', 'Audio Moderation System', 'AMS'),
    ('captcha', '验证码', 'Captcha', 'Captcha'),
    ('batch', '批量计算', 'BatchCompute', 'BatchCompute'),
    ('tat', '自动化助手', 'TencentCloud Automation Tools', 'TAT'),
    ('ccc', '云联络中心', 'Cloud Contact Center', 'CCC'),
    ('ecm', '边缘计算机器', 'Edge Computing Machine', 'ECM'),
    ('tcb', '云开发', 'CloudBase', 'TCB'),
    ('tione', 'TI-ONE 训练平台', 'TI-ONE', 'TI-ONE'),
    ('iotexplorer', '物联网开发平台', 'IoT Explorer', 'IoT Explorer'),
    ('iotcloud', '物联网通信', 'IoT Hub', 'IoT Hub'),
    ('cdc', '本地专用集群', 'Cloud Dedicated Cluster', 'CDC'),
    ('hai', '高性能应用服务', 'Hyper Application Inventor', 'HAI'),
    ('ciam', '客户身份管理', 'Customer Identity and Access Management', 'CIAM'),
    ('billing', '费用中心', 'Billing Center', 'Billing Center'),
    ('yunjing', '主机安全（云镜）', 'Cloud Workload Protection', 'CWP'),
    ('hunyuan', '腾讯混元大模型', 'Tencent Hunyuan', 'Hunyuan'),
    ('cat', '云拨测', 'Cloud Automated Testing', 'CAT'),
    ('pts', '云压测', 'Performance Testing Service', 'PTS'),
]


# ------------------------------------------------------------- house style
# --style prints how the official English words the common shapes of the
# Chinese (the counts po/README.md quotes): for each shape, the pairs whose
# Chinese matches it, sorted by the first English pattern that matches.
SHAPES = [
 ('…不存在', r'不存在', [('does not exist', r"\bdoes(n't| not) exist"), ('do not exist', r"\bdo(n't| not) exist"), ('not found', r'not found|cannot be found|could not be found|unable to find'), ('non-existent / nonexistent', r'non-?existent|not existing|inexistent'), ('not exist (other)', r'not exist')]),
 ('…已达上限 / 达到上限', r'(达到?|已达)(到)?(了)?(上限|最大|限制)', [('reached the upper limit', r'reached (the |its |their )?upper limit'), ('reached the limit', r'reached (the |its |their )?(maximum )?limit'), ('reached the maximum', r'reached (the |its )?max'), ('exceeds the limit', r'exceed'), ('limit reached', r'limit (has been |is )?reached')]),
 ('超过/超出限制', r'(超过|超出)(了)?(最大)?(限制|上限)', [('exceeds the limit', r'exceeds? (the )?(upper |maximum |max )?limit'), ('exceeded (the limit)', r'exceeded'), ('exceeds the upper limit', r'exceeds the upper'), ('exceeds …(other)', r'exceed'), ('over the limit / too many', r'over the limit|too many|too large|too long')]),
 ('参数错误 (whole message)', r'^参数错误[。.]?$', [('Parameter error.', r'^parameter error'), ('Invalid parameter.', r'^invalid parameter'), ('Incorrect parameter.', r'^incorrect parameter'), ('Parameter … incorrect/invalid', r'^(the )?parameter (is |was )?(incorrect|invalid|wrong)')]),
 ('参数错误 (within)', r'参数错误', [('parameter error', r'parameter error'), ('invalid parameter', r'invalid parameter'), ('incorrect parameter', r'incorrect parameter'), ('parameter … invalid/incorrect', r'parameter.{0,40}(invalid|incorrect|wrong)')]),
 ('参数值错误 / 参数取值错误', r'参数(取)?值错误', [('incorrect parameter value', r'incorrect parameter value'), ('invalid parameter value', r'invalid parameter value'), ('parameter value error', r'parameter value error'), ('other', r'value')]),
 ('…无效 / 无效的…', r'无效', [('invalid', r'invalid'), ('not valid', r'not valid'), ('incorrect', r'incorrect')]),
 ('…不合法 / 非法…', r'不合法|非法', [('invalid', r'invalid'), ('illegal', r'illegal'), ('incorrect', r'incorrect'), ('not valid', r'not valid')]),
 ('…失败', r'失败', [('Failed to …', r'failed to'), ('… failed', r'\bfailed\b(?! to)'), ('failure', r'failure'), ('unable to / cannot', r'unable to|cannot|could not')]),
 ('操作失败 (whole message)', r'^操作失败[。.]?$', [('Operation failed.', r'^operation failed'), ('Failed operation.', r'^failed operation')]),
 ('请稍后重试 / 请稍后再试', r'请?稍后(重试|再试)', [('try again later', r'try again later'), ('retry later', r'retry later'), ('later (other)', r'later')]),
 ('不支持…', r'不支持', [('… is not supported / are not supported', r'(is|are) not supported|isn.t supported|aren.t supported'), ('does not support', r"do(es)?(n't| not) support"), ('unsupported', r'unsupported'), ('not supported (other)', r'not supported|not support'), ('cannot / unable to', r'cannot|unable to|not allowed')]),
 ('…已存在', r'已(经)?存在', [('already exists', r'already exists?'), ('exists', r'\bexists?\b'), ('duplicate', r'duplicate')]),
 ('没有权限 / 无权限 / 无权', r'没有权限|无权限|无权', [('no permission', r'no permission'), ('do not have permission', r"do(es)?(n't| not) have (the )?(permission|access)"), ('not authorized / unauthorized', r'not authori|unauthori'), ('permission denied / denied', r'denied'), ('permission (other)', r'permission')]),
 ('余额不足', r'余额不足', [('insufficient balance', r'insufficient (account )?balance'), ('balance is insufficient', r'balance (is )?insufficient|balance is not enough'), ('balance (other)', r'balance')]),
 ('…不足 (other than balance)', r'(?<!余额)不足', [('insufficient', r'insufficient'), ('not enough', r'not enough'), ('run out / used up', r'run out|used up|exhausted')]),
 ('内部错误', r'内部错误', [('internal error', r'internal error'), ('internal … error', r'internal \w+ error'), ('error (other)', r'error')]),
 ('…不能为空 / 为空', r'不能为空|不可为空|为空', [('cannot be empty', r'cannot be empty|can.t be empty'), ('is empty', r'is empty|are empty'), ('must not / should not be empty', r'(must|should) not be empty'), ('required', r'required'), ('empty (other)', r'empty')]),
 ('…格式错误 / 格式不正确', r'格式(错误|不正确|不对|有误|非法|不合法)', [('incorrect format / format is incorrect', r'incorrect format|format is incorrect|format incorrect'), ('invalid format / format is invalid', r'invalid .{0,20}format|format is invalid|invalid format'), ('format error', r'format error'), ('format (other)', r'format')]),
 ('缺少参数', r'缺少.{0,4}参数', [('missing parameter', r'missing .{0,20}parameter|parameter.{0,20}missing'), ('missing (other)', r'missing'), ('required', r'required')]),
 ('请联系客服', r'联系客服', [('contact customer service', r'contact (the )?customer service'), ('contact (other)', r'contact'), ('submit a ticket', r'submit a ticket')]),
 ('联系…工程师 / 提交工单', r'工程师|工单', [('submit a ticket', r'submit a ticket'), ('contact …', r'contact')]),
 ('…冲突', r'冲突', [('conflicts with', r'conflicts? with'), ('conflict (other)', r'conflict')]),
 ('未找到 / 找不到', r'未找到|找不到|查不到', [('not found', r'not found'), ('cannot be found / unable to find', r'cannot be found|unable to find|could not be found|cannot find'), ('does not exist', r'does not exist')]),
 ('…不匹配', r'不匹配', [('does not match', r"do(es)?(n't| not) match"), ('mismatch', r'mismatch'), ('match (other)', r'match')]),
 ('…已售罄 / 售罄', r'售罄', [('sold out', r'sold out')]),
 ('…超时', r'超时', [('timed out', r'timed out'), ('timeout', r'timeout'), ('time out', r'time out')]),
 ('不允许… / 禁止…', r'不允许|禁止', [('not allowed', r'not (be )?allowed|disallowed'), ('cannot', r'cannot|can.t'), ('prohibited / forbidden', r'prohibit|forbid')]),
 ('…重复', r'重复', [('duplicate', r'duplicat'), ('already exists', r'already exist'), ('repeat', r'repeat')]),
 ('…已过期 / 过期', r'过期', [('has expired / expired', r'expired'), ('expiration / expire (other)', r'expir')]),
 ('正在…(中) / …中，请稍后', r'正在|进行中|处理中|中，请稍后', [('is being …', r'(is|are) being'), ('in progress', r'in progress'), ('(other)', r'.')]),
 ('…未开通', r'未开通', [('not activated', r'not (been |yet )?activated|inactive'), ('not enabled', r'not (been |yet )?enabled'), ('not (other)', r'not')]),
 ('资源不足', r'资源不足', [('insufficient resources', r'insufficient .{0,20}resource'), ('resources are insufficient / not enough', r'resources? (is |are )?(insufficient|not enough)')]),
 ('请检查…', r'请检查|请确认', [('please check', r'please check'), ('check (other)', r'check'), ('make sure / ensure / confirm', r'make sure|ensure|confirm|verify')]),
]

def style_report(pairs):
    for name, zre, cats in SHAPES:
        P = [e for c, k, z, e in pairs if re.search(zre, z)]
        cnt = collections.Counter()
        for e in P:
            for label, ere in cats:
                if re.search(ere, e, re.I):
                    cnt[label] += 1
                    break
            else:
                cnt['(none of these)'] += 1
        print('%s\t%d\t%s' % (name, len(P), '; '.join('%s %d' % c for c in cnt.most_common())))
    # whole short messages: the template with its subject
    def tally(title, zre, maxlen, rules):
        cnt, n = collections.Counter(), 0
        for c, k, z, e in pairs:
            if re.search(zre, z) and len(z) <= maxlen:
                n += 1
                cnt[next((lab for lab, ere in rules if re.search(ere, e)), 'other')] += 1
        print('%s\t%d\t%s' % (title, n, '; '.join('%s %d' % c for c in cnt.most_common())))
    tally('X不存在。 (short)', r'不存在[。.]?$', 20, [('The … does not exist.', r'^The .*\bdo(es)? not exist\.?$'),
                                                  ('… does not exist. (no "The")', r'\bdo(es)? not exist\.?$')])
    tally('X已存在。 (short)', r'已(经)?存在[。.]?$', 20, [('The … already exists.', r'^The .*already exists?'),
                                                   ('… already exists. (no "The")', r'already exists?')])
    tally('X失败。 (short)', r'^(?!操作失败).*失败[。.]?$', 14, [('Failed to ….', r'(?i)^failed to\b'),
                                                           ('… failed.', r'(?i)\bfailed\.?$')])
    tally('不支持X (at the start)', r'^(当前|暂)?不支持', 200, [('… is not supported.', r'(is|are) not supported'),
                                                           ('Unsupported ….', r'(?i)unsupported'),
                                                           ('… does not support …', r'do(es)? not support')])
    tally('…(数量)(已)达(到)上限', r'(已达|达到)(到)?(了)?上限', 200, [
        ('The number of … has reached the upper limit.', r'(?i)number of .*(has|have) reached the upper limit'),
        ('Reached the upper limit of ….', r'^Reached the upper limit'),
        ('… reached/reaches the upper limit (other)', r'(?i)reach(ed|es)? the upper limit'),
        ('Limit on number of … reached.', r'^Limit on number'),
        ('… limit/quota … reached (other)', r'(?i)(limit|quota|maximum).*reached|reached the (number )?limit')])
    n = len(pairs)
    first = collections.Counter('upper' if e.lstrip()[:1].isupper() else 'other' for *_, e in pairs)
    print('first letter upper-case\t%d\tof %d' % (first['upper'], n))
    ends = collections.Counter()
    for c, k, z, e in pairs:
        ze = '。' if z.rstrip().endswith(('。', '.')) else ('！' if z.rstrip().endswith(('！', '!')) else 'none')
        ends[(ze, '.' if e.rstrip().endswith('.') else 'none')] += 1
    print('endings (zh, en)\t%d\t%s' % (n, '; '.join('%s %s %d' % (a, b, c) for (a, b), c in ends.most_common())))
    q = [e for c, k, z, e in pairs if '请' in z]
    print('请 -> "please"\t%d\t%d' % (len(q), sum(1 for e in q if re.search(r'(?i)\bplease\b', e))))
    def kept(title, pat):
        P = [(z, e) for c, k, z, e in pairs if re.search(pat, z)]
        print('%s kept byte for byte\t%d\t%d' % (title, len(P), sum(1 for z, e in P if all(t in e for t in re.findall(pat, z)))))
    kept('code spans', r'`[^`]+`')
    kept('URLs', r'https?://[^\s)\]）>"]+')
    kept('numbers', r'\d+(?:\.\d+)?')
    kept('CamelCase names', r'\b[A-Z][a-z]+[A-Z][A-Za-z0-9]*\b')
    kept('placeholders', r'\{\{?\w*\}?\}|%[sd]')

# ------------------------------------------------------------------ output
def parse_terms(spec):
    out = []
    for line in spec.strip().splitlines():
        line, _, note = line.partition('#')
        zh, _, fix = line.partition('=')
        fix = [f.strip() for f in fix.split('|')] if fix.strip() else None
        out.append((zh.strip(), fix, note.strip()))
    return out

def forms_of(rendering):
    return [' '.join(fold(w) for w in WORD.findall(f)) for f in rendering.split(', ')]

def count_forms(A, P, rendering):
    forms = forms_of(rendering)
    return sum(1 for i in P if any(f in A.eg[i] for f in forms))

def word_count(texts, name, ci=False):
    pat = re.compile(r'(?<![\w-])' + re.escape(name) + r'(?![\w-])', re.I if ci else 0)
    return sum(len(pat.findall(t)) for t in texts)

def build(tree):
    """(term entries, product entries, SDK pairs, page rows) of TREE."""
    pagedir = tree.pages
    corpus = Corpus(tree)
    pairs = corpus.official_pairs()
    A = Aligner(pairs)
    pp = [('pages', code, z, e) for code, z, e in page_pairs(pagedir)]
    B = Aligner(pp) if pp else None
    entries, seen = [], set()
    for zh, fix, note in parse_terms(TERMS):
        if zh in seen:
            continue
        seen.add(zh)
        src, AL = 'sdk', A
        n, out, P = A.render(zh, fix)
        if fix:
            out = [(f, count_forms(A, P, f)) for f in fix]
        if n < 3 and B:
            n2, out2, P2 = B.render(zh, fix)
            if fix:
                out2 = [(f, count_forms(B, P2, f)) for f in fix]
            if n2 >= 3:
                src, AL, n, out, P = 'pages', B, n2, out2, P2
        if n < 3 or not out or out[0][1] == 0:
            continue
        # display spellings; a hand-fixed rendering is shown as written (first form)
        shown = []
        for g, c in out:
            if c == 0:
                continue
            if fix:
                shown.append((g.split(', ')[0], c, g))
            else:
                shown.append((AL.surface(g, P), c, g))
        prods = collections.Counter(AL.pairs[i][0] for i in P)
        top, tc = prods.most_common(1)[0]
        product = top if src == 'sdk' and tc / n >= 0.7 and top != 'common' else None
        byprod = []
        if len(shown) > 1 and src == 'sdk':
            for disp, c, g in shown:
                forms = forms_of(g) if fix else [g]
                pc = collections.Counter(AL.pairs[i][0] for i in P if any(f in AL.eg[i] for f in forms))
                byprod.append((disp, pc.most_common(3)))
        ex = []
        for disp, c, g in shown[:1]:
            forms = forms_of(g) if fix else [g]
            ex = [AL.pairs[i] for i in P if any(f in AL.eg[i] for f in forms)][:2]
        entries.append(dict(zh=zh, n=n, src=src, shown=shown, product=product,
                            share=(top, tc), byprod=byprod, note=note, ex=ex,
                            fixed=bool(fix),
                            deprecated=[(d, count_forms(AL, P, d)) for d in DEPRECATED.get(zh, [])]))
    # products
    en_texts = [e for *_, e in pairs] + [e for *_, e in pp]
    all_en = [corpus.en[k].msgstr for k in corpus.en if corpus.is_official(k)]
    all_zh = [e.msgstr for e in corpus.zh.values() if e.msgstr]
    pages_en = []
    if os.path.isdir(pagedir):
        pages_en = [open(os.path.join(pagedir, f), encoding='utf-8-sig').read()
                    for f in sorted(os.listdir(pagedir)) if f.endswith('.en.md')]
    products = []
    for code, zname, ename, abbr in PRODUCTS:
        products.append(dict(code=code, zh=zname, en=ename, abbr=abbr,
                             n_full=word_count(all_en + pages_en, ename),
                             n_abbr=word_count(all_en, abbr) if abbr != ename else 0,
                             n_zh=sum(t.count(zname) for t in all_zh)))
    return entries, products, len(pairs), len(pp)

def x(s):
    return escape(s, {'"': '&quot;'})

def tbx(entries, products, npairs, npages):
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<!-- SPDX-License-Identifier: LGPL-2.1-or-later -->',
         '<martif type="TBX-Basic" xml:lang="en">',
         ' <martifHeader>',
         '  <fileDesc>',
         '   <titleStmt><title>tcerr glossary: Tencent Cloud terms, Chinese to English</title></titleStmt>',
         '   <sourceDesc><p>Made by src/maint/english/glossary.py (make glossary) from the %d error codes whose Chinese '
         '(tencentcloud-sdk-go, po/zh_CN.po) and English (tencentcloud-sdk-go-intl-en, '
         'po/en.po) are both Tencent Cloud\'s own, and the %d rows of Tencent\'s Chinese and '
         'English error-code pages (tests/maint/upstream-pages). The preferred English term is '
         'the rendering Tencent uses most; a note gives its count, the alternatives and their '
         'counts. Product entries give the name the international site uses.</p></sourceDesc>' % (npairs, npages),
         '  </fileDesc>',
         '  <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>',
         ' </martifHeader>',
         ' <text>',
         '  <body>']
    k = 0
    for e in entries:
        k += 1
        pref = e['shown'][0]
        counts = '; '.join('%s %d' % (d, c) for d, c, _ in e['shown'])
        where = ('Tencent\'s international SDK' if e['src'] == 'sdk'
                 else 'Tencent\'s Chinese and English error-code pages')
        note = '%s: %d keys whose Chinese has %s; their English has %s.' % (where, e['n'], e['zh'], counts)
        if e['byprod']:
            note += ' By product: ' + '; '.join(
                '%s: %s' % (d, ', '.join('%s %d' % pc for pc in pcs)) for d, pcs in e['byprod']) + '.'
        if e['ex']:
            c, k2, z, en = e['ex'][0]
            note += ' E.g. %s %s: %s = %s' % (c, k2, z, en)
            if not note.endswith(('.', '!', '?', '。')):
                note += '.'
        if e['note']:
            note += ' Note: ' + e['note'] + '.'
        L.append('   <termEntry id="t%03d">' % k)
        if e['product']:
            L.append('    <descrip type="subjectField">%s</descrip>' % x(e['product']))
        L.append('    <note>%s</note>' % x(note))
        L.append('    <langSet xml:lang="zh-CN"><tig><term>%s</term></tig></langSet>' % x(e['zh']))
        L.append('    <langSet xml:lang="en">')
        for i, (d, c, _) in enumerate(e['shown']):
            st = 'preferredTerm-admn-sts' if i == 0 else 'admittedTerm-admn-sts'
            L.append('     <tig><term>%s</term><termNote type="administrativeStatus">%s</termNote>'
                     '<note>%d of %d</note></tig>' % (x(d), st, c, e['n']))
        for d, c in e['deprecated']:
            L.append('     <tig><term>%s</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts'
                     '</termNote><note>%d of %d; use %s</note></tig>' % (x(d), c, e['n'], x(pref[0])))
        L.append('    </langSet>')
        L.append('   </termEntry>')
    for p in products:
        k += 1
        name = p['en'] if p['abbr'] == p['en'] else '%s (%s)' % (p['en'], p['abbr'])
        note = ('Product name as the international site (intl.cloud.tencent.com) writes it: the full '
                'name first, then the abbreviation, which messages use alone. In Tencent\'s official '
                'English texts: "%s" %d times%s; Chinese "%s" %d times in zh_CN.po.'
                % (p['en'], p['n_full'],
                   (', "%s" %d' % (p['abbr'], p['n_abbr'])) if p['abbr'] != p['en'] else '',
                   p['zh'], p['n_zh']))
        L.append('   <termEntry id="t%03d">' % k)
        L.append('    <descrip type="subjectField">%s</descrip>' % x(p['code']))
        L.append('    <note>%s</note>' % x(note))
        L.append('    <langSet xml:lang="zh-CN"><tig><term>%s</term><termNote type="termType">fullForm</termNote></tig></langSet>' % x(p['zh']))
        L.append('    <langSet xml:lang="en">')
        L.append('     <tig><term>%s</term><termNote type="termType">fullForm</termNote>'
                 '<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>' % x(name))
        if p['abbr'] != p['en']:
            L.append('     <tig><term>%s</term><termNote type="termType">abbreviation</termNote></tig>' % x(p['abbr']))
        L.append('    </langSet>')
        L.append('   </termEntry>')
    L += ['  </body>', ' </text>', '</martif>', '']
    return '\n'.join(L)

def run_glossary(tree, args):
    """Writes po/glossary.tbx (or -o FILE)."""
    outpath = os.path.join(tree.po, 'glossary.tbx')
    if args[:1] == ['-o'] and len(args) == 2:
        outpath = args[1]
    elif args:
        sys.exit('usage: tcerr-english glossary [-o FILE]')
    entries, products, npairs, npages = build(tree)
    tmp = f'{outpath}.tmp{os.getpid()}'
    with open(tmp, 'w', encoding='utf-8') as f:
        f.write(tbx(entries, products, npairs, npages))
    os.replace(tmp, outpath)
    print('%s: %d terms, %d products, from %d SDK pairs and %d page rows'
          % (outpath, len(entries), len(products), npairs, npages), file=sys.stderr)
    return 0


def run_report(tree, args):
    """Prints every term, its count, alternatives and product; writes nothing."""
    if args:
        sys.exit('usage: tcerr-english glossary-report')
    entries, products, _, _ = build(tree)
    for e in entries:
        print('%s\t%d\t%s\t%s\t%s' % (e['zh'], e['n'], ' | '.join('%s %d' % (d, c) for d, c, _ in e['shown']),
                                      e['product'] or '', e['src']))
    for p in products:
        print('%s\t%s (%s)\tfull %d abbr %d zh %d' % (p['zh'], p['en'], p['abbr'], p['n_full'], p['n_abbr'], p['n_zh']))
    return 0


def run_style(tree, args):
    """Prints the house-style counts; writes nothing."""
    if args:
        sys.exit('usage: tcerr-english style')
    style_report(Corpus(tree).official_pairs())
    return 0
