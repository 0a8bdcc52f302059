# SPDX-License-Identifier: LGPL-2.1-or-later
"""TAP for the English tool's tests: one "ok"/"not ok" line a check, the
plan at the end, exit status 1 when one failed (build-aux/tap-driver.sh
reads it like cmocka's).  Also puts src/maint/english on the import path."""
import os
import sys

TOP = os.environ.get('srcdir_top') or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), '..', '..', '..')
TOOL = os.path.join(TOP, 'src', 'maint', 'english')
sys.dont_write_bytecode = True  # the source tree may be read-only
sys.path.insert(0, TOOL)

_count = 0
_failed = 0


def ok(condition, name, diagnostic=''):
    """One test line: NAME passes when CONDITION is true."""
    global _count, _failed
    _count += 1
    if not condition:
        _failed += 1
        for line in str(diagnostic).splitlines():
            print(f'# {line}')
    print(f'{"ok" if condition else "not ok"} {_count} - {name}', flush=True)


def equal(got, want, name):
    ok(got == want, name, f'got  {got!r}\nwant {want!r}')


def close(got, want, name, tolerance=1e-9):
    ok(abs(got - want) <= tolerance, name, f'got  {got!r}\nwant {want!r}')


def raises(exception, function, name, match=None):
    """NAME passes when FUNCTION() raises EXCEPTION whose text has MATCH."""
    try:
        function()
    except exception as err:
        ok(match is None or match in str(err), name,
           f'message "{err}" lacks "{match}"')
        return
    except Exception as err:  # noqa: BLE001 - the test says what came
        ok(False, name, f'raised {type(err).__name__}: {err}')
        return
    ok(False, name, f'no {exception.__name__} raised')


def done():
    print(f'1..{_count}')
    sys.exit(1 if _failed or _count == 0 else 0)
