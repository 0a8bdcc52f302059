# SPDX-License-Identifier: LGPL-2.1-or-later
"""chrf.py against values computed by hand (sacrebleu's default chrF:
orders 1-6, blanks removed, the orders both texts have averaged, beta 2).

"ab" against "abc": 1-grams a b / a b c: 2 matches, P 1, R 2/3; 2-grams ab /
ab bc: P 1, R 1/2; no 3-gram in "ab", so two orders: P 1, R 7/12;
F = 5 P R / (4 P + R) = (35/12) / (55/12) = 7/11.
Corpus of ("ab", "abc") and ("x", "x"): 1-grams 3 of 3 against 4, 2-grams
1 of 1 against 2: R = (3/4 + 1/2) / 2 = 5/8, F = (25/8) / (37/8) = 25/37,
not the mean of 7/11 and 1."""
import tap
import chrf

tap.close(chrf.sentence('ab', 'abc'), 700 / 11, '"ab" against "abc" is 100 * 7/11')
tap.close(chrf.sentence('abc', 'ab'), 100 * 5 * (7 / 12) / (4 * 7 / 12 + 1),
          'swapped, precision and recall swap: 100 * 5 R / (4 P + R) with P 7/12, R 1')
tap.close(chrf.corpus([('ab', 'abc'), ('x', 'x')]), 2500 / 37,
          'a corpus adds the counts up first: 100 * 25/37')
tap.close(chrf.sentence('The disk is busy.', 'The disk is busy.'), 100.0,
          'identical texts score 100')
tap.close(chrf.sentence('a b c', 'abc'), 100.0, 'blanks do not count')
tap.close(chrf.sentence('xyz', 'abc'), 0.0, 'nothing in common scores 0')
tap.close(chrf.sentence('', 'abc'), 0.0, 'an empty hypothesis scores 0')
tap.close(chrf.corpus([]), 0.0, 'an empty corpus scores 0')
tap.equal(chrf.char_ngrams('aa a', 2), {'aa': 2}, 'n-grams are counted, blanks removed')
tap.equal(len(chrf.statistics('ab', 'abc')), 6, 'six orders')
low, high = chrf.bootstrap([('ab', 'abc'), ('x', 'x'), ('abc', 'abd')], resamples=200)
score = chrf.corpus([('ab', 'abc'), ('x', 'x'), ('abc', 'abd')])
tap.ok(low <= score <= high, 'the bootstrap range holds the score',
       f'{low} {score} {high}')
tap.equal(chrf.bootstrap([('ab', 'abc'), ('x', 'y')], resamples=50, seed=7),
          chrf.bootstrap([('ab', 'abc'), ('x', 'y')], resamples=50, seed=7),
          'the bootstrap is seeded: a rerun gives the same range')
tap.equal(chrf.bootstrap([('ab', 'abc')] * 5, resamples=20), (700 / 11, 700 / 11),
          'the range of identical pairs is the score itself')
tap.done()
