/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* tcerr --filter: the input copied to standard output, explained.  */
#ifndef TCERR_CLI_FILTER_H
#define TCERR_CLI_FILTER_H

#include "output.h"

/* The mark that starts every line --filter adds (not translated, so
   that scripts can drop those lines in any language).  */
#define CLI_FILTER_MARK "[tcerr] "

/* Copies FILE ("-": standard input) to standard output byte for byte,
   and after each line that holds errors (log-scan.h) adds one line per
   error: CLI_FILTER_MARK and its explanation, as OUT prints it (its
   answer as --explain gives it, answer.h, with PRODUCT: -p, or NULL).  Each piece of input read is
   written out at once (a pipe is followed live).  Returns false
   (reported) when FILE cannot be read.  */
bool cli_filter (const char *file, const char *product,
                 const struct cli_output *out);

/* The same on input handed over piece by piece (the fuzz harness):
   cli_filter_bytes copies the LEN bytes of BUF, the next of the input,
   to standard output, explaining each line that ends in them.  */
struct cli_filter;
struct cli_filter *cli_filter_new (const char *product,
                                   const struct cli_output *out);
void cli_filter_bytes (struct cli_filter *f, const char *buf, size_t len);
/* The input has ended: explains an error held until then (log-scan.h),
   unless the input ends inside a line.  */
void cli_filter_end (struct cli_filter *f);
void cli_filter_free (struct cli_filter *f);
/* Gives every line to the scanner: what the lines skipped (filter.c)
   must not change.  */
void cli_filter_every_line (struct cli_filter *f);

#endif
