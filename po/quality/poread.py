"""Minimal reader for tcerr's monolingual .po catalogs (no polib needed).

entries(path) yields dicts: source (the '# Source:' comment or ''), ctxt, id, str."""
import ast

def _unq(s):
    return ast.literal_eval(s)  # PO strings are C-escaped like Python's "..."

def entries(path):
    cur = None; field = None
    def flush():
        if cur and 'id' in cur and cur['id'] != '':
            cur.setdefault('ctxt', ''); cur.setdefault('str', '')
            return dict(cur)
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip():
                e = flush()
                if e: yield e
                cur = None; field = None
                continue
            if cur is None:
                cur = {'source': ''}
            if line.startswith('# Source:'):
                cur['source'] = line[len('# Source:'):].strip()
            elif line.startswith('#'):
                continue
            elif line.startswith('msgctxt '):
                field = 'ctxt'; cur[field] = _unq(line[8:])
            elif line.startswith('msgid '):
                field = 'id'; cur[field] = _unq(line[6:])
            elif line.startswith('msgstr '):
                field = 'str'; cur[field] = _unq(line[7:])
            elif line.startswith('"') and field:
                cur[field] += _unq(line)
    e = flush()
    if e: yield e
