/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* tcerr_message_l: two threads, one with a zh_CN.UTF-8 locale object and
   one with en_US.UTF-8, at the same time, each get their own language;
   the global locale (C) is never touched.  */
#include <config.h>

#include "cases.h"
#include "oracle.h"

#include <locale.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <tcerr.h>

#define ROUNDS 200

static struct oracle oracle;
static pthread_barrier_t start;

struct worker
{
  locale_t loc;
  int chinese;
  unsigned long checked, wrong;
};

static void *
work (void *arg)
{
  struct worker *w = arg;
  locale_t c = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
  pthread_barrier_wait (&start);
  for (int round = 0; round < ROUNDS; round++)
    for (size_t i = 0; i < oracle.lookup_count; i++)
      {
        const struct oracle_lookup *l = &oracle.lookups[i];
        const char *got = tcerr_message_l (l->page, l->code, w->loc);
        const char *want = w->chinese
          ? l->text : tcerr_message_l (l->page, l->code, c);
        w->checked++;
        if (got == NULL || want == NULL || strcmp (got, want) != 0
            || (!w->chinese && has_cjk (got)))
          w->wrong++;
      }
  freelocale (c);
  return NULL;
}

static void
two_languages_at_once (void **state)
{
  (void) state;
  struct worker zh = { newlocale (LC_ALL_MASK, "zh_CN.UTF-8", (locale_t) 0),
                       1, 0, 0 };
  struct worker en = { newlocale (LC_ALL_MASK, "en_US.UTF-8", (locale_t) 0),
                       0, 0, 0 };
  assert_true (zh.loc != (locale_t) 0);
  assert_true (en.loc != (locale_t) 0);
  assert_int_equal (pthread_barrier_init (&start, NULL, 2), 0);
  pthread_t t1, t2;
  assert_int_equal (pthread_create (&t1, NULL, work, &zh), 0);
  assert_int_equal (pthread_create (&t2, NULL, work, &en), 0);
  pthread_join (t1, NULL);
  pthread_join (t2, NULL);
  pthread_barrier_destroy (&start);
  assert_int_equal (zh.checked, (unsigned long) ROUNDS * oracle.lookup_count);
  assert_int_equal (en.checked, (unsigned long) ROUNDS * oracle.lookup_count);
  assert_int_equal (zh.wrong, 0);
  assert_int_equal (en.wrong, 0);
  freelocale (zh.loc);
  freelocale (en.loc);
}

static void
global_locale_untouched (void **state)
{
  (void) state;
  /* The process locale stayed C: plain lookups are English.  */
  assert_string_equal (setlocale (LC_ALL, NULL), "C");
  assert_false (has_cjk (tcerr_message ("cbs", "InvalidDisk.Busy")));
  assert_true (uselocale ((locale_t) 0) == LC_GLOBAL_LOCALE);
}

int
main (void)
{
  /* The program stays in the C locale; only the threads' objects differ.  */
  oracle_load (&oracle);
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (two_languages_at_once),
    cmocka_unit_test (global_locale_untouched),
  };
  int status = cmocka_run_group_tests_name ("tcerr_message_l in threads",
                                            tests, NULL, NULL);
  oracle_free (&oracle);
  return status;
}
