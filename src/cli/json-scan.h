/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The JSON objects in a log's lines, for what they say of API errors:
   the API's responses ({"Response": {"Error": {"Code": ...}, "RequestId":
   ...}}), on one line after a prefix or pretty-printed over several, and
   the error objects that Node.js loggers write (pino's and bunyan's err
   serializers: the SDK's exception with its "code" and "requestId").

   A small strict reader (RFC 8259 syntax) fed line by line, so that
   memory stays flat however long the input: json-c's tokener switches
   the thread's locale at every call (newlocale, duplocale), and glibc's
   newlocale leaks when LOCPATH is set.  */
#ifndef TCERR_CLI_JSON_SCAN_H
#define TCERR_CLI_JSON_SCAN_H

#include "api-error.h"

#include <stdbool.h>
#include <stddef.h>

/* Receives each error or response found, with ARG; the strings of E are
   valid during the call.  */
typedef void (*cli_json_found) (const struct cli_api_error *e, void *arg);

struct cli_json_scan;

struct cli_json_scan *cli_json_scan_new (cli_json_found found, void *arg);
void cli_json_scan_free (struct cli_json_scan *s);

/* Reads the next line, LEN bytes of LINE without its '\n', line number
   NUMBER; returns how many errors and responses it reported (each with
   the line its object starts on).  Objects start at any '{'; one still
   open at the end of the line goes on over the next only when it is
   inside a "Response" or when the line ends with its '{' (then its first
   member must be "Response").  */
size_t cli_json_scan_line (struct cli_json_scan *s, const char *line,
                           size_t len, size_t number);

/* Whether an object goes on over the next line.  */
bool cli_json_scan_waiting (const struct cli_json_scan *s);

/* The needles of the objects reported (prefilter.h): a line without any
   of them reports nothing, unless an object is open.  "Response" is in
   every response (escaped too: \"Response\"), "TencentCloudSDK" in pino's
   "type" of the SDK's exception, "tencentcloud-sdk" in the frames of
   bunyan's "stack".  */
#define CLI_JSON_NEEDLES(X) \
  X ("Response", false) \
  X ("encentCloudSDK", false) \
  X ("encentcloud-sdk", false)

#endif
