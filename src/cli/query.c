/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Which catalog entries answer a request.  */
#include <config.h>

#include "cli.h"
#include "query.h"
#include "text.h"
#include "xalloc.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

bool
cli_query_is_code (const char *s)
{
  return tcerr_is_code (s);
}

bool
cli_query_is_product (const char *s)
{
  return tcerr_is_product_name (s);
}

bool
cli_query_has_product (const char *product)
{
  for (const char *const *p = tcerr_products (); *p != NULL; p++)
    if (strcmp (*p, product) == 0)
      return true;
  return false;
}

size_t
cli_query_max_hits (void)
{
  size_t n = 0;
  for (const char *const *p = tcerr_products (); *p != NULL; p++)
    n++;
  return n;
}

static bool
lookup (const char *product, const char *code, struct cli_hit *hit)
{
  hit->code = code;
  hit->product = product;
  return tcerr_lookup (product, code, &hit->result) == 0;
}

size_t
cli_query_code (const char *product, const char *code, struct cli_hit *hits)
{
  if (product != NULL)
    return lookup (product, code, &hits[0]) ? 1 : 0;

  size_t max = cli_query_max_hits ();
  struct tcerr_result *results = xmalloc (max * sizeof *results);
  size_t n = tcerr_lookup_any (code, results, max);
  if (n > max)
    n = max; /* cannot be: one answer a product at most */
  for (size_t i = 0; i < n; i++)
    hits[i] = (struct cli_hit) { code, NULL, results[i] };
  free (results);
  return n;
}

void
cli_query_each (const char *product,
                void (*fn) (const struct cli_hit *hit, void *data),
                void *data)
{
  size_t count;
  const struct tcerr_key *keys = tcerr_keys (&count);
  for (size_t i = 0; i < count; i++)
    {
      struct cli_hit hit;
      if ((product == NULL || strcmp (keys[i].product, product) == 0)
          && lookup (keys[i].product, keys[i].code, &hit))
        fn (&hit, data);
    }
}

static unsigned char
fold (char c)
{
  return c >= 'A' && c <= 'Z' ? (unsigned char) (c - 'A' + 'a')
                              : (unsigned char) c;
}

/* Whether HAYSTACK contains NEEDLE, ignoring the case of ASCII letters.
   Both are UTF-8, where a byte match is a character match.  */
static bool
contains (const char *haystack, const char *needle)
{
  size_t n = strlen (needle);
  for (; *haystack != '\0'; haystack++)
    {
      size_t i = 0;
      while (i < n && haystack[i] != '\0' && fold (haystack[i]) == fold (needle[i]))
        i++;
      if (i == n)
        return true;
    }
  return n == 0;
}

bool
cli_query_matches (const struct cli_hit *hit, const char *pattern,
                   bool message_is_utf8)
{
  if (contains (hit->code, pattern))
    return true;
  if (message_is_utf8)
    return contains (hit->result.message, pattern);
  char *message = cli_text_to_utf8 (hit->result.message);
  bool found = message != NULL && contains (message, pattern);
  free (message);
  return found;
}
