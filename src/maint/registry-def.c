/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* src/registry.def as a file: a preamble, one TCERR_PRODUCT line a
   product, then one TCERR_KEY line a key.  */
#include <config.h>

#include "registry-def.h"

#include "diag.h"
#include "files.h"
#include "tcerr.h"
#include "xalloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The registry's order (tcerr_key_compare) on two keys' names.  */
static int
compare (const char *p1, const char *c1, const char *p2, const char *c2)
{
  return tcerr_key_compare (&(struct tcerr_key) { p1, c1 },
                            &(struct tcerr_key) { p2, c2 });
}

/* Index of the first key not before (PRODUCT, CODE).  */
static size_t
position (const struct registry_file *r, const char *product,
          const char *code)
{
  size_t lo = 0, hi = r->count;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      if (compare (r->keys[mid].product, r->keys[mid].code,
                   product, code) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

bool
registry_file_has (const struct registry_file *r,
                   const char *product, const char *code)
{
  size_t i = position (r, product, code);
  return i < r->count && compare (r->keys[i].product, r->keys[i].code,
                                  product, code) == 0;
}

/* Index of the first product not before PRODUCT.  */
static size_t
product_position (const struct registry_file *r, const char *product)
{
  size_t lo = 0, hi = r->product_count;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      if (strcmp (r->products[mid], product) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

bool
registry_file_has_product (const struct registry_file *r,
                           const char *product)
{
  size_t i = product_position (r, product);
  return i < r->product_count && strcmp (r->products[i], product) == 0;
}

bool
registry_file_add_product (struct registry_file *r, const char *product)
{
  size_t i = product_position (r, product);
  if (i < r->product_count && strcmp (r->products[i], product) == 0)
    return false;
  r->products = xreallocarray (r->products, r->product_count + 1,
                               sizeof *r->products);
  memmove (&r->products[i + 1], &r->products[i],
           (r->product_count - i) * sizeof *r->products);
  r->products[i] = xstrdup (product);
  r->product_count++;
  return true;
}

void
registry_file_add (struct registry_file *r, const char *product,
                   const char *code)
{
  registry_file_add_product (r, product);
  size_t i = position (r, product, code);
  if (i < r->count && compare (r->keys[i].product, r->keys[i].code,
                               product, code) == 0)
    return;
  r->keys = xreallocarray (r->keys, r->count + 1, sizeof *r->keys);
  memmove (&r->keys[i + 1], &r->keys[i], (r->count - i) * sizeof *r->keys);
  r->keys[i] = (struct registry_key) { xstrdup (product), xstrdup (code) };
  r->count++;
}

#define STRINGIFY(x) #x
#define EXPAND_STRINGIFY(x) STRINGIFY (x)

/* Parses one key line, TCERR_KEY ("product", "code"): LEN bytes at LINE,
   without its line end.  PRODUCT and CODE have room for the longest the
   library accepts.  */
static bool
parse_key (const char *line, size_t len, char *product, char *code)
{
  /* A NUL byte would end sscanf's input early: no key line has one.  */
  if (memchr (line, '\0', len) != NULL)
    return false;
  char *copy = xmemdup0 (line, len);
  int end = -1;
  bool ok = sscanf (copy, "TCERR_KEY (\"%" EXPAND_STRINGIFY (TCERR_PRODUCT_MAX)
                    "[^\"]\", \"%" EXPAND_STRINGIFY (TCERR_CODE_MAX)
                    "[^\"]\")%n", product, code, &end) == 2
            && end >= 0 && copy[end] == '\0';
  free (copy);
  return ok && tcerr_is_product_name (product) && tcerr_is_code (code);
}

/* Parses one product line, TCERR_PRODUCT ("product"), as parse_key.  */
static bool
parse_product (const char *line, size_t len, char *product)
{
  if (memchr (line, '\0', len) != NULL)
    return false;
  char *copy = xmemdup0 (line, len);
  int end = -1;
  bool ok = sscanf (copy, "TCERR_PRODUCT (\"%"
                    EXPAND_STRINGIFY (TCERR_PRODUCT_MAX) "[^\"]\")%n",
                    product, &end) == 1
            && end >= 0 && copy[end] == '\0';
  free (copy);
  return ok && tcerr_is_product_name (product);
}

static bool
starts (const char *line, size_t len, const char *word)
{
  size_t n = strlen (word);
  return len >= n && memcmp (line, word, n) == 0;
}

int
registry_file_read (const char *path, struct registry_file *r)
{
  *r = (struct registry_file) { NULL, NULL, 0, NULL, 0 };
  size_t len;
  char *data = maint_read_file (path, &len);
  if (data == NULL)
    {
      diag_file (path, errno);
      return -1;
    }
  /* The preamble: the lines before the first product or key line.  */
  size_t preamble_len = 0;
  bool in_preamble = true;
  unsigned long lineno = 0;
  int errors = 0;
  struct lines lines;
  const char *line;
  size_t n;
  lines_init (&lines, data, len);
  while (lines_next (&lines, &line, &n))
    {
      lineno++;
      if (in_preamble && !starts (line, n, "TCERR_KEY")
          && !starts (line, n, "TCERR_PRODUCT"))
        {
          preamble_len = (size_t) (lines.p - data);
          continue;
        }
      in_preamble = false;
      char product[TCERR_PRODUCT_MAX + 1], code[TCERR_CODE_MAX + 1];
      if (n == 0)
        continue;
      if (starts (line, n, "TCERR_PRODUCT"))
        {
          if (r->count > 0 || !parse_product (line, n, product))
            {
              diag_at (path, lineno, r->count > 0
                       ? "a TCERR_PRODUCT line after the keys"
                       : "not a TCERR_PRODUCT (\"product\") line");
              errors++;
            }
          else if (r->product_count > 0
                   && strcmp (r->products[r->product_count - 1],
                              product) >= 0)
            {
              diag_at (path, lineno, "product %s is out of order or "
                       "repeated", product);
              errors++;
            }
          else
            {
              r->products = xreallocarray (r->products, r->product_count + 1,
                                           sizeof *r->products);
              r->products[r->product_count++] = xstrdup (product);
            }
          continue;
        }
      if (!parse_key (line, n, product, code))
        {
          diag_at (path, lineno, "not a TCERR_KEY (\"product\", \"code\") "
                   "line");
          errors++;
          continue;
        }
      if (r->count > 0
          && compare (r->keys[r->count - 1].product,
                      r->keys[r->count - 1].code, product, code) >= 0)
        {
          diag_at (path, lineno, "%s %s is out of order or repeated",
                   product, code);
          errors++;
          continue;
        }
      r->keys = xreallocarray (r->keys, r->count + 1, sizeof *r->keys);
      r->keys[r->count++]
        = (struct registry_key) { xstrdup (product), xstrdup (code) };
    }
  r->preamble = xmemdup0 (data, preamble_len);
  free (data);
  /* Each key's product has its line (a registry of before the product
     lines, a key added by hand): written with the file.  */
  for (size_t i = 0; errors == 0 && i < r->count; i++)
    registry_file_add_product (r, r->keys[i].product);
  if (errors > 0)
    {
      registry_file_free (r);
      return -1;
    }
  return 0;
}

char *
registry_file_format (const struct registry_file *r)
{
  char *text = NULL;
  size_t len = 0;
  FILE *out = xopen_memstream (&text, &len);
  fputs (r->preamble != NULL ? r->preamble : "", out);
  for (size_t i = 0; i < r->product_count; i++)
    fprintf (out, "TCERR_PRODUCT (\"%s\")\n", r->products[i]);
  if (r->product_count > 0 && r->count > 0)
    putc ('\n', out);
  for (size_t i = 0; i < r->count; i++)
    fprintf (out, "TCERR_KEY (\"%s\", \"%s\")\n", r->keys[i].product,
             r->keys[i].code);
  xclose_memstream (out);
  return text;
}

void
registry_file_free (struct registry_file *r)
{
  for (size_t i = 0; i < r->count; i++)
    {
      free (r->keys[i].product);
      free (r->keys[i].code);
    }
  free (r->keys);
  for (size_t i = 0; i < r->product_count; i++)
    free (r->products[i]);
  free (r->products);
  free (r->preamble);
  *r = (struct registry_file) { NULL, NULL, 0, NULL, 0 };
}
