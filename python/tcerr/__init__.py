# SPDX-License-Identifier: LGPL-2.1-or-later
"""Tencent Cloud API error codes as readable messages, in any language.

The Python face of libtcerr (through ctypes): the message for an error
code a Tencent Cloud API returned, in Chinese or English, from the
catalogs the library installs, with the same fallback chain as the C
library and the tcerr command: the product's own text, the common table's,
the code's category's, or a note that the code is documented in Chinese
only.

    >>> import tcerr
    >>> tcerr.message("InvalidDisk.Busy", product="cbs", lang="en")
    'The cloud disk is busy. Try again later.'

A language is named as ``tcerr --lang`` takes it ("zh", "zh-CN",
"zh_CN.UTF-8", "zh-Hant", "en-US", "C"); no locale is set, needed nor
changed, so any thread may ask in any language at any time.  Without one
(``lang=None``), the user's language comes from the environment, as
gettext reads it (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), even where no
locale was generated for it.
"""

from __future__ import annotations

import ctypes
import errno
import os
from dataclasses import dataclass
from typing import Optional, Tuple

from ._library import LANGUAGE_MAX, ResultStruct, lib, string_list

__all__ = [
    "Result",
    "UnknownCodeError",
    "message",
    "lookup",
    "lookup_any",
    "products",
    "product_name",
    "languages",
    "__version__",
]

__version__: str = lib.tcerr_version().decode("ascii")


class UnknownCodeError(LookupError):
    """No step of the chain applies: neither the code nor its category is
    documented, for the product or in the common table.

    Its ``code`` and ``product`` attributes are what was asked.
    """

    def __init__(self, code: str, product: Optional[str] = None) -> None:
        self.code = code
        self.product = product
        where = f" of {product}" if product else ""
        super().__init__(f"{code}{where}: not a documented error code")


@dataclass(frozen=True)
class Result:
    """A message and where the chain found it (immutable).

    message: the text, in the language asked for; it may carry inline
             markdown as Tencent Cloud writes it (code spans, links)
    match:   how it was found: "exact" (the code itself), "common" (the
             code in the common table), "category" (the code's category,
             the part before its first "."), or "untranslated" (the code
             is documented in Chinese only: the message says so, in
             English)
    product: the table the text comes from: the product, or "common"
    code:    the documented key that has the text: the code, or its
             category
    """

    message: str
    match: str
    product: str
    code: str


# --- Arguments -------------------------------------------------------------


def _ascii_argument(value: object, what: str) -> bytes:
    """VALUE as the bytes the library takes; TypeError for what is not a
    str, ValueError for what the C string would change (a NUL ends it)."""
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str, not {type(value).__name__}")
    if "\0" in value:
        raise ValueError(f"{what} {value!r}: a NUL character")
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError as e:
        raise ValueError(f"{what} {value!r}: {e.reason}") from None


def _code_bytes(code: object) -> bytes:
    data = _ascii_argument(code, "code")
    if not lib.tcerr_is_code(data):
        raise ValueError(
            f"not an error code: {code!r} (ASCII letters, digits, '.' and"
            " '_', as the API writes them)"
        )
    return data


def _product_bytes(product: object) -> Optional[bytes]:
    if product is None:
        return None
    data = _ascii_argument(product, "product")
    if data and not lib.tcerr_is_product_name(data):
        raise ValueError(
            f"not a product name: {product!r} (lower-case letters, digits,"
            " '_' and '-', such as 'cvm')"
        )
    return data


def _catalog(lang: bytes) -> Tuple[int, str]:
    """tcerr_language_catalog: its answer (0, ENOENT or EINVAL) and the
    catalog that answers LANG."""
    buf = ctypes.create_string_buffer(LANGUAGE_MAX)
    err = lib.tcerr_language_catalog(lang, buf, LANGUAGE_MAX)
    return err, buf.value.decode("ascii")


def _environment_language() -> bytes:
    """The language the environment names, as gettext reads it in a
    program that called setlocale (LC_ALL, ""), but with no locale needed:
    the locale of LC_MESSAGES (LC_ALL, else LC_MESSAGES, else LANG); none,
    C or POSIX is English, whatever LANGUAGE says; else the first language
    of LANGUAGE that has a catalog, English when none has; else the
    locale's language."""
    environ = os.environ
    locale = next(
        (environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG")
         if environ.get(v)),
        "",
    )
    if locale in ("", "C", "POSIX"):
        return b"en"
    languages = [x for x in environ.get("LANGUAGE", "").split(":") if x]
    for name in languages:
        try:
            data = _ascii_argument(name, "LANGUAGE")
        except ValueError:
            continue
        err, _ = _catalog(data)
        if err == 0:
            return data
    if languages:
        return b"en"
    try:
        data = _ascii_argument(locale, "the locale")
    except ValueError:
        return b"en"
    # C.UTF-8 and the like: gettext's C locale, with a codeset.
    return data if _catalog(data)[0] != errno.EINVAL else b"en"


def _lang_bytes(lang: object) -> bytes:
    if lang is None:
        return _environment_language()
    data = _ascii_argument(lang, "lang")
    if _catalog(data)[0] == errno.EINVAL:
        raise ValueError(
            f"not a language: {lang!r} (a name such as 'zh', 'zh-CN',"
            " 'zh_CN.UTF-8' or 'en-US')"
        )
    return data


def _result(r: ResultStruct) -> Result:
    return Result(
        message=r.message.decode("utf-8"),
        match=lib.tcerr_match_name(r.match).decode("ascii"),
        product=r.product.decode("ascii"),
        code=r.code.decode("ascii"),
    )


# --- Lookups ---------------------------------------------------------------


def lookup(code: str, product: Optional[str] = None,
           lang: Optional[str] = None) -> Result:
    """The message for CODE and where it was found.

    code:    the API's error code, such as "InvalidDisk.Busy"
             (case-sensitive, as the API's are)
    product: a product's short name, such as "cbs" or "cvm"; None (or
             "" or "common") is the table every product shares, and so is
             a well-formed name of a product the catalogs do not know
    lang:    the language, as ``tcerr --lang`` takes it ("zh", "zh-CN",
             "en", ...); a language without a catalog gives English;
             None is the user's language, from the environment

    Raises ValueError for a code, product or language that is no such
    thing, and UnknownCodeError (a LookupError) when nothing documented
    applies.
    """
    code_b = _code_bytes(code)
    product_b = _product_bytes(product)
    lang_b = _lang_bytes(lang)
    r = ResultStruct()
    err = lib.tcerr_lookup_lang(lang_b, product_b, code_b, ctypes.byref(r))
    if err == errno.ENOENT:
        raise UnknownCodeError(code, product)
    if err != 0:
        raise ValueError(f"{code!r}, {product!r}: {os.strerror(err)}")
    return _result(r)


def message(code: str, product: Optional[str] = None,
            lang: Optional[str] = None) -> str:
    """The message for CODE of PRODUCT in LANG: lookup (...).message.

    For instance, beside tencentcloud-sdk-python:

        except TencentCloudSDKException as e:
            print(tcerr.message(e.get_code(), product="cvm"))

    Raises ValueError for malformed arguments, UnknownCodeError (a
    LookupError) when the code is not documented.
    """
    return lookup(code, product, lang).message


def lookup_any(code: str, lang: Optional[str] = None) -> Tuple[Result, ...]:
    """Every product's answer for CODE, when its product is not known (a
    code read from a log): the common table's when it documents CODE, else
    every product that documents it, then the same for its category (see
    tcerr_lookup_any(3)).  Raises ValueError for a malformed code or
    language, UnknownCodeError when none applies.
    """
    code_b = _code_bytes(code)
    lang_b = _lang_bytes(lang)
    n = len(products())
    results = (ResultStruct * n)()
    ctypes.set_errno(0)
    count = lib.tcerr_lookup_any_lang(lang_b, code_b, results, n)
    if count == 0:
        err = ctypes.get_errno()
        if err == errno.EINVAL:
            raise ValueError(f"{code!r}: not an error code")
        raise UnknownCodeError(code)
    return tuple(_result(results[i]) for i in range(min(count, n)))


_products: Optional[Tuple[str, ...]] = None
_languages: Optional[Tuple[str, ...]] = None


def products() -> Tuple[str, ...]:
    """The products the catalogs know, "common" included, sorted."""
    global _products
    if _products is None:
        _products = string_list(lib.tcerr_products())
    return _products


def product_name(product: Optional[str] = None,
                 lang: Optional[str] = None) -> str:
    """What PRODUCT (one of products(), such as "cvm") is called in LANG:
    "云服务器", "Cloud Virtual Machine"; its catalog's name, else the
    English.  None, "" and "common" name the table every product shares;
    lang is as lookup() takes it.  Raises ValueError for a product or
    language that is no such thing, LookupError for a product the
    catalogs do not know.
    """
    product_b = _product_bytes(product)
    lang_b = _lang_bytes(lang)
    ctypes.set_errno(0)
    name = lib.tcerr_product_name_lang(lang_b, product_b)
    if name is None:
        if ctypes.get_errno() == errno.EINVAL:
            raise ValueError(f"not a product name: {product!r}")
        raise LookupError(f"{product}: not a product of Tencent Cloud")
    return name.decode("utf-8")


def languages() -> Tuple[str, ...]:
    """The languages this installation has catalogs for ("en", "zh_CN",
    ...), sorted; any other language is answered in English."""
    global _languages
    if _languages is None:
        _languages = string_list(lib.tcerr_languages())
    return _languages
