# SPDX-License-Identifier: LGPL-2.1-or-later
"""Runs the unittest tests of one file with TAP output, one line a test,
for automake's TAP driver (the project's other tests print TAP too).

Usage: python3 tap.py FILE.py
"""

import importlib.util
import sys
import traceback
import unittest


class TapResult(unittest.TestResult):
    """Prints "ok N - name" or "not ok N - name" as each test ends, with
    the failure as "# " comment lines."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def _line(self, test: unittest.TestCase, ok: bool, detail: str = "",
              directive: str = "") -> None:
        self.count += 1
        name = test.id().split(".", 1)[-1]
        print(f"{'ok' if ok else 'not ok'} {self.count} - {name}{directive}")
        for line in detail.rstrip().splitlines():
            print(f"# {line}")
        sys.stdout.flush()

    def addSuccess(self, test: unittest.TestCase) -> None:
        super().addSuccess(test)
        self._line(test, True)

    def addFailure(self, test, err) -> None:  # type: ignore[override]
        super().addFailure(test, err)
        self._line(test, False, "".join(traceback.format_exception(*err)))

    def addError(self, test, err) -> None:  # type: ignore[override]
        super().addError(test, err)
        self._line(test, False, "".join(traceback.format_exception(*err)))

    def addSkip(self, test: unittest.TestCase, reason: str) -> None:
        # A skip is a failure here, as for the cmocka tests: "make check"
        # skips nothing on a machine set up as README says.
        super().addSkip(test, reason)
        self._line(test, False, f"skipped: {reason}")

    def addExpectedFailure(self, test, err) -> None:  # type: ignore[override]
        super().addExpectedFailure(test, err)
        self._line(test, False, "an expected failure: no such test here")

    def addUnexpectedSuccess(self, test: unittest.TestCase) -> None:
        super().addUnexpectedSuccess(test)
        self._line(test, False, "an unexpected success")


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: tap.py FILE.py", file=sys.stderr)
        return 2
    path = sys.argv[1]
    spec = importlib.util.spec_from_file_location("tested", path)
    if spec is None or spec.loader is None:
        print(f"Bail out! cannot load {path}")
        return 1
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception:
        print(f"Bail out! {path} does not load")
        for line in traceback.format_exc().splitlines():
            print(f"# {line}")
        return 1
    suite = unittest.defaultTestLoader.loadTestsFromModule(module)
    result = TapResult()
    suite.run(result)
    print(f"1..{result.count}")
    if result.count == 0:
        print("Bail out! no test")
        return 1
    return 0 if result.wasSuccessful() and not result.skipped else 1


if __name__ == "__main__":
    sys.exit(main())
