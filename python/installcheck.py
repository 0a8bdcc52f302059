# SPDX-License-Identifier: LGPL-2.1-or-later
"""For "make installcheck": the installed module is the one imported, it
loads the installed libtcerr, and reads the installed catalogs.

Usage: python3 - PKGPYTHONDIR LIBRARY < installcheck.py
"""

import os
import sys

import tcerr
from tcerr import _library


def main() -> int:
    package, library = sys.argv[1:]
    if os.path.dirname(os.path.abspath(tcerr.__file__)) != package:
        print(f"imported {tcerr.__file__}, not from {package}")
        return 1
    if _library.lib._name != library:
        print(f"loaded {_library.lib._name}, not {library}")
        return 1
    chinese = tcerr.message("InvalidDisk.Busy", "cbs", "zh")
    english = tcerr.message("InvalidDisk.Busy", "cbs", "en")
    if chinese == english and "zh_CN" in tcerr.languages():
        print(f"no Chinese from the installed catalogs: {chinese}")
        return 1
    print(f"tcerr {tcerr.__version__} from {package} on {library}: "
          f"{chinese}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
