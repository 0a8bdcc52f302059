/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Errors found in a text read line by line (a log, a terminal's output,
   a pipe): the errors the SDKs and the programs built on them print
   (log-formats.h) and the API's JSON responses (json-scan.h), also where
   a program wrote them inside a quoted string (JSON, logfmt, klog) or in
   Packer's machine-readable lines; with the product the text around them
   names (product-hints.h).  For --explain and --filter.  */
#ifndef TCERR_CLI_LOG_SCAN_H
#define TCERR_CLI_LOG_SCAN_H

#include "json-scan.h"
#include "log-formats.h"
#include "product-hints.h"

#include <stdbool.h>
#include <stddef.h>

/* The frames after the error reported last name PRODUCT (from FROM, as
   in struct cli_api_error): stack frames are printed after the error's
   line (Java, .NET, PHP, Go).  */
typedef void (*cli_hint_after) (const char *product, const char *from,
                                void *arg);

struct cli_log_scan;

/* A scanner at the start of a text, which reports each error to FOUND
   and each product named after one to HINT (NULL: none), with ARG.  */
struct cli_log_scan *cli_log_scan_new (cli_error_found found,
                                       cli_hint_after hint, void *arg);

/* Reads the next line, LEN bytes of LINE without its '\n' (a '\r' before
   it and ANSI escape sequences are ignored; NULs and invalid UTF-8 are
   fine); returns how many errors it reported: those of the line, and
   those held since an earlier line that end on it (each with the line it
   starts on).  */
size_t cli_log_scan_line (struct cli_log_scan *s, const char *line,
                          size_t len);

/* N lines were left out, none holding any needle of
   CLI_LOG_SCAN_NEEDLES (--filter's prefilter): the line numbers count
   them.  Only when S waits for nothing.  */
void cli_log_scan_skip (struct cli_log_scan *s, size_t n);

/* Whether S keeps something of a line for an error to come (a product
   hint, the serverless CLI's lines before its error): then the lines
   left out must be counted (cli_log_scan_skip).  Else their number
   changes nothing.  */
bool cli_log_scan_weighs_distance (const struct cli_log_scan *s);

/* The longest distance, in lines, that the scanner weighs (a hint before
   an error, the serverless CLI's lines before its error): skipping more
   lines than this, or this many and one more, changes nothing.  */
#define CLI_LOG_SCAN_DISTANCE_MAX 16

/* Whether S waits for more lines of something that started earlier (an
   error held, a response open, the frames after an error): the next line
   must be read whatever it holds.  */
bool cli_log_scan_waiting (const struct cli_log_scan *s);

/* Ends the text: reports an error still held; returns how many.  A
   response still open is no response.  */
size_t cli_log_scan_end (struct cli_log_scan *s);

/* Frees S (what cli_log_scan_end would report is dropped).  */
void cli_log_scan_free (struct cli_log_scan *s);

/* Every needle (prefilter.h) of what the scanner reads, X (TEXT,
   FRAME_ONLY) for each: a line without any of them, when the scanner
   waits for nothing, changes nothing but the line numbers.  A quoted
   string or a Packer line holds the needles of its decoded text: none
   holds a '\\', a '"', a ',' or a '\n'.  */
#define CLI_LOG_SCAN_NEEDLES(X) \
  CLI_FORMAT_LINE_NEEDLES (X) \
  CLI_JSON_NEEDLES (X) \
  CLI_HINT_NEEDLES (X)

#endif
