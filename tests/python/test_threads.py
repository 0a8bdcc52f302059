# SPDX-License-Identifier: LGPL-2.1-or-later
"""8 threads asking in different languages at once, each going from
language to language, from the module's first lookup on (the catalogs are
read while other threads look up): every answer is the one a single thread
gets afterwards."""

import threading
import unittest

import tcerr

THREADS = 8
ROUNDS = 12
# One language a thread to start with; then each thread takes the next.
LANGUAGES = ["zh", "en", "zh-Hant", "C", "fr", "en-GB", "zh_CN.UTF-8", None]


class Threads(unittest.TestCase):

    def test_eight_threads_alternating_languages(self) -> None:
        # Exact keys, common codes, categories: every step of the chain.
        codes = [(p, c) for p in ("cbs", "sqlserver", "cvm", "common")
                 for c in ("InternalError", "InvalidParameter",
                           "ResourceNotFound.NewThing",
                           "AuthFailure.SignatureFailure",
                           "InvalidParameterValue.NewThing")]
        codes += [("cbs", "InvalidDisk.Busy"),
                  ("cvm", "InvalidInstanceId.NotFound")]
        barrier = threading.Barrier(THREADS)
        seen = [[] for _ in range(THREADS)]
        errors = []

        def work(index: int) -> None:
            try:
                barrier.wait()
                for round_ in range(ROUNDS):
                    lang = LANGUAGES[(index + round_) % len(LANGUAGES)]
                    for product, code in codes:
                        seen[index].append(
                            (lang, product, code,
                             tcerr.lookup(code, product, lang)))
            except BaseException as e:  # reported by the main thread
                errors.append(e)

        threads = [threading.Thread(target=work, args=(i,))
                   for i in range(THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(errors, [])
        for index in range(THREADS):
            self.assertEqual(len(seen[index]), ROUNDS * len(codes))
            for lang, product, code, result in seen[index]:
                self.assertEqual(result, tcerr.lookup(code, product, lang),
                                 (lang, product, code))
        # The languages differ: Chinese and English answers both seen.
        chinese = tcerr.message("InvalidDisk.Busy", "cbs", "zh")
        english = tcerr.message("InvalidDisk.Busy", "cbs", "en")
        self.assertNotEqual(chinese, english)
        messages = {r.message for s in seen for (_, _, c, r) in s
                    if c == "InvalidDisk.Busy"}
        self.assertEqual(messages, {chinese, english})
