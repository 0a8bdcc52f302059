/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The language the command answers in: the locale, LANGUAGE, --lang.  */
#ifndef TCERR_CLI_USER_LANGUAGE_H
#define TCERR_CLI_USER_LANGUAGE_H

#include "tcerr.h"

/* What --lang names.  */
enum cli_lang
{
  CLI_LANG_OK,         /* a language with a catalog, or English */
  CLI_LANG_INVALID,    /* no language at all */
  CLI_LANG_NO_CATALOG  /* a language without a catalog: English answers */
};

/* Sets up the locale and the command's text domain; to be called before
   the first gettext call (glibc caches translations per locale name).
   LANG is --lang as given, or NULL to follow the environment.  Returns
   what LANG names (CLI_LANG_OK without one); an invalid LANG is ignored.  */
enum cli_lang cli_lang_setup (const char *lang);

/* The command's words and the library's messages in UTF-8 from now on,
   whatever the locale (for --json).  */
void cli_lang_use_utf8 (void);

#endif
