/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* One Tencent Cloud API error as a text showed it: the structure that the
   scanners report (log-formats.h, json-scan.h, log-scan.h), that --explain
   and --filter collect (error-list.h) and that answer.h explains.  */
#ifndef TCERR_CLI_API_ERROR_H
#define TCERR_CLI_API_ERROR_H

#include <stdbool.h>
#include <stddef.h>

/* The strings either point into the scanned text (a scanner's report,
   valid during the call that reports it) or belong to the error (a copy
   made by cli_api_error_copy).  FORMAT, CODE_FROM, PRODUCT and
   PRODUCT_FROM are static: a table's, or the library's.  */
struct cli_api_error
{
  const char *format;       /* the format table's name ("go"...), or
                               "json": an API response */
  const char *code;         /* a code (tcerr_is_code) of CODE_LEN bytes,
                               or NULL: none printed, or no error */
  size_t code_len;
  const char *code_from;    /* "printed" (in the error's text),
                               "property" (an error object's property);
                               NULL when CODE is */
  const char *message;      /* the server's message, or NULL */
  size_t message_len;
  const char *request_id;   /* the RequestId, or NULL: none */
  size_t request_id_len;
  size_t line;              /* from 1: the line the error starts on */
  bool error;               /* false: a response that carries no error */
  const char *product;      /* a product of the registry that the text
                               around the error names, or NULL */
  const char *product_from; /* where it is named (cli_hint_*), NULL
                               without */
};

/* Where a product may be named, for PRODUCT_FROM and --json's
   "product_from".  */
#define CLI_FROM_STACK "stack"     /* a client's stack frame */
#define CLI_FROM_COMMAND "command" /* a tccli command line */
#define CLI_FROM_HOST "host"       /* PRODUCT.tencentcloudapi.com */
#define CLI_FROM_ACTION "action"   /* Service/Action, API_PRODUCT_Action */
#define CLI_FROM_CLIENT "client"   /* a client's name: CvmClient */
#define CLI_FROM_REQUEST "request" /* an earlier error with the same
                                      RequestId named it */

/* Makes *DST a copy of SRC whose strings are its own, NUL-terminated;
   the message and the RequestId are made valid UTF-8 (an invalid byte
   becomes U+FFFD), as JSON output needs.  */
void cli_api_error_copy (struct cli_api_error *dst,
                         const struct cli_api_error *src);

/* Frees the strings of a copy.  */
void cli_api_error_free (struct cli_api_error *e);

#endif
