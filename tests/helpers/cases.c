/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <config.h>

#include "cases.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
cases_setlocale (void)
{
  if (setlocale (LC_ALL, "") == NULL)
    {
      puts ("Bail out! the locale of this test is not available");
      exit (1);
    }
}

void
cases_add (struct cases *cases, const char *name,
           CMUnitTestFunction fn, const void *state)
{
  size_t n = cases->count + 1;
  cases->tests = realloc (cases->tests, n * sizeof *cases->tests);
  cases->names = realloc (cases->names, n * sizeof *cases->names);
  char *copy = strdup (name);
  if (cases->tests == NULL || cases->names == NULL || copy == NULL)
    abort ();
  cases->names[cases->count] = copy;
  cases->tests[cases->count++]
    = (struct CMUnitTest) { copy, fn, NULL, NULL,
                            /* cmocka's state is not const; tests only read */
                            (void *) (uintptr_t) state };
}

int
cases_run (const char *group, struct cases *cases)
{
  int status = _cmocka_run_group_tests (group, cases->tests, cases->count,
                                        NULL, NULL);
  for (size_t i = 0; i < cases->count; i++)
    free (cases->names[i]);
  free (cases->names);
  free (cases->tests);
  *cases = (struct cases) { NULL, NULL, 0 };
  return status;
}
