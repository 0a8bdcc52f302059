/* Lookup speed, as figures (not a pass/fail test).  Run by "make bench":
   nanoseconds per call for the usual cases, in the current locale.  */
#include <config.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tcerr.h>
#include <time.h>

#define CALLS 1000000

static double
now (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Keeps the compiler from dropping the calls.  */
static volatile size_t sink;

static void
bench (const char *what, const char *product, const char *code)
{
  double start = now ();
  for (int i = 0; i < CALLS; i++)
    {
      const char *m = tcerr_message (product, code);
      sink += m != NULL ? (size_t) m[0] : 0;
    }
  printf ("%-40s %8.1f ns/call\n", what, (now () - start) * 1e9 / CALLS);
}

static void
bench_l (const char *what, locale_t loc)
{
  double start = now ();
  for (int i = 0; i < CALLS; i++)
    sink += (size_t) tcerr_message_l ("cbs", "InvalidDisk.Busy", loc)[0];
  printf ("%-40s %8.1f ns/call\n", what, (now () - start) * 1e9 / CALLS);
}

int
main (void)
{
  setlocale (LC_ALL, "");
  printf ("tcerr %s, LC_MESSAGES=%s, LANGUAGE=%s, %d calls each\n",
          tcerr_version (), setlocale (LC_MESSAGES, NULL),
          getenv ("LANGUAGE") ? getenv ("LANGUAGE") : "", CALLS);
  bench ("exact (cbs InvalidDisk.Busy)", "cbs", "InvalidDisk.Busy");
  bench ("common (cbs AuthFailure.MFAFailure)", "cbs", "AuthFailure.MFAFailure");
  bench ("category (cbs ResourceNotFound.X)", "cbs", "ResourceNotFound.X");
  bench ("unknown (cbs NoSuchCode)", "cbs", "NoSuchCode");
  bench ("invalid (NULL \"\")", NULL, "");
  locale_t c = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
  if (c != (locale_t) 0)
    {
      bench_l ("tcerr_message_l, C locale object", c);
      freelocale (c);
    }
  return 0;
}
