/* src/registry.def as a file: a preamble, then one TCERR_KEY line a key.  */
#include <config.h>

#include "registry-def.h"
#include "tcerr.h"
#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
compare (const char *p1, const char *c1, const char *p2, const char *c2)
{
  int c = strcmp (p1, p2);
  return c != 0 ? c : strcmp (c1, c2);
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

void
registry_file_add (struct registry_file *r, const char *product,
                   const char *code)
{
  size_t i = position (r, product, code);
  if (i < r->count && compare (r->keys[i].product, r->keys[i].code,
                               product, code) == 0)
    return;
  r->keys = xreallocarray (r->keys, r->count + 1, sizeof *r->keys);
  memmove (&r->keys[i + 1], &r->keys[i], (r->count - i) * sizeof *r->keys);
  r->keys[i] = (struct registry_key) { xstrdup (product), xstrdup (code) };
  r->count++;
}

/* Parses one key line, TCERR_KEY ("product", "code").  */
static bool
parse_key (const char *line, char *product, char *code)
{
  int end = -1;
  if (sscanf (line, "TCERR_KEY (\"%63[^\"]\", \"%255[^\"]\")%n",
              product, code, &end) != 2 || end < 0 || line[end] != '\0')
    return false;
  return tcerr_is_product_name (product) && tcerr_is_code (code);
}

int
registry_file_read (const char *path, struct registry_file *r)
{
  *r = (struct registry_file) { NULL, NULL, 0 };
  FILE *f = fopen (path, "r");
  if (f == NULL)
    {
      perror (path);
      return -1;
    }
  char *line = NULL, *preamble = NULL;
  size_t cap = 0, preamble_len = 0;
  FILE *pre = open_memstream (&preamble, &preamble_len);
  unsigned long lineno = 0;
  int errors = 0;
  ssize_t n;
  while ((n = getline (&line, &cap, f)) >= 0)
    {
      lineno++;
      if (r->count == 0 && strncmp (line, "TCERR_KEY", 9) != 0)
        {
          fwrite (line, 1, (size_t) n, pre);
          continue;
        }
      line[strcspn (line, "\n")] = '\0';
      char product[64], code[256];
      if (*line == '\0')
        continue;
      if (!parse_key (line, product, code))
        {
          fprintf (stderr, "%s:%lu: not a TCERR_KEY (\"product\", \"code\") "
                   "line\n", path, lineno);
          errors++;
          continue;
        }
      if (r->count > 0
          && compare (r->keys[r->count - 1].product,
                      r->keys[r->count - 1].code, product, code) >= 0)
        {
          fprintf (stderr, "%s:%lu: %s %s is out of order or repeated\n",
                   path, lineno, product, code);
          errors++;
          continue;
        }
      r->keys = xreallocarray (r->keys, r->count + 1, sizeof *r->keys);
      r->keys[r->count++]
        = (struct registry_key) { xstrdup (product), xstrdup (code) };
    }
  if (ferror (f))
    {
      perror (path);
      errors++;
    }
  free (line);
  fclose (f);
  fclose (pre);
  r->preamble = preamble;
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
  FILE *out = open_memstream (&text, &len);
  if (out == NULL)
    xalloc_die ();
  fputs (r->preamble != NULL ? r->preamble : "", out);
  for (size_t i = 0; i < r->count; i++)
    fprintf (out, "TCERR_KEY (\"%s\", \"%s\")\n", r->keys[i].product,
             r->keys[i].code);
  if (fclose (out) != 0)
    xalloc_die ();
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
  free (r->preamble);
  *r = (struct registry_file) { NULL, NULL, 0 };
}
