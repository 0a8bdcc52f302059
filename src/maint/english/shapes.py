# SPDX-License-Identifier: LGPL-2.1-or-later
"""tcerr-english shapes: how Tencent's own English words the common shapes of the Chinese.

Counts over every key with both official texts, the first blind sample
(doc/english/blind-sample.tsv) left out, so that the house style is read
from the corpus, not fitted to the sample (doc/english/README.md quotes
them).  `style` counts the same over every official pair for po/README.md."""
import re
import sys
from collections import Counter

from corpus import Corpus, read_tsv


def table(pairs, title, zre, classes):
    """Prints how the English of the PAIRS whose Chinese matches ZRE falls
    into CLASSES ([(name, English pattern)], the first match counts)."""
    sel = [(z, e) for z, e in pairs if re.search(zre, z)]
    c = Counter()
    for z, e in sel:
        for name, ere in classes:
            if re.search(ere, e): c[name] += 1; break
        else: c['other'] += 1
    print(f'{title}: {len(sel)}')
    for name, n in c.most_common(): print(f'  {n:5d} {100*n/len(sel):5.1f}%  {name}')
    print()


def run(tree, args):
    if args:
        sys.exit('usage: tcerr-english shapes')
    sample = {(p, c) for p, c, _ in read_tsv(tree.record('blind-sample.tsv'), 3)}
    pairs = [(z, e) for p, c, z, e in Corpus(tree).official_pairs()
             if (p, c) not in sample and z.strip()]
    print(f'{len(pairs)} pairs (sample left out)\n')

    # end punctuation
    noend = [(z, e) for z, e in pairs if z.rstrip()[-1:] not in '。.！!？?）)']
    print(f'Chinese without a final full stop: {len(noend)}; English ends with ".": '
          f'{sum(e.rstrip().endswith(".") for z, e in noend)}')
    wend = [(z, e) for z, e in pairs if z.rstrip()[-1:] in '。.']
    print(f'Chinese with a final full stop: {len(wend)}; English ends with ".": '
          f'{sum(e.rstrip().endswith(".") for z, e in wend)}\n')

    # identifiers in backquotes
    ident = re.compile(r'(?<![`A-Za-z0-9_.])([A-Za-z]+[a-z0-9][A-Z][A-Za-z0-9]*|[A-Za-z0-9]+_[A-Za-z0-9_]+)(?![`A-Za-z0-9_])')
    n = q = 0
    for z, e in pairs:
        if '`' in z: continue
        for w in ident.findall(z):
            if w in e:
                n += 1; q += f'`{w}`' in e
    print(f'camelCase/snake_case names of the Chinese kept in the English: {n}; in backquotes: {q}\n')

    table(pairs, '...失败 (at the end of a clause)', r'失败[。，,；]?$|失败[，。]', [
        ('Failed to ...', r'^Failed to\b'), ('... failed', r'\bfailed\b'), ('... failure', r'\bfailure\b'),
        ('Unable/cannot', r'(?i)unable|cannot|could not|couldn')])
    table(pairs, '无效的X / X无效', r'^无效的|无效[。]?$', [
        ('Invalid X', r'^Invalid\b'), ('X is invalid', r'\bis invalid\b|\bare invalid\b'), ('incorrect', r'(?i)incorrect'), ('error', r'(?i)\berror')])
    table(pairs, 'X不合法 / X非法 / 非法X', r'不合法[。]?$|非法[。]?$|^非法', [
        ('Invalid X', r'^Invalid\b'), ('X is invalid', r'\bis invalid\b|\bare invalid\b'), ('illegal', r'(?i)illegal'), ('incorrect', r'(?i)incorrect')])
    table(pairs, 'X错误 (whole text)', r'^[^，,：:。]{1,12}错误[。]?$', [
        ('X error', r'(?i)^[^.]*\berror\.?$'), ('Incorrect X', r'^Incorrect\b'), ('X is incorrect', r'\b(is|are) incorrect\b'),
        ('Invalid X', r'^Invalid\b'), ('X is invalid', r'\b(is|are) invalid\b'), ('wrong', r'(?i)wrong')])
    table(pairs, '参数错误 (whole text)', r'^参数错误[。]?$', [
        ('Parameter error', r'(?i)^parameter error'), ('Incorrect parameter', r'(?i)^incorrect parameter'), ('Invalid parameter', r'(?i)^invalid parameter'),
        ('The parameter is incorrect', r'(?i)parameter is incorrect'), ('Parameter is invalid', r'(?i)is invalid')])
    table(pairs, '参数值错误 (whole text)', r'^参数值错误[。]?$', [
        ('Parameter value error', r'(?i)^parameter value error'), ('Incorrect parameter value', r'(?i)^incorrect parameter value'),
        ('Invalid parameter value', r'(?i)^invalid parameter value'), ('The parameter value is incorrect', r'(?i)value is incorrect')])
    table(pairs, '参数值错误：... (prefix)', r'^参数值错误[：:].', [
        ('Incorrect parameter value:', r'^Incorrect parameter value'), ('Parameter value error:', r'(?i)^parameter value error'),
        ('Invalid parameter value:', r'(?i)^invalid parameter value')])
    table(pairs, '参数错误：... (prefix)', r'^参数错误[：:].', [
        ('Parameter error:', r'(?i)^parameter error'), ('Incorrect parameter:', r'(?i)^incorrect parameter'), ('Invalid parameter:', r'(?i)^invalid parameter')])
    table(pairs, '格式错误', r'格式错误|格式不正确|格式不合法', [
        ('Invalid X format', r'(?i)invalid .*format'), ('X format is incorrect', r'format is incorrect'), ('Incorrect X format', r'(?i)incorrect .*format'),
        ('format error', r'(?i)format error'), ('format is invalid', r'format is invalid')])
    table(pairs, '...不存在', r'不存在[。]?$', [
        ('does not exist', r'\bdoes(n.t| not) exist'), ('do not exist', r'\bdo(n.t| not) exist'), ('not found', r'(?i)not found|not be found'), ('no such/nonexistent', r'(?i)nonexist|non-exist|no such')])
    table(pairs, '...已存在', r'已存在[。]?$', [
        ('already exists', r'already exist'), ('duplicate', r'(?i)duplicat'), ('exists', r'\bexists?\b')])
    table(pairs, '未找到 / 找不到', r'未找到|找不到|未查询到|查询不到', [
        ('not found', r'(?i)not found|not be found'), ('Unable to find / cannot find', r'(?i)unable to find|cannot find|can.t find|failed to find'),
        ('No X found', r'(?i)^no .*found'), ('does not exist', r'not exist')])
    table(pairs, '...重复', r'重复[。]?$', [
        ('Duplicate X', r'^Duplicate'), ('X already exists', r'already exist'), ('duplicated', r'(?i)duplicat'), ('repeat', r'(?i)repeat')])
    table(pairs, '...超过/超出 限制', r'(超过|超出)(了)?(最大)?限制', [
        ('exceeds the limit', r'exceeds? (the |its )?(maximum |upper )?limit'), ('exceeded', r'(?i)exceeded'), ('reached the limit', r'(?i)reached'), ('too many', r'(?i)too (many|long|large)')])
    table(pairs, '...已达(到)?上限', r'(达到|已达)(了)?上限', [
        ('reached the upper limit', r'reached the upper limit'), ('reached the limit', r'reached (the |its )?(maximum )?limit'), ('exceeds', r'(?i)exceed'), ('maximum', r'(?i)maximum')])
    table(pairs, '缺少... / 缺失', r'^缺少|缺失', [
        ('Missing X', r'^Missing\b'), ('X is missing', r'\b(is|are) missing'), ('required', r'(?i)required')])
    table(pairs, '不支持...', r'不支持', [
        ('not supported', r'not supported'), ('does not support', r'do(es)? not support'), ('Unsupported', r'(?i)unsupported'), ('cannot', r'(?i)cannot|can.t')])
    table(pairs, '请稍后重试', r'请稍后(再)?重试|请稍后再试', [
        ('Please try again later', r'Please try again later'), ('Try again later', r'(?<!please )[Tt]ry again later'), ('Please retry later', r'(?i)retry later')])
    table(pairs, '请联系客服 / 提交工单', r'联系客服|提交工单|提工单', [
        ('submit a ticket', r'(?i)submit a ticket'), ('contact customer service', r'(?i)contact (the )?customer service'), ('contact us', r'(?i)contact us')])
    table(pairs, '操作被拒绝 (whole)', r'^操作被拒绝[。]?$', [('Operation denied', r'(?i)^operation denied'), ('Operation rejected', r'(?i)rejected'), ('other denied', r'(?i)denied')])
    table(pairs, '内部错误 (whole)', r'^内部错误[。]?$', [('Internal error.', r'^Internal error'), ('An internal error occurred', r'(?i)internal error occurred'), ('other', r'.')])
    table(pairs, '资源售罄 (whole)', r'^资源售罄[。]?$', [('Resources sold out', r'(?i)^resources? (are |is |has been |have been )?sold out'), ('The resources have been sold out', r'(?i)^the resources? (have|has) been sold out'), ('other', r'.')])
    table(pairs, '欠费', r'欠费', [('overdue', r'(?i)overdue'), ('arrears', r'(?i)arrear'), ('in debt / owe', r'(?i)debt|owe|outstanding'), ('insufficient balance', r'(?i)insufficient|balance')])
    table(pairs, '没有权限 / 无权限', r'没有权限|无权限|无权', [('No permission', r'(?i)^no permission'), ('not have permission', r'(?i)(do|does) not have (the )?permission'), ('not authorized / unauthorized', r'(?i)authori[sz]'), ('denied', r'(?i)denied')])
    table(pairs, '...异常 (whole state)', r'状态异常[。]?$', [('status is abnormal', r'(?i)status is abnormal'), ('Abnormal X status', r'(?i)^abnormal'), ('status error', r'(?i)status error|error'), ('exception', r'(?i)exception')])
    table(pairs, 'X错误, X an attribute (设置/状态/类型/长度/配置/信息/名称/地址/值/ID…)',
          r'^[^，,：:。]{0,12}(设置|状态|类型|长度|配置|信息|名称|地址|取值|值|时间|大小|规格|ID|id|Id|内容)(错误|有误|不正确)[。]?$', [
        ('X is incorrect', r'\b(is|are) incorrect\b'), ('Incorrect X', r'^Incorrect\b'), ('X error', r'(?i)\berror\.?$'),
        ('Invalid X', r'^Invalid\b'), ('X is invalid', r'\b(is|are) invalid\b')])
    table(pairs, 'X错误, X a thing (内部/系统/数据库/网络/服务/备份/任务/请求/接口)', r'^[^，,：:。]{0,12}(内部|系统|数据库|网络|服务|备份|任务|请求|接口)错误[。]?$', [
        ('X error', r'(?i)\berror\.?$'), ('An X error occurred', r'(?i)error occurred')])
    table(pairs, 'X传入错误 / X输入错误', r'传入错误|输入错误', [
        ('X error', r'(?i)\berror\.?$'), ('Incorrect X', r'^Incorrect\b'), ('X is incorrect', r'\b(is|are) incorrect\b')])
    table(pairs, 'NAME参数取值错误', r'^[A-Za-z]+ ?参数取值错误[。]?$', [
        ('Incorrect parameter value: NAME', r'^Incorrect parameter value: '), ('other', r'.')])
    table(pairs, '...已(被)?(禁用|过期|锁定|隔离|删除|售罄)', r'已(经)?(被)?(禁用|过期|锁定|隔离|删除|售罄)[。]?$', [
        ('has been / have been', r'(has|have) been'), ('is / are', r'\b(is|are) (disabled|expired|locked|isolated|deleted|sold)'), ('has expired', r'has expired'), ('other', r'.')])
    table(pairs, '未开通', r'未开通', [('has not been activated', r'(has|have) not been activated'), ('is not activated', r'(is|are) not activated'), ('not enabled', r'not (been )?enabled'), ('other', r'.')])
    table(pairs, '...不存在: "The X"/"X"', r'不存在[。]?$', [('The/This ...', r'^(The|This)\b'), ('bare noun', r'.')])
    table(pairs, '请X (instruction)', r'[，。]请', [('Please ...', r'\b[Pp]lease\b'), ('imperative without please', r'.')])
    table(pairs, '请修正后再试 / 请检查后重试', r'请(修正|检查|确认|核对)后(再试|重试)', [('Please check and try again', r'(?i)check and try again'), ('Please ... and try again', r'(?i)and try again'), ('other', r'.')])
    table(pairs, '未找到X', r'^未找到', [('The X was not found', r'^The .* was not found'), ('The X is not found', r'^The .* is not found'), ('X not found', r'not found'), ('other', r'.')])
    return 0
