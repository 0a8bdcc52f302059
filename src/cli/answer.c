/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* One error, one answer: see answer.h.

   The library's lookups do the work: tcerr_lookup for a product (its
   chain: the product's text, the common table's, a category's),
   tcerr_lookup_any without (the common table's answer, else every
   product's).  The server's message picks among products through the
   message index (message-index.h), which also finds the code of an error
   printed without one (Node.js, .NET).  */
#include <config.h>

#include "answer.h"
#include "message-index.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

/* The most keys a message is looked up for.  */
#define KEYS_MAX 64

static bool
lookup (const char *product, const char *code, struct cli_hit *hit)
{
  hit->code = code;
  hit->product = product;
  return tcerr_lookup (product, code, &hit->result) == 0;
}

/* Adds to A's candidates PRODUCT's answer for CODE (CODE_IS_ANSWER: the
   answer's own code) when its text is not the answer's.  */
static void
add_candidate (struct cli_answer *a, const char *product, const char *code,
               bool code_is_answer)
{
  struct cli_hit other;
  if (a->candidate_count == CLI_CANDIDATES_MAX
      || strcmp (product, a->hit.result.product) == 0
      || !lookup (product, code, &other)
      || strcmp (other.result.message, a->hit.result.message) == 0)
    return;
  for (size_t i = 0; i < a->candidate_count; i++)
    if (strcmp (a->candidates[i].product, product) == 0)
      return;
  a->candidates[a->candidate_count++]
    = (struct cli_candidate) { other.result.product,
                               code_is_answer ? NULL : code };
}

/* The keys whose text E's message is, into KEYS (KEYS_MAX): those of
   PRODUCT only, when not NULL, and of CODE only, when not NULL.  */
static size_t
message_keys (const struct cli_api_error *e, const char *product,
              const char *code, struct tcerr_key *keys)
{
  if (e->message == NULL)
    return 0;
  size_t n = cli_message_keys (e->message, e->message_len, keys, KEYS_MAX);
  if (n > KEYS_MAX)
    n = KEYS_MAX;
  size_t kept = 0;
  for (size_t i = 0; i < n; i++)
    if ((product == NULL || strcmp (keys[i].product, product) == 0)
        && (code == NULL || strcmp (keys[i].code, code) == 0))
      keys[kept++] = keys[i];
  return kept;
}

/* The first of the N KEYS in the common table, else the first.  The
   common table's settles it: the others are no candidates then.  */
static const struct tcerr_key *
pick (const struct tcerr_key *keys, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (strcmp (keys[i].product, TCERR_COMMON) == 0)
      return &keys[i];
  return &keys[0];
}

/* E has no code: the code of PRODUCT's table (else the common table's,
   else any table's when ANY) whose text its message is, looked up for
   PRODUCT (NULL: for the key's own).  */
static bool
code_by_message (const struct cli_api_error *e, const char *product,
                 bool any, struct cli_answer *a)
{
  struct tcerr_key keys[KEYS_MAX];
  size_t n = product != NULL ? message_keys (e, product, NULL, keys) : 0;
  if (n == 0 && product != NULL)
    n = message_keys (e, TCERR_COMMON, NULL, keys);
  if (n == 0 && any)
    n = message_keys (e, NULL, NULL, keys);
  if (n == 0)
    return false;
  const struct tcerr_key *k = pick (keys, n);
  if (!lookup (product != NULL ? product : k->product, k->code, &a->hit))
    return false;
  a->found = true;
  a->code_from = "message";
  if (product == NULL && strcmp (k->product, TCERR_COMMON) != 0)
    for (size_t i = 0; i < n; i++)
      add_candidate (a, keys[i].product, keys[i].code,
                     strcmp (keys[i].code, k->code) == 0);
  return true;
}

static int
compare_keys (const void *a, const void *b)
{
  return tcerr_key_compare (a, b);
}

/* Whether more than one table (the common one included) documents CODE:
   only then can the server's message choose among them.  */
static bool
several_tables (const char *code)
{
  size_t count, tables = 0;
  const struct tcerr_key *keys = tcerr_keys (&count);
  for (const char *const *p = tcerr_products (); *p != NULL && tables < 2;
       p++)
    {
      struct tcerr_key key = { *p, code };
      if (bsearch (&key, keys, count, sizeof *keys, compare_keys) != NULL)
        tables++;
    }
  return tables > 1;
}

/* E's code without a product: when several tables document it, the
   product whose text the message is; else, or when none is, the code's
   own lookup (the common table's answer, else every product's: the
   first, the others as candidates).  The index of texts is read only
   when the message can choose.  */
static void
code_without_product (const struct cli_api_error *e, struct cli_answer *a)
{
  size_t max = cli_query_max_hits ();
  struct cli_hit *hits = xmalloc (max * sizeof *hits);
  size_t count = cli_query_code (NULL, e->code, hits);
  struct tcerr_key keys[KEYS_MAX];
  size_t n = several_tables (e->code) ? message_keys (e, NULL, e->code, keys)
                                      : 0;
  if (n > 0)
    {
      const struct tcerr_key *k = pick (keys, n);
      if (lookup (k->product, e->code, &a->hit))
        {
          a->found = true;
          a->product_from = "message";
          for (size_t i = 0; strcmp (k->product, TCERR_COMMON) != 0 && i < n;
               i++)
            add_candidate (a, keys[i].product, e->code, true);
          free (hits);
          return;
        }
    }
  if (count > 0)
    {
      a->found = true;
      a->hit = hits[0];
      a->product_from = "code";
      for (size_t i = 1; i < count; i++)
        add_candidate (a, hits[i].result.product, e->code, true);
    }
  free (hits);
}

void
cli_answer_error (const char *option, const struct cli_api_error *e,
                  struct cli_answer *a)
{
  memset (a, 0, sizeof *a);
  a->code_from = e->code != NULL ? e->code_from : NULL;
  if (!e->error)
    return;
  if (option != NULL)
    {
      a->product_from = "option";
      if (e->code != NULL)
        a->found = lookup (option, e->code, &a->hit);
      else
        code_by_message (e, option, true, a);
      return;
    }
  if (e->product != NULL)
    {
      a->product_from = e->product_from;
      if (e->code != NULL ? (a->found = lookup (e->product, e->code, &a->hit))
                          : code_by_message (e, e->product, false, a))
        return;
      a->product_from = NULL;
    }
  if (e->code != NULL)
    code_without_product (e, a);
  else if (code_by_message (e, NULL, true, a))
    a->product_from = "message";
  if (!a->found)
    a->product_from = NULL;
}
