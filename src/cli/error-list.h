/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The errors of a text read line by line, collected for --explain and
   --filter: the log scanner's reports (log-scan.h), copied, in the order
   of their lines, the product named after one (its frames) or by an
   earlier error with the same RequestId given to it.  */
#ifndef TCERR_CLI_ERROR_LIST_H
#define TCERR_CLI_ERROR_LIST_H

#include "api-error.h"

#include <stdbool.h>
#include <stddef.h>

struct cli_error_list
{
  struct cli_api_error *v; /* copies (cli_api_error_copy) */
  size_t count, alloc;
};

/* Frees the errors of LIST and empties it.  */
void cli_error_list_clear (struct cli_error_list *list);

struct cli_error_log;

/* A text whose errors go onto LIST, in line order among those it adds
   (a response pretty-printed over lines is found at its end, after the
   errors of its lines).  */
struct cli_error_log *cli_error_log_new (struct cli_error_list *list);
void cli_error_log_free (struct cli_error_log *log);

/* Reads the next line (LEN bytes, without its '\n'); returns how many
   errors it added.  The frames after an error may name its product
   after it was added: while LIST still holds it.  */
size_t cli_error_log_line (struct cli_error_log *log, const char *line,
                           size_t len);

/* N lines were left out (cli_log_scan_skip).  */
void cli_error_log_skip (struct cli_error_log *log, size_t n);

/* Whether the number of lines left out counts
   (cli_log_scan_weighs_distance).  */
bool cli_error_log_weighs_distance (const struct cli_error_log *log);

/* Whether LOG waits for more lines of something that started on an
   earlier line (cli_log_scan_waiting): then the next line must be read
   whatever it holds, and the errors of LIST may still change.  */
bool cli_error_log_waiting (const struct cli_error_log *log);

/* Ends the text: adds an error still held (its lines cut short);
   returns how many.  */
size_t cli_error_log_end (struct cli_error_log *log);

#endif
