/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The keys upstream documents, for the shell tests, as the tests' oracle
   works them out (upstream.c: the pages and the Go SDKs kept in upstream/sdk,
   never the catalogs).

   upstream-keys               every key: PRODUCT TAB CODE, sorted
   upstream-keys PRODUCT       the codes of PRODUCT, sorted
   upstream-keys --products    the products, sorted
   upstream-keys --zh          every key that answers a reader of zh_CN
                               itself: PRODUCT TAB CODE TAB its Chinese, else
                               its English (a key with English only, of a code
                               the common table has in Chinese, is left out:
                               the common table answers it, <tcerr.h>)

   The pages are those of $TCERR_PAGES, the SDKs those of $srcdir_upstream/sdk.
   Exit status: 0; 1 when nothing is listed; 2 usage error.  */
#include <config.h>

#include "tcerr.h"
#include "upstream.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct key
{
  const char *product, *code;
};

struct keys
{
  struct key *k;
  size_t n, cap;
};

static void
add (const char *product, const char *code, void *arg)
{
  struct keys *ks = arg;
  if (ks->n == ks->cap)
    {
      ks->cap = ks->cap ? 2 * ks->cap : 1024;
      ks->k = realloc (ks->k, ks->cap * sizeof *ks->k);
      if (ks->k == NULL)
        abort ();
    }
  ks->k[ks->n++] = (struct key) { product, code };
}

/* The registry's order (tcerr_key_compare).  */
static int
compare (const void *a_, const void *b_)
{
  const struct key *a = a_, *b = b_;
  return tcerr_key_compare (&(struct tcerr_key) { a->product, a->code },
                            &(struct tcerr_key) { b->product, b->code });
}

int
main (int argc, char **argv)
{
  if (argc > 2)
    {
      fputs ("usage: upstream-keys [PRODUCT | --products | --zh]\n",
             stderr);
      return 2;
    }
  const char *only = argc == 2 ? argv[1] : NULL;
  int products = only != NULL && strcmp (only, "--products") == 0;
  int zh_texts = only != NULL && strcmp (only, "--zh") == 0;
  struct upstream u;
  upstream_load (&u);
  struct keys ks = { NULL, 0, 0 };
  upstream_each_key (&u, add, &ks);
  if (ks.n > 0)
    qsort (ks.k, ks.n, sizeof *ks.k, compare);
  size_t listed = 0;
  for (size_t i = 0; i < ks.n; i++)
    {
      const struct key *k = &ks.k[i];
      if (i > 0 && strcmp (k[-1].product, k->product) == 0
          && (products || strcmp (k[-1].code, k->code) == 0))
        continue;
      const char *zh, *en;
      if (products)
        printf ("%s\n", k->product);
      else if (zh_texts && upstream_key (&u, k->product, k->code, &zh, &en))
        {
          const char *common_zh, *common_en;
          if (zh == NULL && strcmp (k->product, TCERR_COMMON) != 0
              && upstream_key (&u, TCERR_COMMON, k->code, &common_zh,
                               &common_en)
              && common_zh != NULL)
            continue;
          printf ("%s\t%s\t%s\n", k->product, k->code, zh != NULL ? zh : en);
        }
      else if (only == NULL)
        printf ("%s\t%s\n", k->product, k->code);
      else if (strcmp (k->product, only) == 0)
        printf ("%s\n", k->code);
      else
        continue;
      listed++;
    }
  free (ks.k);
  upstream_free (&u);
  return listed > 0 ? 0 : 1;
}
