/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The test oracle for the products and their Chinese names, read from
   upstream by the tests' own reader, never through the catalogs nor
   through src/maint: every product folder of the Go SDKs kept in
   upstream/sdk/ that holds an errors.go (both SDKs), every product with a
   documented page (upstream/pages/PRODUCT.md), and "common"; the Chinese
   names those of upstream/sdk/tencentcloud-sdk-go/products.md, the
   Chinese SDK's table ("| PACKAGE | [NAME](URL) | ...").  */
#ifndef TESTS_PRODUCT_ORACLE_H
#define TESTS_PRODUCT_ORACLE_H

#include <stddef.h>

struct product_oracle_row
{
  char *product;
  char *zh_name;  /* products.md's name; "" where it gives none, NULL for
                     a product it does not list */
};

struct product_oracle
{
  struct product_oracle_row *rows; /* sorted by product, each once */
  size_t count;
};

/* Reads them ($srcdir_upstream, $TCERR_PAGES).  Aborts, saying why, when
   one is missing or products.md is not such a table.  */
void product_oracle_load (struct product_oracle *o);
void product_oracle_free (struct product_oracle *o);

/* The row of PRODUCT, or NULL.  */
const struct product_oracle_row *
product_oracle_find (const struct product_oracle *o, const char *product);

#endif
