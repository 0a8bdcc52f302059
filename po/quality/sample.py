#!/usr/bin/env python3
"""Pick the blind sample: keys whose English in po/en.po comes from Tencent's
international SDK and whose Chinese in po/zh_CN.po is a real text.

en.po is read for its Source comments and keys only: its texts are neither
printed nor stored, so the translator stays blind.

usage: python3 po/quality/sample.py   (from the top of the tree)
writes po/quality/blind-sample.tsv: product, code, Chinese"""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from poread import entries

SEED = 20261112          # fixed: issue 12
SIZE = 320               # >= 300 asked for
here = os.path.dirname(os.path.abspath(__file__))
po = os.path.dirname(here)

official = set()
for e in entries(os.path.join(po, 'en.po')):
    if e['source'].startswith('tencentcloud-sdk-go-intl-en ') and e['str']:
        official.add((e['ctxt'], e['id']))   # the key only; e['str'] is never kept

han = re.compile(r'[\u3400-\u9fff\uf900-\ufaff]')
pool = []
for e in entries(os.path.join(po, 'zh_CN.po')):
    k = (e['ctxt'], e['id']); zh = e['str']
    if k not in official or not zh.strip():
        continue
    if zh.strip() == e['id'] or not han.search(zh):
        continue
    pool.append((e['ctxt'], e['id'], zh))

pool.sort()
rng = random.Random(SEED)
sample = sorted(rng.sample(pool, SIZE))
with open(os.path.join(here, 'blind-sample.tsv'), 'w', encoding='utf-8') as out:
    out.write('product\tcode\tchinese\n')
    for p, c, zh in sample:
        assert '\t' not in zh and '\n' not in zh, (p, c)
        out.write(f'{p}\t{c}\t{zh}\n')
print(f'{len(official)} official keys, {len(pool)} eligible, {len(sample)} sampled (seed {SEED})', file=sys.stderr)
