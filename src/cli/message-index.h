/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The keys a server message belongs to, for the errors whose product (or
   code) the text does not say: the registry's texts in every language
   the gettext catalogs have, compared as people read them (blanks and
   the final punctuation aside).  */
#ifndef TCERR_CLI_MESSAGE_INDEX_H
#define TCERR_CLI_MESSAGE_INDEX_H

#include <stddef.h>
#include <tcerr.h>

/* Puts into KEYS (room for MAX) the documented keys whose text, in any
   language of the catalogs, is the LEN bytes of UTF-8 MESSAGE, compared
   with runs of blanks as one space, none at either end, and without the
   final punctuation ("." "!" "。" "！"); in the registry's order (by
   product, then code), each once.  Returns how many there are (more than
   MAX when KEYS could not hold them).  The first call reads the
   catalogs.  The keys stay valid for the life of the process.  */
size_t cli_message_keys (const char *message, size_t len,
                         struct tcerr_key *keys, size_t max);

#endif
