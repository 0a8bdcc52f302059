/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Definitions shared by the source files of the tcerr command.  */
#ifndef TCERR_CLI_H
#define TCERR_CLI_H

/* _(), and <locale.h> (src/util).  */
#include "gettext.h"

/* The command's own words (help, labels, errors); the error-code
   catalogs are the library's domain.  */
#define CLI_DOMAIN "tcerr-cli"
#define PROGRAM_NAME "tcerr"

/* Exit statuses, as documented in --help and tcerr.1.  */
enum
{
  CLI_EXIT_OK = 0,        /* every code found / no API error */
  CLI_EXIT_NOT_FOUND = 1, /* a code is not in the catalog */
  CLI_EXIT_TROUBLE = 2,   /* usage, input or output error */
  CLI_EXIT_API_ERROR = 3  /* --explain: a response carries an error */
};

#endif
