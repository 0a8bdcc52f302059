/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The lookup chain, and the public functions built on it.  */
#include <config.h>

#include "internal.h"

#include <errno.h>
#include <locale.h>
#include <string.h>

/* Registry entry I's text in SOURCE, or NULL.  */
static const char *
source_text (const struct tcerr_source *source, size_t i)
{
  if (source->gettext)
    return tcerr_catalog_text (i);
  return source->catalog != NULL
           ? tcerr_mo_find (source->catalog, tcerr_registry_msgkey (i))
           : NULL;
}

/* Which text of a key a step of the chain takes.  */
enum text
{
  TEXT_READER,  /* the reader's language (SOURCE's) */
  TEXT_ENGLISH, /* the compiled-in English */
  TEXT_EITHER   /* the reader's, or else the English */
};

/* Fills *R from registry entry I, reached by MATCH, when it has the text
   WHICH says.  */
static bool
found (const struct tcerr_source *source, size_t i, enum tcerr_match match,
       enum text which, struct tcerr_result *r)
{
  const char *text = which != TEXT_ENGLISH ? source_text (source, i) : NULL;
  if (text == NULL && which != TEXT_READER)
    text = tcerr_registry_english (i); /* NULL for a key without English */
  if (text == NULL)
    return false;
  *r = (struct tcerr_result) { text, tcerr_registry_product (i),
                               tcerr_registry_code (i), match };
  return true;
}

/* The answer for registry entry I, documented but without a text for this
   reader, when nothing else of the chain has one.  Every key has Chinese or
   English, so only a reader of English (or of a language without its own
   text) gets here: the note is English, and never the Chinese.  */
static void
untranslated (size_t i, struct tcerr_result *r)
{
  *r = (struct tcerr_result) {
    "Tencent Cloud documents this error in Chinese only; "
    "it has no English description yet.",
    tcerr_registry_product (i), tcerr_registry_code (i),
    TCERR_MATCH_UNTRANSLATED
  };
}

/* The chain of <tcerr.h> for PRODUCT and CODE, each step's text from
   SOURCE or else the English.  */
int
tcerr_chain (const struct tcerr_source *source, const char *product,
             const char *code, struct tcerr_result *r)
{
  *r = (struct tcerr_result) { NULL, NULL, NULL, TCERR_MATCH_NONE };

  if (code == NULL)
    return EINVAL;
  if (product == NULL || *product == '\0')
    product = TCERR_COMMON;

  /* Step 1 first: the usual hit needs nothing else.  A documented key is
     a valid one, so the names are checked only when it is not found.  */
  size_t code_len = strnlen (code, TCERR_CODE_MAX + 1);
  size_t product_len = strnlen (product, TCERR_PRODUCT_MAX + 1);
  ptrdiff_t exact = tcerr_registry_find (product, product_len, code,
                                         code_len);
  if (exact >= 0 && found (source, (size_t) exact, TCERR_MATCH_EXACT,
                           TEXT_READER, r))
    return 0;
  if (exact < 0 && (tcerr_code_length (code) == 0
                    || tcerr_product_length (product) == 0))
    return EINVAL;

  const char *dot = memchr (code, '.', code_len);
  size_t category_len = dot != NULL ? (size_t) (dot - code) : 0;
  bool in_common = product_len == sizeof TCERR_COMMON - 1
                   && memcmp (product, TCERR_COMMON, product_len) == 0;
  const size_t common_len = sizeof TCERR_COMMON - 1;
  ptrdiff_t common = in_common ? -1
                     : tcerr_registry_find (TCERR_COMMON, common_len, code,
                                            code_len);

  /* The rest, most specific first; a step without a documented key, or
     without any text for it, is passed over.  The code itself, in the
     product's table and the common one, is asked in the reader's language
     before either's English: a product that documents a common code in
     English only must not hide the common table's Chinese.  */
  const struct
  {
    ptrdiff_t known;          /* the key, found already, or -1 */
    const char *product;      /* or the key to find: CODE cut to LEN */
    size_t product_len, len;  /* in PRODUCT's table (LEN 0: none) */
    enum tcerr_match match;
    enum text which;
  } steps[] = {
    { common, NULL, 0, 0, TCERR_MATCH_COMMON, TEXT_READER },
    { exact, NULL, 0, 0, TCERR_MATCH_EXACT, TEXT_ENGLISH },
    { common, NULL, 0, 0, TCERR_MATCH_COMMON, TEXT_ENGLISH },
    { -1, product, product_len, category_len, TCERR_MATCH_CATEGORY,
      TEXT_EITHER },
    { -1, TCERR_COMMON, common_len, in_common ? 0 : category_len,
      TCERR_MATCH_CATEGORY, TEXT_EITHER },
  };
  for (size_t s = 0; s < sizeof steps / sizeof steps[0]; s++)
    {
      ptrdiff_t i = steps[s].known;
      if (steps[s].len > 0)
        i = tcerr_registry_find (steps[s].product, steps[s].product_len,
                                 code, steps[s].len);
      if (i >= 0 && found (source, (size_t) i, steps[s].match,
                           steps[s].which, r))
        {
          /* A product without a table of its own is the common table: its
             common code is an exact answer.  Asked only here, off the
             usual hit's path.  */
          if (r->match == TCERR_MATCH_COMMON
              && !tcerr_registry_has_table (product))
            r->match = TCERR_MATCH_EXACT;
          return 0;
        }
    }
  /* The code is documented, but has a text for no reader.  */
  ptrdiff_t documented = exact >= 0 ? exact : common;
  if (documented >= 0)
    {
      untranslated ((size_t) documented, r);
      return 0;
    }
  return ENOENT;
}

/* tcerr_lookup_any: the steps of the chain, each over the common table or
   over every product's own.  */
size_t
tcerr_chain_any (const struct tcerr_source *source, const char *code,
                 struct tcerr_result *results, size_t n, int *err)
{
  size_t code_len = tcerr_code_length (code);
  if (code_len == 0)
    {
      *err = EINVAL;
      return 0;
    }
  const char *dot = memchr (code, '.', code_len);
  size_t category_len = dot != NULL ? (size_t) (dot - code) : 0;
  const struct
  {
    bool common;
    size_t len;
    enum tcerr_match match;
  } steps[] = {
    { true, code_len, TCERR_MATCH_EXACT },
    { false, code_len, TCERR_MATCH_EXACT },
    { true, category_len, TCERR_MATCH_CATEGORY },
    { false, category_len, TCERR_MATCH_CATEGORY },
    /* last, the keys of the code that had no text in the steps above */
    { false, code_len, TCERR_MATCH_UNTRANSLATED },
  };
  for (size_t s = 0; s < sizeof steps / sizeof steps[0]; s++)
    {
      if (steps[s].len == 0)
        continue;
      size_t count = 0;
      for (const char *const *p = tcerr_products (); *p != NULL; p++)
        {
          if ((strcmp (*p, TCERR_COMMON) == 0) != steps[s].common)
            continue;
          ptrdiff_t i = tcerr_registry_find (*p, strlen (*p), code,
                                             steps[s].len);
          struct tcerr_result r;
          if (i < 0)
            continue;
          if (steps[s].match == TCERR_MATCH_UNTRANSLATED)
            untranslated ((size_t) i, &r);
          else if (!found (source, (size_t) i, steps[s].match, TEXT_EITHER,
                          &r))
            continue;
          if (count < n)
            results[count] = r;
          count++;
        }
      if (count > 0)
        return count;
    }
  *err = ENOENT;
  return 0;
}

const struct tcerr_source tcerr_gettext_source = { true, NULL };

size_t
tcerr_lookup_any (const char *code, struct tcerr_result *results, size_t n)
{
  int err = 0;
  size_t count = tcerr_chain_any (&tcerr_gettext_source, code, results,
                                  results != NULL ? n : 0, &err);
  if (err != 0)
    errno = err;
  return count;
}

size_t
tcerr_lookup_any_l (const char *code, locale_t loc,
                    struct tcerr_result *results, size_t n)
{
  if (loc == (locale_t) 0)
    {
      errno = EINVAL;
      return 0;
    }
  locale_t previous = uselocale (loc);
  int err = 0;
  size_t count = tcerr_chain_any (&tcerr_gettext_source, code, results,
                                  results != NULL ? n : 0, &err);
  uselocale (previous);
  if (err != 0)
    errno = err;
  return count;
}

int
tcerr_lookup (const char *product, const char *code,
              struct tcerr_result *result)
{
  struct tcerr_result ignored;
  int err = tcerr_chain (&tcerr_gettext_source, product, code,
                         result != NULL ? result : &ignored);
  if (err != 0)
    errno = err;
  return err;
}

int
tcerr_lookup_l (const char *product, const char *code, locale_t loc,
                struct tcerr_result *result)
{
  struct tcerr_result ignored;
  if (result == NULL)
    result = &ignored;
  if (loc == (locale_t) 0)
    {
      *result = (struct tcerr_result) { NULL, NULL, NULL, TCERR_MATCH_NONE };
      return errno = EINVAL;
    }
  /* gettext follows the thread's locale: switch this thread only.  */
  locale_t previous = uselocale (loc);
  int err = tcerr_chain (&tcerr_gettext_source, product, code, result);
  uselocale (previous);
  if (err != 0)
    errno = err;
  return err;
}

const char *
tcerr_message (const char *product, const char *code)
{
  struct tcerr_result r;
  return tcerr_lookup (product, code, &r) == 0 ? r.message : NULL;
}

const char *
tcerr_message_l (const char *product, const char *code, locale_t loc)
{
  struct tcerr_result r;
  return tcerr_lookup_l (product, code, loc, &r) == 0 ? r.message : NULL;
}

int
tcerr_message_r (const char *product, const char *code,
                 char *buf, size_t size)
{
  struct tcerr_result r;
  if (tcerr_lookup (product, code, &r) != 0)
    return ENOENT;
  if (buf == NULL && size > 0)
    return EINVAL;
  return tcerr_copy_text (r.message, buf, size, tcerr_catalog_is_utf8 ());
}

const char *
tcerr_match_name (enum tcerr_match match)
{
  switch (match)
    {
    case TCERR_MATCH_EXACT:
      return "exact";
    case TCERR_MATCH_COMMON:
      return "common";
    case TCERR_MATCH_CATEGORY:
      return "category";
    case TCERR_MATCH_UNTRANSLATED:
      return "untranslated";
    case TCERR_MATCH_NONE:
    default:
      return "none";
    }
}

int
tcerr_use_utf8 (void)
{
  return tcerr_catalog_use_utf8 ();
}

const char *
tcerr_version (void)
{
  return PACKAGE_VERSION;
}
