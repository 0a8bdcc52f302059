/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Importing an error-code page, and its twins, into the catalogs.  */
#ifndef TCERR_PAGE_IMPORT_H
#define TCERR_PAGE_IMPORT_H

#include "project.h"

#include <stdbool.h>
#include <stddef.h>

/* A twin page: the same page in another language.  */
struct import_twin
{
  const char *lang;
  const char *path;
};

/* Imports the Chinese page PAGE_PATH for PRODUCT, with its twins, into P
   (in memory), saying on stdout what changes.  PAGE_PATH NULL: the product
   has twins only (TWIN_COUNT > 0), and the first one's codes are the keys.
   Returns 0, or -1 when a page is malformed (every problem reported on
   stderr as FILE:LINE).  */
int import_page (struct project *p, const char *product,
                 const char *page_path, const struct import_twin *twins,
                 size_t twin_count, bool verbose);

#endif
