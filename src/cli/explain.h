/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* tcerr --explain: the Tencent Cloud API errors of files explained, one
   answer per error: API responses (JSON, one after another or inside the
   lines of a log), and what the SDKs and the programs built on them
   print (log-scan.h).  */
#ifndef TCERR_CLI_EXPLAIN_H
#define TCERR_CLI_EXPLAIN_H

#include "output.h"

#include <stdbool.h>

/* Reads FILE ("-": standard input) line by line, and prints the answer
   for each error found in it, and "No error." for each response that
   carries none, as OUT says (answer.h; PRODUCT: -p, or NULL), each as
   soon as nothing that follows can change it, so memory stays bounded
   however long the file.  Sets *ERRORS when it explained an error.
   Returns false (reported) when FILE cannot be read.  */
bool cli_explain_file (const char *file, const char *product,
                       const struct cli_output *out, bool *errors);

#endif
