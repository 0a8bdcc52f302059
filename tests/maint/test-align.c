/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* align_twin: a twin's rows matched to the Chinese rows by code, and by
   place where a twin's code cell is wrong.  */
#include <config.h>

#include "align.h"
#include "cases.h"

#include <stdlib.h>
#include <string.h>

/* A table of CODES (NULL-terminated); the texts do not matter here.  */
static struct page_table
table (const char *const *codes)
{
  struct page_table t = { NULL, 0, 0 };
  while (codes[t.count] != NULL)
    t.count++;
  t.rows = calloc (t.count + 1, sizeof *t.rows);
  for (size_t i = 0; i < t.count; i++)
    t.rows[i] = (struct page_row) { strdup (codes[i]), strdup ("text"),
                                    (unsigned long) i + 1 };
  return t;
}

static void
table_free (struct page_table *t)
{
  for (size_t i = 0; i < t->count; i++)
    {
      free (t->rows[i].code);
      free (t->rows[i].text);
    }
  free (t->rows);
}

/* Aligns TWIN to ZH; checks MATCH (twin index per Chinese row, -1 for
   none) and the notes, WANT_NOTES pairs of (twin row, Chinese row or -1).  */
static void
check (const char *const *zh_codes, const char *const *twin_codes,
       const int *want_match, const int *want_notes, size_t want_count)
{
  struct page_table zh = table (zh_codes), twin = table (twin_codes);
  size_t *match = calloc (zh.count + 1, sizeof *match), count;
  struct align_note *notes = align_twin (&zh, &twin, match, &count);
  for (size_t i = 0; i < zh.count; i++)
    assert_int_equal (match[i] == ALIGN_NONE ? -1 : (int) match[i],
                      want_match[i]);
  assert_int_equal (count, want_count);
  for (size_t k = 0; k < count; k++)
    {
      assert_int_equal (notes[k].twin, (size_t) want_notes[2 * k]);
      assert_int_equal (notes[k].zh == ALIGN_NONE ? -1 : (int) notes[k].zh,
                        want_notes[2 * k + 1]);
    }
  free (notes);
  free (match);
  table_free (&zh);
  table_free (&twin);
}

static const char *const zh4[] = { "A", "B", "C", "D", NULL };

static void
same_codes (void **state)
{
  (void) state;
  static const char *const twin[] = { "A", "B", "C", "D", NULL };
  check (zh4, twin, (const int[]) { 0, 1, 2, 3 }, NULL, 0);
}

static void
another_order (void **state)
{
  (void) state;
  static const char *const twin[] = { "D", "C", "B", "A", NULL };
  check (zh4, twin, (const int[]) { 3, 2, 1, 0 }, NULL, 0);
}

static void
wrong_code_cell_taken_by_place (void **state)
{
  (void) state;
  static const char *const twin[] = { "A", "Bee", "C", "D", NULL };
  check (zh4, twin, (const int[]) { 0, 1, 2, 3 }, (const int[]) { 1, 1 }, 1);
}

static void
wrong_code_cell_at_the_ends (void **state)
{
  (void) state;
  static const char *const twin[] = { "Ay", "B", "C", "Dee", NULL };
  check (zh4, twin, (const int[]) { 0, 1, 2, 3 },
         (const int[]) { 0, 0, 3, 3 }, 2);
}

static void
missing_row_stays_untranslated (void **state)
{
  (void) state;
  static const char *const twin[] = { "A", "C", "D", NULL };
  check (zh4, twin, (const int[]) { 0, -1, 1, 2 }, NULL, 0);
}

/* A wrong cell where a row is also missing: the places no longer say
   which is which, so it is left out.  */
static void
ambiguous_stretch_left_out (void **state)
{
  (void) state;
  static const char *const twin[] = { "A", "Xyz", "D", NULL };
  check (zh4, twin, (const int[]) { 0, -1, -1, 2 },
         (const int[]) { 1, -1 }, 1);
}

static void
extra_rows_left_out (void **state)
{
  (void) state;
  static const char *const twin[] = { "New1", "New2", "A", "B", "C", "D",
                                      NULL };
  check (zh4, twin, (const int[]) { 2, 3, 4, 5 },
         (const int[]) { 0, -1, 1, -1 }, 2);
}

/* Neighbours out of order: no place to speak of.  */
static void
crossed_neighbours_left_out (void **state)
{
  (void) state;
  static const char *const twin[] = { "C", "Xyz", "A", NULL };
  check (zh4, twin, (const int[]) { 2, -1, 0, -1 },
         (const int[]) { 1, -1 }, 1);
}

static void
empty_twin (void **state)
{
  (void) state;
  static const char *const twin[] = { NULL };
  check (zh4, twin, (const int[]) { -1, -1, -1, -1 }, NULL, 0);
}

/* A code a twin repeats (sqlserver's English twin gives
   FailedOperation.CreateOrderFailed for FailedOperation.GetVpcFailed too):
   the first row takes the code, the second the place it stands in.  */
static void
repeated_code_taken_by_place (void **state)
{
  (void) state;
  static const char *const twin[] = { "A", "A", "C", "D", NULL };
  check (zh4, twin, (const int[]) { 0, 1, 2, 3 }, (const int[]) { 1, 1 }, 1);
  /* Repeated where no row is missing: left out.  */
  static const char *const extra[] = { "A", "B", "B", "C", "D", NULL };
  check (zh4, extra, (const int[]) { 0, 1, 3, 4 }, (const int[]) { 2, -1 },
         1);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (same_codes),
    cmocka_unit_test (another_order),
    cmocka_unit_test (wrong_code_cell_taken_by_place),
    cmocka_unit_test (wrong_code_cell_at_the_ends),
    cmocka_unit_test (missing_row_stays_untranslated),
    cmocka_unit_test (ambiguous_stretch_left_out),
    cmocka_unit_test (extra_rows_left_out),
    cmocka_unit_test (crossed_neighbours_left_out),
    cmocka_unit_test (empty_twin),
    cmocka_unit_test (repeated_code_taken_by_place),
  };
  return cmocka_run_group_tests_name ("twin alignment", tests, NULL, NULL);
}
