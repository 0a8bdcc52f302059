/* Definitions shared by the source files of the tcerr command.  */
#ifndef TCERR_CLI_H
#define TCERR_CLI_H

/* <locale.h> first: with --disable-nls, LC_MESSAGES must still exist.  */
#include <locale.h>

#if ENABLE_NLS
# include <libintl.h>
# define _(msgid) gettext (msgid)
#else
# define _(msgid) (msgid)
# define textdomain(domain) ((void) (domain))
# define bindtextdomain(domain, dir) ((void) (domain), (void) (dir))
# define bind_textdomain_codeset(domain, codeset) \
  ((void) (domain), (void) (codeset))
#endif

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
