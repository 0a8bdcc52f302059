/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The Go SDKs' error codes as the tests read them: see sdk-oracle.h.  */
#include <config.h>

#include "sdk-oracle.h"

#include "tcerr.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *
must (void *p)
{
  if (p == NULL)
    {
      fputs ("sdk-oracle: out of memory\n", stderr);
      abort ();
    }
  return p;
}

static char *
copy (const char *s, size_t n)
{
  char *c = must (malloc (n + 1));
  memcpy (c, s, n);
  c[n] = '\0';
  return c;
}

/* The sorted names of DIR's entries starting with FIRST (any when 0).  */
static char **
entries (const char *dir, char first, size_t *count)
{
  DIR *d = opendir (dir);
  *count = 0;
  if (d == NULL)
    return NULL;
  char **names = NULL;
  struct dirent *e;
  while ((e = readdir (d)) != NULL)
    {
      if (e->d_name[0] == '.' || (first != 0 && e->d_name[0] != first))
        continue;
      names = must (realloc (names, (*count + 1) * sizeof *names));
      names[(*count)++] = must (strdup (e->d_name));
    }
  closedir (d);
  for (size_t i = 1; i < *count; i++)
    for (size_t j = i; j > 0 && strcmp (names[j - 1], names[j]) > 0; j--)
      {
        char *t = names[j];
        names[j] = names[j - 1];
        names[j - 1] = t;
      }
  return names;
}

/* The length of the white space that starts (or ends) the N bytes at S:
   a blank, a no-break space or an ideographic space; 0 if none.  */
static size_t
white_space_at (const char *s, size_t n)
{
  if (n >= 1 && (s[0] == ' ' || s[0] == '\t'))
    return 1;
  if (n >= 2 && memcmp (s, "\xC2\xA0", 2) == 0)
    return 2;
  if (n >= 3 && memcmp (s, "\xE3\x80\x80", 3) == 0)
    return 3;
  return 0;
}

static size_t
white_space_before (const char *s, size_t n)
{
  if (n >= 1 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
    return 1;
  if (n >= 2 && memcmp (s + n - 2, "\xC2\xA0", 2) == 0)
    return 2;
  if (n >= 3 && memcmp (s + n - 3, "\xE3\x80\x80", 3) == 0)
    return 3;
  return 0;
}

/* Adds KEY, or replaces the text of an older version's.  */
static void
add (struct sdk_oracle *o, size_t *capacity, const char *product,
     const char *version, const char *code, size_t code_len,
     const char *text, size_t text_len)
{
  for (size_t i = o->count; i > 0; i--)
    {
      struct sdk_oracle_key *k = &o->keys[i - 1];
      if (strcmp (k->product, product) != 0)
        break;
      if (strlen (k->code) == code_len
          && memcmp (k->code, code, code_len) == 0)
        {
          /* versions are read oldest first: the newer one wins */
          free (k->text);
          free (k->version);
          k->text = copy (text, text_len);
          k->version = must (strdup (version));
          return;
        }
    }
  if (o->count == *capacity)
    {
      *capacity = *capacity > 0 ? 2 * *capacity : 1024;
      o->keys = must (realloc (o->keys, *capacity * sizeof *o->keys));
    }
  o->keys[o->count++] = (struct sdk_oracle_key) {
    must (strdup (product)), copy (code, code_len), copy (text, text_len),
    must (strdup (version)) };
}

/* One errors.go: every `\tNAME = "Code"` line and the `\t// ` line above.  */
static void
read_go (struct sdk_oracle *o, size_t *capacity, const char *path,
         const char *product, const char *version)
{
  FILE *f = fopen (path, "r");
  if (f == NULL)
    {
      perror (path);
      abort ();
    }
  char *line = NULL, *previous = NULL;
  size_t size = 0;
  ssize_t n;
  while ((n = getline (&line, &size, f)) >= 0)
    {
      while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
        line[--n] = '\0';
      const char *eq = strstr (line, " = \"");
      if (line[0] == '\t' && eq != NULL && line[n - 1] == '"'
          && previous != NULL && strncmp (previous, "\t//", 3) == 0)
        {
          const char *code = eq + 4;
          char *text = previous + 3;
          /* control characters are no text (tab aside) */
          size_t text_len = 0;
          for (size_t i = 0; text[i] != '\0'; i++)
            if (((unsigned char) text[i] >= 0x20 || text[i] == '\t')
                && text[i] != 0x7f)
              text[text_len++] = text[i];
          /* nor is the white space around it (po/README.md, "Texts") */
          size_t space;
          while ((space = white_space_at (text, text_len)) > 0)
            text += space, text_len -= space;
          while ((space = white_space_before (text, text_len)) > 0)
            text_len -= space;
          size_t code_len = (size_t) (line + n - 1 - code);
          /* a comment that only repeats the code is no text */
          if (text_len == code_len && memcmp (text, code, code_len) == 0)
            text_len = 0;
          add (o, capacity, product, version, code, code_len, text,
               text_len);
        }
      free (previous);
      previous = must (strdup (line));
    }
  free (previous);
  free (line);
  fclose (f);
}

/* The registry's order (tcerr_key_compare).  */
static int
compare_keys (const void *a_, const void *b_)
{
  const struct sdk_oracle_key *a = a_, *b = b_;
  return tcerr_key_compare (&(struct tcerr_key) { a->product, a->code },
                            &(struct tcerr_key) { b->product, b->code });
}

void
sdk_oracle_load (struct sdk_oracle *o, const char *dir)
{
  *o = (struct sdk_oracle) { NULL, 0 };
  size_t capacity = 0, files = 0;
  char *root = must (malloc (strlen (dir) + 16));
  sprintf (root, "%s/tencentcloud", dir);
  size_t product_count;
  char **products = entries (root, 0, &product_count);
  for (size_t p = 0; p < product_count; p++)
    {
      char *pdir = must (malloc (strlen (root) + strlen (products[p]) + 2));
      sprintf (pdir, "%s/%s", root, products[p]);
      size_t version_count;
      char **versions = entries (pdir, 'v', &version_count);
      for (size_t v = 0; v < version_count; v++)
        {
          char *go = must (malloc (strlen (pdir) + strlen (versions[v]) + 16));
          sprintf (go, "%s/%s/errors.go", pdir, versions[v]);
          FILE *f = fopen (go, "r");
          if (f != NULL)
            {
              fclose (f);
              read_go (o, &capacity, go, products[p], versions[v]);
              files++;
            }
          free (go);
          free (versions[v]);
        }
      free (versions);
      free (pdir);
      free (products[p]);
    }
  free (products);
  if (files == 0)
    {
      fprintf (stderr, "sdk-oracle: no %s/*/v*/errors.go\n", root);
      abort ();
    }
  free (root);
  qsort (o->keys, o->count, sizeof *o->keys, compare_keys);
}

void
sdk_oracle_free (struct sdk_oracle *o)
{
  for (size_t i = 0; i < o->count; i++)
    {
      free (o->keys[i].product);
      free (o->keys[i].code);
      free (o->keys[i].text);
      free (o->keys[i].version);
    }
  free (o->keys);
  *o = (struct sdk_oracle) { NULL, 0 };
}

struct probe
{
  const char *product, *code;
};

static int
compare_probe (const void *probe_, const void *key_)
{
  const struct probe *probe = probe_;
  const struct sdk_oracle_key *key = key_;
  return tcerr_key_compare (&(struct tcerr_key) { probe->product,
                                                  probe->code },
                            &(struct tcerr_key) { key->product, key->code });
}

const struct sdk_oracle_key *
sdk_oracle_find (const struct sdk_oracle *o, const char *product,
                 const char *code)
{
  struct probe probe = { product, code };
  return bsearch (&probe, o->keys, o->count, sizeof *o->keys, compare_probe);
}
