/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Which catalog entries answer a request: a code, a table, a search.  */
#ifndef TCERR_CLI_QUERY_H
#define TCERR_CLI_QUERY_H

#include "tcerr.h"

#include <stdbool.h>
#include <stddef.h>

/* A message found for a code.  */
struct cli_hit
{
  const char *code;            /* the code asked for */
  const char *product;         /* the product asked for, or NULL for any */
  struct tcerr_result result;  /* where its message comes from */
};

/* Whether S is an error code, or a product name (the library's rules).  */
bool cli_query_is_code (const char *s);
bool cli_query_is_product (const char *s);
/* Whether PRODUCT has a table of its own.  */
bool cli_query_has_product (const char *product);

/* The most hits cli_query_code can return: one per product.  */
size_t cli_query_max_hits (void);

/* The hits for CODE, into HITS (room for cli_query_max_hits ()): with a
   PRODUCT, the library's chain for it (tcerr_lookup); without, every
   product's answer (tcerr_lookup_any).  Returns their number, 0 when no
   catalog entry applies.  */
size_t cli_query_code (const char *product, const char *code,
                       struct cli_hit *hits);

/* Calls FN with the hit of every documented key of PRODUCT (every
   product's when NULL), in order.  */
void cli_query_each (const char *product,
                     void (*fn) (const struct cli_hit *hit, void *data),
                     void *data);

/* Whether the code or the message of HIT contains PATTERN, ignoring the
   case of ASCII letters.  PATTERN is UTF-8, and MESSAGE_IS_UTF8 tells
   whether the messages are (else they are in the locale's codeset).  */
bool cli_query_matches (const struct cli_hit *hit, const char *pattern,
                        bool message_is_utf8);

#endif
