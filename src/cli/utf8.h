/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* UTF-8 as RFC 3629 defines it: what the command decodes.

   GNU libunistring does the same (the maintainer tools use it, and the
   tests check these against it); the command does without, so as not to
   load a library at every start for three small functions.  */
#ifndef TCERR_CLI_UTF8_H
#define TCERR_CLI_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The length, 1 to 4, of the well-formed character at S (of LEFT > 0
   bytes), with its code point in *C; -1 for an ill-formed sequence or
   one LEFT cuts (*C is then U+FFFD).  Overlong forms, surrogates and
   code points past U+10FFFF are ill-formed.  */
int cli_utf8_decode (const char *s, size_t left, uint32_t *c);

/* Whether the LEN bytes at S are well-formed UTF-8.  */
bool cli_utf8_valid (const char *s, size_t len);

#endif
