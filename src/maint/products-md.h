/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* products.md of Tencent Cloud's Go SDK: the table of its products, each
   package name with its Chinese name, the upstream source of the
   products' names in po/zh_CN.po.  */
#ifndef TCERR_PRODUCTS_MD_H
#define TCERR_PRODUCTS_MD_H

#include <stddef.h>

struct products_md_row
{
  char *product;        /* the package name: passes tcerr_is_product_name */
  char *name;           /* its Chinese name, as is; "" when upstream gives
                           none */
  unsigned long line;
};

struct products_md
{
  struct products_md_row *rows; /* sorted by product, each once */
  size_t count;
};

/* Parses DATA (LEN bytes, any bytes), read from NAME (used in messages):
   a markdown table whose rows are "| PACKAGE | [NAME](URL) | ... |", after
   its heading and its delimiter row.  Returns 0 and fills *MD, or the
   number of problems (> 0) after reporting each as "NAME:LINE: message",
   leaving *MD empty: a row of another shape, a package name that is not
   a product name, one twice, a name that is not valid UTF-8 or holds a
   control character.  */
int products_md_parse (const char *name, const char *data, size_t len,
                       struct products_md *md);

/* The row of PRODUCT, or NULL.  */
const struct products_md_row *products_md_find (const struct products_md *md,
                                                const char *product);

void products_md_free (struct products_md *md);

#endif
