# SPDX-License-Identifier: LGPL-2.1-or-later
"""The Python module's lookups, against upstream (the documented pages and
the Go SDKs, as tests/helpers/upstream-keys and page-rows read them, never
the catalogs): every key in Chinese, the chain, every way of naming a
language, the user's language from the environment without a generated
locale, bad input, the module's lists."""

import dataclasses
import os
import re
import subprocess
import sys
import unittest

import tcerr

TESTS = os.environ["tests"]
CJK = re.compile("[\u4e00-\u9fff]")

# The ways --lang takes a language, by the catalog that answers.
CHINESE = ["zh", "zh_CN", "zh-CN", "ZH-cn", "zh_CN.UTF-8", "zh_CN.GB18030",
           "zh-Hans", "zh-Hans-CN", "zh-Hant", "zh-TW", "zh_TW.UTF-8",
           "zh-hant-HK", "zh_SG"]
ENGLISH = ["en", "en-US", "en_GB.UTF-8", "EN", "C", "POSIX",
           # no catalog: English
           "fr", "qaa", "zn"]


def helper(*args: str) -> str:
    """The output of a test helper of tests/helpers."""
    return subprocess.run([os.path.join(TESTS, "helpers", args[0]),
                           *args[1:]], check=True, capture_output=True,
                          text=True).stdout


def upstream_chinese() -> dict:
    """Every key's Chinese, as upstream documents it: (product, code) ->
    text."""
    keys = {}
    for line in helper("upstream-keys", "--zh").splitlines():
        product, code, text = line.split("\t", 2)
        keys[(product, code)] = text
    return keys


def page_rows(page: str, table: str) -> dict:
    rows = {}
    for line in helper("page-rows", page, table).splitlines():
        code, text = line.split("\t", 1)
        rows[code] = text
    return rows


ZH = upstream_chinese()
CBS = page_rows("cbs", "product")


class EveryKey(unittest.TestCase):
    """Every key upstream documents, through the module, in Chinese."""

    def test_every_key_in_chinese(self) -> None:
        self.assertGreater(len(ZH), 10000)
        for lang in ("zh", "zh-Hant"):
            wrong = [
                (product, code)
                for (product, code), text in ZH.items()
                if tcerr.lookup(code, product, lang)
                != tcerr.Result(text, "exact", product, code)
            ]
            self.assertEqual(wrong, [], lang)

    def test_message_is_lookups(self) -> None:
        for code in CBS:
            self.assertEqual(tcerr.message(code, "cbs", "zh"),
                             tcerr.lookup(code, "cbs", "zh").message)


class Languages(unittest.TestCase):
    """Every way of naming a language gives its catalog's answers."""

    def test_chinese_spellings(self) -> None:
        for lang in CHINESE:
            for code, text in CBS.items():
                self.assertEqual(tcerr.message(code, "cbs", lang), text,
                                 (lang, code))

    def test_english_spellings(self) -> None:
        want = {code: tcerr.lookup(code, "cbs", "en") for code in CBS}
        self.assertTrue(all(not CJK.search(r.message) for r in want.values()))
        for lang in ENGLISH:
            for code in CBS:
                self.assertEqual(tcerr.lookup(code, "cbs", lang), want[code],
                                 (lang, code))

    def test_languages(self) -> None:
        path = os.path.join(os.environ["srcdir_po"], "LINGUAS")
        with open(path, encoding="utf-8") as f:
            linguas = {w for line in f for w in line.split("#")[0].split()}
        self.assertEqual(tcerr.languages(), tuple(sorted(linguas | {"en"})))


class Chain(unittest.TestCase):
    """The chain's steps, their expected answers worked out from
    upstream's keys."""

    def expected(self, product: str, code: str) -> tcerr.Result:
        """The chain of tcerr(3) over upstream's keys, Chinese texts."""
        category = code.split(".", 1)[0] if "." in code else None
        steps = [(product, code, "exact"), ("common", code, "common")]
        if category:
            steps += [(product, category, "category"),
                      ("common", category, "category")]
        for p, c, match in steps:
            if (p, c) in ZH:
                return tcerr.Result(ZH[(p, c)], match, p, c)
        raise AssertionError(f"{product} {code}: upstream documents nothing")

    def test_common_codes_of_a_product(self) -> None:
        common = [c for (p, c) in ZH if p == "common" and ("cbs", c) not in ZH]
        self.assertTrue(common)
        for code in common:
            r = tcerr.lookup(code, "cbs", "zh")
            self.assertEqual(r, self.expected("cbs", code))
            self.assertEqual(r.match, "common")

    def test_categories(self) -> None:
        categories = {c.split(".")[0] for (p, c) in ZH
                      if p in ("cbs", "common") and "." in c}
        categories = {c for c in categories
                      if ("cbs", c) in ZH or ("common", c) in ZH}
        self.assertGreater(len(categories), 10)
        for category in categories:
            code = category + ".SomethingNew"
            r = tcerr.lookup(code, "cbs", "zh")
            self.assertEqual(r, self.expected("cbs", code))
            self.assertEqual(r.match, "category")

    def test_unknown_product_is_common(self) -> None:
        r = tcerr.lookup("InternalError", "nosuchproduct", "zh")
        self.assertEqual(r, tcerr.Result(ZH[("common", "InternalError")],
                                         "exact", "common", "InternalError"))
        for product in (None, "", "common"):
            self.assertEqual(tcerr.lookup("InternalError", product, "zh"), r)

    def test_nothing_documented(self) -> None:
        for product in (None, "cbs", "nosuchproduct"):
            with self.assertRaises(tcerr.UnknownCodeError) as caught:
                tcerr.message("NoSuchCategory.NoSuchThing", product, "zh")
            self.assertIsInstance(caught.exception, LookupError)
            self.assertEqual(caught.exception.code,
                             "NoSuchCategory.NoSuchThing")
            self.assertEqual(caught.exception.product, product)
        with self.assertRaises(tcerr.UnknownCodeError):
            tcerr.lookup_any("NoSuchCategory.NoSuchThing", "en")

    def test_lookup_any(self) -> None:
        documented = {}
        for (product, code) in ZH:
            documented.setdefault(code, set()).add(product)
        for code in list(CBS) + ["InternalError", "ResourceNotFound.New"]:
            results = tcerr.lookup_any(code, "zh")
            self.assertTrue(results)
            for r in results:
                self.assertEqual(r, tcerr.lookup(code, r.product, "zh")
                                 if r.match != "category"
                                 else self.expected(r.product, code))
            if "common" in documented.get(code, ()):
                self.assertEqual([r.product for r in results], ["common"])
            elif code in documented:
                self.assertEqual({r.product for r in results},
                                 documented[code])


class Environment(unittest.TestCase):
    """lang=None: the user's language from the environment, as gettext
    reads it, with no locale generated (LOCPATH names none)."""

    def run_python(self, env: dict, code: str) -> str:
        pinned = {k: v for k, v in os.environ.items()
                  if not k.startswith("LC_") and k not in ("LANG", "LANGUAGE")}
        pinned.update(env, LOCPATH="/nonexistent")
        return subprocess.run([sys.executable, "-c", code], env=pinned,
                              check=True, capture_output=True,
                              text=True).stdout

    def test_environment(self) -> None:
        chinese = CBS["InvalidDisk.Busy"]
        english = tcerr.message("InvalidDisk.Busy", "cbs", "en")
        cases = [
            ({}, english),
            ({"LANG": "zh_CN.UTF-8"}, chinese),
            ({"LANG": "zh_TW.UTF-8"}, chinese),
            ({"LC_ALL": "C.UTF-8", "LANGUAGE": "zh_CN"}, chinese),
            ({"LC_ALL": "C.UTF-8"}, english),
            ({"LC_ALL": "C", "LANGUAGE": "zh_CN"}, english),
            ({"LANG": "en_US.UTF-8", "LANGUAGE": "qaa:zh_CN"}, chinese),
            ({"LANG": "zh_CN.UTF-8", "LANGUAGE": "qaa"}, english),
            ({"LANG": "zh_CN.UTF-8", "LANGUAGE": "en:zh_CN"}, english),
            ({"LANG": "C", "LC_MESSAGES": "zh_CN.UTF-8"}, chinese),
            ({"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, english),
        ]
        program = ("import locale, tcerr\n"
                   "try:\n"
                   "    locale.setlocale(locale.LC_ALL, 'zh_CN.UTF-8')\n"
                   "    print('a generated locale')\n"
                   "except locale.Error:\n"
                   "    pass\n"
                   "print(tcerr.message('InvalidDisk.Busy', 'cbs'))\n"
                   "print(tcerr.message('InvalidDisk.Busy', 'cbs', 'zh'))\n")
        for env, want in cases:
            got = self.run_python(env, program).splitlines()
            self.assertEqual(got, [want, chinese], env)


class BadInput(unittest.TestCase):
    """What is no code, product or language: ValueError, or TypeError for
    what is not a str; never another key's text."""

    def test_bad_codes(self) -> None:
        for code in ("", "Internal Error", "InvalidDisk.Busy\0x",
                     "InvalidDisk.Busy\n", "资源不存在", "\udcff",
                     "cbs\x04InvalidDisk.Busy", "A" * 300):
            with self.assertRaises(ValueError, msg=repr(code)):
                tcerr.message(code, "cbs", "zh")
            with self.assertRaises(ValueError, msg=repr(code)):
                tcerr.lookup_any(code, "zh")

    def test_bad_products(self) -> None:
        for product in ("CBS", "c bs", "cbs\0", "云", "x" * 65, "\udcff"):
            with self.assertRaises(ValueError, msg=repr(product)):
                tcerr.message("InvalidDisk.Busy", product, "zh")

    def test_bad_languages(self) -> None:
        for lang in ("", "12", "zh\0", "ja:zh_CN", "中文", "../zh_CN",
                     "zh_CN/../..", "\udcff", "zh_" + "x" * 300):
            with self.assertRaises(ValueError, msg=repr(lang)):
                tcerr.message("InvalidDisk.Busy", "cbs", lang)
            with self.assertRaises(ValueError, msg=repr(lang)):
                tcerr.lookup_any("InvalidDisk.Busy", lang)

    def test_not_strings(self) -> None:
        for args in ((None,), (b"InvalidDisk.Busy",), ("InvalidDisk.Busy", 1),
                     ("InvalidDisk.Busy", b"cbs"),
                     ("InvalidDisk.Busy", "cbs", b"zh")):
            with self.assertRaises(TypeError, msg=repr(args)):
                tcerr.message(*args)


class Module(unittest.TestCase):
    """The module's own promises."""

    def test_result_is_immutable(self) -> None:
        r = tcerr.lookup("InvalidDisk.Busy", "cbs", "en")
        with self.assertRaises(dataclasses.FrozenInstanceError):
            r.message = "changed"  # type: ignore[misc]
        self.assertEqual(hash(r), hash(tcerr.lookup("InvalidDisk.Busy",
                                                    "cbs", "en")))

    def test_products(self) -> None:
        products = tcerr.products()
        self.assertIsInstance(products, tuple)
        self.assertEqual(products, tuple(sorted(products)))
        # every product upstream defines, those without keys of their own
        # too (tests/helpers/upstream-products.c)
        self.assertEqual(set(products),
                         {line.split("\t", 1)[0] for line in
                          helper("upstream-products").splitlines()})

    def test_product_names(self) -> None:
        # products.md's Chinese names (tests/helpers/upstream-products.c);
        # English, one line of ASCII, for every product
        rows = [line.split("\t", 1)
                for line in helper("upstream-products").splitlines()]
        self.assertGreater(len(rows), 200)
        for product, zh_name in rows:
            en = tcerr.product_name(product, "en")
            self.assertRegex(en, r"^[ -~]+$", product)
            self.assertEqual(tcerr.product_name(product, "C"), en)
            self.assertEqual(tcerr.product_name(product, "fr"), en)
            if zh_name:
                self.assertEqual(tcerr.product_name(product, "zh-CN"),
                                 zh_name, product)
        self.assertEqual(tcerr.product_name(None, "en"),
                         tcerr.product_name("common", "en"))
        self.assertEqual(tcerr.product_name("", "zh"),
                         tcerr.product_name("common", "zh"))

    def test_bad_product_names(self) -> None:
        for product in ("CVM", "c vm", "cvm\x04x", "云", "a" * 4096):
            with self.assertRaises(ValueError, msg=product):
                tcerr.product_name(product, "en")
        with self.assertRaises(LookupError):
            tcerr.product_name("nosuchproduct", "en")
        with self.assertRaises(ValueError):
            tcerr.product_name("cvm", "zh/CN")

    def test_version(self) -> None:
        self.assertRegex(tcerr.__version__, r"^\d+\.\d+\.\d+")

    def test_typed(self) -> None:
        self.assertTrue(os.path.exists(os.path.join(
            os.path.dirname(tcerr.__file__), "py.typed")))
