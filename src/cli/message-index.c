/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The keys a server message belongs to: every documented key's text in
   every language of the build (the compiled-in English, then each
   catalog's, as the library reads them for a language named:
   tcerr_languages, tcerr_lookup_lang), normalized (message_normalize),
   sorted once, searched by bsearch.  Nothing of the process changes:
   neither the locale nor LANGUAGE.  Only exact answers count: a
   category's text says nothing of the code.  */
#include <config.h>

#include "message-index.h"
#include "xalloc.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

struct entry
{
  const char *text;           /* normalized, UTF-8: the library's text
                                 (its first LEN bytes), or a copy when
                                 normalizing changed more than its end */
  size_t len;
  const struct tcerr_key *key;
};

static struct entry *entries;
static size_t entry_count, entry_alloc;
static bool indexed;

/* Whether the N bytes at P are a blank: ASCII white space or U+3000
   IDEOGRAPHIC SPACE; its length, or 0.  */
static size_t
blank_len (const char *p, size_t n)
{
  if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f'
      || *p == '\v')
    return 1;
  if (n >= 3 && memcmp (p, "\xe3\x80\x80", 3) == 0)
    return 3;
  return 0;
}

/* The length of a final punctuation mark that ends the N bytes at S, or
   0: "." "!" "。" (U+3002) "！" (U+FF01) "．" (U+FF0E).  */
static size_t
final_mark_len (const char *s, size_t n)
{
  static const char *const marks[] = {
    ".", "!", "\xe3\x80\x82", "\xef\xbc\x81", "\xef\xbc\x8e"
  };
  for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
    {
      size_t m = strlen (marks[i]);
      if (n >= m && memcmp (s + n - m, marks[i], m) == 0)
        return m;
    }
  return 0;
}

/* The LEN bytes of TEXT normalized into OUT (room for LEN + 1): each run
   of blanks one space, none at either end, final punctuation marks (and
   blanks between them) dropped; returns its length.  */
static size_t
message_normalize (const char *text, size_t len, char *out)
{
  size_t o = 0;
  bool space = false;
  for (size_t i = 0; i < len;)
    {
      size_t b = blank_len (text + i, len - i);
      if (b > 0)
        {
          space = o > 0;
          i += b;
          continue;
        }
      if (space)
        out[o++] = ' ';
      space = false;
      out[o++] = text[i++];
    }
  for (size_t m; (m = final_mark_len (out, o)) > 0;)
    {
      o -= m;
      while (o > 0 && out[o - 1] == ' ')
        o--;
    }
  out[o] = '\0';
  return o;
}

/* The entry each key got first (its index + 1; 0: none): a later
   language whose text is the same adds none.  */
static size_t *first_entry;

/* Adds the library's TEXT (valid for the life of the process) of KEY,
   unless KEY has that text already.  */
static void
add (const char *text, const struct tcerr_key *key, size_t key_index)
{
  size_t first = first_entry[key_index];
  if (first != 0 && strcmp (entries[first - 1].text, text) == 0)
    return;
  size_t len = strlen (text);
  char *normal = xmalloc (len + 1);
  size_t n = message_normalize (text, len, normal);
  if (n == 0)
    {
      free (normal);
      return;
    }
  const char *kept = normal;
  if (memcmp (normal, text, n) == 0)
    {
      /* Only its end changed: the library's text will do.  */
      kept = text;
      free (normal);
    }
  if (entry_count == entry_alloc)
    {
      entry_alloc = entry_alloc != 0 ? 2 * entry_alloc : 1024;
      entries = xreallocarray (entries, entry_alloc, sizeof *entries);
    }
  entries[entry_count++] = (struct entry) { kept, n, key };
  if (first == 0 && kept == text)
    first_entry[key_index] = entry_count;
}

/* Compares the texts of two entries.  */
static int
compare_texts (const struct entry *x, const struct entry *y)
{
  int c = memcmp (x->text, y->text, x->len < y->len ? x->len : y->len);
  return c != 0 ? c : x->len < y->len ? -1 : x->len > y->len;
}

/* Adds every key's exact text in the language LANG names ("en": its
   catalog, or else the compiled-in English).  */
static void
add_language (const char *lang)
{
  size_t count;
  const struct tcerr_key *keys = tcerr_keys (&count);
  for (size_t i = 0; i < count; i++)
    {
      struct tcerr_result r;
      if (tcerr_lookup_lang (lang, keys[i].product, keys[i].code, &r) == 0
          && r.match == TCERR_MATCH_EXACT)
        add (r.message, &keys[i], i);
    }
}

/* Texts, then keys in the registry's order.  */
static int
compare (const void *a, const void *b)
{
  const struct entry *x = a, *y = b;
  int c = compare_texts (x, y);
  if (c == 0)
    c = x->key < y->key ? -1 : x->key > y->key;
  return c;
}

static void
build (void)
{
  size_t count;
  tcerr_keys (&count);
  first_entry = xcalloc (count, sizeof *first_entry);
  for (const char *const *lang = tcerr_languages (); *lang != NULL; lang++)
    add_language (*lang);
  if (entry_count > 0)
    qsort (entries, entry_count, sizeof *entries, compare);
  free (first_entry);
  first_entry = NULL;
  indexed = true;
}

/* Compares the key (a struct entry with TEXT only) with an entry.  */
static int
compare_text (const void *key, const void *element)
{
  return compare_texts (key, element);
}

size_t
cli_message_keys (const char *message, size_t len, struct tcerr_key *keys,
                  size_t max)
{
  /* A NUL inside: no text of the registry.  */
  if (len == 0 || memchr (message, '\0', len) != NULL)
    return 0;
  if (!indexed)
    build ();
  char *normal = xmalloc (len + 1);
  struct entry key = { normal, message_normalize (message, len, normal),
                       NULL };
  const struct entry *hit
    = bsearch (&key, entries, entry_count, sizeof *entries, compare_text);
  size_t n = 0;
  if (hit != NULL)
    {
      /* The equal texts, from the first; a key's texts in several
         languages may be the same: each key once.  */
      while (hit > entries && compare_texts (&hit[-1], &key) == 0)
        hit--;
      const struct tcerr_key *last = NULL;
      for (; hit < entries + entry_count && compare_texts (hit, &key) == 0;
           hit++)
        if (hit->key != last)
          {
            if (n < max)
              keys[n] = *hit->key;
            n++;
            last = hit->key;
          }
    }
  free (normal);
  return n;
}
