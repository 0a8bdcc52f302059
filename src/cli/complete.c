/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* --complete: words for the shells' completion scripts.  Fast on the
   14,000 codes (no message is looked up, one sort), and silent: a shell
   asks while a person types, so nothing goes to stderr.  */
#include <config.h>

#include "complete.h"
#include "text.h"
#include "xalloc.h"

#include "tcerr.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

bool
cli_complete_parse_what (const char *arg, enum cli_complete_what *what)
{
  if (strcmp (arg, "products") == 0)
    *what = CLI_COMPLETE_PRODUCTS;
  else if (strcmp (arg, "codes") == 0)
    *what = CLI_COMPLETE_CODES;
  else if (strcmp (arg, "languages") == 0)
    *what = CLI_COMPLETE_LANGUAGES;
  else
    return false;
  return true;
}

static unsigned char
fold (char c)
{
  return c >= 'A' && c <= 'Z' ? (unsigned char) (c - 'A' + 'a')
                              : (unsigned char) c;
}

/* Whether S starts with PREFIX, ignoring the case of ASCII letters.  */
static bool
starts_with (const char *s, const char *prefix)
{
  for (; *prefix != '\0'; s++, prefix++)
    if (fold (*s) != fold (*prefix))
      return false;
  return true;
}

static int
compare_strings (const void *a, const void *b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* Prints the N words of V that start with PREFIX, sorted, each once.  */
static void
print_words (const char **v, size_t n, const char *prefix)
{
  qsort (v, n, sizeof *v, compare_strings);
  for (size_t i = 0; i < n; i++)
    if ((i == 0 || strcmp (v[i], v[i - 1]) != 0) && starts_with (v[i], prefix))
      {
        fputs (v[i], stdout);
        putchar ('\n');
      }
}

static void
complete_codes (const char *product, const char *prefix)
{
  if (product != NULL && product[0] == '\0')
    return;
  size_t count;
  const struct tcerr_key *keys = tcerr_keys (&count);
  const char **v = xmalloc ((count + 1) * sizeof *v);
  size_t n = 0;
  for (size_t i = 0; i < count; i++)
    if (product == NULL || strcmp (keys[i].product, product) == 0
        || strcmp (keys[i].product, TCERR_COMMON) == 0)
      v[n++] = keys[i].code;
  print_words (v, n, prefix);
  free (v);
}

/* Each product and its name, after a tab: the description zsh and fish
   show beside it (bash takes the product alone).  */
static void
complete_products (const char *prefix)
{
  for (const char *const *p = tcerr_products (); *p != NULL; p++)
    if (starts_with (*p, prefix))
      {
        fputs (*p, stdout);
        const char *name = tcerr_product_name (*p);
        if (name != NULL)
          {
            char *safe = cli_text_terminal (name, strlen (name));
            printf ("\t%s", safe);
            free (safe);
          }
        putchar ('\n');
      }
}

/* The languages with a catalog where the library reads them (each
   LANG/LC_MESSAGES/tcerr.mo of its locale directory), and English, which
   is compiled in.  */
/* Whether NAME, a folder of the locale directory, names a language
   (zh_CN, en, the alias zh), so that --lang takes it.  */
static bool
is_language (const char *name)
{
  char normal[TCERR_LANGUAGE_MAX];
  return name[0] != '.'
         && tcerr_language_name (name, normal, sizeof normal) == 0;
}

/* The languages with a catalog where the library reads them (each
   LANG/LC_MESSAGES/tcerr.mo of its locale directory), and English, which
   is compiled in.  */
static void
complete_languages (const char *prefix)
{
  size_t n = 0, room = 16;
  char **names = xmalloc (room * sizeof *names);
  names[n++] = xstrdup ("en");
  const char *dir = tcerr_localedir ();
  DIR *d = dir != NULL ? opendir (dir) : NULL;
  for (struct dirent *e; d != NULL && (e = readdir (d)) != NULL;)
    {
      if (!is_language (e->d_name))
        continue;
      size_t len = strlen (dir) + strlen (e->d_name) + 32;
      char *mo = xmalloc (len);
      snprintf (mo, len, "%s/%s/LC_MESSAGES/tcerr.mo", dir, e->d_name);
      struct stat st;
      if (stat (mo, &st) == 0 && S_ISREG (st.st_mode))
        {
          if (n == room)
            names = xreallocarray (names, room *= 2, sizeof *names);
          names[n++] = xstrdup (e->d_name);
        }
      free (mo);
    }
  if (d != NULL)
    closedir (d);
  const char **v = xmalloc (n * sizeof *v);
  for (size_t i = 0; i < n; i++)
    v[i] = names[i];
  print_words (v, n, prefix);
  free (v);
  for (size_t i = 0; i < n; i++)
    free (names[i]);
  free (names);
}

void
cli_complete (enum cli_complete_what what, const char *product,
              const char *prefix)
{
  switch (what)
    {
    case CLI_COMPLETE_PRODUCTS:
      complete_products (prefix);
      break;
    case CLI_COMPLETE_CODES:
      complete_codes (product, prefix);
      break;
    case CLI_COMPLETE_LANGUAGES:
    default:
      complete_languages (prefix);
      break;
    }
}
