/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* cmocka groups built at run time: one test case per documented row or key,
   so that the TAP output names each one.  */
#ifndef TESTS_CASES_H
#define TESTS_CASES_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

struct cases
{
  struct CMUnitTest *tests;
  char **names; /* the tests' names, owned */
  size_t count;
};

/* Adds a case NAME (copied) that runs FN with *state == STATE.  */
void cases_add (struct cases *cases, const char *name,
                CMUnitTestFunction fn, const void *state);
/* setlocale (LC_ALL, ""), or TAP's "Bail out!" and exit when the test's
   locale is not available.  */
void cases_setlocale (void);

/* Runs them all as the group GROUP, frees them, returns cmocka's status.  */
int cases_run (const char *group, struct cases *cases);

#endif
