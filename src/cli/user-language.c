/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The language the command answers in.

   A language is looked up by the library's rule (tcerr_language_catalog:
   the installed catalog that its lookups in a named language would read,
   English when there is none), and that catalog is the command's
   LANGUAGE, for the library's messages and the command's own words alike,
   through gettext in the command's own process.  So "tcerr --lang=X"
   answers as tcerr_lookup_lang (X, ...) does.

   gettext follows LC_MESSAGES, and LANGUAGE when LC_MESSAGES is not the C
   locale.  Containers often have no locale but C and C.UTF-8: there
   setlocale (LC_ALL, "") fails for LANG=zh_CN.UTF-8 and a plain program
   shows English.  glibc translates under C.UTF-8 with LANGUAGE set, so
   that is the way to a language whose locale is missing.  */
#include <config.h>

#include "cli.h"
#include "user-language.h"

#include "tcerr.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* Whether NAME is the C locale's name, in which gettext never
   translates.  */
static bool
is_c_locale (const char *name)
{
  return name == NULL || strcmp (name, "C") == 0 || strcmp (name, "POSIX") == 0;
}

/* The locale named by the environment for LC_MESSAGES (POSIX order).  */
static const char *
messages_locale_name (void)
{
  static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
  for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++)
    {
      const char *value = getenv (vars[i]);
      if (value != NULL && *value != '\0')
        return value;
    }
  return NULL;
}

/* Sets LANGUAGE to the catalog that answers the language NAME names, by
   the library's rule; returns tcerr_language_catalog's answer.  */
static int
use_catalog_of (const char *name)
{
  char catalog[TCERR_LANGUAGE_MAX];
  int err = tcerr_language_catalog (name, catalog, sizeof catalog);
  if (err == 0 || err == ENOENT)
    setenv ("LANGUAGE", catalog, 1);
  return err;
}

/* setlocale (LC_ALL, "") failed: a locale the environment names is not
   installed.  Run in C.UTF-8 and, unless LANGUAGE says otherwise, in the
   language that locale is for.  */
static void
missing_locale (void)
{
  if (setlocale (LC_ALL, "C.UTF-8") == NULL)
    setlocale (LC_ALL, "C.utf8");
  const char *language = getenv ("LANGUAGE");
  if (language != NULL && *language != '\0')
    return;
  const char *name = messages_locale_name ();
  if (name != NULL && !is_c_locale (name))
    use_catalog_of (name);
}

/* --lang in the C locale, where LANGUAGE would be ignored: the messages
   (and the characters, if they are ASCII) move to C.UTF-8.  */
static void
leave_c_locale (void)
{
  if (!is_c_locale (setlocale (LC_MESSAGES, NULL)))
    return;
  if (is_c_locale (setlocale (LC_CTYPE, NULL))
      && setlocale (LC_CTYPE, "C.UTF-8") == NULL)
    setlocale (LC_CTYPE, "C.utf8");
  if (setlocale (LC_MESSAGES, "C.UTF-8") == NULL)
    setlocale (LC_MESSAGES, "C.utf8");
}

enum cli_lang
cli_lang_setup (const char *lang)
{
  int err = lang != NULL ? use_catalog_of (lang) : 0;
  bool named = lang != NULL && err != EINVAL;
  if (setlocale (LC_ALL, "") == NULL)
    missing_locale ();
  else if (named)
    leave_c_locale ();
  /* The command's catalogs are installed beside the library's.  */
  bindtextdomain (CLI_DOMAIN, tcerr_localedir ());
  textdomain (CLI_DOMAIN);
  return err == EINVAL ? CLI_LANG_INVALID
         : err == ENOENT ? CLI_LANG_NO_CATALOG : CLI_LANG_OK;
}

void
cli_lang_use_utf8 (void)
{
  tcerr_use_utf8 ();
  bind_textdomain_codeset (CLI_DOMAIN, "UTF-8");
}
