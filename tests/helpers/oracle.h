/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The test oracle: the documented error-code pages in upstream/pages/, read
   straight from the markdown, never from the catalogs.

   What a page documents is what the library must answer for that product:
   for each code on page P (its product table first, then its common
   table), tcerr_message (P, code) is the page's text.  The "common" keys
   hold the common tables' texts (pages may word a common code differently;
   such a product has its own entry, see tcerr-import).  */
#ifndef TESTS_ORACLE_H
#define TESTS_ORACLE_H

#include <stddef.h>

/* A row of a page as written.  */
struct oracle_row
{
  char *page;  /* the product: the page's file name without .md */
  char *table; /* "common", or the page's product */
  char *code;
  char *text;  /* the cell, surrounding spaces removed */
  unsigned line; /* its line in the page file, from 1 */
};

/* What page PAGE documents for CODE: the row of its product table if it
   has one, else of its common table.  */
struct oracle_lookup
{
  const char *page;
  const char *code;
  const char *text;
  const char *table;
};

struct oracle
{
  struct oracle_row *rows;
  size_t count;
  struct oracle_lookup *lookups;
  size_t lookup_count;
};

/* Reads every *.md page of $TCERR_PAGES.  Aborts on a malformed page.  */
void oracle_load (struct oracle *o);
/* Reads the one page file PATH (any name) as page PAGE, its headings
   worded in Chinese, English, Japanese or Korean; TWIN: a page in another
   language, whose tables may give a code twice (rows kept in page order).
   Aborts on a malformed page.  */
void oracle_load_file (struct oracle *o, const char *path, const char *page,
                       int twin);
void oracle_free (struct oracle *o);
/* The text PAGE documents for CODE, or NULL.  */
const char *oracle_text (const struct oracle *o, const char *page,
                         const char *code);
/* Whether some page's common table gives CODE the text TEXT.  */
int oracle_common_has (const struct oracle *o, const char *code,
                       const char *text);
/* The documented text of a key: oracle_text for a product; for "common",
   the first page's common row.  */
const char *oracle_key_text (const struct oracle *o, const char *product,
                             const char *code);

/* The example API response of page PAGE of $TCERR_PAGES: the lines of its
   first fenced block (between two lines that begin with three backquotes),
   or NULL without one.  Caller frees.  Aborts when the page is unreadable.  */
char *oracle_example (const char *page);

/* Test helpers on UTF-8 text.  */
int utf8_valid (const char *s, size_t len);
int has_cjk (const char *s);

#endif
