/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The example of README.md: print the message for an API error code.
   Usage: example [PRODUCT] CODE  */
#include <locale.h>
#include <stdio.h>
#include <tcerr.h>

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");  /* the program picks the locale, not the library */
  if (argc < 2 || argc > 3)
    return 2;
  const char *product = argc == 3 ? argv[1] : NULL, *code = argv[argc - 1];
  const char *message = tcerr_message (product, code);
  printf ("%s: %s\n", code, message != NULL ? message : "unknown error code");
  return message != NULL ? 0 : 1;
}
