#!/usr/bin/env python3
"""Mechanical checks of our translations against the Chinese (reads no official English).

usage: python3 po/quality/check-ours.py [--sample SAMPLE.tsv] [OURS.tsv]   (default blind-ours.tsv)
Every sample key translated once; no CJK; URLs, numbers and ASCII names of the
Chinese kept; a full stop at the end wherever the Chinese has one (and, house
style, where it has none)."""
import os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
args = sys.argv[1:]
sample_path = os.path.join(here, 'blind-sample.tsv')
if args[:1] == ['--sample']:
    sample_path = args[1]; args = args[2:]
ours_path = args[0] if args else os.path.join(here, 'blind-ours.tsv')
def rows(p):
    with open(p, encoding='utf-8') as f:
        next(f)
        return [l.rstrip('\n').split('\t') for l in f if l.strip()]
zh = {(p, c): t for p, c, t in rows(sample_path)}
en = {}
bad = 0
def say(k, m):
    global bad; bad += 1; print(f'{k[0]}\t{k[1]}\t{m}')
for p, c, t in rows(ours_path):
    if (p, c) in en: say((p, c), 'twice')
    en[(p, c)] = t
for k in zh.keys() - en.keys(): say(k, 'missing')
for k in en.keys() - zh.keys(): say(k, 'not in the sample')
cjk = re.compile(r'[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]')
url = re.compile(r'https?://[^\s)）]+')
for k in sorted(zh.keys() & en.keys()):
    z, e = zh[k], en[k]
    if not e.strip(): say(k, 'empty'); continue
    if cjk.search(e): say(k, 'CJK in English')
    for u in url.findall(z):
        if u not in e: say(k, f'URL lost: {u}')
    zz = url.sub('', z)
    for n in re.findall(r'\d+', zz):
        if n not in e: say(k, f'number lost: {n}')
    for w in re.findall(r'[A-Za-z][A-Za-z0-9_.\-]*[A-Za-z0-9]', zz):
        if w not in e and w.lower() not in e.lower():
            say(k, f'name lost?: {w}')
    zend = z.rstrip()[-1:] in '。.！!'
    eend = e.rstrip()[-1:] in '.!'
    if zend and not eend: say(k, 'no full stop')  # one is added where the Chinese has none: house style
print(f'{len(en)} translations, {bad} findings', file=sys.stderr)
sys.exit(1 if bad else 0)
