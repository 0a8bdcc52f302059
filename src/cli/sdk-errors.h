/* The errors that the official Tencent Cloud SDKs print, found in a line
   of any text (a log, a terminal's output) for --explain and --filter.
   The formats are one table, in sdk-errors.c; log-scan.h reads whole
   texts, line by line.  */
#ifndef TCERR_CLI_SDK_ERRORS_H
#define TCERR_CLI_SDK_ERRORS_H

#include <stdbool.h>
#include <stddef.h>

/* One error as an SDK printed it.  The pointers go into the scanned text
   (or a cleaned copy of its line) and stay valid only during the call
   that reports it.  */
struct cli_sdk_error
{
  const char *format;      /* the table's name of the format: "go"... */
  const char *code;        /* a code (tcerr_is_code), CODE_LEN bytes, or
                              NULL: the SDK printed none (nodejs,
                              dotnet), or a JSON response without error */
  size_t code_len;
  const char *message;     /* the server's message, raw bytes */
  size_t message_len;
  const char *request_id;  /* a UUID, or NULL: none, empty or None */
  size_t request_id_len;
  size_t line;             /* from 1 */
  bool error;              /* false: a JSON response without "Error" */
};

typedef void (*cli_sdk_found) (const struct cli_sdk_error *error,
                               void *arg);

/* Calls FOUND (with ARG) for every SDK error in the LEN bytes of LINE
   (no newline, no ANSI escape sequences; NULs allowed), line number
   NUMBER, in order; returns how many.  */
size_t cli_sdk_scan_line (const char *line, size_t len, size_t number,
                          cli_sdk_found found, void *arg);

#endif
