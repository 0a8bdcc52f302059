/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* What the helps for a person at a terminal cost, as figures (not a
   pass/fail test): run by "make bench".

   In the process (src/cli/suggest.c linked in), over the library's
   registry, the best of ROUNDS rounds:
   suggest_p_us        cli_suggest_codes for a slip with -p, microseconds
   suggest_all_us      the same without -p (every product's codes)
   suggest_segment_us  a code nothing answers: the slips, then the codes
                       one segment away
   suggest_product_us  cli_suggest_products
   keys                the keys each suggestion is measured against
   The slips are made from every 97th key (its last letter doubled).

   As whole processes (tcerr run RUNS times, output to /dev/null), wall
   time per run in milliseconds, and each over a plain lookup:
   found_ms, slip_ms, slip_all_ms, product_ms, complete_codes_ms,
   complete_codes_p_ms; slip_over_found, complete_over_found.

   Usage: bench-terminal TCERR.  The environment (TCERR_LOCALEDIR, the
   locale) is the caller's.  */
#include <config.h>

#include "suggest.h"
#include "tcerr.h"

#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>

#define ROUNDS 5
#define RUNS 50
#define EVERY 97

extern char **environ;

static double
now (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The slips: every EVERY-th key's code with its last letter doubled.  */
struct slips
{
  char **codes;
  const char **products;
  size_t n;
};

static struct slips
make_slips (void)
{
  size_t count;
  const struct tcerr_key *keys = tcerr_keys (&count);
  struct slips s = { malloc ((count / EVERY + 1) * sizeof (char *)),
                     malloc ((count / EVERY + 1) * sizeof (char *)), 0 };
  if (s.codes == NULL || s.products == NULL)
    abort ();
  for (size_t i = 0; i < count; i += EVERY)
    {
      size_t len = strlen (keys[i].code);
      char *slip = malloc (len + 2);
      if (slip == NULL)
        abort ();
      memcpy (slip, keys[i].code, len);
      slip[len] = keys[i].code[len - 1];
      slip[len + 1] = '\0';
      s.codes[s.n] = slip;
      s.products[s.n++] = keys[i].product;
    }
  return s;
}

static volatile size_t sink;

/* Microseconds per suggestion over the slips: with their product or
   none, WHOLE_SEGMENTS as cli_suggest_codes takes it.  */
static double
suggest_us (const struct slips *s, bool with_product, bool whole_segments)
{
  double best = 1e30;
  for (int r = 0; r < ROUNDS; r++)
    {
      size_t total = 0;
      double start = now ();
      for (size_t i = 0; i < s->n; i++)
        {
          struct cli_suggestion out[CLI_SUGGEST_MAX];
          total += cli_suggest_codes (with_product ? s->products[i] : NULL,
                                      s->codes[i], whole_segments, out);
        }
      double t = (now () - start) * 1e6 / s->n;
      sink += total;
      best = t < best ? t : best;
    }
  return best;
}

static double
suggest_product_us (void)
{
  static const char *const names[] = { "cvmm", "sqlsever", "cmv", "sql",
                                       "postgre", "zzzzzzzz", "clbb",
                                       "tkee" };
  size_t n = sizeof names / sizeof names[0];
  double best = 1e30;
  for (int r = 0; r < ROUNDS; r++)
    {
      double start = now ();
      for (int k = 0; k < 100; k++)
        for (size_t i = 0; i < n; i++)
          {
            const char *out[CLI_SUGGEST_MAX];
            sink += cli_suggest_products (names[i], out);
          }
      double t = (now () - start) * 1e6 / (100 * n);
      best = t < best ? t : best;
    }
  return best;
}

/* Milliseconds per run of ARGV (exit status STATUS expected), the best
   of ROUNDS rounds of RUNS runs.  */
static double
process_ms (char *const argv[], int expected)
{
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_addopen (&actions, 1, "/dev/null", 1, 0);
  posix_spawn_file_actions_addopen (&actions, 2, "/dev/null", 1, 0);
  double best = 1e30;
  for (int r = 0; r < ROUNDS; r++)
    {
      double start = now ();
      for (int i = 0; i < RUNS; i++)
        {
          pid_t pid;
          int status;
          if (posix_spawn (&pid, argv[0], &actions, NULL, argv, environ) != 0
              || waitpid (pid, &status, 0) != pid || !WIFEXITED (status)
              || WEXITSTATUS (status) != expected)
            {
              fprintf (stderr, "bench-terminal: %s %s failed\n", argv[0],
                       argv[1]);
              exit (1);
            }
        }
      double t = (now () - start) * 1e3 / RUNS;
      best = t < best ? t : best;
    }
  posix_spawn_file_actions_destroy (&actions);
  return best;
}

int
main (int argc, char **argv)
{
  if (argc != 2)
    {
      fputs ("usage: bench-terminal TCERR\n", stderr);
      return 2;
    }
  size_t count;
  tcerr_keys (&count);
  struct slips s = make_slips ();
  printf ("keys=%zu\nslips=%zu\n", count, s.n);
  printf ("suggest_p_us=%.1f\n", suggest_us (&s, true, false));
  printf ("suggest_all_us=%.1f\n", suggest_us (&s, false, false));
  printf ("suggest_segment_us=%.1f\n", suggest_us (&s, true, true));
  printf ("suggest_product_us=%.1f\n", suggest_product_us ());

  /* posix_spawn's argv is of char *, never written.  */
  char p[] = "-p", cvm[] = "cvm", cvmm[] = "cvmm",
    found[] = "InvalidInstanceId.NotFound",
    slip[] = "InvalidInstanceId.NotFonud", internal[] = "InternalError",
    codes[] = "--complete=codes";
  char *found_argv[] = { argv[1], p, cvm, found, NULL };
  char *slip_argv[] = { argv[1], p, cvm, slip, NULL };
  char *slip_all_argv[] = { argv[1], slip, NULL };
  char *product_argv[] = { argv[1], p, cvmm, internal, NULL };
  char *codes_argv[] = { argv[1], codes, NULL };
  char *codes_p_argv[] = { argv[1], codes, p, cvm, NULL };
  double found_ms = process_ms (found_argv, 0);
  double slip_ms = process_ms (slip_argv, 1);
  double codes_ms = process_ms (codes_argv, 0);
  printf ("found_ms=%.3f\nslip_ms=%.3f\nslip_all_ms=%.3f\nproduct_ms=%.3f\n"
          "complete_codes_ms=%.3f\ncomplete_codes_p_ms=%.3f\n", found_ms,
          slip_ms, process_ms (slip_all_argv, 1),
          process_ms (product_argv, 2), codes_ms,
          process_ms (codes_p_argv, 0));
  printf ("slip_over_found=%.2f\ncomplete_over_found=%.2f\n",
          slip_ms / found_ms, codes_ms / found_ms);
  for (size_t i = 0; i < s.n; i++)
    free (s.codes[i]);
  free (s.codes);
  free (s.products);
  return 0;
}
