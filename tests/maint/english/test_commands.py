# SPDX-License-Identifier: LGPL-2.1-or-later
"""tcerr-english as a maintainer runs it: bad usage and a wrong tree fail
with a message and status 2; the records of doc/english and po/glossary.tbx
are what the commands make from the tree today (fixes, score, glossary);
check passes on po/en.po; check --fix turns the "before" texts of
doc/english/polish.tsv into en.po as it is, byte for byte."""
import os
import shutil
import subprocess
import sys
import tempfile

import tap
from corpus import read_tsv
import pofile

TOOL = os.path.join(tap.TOOL, 'tcerr-english')
RECORDS = os.path.join(tap.TOP, 'doc', 'english')


def run(*args, top=tap.TOP):
    return subprocess.run([sys.executable, TOOL, f'--srcdir={top}', *args],
                          capture_output=True, text=True)


def same_file(a, b):
    with open(a, 'rb') as f, open(b, 'rb') as g:
        return f.read() == g.read()


r = run()
tap.ok(r.returncode == 2 and 'usage: tcerr-english' in r.stderr,
       'no command: status 2 and the usage', r.stderr)
r = run('frobnicate')
tap.ok(r.returncode == 2 and 'usage: tcerr-english' in r.stderr,
       'an unknown command: status 2 and the usage', r.stderr)
r = run('score', '--bogus')
tap.ok(r.returncode == 2 and 'usage: tcerr-english score' in r.stderr,
       'an unknown option: status 2 and the command\'s usage', r.stderr)
with tempfile.TemporaryDirectory() as tmp:
    r = run('check', top=tmp)
    tap.ok(r.returncode == 2 and 'not a tcerr source tree' in r.stderr,
           'a folder without po/en.po: status 2, said', r.stderr)
    bad = os.path.join(tmp, 'bad.tsv')
    with open(bad, 'w', encoding='utf-8') as f:
        f.write('product\tcode\tenglish\ncvm\tX\n')
    r = run('score', bad, '-')
    tap.ok(r.returncode == 2 and 'bad.tsv:2: 2 fields, 3 expected' in r.stderr,
           'a malformed record: status 2, FILE:LINE', r.stderr)

    out = os.path.join(tmp, 'ours.tsv')
    r = run('fixes', out)
    tap.ok(r.returncode == 0 and same_file(out, os.path.join(RECORDS, 'blind-ours.tsv')),
           'fixes remakes blind-ours.tsv from blind-ours-first.tsv', r.stderr)
    for sample, ours, scores in (
            ('blind-sample.tsv', 'blind-ours-first.tsv', 'blind-scores-first.tsv'),
            ('blind-sample.tsv', 'blind-ours.tsv', 'blind-scores.tsv'),
            ('blind2-sample.tsv', 'blind2-ours.tsv', 'blind2-scores.tsv')):
        out = os.path.join(tmp, scores)
        r = run('score', '--brief', '--sample', os.path.join(RECORDS, sample),
                os.path.join(RECORDS, ours), out)
        tap.ok(r.returncode == 0 and same_file(out, os.path.join(RECORDS, scores)),
               f'score remakes {scores}', r.stdout + r.stderr)
    out = os.path.join(tmp, 'glossary.tbx')
    r = run('glossary', '-o', out)
    tap.ok(r.returncode == 0 and same_file(out, os.path.join(tap.TOP, 'po', 'glossary.tbx')),
           'po/glossary.tbx is what glossary makes of the catalogs today', r.stderr)

    r = run('check')
    tap.ok(r.returncode == 0 and ' 0, ' in r.stdout, 'check: our English passes', r.stdout[-2000:])
    with open(os.path.join(tap.TOP, 'po', 'glossary.tbx'), encoding='utf-8') as f:
        terms = f.read().count('<termEntry ')
    r = run('glossary-report')
    tap.equal((r.returncode, len(r.stdout.splitlines())), (0, terms),
              'glossary-report: one line a term and a product of glossary.tbx')
    r = run('style')
    tap.ok(r.returncode == 0 and '\nfirst letter upper-case\t' in r.stdout
           and '…不存在\t' in r.stdout, 'style prints the house-style counts',
           r.stdout[:500] + r.stderr)

    # A scratch tree whose en.po has the texts of before the polish.
    scratch = os.path.join(tmp, 'tree')
    os.makedirs(os.path.join(scratch, 'po'))
    os.makedirs(os.path.join(scratch, 'doc', 'english'))
    for name in ('en.po', 'zh_CN.po'):
        shutil.copy(os.path.join(tap.TOP, 'po', name), os.path.join(scratch, 'po'))
    shutil.copy(os.path.join(RECORDS, 'polish.tsv'), os.path.join(scratch, 'doc', 'english'))
    rows = read_tsv(os.path.join(RECORDS, 'polish.tsv'), 5)
    en_path = os.path.join(scratch, 'po', 'en.po')
    pofile.set_msgstrs(pofile.read(en_path), {(p, c): before for p, c, _, before, _ in rows})
    r = run('check', top=scratch)
    tap.ok(r.returncode == 1 and f'; findings: ' in r.stdout,
           'check fails on the English of before the polish', r.stdout[-500:])
    r = run('check', '--fix', top=scratch)
    tap.ok(r.returncode == 0 and f'{len(rows)} entries rewritten' in r.stderr,
           f'check --fix rewrites the {len(rows)} entries, then passes', r.stderr)
    tap.ok(same_file(en_path, os.path.join(tap.TOP, 'po', 'en.po')),
           'the fixed en.po is po/en.po, byte for byte')
    r = run('check', '--fix', top=scratch)
    tap.ok(r.returncode == 0 and '0 entries rewritten' in r.stderr
           and same_file(en_path, os.path.join(tap.TOP, 'po', 'en.po')),
           'a second --fix changes nothing', r.stderr)
tap.done()
