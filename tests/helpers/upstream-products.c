/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The products upstream defines, for the shell tests, as the tests' oracle
   reads them (product-oracle.c: the Go SDKs' folders, the pages,
   products.md; never the catalogs).

   upstream-products   every product, "common" included, sorted: PRODUCT,
                       a tab, and its Chinese name in products.md (nothing
                       after the tab when it has none)

   The pages are those of $TCERR_PAGES, the SDKs those of
   $srcdir_upstream/sdk.  Exit status: 0; 2 usage error.  */
#include <config.h>

#include "product-oracle.h"

#include <stdio.h>

int
main (int argc, char **argv)
{
  (void) argv;
  if (argc != 1)
    {
      fputs ("usage: upstream-products\n", stderr);
      return 2;
    }
  struct product_oracle o;
  product_oracle_load (&o);
  for (size_t i = 0; i < o.count; i++)
    printf ("%s\t%s\n", o.rows[i].product,
            o.rows[i].zh_name != NULL ? o.rows[i].zh_name : "");
  product_oracle_free (&o);
  return 0;
}
