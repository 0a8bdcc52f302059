/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer harness of the page reader (src/maint/page.c: page_parse):
   any bytes as an error-code page.  */
#include <config.h>

#include "fuzz.h"
#include "page.h"

#include <string.h>

static void
check_table (const struct page_table *t)
{
  FUZZ_CHECK ((t->rows == NULL) == (t->count == 0));
  for (size_t i = 0; i < t->count; i++)
    {
      const struct page_row *row = &t->rows[i];
      FUZZ_CHECK (row->code != NULL && row->text != NULL);
      FUZZ_CHECK (row->code[0] != '\0');
      for (const char *c = row->code; *c; c++)
        FUZZ_CHECK ((*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z')
                    || (*c >= '0' && *c <= '9') || *c == '.' || *c == '_'
                    || *c == '-');
      FUZZ_CHECK (row->line > t->line);
      if (i > 0)
        FUZZ_CHECK (row->line > t->rows[i - 1].line);
      /* Each code once: page_find finds this very row.  */
      FUZZ_CHECK (page_find (t, row->code) == row);
      size_t n = strlen (row->text);
      if (n > 0)
        FUZZ_CHECK (row->text[0] != ' ' && row->text[n - 1] != ' ');
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (page_diagnostics == NULL)
    {
      page_diagnostics = fopen ("/dev/null", "w");
      FUZZ_CHECK (page_diagnostics != NULL);
    }
  struct page page;
  memset (&page, 0x5a, sizeof page);
  int rc = page_parse ("fuzz.md", (const char *) data, size, &page);
  FUZZ_CHECK (rc >= 0);
  FUZZ_CHECK (page_parse ("fuzz.md", (const char *) data, size, NULL) == rc);
  if (rc == 0)
    {
      check_table (&page.common);
      check_table (&page.business);
    }
  else
    FUZZ_CHECK (page.common.count == 0 && page.common.rows == NULL
                && page.business.count == 0 && page.business.rows == NULL);
  page_free (&page);
  FUZZ_CHECK (page.common.count == 0 && page.business.count == 0);
  page_free (&page);
  return 0;
}
