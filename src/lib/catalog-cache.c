/* gettext's answers, remembered per thread.

   dgettext takes a process-wide lock and searches its own tables on every
   call; a lookup that remembers the answer is cheaper than gettext itself,
   and threads do not wait for each other.  An answer holds for as long as
   everything gettext's answer depends on stays the same, and each of those
   is watched here:
   - setlocale, textdomain, bindtextdomain and bind_textdomain_codeset:
     glibc counts each call in _nl_msg_cat_cntr;
   - uselocale, which glibc does not count: the name of the thread's
     LC_MESSAGES locale, compared by content (a locale object freed and
     made again may reuse an address).  gettext keys its own answers by
     that name too, not by the codeset it converts to (a locale object
     whose LC_CTYPE comes from another locale than its LC_MESSAGES gets
     what gettext answered first), and so does this cache: no more, no
     less than gettext;
   - the environment variable LANGUAGE, which glibc does not count either:
     gettext itself keeps answering in the language it first found until
     the count changes (the gettext manual tells programs that change
     LANGUAGE to add one to _nl_msg_cat_cntr).  The library does that for
     its caller when it sees LANGUAGE change, so both gettext's answers and
     the ones remembered here follow.
   The answers themselves stay valid: glibc never unloads a catalog, nor
   frees what it converted to another codeset.

   A thread keeps up to STATES such sets of answers (a server that answers
   many languages with tcerr_message_l goes back and forth), each one
   pointer per key, in pages of PAGE keys made when a key of theirs is first
   asked: a command that asks one key allocates and clears one page, not
   eight bytes times every key.  Where memory runs out, or a name is too
   long to keep, the lookup simply asks gettext.  */
#include <config.h>

#include "internal.h"

#if TCERR_CATALOG_CACHE

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* glibc's count of the calls that change gettext's answers.  */
extern int _nl_msg_cat_cntr;

/* A hash of the last LANGUAGE any thread saw; 0 before the first.  */
static uint64_t seen_language;

const char tcerr_catalog_cache_none[1];

#define STATES 4
#define PAGE 512 /* keys: 4 KiB of pointers */

struct state
{
  /* By registry index / PAGE, then % PAGE; NULL until first needed.  */
  const char ***pages;
  unsigned long used; /* when last used: the least recent is replaced */
  int counter;
  char messages[64];  /* LC_MESSAGES's name */
};

struct thread_cache
{
  struct state states[STATES];
  unsigned long clock;
  bool has_language;
  char language[256]; /* the last LANGUAGE this thread saw */
};

static pthread_key_t cache_key;
static bool have_key;
static pthread_once_t key_once = PTHREAD_ONCE_INIT;

static size_t
page_count (void)
{
  return (tcerr_registry_size + PAGE - 1) / PAGE;
}

static void
free_cache (void *p)
{
  struct thread_cache *c = p;
  if (c == NULL)
    return;
  for (size_t k = 0; k < STATES; k++)
    if (c->states[k].pages != NULL)
      {
        for (size_t n = 0; n < page_count (); n++)
          free (c->states[k].pages[n]);
        free (c->states[k].pages);
      }
  free (c);
}

static void
make_key (void)
{
  have_key = pthread_key_create (&cache_key, free_cache) == 0;
}

/* When the library is unloaded (dlclose, or the end of the process), no
   thread may later run free_cache from it: the key goes, with the calling
   thread's cache.  Other threads' caches, if any still run, are lost.  */
__attribute__ ((destructor)) static void
unload (void)
{
  if (have_key)
    {
      have_key = false;
      free_cache (pthread_getspecific (cache_key));
      pthread_key_delete (cache_key);
    }
}

static bool
same_state (const struct state *st, int counter, const char *messages)
{
  return st->pages != NULL && st->counter == counter
         && strcmp (st->messages, messages) == 0;
}

/* Makes ST the state of these values, with no answers yet; false when the
   name is too long to keep, or there is no memory.  */
static bool
reset_state (struct state *st, int counter, const char *messages)
{
  size_t messages_len = strlen (messages);
  if (messages_len >= sizeof st->messages)
    return false;
  if (st->pages != NULL)
    {
      for (size_t n = 0; n < page_count (); n++)
        if (st->pages[n] != NULL)
          memset (st->pages[n], 0, PAGE * sizeof *st->pages[n]);
    }
  else if ((st->pages = calloc (page_count (), sizeof *st->pages)) == NULL)
    return false;
  st->counter = counter;
  memcpy (st->messages, messages, messages_len + 1);
  return true;
}

/* FNV-1a, 64 bits, never 0.  */
static uint64_t
language_hash (const char *s)
{
  uint64_t h = 14695981039346656037u;
  for (; *s != '\0'; s++)
    h = (h ^ (unsigned char) *s) * 1099511628211u;
  return h != 0 ? h : 1;
}

/* When LANGUAGE is not what the process last saw, tells gettext (and the
   states, through the count) that its answers changed.  C: the calling
   thread's cache, or NULL.  */
static void
watch_language (struct thread_cache *c)
{
  const char *language = getenv ("LANGUAGE");
  if (language == NULL)
    language = ""; /* gettext takes empty for unset */
  if (c != NULL && c->has_language && strcmp (c->language, language) == 0)
    return;
  uint64_t h = language_hash (language);
  uint64_t seen = __atomic_exchange_n (&seen_language, h, __ATOMIC_RELAXED);
  if (seen != 0 && seen != h)
    __atomic_add_fetch (&_nl_msg_cat_cntr, 1, __ATOMIC_RELAXED);
  size_t len = strlen (language);
  if (c != NULL && len < sizeof c->language)
    {
      memcpy (c->language, language, len + 1);
      c->has_language = true;
    }
}

const char **
tcerr_catalog_cache_slot (const char *messages, size_t i)
{
  if (messages == NULL)
    return NULL;
  pthread_once (&key_once, make_key);
  struct thread_cache *c = have_key ? pthread_getspecific (cache_key) : NULL;
  if (c == NULL && have_key && (c = calloc (1, sizeof *c)) != NULL
      && pthread_setspecific (cache_key, c) != 0)
    {
      free (c);
      c = NULL;
    }
  /* First, even where nothing can be remembered: gettext is asked next.  */
  watch_language (c);
  if (c == NULL)
    return NULL;

  /* A program that calls setlocale in one thread while another looks up
     has a race of its own (setlocale is not thread-safe); the count is read
     atomically all the same.  */
  int counter = __atomic_load_n (&_nl_msg_cat_cntr, __ATOMIC_RELAXED);

  struct state *st = NULL, *oldest = &c->states[0];
  for (size_t k = 0; k < STATES && st == NULL; k++)
    {
      if (same_state (&c->states[k], counter, messages))
        st = &c->states[k];
      else if (c->states[k].used < oldest->used)
        oldest = &c->states[k];
    }
  if (st == NULL)
    {
      st = oldest;
      if (!reset_state (st, counter, messages))
        {
          st->used = 0;
          return NULL;
        }
    }
  st->used = ++c->clock;
  const char **page = st->pages[i / PAGE];
  if (page == NULL
      && (page = st->pages[i / PAGE] = calloc (PAGE, sizeof *page)) == NULL)
    return NULL;
  return &page[i % PAGE];
}

#endif
