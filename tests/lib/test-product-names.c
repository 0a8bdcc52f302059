/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* tcerr_products, tcerr_product_name and tcerr_product_name_lang against
   upstream (the tests'
   product oracle: the Go SDKs' product folders, the pages, products.md),
   never the catalogs.  Usage: test-product-names zh|en, the language the
   environment picks: with zh, each product products.md names has that
   name, the others the English; with en, each product has an English
   name (ASCII, one line).  Named languages answer the same whatever the
   environment: "en" and "C" the English, "zh-CN" the environment's name
   under zh.  */
#include <config.h>

#include "cases.h"
#include "product-oracle.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tcerr.h>

static struct product_oracle oracle;
static int chinese;

/* The list: every product upstream defines, and nothing else.  */
static void
products_are_upstreams (void **state)
{
  (void) state;
  const char *const *p = tcerr_products ();
  size_t n = 0;
  for (; p[n] != NULL; n++)
    {
      if (product_oracle_find (&oracle, p[n]) == NULL)
        fail_msg ("%s is listed; upstream defines no such product", p[n]);
      if (n > 0)
        assert_true (strcmp (p[n - 1], p[n]) < 0);
    }
  assert_int_equal (n, oracle.count);
}

/* PRODUCT's name in the C locale, whatever the thread's: the English
   compiled in.  */
static const char *
english (const char *product)
{
  locale_t c = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
  assert_non_null (c);
  locale_t old = uselocale (c);
  const char *name = tcerr_product_name (product);
  uselocale (old);
  freelocale (c);
  return name;
}

static int
is_plain_ascii (const char *s)
{
  for (; *s != '\0'; s++)
    if (*s < 0x20 || *s > 0x7e)
      return 0;
  return 1;
}

static void
each_name (void **state)
{
  const struct product_oracle_row *row = *state;
  const char *name = tcerr_product_name (row->product);
  assert_non_null (name);
  const char *en = english (row->product);
  assert_non_null (en);
  if (!is_plain_ascii (en) || *en == '\0')
    fail_msg ("%s: the English name \"%s\" is not one line of ASCII",
              row->product, en);
  /* a named language, whatever the environment's */
  const char *named_en = tcerr_product_name_lang ("en", row->product);
  assert_non_null (named_en);
  assert_string_equal (named_en, en);
  assert_string_equal (tcerr_product_name_lang ("C", row->product), en);
  assert_ptr_equal (tcerr_product_name_lang (NULL, row->product), name);
  if (chinese)
    {
      const char *named_zh = tcerr_product_name_lang ("zh-CN", row->product);
      assert_non_null (named_zh);
      assert_string_equal (named_zh, name);
    }
  if (!chinese)
    assert_string_equal (name, en);
  else if (row->zh_name != NULL && *row->zh_name != '\0')
    assert_string_equal (name, row->zh_name);
  else if (strcmp (row->product, TCERR_COMMON) != 0)
    /* no name upstream: English, never another product's Chinese */
    assert_string_equal (name, en);
}

/* NULL and "" name the common table; what is no product name is EINVAL,
   an unknown product ENOENT.  */
static void
bad_input (void **state)
{
  (void) state;
  const char *common = tcerr_product_name (TCERR_COMMON);
  assert_non_null (common);
  assert_ptr_equal (tcerr_product_name (NULL), common);
  assert_ptr_equal (tcerr_product_name (""), common);
  static const char *const invalid[] = {
    "CVM", "c vm", "cvm\004x", "\xe4\xba\x91", "cvm.",
  };
  for (size_t i = 0; i < sizeof invalid / sizeof invalid[0]; i++)
    {
      errno = 0;
      assert_null (tcerr_product_name (invalid[i]));
      assert_int_equal (errno, EINVAL);
    }
  char huge[4096];
  memset (huge, 'a', sizeof huge - 1);
  huge[sizeof huge - 1] = '\0';
  errno = 0;
  assert_null (tcerr_product_name (huge));
  assert_int_equal (errno, EINVAL);
  errno = 0;
  assert_null (tcerr_product_name ("nosuchproduct"));
  assert_int_equal (errno, ENOENT);

  /* the same for a named language, and a language that is none */
  assert_ptr_equal (tcerr_product_name_lang ("en", NULL),
                    tcerr_product_name_lang ("en", TCERR_COMMON));
  errno = 0;
  assert_null (tcerr_product_name_lang ("en", "CVM"));
  assert_int_equal (errno, EINVAL);
  errno = 0;
  assert_null (tcerr_product_name_lang ("en", "nosuchproduct"));
  assert_int_equal (errno, ENOENT);
  const char *const not_languages[] = {
    "", "zh_CN\004x", "..", "zh/CN", "\xe4\xb8\xad", huge,
  };
  for (size_t i = 0; i < sizeof not_languages / sizeof not_languages[0]; i++)
    {
      errno = 0;
      assert_null (tcerr_product_name_lang (not_languages[i], "cvm"));
      assert_int_equal (errno, EINVAL);
    }
  /* a language without a catalog: English */
  assert_string_equal (tcerr_product_name_lang ("fr", "cvm"),
                       english ("cvm"));
}

int
main (int argc, char **argv)
{
  if (argc != 2 || (strcmp (argv[1], "zh") != 0 && strcmp (argv[1], "en")))
    {
      fputs ("usage: test-product-names zh|en\n", stderr);
      return 2;
    }
  chinese = strcmp (argv[1], "zh") == 0;
  cases_setlocale ();
  product_oracle_load (&oracle);
  struct cases cases = { NULL, NULL, 0 };
  cases_add (&cases, "every product upstream defines, and no other",
             products_are_upstreams, NULL);
  for (size_t i = 0; i < oracle.count; i++)
    cases_add (&cases, oracle.rows[i].product, each_name, &oracle.rows[i]);
  cases_add (&cases, "NULL, \"\", invalid and unknown products", bad_input,
             NULL);
  int status = cases_run (chinese ? "products' names in Chinese"
                                  : "products' names in English", &cases);
  product_oracle_free (&oracle);
  return status;
}
