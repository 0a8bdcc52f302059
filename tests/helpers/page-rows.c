/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The documented pages for the shell tests, as the test oracle reads them
   (oracle.c): the one reader of upstream/pages in the tests, besides tcerr-import's
   own (src/maint/page.c, itself under test).

   page-rows PAGE TABLE         that table's rows: CODE TAB TEXT
   page-rows PAGE TABLE CODE    the text of CODE in that table
   page-rows --example PAGE     the page's example API response
   page-rows --file=PATH [--twin] TABLE
                                the rows of that table of the page file PATH
                                (any name; headings in Chinese, English,
                                Japanese or Korean): LINE TAB CODE TAB TEXT;
                                --twin: a page in another language, which
                                may give a code twice

   The pages are those of $TCERR_PAGES; PAGE is a page's name without .md
   (its product); TABLE is "common" (its common table) or "product" (its
   product's table).  Rows come in the page's order, texts as the catalogs
   keep them (the cell, surrounding spaces removed).  Exit status: 0; 1 when
   the page (no rows), the code or the example is not there; 2 usage error.
   A malformed page aborts (oracle.c).  */
#include <config.h>

#include "oracle.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The oracle's name for TABLE of PAGE, or NULL when TABLE is neither.  */
static const char *
table_name (const char *page, const char *table)
{
  return strcmp (table, "common") == 0 ? "common"
         : strcmp (table, "product") == 0 ? page : NULL;
}

static int
usage (void)
{
  fputs ("usage: page-rows PAGE common|product [CODE]\n"
         "       page-rows --example PAGE\n"
         "       page-rows --file=PATH [--twin] common|product\n", stderr);
  return 2;
}

/* page-rows --file=PATH [--twin] TABLE: ARGV[0] is the --file option.  */
static int
file_rows (int argc, char **argv)
{
  const char *path = argv[0] + strlen ("--file=");
  int twin = argc == 3 && strcmp (argv[1], "--twin") == 0;
  if (argc != 2 + twin)
    return usage ();
  /* The rows' page is "file": TABLE "product" is its product table.  */
  const char *table = table_name ("file", argv[1 + twin]);
  if (table == NULL)
    return usage ();
  struct oracle o;
  oracle_load_file (&o, path, "file", twin);
  for (size_t i = 0; i < o.count; i++)
    if (strcmp (o.rows[i].table, table) == 0)
      printf ("%u\t%s\t%s\n", o.rows[i].line, o.rows[i].code,
              o.rows[i].text);
  oracle_free (&o);
  return fclose (stdout) == 0 ? 0 : 1;
}

int
main (int argc, char **argv)
{
  if (argc == 3 && strcmp (argv[1], "--example") == 0)
    {
      char *example = oracle_example (argv[2]);
      if (example == NULL)
        return 1;
      fputs (example, stdout);
      free (example);
      return fclose (stdout) == 0 ? 0 : 1;
    }
  if (argc > 1 && strncmp (argv[1], "--file=", strlen ("--file=")) == 0)
    return file_rows (argc - 1, argv + 1);
  if (argc != 3 && argc != 4)
    return usage ();
  const char *page = argv[1];
  const char *table = table_name (page, argv[2]);
  const char *code = argc > 3 ? argv[3] : NULL;
  if (table == NULL)
    return usage ();

  struct oracle o;
  oracle_load (&o);
  int found = 0, page_seen = 0;
  for (size_t i = 0; i < o.count; i++)
    {
      const struct oracle_row *r = &o.rows[i];
      if (strcmp (r->page, page) != 0)
        continue;
      page_seen = 1;
      if (strcmp (r->table, table) != 0)
        continue;
      if (code == NULL)
        printf ("%s\t%s\n", r->code, r->text);
      else if (strcmp (r->code, code) == 0)
        {
          puts (r->text);
          found = 1;
        }
    }
  oracle_free (&o);
  if (fclose (stdout) != 0)
    return 1;
  return (code == NULL ? page_seen : found) ? 0 : 1;
}
