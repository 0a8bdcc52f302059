/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Bad arguments get NULL / ENOENT / EINVAL, never a crash and never another
   key's text: the product and the code through every entry point (the
   lookups in a named language too), and the language name of those.  */
#include <config.h>

#include "cases.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tcerr.h>

#define MIB (1024 * 1024)

/* Asserts that (PRODUCT, CODE) is refused by every entry point.  */
static void
refused (const char *product, const char *code, int want_errno)
{
  struct tcerr_result r = { "x", "x", "x", TCERR_MATCH_EXACT };
  errno = 0;
  assert_null (tcerr_message (product, code));
  assert_int_equal (errno, want_errno);
  assert_int_equal (tcerr_lookup (product, code, &r), want_errno);
  assert_null (r.message);
  assert_null (r.product);
  assert_null (r.code);
  assert_int_equal (r.match, TCERR_MATCH_NONE);

  char buf[64];
  memset (buf, 'G', sizeof buf);
  assert_int_equal (tcerr_message_r (product, code, buf, sizeof buf), ENOENT);
  assert_int_equal (buf[0], 'G');

  locale_t c = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
  assert_non_null (c);
  assert_null (tcerr_message_l (product, code, c));
  freelocale (c);

  /* In a named language, the errors the lookup gives.  */
  const char *const langs[] = { "zh", "en", "qaa" };
  for (size_t l = 0; l < sizeof langs / sizeof langs[0]; l++)
    {
      r = (struct tcerr_result) { "x", "x", "x", TCERR_MATCH_EXACT };
      errno = 0;
      assert_null (tcerr_message_lang (langs[l], product, code));
      assert_int_equal (errno, want_errno);
      assert_int_equal (tcerr_lookup_lang (langs[l], product, code, &r),
                        want_errno);
      assert_null (r.message);
      assert_int_equal (r.match, TCERR_MATCH_NONE);
      assert_int_equal (tcerr_message_lang_r (langs[l], product, code, buf,
                                              sizeof buf), want_errno);
      assert_int_equal (buf[0], 'G');
    }
}

static void
null_code (void **state)
{
  (void) state;
  refused (NULL, NULL, EINVAL);
  refused ("cbs", NULL, EINVAL);
}

static void
empty_code (void **state)
{
  (void) state;
  refused (NULL, "", EINVAL);
  refused ("cbs", "", EINVAL);
}

static char *
huge (const char *prefix, char fill)
{
  char *s = malloc (MIB + 1);
  assert_non_null (s);
  memset (s, fill, MIB);
  memcpy (s, prefix, strlen (prefix));
  s[MIB] = '\0';
  return s;
}

static void
huge_code (void **state)
{
  (void) state;
  char *code = huge ("InvalidDisk.Busy", 'A');
  refused ("cbs", code, EINVAL);
  free (code);
  code = huge ("ResourceNotFound.", 'x'); /* would have a category */
  refused (NULL, code, EINVAL);
  free (code);
}

static void
huge_product (void **state)
{
  (void) state;
  char *product = huge ("cbs", 'b');
  refused (product, "InvalidDisk.Busy", EINVAL);
  free (product);
}

static void
invalid_utf8 (void **state)
{
  (void) state;
  refused (NULL, "\xff\xfe", EINVAL);
  refused ("cbs", "InvalidDisk.Bu\xe5sy", EINVAL);
  refused ("cbs", "InvalidDisk.Busy\xc3", EINVAL);
  refused ("c\x80s", "InternalError", EINVAL);
  /* Well-formed UTF-8 is no code either.  */
  refused (NULL, "资源不存在", EINVAL);
}

/* gettext keys are "context\004msgid": a \004 in an argument must not be
   able to name another context's entry.  */
static void
embedded_context_separator (void **state)
{
  (void) state;
  refused (NULL, "cbs\004InvalidDisk.Busy", EINVAL);
  refused ("common", "cbs\004InvalidDisk.Busy", EINVAL);
  refused ("cbs\004InvalidDisk.Busy", "InternalError", EINVAL);
  refused ("cbs\004InvalidDisk", "Busy", EINVAL);
  refused ("common\004", "InternalError", EINVAL);
}

static void
spaces_and_controls (void **state)
{
  (void) state;
  refused (NULL, " InternalError", EINVAL);
  refused (NULL, "InternalError ", EINVAL);
  refused (NULL, "Internal\nError", EINVAL);
  refused ("cbs ", "InvalidDisk.Busy", EINVAL);
}

static void
null_arguments (void **state)
{
  (void) state;
  assert_int_equal (tcerr_lookup (NULL, "InternalError", NULL), 0);
  assert_int_equal (tcerr_message_r (NULL, "InternalError", NULL, 0),
                    ERANGE);
  assert_int_equal (tcerr_message_r (NULL, "InternalError", NULL, 8), EINVAL);
  errno = 0;
  assert_null (tcerr_message_l (NULL, "InternalError", (locale_t) 0));
  assert_int_equal (errno, EINVAL);
}

/* What names no language: refused with EINVAL by every lookup in a named
   language, whatever the code; never taken for another language.  */
static void
bad_language (const char *lang)
{
  struct tcerr_result r = { "x", "x", "x", TCERR_MATCH_EXACT };
  errno = 0;
  assert_null (tcerr_message_lang (lang, "cbs", "InvalidDisk.Busy"));
  assert_int_equal (errno, EINVAL);
  assert_int_equal (tcerr_lookup_lang (lang, "cbs", "InvalidDisk.Busy", &r),
                    EINVAL);
  assert_null (r.message);
  assert_null (r.product);
  assert_int_equal (r.match, TCERR_MATCH_NONE);
  char buf[64];
  memset (buf, 'G', sizeof buf);
  assert_int_equal (tcerr_message_lang_r (lang, "cbs", "InvalidDisk.Busy",
                                          buf, sizeof buf), EINVAL);
  assert_int_equal (buf[0], 'G');
  errno = 0;
  assert_int_equal (tcerr_lookup_any_lang (lang, "InternalError", &r, 1), 0);
  assert_int_equal (errno, EINVAL);
  assert_int_equal (tcerr_language_catalog (lang, buf, sizeof buf), EINVAL);
}

static void
bad_languages (void **state)
{
  (void) state;
  const char *const langs[] = {
    "", "z", "12", "zh_", "zh-", "zh_CN\n", " zh", "zh CN", "zh\004CN",
    "zh_CN.", "zh_CN@", "zh_CN.UTF-8@", "\xff\xfe", "\xe4\xb8\xad\xe6\x96\x87",
    "zh_CN/../../etc", "../zh_CN", "zh/CN", ".", "..", "zh_CN.UTF-8/x",
  };
  for (size_t i = 0; i < sizeof langs / sizeof langs[0]; i++)
    bad_language (langs[i]);
  char *lang = huge ("zh_CN", 'x');
  bad_language (lang);
  free (lang);
  lang = huge ("zh_CN@", 'x'); /* a modifier too long to keep */
  bad_language (lang);
  free (lang);
  bad_language ("zh_CN@abcdefghijklmnopq");
}

/* NULL as the language is the caller's locale: the same answers as the
   functions without _lang, never an error.  */
static void
null_language (void **state)
{
  (void) state;
  struct tcerr_result a, b;
  assert_int_equal (tcerr_lookup_lang (NULL, "cbs", "InvalidDisk.Busy", &a),
                    0);
  assert_int_equal (tcerr_lookup ("cbs", "InvalidDisk.Busy", &b), 0);
  assert_ptr_equal (a.message, b.message);
  assert_int_equal (a.match, b.match);
  assert_ptr_equal (tcerr_message_lang (NULL, NULL, "InternalError"),
                    tcerr_message (NULL, "InternalError"));
  assert_int_equal (tcerr_lookup_any_lang (NULL, "InternalError", NULL, 0),
                    tcerr_lookup_any ("InternalError", NULL, 0));
  char buf[64];
  assert_int_equal (tcerr_language_catalog (NULL, buf, sizeof buf), EINVAL);
}

static void
null_arguments_lang (void **state)
{
  (void) state;
  assert_int_equal (tcerr_lookup_lang ("zh", NULL, "InternalError", NULL),
                    0);
  assert_int_equal (tcerr_message_lang_r ("zh", NULL, "InternalError", NULL,
                                          0), ERANGE);
  assert_int_equal (tcerr_message_lang_r ("zh", NULL, "InternalError", NULL,
                                          8), EINVAL);
  assert_int_equal (tcerr_lookup_any_lang ("zh", "InternalError", NULL, 8),
                    1);
  assert_int_equal (tcerr_language_catalog ("zh", NULL, 8), EINVAL);
  assert_int_equal (tcerr_language_catalog ("zh", NULL, 0), ERANGE);
  char small[2];
  assert_int_equal (tcerr_language_catalog ("en_GB", small, sizeof small),
                    ERANGE);
  assert_string_equal (small, "e");
}

int
main (void)
{
  cases_setlocale ();
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (null_code),
    cmocka_unit_test (empty_code),
    cmocka_unit_test (huge_code),
    cmocka_unit_test (huge_product),
    cmocka_unit_test (invalid_utf8),
    cmocka_unit_test (embedded_context_separator),
    cmocka_unit_test (spaces_and_controls),
    cmocka_unit_test (null_arguments),
    cmocka_unit_test (bad_languages),
    cmocka_unit_test (null_language),
    cmocka_unit_test (null_arguments_lang),
  };
  return cmocka_run_group_tests_name ("bad input", tests, NULL, NULL);
}
