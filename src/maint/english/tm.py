# SPDX-License-Identifier: LGPL-2.1-or-later
"""tcerr-english tm: the second blind sample and its translation memory.

Draws doc/english/blind2-sample.tsv (random.Random(20261113), 80 keys, none
of blind-sample.tsv's) as `sample` does, and writes blind2-tm.tsv: for each
of its rows the two nearest official pairs (character-bigram Dice of the
Chinese, 0.05 more for the same product), drawn from the official corpus
with BOTH samples left out: what a translator of a key without English
really has.  The functions serve `check` as well (nearest official pairs)."""
import random
import sys
from collections import Counter

from corpus import Corpus, read_tsv, write_tsv
from sample import eligible

SEED, SIZE = 20261113, 80
SAME_PRODUCT_BONUS = 0.05


def bigrams(text):
    return Counter(text[i:i + 2] for i in range(len(text) - 1))


def dice(a, b):
    """Character-bigram Dice of two Counters of bigrams."""
    total = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / total if total else 0.0


def nearest(memory, product, chinese, count=2):
    """The COUNT pairs of MEMORY ([(key, Chinese, English, bigrams)]) whose
    Chinese is nearest CHINESE: [(score, key, Chinese, English)]."""
    g = bigrams(chinese)
    scored = [(dice(g, h) + (SAME_PRODUCT_BONUS if k[0] == product else 0),
               k, z, e) for k, z, e, h in memory]
    scored.sort(key=lambda x: -x[0])
    return scored[:count]


def run(tree, args):
    if args:
        sys.exit('usage: tcerr-english tm')
    corpus = Corpus(tree)
    first = {(p, c) for p, c, _ in read_tsv(tree.record('blind-sample.tsv'), 3)}
    pool = eligible(corpus, exclude=first)
    sample = sorted(random.Random(SEED).sample(pool, SIZE))
    chosen = {(p, c) for p, c, _ in sample}
    memory = [((p, c), z, e, bigrams(z)) for p, c, z, e in corpus.official_pairs()
              if (p, c) not in first and (p, c) not in chosen]
    write_tsv(tree.record('blind2-sample.tsv'), ('product', 'code', 'chinese'),
              sample)
    rows = []
    for p, c, z in sample:
        for score, k, mz, me in nearest(memory, p, z):
            rows.append((p, c, f'{score:.2f}', k[0], k[1], mz, me))
    write_tsv(tree.record('blind2-tm.tsv'),
              ('product', 'code', 'score', 'tm_product', 'tm_code',
               'tm_chinese', 'tm_english'), rows)
    print(f'{len(sample)} keys; memory {len(memory)} pairs', file=sys.stderr)
    return 0
