/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The library asks gettext at every lookup and remembers nothing of its
   answers: each switch a program makes, by gettext's own rules, takes
   effect at the next lookup, however often the keys were asked before;
   and the library changes nothing of gettext's state for its caller (it
   never writes glibc's _nl_msg_cat_cntr, which the test reads).  Chinese
   is upstream's text; English is the compiled-in English (what the C
   locale gets).  */
#include <config.h>

#include "cases.h"
#include "oracle.h"

#include <libintl.h>
#include <locale.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tcerr.h>

/* A language no tree can have a catalog for: ISO 639 keeps qaa-qtz for
   local use ("ja" will not do: a maintainer may import Japanese).  */
#define NO_CATALOG "qaa"

/* glibc's count of the changes gettext's answers depend on: gettext's
   manual tells a program that changes LANGUAGE to add one to it, and
   setlocale (to another locale), textdomain and bindtextdomain do.  Read
   and written here, never written by the library.  */
extern int _nl_msg_cat_cntr;

static struct oracle oracle;
static locale_t c_locale;

enum language { CHINESE, ENGLISH };

/* Whether every documented key answers in LANGUAGE, asked twice (the
   second from what was remembered); LOC: through tcerr_message_l.  */
static void
assert_language (enum language language, locale_t loc)
{
  for (int pass = 0; pass < 2; pass++)
    for (size_t i = 0; i < oracle.lookup_count; i++)
      {
        const struct oracle_lookup *l = &oracle.lookups[i];
        const char *got = loc != (locale_t) 0
                            ? tcerr_message_l (l->page, l->code, loc)
                            : tcerr_message (l->page, l->code);
        const char *want = language == CHINESE
                             ? l->text
                             : tcerr_message_l (l->page, l->code, c_locale);
        assert_non_null (got);
        assert_non_null (want);
        if (strcmp (got, want) != 0)
          fail_msg ("%s %s: got \"%s\", want \"%s\"", l->page, l->code, got,
                    want);
        if (language == ENGLISH)
          assert_false (has_cjk (got));
      }
}

/* Sets LANGUAGE (unsets it when VALUE is NULL) and tells gettext, as its
   manual asks of a program that changes LANGUAGE while it runs.  */
static void
set_language (const char *value)
{
  if (value != NULL)
    assert_int_equal (setenv ("LANGUAGE", value, 1), 0);
  else
    assert_int_equal (unsetenv ("LANGUAGE"), 0);
  ++_nl_msg_cat_cntr;
}

static void
language_switches (void **state)
{
  (void) state;
  assert_non_null (setlocale (LC_ALL, "C.UTF-8"));
  set_language (NULL);
  assert_language (ENGLISH, 0);
  set_language ("zh_CN");
  assert_language (CHINESE, 0);
  set_language ("en");
  assert_language (ENGLISH, 0);
  set_language (NO_CATALOG); /* the English */
  assert_language (ENGLISH, 0);
  set_language ("zh_CN");
  assert_language (CHINESE, 0);
  set_language ("");   /* empty is unset: C.UTF-8 has no catalog */
  assert_language (ENGLISH, 0);
  set_language (NULL);
}

/* putenv hands the environment the program's own buffer, which it may
   change in place: the same address, another language.  */
static void
language_changed_in_place (void **state)
{
  (void) state;
  static char variable[] = "LANGUAGE=zh_CN";
  assert_non_null (setlocale (LC_ALL, "C.UTF-8"));
  assert_int_equal (putenv (variable), 0);
  ++_nl_msg_cat_cntr;
  assert_language (CHINESE, 0);
  strcpy (variable + strlen ("LANGUAGE="), "en");
  ++_nl_msg_cat_cntr;
  assert_language (ENGLISH, 0);
  strcpy (variable + strlen ("LANGUAGE="), "zh_CN");
  ++_nl_msg_cat_cntr;
  assert_language (CHINESE, 0);
  set_language (NULL);
}

/* Lookups, a change of LANGUAGE among them, never write glibc's count:
   the library tells gettext nothing behind its caller's back.  */
static void
count_untouched (void **state)
{
  (void) state;
  assert_non_null (setlocale (LC_ALL, "C.UTF-8"));
  set_language ("zh_CN");
  assert_language (CHINESE, 0);
  int before = _nl_msg_cat_cntr;
  assert_int_equal (setenv ("LANGUAGE", "en", 1), 0);
  for (size_t i = 0; i < oracle.lookup_count; i++)
    assert_non_null (tcerr_message (oracle.lookups[i].page,
                                    oracle.lookups[i].code));
  assert_int_equal (_nl_msg_cat_cntr, before);
  set_language (NULL);
}

static void
setlocale_switches (void **state)
{
  (void) state;
  set_language (NULL);
  assert_non_null (setlocale (LC_ALL, "zh_CN.UTF-8"));
  assert_language (CHINESE, 0);
  assert_non_null (setlocale (LC_ALL, "en_US.UTF-8"));
  assert_language (ENGLISH, 0);
  assert_non_null (setlocale (LC_ALL, "C"));
  assert_language (ENGLISH, 0);
  assert_non_null (setlocale (LC_ALL, "zh_CN.UTF-8"));
  assert_language (CHINESE, 0);
  assert_non_null (setlocale (LC_MESSAGES, "C"));
  assert_language (ENGLISH, 0);
  assert_non_null (setlocale (LC_MESSAGES, "zh_CN.UTF-8"));
  assert_language (CHINESE, 0);
  assert_non_null (setlocale (LC_ALL, "C"));
}

/* uselocale is not counted by glibc as setlocale is: gettext keys its
   answers by the thread's locale name itself.  */
static void
uselocale_switches (void **state)
{
  (void) state;
  set_language (NULL);
  assert_non_null (setlocale (LC_ALL, "C"));
  locale_t zh = newlocale (LC_ALL_MASK, "zh_CN.UTF-8", (locale_t) 0);
  locale_t en = newlocale (LC_ALL_MASK, "en_US.UTF-8", (locale_t) 0);
  assert_true (zh != (locale_t) 0 && en != (locale_t) 0);
  uselocale (zh);
  assert_language (CHINESE, 0);
  uselocale (en);
  assert_language (ENGLISH, 0);
  uselocale (LC_GLOBAL_LOCALE);
  assert_language (ENGLISH, 0);
  uselocale (zh);
  assert_language (CHINESE, 0);
  uselocale (LC_GLOBAL_LOCALE);
  /* A locale object freed and made again, maybe at the same address, in
     the other language.  */
  for (int round = 0; round < 4; round++)
    {
      freelocale (zh);
      zh = newlocale (LC_ALL_MASK, round % 2 ? "zh_CN.UTF-8" : "en_US.UTF-8",
                      (locale_t) 0);
      assert_true (zh != (locale_t) 0);
      uselocale (zh);
      assert_language (round % 2 ? CHINESE : ENGLISH, 0);
      uselocale (LC_GLOBAL_LOCALE);
    }
  freelocale (zh);
  freelocale (en);
}

/* A server answering in several languages, in turn: each is right every
   time.  */
static void
languages_in_turn (void **state)
{
  (void) state;
  assert_non_null (setlocale (LC_ALL, "C"));
  locale_t zh = newlocale (LC_ALL_MASK, "zh_CN.UTF-8", (locale_t) 0);
  locale_t en = newlocale (LC_ALL_MASK, "en_US.UTF-8", (locale_t) 0);
  assert_true (zh != (locale_t) 0 && en != (locale_t) 0);
  const struct
  {
    locale_t loc;
    const char *language;
    enum language want;
  } turns[] = {
    { zh, NULL, CHINESE },    { en, NULL, ENGLISH },
    { zh, "en", ENGLISH },    { en, "zh_CN", CHINESE },
    { zh, NO_CATALOG, ENGLISH }, { en, NO_CATALOG, ENGLISH },
    { zh, "zh_CN", CHINESE }, { en, "en", ENGLISH },
  };
  for (int round = 0; round < 3; round++)
    for (size_t t = 0; t < sizeof turns / sizeof turns[0]; t++)
      {
        set_language (turns[t].language);
        assert_language (turns[t].want, turns[t].loc);
      }
  set_language (NULL);
  freelocale (zh);
  freelocale (en);
}

/* A program that binds the library's domain elsewhere is followed, and
   back.  */
static void
bindtextdomain_switches (void **state)
{
  (void) state;
  set_language (NULL);
  assert_non_null (setlocale (LC_ALL, "zh_CN.UTF-8"));
  assert_language (CHINESE, 0);
  char *dir = strdup (tcerr_localedir ());
  assert_non_null (dir);
  assert_non_null (bindtextdomain (PACKAGE, "/nonexistent"));
  assert_language (ENGLISH, 0);
  assert_non_null (bindtextdomain (PACKAGE, dir));
  assert_language (CHINESE, 0);
  free (dir);
  assert_non_null (setlocale (LC_ALL, "C"));
}

/* Last: it lasts for the rest of the process.  GB18030 text before, the
   same keys in UTF-8 after.  */
static void
use_utf8_switches (void **state)
{
  (void) state;
  set_language (NULL);
  assert_non_null (setlocale (LC_ALL, "zh_CN.GB18030"));
  const struct oracle_lookup *l = &oracle.lookups[0];
  for (int pass = 0; pass < 2; pass++)
    {
      const char *gb = tcerr_message (l->page, l->code);
      assert_non_null (gb);
      assert_false (utf8_valid (gb, strlen (gb)));
    }
  assert_int_equal (tcerr_use_utf8 (), 0);
  assert_language (CHINESE, 0);
  assert_non_null (setlocale (LC_ALL, "C"));
}

int
main (void)
{
  oracle_load (&oracle);
  c_locale = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
  if (c_locale == (locale_t) 0 || oracle.lookup_count == 0
      || has_cjk (oracle.lookups[0].text) == 0)
    {
      puts ("Bail out! no C locale object or no Chinese oracle");
      return 1;
    }
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (language_switches),
    cmocka_unit_test (language_changed_in_place),
    cmocka_unit_test (count_untouched),
    cmocka_unit_test (setlocale_switches),
    cmocka_unit_test (uselocale_switches),
    cmocka_unit_test (languages_in_turn),
    cmocka_unit_test (bindtextdomain_switches),
    cmocka_unit_test (use_utf8_switches),
  };
  int status = cmocka_run_group_tests_name ("switches", tests,
                                            NULL, NULL);
  freelocale (c_locale);
  oracle_free (&oracle);
  return status;
}
