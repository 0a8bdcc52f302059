/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The products upstream defines, and their Chinese names: see
   product-oracle.h.  A reader of the tests' own, as simple as can be: a
   folder is listed, a line of products.md split at its '|'.  */
#include <config.h>

#include "product-oracle.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void
die (const char *what, const char *where)
{
  fprintf (stderr, "product oracle: %s: %s\n", where, what);
  abort ();
}

static char *
copy (const char *s, size_t n)
{
  char *c = malloc (n + 1);
  if (c == NULL)
    abort ();
  memcpy (c, s, n);
  c[n] = '\0';
  return c;
}

static char *
join (const char *a, const char *b)
{
  size_t n = strlen (a) + strlen (b) + 2;
  char *s = malloc (n);
  if (s == NULL)
    abort ();
  snprintf (s, n, "%s/%s", a, b);
  return s;
}

static const char *
env (const char *name)
{
  const char *v = getenv (name);
  if (v == NULL || *v == '\0')
    die ("not set", name);
  return v;
}

/* Adds PRODUCT (N bytes) unless it is there.  */
static struct product_oracle_row *
add (struct product_oracle *o, const char *product, size_t n)
{
  for (size_t i = 0; i < o->count; i++)
    if (strlen (o->rows[i].product) == n
        && memcmp (o->rows[i].product, product, n) == 0)
      return &o->rows[i];
  o->rows = realloc (o->rows, (o->count + 1) * sizeof *o->rows);
  if (o->rows == NULL)
    abort ();
  o->rows[o->count] = (struct product_oracle_row) { copy (product, n), NULL };
  return &o->rows[o->count++];
}

/* Whether DIR (a product folder) has a vYYYYMMDD/errors.go.  */
static int
has_errors_go (const char *dir)
{
  DIR *d = opendir (dir);
  if (d == NULL)
    return 0;
  int found = 0;
  for (struct dirent *e; !found && (e = readdir (d)) != NULL;)
    {
      if (e->d_name[0] != 'v')
        continue;
      char *version = join (dir, e->d_name);
      char *file = join (version, "errors.go");
      struct stat st;
      found = stat (file, &st) == 0 && S_ISREG (st.st_mode);
      free (file);
      free (version);
    }
  closedir (d);
  return found;
}

static void
sdk_products (struct product_oracle *o, const char *sdk)
{
  char *root = join (env ("srcdir_upstream"), "sdk");
  char *tree = join (root, sdk);
  char *dir = join (tree, "tencentcloud");
  DIR *d = opendir (dir);
  if (d == NULL)
    die ("cannot be read", dir);
  size_t before = o->count;
  for (struct dirent *e; (e = readdir (d)) != NULL;)
    {
      if (e->d_name[0] == '.')
        continue;
      char *product = join (dir, e->d_name);
      if (has_errors_go (product))
        add (o, e->d_name, strlen (e->d_name));
      free (product);
    }
  closedir (d);
  if (o->count == before)
    die ("no product folder with an errors.go", dir);
  free (dir);
  free (tree);
  free (root);
}

static void
page_products (struct product_oracle *o)
{
  const char *dir = env ("TCERR_PAGES");
  DIR *d = opendir (dir);
  if (d == NULL)
    die ("cannot be read", dir);
  for (struct dirent *e; (e = readdir (d)) != NULL;)
    {
      size_t n = strlen (e->d_name);
      if (n > 3 && strcmp (e->d_name + n - 3, ".md") == 0)
        add (o, e->d_name, n - 3);
    }
  closedir (d);
}

/* The cell after the '|' at *P, its spaces trimmed.  */
static int
cell (const char **p, const char **start, size_t *n)
{
  const char *bar = strchr (*p, '|');
  if (bar == NULL)
    return 0;
  const char *s = *p, *e = bar;
  while (s < e && *s == ' ')
    s++;
  while (e > s && e[-1] == ' ')
    e--;
  *start = s;
  *n = (size_t) (e - s);
  *p = bar + 1;
  return 1;
}

static void
chinese_names (struct product_oracle *o)
{
  char *root = join (env ("srcdir_upstream"), "sdk");
  char *path = join (root, "tencentcloud-sdk-go/products.md");
  FILE *f = fopen (path, "r");
  if (f == NULL)
    die ("cannot be read", path);
  char line[4096];
  unsigned long lineno = 0, rows = 0;
  while (fgets (line, sizeof line, f) != NULL)
    {
      lineno++;
      line[strcspn (line, "\r\n")] = '\0';
      if (lineno <= 2 || line[0] == '\0')
        continue;
      const char *p = line, *product, *link;
      size_t pn, ln;
      const char *close;
      if (line[0] != '|' || (p++, !cell (&p, &product, &pn))
          || !cell (&p, &link, &ln) || ln < 4 || link[0] != '['
          || (close = memchr (link, ']', ln)) == NULL || close[1] != '(')
        die ("a line that is not a row of the table", path);
      /* A product that products.md lists but that has no folder is no
         product of the registry: only the listed ones get a name.  */
      for (size_t i = 0; i < o->count; i++)
        if (strlen (o->rows[i].product) == pn
            && memcmp (o->rows[i].product, product, pn) == 0)
          {
            free (o->rows[i].zh_name);
            o->rows[i].zh_name = copy (link + 1, (size_t) (close - link) - 1);
          }
      rows++;
    }
  fclose (f);
  if (rows == 0)
    die ("no row", path);
  free (path);
  free (root);
}

static int
compare (const void *a, const void *b)
{
  return strcmp (((const struct product_oracle_row *) a)->product,
                 ((const struct product_oracle_row *) b)->product);
}

void
product_oracle_load (struct product_oracle *o)
{
  *o = (struct product_oracle) { NULL, 0 };
  add (o, "common", strlen ("common"));
  sdk_products (o, "tencentcloud-sdk-go");
  sdk_products (o, "tencentcloud-sdk-go-intl-en");
  page_products (o);
  chinese_names (o);
  qsort (o->rows, o->count, sizeof *o->rows, compare);
}

void
product_oracle_free (struct product_oracle *o)
{
  for (size_t i = 0; i < o->count; i++)
    {
      free (o->rows[i].product);
      free (o->rows[i].zh_name);
    }
  free (o->rows);
  *o = (struct product_oracle) { NULL, 0 };
}

const struct product_oracle_row *
product_oracle_find (const struct product_oracle *o, const char *product)
{
  for (size_t i = 0; i < o->count; i++)
    if (strcmp (o->rows[i].product, product) == 0)
      return &o->rows[i];
  return NULL;
}
