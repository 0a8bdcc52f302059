/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The command as a whole process, as figures (not a pass/fail test): run
   by "make bench".  Runs `tcerr -p PRODUCT CODE` and `gettext -d tcerr -c
   PRODUCT CODE` (gettext-base: plain gettext on the same catalogs) in
   turns, and prints the best of ROUNDS rounds of RUNS runs each:

   cli_ms            wall time of one tcerr run, in milliseconds
   gettext_ms        wall time of one gettext run
   cli_over_gettext  the ratio
   rss_kib           the largest resident set of a tcerr run

   Usage: bench-command TCERR GETTEXT PRODUCT CODE.  The environment
   (TCERR_LOCALEDIR, TEXTDOMAINDIR, the locale) is the caller's.  */
#include <config.h>

#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define ROUNDS 5
#define RUNS 100

extern char **environ;

static double
now (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Runs ARGV RUNS times, output to /dev/null; milliseconds per run, and
   the largest resident set in *RSS_KIB.  Exits on a failed run.  */
static double
runs (char *const argv[], long *rss_kib)
{
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_addopen (&actions, 1, "/dev/null", 1, 0);
  double start = now ();
  for (int i = 0; i < RUNS; i++)
    {
      pid_t pid;
      int status;
      struct rusage usage;
      if (posix_spawn (&pid, argv[0], &actions, NULL, argv, environ) != 0
          || wait4 (pid, &status, 0, &usage) != pid
          || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
        {
          fprintf (stderr, "bench-command: %s failed\n", argv[0]);
          exit (1);
        }
      if (usage.ru_maxrss > *rss_kib)
        *rss_kib = usage.ru_maxrss;
    }
  posix_spawn_file_actions_destroy (&actions);
  return (now () - start) * 1e3 / RUNS;
}

int
main (int argc, char **argv)
{
  if (argc != 5)
    {
      fputs ("usage: bench-command TCERR GETTEXT PRODUCT CODE\n", stderr);
      return 2;
    }
  /* posix_spawn's argv is of char *, never written.  */
  char opt_p[] = "-p", opt_d[] = "-d", domain[] = "tcerr", opt_c[] = "-c";
  char *tcerr[] = { argv[1], opt_p, argv[3], argv[4], NULL };
  char *gettext[] = { argv[2], opt_d, domain, opt_c, argv[3], argv[4], NULL };
  double best_cli = 1e30, best_gettext = 1e30;
  long rss = 0, gettext_rss = 0;
  for (int r = 0; r < ROUNDS; r++)
    {
      double c = runs (tcerr, &rss), g = runs (gettext, &gettext_rss);
      best_cli = c < best_cli ? c : best_cli;
      best_gettext = g < best_gettext ? g : best_gettext;
    }
  printf ("cli_ms=%.3f\ngettext_ms=%.3f\ncli_over_gettext=%.2f\n"
          "rss_kib=%ld\ngettext_rss_kib=%ld\n", best_cli, best_gettext,
          best_cli / best_gettext, rss, gettext_rss);
  return 0;
}
