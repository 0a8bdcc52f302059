/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* "Did you mean": an edit distance over the registry.

   Codes are long dotted names (InvalidInstanceId.NotFound) typed by hand
   or copied from a log: the slips are a letter in the wrong case, a letter
   wrong, missing or added, two letters swapped, a whole segment wrong, or
   the right code given with the wrong product.  The distance is the
   optimal string alignment distance (Damerau-Levenshtein without
   repeated edits of one substring), in quarter edits so that a case slip
   counts less than two swapped letters, and they less than a wrong
   one.  It is computed against every key
   (14,000), each stopped as soon as it exceeds the bound: the lengths
   alone rule most keys out.  */
#include <config.h>

#include "suggest.h"

#include "tcerr.h"

#include <limits.h>
#include <stdbool.h>
#include <string.h>

/* Costs, in quarter edits.  */
enum
{
  COST_CASE = 1, /* the same letter in the other case */
  COST_SWAP = 3, /* two adjacent letters swapped */
  COST_EDIT = 4, /* a letter wrong, missing or added */
  /* The code of another product than the one asked for: as good as the
     asked product's code with two letters swapped, as it needs another
     -p.  */
  COST_OTHER_PRODUCT = 3
};

/* The longest strings compared; longer ones are never close.  */
#define LONGEST TCERR_CODE_MAX

static unsigned char
fold (char c)
{
  return c >= 'A' && c <= 'Z' ? (unsigned char) (c - 'A' + 'a')
                              : (unsigned char) c;
}

static int
min2 (int a, int b)
{
  return a < b ? a : b;
}

/* What putting B in place of A costs.  */
static int
substitution (char a, char b)
{
  if (a == b)
    return 0;
  return fold (a) == fold (b) ? COST_CASE : COST_EDIT;
}

/* The distance between the N bytes of A and the M bytes of B, or BOUND + 1
   when it exceeds BOUND.  Three rows of the table: a swap looks two rows
   back.  Only the band of cells within BOUND of the diagonal is worked
   out: reaching cell (i, j) takes |i - j| letters added or left out.  */
static int
distance (const char *a, size_t n, const char *b, size_t m, int bound)
{
  size_t diff = n > m ? n - m : m - n;
  if (n > LONGEST || m > LONGEST || diff * COST_EDIT > (size_t) bound)
    return bound + 1;
  enum { FAR = INT_MAX / 4 };
  size_t band = (size_t) bound / COST_EDIT;
  int rows[3][LONGEST + 2];
  int *before = rows[0], *prev = rows[1], *cur = rows[2];
  for (size_t j = 0; j <= m + 1; j++)
    {
      before[j] = cur[j] = FAR;
      prev[j] = j <= band && j <= m ? (int) j * COST_EDIT : FAR;
    }
  int prev_min = 0;
  for (size_t i = 1; i <= n; i++)
    {
      size_t lo = i > band ? i - band : 1;
      size_t hi = i + band < m ? i + band : m;
      /* The cells left of the band, and just right of it, are out of
         reach; the row before has already been so bounded.  */
      cur[lo - 1] = lo == 1 && i <= band ? (int) i * COST_EDIT : FAR;
      if (hi + 1 <= m)
        cur[hi + 1] = FAR;
      int row_min = cur[lo - 1];
      for (size_t j = lo; j <= hi; j++)
        {
          int d = min2 (prev[j] + COST_EDIT, cur[j - 1] + COST_EDIT);
          d = min2 (d, prev[j - 1] + substitution (a[i - 1], b[j - 1]));
          if (i > 1 && j > 1 && fold (a[i - 1]) == fold (b[j - 2])
              && fold (a[i - 2]) == fold (b[j - 1])
              && fold (a[i - 1]) != fold (b[j - 1]))
            d = min2 (d, before[j - 2] + COST_SWAP
                             + (a[i - 1] != b[j - 2] || a[i - 2] != b[j - 1]
                                ? COST_CASE : 0));
          cur[j] = d;
          row_min = min2 (row_min, d);
        }
      /* Every later cell comes from this row or, by a swap, the one
         before: when both are over the bound, so is the distance.  */
      if (row_min > bound && prev_min > bound)
        return bound + 1;
      prev_min = row_min;
      int *t = before;
      before = prev;
      prev = cur;
      cur = t;
    }
  return min2 (prev[m], bound + 1);
}

int
cli_suggest_distance (const char *a, const char *b, int bound)
{
  return distance (a, strlen (a), b, strlen (b), bound);
}

/* How far a code of LEN bytes may be from what was meant: a slip in
   every eight letters (one at least), and a letter in the wrong case.  */
static int
code_bound (size_t len)
{
  size_t slips = len / 8 > 0 ? len / 8 : 1;
  if (slips > 4)
    slips = 4;
  return (int) slips * COST_EDIT + COST_CASE;
}

/* --- The best few -------------------------------------------------------- */

struct ranked
{
  struct cli_suggestion s;
  int score;      /* lower is better */
  size_t order;   /* registry order, for ties */
};

struct best
{
  struct ranked v[CLI_SUGGEST_MAX];
  size_t n;
};

static bool
same (const struct cli_suggestion *a, const char *product, const char *code)
{
  if ((a->product == NULL) != (product == NULL))
    return false;
  return (product == NULL || strcmp (a->product, product) == 0)
         && strcmp (a->code, code) == 0;
}

static bool
before (const struct ranked *a, int score, size_t order)
{
  return a->score < score || (a->score == score && a->order < order);
}

/* Keeps (PRODUCT, CODE) among the best of B if it is one, once.  */
static void
offer (struct best *b, const char *product, const char *code, int score,
       size_t order)
{
  size_t at = b->n;
  for (size_t i = 0; i < b->n; i++)
    if (same (&b->v[i].s, product, code))
      {
        if (!before (&b->v[i], score, order))
          return;
        at = i; /* found again, better: moves up */
        break;
      }
  if (at == b->n)
    {
      if (b->n == CLI_SUGGEST_MAX)
        {
          if (before (&b->v[b->n - 1], score, order))
            return;
          at = b->n - 1; /* the worst goes */
        }
      else
        b->n++;
    }
  while (at > 0 && !before (&b->v[at - 1], score, order))
    {
      b->v[at] = b->v[at - 1];
      at--;
    }
  b->v[at] = (struct ranked) { { product, code }, score, order };
}

/* Copies B into OUT; with TIES_ONLY only those as good as the best.  */
static size_t
take (const struct best *b, bool ties_only, struct cli_suggestion *out)
{
  size_t n = 0;
  for (size_t i = 0; i < b->n; i++)
    if (!ties_only || b->v[i].score == b->v[0].score)
      out[n++] = b->v[i].s;
  return n;
}

/* --- Codes --------------------------------------------------------------- */

/* Whether KEY is asked about by a lookup for PRODUCT: its own code or the
   common table's.  */
static bool
own_key (const struct tcerr_key *key, const char *product)
{
  return product == NULL || strcmp (key->product, product) == 0
         || strcmp (key->product, TCERR_COMMON) == 0;
}

static size_t
count_segments (const char *s)
{
  size_t n = 1;
  for (; *s != '\0'; s++)
    n += *s == '.';
  return n;
}

/* Whether A and B, dotted codes of as many segments, differ in exactly
   one, ignoring case; that segment's distance into *SCORE.  */
static bool
one_segment_apart (const char *a, const char *b, int *score)
{
  bool apart = false;
  while (true)
    {
      size_t na = strcspn (a, "."), nb = strcspn (b, ".");
      bool equal = na == nb;
      for (size_t i = 0; equal && i < na; i++)
        equal = fold (a[i]) == fold (b[i]);
      if (!equal)
        {
          if (apart)
            return false;
          apart = true;
          *score = distance (a, na, b, nb, INT_MAX / 2);
        }
      if (a[na] == '\0' || b[nb] == '\0')
        return apart;
      a += na + 1;
      b += nb + 1;
    }
}

size_t
cli_suggest_codes (const char *product, const char *code,
                   bool whole_segments, struct cli_suggestion *out)
{
  size_t count;
  const struct tcerr_key *keys = tcerr_keys (&count);
  size_t len = strlen (code);
  int bound = code_bound (len);
  struct best slips = { .n = 0 };
  for (size_t i = 0; i < count; i++)
    {
      const char *c = keys[i].code;
      int d = distance (code, len, c, strlen (c), bound);
      if (d > bound)
        continue;
      if (own_key (&keys[i], product))
        offer (&slips, product, c, d, i);
      else
        offer (&slips, keys[i].product, c, d + COST_OTHER_PRODUCT, i);
    }
  if (slips.n > 0 || !whole_segments)
    return take (&slips, true, out);

  size_t segments = count_segments (code);
  struct best apart = { .n = 0 };
  for (size_t i = 0; segments > 1 && i < count; i++)
    {
      int d;
      if (own_key (&keys[i], product)
          && count_segments (keys[i].code) == segments
          && one_segment_apart (code, keys[i].code, &d))
        offer (&apart, product, keys[i].code, d, i);
    }
  return take (&apart, false, out);
}

/* --- Products ------------------------------------------------------------ */

size_t
cli_suggest_products (const char *name, const char **out)
{
  size_t len = strlen (name);
  size_t slips = len / 4 > 0 ? len / 4 : 1;
  int bound = (int) slips * COST_EDIT;
  struct best close = { .n = 0 }, longer = { .n = 0 };
  size_t order = 0;
  for (const char *const *p = tcerr_products (); *p != NULL; p++, order++)
    {
      int d = distance (name, len, *p, strlen (*p), bound);
      if (d <= bound)
        offer (&close, NULL, *p, d, order);
      else if (len >= 2 && strncmp (*p, name, len) == 0)
        offer (&longer, NULL, *p, 0, order);
    }
  /* The closest, then those NAME abbreviates ("sql": ssl, sqlserver).  */
  struct cli_suggestion s[CLI_SUGGEST_MAX];
  size_t n = take (&close, true, s);
  for (size_t i = 0; i < longer.n && n < CLI_SUGGEST_MAX; i++)
    s[n++] = longer.v[i].s;
  for (size_t i = 0; i < n; i++)
    out[i] = s[i].code;
  return n;
}
