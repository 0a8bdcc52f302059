# SPDX-License-Identifier: LGPL-2.1-or-later
"""The English tool's one reader (and careful writer) of tcerr's .po catalogs.

Every script of src/maint/english reads po/en.po and po/zh_CN.po through
read(): entries with their context, code, text, flags and "# Source:"
comment, and the lines each spans, so that set_msgstrs() can replace the
msgstr of some entries and leave every other byte of the file as it was.
It uses the standard library only (no polib), and gettext's msgcat to wrap
a changed text exactly as msgmerge does, so "make update-po" changes
nothing afterwards.  Malformed input raises PoError naming FILE:LINE;
nothing is written then."""
import os
import subprocess
import tempfile


class PoError(Exception):
    """A catalog that cannot be read or written, with FILE:LINE where known."""


class Entry:
    """One message: msgctxt (None without one), msgid, msgstr, the Source
    comment ('' without one), the flags of "#," and its lines in the file:
    first..end (end excluded) and msgstr_first..msgstr_end."""
    __slots__ = ('msgctxt', 'msgid', 'msgstr', 'source', 'flags', 'obsolete',
                 'first', 'end', 'msgstr_first', 'msgstr_end')

    def __init__(self, first):
        self.msgctxt = None
        self.msgid = None
        self.msgstr = None
        self.source = ''
        self.flags = set()
        self.obsolete = False
        self.first = first
        self.end = first
        self.msgstr_first = self.msgstr_end = None

    @property
    def key(self):
        """(product, code): how every table of the tool names an entry."""
        return (self.msgctxt or '', self.msgid)

    @property
    def fuzzy(self):
        return 'fuzzy' in self.flags


class Catalog:
    """A read catalog: its path, its lines (with their newlines), the
    header entry, the messages in file order (the error keys, each with
    its msgctxt), and the products' names apart (msgid = the product, no
    msgctxt: not messages the tool's rules are about)."""

    def __init__(self, path, lines, header, entries, names=()):
        self.path = path
        self.lines = lines
        self.header = header
        self.entries = entries
        self.names = list(names)

    def by_key(self):
        """{(product, code): Entry} of the live (not obsolete) messages."""
        return {e.key: e for e in self.entries if not e.obsolete}


_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'a': '\a', 'b': '\b',
            'f': '\f', 'v': '\v', '"': '"', '\\': '\\', '?': '?', "'": "'"}


def unquote(text, where):
    """The value of one PO string literal TEXT ("..." with C escapes)."""
    text = text.strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise PoError(f'{where}: a quoted string was expected')
    body, out, i = text[1:-1], [], 0
    while i < len(body):
        c = body[i]
        if c == '"':
            raise PoError(f'{where}: an unescaped quote inside a string')
        if c != '\\':
            out.append(c)
            i += 1
            continue
        if i + 1 >= len(body):
            raise PoError(f'{where}: a string ends with a backslash')
        e = body[i + 1]
        if e in _ESCAPES:
            out.append(_ESCAPES[e])
            i += 2
        elif e in '01234567':
            j = i + 1
            while j < len(body) and j < i + 4 and body[j] in '01234567':
                j += 1
            out.append(chr(int(body[i + 1:j], 8)))
            i = j
        else:
            raise PoError(f'{where}: unknown escape \\{e}')
    return ''.join(out)


def read(path):
    """The Catalog at PATH, or PoError: unreadable, not UTF-8, a keyword
    out of place, a string outside a field, an entry without msgid or
    msgstr, or a key twice."""
    try:
        with open(path, 'rb') as f:
            data = f.read()
    except OSError as err:
        raise PoError(f'{path}: {err.strerror}') from None
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as err:
        line = data[:err.start].count(b'\n') + 1
        raise PoError(f'{path}:{line}: not UTF-8') from None
    if '\0' in text:
        line = text[:text.index('\0')].count('\n') + 1
        raise PoError(f'{path}:{line}: a NUL byte')
    lines = text.splitlines(keepends=True)
    entries, cur, field = [], None, None

    def close(n):
        nonlocal cur, field
        if cur is None:
            return
        if cur.msgid is None or cur.msgstr is None:
            raise PoError(f'{path}:{cur.first + 1}: an entry without '
                          f'{"msgid" if cur.msgid is None else "msgstr"}')
        cur.end = n
        entries.append(cur)
        cur, field = None, None

    for n, raw in enumerate(lines):
        where = f'{path}:{n + 1}'
        line = raw.rstrip('\n')
        if line.endswith('\r'):
            raise PoError(f'{where}: a carriage return')
        if not line.strip():
            close(n)
            continue
        if cur is None:
            cur = Entry(n)
        obsolete = line.startswith('#~')
        if obsolete:
            cur.obsolete = True
            line = line[2:].lstrip()
        if line.startswith('#'):
            if cur.msgid is not None and not obsolete:
                raise PoError(f'{where}: a comment inside an entry')
            if line.startswith('# Source:'):
                cur.source = line[len('# Source:'):].strip()
            elif line.startswith('#,'):
                cur.flags.update(f.strip() for f in line[2:].split(','))
            continue
        if line.startswith('"'):
            if field is None:
                raise PoError(f'{where}: a string outside msgctxt, msgid or msgstr')
            setattr(cur, field, getattr(cur, field) + unquote(line, where))
            if field == 'msgstr':
                cur.msgstr_end = n + 1
            continue
        keyword, _, rest = line.partition(' ')
        order = {'msgctxt': (None,), 'msgid': (None, 'msgctxt'),
                 'msgstr': ('msgid',)}
        if keyword not in order:
            raise PoError(f'{where}: unknown keyword "{keyword}"')
        if field not in order[keyword] or getattr(cur, keyword) is not None:
            raise PoError(f'{where}: "{keyword}" out of place')
        field = keyword
        setattr(cur, field, unquote(rest, where))
        if field == 'msgstr':
            cur.msgstr_first, cur.msgstr_end = n, n + 1
    close(len(lines))
    header = None
    if entries and entries[0].msgid == '' and entries[0].msgctxt is None:
        header = entries.pop(0)
    names = [e for e in entries if e.msgctxt is None]
    entries = [e for e in entries if e.msgctxt is not None]
    seen = {}
    for e in entries:
        if e.obsolete:
            continue
        if e.key in seen:
            raise PoError(f'{path}:{e.first + 1}: {e.key[0]} {e.key[1]} '
                          f'again (first at line {seen[e.key] + 1})')
        seen[e.key] = e.first
    return Catalog(path, lines, header, entries, names)


def quote(text):
    """TEXT as one PO string literal."""
    out = text.replace('\\', '\\\\').replace('"', '\\"')
    return '"' + out.replace('\n', '\\n').replace('\t', '\\t') + '"'


def _wrapped_msgstrs(texts):
    """{key: [lines]}: each new text as msgcat writes its msgstr (gettext's
    own wrapping, the one msgmerge uses), from a scratch catalog."""
    with tempfile.TemporaryDirectory(prefix='tcerr-english-') as tmp:
        src, out = os.path.join(tmp, 'in.po'), os.path.join(tmp, 'out.po')
        with open(src, 'w', encoding='utf-8') as f:
            f.write('msgid ""\nmsgstr ""\n'
                    '"Content-Type: text/plain; charset=UTF-8\\n"\n\n')
            for (ctxt, msgid), text in texts.items():
                f.write(f'msgctxt {quote(ctxt)}\nmsgid {quote(msgid)}\n'
                        f'msgstr {quote(text)}\n\n')
        run = subprocess.run(['msgcat', '--no-location', '-o', out, src],
                             capture_output=True, text=True)
        if run.returncode != 0:
            raise PoError('msgcat: ' + run.stderr.strip())
        got = {}
        cat = read(out)
        for e in cat.entries:
            got[e.key] = cat.lines[e.msgstr_first:e.msgstr_end]
        return got


def set_msgstrs(catalog, texts, path=None):
    """Writes CATALOG to PATH (its own by default) with the msgstr of each
    key of TEXTS ({(product, code): text}) replaced, every other line as it
    was; through a temporary file and a rename.  PoError for a key the
    catalog lacks; then nothing is written."""
    index = catalog.by_key()
    missing = [k for k in texts if k not in index]
    if missing:
        raise PoError(f'{catalog.path}: no entry {missing[0][0]} {missing[0][1]}')
    wrapped = _wrapped_msgstrs(texts) if texts else {}
    lines = list(catalog.lines)
    for key in sorted(texts, key=lambda k: -index[k].msgstr_first):
        e = index[key]
        lines[e.msgstr_first:e.msgstr_end] = wrapped[key]
    path = path or catalog.path
    tmp = f'{path}.tmp{os.getpid()}'
    try:
        with open(tmp, 'w', encoding='utf-8') as f:
            f.writelines(lines)
        os.replace(tmp, path)
    except OSError as err:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise PoError(f'{path}: {err.strerror}') from None
