/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* In Chinese, every product answers every code of its documented page with
   the page's text, byte for byte; the common keys hold the common tables'
   texts; and the registry holds exactly the keys upstream documents (the
   pages and the Go SDKs, by the rules of po/README.md: upstream.h).  The
   SDKs' texts are checked by test-sdk-catalog.  */
#include <config.h>

#include "cases.h"
#include "tested-lang.h"
#include "oracle.h"
#include "upstream.h"

#include <locale.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <tcerr.h>

static struct upstream upstream;
#define oracle (upstream.pages)

/* The message for (page, code) is what the page says.  */
static void
page_code_is_documented_text (void **state)
{
  const struct oracle_lookup *l = *state;
  struct tcerr_result r;
  assert_int_equal (tcerr_lookup_lang (test_lang (), l->page, l->code, &r), 0);
  assert_string_equal (r.message, l->text);
  assert_string_equal (tcerr_message_lang (test_lang (),
                                           l->page, l->code), l->text);
  assert_string_equal (r.code, l->code);
  if (strcmp (r.product, "common") == 0)
    assert_int_equal (r.match, TCERR_MATCH_COMMON);
  else
    {
      assert_string_equal (r.product, l->page);
      assert_int_equal (r.match, TCERR_MATCH_EXACT);
    }
}

/* A common key: the text of a common table.  */
static void
common_key_is_documented_text (void **state)
{
  const struct tcerr_key *key = *state;
  const char *text = tcerr_message_lang (test_lang (), NULL, key->code);
  assert_non_null (text);
  if (!oracle_common_has (&oracle, key->code, text))
    fail_msg ("common %s: \"%s\" is on no page's common table", key->code,
              text);
}

/* tcerr_key_compare for bsearch.  */
static int
compare_keys (const void *a, const void *b)
{
  return tcerr_key_compare (a, b);
}

static void
every_key_is_documented (void **state)
{
  (void) state;
  size_t n;
  const struct tcerr_key *keys = tcerr_keys (&n);
  size_t wrong = 0;
  for (size_t i = 0; i < n; i++)
    {
      const char *zh, *en;
      if (!upstream_key (&upstream, keys[i].product, keys[i].code, &zh, &en))
        {
          print_message ("# %s %s: documented nowhere upstream\n",
                         keys[i].product, keys[i].code);
          wrong++;
        }
    }
  assert_int_equal (wrong, 0);
}

static size_t missing_keys;

static void
must_be_a_key (const char *product, const char *code, void *arg)
{
  (void) arg;
  struct tcerr_key key = { product, code };
  size_t n;
  const struct tcerr_key *keys = tcerr_keys (&n);
  if (bsearch (&key, keys, n, sizeof *keys, compare_keys) == NULL)
    {
      print_message ("# %s %s: upstream documents it, the registry lacks it\n",
                     product, code);
      missing_keys++;
    }
}

static void
every_documented_key_is_a_key (void **state)
{
  (void) state;
  missing_keys = 0;
  upstream_each_key (&upstream, must_be_a_key, NULL);
  assert_int_equal (missing_keys, 0);
}

/* The oracle itself: the rows the two first pages are known to have.  */
static void
pages_have_their_rows (void **state)
{
  (void) state;
  size_t cbs_common = 0, cbs = 0, sqlserver_common = 0, sqlserver = 0;
  for (size_t i = 0; i < oracle.count; i++)
    {
      const struct oracle_row *r = &oracle.rows[i];
      int common = strcmp (r->table, "common") == 0;
      if (strcmp (r->page, "cbs") == 0)
        common ? cbs_common++ : cbs++;
      if (strcmp (r->page, "sqlserver") == 0)
        common ? sqlserver_common++ : sqlserver++;
    }
  assert_int_equal (cbs_common, 26);
  assert_int_equal (cbs, 44);
  assert_int_equal (sqlserver_common, 26);
  assert_int_equal (sqlserver, 27);
}

int
main (void)
{
  cases_setlocale ();
  upstream_load (&upstream);

  struct cases cases = { NULL, NULL, 0 };
  cases_add (&cases, "pages have their rows", pages_have_their_rows, NULL);
  cases_add (&cases, "every key is documented", every_key_is_documented,
             NULL);
  cases_add (&cases, "every documented key is a key",
             every_documented_key_is_a_key, NULL);
  char name[512];
  for (size_t i = 0; i < oracle.lookup_count; i++)
    {
      snprintf (name, sizeof name, "page %s: %s", oracle.lookups[i].page,
                oracle.lookups[i].code);
      cases_add (&cases, name, page_code_is_documented_text,
                 &oracle.lookups[i]);
    }
  size_t n;
  const struct tcerr_key *keys = tcerr_keys (&n);
  for (size_t i = 0; i < n; i++)
    if (strcmp (keys[i].product, "common") == 0)
      {
        snprintf (name, sizeof name, "common %s", keys[i].code);
        cases_add (&cases, name, common_key_is_documented_text, &keys[i]);
      }
  int status = cases_run ("zh_CN catalog = documented pages", &cases);
  upstream_free (&upstream);
  return status;
}
