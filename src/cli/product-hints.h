/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The product that the text around an API error names, when the error
   itself does not: the client's stack frames, a tccli command line, the
   endpoint's host, an action path, a client's name.  For --explain and
   --filter (log-scan.h), which take it before the code's own lookup
   (answer.h).  */
#ifndef TCERR_CLI_PRODUCT_HINTS_H
#define TCERR_CLI_PRODUCT_HINTS_H

#include "prefilter.h"

#include <stdbool.h>
#include <stddef.h>

/* Whether the LEN bytes of LINE look like a line of a stack trace
   printed after an error (or before it: Python).  */
bool cli_hint_is_frame (const char *line, size_t len);

/* The product of the registry that LINE (LEN bytes) names in a client's
   stack frame (only when FRAME: the line is one) or a tccli command line,
   and where into *FROM (CLI_FROM_STACK, CLI_FROM_COMMAND); or NULL.
   Such a line before an error, or a frame after it, names its product.  */
const char *cli_hint_find (const char *line, size_t len, bool frame,
                           const char **from);

/* The product that the line of an error (LEN bytes of LINE) names beside
   it: the endpoint's host (PRODUCT[.REGION].tencentcloudapi.com), an
   action path (DnsPod/DescribeRecordList, API_SCF_CreateFunction), a
   client's name (CvmClient) or a client's frame; where into *FROM; or
   NULL.  */
const char *cli_hint_beside (const char *line, size_t len,
                             const char **from);

/* What a line must hold for cli_hint_find to find anything in it
   (prefilter.h): a tccli command line, "tencentcloud" after its 't' or
   'T' on a frame.  */
#define CLI_HINT_NEEDLES(X) \
  X ("tccli ", false) \
  X ("encent", true)

#endif
