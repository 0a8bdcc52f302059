/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The language the catalog tests look up in: NULL, the test's locale
   (tcerr_lookup_lang (NULL, ...) is tcerr_lookup), or the one the
   environment variable TCERR_TEST_LANG names.  So the same programs, with
   the same upstream oracle, check both the lookups through gettext and
   the ones that read the catalogs themselves, the latter with a locale and
   a LANGUAGE of the test's choosing that must not matter.  */
#ifndef TESTS_LIB_TESTED_LANG_H
#define TESTS_LIB_TESTED_LANG_H

#include <stdlib.h>

static inline const char *
test_lang (void)
{
  const char *lang = getenv ("TCERR_TEST_LANG");
  return lang != NULL && *lang != '\0' ? lang : NULL;
}

#endif
