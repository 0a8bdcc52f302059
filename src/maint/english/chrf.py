# SPDX-License-Identifier: LGPL-2.1-or-later
"""chrF, the character n-gram F-score (Popović 2015), as sacrebleu computes
it by default (chrF2): character n-grams of orders 1 to 6 with whitespace
removed, precision and recall each averaged over the orders both texts
have, combined with beta = 2 (recall weighs four times precision).  A
corpus score adds up the n-gram counts of all pairs before scoring, so long
texts weigh more than short ones.

The blind samples of doc/english are scored with it against Tencent's own
English; it is ours (no import from outside the tree) and is held to
hand-computed values by tests/maint/english/chrf.test."""
import random
from collections import Counter

ORDER = 6
BETA = 2.0


def char_ngrams(text, n):
    """The character n-grams of TEXT, blanks removed, with their counts."""
    s = ''.join(text.split())
    return Counter(s[i:i + n] for i in range(len(s) - n + 1))


def statistics(hyp, ref):
    """[(matches, hypothesis n-grams, reference n-grams)] for n = 1..ORDER."""
    out = []
    for n in range(1, ORDER + 1):
        h, r = char_ngrams(hyp, n), char_ngrams(ref, n)
        out.append((sum((h & r).values()), sum(h.values()), sum(r.values())))
    return out


def f_score(stats):
    """0..100 from summed statistics: the orders where neither side is
    empty are averaged (sacrebleu's effective order), then F-beta."""
    precision = recall = 0.0
    orders = 0
    for matches, hyp, ref in stats:
        if hyp == 0 or ref == 0:
            continue
        precision += matches / hyp
        recall += matches / ref
        orders += 1
    if orders == 0:
        return 0.0
    precision /= orders
    recall /= orders
    if precision + recall == 0:
        return 0.0
    b2 = BETA * BETA
    return 100 * (1 + b2) * precision * recall / (b2 * precision + recall)


def _add(total, stats):
    for i, (m, h, r) in enumerate(stats):
        total[i][0] += m
        total[i][1] += h
        total[i][2] += r


def sentence(hyp, ref):
    """The chrF of one hypothesis against one reference."""
    return f_score(statistics(hyp, ref))


def corpus(pairs):
    """The corpus chrF of [(hypothesis, reference), ...]."""
    total = [[0, 0, 0] for _ in range(ORDER)]
    for hyp, ref in pairs:
        _add(total, statistics(hyp, ref))
    return f_score(total)


def bootstrap(pairs, resamples=1000, seed=1, level=0.95):
    """(low, high): the LEVEL range of the corpus chrF over RESAMPLES
    samples of the pairs drawn with replacement (percentile bootstrap,
    seeded, so a rerun gives the same range)."""
    stats = [statistics(h, r) for h, r in pairs]
    rng = random.Random(seed)
    scores = []
    for _ in range(resamples):
        total = [[0, 0, 0] for _ in range(ORDER)]
        for _ in range(len(stats)):
            _add(total, stats[rng.randrange(len(stats))])
        scores.append(f_score(total))
    scores.sort()
    cut = (1 - level) / 2
    return (scores[int(cut * resamples)],
            scores[min(resamples - 1, int((1 - cut) * resamples))])
