/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The lookups in a language the caller names (tcerr_lookup_lang and its
   siblings, tcerr_product_name_lang): the chain of lookup.c over the catalog catalogs.c finds for
   the language, without gettext, so without the caller's locale, a
   generated locale or any change to the process.  A NULL language is the
   caller's locale: the functions without _lang.  */
#include <config.h>

#include "internal.h"

#include <errno.h>

/* The source of LANG's texts into *SOURCE: 0, or EINVAL.  */
static int
named_source (const char *lang, struct tcerr_source *source)
{
  struct tcerr_language language;
  int err = tcerr_language_find (lang, &language);
  *source = (struct tcerr_source) { false, err == 0 ? language.catalog
                                                    : NULL };
  return err;
}

int
tcerr_lookup_lang (const char *lang, const char *product, const char *code,
                   struct tcerr_result *result)
{
  if (lang == NULL)
    return tcerr_lookup (product, code, result);
  struct tcerr_result ignored;
  if (result == NULL)
    result = &ignored;
  struct tcerr_source source;
  int err = named_source (lang, &source);
  if (err == 0)
    err = tcerr_chain (&source, product, code, result);
  else
    *result = (struct tcerr_result) { NULL, NULL, NULL, TCERR_MATCH_NONE };
  if (err != 0)
    errno = err;
  return err;
}

const char *
tcerr_message_lang (const char *lang, const char *product, const char *code)
{
  struct tcerr_result r;
  return tcerr_lookup_lang (lang, product, code, &r) == 0 ? r.message : NULL;
}

int
tcerr_message_lang_r (const char *lang, const char *product,
                      const char *code, char *buf, size_t size)
{
  if (lang == NULL)
    return tcerr_message_r (product, code, buf, size);
  struct tcerr_result r;
  int err = tcerr_lookup_lang (lang, product, code, &r);
  if (err != 0)
    return err;
  if (buf == NULL && size > 0)
    return EINVAL;
  /* A named language's messages are UTF-8.  */
  return tcerr_copy_text (r.message, buf, size, true);
}

size_t
tcerr_lookup_any_lang (const char *lang, const char *code,
                       struct tcerr_result *results, size_t n)
{
  if (lang == NULL)
    return tcerr_lookup_any (code, results, n);
  struct tcerr_source source;
  int err = named_source (lang, &source);
  size_t count = 0;
  if (err == 0)
    count = tcerr_chain_any (&source, code, results,
                             results != NULL ? n : 0, &err);
  if (err != 0)
    errno = err;
  return count;
}

const char *
tcerr_product_name_lang (const char *lang, const char *product)
{
  if (lang == NULL)
    return tcerr_product_name (product);
  struct tcerr_source source;
  int err = named_source (lang, &source);
  if (err != 0)
    {
      errno = err;
      return NULL;
    }
  return tcerr_source_product_name (&source, product);
}
