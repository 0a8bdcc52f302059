# SPDX-License-Identifier: LGPL-2.1-or-later
"""pofile.py, the English tool's one .po reader and writer: it reads the
real catalogs whole (every key of src/registry.def), writes them back byte
for byte, changes one msgstr and nothing else (wrapped as msgcat wraps,
so "make update-po" has nothing to redo), and refuses bad input with
FILE:LINE, writing nothing."""
import os
import re
import shutil
import subprocess
import tempfile

import tap
import pofile

PO = os.path.join(tap.TOP, 'po')
with open(os.path.join(tap.TOP, 'src', 'registry.def'), encoding='utf-8') as f:
    registry = set(re.findall(r'^TCERR_KEY \("([^"]*)", *"([^"]*)"\)', f.read(), re.M))
tap.ok(len(registry) > 0, 'src/registry.def names keys')

en = pofile.read(os.path.join(PO, 'en.po'))
zh = pofile.read(os.path.join(PO, 'zh_CN.po'))
tap.equal(set(en.by_key()), registry, 'en.po: every key of the registry, no other')
tap.equal(set(zh.by_key()), registry, 'zh_CN.po: every key of the registry, no other')
with open(os.path.join(tap.TOP, 'src', 'registry.def'), encoding='utf-8') as f:
    products = re.findall(r'^TCERR_PRODUCT \("([^"]*)"\)', f.read(), re.M)
tap.ok(len(products) > 0
       and [e.msgid for e in en.names if not e.obsolete] == products
       and [e.msgid for e in zh.names if not e.obsolete] == products,
       'the products\' names are read apart, one a product, in its order')
tap.ok(en.header is not None and 'Language: en' in en.header.msgstr,
       'en.po: the header is read apart')
ours = [e for e in en.entries if e.source == 'tcerr translation']
tap.ok(len(ours) > 0 and all(e.msgstr for e in ours),
       'en.po: the entries of ours have a Source and a text')

# The texts against gettext's own reading: msgexec's builtin "0" writes
# every translation (the header's first) followed by a NUL byte.
for name, cat in (('en.po', en), ('zh_CN.po', zh)):
    run = subprocess.run(['msgexec', '-i', os.path.join(PO, name), '0'],
                         capture_output=True, check=True)
    theirs = run.stdout.decode('utf-8').split('\0')[:-1]
    # the names come first in the file, before the keys
    mine = [e.msgstr for e in [cat.header] + cat.names + cat.entries]
    tap.ok(mine == theirs, f'{name}: every text as msgexec (gettext) reads it',
           next((f'{a!r} / {b!r}' for a, b in zip(mine, theirs) if a != b),
                f'{len(mine)} texts / {len(theirs)}'))

with tempfile.TemporaryDirectory() as tmp:
    copy = os.path.join(tmp, 'en.po')
    pofile.set_msgstrs(en, {}, copy)
    with open(copy, 'rb') as a, open(os.path.join(PO, 'en.po'), 'rb') as b:
        tap.ok(a.read() == b.read(), 'written back unchanged, byte for byte')

    shutil.copy(os.path.join(PO, 'en.po'), copy)
    cat = pofile.read(copy)
    key = ours[0].key
    long_text = ('A text long enough to be wrapped over several lines, with '
                 '"quotes", a backslash \\ and a tab\there, as msgmerge wraps '
                 'every text it writes.')
    pofile.set_msgstrs(cat, {key: long_text, ours[1].key: 'Short.'})
    again = pofile.read(copy)
    tap.equal(again.by_key()[key].msgstr, long_text, 'the new text reads back')
    tap.equal(again.by_key()[ours[1].key].msgstr, 'Short.', 'a second one too')
    again_by_key = again.by_key()
    same = all(again_by_key[k].msgstr == e.msgstr
               for k, e in en.by_key().items() if k not in (key, ours[1].key))
    tap.ok(same, 'every other text unchanged')
    before, after = set(en.lines), again.lines
    changed = [l for l in after if l not in before]
    tap.ok(all(l.startswith(('msgstr', '"')) for l in changed),
           'only msgstr lines differ', ''.join(changed[:5]))
    formatted = subprocess.run(['msgcat', copy], capture_output=True, text=True).stdout
    with open(copy, encoding='utf-8') as f:
        tap.ok(formatted == f.read(), 'msgcat (make update-po\'s wrapping) changes nothing')
    tap.raises(pofile.PoError, lambda: pofile.set_msgstrs(again, {('no', 'Such.Key'): 'x'}),
               'a key the catalog lacks is refused', 'no entry no Such.Key')
    with open(copy, encoding='utf-8') as f:
        tap.ok(f.read() == formatted, '... and nothing is written')

    def bad(name, content, match):
        path = os.path.join(tmp, 'bad.po')
        with open(path, 'wb') as f:
            f.write(content)
        tap.raises(pofile.PoError, lambda: pofile.read(path), name, match)

    head = b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    bad('invalid UTF-8 is refused with its line',
        head + b'msgctxt "a"\nmsgid "B"\nmsgstr "\xff"\n', 'bad.po:7: not UTF-8')
    bad('a NUL byte is refused', head + b'msgctxt "a"\nmsgid "B"\nmsgstr "x\0"\n',
        'bad.po:7: a NUL byte')
    bad('an unterminated string is refused', head + b'msgid "B"\nmsgstr "x\n',
        'bad.po:6: a quoted string was expected')
    bad('an unknown keyword is refused', head + b'msgid "B"\nmsgtext "x"\n',
        'bad.po:6: unknown keyword')
    bad('msgstr before msgid is refused', head + b'msgstr "x"\nmsgid "B"\n',
        'bad.po:5: "msgstr" out of place')
    bad('an entry without msgstr is refused', head + b'msgid "B"\n\n', 'without msgstr')
    bad('a key twice is refused', head + b'msgctxt "a"\nmsgid "B"\nmsgstr "x"\n\n'
        b'msgctxt "a"\nmsgid "B"\nmsgstr "y"\n', 'bad.po:9: a B again (first at line 5)')
    bad('an unknown escape is refused', head + b'msgid "B"\nmsgstr "\\q"\n',
        'unknown escape')
    bad('a carriage return is refused', head + b'msgid "B"\r\nmsgstr "x"\r\n',
        'a carriage return')
    tap.raises(pofile.PoError, lambda: pofile.read(os.path.join(tmp, 'none.po')),
               'a missing file is refused', 'none.po: No such file')
    path = os.path.join(tmp, 'ctx.po')
    with open(path, 'wb') as f:
        f.write(head + b'msgctxt "a\\004b"\nmsgid "C"\nmsgstr "\\101\\n"\n')
    cat = pofile.read(path)
    tap.equal(cat.entries[0].key, ('a\004b', 'C'), '\\004 in a context is kept as it is')
    tap.equal(cat.entries[0].msgstr, 'A\n', 'octal and \\n escapes are decoded')
tap.done()
