/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The distance under "did you mean" (src/cli/suggest.c), linked in
   directly: what each kind of slip costs, that it is symmetric, and the
   bound; and against a plain full-table reference over pairs of the
   registry's codes, for every bound (suggest.c works out a band of the
   table only, and stops early).  What it suggests for the documented
   codes is tests/cli/suggest.test's, through the command.  */
#include <config.h>

#include "cases.h"
#include "suggest.h"
#include "tcerr.h"

#include <stdlib.h>
#include <string.h>

#define NO_BOUND 1000000

struct row
{
  const char *name;
  const char *a, *b;
  int distance; /* in quarter edits */
};

static const struct row rows[] = {
  { "the same code", "InvalidDisk.Busy", "InvalidDisk.Busy", 0 },
  { "empty strings", "", "", 0 },
  { "a letter in the other case", "InvalidInstanceID.NotFound",
    "InvalidInstanceId.NotFound", 1 },
  { "two letters in the other case", "invalidDisk.busy", "InvalidDisk.Busy",
    2 },
  { "two letters swapped", "InvalidDisk.Bsuy", "InvalidDisk.Busy", 3 },
  { "two letters swapped, one in the other case", "InvalidDisk.BsUy",
    "InvalidDisk.Busy", 4 },
  { "a letter missing", "InvalidDisk.Bsy", "InvalidDisk.Busy", 4 },
  { "a letter added", "InvalidDisk.Bussy", "InvalidDisk.Busy", 4 },
  { "a letter wrong", "InvalidDisk.Bosy", "InvalidDisk.Busy", 4 },
  { "a missing dot", "InvalidDiskBusy", "InvalidDisk.Busy", 4 },
  { "a swap and a missing letter", "InvalidInstanceId.NotFonu",
    "InvalidInstanceId.NotFound", 7 },
  { "against nothing: every letter", "", "abc", 12 },
  { "nothing alike", "abc", "xyz", 12 },
};

static void
distance_row (void **state)
{
  const struct row *row = *state;
  assert_int_equal (cli_suggest_distance (row->a, row->b, NO_BOUND),
                    row->distance);
  /* Symmetric: a slip costs the same both ways.  */
  assert_int_equal (cli_suggest_distance (row->b, row->a, NO_BOUND),
                    row->distance);
  /* Within the bound, the distance; beyond it, the bound plus one.  */
  assert_int_equal (cli_suggest_distance (row->a, row->b, row->distance),
                    row->distance);
  if (row->distance > 0)
    assert_int_equal (cli_suggest_distance (row->a, row->b,
                                            row->distance - 1),
                      row->distance);
}

/* Lengths alone too far apart: over the bound at once.  */
static void
lengths (void **state)
{
  (void) state;
  assert_int_equal (cli_suggest_distance ("a", "abcdefgh", 8), 9);
  assert_int_equal (cli_suggest_distance ("abcdefgh", "a", 28), 28);
}

/* Strings longer than any code are never close, even to themselves.  */
static void
too_long (void **state)
{
  (void) state;
  char longer[TCERR_CODE_MAX + 2];
  memset (longer, 'a', sizeof longer - 1);
  longer[sizeof longer - 1] = '\0';
  assert_int_equal (cli_suggest_distance (longer, longer, 10), 11);
  longer[sizeof longer - 2] = '\0';
  assert_int_equal (cli_suggest_distance (longer, longer, 10), 0);
}

/* The reference: the optimal string alignment distance with the same
   costs, the whole table, no bound.  */
static int
fold (char c)
{
  return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int
reference (const char *a, const char *b)
{
  size_t n = strlen (a), m = strlen (b);
  int *d = malloc ((n + 1) * (m + 1) * sizeof *d);
  assert_non_null (d);
#define D(i, j) d[(i) * (m + 1) + (j)]
  for (size_t i = 0; i <= n; i++)
    for (size_t j = 0; j <= m; j++)
      {
        if (i == 0 || j == 0)
          {
            D (i, j) = 4 * (int) (i + j);
            continue;
          }
        int sub = a[i - 1] == b[j - 1] ? 0
                  : fold (a[i - 1]) == fold (b[j - 1]) ? 1 : 4;
        int best = D (i - 1, j - 1) + sub;
        if (D (i - 1, j) + 4 < best)
          best = D (i - 1, j) + 4;
        if (D (i, j - 1) + 4 < best)
          best = D (i, j - 1) + 4;
        if (i > 1 && j > 1 && fold (a[i - 1]) == fold (b[j - 2])
            && fold (a[i - 2]) == fold (b[j - 1])
            && fold (a[i - 1]) != fold (b[j - 1]))
          {
            int swap = D (i - 2, j - 2) + 3
                       + (a[i - 1] != b[j - 2] || a[i - 2] != b[j - 1]);
            if (swap < best)
              best = swap;
          }
        D (i, j) = best;
      }
  int result = D (n, m);
#undef D
  free (d);
  return result;
}

/* Pairs of the registry's codes (neighbours in its order, and codes far
   apart), and each code with a slip of every kind at every place: the
   distance as the reference has it, for each bound up to 24.  */
static void
against_reference (void **state)
{
  (void) state;
  size_t count;
  const struct tcerr_key *keys = tcerr_keys (&count);
  assert_true (count > 1000);
  size_t pairs = 0;
  for (size_t i = 0; i + 1 < count; i += 7)
    {
      const char *a = keys[i].code;
      char slipped[TCERR_CODE_MAX + 2];
      size_t len = strlen (a);
      const char *others[4] = { keys[i + 1].code, keys[(i * 31) % count].code,
                                slipped, slipped };
      for (int k = 0; k < 4; k++)
        {
          /* k == 2: two letters swapped; k == 3: a letter left out and
             one in the other case, at a place that moves with i.  */
          if (k >= 2 && len < 3)
            continue;
          if (k >= 2)
            {
              size_t at = i % (len - 1);
              memcpy (slipped, a, len + 1);
              if (k == 2)
                {
                  slipped[at] = a[at + 1];
                  slipped[at + 1] = a[at];
                }
              else
                {
                  memmove (slipped + at, slipped + at + 1, len - at);
                  slipped[0] = (char) (slipped[0] ^ 0x20);
                }
            }
          int want = reference (a, others[k]);
          for (int bound = 0; bound <= 24; bound++)
            {
              int got = cli_suggest_distance (a, others[k], bound);
              if (got != (want <= bound ? want : bound + 1))
                fail_msg ("\"%s\" and \"%s\", bound %d: %d, the reference"
                          " %d", a, others[k], bound, got, want);
            }
          pairs++;
        }
    }
  assert_true (pairs > 4000);
}

int
main (void)
{
  struct cases cases = { NULL, NULL, 0 };
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
    cases_add (&cases, rows[i].name, distance_row, &rows[i]);
  cases_add (&cases, "lengths too far apart", lengths, NULL);
  cases_add (&cases, "longer than any code", too_long, NULL);
  cases_add (&cases, "the registry's codes: as the full table has it",
             against_reference, NULL);
  return cases_run ("the distance of a slip", &cases);
}
