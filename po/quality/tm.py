#!/usr/bin/env python3
"""A second, smaller blind sample, translated with a translation memory.

Picks blind2-sample.tsv (seed 20261113, 80 keys, none of blind-sample.tsv's)
as sample.py does, and writes blind2-tm.tsv: for each of its rows the two
nearest official pairs (Chinese character-bigram Dice; the same product
first), drawn from the official corpus with BOTH samples' keys left out — what
a translator of a key without English really has.

usage: python3 po/quality/tm.py"""
import os, random, re, sys
from collections import Counter
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from poread import entries
po = os.path.dirname(here)
SEED, SIZE = 20261113, 80
with open(os.path.join(here, 'blind-sample.tsv'), encoding='utf-8') as f:
    next(f); first = {tuple(l.split('\t')[:2]) for l in f}
official = set(); en = {}
for e in entries(os.path.join(po, 'en.po')):
    if e['source'].startswith('tencentcloud-sdk-go-intl-en ') and e['str']:
        official.add((e['ctxt'], e['id'])); en[(e['ctxt'], e['id'])] = e['str']
han = re.compile(r'[\u3400-\u9fff\uf900-\ufaff]')
zh = {}; pool = []
for e in entries(os.path.join(po, 'zh_CN.po')):
    k = (e['ctxt'], e['id']); z = e['str']
    if k in official and z.strip(): zh[k] = z
    if k not in official or k in first or not z.strip() or z.strip() == e['id'] or not han.search(z):
        continue
    pool.append((e['ctxt'], e['id'], z))
pool.sort()
sample = sorted(random.Random(SEED).sample(pool, SIZE))
skeys = {(p, c) for p, c, _ in sample}
memory = [(k, z, en[k]) for k, z in zh.items() if k not in first and k not in skeys]
def grams(s): return Counter(s[i:i + 2] for i in range(len(s) - 1))
mg = [(k, z, t, grams(z)) for k, z, t in memory]
with open(os.path.join(here, 'blind2-sample.tsv'), 'w', encoding='utf-8') as out, \
     open(os.path.join(here, 'blind2-tm.tsv'), 'w', encoding='utf-8') as tm:
    out.write('product\tcode\tchinese\n'); tm.write('product\tcode\tscore\ttm_product\ttm_code\ttm_chinese\ttm_english\n')
    for p, c, z in sample:
        out.write(f'{p}\t{c}\t{z}\n')
        g = grams(z); n = sum(g.values())
        best = []
        for k, mz, mt, h in mg:
            d = 2 * sum((g & h).values()) / ((n + sum(h.values())) or 1)
            best.append((d + (0.05 if k[0] == p else 0), k, mz, mt))
        best.sort(key=lambda x: -x[0])
        for d, k, mz, mt in best[:2]:
            tm.write(f'{p}\t{c}\t{d:.2f}\t{k[0]}\t{k[1]}\t{mz}\t{mt}\n')
print(f'{len(sample)} keys; memory {len(memory)} pairs', file=sys.stderr)
