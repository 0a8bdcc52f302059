/* The lookup chain: (product, code) -> (common, code) -> (product, category)
   -> (common, category).  Usage: test-fallback zh|en — with zh, every text
   is also checked against the documented pages.  */
#include <config.h>

#include "cases.h"
#include "oracle.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tcerr.h>

static struct oracle oracle;
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
  int err = tcerr_lookup (c->product, c->code, &r);
  const char *message = tcerr_message (c->product, c->code);
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
  assert_string_equal (message, tcerr_message (c->want_product, c->want_code));
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
  assert_string_not_equal (tcerr_message ("cbs", "InvalidParameterValue"),
                           tcerr_message ("common", "InvalidParameterValue"));
}

static void
match_names (void **state)
{
  (void) state;
  assert_string_equal (tcerr_match_name (TCERR_MATCH_NONE), "none");
  assert_string_equal (tcerr_match_name (TCERR_MATCH_EXACT), "exact");
  assert_string_equal (tcerr_match_name (TCERR_MATCH_COMMON), "common");
  assert_string_equal (tcerr_match_name (TCERR_MATCH_CATEGORY), "category");
  assert_string_equal (tcerr_match_name ((enum tcerr_match) 99), "none");
}

static void
products_are_listed (void **state)
{
  (void) state;
  const char *const *products = tcerr_products ();
  size_t n = 0;
  for (; products[n] != NULL; n++)
    if (n > 0)
      assert_true (strcmp (products[n - 1], products[n]) < 0);
  /* Every table of a page (common, its product), and nothing else.  */
  size_t documented = 0;
  for (size_t i = 0; i < oracle.count; i++)
    {
      const char *table = oracle.rows[i].table;
      size_t k = 0;
      while (k < n && strcmp (products[k], table) != 0)
        k++;
      assert_true (k < n);
      size_t first = 0;
      while (strcmp (oracle.rows[first].table, table) != 0)
        first++;
      documented += first == i;
    }
  assert_int_equal (n, documented);
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
  oracle_load (&oracle);

  struct cases cases = { NULL, NULL, 0 };
  for (size_t i = 0; i < sizeof chain_cases / sizeof chain_cases[0]; i++)
    cases_add (&cases, chain_cases[i].name, check_chain,
               &chain_cases[i]);
  cases_add (&cases, "product and common texts differ",
             product_and_common_texts_differ, NULL);
  cases_add (&cases, "match names", match_names, NULL);
  cases_add (&cases, "products are listed", products_are_listed, NULL);
  cases_add (&cases, "keys are sorted", keys_are_sorted, NULL);
  cases_add (&cases, "localedir follows the environment",
             localedir_follows_the_environment, NULL);
  int status = cases_run (chinese ? "fallback chain (zh_CN)"
                                  : "fallback chain (English)", &cases);
  oracle_free (&oracle);
  return status;
}
