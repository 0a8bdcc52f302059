# SPDX-License-Identifier: LGPL-2.1-or-later
"""tcerr-english sample: draws the first blind sample (doc/english/blind-sample.tsv).

The keys whose English is Tencent's international SDK's and whose Chinese
is a real text (not empty, not the code itself, with a Han character) are
sorted and 320 are drawn with Python's random.Random(20261112).  en.po is
read for its Source comments and keys only: the English texts are neither
printed nor stored, so whoever translates the sample stays blind."""
import re
import random
import sys

from corpus import Corpus, write_tsv

SEED = 20261112          # fixed: issue 12
SIZE = 320               # >= 300 asked for
HAN = re.compile(r'[\u3400-\u9fff\uf900-\ufaff]')


def eligible(corpus, exclude=frozenset()):
    """[(product, code, Chinese)] the blind samples are drawn from, sorted."""
    pool = []
    for key in sorted(corpus.en):
        zh = corpus.chinese(key)
        if (not corpus.is_official(key) or key in exclude or not zh.strip()
                or zh.strip() == key[1] or not HAN.search(zh)):
            continue
        pool.append((key[0], key[1], zh))
    return pool


def run(tree, args):
    if args:
        sys.exit('usage: tcerr-english sample')
    corpus = Corpus(tree)
    pool = eligible(corpus)
    sample = sorted(random.Random(SEED).sample(pool, SIZE))
    write_tsv(tree.record('blind-sample.tsv'), ('product', 'code', 'chinese'),
              sample)
    official = sum(1 for k in corpus.en if corpus.is_official(k))
    print(f'{official} official keys, {len(pool)} eligible, {len(sample)} '
          f'sampled (seed {SEED})', file=sys.stderr)
    return 0
