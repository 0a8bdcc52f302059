/* The codes a server message belongs to: every documented key's text in
   every language (the compiled-in English, then each catalog's), sorted
   once, searched by bsearch.

   The library answers in the thread's language, which LANGUAGE decides
   over any locale_t; so each catalog is read with LANGUAGE set to it for
   the time of the reading, under C.UTF-8 (UTF-8 texts; the C locale
   ignores LANGUAGE and gives the compiled-in English).  Only exact
   answers count: a category's text says nothing of the code.  */
#include <config.h>

#include "message-index.h"
#include "xalloc.h"

#include <locale.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <tcerr.h>

/* The catalogs (po/LINGUAS), as LANGUAGE entries.  */
static const char *const catalogs[] = { "zh_CN", "en" };

struct entry
{
  const char *text; /* UTF-8 */
  const char *code;
  const char *product; /* the table of its key */
};

static struct entry *entries;
static size_t entry_count, entry_alloc;
static bool indexed;

static void
add (const char *text, const char *code, const char *product)
{
  if (entry_count == entry_alloc)
    {
      entry_alloc = entry_alloc != 0 ? 2 * entry_alloc : 1024;
      entries = xreallocarray (entries, entry_alloc, sizeof *entries);
    }
  entries[entry_count++] = (struct entry) { text, code, product };
}

/* Adds every key's exact text in the language of LOC.  */
static void
add_language (locale_t loc)
{
  size_t count;
  const struct tcerr_key *keys = tcerr_keys (&count);
  for (size_t i = 0; i < count; i++)
    {
      struct tcerr_result r;
      if (tcerr_lookup_l (keys[i].product, keys[i].code, loc, &r) == 0
          && r.match == TCERR_MATCH_EXACT)
        add (r.message, keys[i].code, keys[i].product);
    }
}

/* glibc's count of what gettext's answers depend on: a program that
   changes LANGUAGE adds one, as gettext's manual says, or gettext keeps
   answering in the language it first found (the library no longer does
   it behind its caller's back).  */
extern int _nl_msg_cat_cntr;

/* Adds the texts of each catalog, LANGUAGE set to it meanwhile.  */
static void
add_catalogs (void)
{
  locale_t loc = newlocale (LC_ALL_MASK, "C.UTF-8", (locale_t) 0);
  if (loc == (locale_t) 0)
    return; /* no UTF-8 to read them in: the English only */
  const char *language = getenv ("LANGUAGE");
  char *saved = language != NULL ? xstrdup (language) : NULL;
  for (size_t i = 0; i < sizeof catalogs / sizeof catalogs[0]; i++)
    if (setenv ("LANGUAGE", catalogs[i], 1) == 0)
      {
        ++_nl_msg_cat_cntr;
        add_language (loc);
      }
  if (saved != NULL)
    setenv ("LANGUAGE", saved, 1);
  else
    unsetenv ("LANGUAGE");
  ++_nl_msg_cat_cntr;
  free (saved);
  freelocale (loc);
}

static int
compare (const void *a, const void *b)
{
  const struct entry *x = a, *y = b;
  int c = strcmp (x->text, y->text);
  if (c == 0)
    c = strcmp (x->code, y->code);
  return c != 0 ? c : strcmp (x->product, y->product);
}

static void
build (void)
{
  locale_t c = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
  if (c != (locale_t) 0)
    {
      add_language (c);
      freelocale (c);
    }
  add_catalogs ();
  if (entry_count > 0)
    qsort (entries, entry_count, sizeof *entries, compare);
  indexed = true;
}

/* Compares the key (a struct entry with TEXT only) with an entry.  */
static int
compare_text (const void *key, const void *element)
{
  const struct entry *k = key, *e = element;
  return strcmp (k->text, e->text);
}

/* Adds the codes of the entries from HIT to END (equal texts, sorted by
   code) that belong to PRODUCT (NULL: any) to CODES, each once; returns
   how many there are now (N before).  */
static size_t
take_codes (const struct entry *hit, const struct entry *end,
            const char *product, const char **codes, size_t n)
{
  for (; hit < end && n < CLI_MESSAGE_CODES_MAX; hit++)
    if ((product == NULL || strcmp (hit->product, product) == 0)
        && (n == 0 || strcmp (codes[n - 1], hit->code) != 0))
      codes[n++] = hit->code;
  return n;
}

size_t
cli_message_codes (const char *message, size_t len, const char *product,
                   const char **codes)
{
  /* A NUL inside: no text of the catalog.  */
  if (len == 0 || memchr (message, '\0', len) != NULL)
    return 0;
  if (!indexed)
    build ();
  char *text = xmemdup0 (message, len);
  struct entry key = { text, NULL, NULL };
  const struct entry *hit
    = bsearch (&key, entries, entry_count, sizeof *entries, compare_text);
  size_t n = 0;
  if (hit != NULL)
    {
      /* The equal texts, from the first.  */
      const struct entry *end = hit;
      while (hit > entries && strcmp (hit[-1].text, text) == 0)
        hit--;
      while (end < entries + entry_count && strcmp (end->text, text) == 0)
        end++;
      if (product != NULL)
        n = take_codes (hit, end, product, codes, 0);
      if (product != NULL && n == 0)
        n = take_codes (hit, end, TCERR_COMMON, codes, 0);
      if (n == 0)
        n = take_codes (hit, end, NULL, codes, 0);
    }
  free (text);
  return n;
}
