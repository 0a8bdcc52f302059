/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The escapes of a quoted string in a log decoded: JSON's (structured
   logs, API responses inside a log line) and Go's strconv.Quote (logfmt,
   logrus, klog, slog's text), so that an error written inside such a
   string reads as the program printed it.  */
#ifndef TCERR_CLI_UNQUOTE_H
#define TCERR_CLI_UNQUOTE_H

#include <stddef.h>

/* Decodes the LEN bytes of S, the content of a quoted string without its
   quotes, into OUT (room for LEN bytes: nothing decodes longer):
   \" \\ \/ \b \f \n \r \t \a \v \' \xNN \uNNNN (with UTF-16 surrogate
   pairs, a lone one as U+FFFD) and \UNNNNNNNN; any other backslash stays
   as it is.  Returns the length of OUT.  */
size_t cli_unquote (const char *s, size_t len, char *out);

/* The end of the quoted string whose opening quote QUOTE stands at P
   (before END): its closing quote, not escaped by a backslash; NULL when
   the string does not end before END.  */
const char *cli_quote_end (const char *p, const char *end);

#endif
