/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* tcerr_product_name: what a product is called, for a person who does not
   know what "tcss" or "ams" stand for.  Products' names are catalog
   entries like the errors' texts (msgid = the product, no msgctxt, which
   no error key lacks), so translators get them and the English is
   compiled in: the Chinese are upstream's (products.md of the Go SDK),
   the English the international site's or ours (po/en.po says which).  */
#include <config.h>

#include "internal.h"

#include <errno.h>

/* PRODUCT's name from the caller's locale through gettext when
   FROM_LOCALE, else from CATALOG; or else the English compiled in.  */
static const char *
product_name (bool from_locale, const struct tcerr_mo *catalog,
              const char *product)
{
  if (product == NULL || *product == '\0')
    product = TCERR_COMMON;
  if (tcerr_product_length (product) == 0)
    {
      errno = EINVAL;
      return NULL;
    }
  ptrdiff_t p = tcerr_registry_product_index (product);
  const char *name = NULL;
  if (p >= 0)
    {
      if (from_locale)
        name = tcerr_catalog_name (product);
      else if (catalog != NULL)
        name = tcerr_mo_find (catalog, product);
      if (name == NULL)
        name = tcerr_registry_product_english ((size_t) p);
    }
  if (name == NULL)
    errno = ENOENT;
  return name;
}

const char *
tcerr_product_name (const char *product)
{
  return product_name (true, NULL, product);
}

const char *
tcerr_product_name_lang (const char *lang, const char *product)
{
  if (lang == NULL)
    return tcerr_product_name (product);
  struct tcerr_language language;
  int err = tcerr_language_find (lang, &language);
  if (err != 0)
    {
      errno = err;
      return NULL;
    }
  return product_name (false, language.catalog, product);
}
