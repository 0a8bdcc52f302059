/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Matching a twin page's rows to the Chinese page's: see align.h.  */
#include <config.h>

#include "align.h"
#include "xalloc.h"

#include <stdbool.h>
#include <stdlib.h>

/* The Chinese row with CODE, or ALIGN_NONE.  */
static size_t
zh_index (const struct page_table *zh, const char *code)
{
  const struct page_row *row = page_find (zh, code);
  return row != NULL ? (size_t) (row - zh->rows) : ALIGN_NONE;
}

struct align_note *
align_twin (const struct page_table *zh, const struct page_table *twin,
            size_t *match, size_t *count)
{
  size_t n = zh->count, m = twin->count;
  /* zh_of[j]: the Chinese row of twin row j.  */
  size_t *zh_of = xreallocarray (NULL, m, sizeof *zh_of);
  for (size_t i = 0; i < n; i++)
    match[i] = ALIGN_NONE;
  for (size_t j = 0; j < m; j++)
    {
      size_t i = zh_index (zh, twin->rows[j].code);
      zh_of[j] = i != ALIGN_NONE && match[i] == ALIGN_NONE ? i : ALIGN_NONE;
      if (zh_of[j] != ALIGN_NONE)
        match[i] = j;
    }

  struct align_note *notes = NULL;
  *count = 0;
  for (size_t j = 0; j < m; )
    {
      if (zh_of[j] != ALIGN_NONE)
        {
          j++;
          continue;
        }
      /* The stretch of unmatched twin rows [j, end), between the matched
         rows j - 1 and end (or the table's ends), and the Chinese rows
         between their partners.  */
      size_t end = j;
      while (end < m && zh_of[end] == ALIGN_NONE)
        end++;
      size_t zh_start = j > 0 ? zh_of[j - 1] + 1 : 0;
      size_t zh_end = end < m ? zh_of[end] : n;
      bool aligned = zh_start <= zh_end && zh_end - zh_start == end - j;
      for (size_t i = zh_start; aligned && i < zh_end; i++)
        aligned = match[i] == ALIGN_NONE;
      for (size_t k = j; k < end; k++)
        {
          size_t i = aligned ? zh_start + (k - j) : ALIGN_NONE;
          if (i != ALIGN_NONE)
            match[i] = k;
          notes = xreallocarray (notes, *count + 1, sizeof *notes);
          notes[(*count)++] = (struct align_note) { k, i };
        }
      j = end;
    }
  free (zh_of);
  return notes;
}
