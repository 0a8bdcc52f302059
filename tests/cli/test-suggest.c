/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The distance under "did you mean" (src/cli/suggest.c), linked in
   directly: what each kind of slip costs, that it is symmetric, and the
   bound.  What it suggests for the documented codes is tests/cli/
   suggest.test's, through the command.  */
#include <config.h>

#include "cases.h"
#include "suggest.h"
#include "tcerr.h"

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

int
main (void)
{
  struct cases cases = { NULL, NULL, 0 };
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
    cases_add (&cases, rows[i].name, distance_row, &rows[i]);
  cases_add (&cases, "lengths too far apart", lengths, NULL);
  cases_add (&cases, "longer than any code", too_long, NULL);
  return cases_run ("the distance of a slip", &cases);
}
