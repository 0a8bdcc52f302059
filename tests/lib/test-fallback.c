/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The lookup chain: (product, code) -> (common, code) -> (product, category)
   -> (common, category) -> untranslated.  Usage: test-fallback zh|en — with
   zh, every text is also checked against the documented pages.  The keys
   without English are found in upstream (tests/helpers/upstream.h).  */
#include <config.h>

#include "cases.h"
#include "tested-lang.h"
#include "product-oracle.h"
#include "oracle.h"
#include "upstream.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tcerr.h>

static struct upstream upstream;
#define oracle (upstream.pages)
static int chinese;

struct chain_case
{
  const char *name;
  const char *product, *code;   /* asked */
  const char *want_product;     /* NULL: nothing applies */
  const char *want_code;
  enum tcerr_match want_match;
};

static const struct chain_case chain_cases[] = {
  { "product row wins over common", "cbs", "InvalidParameterValue",
    "cbs", "InvalidParameterValue", TCERR_MATCH_EXACT },
  { "product repeats common", "sqlserver", "InternalError",
    "sqlserver", "InternalError", TCERR_MATCH_EXACT },
  { "common code for a product", "cbs", "AuthFailure.MFAFailure",
    "common", "AuthFailure.MFAFailure", TCERR_MATCH_COMMON },
  { "common table itself", "common", "ResourceNotFound",
    "common", "ResourceNotFound", TCERR_MATCH_EXACT },
  { "NULL product is common", NULL, "InvalidParameterValue",
    "common", "InvalidParameterValue", TCERR_MATCH_EXACT },
  { "empty product is common", "", "InternalError",
    "common", "InternalError", TCERR_MATCH_EXACT },
  { "unknown product is common", "nosuchproduct", "InvalidParameterValue",
    "common", "InvalidParameterValue", TCERR_MATCH_EXACT },
  { "new code, common category", "cbs", "ResourceNotFound.NewThing",
    "common", "ResourceNotFound", TCERR_MATCH_CATEGORY },
  { "new code, common category, no product", NULL,
    "ResourceNotFound.NewThing",
    "common", "ResourceNotFound", TCERR_MATCH_CATEGORY },
  { "new code, product category", "cbs", "InvalidParameterValue.NewThing",
    "cbs", "InvalidParameterValue", TCERR_MATCH_CATEGORY },
  { "new code, product category repeating common", "sqlserver",
    "InternalError.NewThing",
    "sqlserver", "InternalError", TCERR_MATCH_CATEGORY },
  { "new code, other product's category", "sqlserver",
    "InvalidParameterValue.NewThing",
    "common", "InvalidParameterValue", TCERR_MATCH_CATEGORY },
  { "category up to the first dot", "cbs", "ResourceNotFound.A.B",
    "common", "ResourceNotFound", TCERR_MATCH_CATEGORY },
  { "trailing dot", NULL, "InternalError.",
    "common", "InternalError", TCERR_MATCH_CATEGORY },
  { "product code is not common", NULL, "InvalidDisk.Busy",
    NULL, NULL, TCERR_MATCH_NONE },
  { "product code under another product", "sqlserver", "InvalidDisk.Busy",
    NULL, NULL, TCERR_MATCH_NONE },
  { "unknown product sees no product code", "nosuchproduct", "InvalidDisk.Busy",
    NULL, NULL, TCERR_MATCH_NONE },
  { "undocumented category", "cbs", "InvalidDisk.NewThing",
    NULL, NULL, TCERR_MATCH_NONE },
  { "unknown code", "cbs", "NoSuchCode",
    NULL, NULL, TCERR_MATCH_NONE },
  { "empty category", NULL, ".InternalError",
    NULL, NULL, TCERR_MATCH_NONE },
  { "case matters", NULL, "internalerror",
    NULL, NULL, TCERR_MATCH_NONE },
};

static void
check_chain (void **state)
{
  const struct chain_case *c = *state;
  struct tcerr_result r;
  int err = tcerr_lookup_lang (test_lang (), c->product, c->code, &r);
  const char *message = tcerr_message_lang (test_lang (), c->product, c->code);
  if (c->want_product == NULL)
    {
      assert_int_equal (err, ENOENT);
      assert_int_equal (r.match, TCERR_MATCH_NONE);
      assert_null (r.message);
      assert_null (message);
      return;
    }
  assert_int_equal (err, 0);
  assert_int_equal (r.match, c->want_match);
  assert_string_equal (r.product, c->want_product);
  assert_string_equal (r.code, c->want_code);
  assert_string_equal (message, r.message);
  assert_string_not_equal (message, c->code);
  /* The text is the one of the key that matched...  */
  assert_string_equal (message, tcerr_message_lang (test_lang (),
                                                    c->want_product,
                                                    c->want_code));
  /* ... which is the documented one, in Chinese.  */
  if (chinese)
    assert_string_equal (message, oracle_key_text (&oracle, c->want_product,
                                                   c->want_code));
}

/* The product row and the common row of a code really differ, or the first
   case would prove nothing.  */
static void
product_and_common_texts_differ (void **state)
{
  (void) state;
  assert_string_not_equal (tcerr_message_lang (test_lang (), "cbs",
                                               "InvalidParameterValue"),
                           tcerr_message_lang (test_lang (), "common",
                                               "InvalidParameterValue"));
}

static void
match_names (void **state)
{
  (void) state;
  assert_string_equal (tcerr_match_name (TCERR_MATCH_NONE), "none");
  assert_string_equal (tcerr_match_name (TCERR_MATCH_EXACT), "exact");
  assert_string_equal (tcerr_match_name (TCERR_MATCH_COMMON), "common");
  assert_string_equal (tcerr_match_name (TCERR_MATCH_CATEGORY), "category");
  assert_string_equal (tcerr_match_name (TCERR_MATCH_UNTRANSLATED),
                       "untranslated");
  assert_string_equal (tcerr_match_name ((enum tcerr_match) 99), "none");
}

static const char *const *listed;
static size_t listed_count, unlisted;

static void
must_be_listed (const char *product, const char *code, void *arg)
{
  (void) code;
  unsigned char *seen = arg;
  size_t k = 0;
  while (k < listed_count && strcmp (listed[k], product) != 0)
    k++;
  if (k == listed_count)
    unlisted++;
  else
    seen[k] = 1;
}

static void
products_are_listed (void **state)
{
  (void) state;
  listed = tcerr_products ();
  listed_count = 0;
  for (; listed[listed_count] != NULL; listed_count++)
    if (listed_count > 0)
      assert_true (strcmp (listed[listed_count - 1], listed[listed_count]) < 0);
  /* The product of every key upstream documents, and nothing but the
     products upstream defines (those without keys of their own too: see
     test-product-names.c).  */
  unsigned char *seen = calloc (listed_count, 1);
  assert_non_null (seen);
  unlisted = 0;
  upstream_each_key (&upstream, must_be_listed, seen);
  assert_int_equal (unlisted, 0);
  struct product_oracle products;
  product_oracle_load (&products);
  for (size_t k = 0; k < listed_count; k++)
    if (!seen[k] && product_oracle_find (&products, listed[k]) == NULL)
      fail_msg ("%s is listed, but upstream defines no such product",
                listed[k]);
  product_oracle_free (&products);
  free (seen);
}

/* A key with Chinese and no English upstream, whose category has a text in
   the common table (WITH_CATEGORY) or in no table at all.  */
struct chinese_only
{
  int with_category;
  const char *product, *code, *zh, *category;
};

static void
find_chinese_only (const char *product, const char *code, void *arg)
{
  struct chinese_only *c = arg;
  const char *zh, *en, *czh, *cen;
  if (c->product != NULL
      || !upstream_key (&upstream, product, code, &zh, &en)
      || zh == NULL || en != NULL || strcmp (product, TCERR_COMMON) == 0)
    return;
  const char *dot = strchr (code, '.');
  static char category[TCERR_CODE_MAX + 1];
  size_t len = dot != NULL ? (size_t) (dot - code) : 0;
  if (len == 0 || len > TCERR_CODE_MAX)
    return;
  memcpy (category, code, len);
  category[len] = '\0';
  int own = upstream_key (&upstream, product, category, &czh, &cen);
  int common = upstream_key (&upstream, TCERR_COMMON, category, &czh, &cen);
  if (c->with_category ? (common && !own) : (!common && !own))
    {
      c->product = product;
      c->code = code;
      c->zh = zh;
      c->category = category;
    }
}

static void
chinese_only (void **state)
{
  struct chinese_only c = { *(const int *) state, NULL, NULL, NULL, NULL };
  upstream_each_key (&upstream, find_chinese_only, &c);
  assert_non_null (c.product);
  struct tcerr_result r;
  assert_int_equal (tcerr_lookup_lang (test_lang (),
                                       c.product, c.code, &r), 0);
  if (chinese)
    {
      /* the key's own Chinese */
      assert_int_equal (r.match, TCERR_MATCH_EXACT);
      assert_string_equal (r.message, c.zh);
      return;
    }
  /* never Chinese, never nothing: our English (en.po), or the rest of the
     chain (whose every step test-chain checks on a registry of its own) */
  assert_false (has_cjk (r.message));
  assert_string_not_equal (r.message, c.code);
  if (r.match == TCERR_MATCH_EXACT)
    {
      assert_string_equal (r.product, c.product);
      assert_string_equal (r.code, c.code);
      return;
    }
  if (c.with_category)
    {
      assert_int_equal (r.match, TCERR_MATCH_CATEGORY);
      assert_string_equal (r.product, TCERR_COMMON);
      assert_string_equal (r.code, c.category);
      assert_string_equal (r.message, tcerr_message_lang (test_lang (),
                                                          NULL, c.category));
    }
  else
    {
      assert_int_equal (r.match, TCERR_MATCH_UNTRANSLATED);
      assert_string_equal (r.product, c.product);
      assert_string_equal (r.code, c.code);
      /* the code without its product: another product's English, or the
         same note */
      struct tcerr_result any;
      assert_true (tcerr_lookup_any_lang (test_lang (), c.code, &any, 1) >= 1);
      assert_false (has_cjk (any.message));
      if (any.match != TCERR_MATCH_EXACT)
        {
          assert_int_equal (any.match, TCERR_MATCH_UNTRANSLATED);
          assert_string_equal (any.message, r.message);
        }
    }
}

/* A product's key with English and no Chinese upstream, of a code the
   common table documents in Chinese.  */
struct english_only
{
  const char *product, *code, *en, *common_zh;
};

static void
find_english_only (const char *product, const char *code, void *arg)
{
  struct english_only *c = arg;
  const char *zh, *en, *czh, *cen;
  if (c->product == NULL && strcmp (product, TCERR_COMMON) != 0
      && upstream_key (&upstream, product, code, &zh, &en)
      && zh == NULL && en != NULL
      && upstream_key (&upstream, TCERR_COMMON, code, &czh, &cen)
      && czh != NULL)
    *c = (struct english_only) { product, code, en, czh };
}

/* Steps 1 and 2 in the reader's language before either's English: a
   reader of Chinese gets the common table's Chinese, a reader of English
   the product's own English.  */
static void
english_only (void **state)
{
  (void) state;
  struct english_only c = { NULL, NULL, NULL, NULL };
  upstream_each_key (&upstream, find_english_only, &c);
  assert_non_null (c.product);
  struct tcerr_result r;
  assert_int_equal (tcerr_lookup_lang (test_lang (), c.product, c.code, &r),
                    0);
  if (chinese)
    {
      assert_int_equal (r.match, TCERR_MATCH_COMMON);
      assert_string_equal (r.product, TCERR_COMMON);
      assert_string_equal (r.message, c.common_zh);
    }
  else
    {
      assert_int_equal (r.match, TCERR_MATCH_EXACT);
      assert_string_equal (r.product, c.product);
      assert_string_equal (r.message, c.en);
    }
  /* the same through the pointer API, in the language under test */
  assert_string_equal (tcerr_message_lang (test_lang (), c.product, c.code),
                       r.message);
}

static void
keys_are_sorted (void **state)
{
  (void) state;
  size_t n;
  const struct tcerr_key *keys = tcerr_keys (&n);
  for (size_t i = 1; i < n; i++)
    {
      int c = strcmp (keys[i - 1].product, keys[i].product);
      assert_true (c < 0 || (c == 0
                             && strcmp (keys[i - 1].code, keys[i].code) < 0));
    }
}

/* The tests run with TCERR_LOCALEDIR set to the build tree's catalogs.  */
static void
localedir_follows_the_environment (void **state)
{
  (void) state;
  assert_non_null (getenv ("TCERR_LOCALEDIR"));
  char *dir = strdup (getenv ("TCERR_LOCALEDIR"));
  assert_string_equal (tcerr_localedir (), dir);
  setenv ("TCERR_LOCALEDIR", "/elsewhere", 1); /* read once, and copied */
  assert_string_equal (tcerr_localedir (), dir);
  setenv ("TCERR_LOCALEDIR", dir, 1);
  free (dir);
}

int
main (int argc, char **argv)
{
  if (argc != 2 || (strcmp (argv[1], "zh") != 0 && strcmp (argv[1], "en") != 0))
    {
      fputs ("usage: test-fallback zh|en\n", stderr);
      return 2;
    }
  chinese = strcmp (argv[1], "zh") == 0;
  cases_setlocale ();
  upstream_load (&upstream);

  struct cases cases = { NULL, NULL, 0 };
  for (size_t i = 0; i < sizeof chain_cases / sizeof chain_cases[0]; i++)
    cases_add (&cases, chain_cases[i].name, check_chain,
               &chain_cases[i]);
  cases_add (&cases, "product and common texts differ",
             product_and_common_texts_differ, NULL);
  cases_add (&cases, "match names", match_names, NULL);
  cases_add (&cases, "products are listed", products_are_listed, NULL);
  static int with_category = 1, without_category = 0;
  cases_add (&cases, "Chinese only, with a common category", chinese_only,
             &with_category);
  cases_add (&cases, "Chinese only, no category text", chinese_only,
             &without_category);
  cases_add (&cases, "English only, Chinese in the common table",
             english_only, NULL);
  cases_add (&cases, "keys are sorted", keys_are_sorted, NULL);
  cases_add (&cases, "localedir follows the environment",
             localedir_follows_the_environment, NULL);
  int status = cases_run (chinese ? "fallback chain (zh_CN)"
                                  : "fallback chain (English)", &cases);
  upstream_free (&upstream);
  return status;
}
