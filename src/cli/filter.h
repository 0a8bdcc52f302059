/* tcerr --filter: the input copied to standard output, explained.  */
#ifndef TCERR_CLI_FILTER_H
#define TCERR_CLI_FILTER_H

#include "output.h"

/* The mark that starts every line --filter adds (not translated, so
   that scripts can drop those lines in any language).  */
#define CLI_FILTER_MARK "[tcerr] "

/* Copies FILE ("-": standard input) to standard output byte for byte,
   and after each line that holds errors (log-scan.h) adds one line per
   error: CLI_FILTER_MARK and its explanation, as OUT prints it (the
   code looked up for PRODUCT, -p, or NULL: as tcerr CODE does).  Each
   piece of input read is written out at once (a pipe is followed
   live).  Returns false (reported) when FILE cannot be read.  */
bool cli_filter (const char *file, const char *product,
                 const struct cli_output *out);

#endif
