/* What the command prints: lines for people, or JSON lines.  */
#ifndef TCERR_CLI_OUTPUT_H
#define TCERR_CLI_OUTPUT_H

#include "answer.h"
#include "query.h"

#include <stdbool.h>
#include <stddef.h>

struct cli_output
{
  bool json;           /* one JSON object per line */
  bool raw;            /* messages as stored, markdown and all */
  const char *product; /* the table asked for: -p, else "common"; a hit
                          from another table says which */
};

/* One line for HIT, after INDENT (plain output only).  */
void cli_output_hit (const struct cli_output *o, const struct cli_hit *hit,
                     const char *indent);

/* CODE is not in the catalog: a JSON line that says so (nothing in plain
   output, where the error message on stderr tells).  */
void cli_output_missing (const struct cli_output *o, const char *code);

/* The heading of a product's group in a listing of every table (plain
   output only); FIRST: no blank line before it.  */
void cli_output_group (const struct cli_output *o, const char *product,
                       bool first);

/* A known product and the number of codes it documents.  */
void cli_output_product (const struct cli_output *o, const char *product,
                         size_t codes);

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
