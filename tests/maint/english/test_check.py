# SPDX-License-Identifier: LGPL-2.1-or-later
"""check.py: each rule of rules.tsv and the backquote rule catch what they
must and let pass what they must, on fabricated texts; a malformed rules
file is refused; and our English of po/en.po passes them all (what make
check's C test also asserts, from the same rules.tsv)."""
import os
import tempfile

import tap
import check
import pofile
from corpus import Corpus, Tree

rules = check.read_rules()
names = {r.name for r in rules}
tap.ok({'get', 'get-query', 'tencentcloud-api', 'mount-target', 'postpaid',
        'faceid', 'abnormal'} <= names, 'rules.tsv has the rules of issue 20',
       sorted(names))

# (product, Chinese, English, the rule broken or None)
CASES = [
    ('es', '获取快照列表失败', 'Failed to get the snapshot list.', None),
    ('es', '获取快照列表失败', 'Failed to obtain the snapshot list.', 'get'),
    ('ess', '未获取到用户角色信息', 'The user role information was not obtained.', 'get'),
    ('keewidb', '获取安全组详情失败。', 'Failed to query the security group details.', 'get-query'),
    ('cvm', '查询并获取实例失败。', 'Failed to query and get the instance.', None),
    ('cvm', '查询实例失败。', 'Failed to obtain the instance.', None),
    ('common', '密钥非法（不是云 API 密钥类型）。', 'The key is not a TencentCloud API key.', None),
    ('common', '密钥非法（不是云 API 密钥类型）。', 'The key is not a Cloud API key.', 'tencentcloud-api'),
    ('tsf', 'TSF云API请求调用失败。', 'Failed to call the TSF cloud API.', 'tencentcloud-api'),
    ('ess', '调用OpenCloud云api内部错误。', 'Internal error calling OpenCloud.', 'tencentcloud-api'),
    ('cfs', '挂载点不存在。', 'The mount target does not exist.', None),
    ('cfs', '挂载点不存在。', 'The mount point does not exist.', 'mount-target'),
    ('chdfs', '挂载点不存在。', 'The mount point does not exist.', None),
    ('scf', '获取cfs挂载点信息错误。', 'Error getting the CFS mount point.', 'mount-target'),
    ('tmt', '开通后付费使用', 'Enable postpaid billing.', None),
    ('tmt', '开通后付费使用', 'Enable pay-as-you-go billing.', 'postpaid'),
    ('faceid', '请到人脸核身控制台申请。', 'Apply in the FaceID console.', None),
    ('faceid', '请到人脸核身控制台申请。', 'Apply in the Face Verification console.', 'faceid'),
    ('tsf', '参数格式异常。', 'The parameter format is abnormal.', None),
    ('ckafka', '备份异常。', 'An exception occurred while backing up.', None),
    ('bizlive', '流状态异常。', 'Exceptional stream status.', 'abnormal'),
    ('cms', '图片大小异常。', 'The image size is exceptional.', 'abnormal'),
    ('scf', '混合节点配置异常。', 'Exception in the hybrid node configuration.', 'abnormal'),
    ('cpdp', '订单状态异常。', 'Order status exception.', 'abnormal'),
    ('cvm', '数据库异常。', 'Database exception.', None),
]
for product, zh, en, want in CASES:
    got = sorted(r.name for r in rules if r.broken(product, zh, en))
    tap.equal(got, [want] if want else [], f'{product}: "{en}" for {zh}')

shares = {'trtc': (45, 34), 'scf': (103, 23), 'organization': (2, 0)}
BACKQUOTES = [
    ('trtc', 'UserId参数缺失。', 'The `UserId` parameter is missing.', False),
    ('scf', 'Layers参数传入错误。', 'Incorrect `Layers` parameter.', False),
    ('organization', 'PolicyName字段不合法。', 'The `PolicyName` field is invalid.', True),
    ('organization', 'PolicyName字段不合法。', 'The PolicyName field is invalid.', False),
    ('aai', 'AppId无效。', 'Invalid `AppId`.', True),
    ('trtc', '资源QCS错误。', 'Incorrect resource `QCS`.', True),
    ('trtc', '参数错误。', 'Incorrect `Foo` parameter.', True),
    ('organization', '输入的`DiskId`不存在。', 'The `DiskId` entered does not exist.', False),
]
for product, zh, en, want in BACKQUOTES:
    why = check.backquotes_broken(product, zh, en, shares)
    tap.equal(why is not None, want, f'backquotes, {product}: "{en}" ({why})')
tap.equal(check.names('参考`DiskId`和InstanceId、Action及https://e.com/Path_X、cvm'),
          {'InstanceId', 'Action'}, 'the names of a Chinese text: not in spans or URLs')
tap.equal(check.backquote_shares([('p', 'c', 'DiskId和Action错误', 'The `DiskId` and Action.')]),
          {'p': (2, 1)}, 'a product\'s share: the names its English keeps, in backquotes')

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'rules.tsv')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('# a comment\nget\t*\t获取\t-\t-\n')
    tap.raises(pofile.PoError, lambda: check.read_rules(path),
               'a rule of five fields is refused', 'rules.tsv:2: 5 fields, 7 expected')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('bad\t*\t(获取\t-\t-\t-\twhy\n')
    tap.raises(pofile.PoError, lambda: check.read_rules(path),
               'a rule with a bad pattern is refused', 'rules.tsv:1:')

corpus = Corpus(Tree(tap.TOP))
official = corpus.official_pairs()
ours = corpus.ours_pairs()
tap.ok(len(official) > 0 and len(ours) > 0, 'en.po has official and our English',
       f'{len(official)} {len(ours)}')
found = check.findings(rules, check.backquote_shares(official), ours)
tap.equal(found, [], 'our English of en.po breaks no rule')
tap.done()
