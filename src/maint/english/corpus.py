# SPDX-License-Identifier: LGPL-2.1-or-later
"""Where the English tool finds things, and the pairs it works on.

Every command of tcerr-english reads the catalogs of one source tree (the
top given with --srcdir, by default the tree this file is in) and writes
its records under doc/english.  A pair is (product, code, Chinese, English)
for a key with both texts: "official" when the English is Tencent's
international SDK's, "ours" when its Source is "tcerr translation"."""
import os

import pofile

OFFICIAL = 'tencentcloud-sdk-go-intl-en'
OURS = 'tcerr translation'


class Tree:
    """The folders of a source tree the tool reads and writes."""

    def __init__(self, top=None):
        here = os.path.dirname(os.path.abspath(__file__))
        self.top = os.path.abspath(top or os.path.join(here, '..', '..', '..'))
        self.po = os.path.join(self.top, 'po')
        self.records = os.path.join(self.top, 'doc', 'english')
        self.pages = os.path.join(self.top, 'tests', 'maint', 'upstream-pages')
        if not os.path.isfile(os.path.join(self.po, 'en.po')):
            raise pofile.PoError(f'{self.top}: not a tcerr source tree '
                                 '(no po/en.po); give --srcdir=DIR')

    def record(self, name):
        """The path of record NAME under doc/english."""
        return os.path.join(self.records, name)


class Corpus:
    """en.po and zh_CN.po of a tree, read once, with their pairs."""

    def __init__(self, tree):
        self.tree = tree
        self.en_catalog = pofile.read(os.path.join(tree.po, 'en.po'))
        self.zh_catalog = pofile.read(os.path.join(tree.po, 'zh_CN.po'))
        self.en = self.en_catalog.by_key()
        self.zh = self.zh_catalog.by_key()

    def chinese(self, key):
        """The Chinese text of KEY, '' without one."""
        e = self.zh.get(key)
        return e.msgstr if e is not None else ''

    def is_official(self, key):
        e = self.en.get(key)
        return e is not None and e.source.startswith(OFFICIAL) and e.msgstr != ''

    def is_ours(self, key):
        e = self.en.get(key)
        return e is not None and e.source == OURS

    def official_pairs(self):
        """[(product, code, Chinese, English)] of Tencent's own English with
        a Chinese text, in key order."""
        return [(k[0], k[1], self.chinese(k), self.en[k].msgstr)
                for k in sorted(self.en)
                if self.is_official(k) and self.chinese(k) != '']

    def ours_pairs(self):
        """[(product, code, Chinese, English)] of our English, key order."""
        return [(k[0], k[1], self.chinese(k), self.en[k].msgstr)
                for k in sorted(self.en) if self.is_ours(k)]


def read_tsv(path, columns):
    """The rows of a record (tab-separated, a header line) as lists of
    COLUMNS fields; PoError naming FILE:LINE for a row of another width."""
    rows = []
    try:
        with open(path, encoding='utf-8') as f:
            next(f, None)
            for n, line in enumerate(f, start=2):
                if not line.strip():
                    continue
                fields = line.rstrip('\n').split('\t')
                if len(fields) != columns:
                    raise pofile.PoError(f'{path}:{n}: {len(fields)} fields, '
                                         f'{columns} expected')
                rows.append(fields)
    except OSError as err:
        raise pofile.PoError(f'{path}: {err.strerror}') from None
    except UnicodeDecodeError:
        raise pofile.PoError(f'{path}: not UTF-8') from None
    return rows


def write_tsv(path, header, rows):
    """Writes a record: the header line, then the rows; no field may hold
    a tab or a newline."""
    for row in rows:
        for field in row:
            if '\t' in str(field) or '\n' in str(field):
                raise pofile.PoError(f'{path}: a field with a tab or newline: {row[:2]}')
    tmp = f'{path}.tmp{os.getpid()}'
    with open(tmp, 'w', encoding='utf-8') as f:
        f.write('\t'.join(header) + '\n')
        for row in rows:
            f.write('\t'.join(str(x) for x in row) + '\n')
    os.replace(tmp, path)
