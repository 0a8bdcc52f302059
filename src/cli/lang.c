/* The language the command answers in.

   gettext follows LC_MESSAGES, and LANGUAGE when LC_MESSAGES is not the C
   locale.  Containers often have no locale but C and C.UTF-8: there
   setlocale (LC_ALL, "") fails for LANG=zh_CN.UTF-8 and a plain program
   shows English.  glibc translates under C.UTF-8 with LANGUAGE set, so
   that is the way to a language whose locale is missing.  */
#include <config.h>

#include "cli.h"
#include "lang.h"

#include "tcerr.h"

#include <stdlib.h>
#include <string.h>

bool
cli_lang_normalize (const char *s, char *buf)
{
  return tcerr_language_name (s, buf, CLI_LANG_MAX) == 0;
}

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
  char lang[CLI_LANG_MAX];
  if (name != NULL && !is_c_locale (name) && cli_lang_normalize (name, lang))
    setenv ("LANGUAGE", lang, 1);
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

void
cli_lang_setup (const char *lang)
{
  if (lang != NULL)
    setenv ("LANGUAGE", lang, 1);
  if (setlocale (LC_ALL, "") == NULL)
    missing_locale ();
  else if (lang != NULL)
    leave_c_locale ();
  /* The command's catalogs are installed beside the library's.  */
  bindtextdomain (CLI_DOMAIN, tcerr_localedir ());
  textdomain (CLI_DOMAIN);
}

void
cli_lang_use_utf8 (void)
{
  tcerr_use_utf8 ();
  bind_textdomain_codeset (CLI_DOMAIN, "UTF-8");
}
