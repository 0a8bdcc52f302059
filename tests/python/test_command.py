# SPDX-License-Identifier: LGPL-2.1-or-later
"""The module's answers are the command's: tcerr --lang=X --json for every
key (--list), codes answered by the common table, a category or nothing,
and codes without -p; and, with the language from the environment
(lang=None), the answers of tcerr without --lang in the same environment,
where the command goes through gettext and generated locales (LOCPATH)."""

import json
import os
import subprocess
import unittest

import tcerr

TCERR = os.environ["TCERR"]
TESTS = os.environ["tests"]
LANGUAGES = ["zh", "zh-Hant", "zh_CN.UTF-8", "en", "en-GB", "C", "fr"]
# Codes no product documents as such: the common table, a category, none.
FALLBACKS = ["AuthFailure.SignatureFailure", "InternalError.SomethingNew",
             "InvalidParameterValue.SomethingNew", "NoSuchCategory.New"]


def command(args: list, env: dict = None) -> list:
    """The command's JSON lines for ARGS: dicts."""
    full = dict(os.environ)
    if env is not None:
        full = {k: v for k, v in full.items()
                if not k.startswith("LC_") and k not in ("LANG", "LANGUAGE")}
        full.update(env)
    out = subprocess.run([TCERR, "--json", *args], env=full,
                         capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines()]


def as_json(code: str, r: tcerr.Result) -> dict:
    """What the command prints for a result of the module."""
    return {"code": code, "product": r.product, "matched_code": r.code,
            "match": r.match, "message": r.message}


NONE = {"product": None, "matched_code": None, "match": "none",
        "message": None}


def chosen(line: dict) -> dict:
    return {k: line.get(k) for k in ("code", "product", "matched_code",
                                     "match", "message")}


def upstream_codes(product: str) -> list:
    out = subprocess.run([os.path.join(TESTS, "helpers", "upstream-keys"),
                          product], capture_output=True, text=True).stdout
    return out.split()


class SameAsCommand(unittest.TestCase):

    def module_lines(self, product, codes, lang):
        lines = []
        for code in codes:
            try:
                lines.append(as_json(code, tcerr.lookup(code, product, lang)))
            except tcerr.UnknownCodeError:
                lines.append(dict(NONE, code=code))
        return lines

    def test_every_key_every_language(self) -> None:
        keys = [tuple(line.split("\t")) for line in subprocess.run(
            [os.path.join(TESTS, "helpers", "upstream-keys")],
            capture_output=True, text=True, check=True).stdout.splitlines()]
        self.assertGreater(len(keys), 10000)
        for lang in LANGUAGES:
            # --list: every key, in the order of upstream-keys (sorted)
            lines = command([f"--lang={lang}", "--list"])
            self.assertEqual(len(lines), len(keys), lang)
            wrong = [
                (product, code) for (product, code), line in zip(keys, lines)
                if chosen(line)
                != self.module_lines(product, [code], lang)[0]
            ]
            self.assertEqual(wrong, [], lang)

    def test_fallbacks(self) -> None:
        products = [p for p in tcerr.products() if p != "common"]
        self.assertGreater(len(products), 200)
        # Every tenth product, and the seed pages'.
        for lang in LANGUAGES:
            for product in products[::10] + ["cbs", "sqlserver"]:
                got = self.module_lines(product, FALLBACKS, lang)
                want = [chosen(line) for line in
                        command([f"--lang={lang}", "-p", product,
                                 *FALLBACKS])]
                self.assertEqual(got, want, (lang, product))

    def test_without_product(self) -> None:
        codes = (upstream_codes("cbs") + upstream_codes("common")
                 + ["InternalError.DBError", "ResourceNotFound.NewThing"])
        for lang in LANGUAGES:
            got = []
            for code in codes:
                got += [as_json(code, r) for r in tcerr.lookup_any(code, lang)]
            want = [chosen(line) for line in command([f"--lang={lang}",
                                                      *codes])]
            self.assertEqual(got, want, lang)

    def test_environment(self) -> None:
        codes = upstream_codes("cbs") + FALLBACKS
        for env in ({"LANG": "zh_CN.UTF-8"}, {"LANG": "zh_TW.UTF-8"},
                    {"LC_ALL": "C.UTF-8", "LANGUAGE": "zh_CN"},
                    {"LC_ALL": "C", "LANGUAGE": "zh_CN"},
                    {"LANG": "en_US.UTF-8", "LANGUAGE": "qaa:zh_CN"},
                    {"LANG": "zh_CN.UTF-8", "LANGUAGE": "qaa"}, {}):
            saved = dict(os.environ)
            try:
                for k in list(os.environ):
                    if k.startswith("LC_") or k in ("LANG", "LANGUAGE"):
                        del os.environ[k]
                os.environ.update(env)
                got = self.module_lines("cbs", codes, None)
            finally:
                os.environ.clear()
                os.environ.update(saved)
            want = [chosen(line) for line in
                    command(["-p", "cbs", *codes], env)]
            self.assertEqual(got, want, env)
