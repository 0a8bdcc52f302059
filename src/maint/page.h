/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Reading Tencent Cloud's error-code pages (markdown), for the maintainer
   tools: the rows of the common table ("### 公共错误码") and of the
   product's table ("### 业务错误码"), or every problem of the page.

   A table holds codes when its header row names the code column (错误码,
   Error Code, エラーコード, 오류 코드, 에러 코드 ..., in either column), or
   when it stands under the heading of a table; any other table is passed
   over.  Whether it is the common table or the product's follows from its
   heading where one names it (the twins word them in their language:
   "### Service Error Codes", "###　共通エラーコード", "### 공통 오류 코드"
   ...), else from the other table's heading, else from its codes: the
   table with the larger share of the library's common codes is the common
   one (alone, when more than half of its codes are).  An unknown heading,
   or none, is no error; a third error-code table is.  */
#ifndef TCERR_PAGE_H
#define TCERR_PAGE_H

#include <stddef.h>
#include <stdio.h>

struct page_row
{
  char *code;         /* printable ASCII: letters, digits, '.', '_', '-' */
  char *text;         /* the cell as written, surrounding spaces removed */
  unsigned long line; /* 1-based line of the row in the page */
};

struct page_table
{
  struct page_row *rows; /* in page order, each code once (a twin's may
                            repeat one) */
  size_t count;
  unsigned long line;    /* the line of the heading that names it, 0 if
                            none does */
};

struct page
{
  struct page_table common, business;
};

/* Where page_parse and page_read report problems; NULL (the default)
   means stderr.  */
extern FILE *page_diagnostics;

/* Running out of memory ends the program (xalloc.h), as everywhere in the
   maintainer tools.  */

/* Parses DATA (LEN bytes; may contain anything) read from NAME (used only
   in messages).  Returns 0 and fills *PAGE; or returns the number of
   problems (> 0) after reporting each on stderr as "NAME:LINE: message"
   (or "NAME: message" when it concerns the whole page), leaving *PAGE
   empty (nothing half-parsed).  PAGE may be NULL to only check the page.  */
int page_parse (const char *name, const char *data, size_t len,
                struct page *page);

/* The same for a twin page, whose tables may repeat a code: a wrong code
   cell, kept as a row of its own for align_twin to place.  */
int page_parse_twin (const char *name, const char *data, size_t len,
                     struct page *page);

/* Reads the file PATH and parses it; an unreadable file is one problem
   ("PATH: strerror", or "PATH: file too large ..." past MAINT_FILE_MAX of
   files.h).  */
int page_read (const char *path, struct page *page);
/* The same for a twin page (page_parse_twin).  */
int page_read_twin (const char *path, struct page *page);

/* Frees what *PAGE holds and leaves it empty; harmless on an empty page.  */
void page_free (struct page *page);

/* The (first) row of CODE in TABLE (a pointer into TABLE->rows), or NULL.  A linear
   search: tables have tens of rows.  */
const struct page_row *page_find (const struct page_table *table,
                                  const char *code);

#endif
