/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* --complete: the words the shells' completion scripts offer (bash, zsh,
   fish; src/cli/completion/), from the command itself so that they follow
   the registry and the catalogs installed.  */
#ifndef TCERR_CLI_COMPLETE_H
#define TCERR_CLI_COMPLETE_H

#include <stdbool.h>

enum cli_complete_what
{
  CLI_COMPLETE_PRODUCTS,  /* the products, for -p */
  CLI_COMPLETE_CODES,     /* the codes of a product, or every code */
  CLI_COMPLETE_LANGUAGES  /* the languages with a catalog, for --lang */
};

/* WHAT as --complete spells it: products, codes, languages.  False when
   ARG is none of them.  */
bool cli_complete_parse_what (const char *arg, enum cli_complete_what *what);

/* Prints on standard output, one a line, sorted, the words of WHAT that
   start with PREFIX (a product followed by a tab and its name, in the
   user's language) (ASCII letters in either case: a shell replaces what
   was typed with the word, fixing its case).  Codes: those a lookup for
   PRODUCT answers (its own and the common table's), every product's
   when PRODUCT is NULL, none when it is "" (not a known product).  */
void cli_complete (enum cli_complete_what what, const char *product,
                   const char *prefix);

#endif
