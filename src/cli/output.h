/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* What the command prints: lines for people, or JSON lines.  */
#ifndef TCERR_CLI_OUTPUT_H
#define TCERR_CLI_OUTPUT_H

#include "answer.h"
#include "query.h"
#include "suggest.h"

#include <stdbool.h>
#include <stddef.h>

struct cli_output
{
  bool json;           /* one JSON object per line */
  bool raw;            /* messages as stored, markdown and all */
  const char *product; /* the table asked for: -p, else "common"; a hit
                          from another table says which */
  bool name_products;  /* every line names its code's product (--list,
                          --search), so that it stands alone */
  bool color;          /* codes, products and the match kind in colour */
};

/* One line for HIT.  */
void cli_output_hit (const struct cli_output *o, const struct cli_hit *hit);

/* The answer to CODE, asked for on the command line: a line for each of
   its N hits (none: not in the catalog, a JSON line that says so, and
   nothing in plain output, where the message on stderr tells).  JSON
   lines carry the NS codes SUGGESTIONS ("suggestions"), or null when
   SUGGESTIONS is NULL.  */
void cli_output_lookup (const struct cli_output *o, const char *code,
                        const struct cli_hit *hits, size_t n,
                        const struct cli_suggestion *suggestions,
                        size_t ns);

/* A known product, its NAME in the user's language (NULL: none), and the
   number of codes it documents.  */
void cli_output_product (const struct cli_output *o, const char *product,
                         const char *name, size_t codes);

/* The explanation of the error E, its answer A (--explain): the
   answer's line (or the server's message), the others that fit, the
   RequestId; in JSON, one object.  */
void cli_output_answer (const struct cli_output *o,
                        const struct cli_api_error *e,
                        const struct cli_answer *a);

/* One line after MARK explaining the error E, its answer A (--filter):
   the answer's, the others that fit, or the server's message (plain
   text only).  */
void cli_output_filter (const struct cli_output *o, const char *mark,
                        const struct cli_api_error *e,
                        const struct cli_answer *a);

#endif
