/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The gettext glue: the only place that talks to libintl.

   The library binds its own text domain, once and lazily, and looks its keys
   up with dgettext in that domain, at every lookup: it never calls
   setlocale or textdomain, nor writes anything of libc's, so the calling
   program's locale, domain and gettext's state stay its own.  */
#include <config.h>

#include "internal.h"

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* TCERR_LOCALEDIR overrides the configured directory: relocated installs and
   the build tree's catalogs.  Ignored in set-user-ID programs.  */
static const char *localedir;
static pthread_once_t localedir_once = PTHREAD_ONCE_INIT;

static void
find_localedir (void)
{
#if HAVE_SECURE_GETENV
  const char *dir = secure_getenv ("TCERR_LOCALEDIR");
#else
  const char *dir = getenv ("TCERR_LOCALEDIR");
#endif
  /* A copy: the program may change its environment later.  */
  localedir = dir != NULL && *dir != '\0' ? strdup (dir) : NULL;
  if (localedir == NULL)
    localedir = LOCALEDIR;
}

const char *
tcerr_localedir (void)
{
  pthread_once (&localedir_once, find_localedir);
  return localedir;
}

#if ENABLE_NLS

#include <libintl.h>
#include <stdatomic.h>

static pthread_once_t bind_once = PTHREAD_ONCE_INIT;
/* Whether tcerr_use_utf8 was called.  */
static atomic_bool forced_utf8;

static void
bind_domain (void)
{
  /* On failure (out of memory) lookups still give the English.  */
  bindtextdomain (TCERR_DOMAIN, tcerr_localedir ());
}

/* The name of the calling thread's LC_MESSAGES locale (uselocale
   included), or NULL where the system does not say (_NL_LOCALE_NAME is a
   public glibc extension of <langinfo.h>).  */
static const char *
messages_locale_name (void)
{
#ifdef _NL_LOCALE_NAME
  return nl_langinfo (_NL_LOCALE_NAME (LC_MESSAGES));
#else
  return NULL;
#endif
}

/* Whether NAME is the C (or POSIX) locale, where gettext never translates
   and ignores LANGUAGE: asking it is then wasted work.  */
static bool
is_c_locale (const char *name)
{
  return name != NULL && ((name[0] == 'C' && name[1] == '\0')
                          || strcmp (name, "POSIX") == 0);
}

/* gettext's answer for registry entry I.  */
static const char *
ask_gettext (size_t i)
{
  const char *msgkey = tcerr_registry_msgkey (i);
  int saved_errno = errno;
  const char *text = dgettext (TCERR_DOMAIN, msgkey);
  errno = saved_errno;
  /* gettext hands back its argument when there is no translation.  */
  return text != msgkey ? text : NULL;
}

const char *
tcerr_catalog_text (size_t i)
{
  /* gettext is asked every time, and its answers change when its own do
     (setlocale, uselocale, bindtextdomain, and LANGUAGE once the program
     tells gettext, as its manual says).  Only the C locale is known here
     never to translate.  */
  if (is_c_locale (messages_locale_name ()))
    return NULL;
  pthread_once (&bind_once, bind_domain);
  return ask_gettext (i);
}

const char *
tcerr_catalog_name (const char *msgid)
{
  if (is_c_locale (messages_locale_name ()))
    return NULL;
  pthread_once (&bind_once, bind_domain);
  int saved_errno = errno;
  const char *text = dgettext (TCERR_DOMAIN, msgid);
  errno = saved_errno;
  return text != msgid ? text : NULL;
}

int
tcerr_catalog_use_utf8 (void)
{
  pthread_once (&bind_once, bind_domain);
  if (bind_textdomain_codeset (TCERR_DOMAIN, "UTF-8") == NULL)
    return errno != 0 ? errno : ENOMEM;
  forced_utf8 = true;
  return 0;
}

bool
tcerr_catalog_is_utf8 (void)
{
  return forced_utf8 || strcmp (nl_langinfo (CODESET), "UTF-8") == 0;
}

#else /* !ENABLE_NLS: English only, which is ASCII.  */

const char *
tcerr_catalog_text (size_t i)
{
  (void) i;
  return NULL;
}

const char *
tcerr_catalog_name (const char *msgid)
{
  (void) msgid;
  return NULL;
}

int
tcerr_catalog_use_utf8 (void)
{
  return 0;
}

bool
tcerr_catalog_is_utf8 (void)
{
  return true;
}

#endif
