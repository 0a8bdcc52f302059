/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* A rename that fails on demand, preloaded (LD_PRELOAD) into tcerr-import
   by tests/maint/import-failures.test: the tests put a failure or a kill
   at any rename of a save, as a full disk or a crash would.

   Only the renames of a save count: those whose source ends in
   ".tcerr-import-tmp" (a new content into place), numbered from 1 in the
   order of the calls.  The environment says what happens:
   FAIL_RENAME_AT=N   the Nth fails with EIO;
   FAIL_RENAME_KILL=N the process kills itself (SIGKILL) at the Nth,
                      before renaming;
   FAIL_RENAME_BACK=1 every rename of a ".tcerr-import-old" link (the
                      put-back of a failed save) fails with EIO too;
   FAIL_RENAME_LOG=F  each counted rename's target is appended to F.
   Any other rename goes to the C library's.  */
#include <config.h>

#include <dlfcn.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef int rename_function (const char *, const char *);

/* Whether S ends in SUFFIX.  */
static int
ends_with (const char *s, const char *suffix)
{
  size_t n = strlen (s), m = strlen (suffix);
  return n >= m && strcmp (s + n - m, suffix) == 0;
}

/* The number in the environment variable NAME, or 0.  */
static long
number (const char *name)
{
  const char *value = getenv (name);
  return value != NULL ? strtol (value, NULL, 10) : 0;
}

/* Appends TARGET to the log, if there is one.  */
static void
log_rename (const char *target)
{
  const char *log = getenv ("FAIL_RENAME_LOG");
  if (log == NULL)
    return;
  FILE *f = fopen (log, "a");
  if (f != NULL)
    {
      fprintf (f, "%s\n", target);
      fclose (f);
    }
}

int
rename (const char *from, const char *to)
{
  static long count;
  rename_function *real = (rename_function *) dlsym (RTLD_NEXT, "rename");
  if (real == NULL)
    {
      errno = ENOSYS;
      return -1;
    }
  if (from != NULL && ends_with (from, ".tcerr-import-tmp"))
    {
      count++;
      log_rename (to);
      if (count == number ("FAIL_RENAME_KILL"))
        kill (getpid (), SIGKILL);
      if (count == number ("FAIL_RENAME_AT"))
        {
          errno = EIO;
          return -1;
        }
    }
  else if (from != NULL && ends_with (from, ".tcerr-import-old")
           && number ("FAIL_RENAME_BACK") == 1)
    {
      errno = EIO;
      return -1;
    }
  return real (from, to);
}
