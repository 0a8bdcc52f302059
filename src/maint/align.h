/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Matching a twin page's rows (English, Japanese ...) to the Chinese
   page's.  Twins are published later and not always aligned: rows may be
   missing, and some code cells are wrong (UnsupportedMethod for
   UnsupportedProtocol).  The Chinese page's codes are the keys.  */
#ifndef TCERR_ALIGN_H
#define TCERR_ALIGN_H

#include "page.h"

#include <stddef.h>

#define ALIGN_NONE ((size_t) -1)

/* A twin row whose code is not in the Chinese table.  */
struct align_note
{
  size_t twin; /* its index in the twin table */
  size_t zh;   /* the Chinese row it was taken for, or ALIGN_NONE */
};

/* Fills MATCH[i], for each row i of ZH, with the index of the twin row
   that translates it, or ALIGN_NONE.  Rows are matched by code; a twin row
   with a code unknown to ZH is taken for the Chinese row in the same place
   between the nearest rows matched by code, when that stretch has as many
   unmatched rows on both sides; otherwise it is left out.  Returns the
   notes on such rows (caller frees), their number in *COUNT.  */
struct align_note *align_twin (const struct page_table *zh,
                               const struct page_table *twin,
                               size_t *match, size_t *count);

#endif
