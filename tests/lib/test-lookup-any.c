/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* tcerr_lookup_any: a code without its product, answered by every product
   that documents it.  Usage: test-lookup-any zh|en — with zh, every text
   is also checked against upstream's Chinese.  The expected answers are
   worked out from upstream (tests/helpers/upstream.h: the pages and the
   Go SDKs), not the catalogs.  */
#include <config.h>

#include "cases.h"
#include "tested-lang.h"
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

/* Whether some page has CODE in its common table.  */
static int
in_common (const char *code)
{
  for (size_t i = 0; i < oracle.count; i++)
    if (strcmp (oracle.rows[i].table, "common") == 0
        && strcmp (oracle.rows[i].code, code) == 0)
      return 1;
  return 0;
}

static locale_t c_locale;

/* Whether the key (PRODUCT, CODE) has a text in the language tested:
   every key has one in Chinese (its Chinese, or its English); in English,
   upstream's, or ours, which the C locale's lookup of the key itself
   finds (a key without English answers from elsewhere in the chain).  */
static int
has_text (const char *product, const char *code)
{
  const char *zh, *en;
  if (!upstream_key (&upstream, product, code, &zh, &en))
    return 0;
  if (chinese || en != NULL)
    return 1;
  struct tcerr_result r;
  return tcerr_lookup_l (product, code, c_locale, &r) == 0
         && r.match == TCERR_MATCH_EXACT && strcmp (r.product, product) == 0;
}

/* Every key of a product's own table (not the common table's) with a
   text in the language tested, as upstream documents them: gathered once,
   for products_with.  */
struct key
{
  const char *product, *code;
};
static struct key *keys;
static size_t key_count;

static void
add_key (const char *product, const char *code, void *arg)
{
  (void) arg;
  if (strcmp (product, TCERR_COMMON) == 0 || !has_text (product, code))
    return;
  keys = realloc (keys, (key_count + 1) * sizeof *keys);
  assert_non_null (keys);
  keys[key_count++] = (struct key) { product, code };
}

/* The products whose own table has CODE with a text in the language
   tested, sorted, without repeats, NULL-terminated.  */
static const char **
products_with (const char *code)
{
  const char **p = calloc (1, sizeof *p);
  assert_non_null (p);
  size_t n = 0;
  for (size_t i = 0; i < key_count; i++)
    {
      if (strcmp (keys[i].code, code) != 0)
        continue;
      const char *product = keys[i].product;
      size_t k = 0;
      while (k < n && strcmp (p[k], product) < 0)
        k++;
      if (k < n && strcmp (p[k], product) == 0)
        continue;
      p = realloc (p, (n + 2) * sizeof *p);
      assert_non_null (p);
      memmove (p + k + 1, p + k, (n - k) * sizeof *p);
      p[k] = product;
      p[++n] = NULL;
    }
  return p;
}

static void
check_text (const struct tcerr_result *r)
{
  assert_string_equal (r->message, tcerr_message_lang (test_lang (),
                                                       r->product, r->code));
  const char *zh, *en;
  if (chinese)
    {
      assert_true (upstream_key (&upstream, r->product, r->code, &zh, &en));
      assert_string_equal (r->message, zh != NULL ? zh : en);
    }
}

/* The answers for CODE: an array of all of them, *N their number.  */
static struct tcerr_result *
all_answers (const char *code, size_t *n)
{
  *n = tcerr_lookup_any_lang (test_lang (), code, NULL, 0);
  struct tcerr_result *results = calloc (*n + 1, sizeof *results);
  assert_non_null (results);
  assert_int_equal (tcerr_lookup_any_lang (test_lang (),
                                           code, results, *n), *n);
  return results;
}

/* Every code of every page: the common table when it has the code, else
   every product whose table has it.  */
static void
each_documented_code (void **state)
{
  const char *code = *state;
  size_t n;
  struct tcerr_result *results = all_answers (code, &n);
  if (in_common (code))
    {
      assert_int_equal (n, 1);
      assert_string_equal (results[0].product, TCERR_COMMON);
      assert_string_equal (results[0].code, code);
      assert_int_equal (results[0].match, TCERR_MATCH_EXACT);
      check_text (&results[0]);
      free (results);
      return;
    }
  const char **want = products_with (code);
  size_t w = 0;
  while (want[w] != NULL)
    w++;
  assert_true (w > 0);
  assert_int_equal (n, w);
  for (size_t i = 0; i < n; i++)
    {
      assert_string_equal (results[i].product, want[i]);
      assert_string_equal (results[i].code, code);
      assert_int_equal (results[i].match, TCERR_MATCH_EXACT);
      check_text (&results[i]);
    }
  free (want);
  free (results);
}

/* An undocumented code whose category the common table has: that.  */
static void
common_category (void **state)
{
  (void) state;
  const char *category = NULL;
  for (size_t i = 0; i < oracle.count && category == NULL; i++)
    if (strcmp (oracle.rows[i].table, "common") == 0
        && strchr (oracle.rows[i].code, '.') == NULL)
      category = oracle.rows[i].code;
  assert_non_null (category);
  char code[300];
  snprintf (code, sizeof code, "%s.NoSuchThing", category);
  struct tcerr_result r;
  assert_int_equal (tcerr_lookup_any_lang (test_lang (), code, &r, 1), 1);
  assert_string_equal (r.product, TCERR_COMMON);
  assert_string_equal (r.code, category);
  assert_int_equal (r.match, TCERR_MATCH_CATEGORY);
  check_text (&r);
}

/* An undocumented code whose category only products have: each of them.  */
static void
product_category (void **state)
{
  (void) state;
  const char *category = NULL;
  for (size_t i = 0; i < oracle.count && category == NULL; i++)
    if (strcmp (oracle.rows[i].table, "common") != 0
        && strchr (oracle.rows[i].code, '.') == NULL
        && !in_common (oracle.rows[i].code))
      category = oracle.rows[i].code;
  if (category == NULL)
    fail_msg ("no page has a product-only category to test with");
  char code[300];
  snprintf (code, sizeof code, "%s.NoSuchThing", category);
  const char **want = products_with (category);
  size_t n;
  struct tcerr_result *results = all_answers (code, &n);
  size_t w = 0;
  while (want[w] != NULL)
    w++;
  assert_int_equal (n, w);
  for (size_t i = 0; i < n; i++)
    {
      assert_string_equal (results[i].product, want[i]);
      assert_string_equal (results[i].code, category);
      assert_int_equal (results[i].match, TCERR_MATCH_CATEGORY);
      check_text (&results[i]);
    }
  free (want);
  free (results);
}

/* Like snprintf: the count of all answers, however few fit.  Taken on the
   code that the most products document.  */
static void
counts_beyond_room (void **state)
{
  (void) state;
  const char *code = NULL;
  size_t most = 0;
  for (size_t i = 0; i < oracle.count; i++)
    if (!in_common (oracle.rows[i].code))
      {
        const char **want = products_with (oracle.rows[i].code);
        size_t w = 0;
        while (want[w] != NULL)
          w++;
        if (w > most)
          most = w, code = oracle.rows[i].code;
        free (want);
      }
  assert_non_null (code);
  assert_int_equal (tcerr_lookup_any_lang (test_lang (), code, NULL, 0), most);
  assert_int_equal (tcerr_lookup_any_lang (test_lang (), code, NULL, 5), most);
  struct tcerr_result room[2];
  memset (room, 0, sizeof room);
  assert_int_equal (tcerr_lookup_any_lang (test_lang (), code, room, 0), most);
  assert_null (room[0].message); /* nothing written with no room */
  assert_int_equal (tcerr_lookup_any_lang (test_lang (), code, room, 1), most);
  assert_non_null (room[0].message);
  assert_null (room[1].message); /* nor past N */
}

static void
nothing_or_not_a_code (void **state)
{
  (void) state;
  struct tcerr_result r;
  errno = 0;
  assert_int_equal (tcerr_lookup_any_lang (test_lang (),
                                           "NoSuchCategory.NoSuchThing",
                                           &r, 1), 0);
  assert_int_equal (errno, ENOENT);
  errno = 0;
  assert_int_equal (tcerr_lookup_any_lang (test_lang (),
                                           "Internal Error", &r, 1), 0);
  assert_int_equal (errno, EINVAL);
  errno = 0;
  assert_int_equal (tcerr_lookup_any_lang (test_lang (), NULL, &r, 1), 0);
  assert_int_equal (errno, EINVAL);
  errno = 0;
  assert_int_equal (tcerr_lookup_any_lang (test_lang (),
                                           "cbs\004InvalidDisk.Busy",
                                           &r, 1), 0);
  assert_int_equal (errno, EINVAL);
}

/* The _l variant answers in the locale object's language.  */
static void
explicit_locale (void **state)
{
  (void) state;
  locale_t c = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
  assert_non_null (c);
  struct tcerr_result here, there;
  const char *code = oracle.rows[0].code;
  assert_true (tcerr_lookup_any_lang (test_lang (), code, &here, 1) >= 1);
  assert_true (tcerr_lookup_any_l (code, c, &there, 1) >= 1);
  assert_string_equal (here.product, there.product);
  /* C never translates: the compiled-in English.  */
  assert_string_equal (there.message,
                       tcerr_message_l (there.product, there.code, c));
  if (chinese)
    assert_string_not_equal (here.message, there.message);
  freelocale (c);
  errno = 0;
  assert_int_equal (tcerr_lookup_any_l (code, (locale_t) 0, &there, 1), 0);
  assert_int_equal (errno, EINVAL);
}

int
main (int argc, char **argv)
{
  if (argc != 2 || (strcmp (argv[1], "zh") != 0 && strcmp (argv[1], "en") != 0))
    {
      fputs ("usage: test-lookup-any zh|en\n", stderr);
      return 2;
    }
  chinese = strcmp (argv[1], "zh") == 0;
  cases_setlocale ();
  c_locale = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
  if (c_locale == (locale_t) 0)
    return 1;
  upstream_load (&upstream);
  upstream_each_key (&upstream, add_key, NULL);

  struct cases cases = { NULL, NULL, 0 };
  for (size_t i = 0; i < oracle.count; i++)
    {
      size_t first = 0;
      while (strcmp (oracle.rows[first].code, oracle.rows[i].code) != 0)
        first++;
      if (first == i)
        cases_add (&cases, oracle.rows[i].code, each_documented_code,
                   oracle.rows[i].code);
    }
  cases_add (&cases, "common category", common_category, NULL);
  cases_add (&cases, "product category", product_category, NULL);
  cases_add (&cases, "counts beyond room", counts_beyond_room, NULL);
  cases_add (&cases, "nothing, or not a code", nothing_or_not_a_code, NULL);
  cases_add (&cases, "explicit locale", explicit_locale, NULL);
  int status = cases_run (chinese ? "lookup any product (zh_CN)"
                                  : "lookup any product (English)", &cases);
  free (keys);
  upstream_free (&upstream);
  freelocale (c_locale);
  return status;
}
