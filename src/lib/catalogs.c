/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The catalogs of the languages callers name (tcerr_lookup_lang and its
   siblings): which installed .mo file answers a language, by gettext's
   rules, read by the library itself (mo-file.c).

   A name as people write it ("zh-Hant", "zh_CN.UTF-8", "en-US") is first
   the name of a catalog (tcerr_language_name: "zh_TW", "zh_CN", "en_US").
   Then, as gettext searches LANGUAGE's entries, the first of
   ll_CC@mod, ll@mod, ll_CC and ll with a valid catalog in
   tcerr_localedir ()/NAME/LC_MESSAGES/tcerr.mo answers; a name the build
   installs as an alias of another catalog (Makefile.am's CATALOG_ALIASES:
   zh for zh_CN) stands for it even where the alias was not installed.  A
   language without any catalog gets English: the en catalog, or the
   English compiled into the library.

   Nothing here touches the process: no setlocale, no environment, no
   gettext.  What is found is kept for the life of the process: each
   catalog file read once, each spelling resolved once.  Lookups read the
   resolved spellings without a lock (a list that only grows, published
   with release stores); the first use of a spelling takes a mutex.  */
#include <config.h>

#include "internal.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The languages of the build's catalogs and the aliases it installs,
   generated from po/LINGUAS and Makefile.am (src/lib/local.mk).  */
static const char *const built_languages[] = {
#define TCERR_LANGUAGE(name) name,
#define TCERR_CATALOG_ALIAS(alias, target)
#include "languages.inc"
#undef TCERR_LANGUAGE
#undef TCERR_CATALOG_ALIAS
  NULL
};

static const struct alias
{
  const char *alias, *target;
} aliases[] = {
#define TCERR_LANGUAGE(name)
#define TCERR_CATALOG_ALIAS(alias, target) { alias, target },
#include "languages.inc"
#undef TCERR_LANGUAGE
#undef TCERR_CATALOG_ALIAS
  { NULL, NULL }
};

/* How many spellings, and how many catalog files found missing, are
   remembered: a caller that names ever new languages (user input) costs
   file lookups, never memory without bound.  Catalogs found are always
   kept: there are only as many as files installed.  */
#define SPELLINGS_MAX 32
#define MISSING_MAX 64
/* The longest spelling remembered, NUL included.  */
#define SPELLING_MAX 64

/* A catalog folder, read once: its catalog, or NULL when it has none
   (missing, unreadable or invalid), and the file's identity (an alias
   installed as a link is the same file: read once too).  Reached under
   the mutex only.  */
struct folder
{
  struct folder *next;
  const struct tcerr_mo *catalog;
  dev_t dev;
  ino_t ino;
  char name[TCERR_LANGUAGE_MAX];
};

/* A language as a caller spelled it, resolved.  Immutable once
   published.  */
struct spelling
{
  const struct spelling *next;
  struct tcerr_language language;
  char text[SPELLING_MAX];
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static struct folder *folders;       /* under LOCK */
static size_t missing_count;         /* under LOCK */
static size_t spelling_count;        /* under LOCK */
static _Atomic (const struct spelling *) spellings;

const char *const *
tcerr_languages (void)
{
#if ENABLE_NLS
  return built_languages;
#else
  /* No catalog is installed: the English compiled in is all there is.  */
  static const char *const english[] = { "en", NULL };
  (void) built_languages;
  return english;
#endif
}

/* --- Files --------------------------------------------------------------- */

/* Folder NAME's catalog, read from tcerr_localedir (), or the catalog of
   the same file if another folder read it (an alias installed as a link);
   its identity in F.  NULL (errno set) when it has none.  Under LOCK.  */
static const struct tcerr_mo *
read_folder (const char *name, struct folder *f)
{
#if ENABLE_NLS
  const char *dir = tcerr_localedir ();
  size_t size = strlen (dir) + strlen (name) + sizeof "//LC_MESSAGES/"
                + sizeof TCERR_DOMAIN ".mo";
  char *path = malloc (size);
  if (path == NULL)
    return NULL;
  snprintf (path, size, "%s/%s/LC_MESSAGES/%s.mo", dir, name, TCERR_DOMAIN);
  const struct tcerr_mo *catalog = NULL;
  struct stat st;
  if (stat (path, &st) == 0)
    {
      f->dev = st.st_dev;
      f->ino = st.st_ino;
      for (const struct folder *g = folders; g != NULL; g = g->next)
        if (g->catalog != NULL && g->dev == st.st_dev && g->ino == st.st_ino)
          catalog = g->catalog;
      if (catalog == NULL)
        catalog = tcerr_mo_read (path);
    }
  int err = errno;
  free (path);
  errno = err;
  return catalog;
#else
  /* No catalog is installed: English only, as through gettext.  */
  (void) name;
  (void) f;
  errno = ENOENT;
  return NULL;
#endif
}

/* The catalog of folder NAME, read the first time it is asked; NULL when
   there is none.  Under LOCK.  */
static const struct tcerr_mo *
folder_catalog (const char *name)
{
  for (const struct folder *f = folders; f != NULL; f = f->next)
    if (strcmp (f->name, name) == 0)
      return f->catalog;
  struct folder read = { NULL, NULL, 0, 0, "" };
  const struct tcerr_mo *catalog = read_folder (name, &read);
  /* Out of memory is no answer to remember, and a caller naming ever
     new languages no reason to grow.  */
  if (catalog == NULL && (errno == ENOMEM || missing_count == MISSING_MAX))
    return NULL;
  struct folder *f = malloc (sizeof *f);
  if (f == NULL)
    return catalog; /* asked again next time: a catalog kept twice */
  *f = read;
  f->catalog = catalog;
  memcpy (f->name, name, strlen (name) + 1);
  f->next = folders;
  folders = f;
  missing_count += catalog == NULL;
  return catalog;
}

static const char *
alias_target (const char *name)
{
  for (const struct alias *a = aliases; a->alias != NULL; a++)
    if (strcmp (a->alias, name) == 0)
      return a->target;
  return NULL;
}

/* Whether the catalog name NAME is English (en, en_GB, en@shaw...).  */
static bool
is_english (const char *name)
{
  return name[0] == 'e' && name[1] == 'n'
         && (name[2] == '\0' || name[2] == '_' || name[2] == '@');
}

/* Tries the catalog folder NAME, then the catalog it is an alias of.  */
static bool
try_folder (const char *name, struct tcerr_language *language)
{
  const char *names[] = { name, alias_target (name) };
  for (size_t i = 0; i < 2 && names[i] != NULL; i++)
    {
      const struct tcerr_mo *catalog = folder_catalog (names[i]);
      if (catalog != NULL)
        {
          language->catalog = catalog;
          memcpy (language->name, names[i], strlen (names[i]) + 1);
          return true;
        }
    }
  return false;
}

/* Resolves the catalog name NAME ("ll", "ll_CC", "ll@mod" or
   "ll_CC@mod") into *LANGUAGE.  Under LOCK.  */
static void
resolve (const char *name, struct tcerr_language *language)
{
  /* gettext's order (glibc's intl/l10nflist.c, checked with gettext(1)):
     ll_CC@mod, ll@mod, ll_CC, ll.  */
  size_t ll = strcspn (name, "_@");
  const char *modifier = strchr (name, '@');
  size_t territory_end = modifier != NULL ? (size_t) (modifier - name)
                                          : strlen (name);
  char candidates[4][TCERR_LANGUAGE_MAX];
  size_t n = 0;
  for (int with_modifier = 1; with_modifier >= 0; with_modifier--)
    for (int with_territory = 1; with_territory >= 0; with_territory--)
      {
        if ((with_territory && territory_end == ll)
            || (with_modifier && modifier == NULL))
          continue;
        size_t len = with_territory ? territory_end : ll;
        memcpy (candidates[n], name, len);
        candidates[n][len] = '\0';
        if (with_modifier)
          strcat (candidates[n], modifier);
        n++;
      }
  for (size_t i = 0; i < n; i++)
    if (try_folder (candidates[i], language))
      {
        language->has_catalog = true;
        return;
      }
  /* No catalog: English, the en catalog's or the library's own.  */
  language->has_catalog = is_english (name);
  if (!try_folder ("en", language))
    {
      language->catalog = NULL;
      memcpy (language->name, "en", sizeof "en");
    }
}

/* --- Spellings ----------------------------------------------------------- */

static const struct spelling *
find_spelling (const struct spelling *s, const char *text)
{
  for (; s != NULL; s = s->next)
    if (strcmp (s->text, text) == 0)
      return s;
  return NULL;
}

int
tcerr_language_find (const char *lang, struct tcerr_language *language)
{
  if (lang == NULL)
    return EINVAL;
  const struct spelling *s
    = find_spelling (atomic_load_explicit (&spellings, memory_order_acquire),
                     lang);
  if (s != NULL)
    {
      *language = s->language;
      return 0;
    }

  char name[TCERR_LANGUAGE_MAX];
  if (tcerr_language_name (lang, name, sizeof name) != 0)
    return EINVAL;
  pthread_mutex_lock (&lock);
  const struct spelling *head = atomic_load_explicit (&spellings,
                                                      memory_order_relaxed);
  if ((s = find_spelling (head, lang)) != NULL)
    *language = s->language;
  else
    {
      resolve (name, language);
      struct spelling *added = NULL;
      if (spelling_count < SPELLINGS_MAX && strlen (lang) < SPELLING_MAX
          && (added = malloc (sizeof *added)) != NULL)
        {
          added->language = *language;
          memcpy (added->text, lang, strlen (lang) + 1);
          added->next = head;
          spelling_count++;
          atomic_store_explicit (&spellings, added, memory_order_release);
        }
    }
  pthread_mutex_unlock (&lock);
  return 0;
}

int
tcerr_language_catalog (const char *lang, char *buf, size_t size)
{
  struct tcerr_language language;
  if (buf == NULL && size > 0)
    return EINVAL;
  int err = tcerr_language_find (lang, &language);
  if (err == 0)
    err = tcerr_copy_text (language.name, buf, size, true);
  if (err == 0 && !language.has_catalog)
    err = ENOENT;
  return err;
}
