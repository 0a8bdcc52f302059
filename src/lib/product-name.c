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

const char *
tcerr_source_product_name (const struct tcerr_source *source,
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
      if (source->gettext)
        name = tcerr_catalog_name (product);
      else if (source->catalog != NULL)
        name = tcerr_mo_find (source->catalog, product);
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
  return tcerr_source_product_name (&tcerr_gettext_source, product);
}
