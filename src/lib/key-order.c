/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The order of the documented keys: by product, then code, each in byte
   order (strcmp, "LC_ALL=C sort").  One definition for everything that
   sorts or searches keys: src/registry.def is kept in it (the table
   generator checks it), so tcerr_keys () is sorted by it; the importer
   writes the registry and the catalogs' entries in it; the tests search
   their oracles with it.  The table generator compiles this file itself
   (it runs before the library exists).  */
#include <config.h>

#include "tcerr.h"

#include <string.h>

/* strcmp, with NULL before every string.  */
static int
compare_names (const char *a, const char *b)
{
  if (a == NULL || b == NULL)
    return (a != NULL) - (b != NULL);
  return strcmp (a, b);
}

int
tcerr_key_compare (const struct tcerr_key *a, const struct tcerr_key *b)
{
  if (a == NULL || b == NULL)
    return (a != NULL) - (b != NULL);
  int c = compare_names (a->product, b->product);
  return c != 0 ? c : compare_names (a->code, b->code);
}
