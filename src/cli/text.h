/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Text for people and for matching: terminal-safe text, conversions
   between the locale's codeset and UTF-8.  (Markdown: markdown.h.)  */
#ifndef TCERR_CLI_TEXT_H
#define TCERR_CLI_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* TEXT (LEN bytes in the locale's codeset) made safe for a terminal, in a
   new string: control characters, NULs and invalid bytes become '?' (tabs
   and newlines a space), so one message stays one line.  */
char *cli_text_terminal (const char *text, size_t len);

/* ARG made safe and short for an error message, quoted: 'ARG' or
   'ARG...'.  Valid until the next call but one.  */
const char *cli_text_quote (const char *arg);
/* The same for the LEN bytes of ARG, which may hold NULs.  */
const char *cli_text_quote_mem (const char *arg, size_t len);

/* UTF-8 TEXT of LEN bytes (JSON input) in the locale's codeset, in a new
   terminal-safe string; characters the codeset lacks become '?'.  */
char *cli_text_from_utf8 (const char *text, size_t len);

/* TEXT in the locale's codeset converted to UTF-8, in a new string; NULL
   when TEXT is not valid in that codeset.  */
char *cli_text_to_utf8 (const char *text);

/* Whether the locale's codeset is UTF-8.  */
bool cli_text_locale_is_utf8 (void);

#endif
