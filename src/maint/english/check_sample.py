# SPDX-License-Identifier: LGPL-2.1-or-later
"""tcerr-english check-sample: a blind translation against its Chinese only.

usage: tcerr-english check-sample [--sample SAMPLE.tsv] [OURS.tsv]
  (defaults doc/english/blind-sample.tsv and blind-ours.tsv)
Reads no official English.  Every sample key translated once; not empty; no
CJK; the URLs, numbers and ASCII names of the Chinese kept; a full stop at
the end wherever the Chinese has one (house style adds one where it has
none).  Prints one line a finding; exits 1 when there is any."""
import re
import sys

from corpus import read_tsv

CJK = re.compile(r'[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]')
URL = re.compile(r'https?://[^\s)）]+')
NAME = re.compile(r'[A-Za-z][A-Za-z0-9_.\-]*[A-Za-z0-9]')


def findings(chinese, english):
    """[(key, what)] of the rows of ENGLISH ([(product, code, text)])
    against CHINESE ({key: text})."""
    out, en = [], {}
    for p, c, t in english:
        if (p, c) in en:
            out.append(((p, c), 'twice'))
        en[(p, c)] = t
    out += [(k, 'missing') for k in sorted(chinese.keys() - en.keys())]
    out += [(k, 'not in the sample') for k in sorted(en.keys() - chinese.keys())]
    for k in sorted(chinese.keys() & en.keys()):
        z, e = chinese[k], en[k]
        if not e.strip():
            out.append((k, 'empty'))
            continue
        if CJK.search(e):
            out.append((k, 'CJK in English'))
        out += [(k, f'URL lost: {u}') for u in URL.findall(z) if u not in e]
        prose = URL.sub('', z)
        out += [(k, f'number lost: {n}') for n in re.findall(r'\d+', prose)
                if n not in e]
        out += [(k, f'name lost?: {w}') for w in NAME.findall(prose)
                if w.lower() not in e.lower()]
        if z.rstrip()[-1:] in ('。', '.', '！', '!') and e.rstrip()[-1:] not in '.!':
            out.append((k, 'no full stop'))
    return out


def run(tree, args):
    sample_path = tree.record('blind-sample.tsv')
    if args[:1] == ['--sample'] and len(args) >= 2:
        sample_path, args = args[1], args[2:]
    if len(args) > 1 or any(a.startswith('-') for a in args):
        sys.exit(__doc__)
    ours_path = args[0] if args else tree.record('blind-ours.tsv')
    chinese = {(p, c): t for p, c, t in read_tsv(sample_path, 3)}
    english = read_tsv(ours_path, 3)
    found = findings(chinese, english)
    for (p, c), what in found:
        print(f'{p}\t{c}\t{what}')
    print(f'{len(english)} translations, {len(found)} findings', file=sys.stderr)
    return 1 if found else 0
