/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The common table's English, as po/en.po holds it: the input of one rule
   of po/README.md ("Common codes": an English-only product's common code
   is a key of its own where the product's English differs from it).  It
   is read, not checked here: no page of upstream/pages has an English
   twin, so these 26 texts are ours ("tcerr translation"), and
   english-checks.test holds them to the house rules.  A small reader of
   its own, for msgctxt "common" entries only: the oracle needs no
   libgettextpo.  */
#ifndef TESTS_COMMON_ENGLISH_H
#define TESTS_COMMON_ENGLISH_H

#include <stddef.h>

struct common_english
{
  char **codes;
  char **texts;
  size_t count;
};

/* Reads the "common" entries of PATH (a .po file, UTF-8, as msgmerge and
   libgettextpo write it).  Aborts, saying why, when it cannot.  */
void common_english_load (struct common_english *c, const char *path);
void common_english_free (struct common_english *c);
/* The English of common CODE, or NULL (none, or untranslated).  */
const char *common_english_text (const struct common_english *c,
                                 const char *code);

#endif
