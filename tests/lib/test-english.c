/* Every key has English: run where no Chinese applies (C locale, LANGUAGE
   naming a language without a catalog, LANGUAGE=en, en_US.UTF-8, no
   catalogs at all).  The text must be the English compiled into the
   library, which is what the C locale shows.  */
#include <config.h>

#include "cases.h"
#include "oracle.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <tcerr.h>

static locale_t c_locale;
static struct oracle oracle;

/* Every code of every page has an answer: its own key or common's.  */
static void
every_documented_code_has_a_key (void **state)
{
  (void) state;
  for (size_t i = 0; i < oracle.lookup_count; i++)
    {
      struct tcerr_result r;
      const struct oracle_lookup *l = &oracle.lookups[i];
      assert_int_equal (tcerr_lookup (l->page, l->code, &r), 0);
      assert_int_not_equal (r.match, TCERR_MATCH_CATEGORY);
    }
}

static void
key_is_english (void **state)
{
  const struct tcerr_key *key = *state;
  const char *text = tcerr_message (key->product, key->code);
  assert_non_null (text);
  assert_true (*text != '\0');
  assert_string_not_equal (text, key->code);
  assert_true (utf8_valid (text, strlen (text)));
  if (has_cjk (text))
    fail_msg ("not English: %s", text);
  /* The compiled-in English is the same text as the en catalog's.  */
  assert_string_equal (text, tcerr_message_l (key->product, key->code,
                                              c_locale));
}

int
main (void)
{
  cases_setlocale ();
  c_locale = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
  if (c_locale == (locale_t) 0)
    return 1;

  oracle_load (&oracle);
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
  oracle_free (&oracle);
  return status;
}
