/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Every key answers in English: run where no Chinese applies (C locale,
   LANGUAGE naming a language without a catalog, LANGUAGE=en, en_US.UTF-8,
   no catalogs at all).  The text must be the English compiled into the
   library, which is what the C locale shows; for a key without English,
   the rest of the chain, never Chinese (test-sdk-catalog checks which).
   Usage: test-english [--then-chinese] — with it, LANGUAGE names Chinese
   after English, and a key without English answers its own Chinese.  */
#include <config.h>

#include "cases.h"
#include "tested-lang.h"
#include "oracle.h"
#include "upstream.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <tcerr.h>

static locale_t c_locale;
static int then_chinese;
static struct upstream upstream;
#define oracle (upstream.pages)

/* Every code of every page has an answer: its own key or common's.  */
static void
every_documented_code_has_a_key (void **state)
{
  (void) state;
  for (size_t i = 0; i < oracle.lookup_count; i++)
    {
      struct tcerr_result r;
      const struct oracle_lookup *l = &oracle.lookups[i];
      assert_int_equal (tcerr_lookup_lang (test_lang (),
                                           l->page, l->code, &r), 0);
      assert_int_not_equal (r.match, TCERR_MATCH_CATEGORY);
    }
}

static void
key_is_english (void **state)
{
  const struct tcerr_key *key = *state;
  const char *text = tcerr_message_lang (test_lang (),
                                         key->product, key->code);
  assert_non_null (text);
  struct tcerr_result c;
  assert_int_equal (tcerr_lookup_l (key->product, key->code, c_locale, &c), 0);
  int english = c.match == TCERR_MATCH_EXACT
                && strcmp (c.product, key->product) == 0;
  if (then_chinese && !english)
    {
      /* the user's second language, for the key itself: upstream's
         Chinese */
      struct tcerr_result r;
      assert_int_equal (tcerr_lookup_lang (test_lang (),
                                           key->product, key->code, &r), 0);
      assert_int_equal (r.match, TCERR_MATCH_EXACT);
      assert_string_equal (r.code, key->code);
      const char *zh, *en;
      assert_true (upstream_key (&upstream, key->product, key->code, &zh,
                                 &en));
      assert_non_null (zh);
      assert_string_equal (text, zh);
      return;
    }
  assert_true (*text != '\0');
  assert_string_not_equal (text, key->code);
  assert_true (utf8_valid (text, strlen (text)));
  const char *zh, *en;
  if (has_cjk (text)
      && !(upstream_key (&upstream, key->product, key->code, &zh, &en)
           && en != NULL && strcmp (text, en) == 0))
    fail_msg ("not English: %s", text); /* upstream's is upstream's */
  /* The compiled-in English is the same text as the en catalog's.  */
  assert_string_equal (text, tcerr_message_l (key->product, key->code,
                                              c_locale));
}

int
main (int argc, char **argv)
{
  then_chinese = argc == 2 && strcmp (argv[1], "--then-chinese") == 0;
  if (argc > 2 || (argc == 2 && !then_chinese))
    {
      fputs ("usage: test-english [--then-chinese]\n", stderr);
      return 2;
    }
  cases_setlocale ();
  c_locale = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
  if (c_locale == (locale_t) 0)
    return 1;

  upstream_load (&upstream);
  size_t n;
  const struct tcerr_key *keys = tcerr_keys (&n);
  struct cases cases = { NULL, NULL, 0 };
  cases_add (&cases, "every documented code has a key",
             every_documented_code_has_a_key, NULL);
  for (size_t i = 0; i < n; i++)
    {
      char name[512];
      snprintf (name, sizeof name, "%s %s", keys[i].product, keys[i].code);
      cases_add (&cases, name, key_is_english, &keys[i]);
    }
  int status = cases_run ("English for every key", &cases);
  freelocale (c_locale);
  upstream_free (&upstream);
  return status;
}
