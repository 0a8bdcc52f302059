# SPDX-License-Identifier: LGPL-2.1-or-later
"""libtcerr through ctypes: the library of this installation's prefix.

The path comes from _config.py, which "make" writes with the library's
installed path (and the tests with the build tree's), so the module never
loads another libtcerr that happens to be first on the linker's path.
Only the functions that need no locale are declared: the module looks up
in named languages (tcerr_lookup_lang and its siblings), whose messages
are UTF-8.
"""

from __future__ import annotations

import ctypes
from typing import Any

from . import _config


class ResultStruct(ctypes.Structure):
    """struct tcerr_result of <tcerr.h>."""

    _fields_ = [
        ("message", ctypes.c_char_p),
        ("product", ctypes.c_char_p),
        ("code", ctypes.c_char_p),
        ("match", ctypes.c_int),
    ]


def _load() -> Any:
    """The library, its functions declared; ImportError when it cannot be
    loaded."""
    try:
        lib = ctypes.CDLL(_config.LIBRARY, use_errno=True)
    except OSError as e:
        raise ImportError(
            f"tcerr: cannot load libtcerr ({_config.LIBRARY}): {e}"
        ) from e
    c_char_p, c_int, c_size_t = ctypes.c_char_p, ctypes.c_int, ctypes.c_size_t
    result_p = ctypes.POINTER(ResultStruct)
    strings = ctypes.POINTER(ctypes.c_char_p)
    signatures = {
        "tcerr_lookup_lang": (c_int, [c_char_p, c_char_p, c_char_p, result_p]),
        "tcerr_lookup_any_lang": (c_size_t,
                                  [c_char_p, c_char_p, result_p, c_size_t]),
        "tcerr_language_catalog": (c_int, [c_char_p, c_char_p, c_size_t]),
        "tcerr_languages": (strings, []),
        "tcerr_products": (strings, []),
        "tcerr_product_name_lang": (c_char_p, [c_char_p, c_char_p]),
        "tcerr_is_code": (c_int, [c_char_p]),
        "tcerr_is_product_name": (c_int, [c_char_p]),
        "tcerr_match_name": (c_char_p, [c_int]),
        "tcerr_version": (c_char_p, []),
    }
    for name, (restype, argtypes) in signatures.items():
        function = getattr(lib, name)
        function.restype = restype
        function.argtypes = argtypes
    return lib


lib = _load()

# <tcerr.h>: room for any catalog name tcerr_language_catalog writes.
LANGUAGE_MAX = 32


def string_list(pointer: Any) -> tuple[str, ...]:
    """The strings of a NULL-terminated array the library keeps."""
    names = []
    i = 0
    while pointer[i] is not None:
        names.append(pointer[i].decode("ascii"))
        i += 1
    return tuple(names)
