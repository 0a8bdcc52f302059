/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The errors that the official Tencent Cloud SDKs, and the programs
   built on them, print: found in the lines of any text (a log, a
   terminal's output) for --explain and --filter.  The formats are one
   table, in log-formats.c, each with its source and an example;
   log-scan.h reads whole texts, line by line, and adds the API's JSON
   responses (json-scan.h).

   Most errors stand on one line.  Some run over a few: a server message
   with raw newlines (permission errors), Node.js's dump of an error
   object (its stack, then its properties, the code among them), the
   serverless CLI's "ErrorCode:" and "RequestId:" lines.  The scanner
   holds such an error for a few lines at most, and reports it with the
   line it starts on.  */
#ifndef TCERR_CLI_LOG_FORMATS_H
#define TCERR_CLI_LOG_FORMATS_H

#include "api-error.h"
#include "prefilter.h"

#include <stdbool.h>
#include <stddef.h>

/* Receives each error found, with ARG; the strings of E point into the
   scanned text (or a copy of its lines), valid during the call.  */
typedef void (*cli_error_found) (const struct cli_api_error *e, void *arg);

struct cli_format_scan;

/* A scanner at the start of a text, which reports each error to FOUND
   with ARG.  */
struct cli_format_scan *cli_format_scan_new (cli_error_found found,
                                             void *arg);

/* Reads the next line, LEN bytes of LINE (no newline, no ANSI escape
   sequences; NULs allowed), line number NUMBER; returns how many errors
   it reported: those of the line, and one held since an earlier line
   that the line ends.  */
size_t cli_format_scan_line (struct cli_format_scan *s, const char *line,
                             size_t len, size_t number);

/* The text is a quoted string's, decoded, whole: an error whose
   request-id marker is not on its line may find it on the next lines.  */
void cli_format_scan_whole_text (struct cli_format_scan *s);

/* Whether S keeps lines it read for an error to come (the serverless
   CLI's message and "Environment:" line), so that the number of lines
   between them and that error counts (cli_log_scan_weighs_distance).  */
bool cli_format_scan_weighs_distance (const struct cli_format_scan *s);

/* Whether S holds an error that the next lines may go on: every line
   must then be read.  */
bool cli_format_scan_waiting (const struct cli_format_scan *s);

/* Ends the text: reports the error held, if any; returns how many.  */
size_t cli_format_scan_end (struct cli_format_scan *s);

void cli_format_scan_free (struct cli_format_scan *s);

/* What a line must hold for the scanner to find or start anything in it
   (prefilter.h), X (TEXT, FRAME_ONLY) for each: the needle of each format
   of log-formats.def, and these, of the lines the serverless CLI prints
   before its error (its message, "Environment:", its step's source).  */
#define CLI_FORMAT_LINE_NEEDLES(X) \
  X ("Environment:", false) \
  X ("\xe9\x94\x99\xe8\xaf\xaf", false) /* 错误 */ \
  X ("API_", false)

#endif
