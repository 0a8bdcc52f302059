/* The errors that the official Tencent Cloud SDKs print, found in the
   lines of any text (a log, a terminal's output) for --explain and
   --filter.  The formats are one table, in sdk-errors.c; log-scan.h reads
   whole texts, line by line.

   Most errors stand on one line.  Some run over a few: a server message
   with raw newlines (permission errors), and Node.js's dump of an error
   object (its stack, then its properties, the code among them).  The
   scanner holds such an error for a few lines at most, and reports it
   with the line it starts on.  */
#ifndef TCERR_CLI_SDK_ERRORS_H
#define TCERR_CLI_SDK_ERRORS_H

#include <stdbool.h>
#include <stddef.h>

/* One error as an SDK printed it.  The pointers go into the scanned text
   (or a copy of its lines) and stay valid only during the call that
   reports it.  */
struct cli_sdk_error
{
  const char *format;      /* the table's name of the format: "go"... */
  const char *code;        /* a code (tcerr_is_code), CODE_LEN bytes, or
                              NULL: the SDK printed none (nodejs,
                              dotnet), or a JSON response without error */
  size_t code_len;
  const char *code_from;   /* where the code stood: "printed" (in the
                              error's text), "property" (Node.js's dump
                              of the error's properties), NULL: no code */
  const char *message;     /* the server's message, raw bytes; the lines
                              of one that runs over lines joined by '\n' */
  size_t message_len;
  const char *request_id;  /* a UUID, or NULL: none, empty or None */
  size_t request_id_len;
  size_t line;             /* from 1: where the error starts */
  bool error;              /* false: a JSON response without "Error" */
  const char *product;     /* a product of the catalog that the text
                              around the error names (a client's stack
                              frame, a tccli command line), or NULL */
  const char *product_from; /* "stack" or "command"; NULL without */
};

typedef void (*cli_sdk_found) (const struct cli_sdk_error *error,
                               void *arg);

/* The frames that follow the error reported last name PRODUCT (from
   FROM, as in struct cli_sdk_error): stack frames are printed after the
   error's line (Java, .NET, PHP, Go).  */
typedef void (*cli_sdk_hint) (const char *product, const char *from,
                              void *arg);

struct cli_sdk_scan;

/* A scanner at the start of a text, which reports each error to FOUND
   and each product named after one to HINT (NULL: none), with ARG.  */
struct cli_sdk_scan *cli_sdk_scan_new (cli_sdk_found found,
                                       cli_sdk_hint hint, void *arg);

/* Reads the next line, LEN bytes of LINE (no newline, no ANSI escape
   sequences; NULs allowed), line number NUMBER; returns how many errors
   it reported: those of the line, and one held since an earlier line
   that the line ends.  */
size_t cli_sdk_scan_line (struct cli_sdk_scan *s, const char *line,
                          size_t len, size_t number);

/* Whether S waits for more lines of an error: one held, or the frames
   after the error reported last (that may name its product).  Every
   line must then be read; otherwise a line without any marker of the
   table, "tencentcloud" (any case) or "tccli " may be left out (the
   line numbers then count the lines read).  */
bool cli_sdk_scan_waiting (const struct cli_sdk_scan *s);

/* Ends the text: reports the error held, if any; returns how many.  */
size_t cli_sdk_scan_end (struct cli_sdk_scan *s);

void cli_sdk_scan_free (struct cli_sdk_scan *s);

#endif
