/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Reading products.md, the Go SDK's table of products:

   | 包名 | 产品中文名 | 更新历史 | 更新时间 |
   |:-:|:-:|:-:|:-:|
   | cvm | [云服务器](https://cloud.tencent.com/document/product/213) | ... |

   Only the first two cells of a row are read: the package name (the
   product's short name, the folder of its errors.go) and the link text,
   its Chinese name, which upstream leaves empty for a few old products
   (aai, cim, habo).  A file that is not such a table is refused whole:
   the names are written into the catalogs all or nothing.  */
#include <config.h>

#include "products-md.h"

#include "diag.h"
#include "files.h"
#include "tcerr.h"
#include "xalloc.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

/* The cell starting after the '|' at *P (LEN bytes left in the line),
   trimmed of spaces, as START and *CELL_LEN; *P moves to the next '|'.
   False when there is none.  */
static bool
next_cell (const char **p, const char *end, const char **start,
           size_t *cell_len)
{
  const char *bar = memchr (*p, '|', (size_t) (end - *p));
  if (bar == NULL)
    return false;
  const char *s = *p, *e = bar;
  while (s < e && *s == ' ')
    s++;
  while (e > s && e[-1] == ' ')
    e--;
  *start = s;
  *cell_len = (size_t) (e - s);
  *p = bar + 1;
  return true;
}

/* Whether the N bytes at S are valid UTF-8 without control characters.  */
static bool
is_clean_text (const char *s, size_t n)
{
  if (u8_check ((const uint8_t *) s, n) != NULL)
    return false;
  for (size_t i = 0; i < n; i++)
    if ((unsigned char) s[i] < 0x20 || s[i] == 0x7f)
      return false;
  return true;
}

static int
compare_rows (const void *a, const void *b)
{
  return strcmp (((const struct products_md_row *) a)->product,
                 ((const struct products_md_row *) b)->product);
}

/* Parses the row LINE (N bytes, its line end cut) into ROW; NULL, or what
   is wrong with it.  */
static const char *
parse_row (const char *line, size_t n, struct products_md_row *row)
{
  const char *end = line + n, *p = line, *cell;
  size_t len;
  if (n == 0 || line[0] != '|')
    return "not a row of the table (\"| PACKAGE | [NAME](URL) | ...\")";
  p++;
  if (!next_cell (&p, end, &cell, &len) || len == 0)
    return "no package name";
  char *product = xmemdup0 (cell, len);
  if (memchr (cell, '\0', len) != NULL || !tcerr_is_product_name (product))
    {
      free (product);
      return "the package name is not a product name";
    }
  const char *close;
  if (!next_cell (&p, end, &cell, &len) || len < 4 || cell[0] != '['
      || (close = memchr (cell, ']', len)) == NULL
      || (size_t) (close - cell) + 1 >= len || close[1] != '(')
    {
      free (product);
      return "no \"[NAME](URL)\" after the package name";
    }
  size_t name_len = (size_t) (close - cell) - 1;
  if (!is_clean_text (cell + 1, name_len))
    {
      free (product);
      return "the name is not valid UTF-8, or holds a control character";
    }
  row->product = product;
  row->name = xmemdup0 (cell + 1, name_len);
  return NULL;
}

int
products_md_parse (const char *name, const char *data, size_t len,
                   struct products_md *md)
{
  *md = (struct products_md) { NULL, 0 };
  int problems = 0;
  unsigned long lineno = 0;
  struct lines lines;
  const char *line;
  size_t n;
  lines_init (&lines, data, len);
  while (lines_next (&lines, &line, &n))
    {
      lineno++;
      if (n > 0 && line[n - 1] == '\r')
        n--;
      /* The heading and the delimiter row.  */
      if (lineno <= 2 || n == 0)
        continue;
      struct products_md_row row;
      const char *problem = parse_row (line, n, &row);
      if (problem != NULL)
        {
          diag_at (name, lineno, "%s", problem);
          problems++;
          continue;
        }
      row.line = lineno;
      md->rows = xreallocarray (md->rows, md->count + 1, sizeof *md->rows);
      md->rows[md->count++] = row;
    }
  if (problems == 0 && md->count == 0)
    {
      diag_at (name, 0, "no product in the table");
      problems++;
    }
  qsort (md->rows, md->count, sizeof *md->rows, compare_rows);
  for (size_t i = 1; i < md->count; i++)
    if (strcmp (md->rows[i - 1].product, md->rows[i].product) == 0)
      {
        diag_at (name, md->rows[i].line, "%s is in the table twice",
                 md->rows[i].product);
        problems++;
      }
  if (problems > 0)
    products_md_free (md);
  return problems;
}

static int
compare_product (const void *product, const void *row)
{
  return strcmp (product, ((const struct products_md_row *) row)->product);
}

const struct products_md_row *
products_md_find (const struct products_md *md, const char *product)
{
  return md->count > 0 ? bsearch (product, md->rows, md->count,
                                  sizeof *md->rows, compare_product)
                       : NULL;
}

void
products_md_free (struct products_md *md)
{
  for (size_t i = 0; i < md->count; i++)
    {
      free (md->rows[i].product);
      free (md->rows[i].name);
    }
  free (md->rows);
  *md = (struct products_md) { NULL, 0 };
}
