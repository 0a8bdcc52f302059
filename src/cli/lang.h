/* The language the command answers in: the locale, LANGUAGE, --lang.  */
#ifndef TCERR_CLI_LANG_H
#define TCERR_CLI_LANG_H

#include <stdbool.h>
#include <stddef.h>

#include "tcerr.h"

/* Room for any normalized language name.  */
#define CLI_LANG_MAX TCERR_LANGUAGE_MAX

/* The language named by SPELLING (POSIX, BCP 47 or Tencent Cloud's), as an
   entry of LANGUAGE, in BUF of CLI_LANG_MAX bytes: tcerr_language_name.
   False when SPELLING names no language.  */
bool cli_lang_normalize (const char *spelling, char *buf);

/* Sets up the locale and the command's text domain; to be called before
   the first gettext call (glibc caches translations per locale name).
   LANG is a normalized --lang, or NULL to follow the environment.  */
void cli_lang_setup (const char *lang);

/* The command's words and the library's messages in UTF-8 from now on,
   whatever the locale (for --json).  */
void cli_lang_use_utf8 (void);

#endif
