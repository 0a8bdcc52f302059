#!/usr/bin/env python3
"""Score our blind translations against Tencent's official English (chrF).

usage: python3 po/quality/score.py [--sample SAMPLE.tsv] [OURS.tsv [OUT.tsv]]
  OURS  default po/quality/blind-ours.tsv (product, code, english)
  OUT   default po/quality/blind-scores.tsv; '-' writes none
Joins OURS with the official English of po/en.po (entries whose Source is
tencentcloud-sdk-go-intl-en) and the Chinese of the sample, prints the corpus
chrF and each key's, lowest first, and writes OUT: chrF, product, code,
ours, official, Chinese, lowest first.

chrF is the shared tool's (../shared/tools/chrf.py from the top of the tree,
or $CHRF_PY): its corpus() and sentence(), imported, not copied."""
import importlib.util, os, sys
here = os.path.dirname(os.path.abspath(__file__))
top = os.path.dirname(os.path.dirname(here))
sys.path.insert(0, here)
from poread import entries

chrf_path = os.environ.get('CHRF_PY') or os.path.join(os.path.dirname(top), 'shared', 'tools', 'chrf.py')
spec = importlib.util.spec_from_file_location('chrf', chrf_path)
chrf = importlib.util.module_from_spec(spec); spec.loader.exec_module(chrf)

args = sys.argv[1:]
sample_path = os.path.join(here, 'blind-sample.tsv')
if args[:1] == ['--sample']:
    sample_path = args[1]; args = args[2:]
ours_path = args[0] if args else os.path.join(here, 'blind-ours.tsv')
out_path = args[1] if len(args) > 1 else os.path.join(here, 'blind-scores.tsv')

def rows(p):
    with open(p, encoding='utf-8') as f:
        next(f)
        return [l.rstrip('\n').split('\t') for l in f if l.strip()]
zh = {(p, c): t for p, c, t in rows(sample_path)}
ours = {(p, c): t for p, c, t in rows(ours_path)}
official = {}
for e in entries(os.path.join(top, 'po', 'en.po')):
    if e['source'].startswith('tencentcloud-sdk-go-intl-en ') and e['str']:
        official[(e['ctxt'], e['id'])] = e['str']
keys = sorted(zh)
missing = [k for k in keys if k not in ours or k not in official]
if missing:
    sys.exit(f'{len(missing)} sample keys without ours or official English, e.g. {missing[0]}')

pairs = [(ours[k], official[k]) for k in keys]
scored = sorted((chrf.sentence(ours[k], official[k]), k) for k in keys)
for s, k in scored:
    print(f'{s:6.1f}\t{k[0]}\t{k[1]}')
exact = sum(ours[k] == official[k] for k in keys)
print(f'chrF {chrf.corpus(pairs):.1f} on {len(pairs)} keys ({os.path.basename(ours_path)}); '
      f'mean of sentence scores {sum(s for s, _ in scored) / len(scored):.1f}; identical {exact}')
if out_path != '-':
    with open(out_path, 'w', encoding='utf-8') as f:
        f.write('chrf\tproduct\tcode\tours\tofficial\tchinese\n')
        for s, k in scored:
            f.write(f'{s:.1f}\t{k[0]}\t{k[1]}\t{ours[k]}\t{official[k]}\t{zh[k]}\n')
