/* Errors found in a text read line by line (a log, a terminal's output,
   a pipe): the official SDKs' error lines (sdk-errors.h) and the API's
   JSON responses, on one line after a prefix or pretty-printed over
   several lines.  For --explain on logs, and for --filter.  */
#ifndef TCERR_CLI_LOG_SCAN_H
#define TCERR_CLI_LOG_SCAN_H

#include "sdk-errors.h"

#include <stdbool.h>
#include <stddef.h>

struct cli_log_scan;

/* A scanner at the start of a text, which reports each error to FOUND
   and each product hint found after one to HINT (sdk-errors.h), with
   ARG; a JSON response has the format "json", its RequestId as the
   response has it, and ERROR false when it carries no "Error".  */
struct cli_log_scan *cli_log_scan_new (cli_sdk_found found,
                                       cli_sdk_hint hint, void *arg);

/* Reads the next line, LEN bytes of LINE without its '\n' (a '\r' before
   it and ANSI escape sequences are ignored; NULs and invalid UTF-8 are
   fine); returns how many errors it reported: those of the line, an
   SDK error held since an earlier line that ends on it, and a JSON
   response that ends on it (each with the line it starts on).  */
size_t cli_log_scan_line (struct cli_log_scan *s, const char *line,
                          size_t len);

/* Whether S waits for more lines of something that started earlier: an
   SDK error (cli_sdk_scan_waiting), a response open or a line that
   ended with '{'.  */
bool cli_log_scan_waiting (const struct cli_log_scan *s);

/* Ends the text: reports an SDK error still held (sdk-errors.h); returns
   how many.  A response still open is no response.  */
size_t cli_log_scan_end (struct cli_log_scan *s);

/* Frees S (what cli_log_scan_end would report is dropped).  */
void cli_log_scan_free (struct cli_log_scan *s);

#endif
