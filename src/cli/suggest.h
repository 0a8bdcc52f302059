/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* "Did you mean": the documented codes and the products closest to what
   was typed, for a person who made a slip.  */
#ifndef TCERR_CLI_SUGGEST_H
#define TCERR_CLI_SUGGEST_H

#include <stdbool.h>
#include <stddef.h>

/* The most suggestions given for one code or product.  */
#define CLI_SUGGEST_MAX 5

/* A code that would answer: "tcerr -p PRODUCT CODE", or "tcerr CODE" when
   PRODUCT is NULL.  */
struct cli_suggestion
{
  const char *product;
  const char *code;
};

/* The documented codes closest to CODE, best first, into OUT (room for
   CLI_SUGGEST_MAX); returns how many.  With a PRODUCT, its codes and the
   common table's, then the same code (or a close one) of other products;
   without, every product's codes.  Close is a slip: a letter in the
   wrong case, a letter wrong, missing, added, or two swapped, a few in
   a long code.  With WHOLE_SEGMENTS (for a code that nothing answers,
   not even its category), when no code is that close, also the codes
   that differ from CODE in one whole dotted segment.  */
size_t cli_suggest_codes (const char *product, const char *code,
                          bool whole_segments, struct cli_suggestion *out);

/* The known products closest to NAME (a product name), best first, into
   OUT (room for CLI_SUGGEST_MAX); returns how many.  A slip as for codes,
   or else the products whose name starts with NAME.  */
size_t cli_suggest_products (const char *name, const char **out);

/* The distance between A and B (NUL-terminated) in quarter edits: a
   letter in the wrong case costs 1; two adjacent letters swapped, 3; a
   letter wrong, missing or added, 4.  A distance above BOUND is returned
   as BOUND + 1, and so is any for a string longer than TCERR_CODE_MAX
   bytes.  Exposed for the tests.  */
int cli_suggest_distance (const char *a, const char *b, int bound);

#endif
