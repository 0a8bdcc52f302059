/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The lookups in a named language (tcerr_lookup_lang and its siblings),
   beyond the catalogs' texts (the catalog tests run through them too, see
   tested-lang.h):

   test-lang names     the languages of the build, which catalog answers
                       each way of naming a language, the same answers
                       for every spelling and as gettext's own in a real
                       locale, nothing of the process read or changed
   test-lang threads   8 threads, each going from language to language,
                       from the first lookup of the process on
   test-lang catalogs ZH.mo
                       a catalog directory of the test's own
                       (TCERR_LOCALEDIR, empty but for what the .test
                       script puts there): gettext's order of fallbacks,
                       the zh alias where no link was installed, and
                       corrupt, truncated and missing catalogs, which are
                       no catalog (English), never a crash.  */
#include <config.h>

#include "cases.h"
#include "oracle.h"

#include <errno.h>
#include <fcntl.h>
#include <libintl.h>
#include <locale.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <tcerr.h>
#include <unistd.h>

/* glibc's count of gettext's changes: read, to see the library leaves it
   alone, and written, as gettext's manual asks of a program that changes
   LANGUAGE (the catalogs test compares with gettext's own choice).  */
extern int _nl_msg_cat_cntr;

static const struct tcerr_key *keys;
static size_t key_count;

/* Whether two results are the same answer.  */
static bool
same_result (const struct tcerr_result *a, const struct tcerr_result *b)
{
  return a->match == b->match
         && (a->message == b->message
             || (a->message != NULL && b->message != NULL
                 && strcmp (a->message, b->message) == 0))
         && (a->product == b->product || strcmp (a->product, b->product) == 0)
         && (a->code == b->code || strcmp (a->code, b->code) == 0);
}

/* Asserts that every key answers in LANG as in WANT_LANG.  */
static void
assert_same_answers (const char *lang, const char *want_lang)
{
  size_t wrong = 0;
  for (size_t i = 0; i < key_count; i++)
    {
      struct tcerr_result got, want;
      assert_int_equal (tcerr_lookup_lang (want_lang, keys[i].product,
                                           keys[i].code, &want), 0);
      assert_int_equal (tcerr_lookup_lang (lang, keys[i].product,
                                           keys[i].code, &got), 0);
      if (!same_result (&got, &want) && wrong++ < 5)
        print_message ("# %s %s in %s: %s, in %s: %s\n", keys[i].product,
                       keys[i].code, lang, got.message, want_lang,
                       want.message);
    }
  assert_int_equal (wrong, 0);
}

/* Asserts that LANG is answered by the catalog NAME (0) or, WANT_ERR
   ENOENT, by English for want of one.  */
static void
assert_catalog (const char *lang, int want_err, const char *name)
{
  char buf[TCERR_LANGUAGE_MAX];
  memset (buf, 0, sizeof buf);
  int err = tcerr_language_catalog (lang, buf, sizeof buf);
  if (err != want_err || strcmp (buf, name) != 0)
    fail_msg ("%s: %d %s, want %d %s", lang, err, buf, want_err, name);
}

/* --- names --------------------------------------------------------------- */

/* The languages po/LINGUAS lists, "en" added, sorted.  */
static void
languages_follow_linguas (void **state)
{
  (void) state;
  const char *dir = getenv ("srcdir_po");
  assert_non_null (dir);
  char path[4096];
  snprintf (path, sizeof path, "%s/LINGUAS", dir);
  FILE *f = fopen (path, "r");
  assert_non_null (f);
  char *want[64] = { strdup ("en") };
  size_t n = 1;
  char line[256];
  while (fgets (line, sizeof line, f) != NULL)
    {
      *strchrnul (line, '#') = '\0';
      for (char *w = strtok (line, " \t\n"); w != NULL;
           w = strtok (NULL, " \t\n"))
        {
          bool seen = false;
          for (size_t k = 0; k < n; k++)
            seen |= strcmp (want[k], w) == 0;
          if (!seen && n < 64)
            want[n++] = strdup (w);
        }
    }
  fclose (f);
  const char *const *got = tcerr_languages ();
  size_t count = 0;
  for (; got[count] != NULL; count++)
    {
      if (count > 0)
        assert_true (strcmp (got[count - 1], got[count]) < 0);
      bool listed = false;
      for (size_t k = 0; k < n; k++)
        listed |= strcmp (want[k], got[count]) == 0;
      if (!listed)
        fail_msg ("%s is not in po/LINGUAS", got[count]);
    }
  assert_int_equal (count, n);
  for (size_t k = 0; k < n; k++)
    free (want[k]);
}

/* Whether po/LINGUAS gives LANG a catalog of its own (not through the zh
   alias of zh_CN).  */
static bool
has_own_catalog (const char *lang)
{
  for (const char *const *l = tcerr_languages (); *l != NULL; l++)
    if (strcmp (*l, lang) == 0)
      return true;
  return false;
}

/* The build's catalogs (tests/catalogs, laid out as "make install" does,
   with zh a link to zh_CN): the catalog that answers each spelling.  */
static void
catalog_names (void **state)
{
  (void) state;
  const char *const chinese[] = { "zh", "zh_CN", "zh-CN", "ZH-cn",
                                  "zh_CN.UTF-8", "zh_CN.GB18030", "zh-Hans",
                                  "zh-Hans-CN", "zh_CN@whatever" };
  for (size_t i = 0; i < sizeof chinese / sizeof chinese[0]; i++)
    assert_catalog (chinese[i], 0, "zh_CN");
  /* Chinese of other regions and scripts: zh, the link to zh_CN, unless
     a catalog of their own is built.  */
  const char *const other[][2] = { { "zh-Hant", "zh_TW" },
                                   { "zh_TW", "zh_TW" },
                                   { "zh-HK", "zh_HK" },
                                   { "zh_SG.UTF-8", "zh_SG" },
                                   { "zh-hant-TW", "zh_TW" } };
  for (size_t i = 0; i < sizeof other / sizeof other[0]; i++)
    assert_catalog (other[i][0], 0,
                    has_own_catalog (other[i][1]) ? other[i][1] : "zh");
  const char *const english[] = { "en", "en-US", "en_GB.UTF-8", "EN",
                                  "C", "POSIX", "en@shaw" };
  for (size_t i = 0; i < sizeof english / sizeof english[0]; i++)
    assert_catalog (english[i], 0, "en");
  /* No catalog: English answers, and says so.  */
  const char *const none[] = { "qaa", "qaa-QZ", "zn", "tlh" };
  for (size_t i = 0; i < sizeof none / sizeof none[0]; i++)
    if (!has_own_catalog (none[i]))
      assert_catalog (none[i], ENOENT, "en");
}

/* Every spelling of a language gets every key's answer of its catalog.  */
static void
spellings_agree (void **state)
{
  (void) state;
  const char *const chinese[] = { "zh", "zh-CN", "zh_CN.UTF-8", "zh-Hant",
                                  "zh-TW", "zh_HK.Big5" };
  for (size_t i = 0; i < sizeof chinese / sizeof chinese[0]; i++)
    assert_same_answers (chinese[i], "zh_CN");
  const char *const english[] = { "en-US", "en_GB", "C", "POSIX", "qaa" };
  for (size_t i = 0; i < sizeof english / sizeof english[0]; i++)
    assert_same_answers (english[i], "en");
}

/* A named language answers as gettext does in a real locale of it (the
   test's locales are generated): the library's own reading of the
   catalog against gettext's, every key.  */
static void
same_as_gettext (void **state)
{
  (void) state;
  assert_null (getenv ("LANGUAGE")); /* it would take priority */
  const char *const pairs[][2] = { { "zh_CN", "zh_CN.UTF-8" },
                                   { "zh_TW", "zh_TW.UTF-8" },
                                   { "en", "en_US.UTF-8" } };
  for (size_t p = 0; p < sizeof pairs / sizeof pairs[0]; p++)
    {
      locale_t loc = newlocale (LC_ALL_MASK, pairs[p][1], (locale_t) 0);
      assert_true (loc != (locale_t) 0);
      size_t wrong = 0;
      for (size_t i = 0; i < key_count; i++)
        {
          struct tcerr_result named, locale;
          assert_int_equal (tcerr_lookup_lang (pairs[p][0], keys[i].product,
                                               keys[i].code, &named), 0);
          assert_int_equal (tcerr_lookup_l (keys[i].product, keys[i].code,
                                            loc, &locale), 0);
          if (!same_result (&named, &locale) && wrong++ < 5)
            print_message ("# %s %s: %s named, %s in %s\n", keys[i].product,
                           keys[i].code, named.message, locale.message,
                           pairs[p][1]);
        }
      freelocale (loc);
      assert_int_equal (wrong, 0);
    }
}

/* What the process would show of a change.  */
struct process_state
{
  char *locale;      /* setlocale (LC_ALL, NULL) */
  locale_t thread;   /* uselocale (0) */
  const char *language;
  char *language_value;
  char *domain;      /* textdomain (NULL) */
  int counter;       /* _nl_msg_cat_cntr */
};

static void
take_state (struct process_state *s)
{
  s->locale = strdup (setlocale (LC_ALL, NULL));
  s->thread = uselocale ((locale_t) 0);
  s->language = getenv ("LANGUAGE");
  s->language_value = s->language != NULL ? strdup (s->language) : NULL;
  s->domain = strdup (textdomain (NULL));
  s->counter = _nl_msg_cat_cntr;
}

static void
assert_state_unchanged (struct process_state *s)
{
  assert_string_equal (setlocale (LC_ALL, NULL), s->locale);
  assert_ptr_equal (uselocale ((locale_t) 0), s->thread);
  assert_ptr_equal (getenv ("LANGUAGE"), s->language);
  if (s->language != NULL)
    assert_string_equal (getenv ("LANGUAGE"), s->language_value);
  assert_string_equal (textdomain (NULL), s->domain);
  assert_int_equal (_nl_msg_cat_cntr, s->counter);
  free (s->locale);
  free (s->language_value);
  free (s->domain);
}

/* The lookups in every language leave the process as it was.  */
static void
process_untouched (void **state)
{
  (void) state;
  struct process_state before;
  take_state (&before);
  const char *const langs[] = { "zh", "zh-Hant", "en", "C", "qaa", NULL };
  for (size_t l = 0; l < sizeof langs / sizeof langs[0]; l++)
    for (size_t i = 0; i < key_count; i += 7)
      {
        char buf[16];
        struct tcerr_result r[4];
        assert_non_null (tcerr_message_lang (langs[l], keys[i].product,
                                             keys[i].code));
        tcerr_message_lang_r (langs[l], keys[i].product, keys[i].code, buf,
                              sizeof buf);
        tcerr_lookup_any_lang (langs[l], keys[i].code, r, 4);
      }
  assert_state_unchanged (&before);
}

/* The answers of a named language stay the same whatever the program
   does to its locale and LANGUAGE meanwhile.  */
static void
environment_ignored (void **state)
{
  (void) state;
  const char **zh = calloc (key_count, sizeof *zh);
  const char **en = calloc (key_count, sizeof *en);
  assert_true (zh != NULL && en != NULL);
  for (size_t i = 0; i < key_count; i++)
    {
      zh[i] = tcerr_message_lang ("zh", keys[i].product, keys[i].code);
      en[i] = tcerr_message_lang ("en", keys[i].product, keys[i].code);
    }
  const struct
  {
    const char *locale, *language;
  } envs[] = { { "zh_CN.UTF-8", "zh_CN" }, { "en_US.UTF-8", "en" },
               { "C.UTF-8", "zh_CN" }, { "zh_CN.GB18030", NULL },
               { "C", NULL } };
  char *saved = strdup (setlocale (LC_ALL, NULL));
  for (size_t e = 0; e < sizeof envs / sizeof envs[0]; e++)
    {
      assert_non_null (setlocale (LC_ALL, envs[e].locale));
      if (envs[e].language != NULL)
        setenv ("LANGUAGE", envs[e].language, 1);
      else
        unsetenv ("LANGUAGE");
      ++_nl_msg_cat_cntr;
      for (size_t i = 0; i < key_count; i++)
        {
          assert_ptr_equal (tcerr_message_lang ("zh", keys[i].product,
                                                keys[i].code), zh[i]);
          assert_ptr_equal (tcerr_message_lang ("en", keys[i].product,
                                                keys[i].code), en[i]);
        }
    }
  unsetenv ("LANGUAGE");
  ++_nl_msg_cat_cntr;
  setlocale (LC_ALL, saved);
  free (saved);
  free (zh);
  free (en);
}

/* Every message of a named language is UTF-8, and no Chinese reaches an
   English reader but upstream's own English (which may quote it).  */
static void
utf8_always (void **state)
{
  (void) state;
  const char *const langs[] = { "zh", "en", "qaa" };
  for (size_t l = 0; l < sizeof langs / sizeof langs[0]; l++)
    for (size_t i = 0; i < key_count; i++)
      {
        const char *m = tcerr_message_lang (langs[l], keys[i].product,
                                            keys[i].code);
        assert_non_null (m);
        assert_true (utf8_valid (m, strlen (m)));
      }
}

static int
run_names (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (languages_follow_linguas),
    cmocka_unit_test (catalog_names),
    cmocka_unit_test (spellings_agree),
    cmocka_unit_test (same_as_gettext),
    cmocka_unit_test (process_untouched),
    cmocka_unit_test (environment_ignored),
    cmocka_unit_test (utf8_always),
  };
  return cmocka_run_group_tests_name ("named languages", tests, NULL, NULL);
}

/* --- threads ------------------------------------------------------------- */

#define THREADS 8
#define ROUNDS 24

/* Each thread's first language, all different (some spellings of one
   catalog, some of catalogs read for the first time at once).  */
static const char *const thread_langs[THREADS] = {
  "zh", "en", "zh-Hant", "C", "qaa", "en-GB", "zh_CN.UTF-8", "zh-TW"
};

static pthread_barrier_t barrier;
/* The answers each thread found in its first language, before the
   barrier; read by all after it.  */
static const char **first_answers[THREADS];

struct worker
{
  size_t index;
  size_t checked, wrong;
};

static void *
work (void *arg)
{
  struct worker *w = arg;
  const char **mine = first_answers[w->index];
  /* Every thread's first lookups at once: the catalogs are read while
     other threads look up.  */
  pthread_barrier_wait (&barrier);
  for (size_t i = 0; i < key_count; i++)
    mine[i] = tcerr_message_lang (thread_langs[w->index], keys[i].product,
                                  keys[i].code);
  pthread_barrier_wait (&barrier);
  /* Then from language to language, each round another.  */
  for (size_t round = 1; round < ROUNDS; round++)
    {
      size_t l = (w->index + round) % THREADS;
      for (size_t i = 0; i < key_count; i++)
        {
          char buf[48];
          const char *m = tcerr_message_lang (thread_langs[l],
                                              keys[i].product, keys[i].code);
          int err = tcerr_message_lang_r (thread_langs[l], keys[i].product,
                                          keys[i].code, buf, sizeof buf);
          w->checked++;
          if (m != first_answers[l][i] || (err != 0 && err != ERANGE)
              || strncmp (buf, m, strlen (buf)) != 0)
            w->wrong++;
        }
    }
  return NULL;
}

static void
threads_alternating_languages (void **state)
{
  (void) state;
  assert_int_equal (pthread_barrier_init (&barrier, NULL, THREADS), 0);
  struct worker workers[THREADS];
  pthread_t threads[THREADS];
  for (size_t t = 0; t < THREADS; t++)
    {
      first_answers[t] = calloc (key_count, sizeof *first_answers[t]);
      assert_non_null (first_answers[t]);
      workers[t] = (struct worker) { t, 0, 0 };
      assert_int_equal (pthread_create (&threads[t], NULL, work,
                                        &workers[t]), 0);
    }
  for (size_t t = 0; t < THREADS; t++)
    pthread_join (threads[t], NULL);
  pthread_barrier_destroy (&barrier);
  for (size_t t = 0; t < THREADS; t++)
    {
      assert_int_equal (workers[t].checked, (ROUNDS - 1) * key_count);
      assert_int_equal (workers[t].wrong, 0);
    }
  /* What the threads found is what one thread finds, now that all is
     read: Chinese for the Chinese, English for the others.  */
  for (size_t t = 0; t < THREADS; t++)
    {
      bool chinese = strncmp (thread_langs[t], "zh", 2) == 0;
      size_t cjk = 0;
      for (size_t i = 0; i < key_count; i++)
        {
          assert_ptr_equal (first_answers[t][i],
                            tcerr_message_lang (thread_langs[t],
                                                keys[i].product,
                                                keys[i].code));
          assert_string_equal (first_answers[t][i],
                               tcerr_message_lang (chinese ? "zh_CN" : "en",
                                                   keys[i].product,
                                                   keys[i].code));
          cjk += has_cjk (first_answers[t][i]) != 0;
        }
      if (chinese)
        assert_true (cjk > key_count / 2);
      free (first_answers[t]);
    }
}

static int
run_threads (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (threads_alternating_languages),
  };
  return cmocka_run_group_tests_name ("threads", tests, NULL, NULL);
}

/* --- catalogs ------------------------------------------------------------ */

static char *zh_data; /* the zh_CN catalog, as built */
static size_t zh_size;

static void
read_whole (const char *path)
{
  FILE *f = fopen (path, "rb");
  if (f == NULL || fseek (f, 0, SEEK_END) != 0)
    abort ();
  long size = ftell (f);
  if (size <= 0 || fseek (f, 0, SEEK_SET) != 0)
    abort ();
  zh_size = (size_t) size;
  zh_data = malloc (zh_size);
  if (zh_data == NULL || fread (zh_data, 1, zh_size, f) != zh_size)
    abort ();
  fclose (f);
}

/* The path of the catalog of folder LANG in the test's directory, the
   folder made.  */
static char *
catalog_path (const char *lang)
{
  const char *dir = tcerr_localedir ();
  char *path = malloc (strlen (dir) + strlen (lang) + 64);
  assert_non_null (path);
  sprintf (path, "%s/%s", dir, lang);
  mkdir (path, 0777);
  strcat (path, "/LC_MESSAGES");
  mkdir (path, 0777);
  strcat (path, "/tcerr.mo");
  return path;
}

/* Writes SIZE bytes of DATA as the catalog of folder LANG.  */
static void
write_catalog (const char *lang, const char *data, size_t size)
{
  char *path = catalog_path (lang);
  FILE *f = fopen (path, "wb");
  assert_non_null (f);
  assert_int_equal (fwrite (data, 1, size, f), size);
  assert_int_equal (fclose (f), 0);
  free (path);
}

static uint32_t
get_word (const char *data, size_t at)
{
  uint32_t w;
  memcpy (&w, data + at, 4);
  return w;
}

static void
put_word (char *data, size_t at, uint32_t w)
{
  memcpy (data + at, &w, 4);
}

/* A copy of the zh_CN catalog, to be spoiled.  */
static char *
copy_zh (void)
{
  char *copy = malloc (zh_size);
  assert_non_null (copy);
  memcpy (copy, zh_data, zh_size);
  return copy;
}

/* Where translation I's descriptor is (the catalog's own byte order: the
   machine's, as msgfmt writes it).  */
static size_t
translation_entry (uint32_t i)
{
  return get_word (zh_data, 16) + (size_t) i * 8;
}

/* Every way a catalog can be spoiled, each in its own folder; none is a
   catalog.  */
struct spoiled
{
  const char *lang;
  const char *what;
};

static const struct spoiled spoiled[] = {
  { "qaa", "cut in half" },
  { "qab", "cut inside the header" },
  { "qac", "a wrong magic number" },
  { "qad", "empty" },
  { "qae", "a directory" },
  { "qaf", "the translations' table past the end" },
  { "qag", "a count of strings beyond the file" },
  { "qah", "a translation past the end" },
  { "qai", "a translation without its NUL" },
  { "qaj", "a translation that is not UTF-8" },
  { "qak", "a hash table beyond the file" },
  { "qal", "a charset other than UTF-8" },
  { "qam", "a major revision 2" },
  { "qan", "a FIFO" },
  { "qao", "a missing catalog" },
  { "qap", "the originals' table past the end" },
};

/* The folders of the test's catalog directory, made before the first
   lookup (the library reads each folder once): the zh_CN catalog without
   the zh link, a copy of it under another name, and the spoiled ones.  */
static void
make_folders (void)
{
  write_catalog ("zh_CN", zh_data, zh_size);
  write_catalog ("qba", zh_data, zh_size);
  char *c;
  write_catalog ("qaa", zh_data, zh_size / 2);
  write_catalog ("qab", zh_data, 20);
  c = copy_zh ();
  put_word (c, 0, 0x950412df);
  write_catalog ("qac", c, zh_size);
  write_catalog ("qad", "", 0);
  free (c);
  char *path = catalog_path ("qae");
  assert_int_equal (mkdir (path, 0777), 0);
  free (path);
  c = copy_zh ();
  put_word (c, 16, (uint32_t) zh_size);
  write_catalog ("qaf", c, zh_size);
  free (c);
  c = copy_zh ();
  put_word (c, 8, 0x7fffffff);
  write_catalog ("qag", c, zh_size);
  free (c);
  c = copy_zh ();
  put_word (c, translation_entry (1) + 4, (uint32_t) zh_size);
  write_catalog ("qah", c, zh_size);
  free (c);
  c = copy_zh ();
  uint32_t len = get_word (zh_data, translation_entry (1));
  uint32_t at = get_word (zh_data, translation_entry (1) + 4);
  c[at + len] = 'x';
  write_catalog ("qai", c, zh_size);
  free (c);
  c = copy_zh ();
  /* A Chinese text's first byte: a lead byte made a lone continuation.  */
  for (uint32_t i = 1; i < get_word (zh_data, 8); i++)
    {
      at = get_word (zh_data, translation_entry (i) + 4);
      if ((unsigned char) c[at] >= 0xE0)
        {
          c[at] = (char) 0x80;
          break;
        }
    }
  write_catalog ("qaj", c, zh_size);
  free (c);
  c = copy_zh ();
  put_word (c, 20, 0x7fffffff);
  write_catalog ("qak", c, zh_size);
  free (c);
  c = copy_zh ();
  char *charset = memmem (c, zh_size, "charset=UTF-8", 13);
  assert_non_null (charset);
  memcpy (charset, "charset=BIG-5", 13);
  write_catalog ("qal", c, zh_size);
  free (c);
  c = copy_zh ();
  put_word (c, 4, 2u << 16);
  write_catalog ("qam", c, zh_size);
  free (c);
  path = catalog_path ("qan");
  assert_int_equal (mkfifo (path, 0666), 0);
  free (path);
  path = catalog_path ("qao"); /* the folder only */
  free (path);
  c = copy_zh ();
  put_word (c, 12, (uint32_t) zh_size - 8);
  write_catalog ("qap", c, zh_size);
  free (c);
}

/* Each spoiled catalog is none: English answers, every key.  */
static void
spoiled_catalogs (void **state)
{
  (void) state;
  for (size_t s = 0; s < sizeof spoiled / sizeof spoiled[0]; s++)
    {
      print_message ("# %s: %s\n", spoiled[s].lang, spoiled[s].what);
      assert_catalog (spoiled[s].lang, ENOENT, "en");
      assert_same_answers (spoiled[s].lang, "en");
    }
}

/* A catalog the test copied is read as the build's is: the same Chinese
   under another language's name; msgfmt's other shapes (no hash table:
   a binary search; the other byte order), made by the .test script.  */
static void
copies_and_shapes (void **state)
{
  (void) state;
  assert_catalog ("qba", 0, "qba");
  assert_same_answers ("qba", "zh_CN");
  assert_catalog ("qbb", 0, "qbb");  /* msgfmt --no-hash */
  assert_same_answers ("qbb", "zh_CN");
  assert_catalog ("qbc", 0, "qbc");  /* msgfmt --endianness=big */
  assert_same_answers ("qbc", "zh_CN");
}

/* Random bytes changed anywhere in the tables: whatever the catalog then
   says, no crash, and an answer for every key, in UTF-8.  */
static void
random_damage (void **state)
{
  (void) state;
  srand (20261130);
  size_t tables_end = get_word (zh_data, 24) + 4 * get_word (zh_data, 20);
  for (int round = 0; round < 40; round++)
    {
      char lang[8];
      snprintf (lang, sizeof lang, "qc%c", 'a' + round % 26);
      if (round >= 26)
        snprintf (lang, sizeof lang, "qd%c", 'a' + round - 26);
      char *c = copy_zh ();
      for (int k = 0; k < 1 + round; k++)
        {
          size_t at = (size_t) rand () % (round % 2 ? zh_size : tables_end);
          c[at] = (char) rand ();
        }
      write_catalog (lang, c, zh_size);
      free (c);
      char buf[TCERR_LANGUAGE_MAX];
      int err = tcerr_language_catalog (lang, buf, sizeof buf);
      assert_true (err == 0 || err == ENOENT);
      for (size_t i = 0; i < key_count; i++)
        {
          const char *m = tcerr_message_lang (lang, keys[i].product,
                                              keys[i].code);
          assert_non_null (m);
          assert_true (utf8_valid (m, strlen (m)));
        }
    }
}

/* The message of a key, through gettext with LANGUAGE set to LANG (C.UTF-8
   locale, gettext told of the change): gettext's own choice of catalog.  */
static const char *
gettext_message (const char *lang)
{
  setenv ("LANGUAGE", lang, 1);
  ++_nl_msg_cat_cntr;
  const char *m = tcerr_message ("cbs", "InvalidDisk.Busy");
  unsetenv ("LANGUAGE");
  ++_nl_msg_cat_cntr;
  return m;
}

/* Which folder answers a name with a territory and a modifier: gettext's
   order, ll_CC@mod, ll@mod, ll_CC, ll, checked against gettext itself on
   the same folders (copies of the zh_CN and en catalogs).  */
static void
gettext_order (void **state)
{
  (void) state;
  assert_non_null (setlocale (LC_ALL, "C.UTF-8"));
  char *en = catalog_path ("en");
  FILE *f = fopen (en, "rb");
  assert_non_null (f); /* put there by the .test script */
  fclose (f);
  free (en);
  const struct
  {
    const char *ask;
    const char *zh_folder, *en_folder; /* a copy of each, or NULL */
    const char *want;
  } cases[] = {
    { "qea_QZ@x", "qea@x", "qea_QZ", "qea@x" },
    { "qeb_QZ@x", "qeb_QZ", "qeb", "qeb_QZ" },
    { "qec_QZ@x", "qec", NULL, "qec" },
    { "qed_QZ", "qed_QZ@x", "qed", "qed" },
    { "qee@x", "qee_QZ", "qee@x", "qee@x" },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      write_catalog (cases[i].zh_folder, zh_data, zh_size);
      if (cases[i].en_folder != NULL)
        {
          char *path = catalog_path ("en");
          char *copy = catalog_path (cases[i].en_folder);
          FILE *in = fopen (path, "rb"), *out = fopen (copy, "wb");
          assert_true (in != NULL && out != NULL);
          char block[65536];
          size_t n;
          while ((n = fread (block, 1, sizeof block, in)) > 0)
            assert_int_equal (fwrite (block, 1, n, out), n);
          fclose (in);
          assert_int_equal (fclose (out), 0);
          free (path);
          free (copy);
        }
      assert_catalog (cases[i].ask, 0, cases[i].want);
      assert_string_equal (tcerr_message_lang (cases[i].ask, "cbs",
                                               "InvalidDisk.Busy"),
                           gettext_message (cases[i].ask));
    }
  assert_non_null (setlocale (LC_ALL, "C"));
}

/* Without the zh link "make install" makes, any Chinese still gets the
   zh_CN catalog: the alias is the build's rule, not only a file.  */
static void
alias_without_link (void **state)
{
  (void) state;
  char *zh = catalog_path ("zh");
  assert_int_equal (access (zh, F_OK), -1);
  free (zh);
  assert_catalog ("zh-Hant", 0, "zh_CN");
  assert_catalog ("zh", 0, "zh_CN");
  assert_same_answers ("zh_TW", "zh_CN");
}

static int
run_catalogs (const char *zh_catalog)
{
  read_whole (zh_catalog);
  make_folders ();
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (spoiled_catalogs),
    cmocka_unit_test (copies_and_shapes),
    cmocka_unit_test (random_damage),
    cmocka_unit_test (gettext_order),
    cmocka_unit_test (alias_without_link),
  };
  int status = cmocka_run_group_tests_name ("catalogs", tests, NULL, NULL);
  free (zh_data);
  return status;
}

int
main (int argc, char **argv)
{
  cases_setlocale ();
  keys = tcerr_keys (&key_count);
  if (argc == 2 && strcmp (argv[1], "names") == 0)
    return run_names ();
  if (argc == 2 && strcmp (argv[1], "threads") == 0)
    return run_threads ();
  if (argc == 3 && strcmp (argv[1], "catalogs") == 0)
    return run_catalogs (argv[2]);
  fputs ("usage: test-lang names|threads|catalogs ZH.mo\n", stderr);
  return 2;
}
