# SPDX-License-Identifier: LGPL-2.1-or-later
"""tcerr-english check: our English against the Chinese and Tencent's own English.

usage: tcerr-english check [--all] [--fix]
Checks every English text of ours (po/en.po entries whose Source is "tcerr
translation") against the rules every translation of ours keeps:
  - the term rules of rules.tsv (获取 "get", 云API "TencentCloud API",
    异常 "abnormal", a product's own nouns ...);
  - backquotes: a code span the Chinese does not have only around a name
    of the Chinese, never around an acronym (QCS), and only in a product
    whose own English puts the names of its Chinese in backquotes (at least
    BACKQUOTE_SHARE of them; organization: 0 of its names, products without
    English: none);
the same rules make check holds en.po to (tests/maint/test-english-checks.c).
Prints each finding (rule, product, code, why, the English and the Chinese)
and a count per rule; with --all also Tencent's own entries that break a
rule (kept as they are: they are upstream's).  --fix first rewrites the
entries doc/english/polish.tsv names (product, code, rule, before, after),
each only where its text is still the "before" one, keeping every other
byte of po/en.po.  Exit status 1 when an entry of ours breaks a rule."""
import os
import re
import sys
from collections import Counter, defaultdict

import pofile
from corpus import Corpus, read_tsv

HERE = os.path.dirname(os.path.abspath(__file__))
# The share of the names of its Chinese a product's own English must put in
# backquotes for ours to do so (scf: 23 of 103, trtc 34 of 45; the same
# number is in tests/maint/test-english-checks.c).
BACKQUOTE_SHARE = 0.2

SPAN = re.compile(r'`[^`]*`')
URL = re.compile(r'https?://\S+|\]\([^)]*\)')
NAME = re.compile(r'(?<![A-Za-z0-9_])[A-Za-z][A-Za-z0-9_]*(?![A-Za-z0-9_])')


class Rule:
    """One line of rules.tsv."""

    def __init__(self, fields, where):
        self.name, products, chinese, unless, must, must_not, self.why = fields
        self.products = None if products == '*' else set(products.split(','))
        try:
            self.chinese = re.compile(chinese, re.I)
            self.unless = re.compile(unless, re.I) if unless != '-' else None
            self.must = re.compile(must, re.I) if must != '-' else None
            self.must_not = re.compile(must_not, re.I) if must_not != '-' else None
        except re.error as err:
            raise pofile.PoError(f'{where}: {err}') from None

    def broken(self, product, chinese, english):
        """Why ENGLISH breaks the rule, or None."""
        if self.products is not None and product not in self.products:
            return None
        if not self.chinese.search(chinese):
            return None
        if self.unless is not None and self.unless.search(chinese):
            return None
        if self.must is not None and not self.must.search(english):
            return f'no "{self.must.pattern}"'
        if self.must_not is not None:
            m = self.must_not.search(english)
            if m:
                return f'"{m.group(0)}"'
        return None


def read_rules(path=os.path.join(HERE, 'rules.tsv')):
    """The rules of PATH; PoError naming FILE:LINE for a malformed one."""
    rules = []
    try:
        with open(path, encoding='utf-8') as f:
            for n, line in enumerate(f, start=1):
                if line.startswith('#') or not line.strip():
                    continue
                fields = line.rstrip('\n').split('\t')
                if len(fields) != 7:
                    raise pofile.PoError(f'{path}:{n}: {len(fields)} fields, 7 expected')
                rules.append(Rule(fields, f'{path}:{n}'))
    except OSError as err:
        raise pofile.PoError(f'{path}: {err.strerror}') from None
    return rules


def names(chinese):
    """The names of a Chinese text that an English one may put in
    backquotes: ASCII words with an inner capital (DiskId), an underscore
    or a capital first (Action), outside its code spans and URLs."""
    prose = URL.sub(' ', SPAN.sub(' ', chinese))
    return {w for w in NAME.findall(prose)
            if re.search(r'[a-z][A-Z]|_', w) or re.fullmatch(r'[A-Z][a-z0-9]+', w)}


def backquote_shares(pairs):
    """{product: (names of its Chinese its English keeps, in backquotes)}."""
    shares = defaultdict(lambda: [0, 0])
    for product, _, chinese, english in pairs:
        for w in names(chinese):
            if re.search(r'(?<![A-Za-z0-9_])' + re.escape(w) + r'(?![A-Za-z0-9_])', english):
                shares[product][0] += 1
                shares[product][1] += f'`{w}`' in english
    return {p: tuple(v) for p, v in shares.items()}


def backquotes_broken(product, chinese, english, shares):
    """Why the code spans ENGLISH adds to CHINESE break the rule, or None."""
    for span in SPAN.findall(english):
        if span in chinese:
            continue
        inner = span[1:-1]
        if inner not in chinese:
            return f'{span}: not a name of the Chinese'
        if re.fullmatch(r'[A-Z0-9]{2,}', inner):
            return f'{span}: an acronym, not a name'
        kept, quoted = shares.get(product, (0, 0))
        if quoted < BACKQUOTE_SHARE * kept or kept == 0:
            return (f'{span}: {product}\'s own English puts {quoted} of {kept} '
                    'names of its Chinese in backquotes')
    return None


def findings(rules, shares, pairs):
    """[(rule, product, code, why, English, Chinese)] of PAIRS."""
    out = []
    for product, code, chinese, english in pairs:
        for rule in rules:
            why = rule.broken(product, chinese, english)
            if why:
                out.append((rule.name, product, code, why, english, chinese))
        why = backquotes_broken(product, chinese, english, shares)
        if why:
            out.append(('backquotes', product, code, why, english, chinese))
    return out


def apply_polish(tree, corpus):
    """Rewrites the entries of doc/english/polish.tsv still at their
    "before" text; returns how many."""
    rows = read_tsv(tree.record('polish.tsv'), 5)
    texts = {}
    for product, code, rule, before, after in rows:
        key = (product, code)
        if not corpus.is_ours(key):
            raise pofile.PoError(f'polish.tsv: {product} {code} is not ours')
        if corpus.en[key].msgstr == before:
            texts[key] = after
        elif corpus.en[key].msgstr != after:
            print(f'tcerr-english: {product} {code} changed since: left as it is',
                  file=sys.stderr)
    pofile.set_msgstrs(corpus.en_catalog, texts)
    return len(texts)


def run(tree, args):
    if any(a not in ('--all', '--fix') for a in args):
        sys.exit(__doc__)
    corpus = Corpus(tree)
    if '--fix' in args:
        print(f'{apply_polish(tree, corpus)} entries rewritten', file=sys.stderr)
        corpus = Corpus(tree)
    rules = read_rules()
    official = corpus.official_pairs()
    shares = backquote_shares(official)
    ours = findings(rules, shares, corpus.ours_pairs())
    for rule, product, code, why, english, chinese in ours:
        print(f'{rule}\t{product}\t{code}\t{why}\n\ten: {english}\n\tzh: {chinese}')
    if '--all' in args:
        for rule, product, code, why, _, _ in findings(rules, shares, official):
            print(f'official, kept: {rule}\t{product}\t{code}\t{why}')
    counts = Counter(f[0] for f in ours)
    names_ = [r.name for r in rules] + ['backquotes']
    print(f'{len(corpus.ours_pairs())} texts of ours checked; findings: '
          + ', '.join(f'{n} {counts[n]}' for n in dict.fromkeys(names_)))
    return 1 if ours else 0
