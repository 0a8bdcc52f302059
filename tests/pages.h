/* The test oracle: the documented error-code pages in po/pages/, read
   straight from the markdown, never from the catalogs.  */
#ifndef TESTS_PAGES_H
#define TESTS_PAGES_H

#include <stddef.h>

struct page_row
{
  char *product; /* "common", or the page's product (its file name) */
  char *code;
  char *text;    /* the cell as documented, surrounding spaces removed */
};

struct pages
{
  struct page_row *rows; /* each key once: common rows of several pages
                            are merged (and must agree) */
  size_t count;
};

/* Reads every *.md page of $TCERR_PAGES.  Aborts on a malformed page.  */
void pages_load (struct pages *pages);
void pages_free (struct pages *pages);
/* The documented text of (PRODUCT, CODE), or NULL.  */
const char *pages_text (const struct pages *pages,
                        const char *product, const char *code);

/* Test helpers on UTF-8 text.  */
int utf8_valid (const char *s, size_t len);
int has_cjk (const char *s);

#endif
