# SPDX-License-Identifier: LGPL-2.1-or-later
"""tcerr-english score: a blind translation against Tencent's own English.

usage: tcerr-english score [--brief] [--sample SAMPLE.tsv] [OURS.tsv [OUT.tsv]]
  SAMPLE  default doc/english/blind-sample.tsv (product, code, Chinese)
  OURS    default doc/english/blind-ours.tsv (product, code, English)
  OUT     default doc/english/blind-scores.tsv; '-' writes none
Joins OURS with the official English of po/en.po (Source
tencentcloud-sdk-go-intl-en), prints each key's chrF, lowest first, then
the corpus chrF with its 95 % bootstrap range (1,000 resamples, seed 1),
the mean of the sentence scores and the identical rows (--brief: that
line only); writes OUT: chrF,
product, code, ours, official, Chinese, lowest first.  File arguments are
paths as given; the defaults are in doc/english."""
import os
import sys

import chrf
from corpus import Corpus, read_tsv, write_tsv


def figures(pairs):
    """(corpus chrF, (low, high), mean sentence chrF, identical) of
    [(ours, official)]."""
    scores = [chrf.sentence(h, r) for h, r in pairs]
    return (chrf.corpus(pairs), chrf.bootstrap(pairs),
            sum(scores) / len(scores), sum(h == r for h, r in pairs))


def run(tree, args):
    brief = args[:1] == ['--brief']
    if brief:
        args = args[1:]
    sample_path = tree.record('blind-sample.tsv')
    if args[:1] == ['--sample'] and len(args) >= 2:
        sample_path, args = args[1], args[2:]
    if len(args) > 2 or any(a.startswith('-') and a != '-' for a in args):
        sys.exit(__doc__)
    ours_path = args[0] if args else tree.record('blind-ours.tsv')
    out_path = args[1] if len(args) > 1 else tree.record('blind-scores.tsv')
    zh = {(p, c): t for p, c, t in read_tsv(sample_path, 3)}
    ours = {(p, c): t for p, c, t in read_tsv(ours_path, 3)}
    corpus = Corpus(tree)
    keys = sorted(zh)
    missing = [k for k in keys if k not in ours or not corpus.is_official(k)]
    if missing:
        sys.exit(f'tcerr-english: {len(missing)} sample keys without ours or '
                 f'official English, e.g. {missing[0][0]} {missing[0][1]}')
    official = {k: corpus.en[k].msgstr for k in keys}
    scored = sorted((chrf.sentence(ours[k], official[k]), k) for k in keys)
    for s, k in scored if not brief else ():
        print(f'{s:6.1f}\t{k[0]}\t{k[1]}')
    score, (low, high), mean, same = figures([(ours[k], official[k]) for k in keys])
    print(f'chrF {score:.1f} (95 % bootstrap {low:.1f}-{high:.1f}) on '
          f'{len(keys)} keys ({os.path.basename(ours_path)}); mean of sentence '
          f'scores {mean:.1f}; identical {same}')
    if out_path != '-':
        write_tsv(out_path, ('chrf', 'product', 'code', 'ours', 'official', 'chinese'),
                  [(f'{s:.1f}', k[0], k[1], ours[k], official[k], zh[k])
                   for s, k in scored])
    return 0
