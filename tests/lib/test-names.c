/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The library's rules for names: what a code is, what a product name is,
   and how language names become catalog names.  */
#include <config.h>

#include "cases.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <tcerr.h>

static char *
repeat (char c, size_t n)
{
  char *s = malloc (n + 1);
  assert_non_null (s);
  memset (s, c, n);
  s[n] = '\0';
  return s;
}

static void
codes (void **state)
{
  (void) state;
  const char *good[] = { "InternalError", "InvalidDisk.Busy", "A", "9003",
                         "FailedOperation.Sub_Code.X2", "a.b.c" };
  const char *bad[] = { "", " InternalError", "Internal Error",
                        "InvalidDisk-Busy", "cbs\004InvalidDisk.Busy",
                        "资源不存在", "Code\xff", "Code\n", "%s%n" };
  for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
    assert_int_equal (tcerr_is_code (good[i]), 1);
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    assert_int_equal (tcerr_is_code (bad[i]), 0);
  assert_int_equal (tcerr_is_code (NULL), 0);
  char *s = repeat ('A', TCERR_CODE_MAX);
  assert_int_equal (tcerr_is_code (s), 1);
  free (s);
  s = repeat ('A', TCERR_CODE_MAX + 1);
  assert_int_equal (tcerr_is_code (s), 0);
  free (s);
}

static void
product_names (void **state)
{
  (void) state;
  const char *good[] = { "cbs", "sqlserver", "common", "cvm2", "my_prod",
                         "my-prod" };
  const char *bad[] = { "", "CBS", "cbs ", "cbs?", "c\x80s", "cbs\004x",
                        "cbs.busy" };
  for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
    assert_int_equal (tcerr_is_product_name (good[i]), 1);
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    assert_int_equal (tcerr_is_product_name (bad[i]), 0);
  assert_int_equal (tcerr_is_product_name (NULL), 0);
  char *s = repeat ('a', TCERR_PRODUCT_MAX);
  assert_int_equal (tcerr_is_product_name (s), 1);
  free (s);
  s = repeat ('a', TCERR_PRODUCT_MAX + 1);
  assert_int_equal (tcerr_is_product_name (s), 0);
  free (s);
  assert_int_equal (tcerr_is_product_name (TCERR_COMMON), 1);
}

/* Every registered key obeys the rules it is looked up by.  */
static void
registry_keys (void **state)
{
  (void) state;
  size_t n;
  const struct tcerr_key *keys = tcerr_keys (&n);
  assert_true (n > 0);
  for (size_t i = 0; i < n; i++)
    {
      assert_int_equal (tcerr_is_product_name (keys[i].product), 1);
      assert_int_equal (tcerr_is_code (keys[i].code), 1);
    }
}

static const struct
{
  const char *name, *want;
} languages[] = {
  { "zh_CN", "zh_CN" }, { "zh-CN", "zh_CN" }, { "zh-cn", "zh_CN" },
  { "ZH_cn", "zh_CN" }, { "zh_CN.UTF-8", "zh_CN" }, { "zh_CN.GB18030", "zh_CN" },
  { "zh", "zh_CN" }, { "zh-Hans", "zh_CN" }, { "zh-hans-CN", "zh_CN" },
  { "zh-Hans-SG", "zh_SG" }, { "zh-Hant", "zh_TW" }, { "zh-Hant-HK", "zh_HK" },
  { "zh_TW", "zh_TW" }, { "en", "en" }, { "EN", "en" }, { "en-US", "en_US" },
  { "en_GB.UTF-8", "en_GB" }, { "en-GB", "en_GB" }, { "C", "en" },
  { "POSIX", "en" }, { "ja", "ja" }, { "ja_JP.eucJP", "ja_JP" },
  { "sr_RS@latin", "sr_RS@latin" }, { "sr_RS.UTF-8@latin", "sr_RS@latin" },
  { "es-419", "es_419" }, { "de-DE-1996", "de_DE" }, { "ast", "ast" },
  { "en-US-u-ca-gregory", "en_US" }, { "sl-rozaj-biske", "sl" },
  { "en-x-private", "en" },
};

static void
language_names (void **state)
{
  (void) state;
  for (size_t i = 0; i < sizeof languages / sizeof languages[0]; i++)
    {
      char buf[TCERR_LANGUAGE_MAX];
      int err = tcerr_language_name (languages[i].name, buf, sizeof buf);
      if (err != 0 || strcmp (buf, languages[i].want) != 0)
        fail_msg ("%s: got %d \"%s\", want \"%s\"", languages[i].name, err,
                  err == 0 ? buf : "", languages[i].want);
    }
}

static void
not_language_names (void **state)
{
  (void) state;
  const char *bad[] = { "", "c", "x", "chinese", "zh_", "zh-", "zh_CN.",
                        "zh_CN@", "zh CN", "zh_CN.UTF-8 ", "1en", "zh\004CN",
                        "zh-toolongsubtag", "zh_CN@latin.UTF-8", "中文",
                        "zh_CN_TW", "en-US-x", "zh-Hans-" };
  char buf[TCERR_LANGUAGE_MAX];
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    if (tcerr_language_name (bad[i], buf, sizeof buf) != EINVAL)
      fail_msg ("\"%s\" taken for a language", bad[i]);
  assert_int_equal (tcerr_language_name (NULL, buf, sizeof buf), EINVAL);
  assert_int_equal (tcerr_language_name ("en", NULL, 4), EINVAL);
}

static void
language_buffer_sizes (void **state)
{
  (void) state;
  char buf[8];
  assert_int_equal (tcerr_language_name ("zh-Hant", buf, 6), 0);
  assert_string_equal (buf, "zh_TW");
  memset (buf, 'x', sizeof buf);
  assert_int_equal (tcerr_language_name ("zh-Hant", buf, 5), ERANGE);
  assert_string_equal (buf, "zh_T");
  assert_int_equal (tcerr_language_name ("zh-Hant", NULL, 0), ERANGE);
}

int
main (void)
{
  struct cases cases = { NULL, NULL, 0 };
  cases_add (&cases, "codes", codes, NULL);
  cases_add (&cases, "product names", product_names, NULL);
  cases_add (&cases, "registry keys obey the rules", registry_keys, NULL);
  cases_add (&cases, "language names", language_names, NULL);
  cases_add (&cases, "not language names", not_language_names, NULL);
  cases_add (&cases, "language names in small buffers",
             language_buffer_sizes, NULL);
  return cases_run ("names", &cases);
}
