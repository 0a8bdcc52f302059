/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* One error, one answer: the registry's key that explains an API error
   found in a text (api-error.h), for --explain and --filter.  */
#ifndef TCERR_CLI_ANSWER_H
#define TCERR_CLI_ANSWER_H

#include "api-error.h"
#include "query.h"

#include <stdbool.h>
#include <stddef.h>

/* The most other keys an answer names.  */
#define CLI_CANDIDATES_MAX 8

/* Another key that fits the error, whose text differs from the answer's:
   PRODUCT's, for CODE (NULL: the answer's code).  */
struct cli_candidate
{
  const char *product;
  const char *code;
};

struct cli_answer
{
  bool found;                /* HIT holds the answer */
  struct cli_hit hit;        /* HIT.code: the code answered */
  const char *code_from;     /* "printed", "property", "message" (the
                                server's message is its documented
                                text), or NULL: no code */
  const char *product_from;  /* "option" (-p), the error's hint
                                (CLI_FROM_*), "message", "code" (the
                                code's lookup alone), or NULL */
  size_t candidate_count;    /* several products fit, with other texts */
  struct cli_candidate candidates[CLI_CANDIDATES_MAX];
};

/* The answer for E (an error: E->error) found with the product asked for,
   OPTION (-p, or NULL).  The product, in this order: OPTION; the one the
   error's text names; the one whose documented text (any language) the
   server's message is; the common table's; else the first product that
   documents the code, naming the others whose texts differ.  An error
   printed without its code gets the code whose text its message is, the
   same way.  The strings of *A are the library's, or E's code.  */
void cli_answer_error (const char *option, const struct cli_api_error *e,
                       struct cli_answer *a);

#endif
