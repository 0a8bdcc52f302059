/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The programs' own words through gettext, in the text domain their main
   chose; plain English with --disable-nls.  */
#ifndef TCERR_GETTEXT_H
#define TCERR_GETTEXT_H

/* <locale.h> first: with --disable-nls, LC_MESSAGES must still exist.  */
#include <locale.h>

#if ENABLE_NLS
# include <libintl.h>
# define _(msgid) gettext (msgid)
#else
# define _(msgid) (msgid)
# define ngettext(msgid, plural, n) ((n) == 1 ? (msgid) : (plural))
# define textdomain(domain) ((void) (domain))
# define bindtextdomain(domain, dir) ((void) (domain), (void) (dir))
# define bind_textdomain_codeset(domain, codeset) \
  ((void) (domain), (void) (codeset))
#endif
#define N_(msgid) msgid

#endif
