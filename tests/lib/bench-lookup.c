/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* What a lookup costs, as figures (not a pass/fail test).  Run by "make
   bench", in the language of the environment (LANGUAGE=zh_CN with
   C.UTF-8, say).  Prints "name=value" lines, each ratio measured side by
   side in one run: the best of ROUNDS rounds, in nanoseconds per lookup.

   raw_hit_ns                 plain dcgettext of the same keys, in the same
                              domain and catalogs: what gettext costs
   hit_ns, hit_over_raw       tcerr_message, exact hits, every key in turn
                              (target: 1.5 at most)
   common_fallback_over_raw   a product's code found in the common table,
                              against dcgettext of the common key (2.5)
   category_fallback_over_raw an undocumented code of a documented
                              category, against dcgettext of the category
                              (2.5)
   unknown_over_raw           an undocumented code and category, against
                              dcgettext of a key no catalog has
   c_locale_ns                exact hits in the C locale (uselocale)
   perfect_hash_ns            gperf's perfect hash of every key, asked
                              for the same keys: a table lookup, all the C
                              locale needs (tests/lib/bench-perfect-hash.c)
   c_locale_over_perfect_hash
   threads2_over_threads1     per-lookup time with two threads at once
                              against one thread (each thread's best
                              round), of tcerr_message...
   raw_threads2_over_threads1 ... and of plain dcgettext: gettext's own
                              (target: tcerr's no more than gettext's)
   lang_load_ms               the first lookup in the language LANGUAGE
                              names, through tcerr_message_lang: its
                              catalog read and checked
   lang_hit_ns, lang_hit_over_hit, lang_common_fallback_over_common,
   lang_category_fallback_over_category, lang_threads2_over_threads1
                              the same lookups through tcerr_message_lang
                              with that language, against tcerr_message
   keys                       how many keys the registry has

   Usage: bench-lookup [PRODUCT]...
          bench-lookup --keys FILE
   With products, the lookups are those of their keys only (the seed
   products, cbs and sqlserver); with --keys, the exact hits are those of
   FILE's keys ("PRODUCT CODE" lines), the same in two libraries of
   different sizes (tests/lib/bench-scale.sh); else of every key.  */
#include <config.h>

#include <libintl.h>
#include <locale.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tcerr.h>
#include <time.h>

#define DOMAIN "tcerr"

static int rounds = 7;
static char **only;   /* the products measured, NULL-terminated; NULL: all */
static char **listed; /* --keys: "PRODUCT CODE", NULL-terminated */

/* The lines of PATH, NULL-terminated.  */
static char **
read_lines (const char *path)
{
  FILE *f = fopen (path, "r");
  if (f == NULL)
    {
      perror (path);
      exit (1);
    }
  size_t n = 0, cap = 64;
  char **lines = malloc (cap * sizeof *lines);
  char *line = NULL;
  size_t size = 0;
  ssize_t len;
  while (lines != NULL && (len = getline (&line, &size, f)) > 0)
    {
      if (line[len - 1] == '\n')
        line[len - 1] = '\0';
      if (n + 1 == cap)
        lines = realloc (lines, (cap *= 2) * sizeof *lines);
      if (lines == NULL || (lines[n++] = strdup (line)) == NULL)
        abort ();
    }
  if (lines == NULL)
    abort ();
  lines[n] = NULL;
  free (line);
  fclose (f);
  return lines;
}

static int
measured (const char *product)
{
  if (only == NULL)
    return strcmp (product, TCERR_COMMON) != 0;
  for (char **p = only; *p != NULL; p++)
    if (strcmp (*p, product) == 0)
      return 1;
  return 0;
}

/* Whether PRODUCT, CODE is an exact hit to measure.  */
static int
hit_measured (const char *product, const char *code)
{
  if (listed == NULL)
    return measured (product);
  size_t len = strlen (product);
  for (char **k = listed; *k != NULL; k++)
    if (strncmp (*k, product, len) == 0 && (*k)[len] == ' '
        && strcmp (*k + len + 1, code) == 0)
      return 1;
  return 0;
}

/* Keeps the compiler from dropping the calls: each run adds its sum once
   (written at every lookup, it would be a cache line the threads of
   threads2_over_threads1 take from each other, a cost of the bench).  */
static volatile size_t sink;

struct sample
{
  const char *product, *code; /* asked of tcerr */
  char *msgkey;               /* what plain gettext is asked */
};

/* tests/lib/bench-perfect-hash.c, made by gperf: KEY ("product:code", of
   LEN bytes) when it is a key, else NULL.  */
const char *bench_perfect_hash (const char *key, size_t len);

static double
now (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static char *
msgkey (const char *product, const char *code)
{
  size_t n = strlen (product) + strlen (code) + 2;
  char *key = malloc (n);
  if (key == NULL)
    abort ();
  snprintf (key, n, "%s\004%s", product, code);
  return key;
}

/* Passes over the samples enough for a stable time.  */
static size_t
passes (size_t n)
{
  return n >= 200000 ? 1 : 200000 / n + 1;
}

/* What is measured: the library in the caller's locale, plain gettext,
   or the library in the language named by LANGUAGE.  */
enum way
{
  TCERR,
  RAW,
  NAMED
};

static const char *named; /* the language of NAMED */

/* Nanoseconds per lookup, the WAY given.  */
static double
run (const struct sample *s, size_t n, enum way way)
{
  size_t p = passes (n);
  size_t sum = 0;
  double start = now ();
  for (size_t k = 0; k < p; k++)
    for (size_t i = 0; i < n; i++)
      {
        const char *m
          = way == TCERR ? tcerr_message (s[i].product, s[i].code)
            : way == NAMED ? tcerr_message_lang (named, s[i].product,
                                                 s[i].code)
            : dcgettext (DOMAIN, s[i].msgkey, LC_MESSAGES);
        sum += m != NULL ? (size_t) m[0] : 0;
      }
  double t = (now () - start) * 1e9 / (double) (p * n);
  sink += sum;
  return t;
}

/* The best of the rounds of two ways, taken in turns.  */
static void
best_pair (const struct sample *s, size_t n, enum way one, enum way other,
           double *t_one, double *t_other)
{
  *t_one = *t_other = 1e30;
  for (int r = 0; r < rounds; r++)
    {
      double t = run (s, n, one), u = run (s, n, other);
      *t_one = t < *t_one ? t : *t_one;
      *t_other = u < *t_other ? u : *t_other;
    }
}

/* Threads that look up at once, each round started together, each
   keeping its best round: a program's threads live on, and what one has
   asked before it asks again.  */
struct thread_job
{
  const struct sample *s;
  size_t n;
  enum way way;
  pthread_barrier_t *start;
  double best;
};

static void *
thread_run (void *job_)
{
  struct thread_job *job = job_;
  job->best = 1e30;
  for (int r = 0; r < rounds; r++)
    {
      pthread_barrier_wait (job->start);
      double t = run (job->s, job->n, job->way);
      job->best = t < job->best ? t : job->best;
    }
  return NULL;
}

/* Per-lookup time with N threads looking up at once, the WAY given: the
   slowest thread's best round.  */
static double
threads (const struct sample *s, size_t n, enum way way, unsigned count)
{
  struct thread_job jobs[2];
  pthread_t t[2];
  pthread_barrier_t start;
  if (count > 2 || pthread_barrier_init (&start, NULL, count) != 0)
    abort ();
  for (unsigned i = 0; i < count; i++)
    {
      jobs[i] = (struct thread_job) { s, n, way, &start, 0 };
      if (pthread_create (&t[i], NULL, thread_run, &jobs[i]) != 0)
        abort ();
    }
  double worst = 0;
  for (unsigned i = 0; i < count; i++)
    {
      pthread_join (t[i], NULL);
      worst = jobs[i].best > worst ? jobs[i].best : worst;
    }
  pthread_barrier_destroy (&start);
  return worst;
}

static double
best_single (const struct sample *s, size_t n)
{
  double best = 1e30;
  for (int r = 0; r < rounds; r++)
    {
      double t = run (s, n, TCERR);
      best = t < best ? t : best;
    }
  return best;
}

/* Nanoseconds per lookup of the samples' keys in gperf's table, the best
   of the rounds.  */
static double
perfect_hash (const struct sample *s, size_t n)
{
  char **keys = calloc (n, sizeof *keys);
  size_t *lens = calloc (n, sizeof *lens);
  if (keys == NULL || lens == NULL)
    abort ();
  for (size_t i = 0; i < n; i++)
    {
      lens[i] = strlen (s[i].product) + 1 + strlen (s[i].code);
      keys[i] = malloc (lens[i] + 1);
      if (keys[i] == NULL)
        abort ();
      snprintf (keys[i], lens[i] + 1, "%s:%s", s[i].product, s[i].code);
      if (bench_perfect_hash (keys[i], lens[i]) == NULL)
        abort (); /* not the same keys */
    }
  double best = 1e30;
  size_t p = passes (n);
  for (int r = 0; r < rounds; r++)
    {
      size_t sum = 0;
      double start = now ();
      for (size_t k = 0; k < p; k++)
        for (size_t i = 0; i < n; i++)
          {
            const char *m = bench_perfect_hash (keys[i], lens[i]);
            sum += m != NULL ? (size_t) m[0] : 0;
          }
      double t = (now () - start) * 1e9 / (double) (p * n);
      sink += sum;
      best = t < best ? t : best;
    }
  for (size_t i = 0; i < n; i++)
    free (keys[i]);
  free (keys);
  free (lens);
  return best;
}

/* The products measured, in turn.  */
static const char *
next_product (const char *const *products, size_t *p)
{
  for (;;)
    {
      if (products[*p] == NULL)
        *p = 0;
      const char *name = products[(*p)++];
      if (measured (name))
        return name;
    }
}

/* A sample of PRODUCT, CODE when the chain answers it with MATCH; plain
   gettext is then asked for the key that answers.  */
static int
fallback (struct sample *s, const char *product, const char *code,
          enum tcerr_match match)
{
  struct tcerr_result r;
  if (tcerr_lookup (product, code, &r) != 0 || r.match != match)
    return 0;
  *s = (struct sample) { product, code, msgkey (r.product, r.code) };
  return 1;
}

int
main (int argc, char **argv)
{
  if (argc == 3 && strcmp (argv[1], "--keys") == 0)
    listed = read_lines (argv[2]);
  else if (argc > 1)
    only = argv + 1;
  setlocale (LC_ALL, "");
  /* Plain gettext reads the same catalogs as the library.  */
  bindtextdomain (DOMAIN, tcerr_localedir ());
  /* The named lookups are in the language LANGUAGE names (its first),
     English without; the first one reads its catalog: timed, before
     anything else could.  */
  static char language[64];
  const char *env = getenv ("LANGUAGE");
  snprintf (language, sizeof language, "%.*s",
            env != NULL && *env != '\0' ? (int) strcspn (env, ":") : 2,
            env != NULL && *env != '\0' ? env : "en");
  named = language;
  double load_start = now ();
  if (tcerr_message_lang (named, "cbs", "InvalidDisk.Busy") == NULL)
    abort ();
  double load_ms = (now () - load_start) * 1e3;

  size_t count;
  const struct tcerr_key *keys = tcerr_keys (&count);
  struct sample *hits = calloc (count, sizeof *hits);
  struct sample *common = calloc (count, sizeof *common);
  struct sample *category = calloc (count, sizeof *category);
  struct sample *unknown = calloc (count, sizeof *unknown);
  if (hits == NULL || common == NULL || category == NULL || unknown == NULL)
    abort ();

  /* Exact hits: every product key that has a text in this language.  */
  size_t nh = 0;
  for (size_t i = 0; i < count; i++)
    {
      struct tcerr_result r;
      if (hit_measured (keys[i].product, keys[i].code)
          && tcerr_lookup (keys[i].product, keys[i].code, &r) == 0
          && r.match == TCERR_MATCH_EXACT)
        hits[nh++] = (struct sample) { keys[i].product, keys[i].code,
                                       msgkey (keys[i].product, keys[i].code) };
    }

  /* Fallbacks: each common key asked of a product without it; a new
     code of its category; a new code of an undocumented category.  */
  const char *const *products = tcerr_products ();
  size_t any = 0;
  for (size_t i = 0; products[i] != NULL; i++)
    any += measured (products[i]);
  if (any == 0)
    {
      fputs ("bench-lookup: no product to measure\n", stderr);
      return 1;
    }
  size_t nc = 0, ng = 0, nu = 0, p = 0;
  enum { MAX = 64 };
  static char new_codes[2][MAX][TCERR_CODE_MAX + 32];
  for (size_t i = 0; i < count && nu < MAX; i++)
    {
      if (strcmp (keys[i].product, TCERR_COMMON) != 0)
        continue;
      const char *product = next_product (products, &p);
      nc += fallback (&common[nc], product, keys[i].code,
                      TCERR_MATCH_COMMON);
      if (strchr (keys[i].code, '.') == NULL)
        {
          snprintf (new_codes[0][ng], sizeof new_codes[0][ng],
                    "%s.NoSuchThing%zu", keys[i].code, ng);
          ng += fallback (&category[ng], product, new_codes[0][ng],
                          TCERR_MATCH_CATEGORY);
        }
      snprintf (new_codes[1][nu], sizeof new_codes[1][nu],
                "NoSuchCategory%zu.X", nu);
      unknown[nu] = (struct sample) { product, new_codes[1][nu],
                                      msgkey (product, new_codes[1][nu]) };
      nu++;
    }
  if (nh == 0 || nc == 0 || ng == 0)
    {
      fputs ("bench-lookup: no keys to measure\n", stderr);
      return 1;
    }

  printf ("keys=%zu\nhit_samples=%zu\n", count, nh);
  printf ("messages=%s\n", setlocale (LC_MESSAGES, NULL));
  printf ("language=%s\n", getenv ("LANGUAGE") ? getenv ("LANGUAGE") : "");
  double t, raw;
  best_pair (hits, nh, TCERR, RAW, &t, &raw);
  printf ("raw_hit_ns=%.1f\nhit_ns=%.1f\nhit_over_raw=%.2f\n", raw, t, t / raw);
  best_pair (common, nc, TCERR, RAW, &t, &raw);
  printf ("common_fallback_ns=%.1f\ncommon_fallback_over_raw=%.2f\n", t,
          t / raw);
  best_pair (category, ng, TCERR, RAW, &t, &raw);
  printf ("category_fallback_ns=%.1f\ncategory_fallback_over_raw=%.2f\n", t,
          t / raw);
  best_pair (unknown, nu, TCERR, RAW, &t, &raw);
  printf ("unknown_ns=%.1f\nunknown_over_raw=%.2f\n", t, t / raw);

  printf ("threads2_over_threads1=%.2f\n",
          threads (hits, nh, TCERR, 2) / threads (hits, nh, TCERR, 1));
  printf ("raw_threads2_over_threads1=%.2f\n",
          threads (hits, nh, RAW, 2) / threads (hits, nh, RAW, 1));

  /* The same in the language named, against the locale's lookups.  */
  printf ("lang=%s\nlang_load_ms=%.2f\n", named, load_ms);
  double lang;
  best_pair (hits, nh, NAMED, TCERR, &lang, &t);
  printf ("lang_hit_ns=%.1f\nlang_hit_over_hit=%.2f\n", lang, lang / t);
  best_pair (common, nc, NAMED, TCERR, &lang, &t);
  printf ("lang_common_fallback_ns=%.1f\n"
          "lang_common_fallback_over_common=%.2f\n", lang, lang / t);
  best_pair (category, ng, NAMED, TCERR, &lang, &t);
  printf ("lang_category_fallback_ns=%.1f\n"
          "lang_category_fallback_over_category=%.2f\n", lang, lang / t);
  printf ("lang_threads2_over_threads1=%.2f\n",
          threads (hits, nh, NAMED, 2) / threads (hits, nh, NAMED, 1));

  locale_t c = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
  if (c == (locale_t) 0)
    abort ();
  locale_t previous = uselocale (c);
  double c_locale = best_single (hits, nh);
  uselocale (previous);
  freelocale (c);
  double perfect = perfect_hash (hits, nh);
  printf ("c_locale_ns=%.1f\nperfect_hash_ns=%.1f\n"
          "c_locale_over_perfect_hash=%.2f\n", c_locale, perfect,
          c_locale / perfect);
  return 0;
}
