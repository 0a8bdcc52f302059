/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Copying a message into a caller's buffer without cutting a character.  */
#include <config.h>

#include "internal.h"

#include <errno.h>
#include <string.h>
#include <wchar.h>

/* The longest prefix of S no longer than N bytes that ends on a character
   boundary.  In UTF-8 the boundary is found from the byte after the cut.  */
static size_t
utf8_prefix (const char *s, size_t n)
{
  while (n > 0 && ((unsigned char) s[n] & 0xC0) == 0x80)
    n--;
  return n;
}

/* Other codesets (GB18030, say) need a walk from the start with mbrlen, in
   the calling thread's LC_CTYPE: the one gettext converted to.  */
static size_t
multibyte_prefix (const char *s, size_t len, size_t n)
{
  mbstate_t state;
  memset (&state, 0, sizeof state);
  size_t pos = 0;
  while (pos < len)
    {
      size_t k = mbrlen (s + pos, len - pos, &state);
      if (k == (size_t) -1 || k == (size_t) -2 || k == 0)
        {
          k = 1; /* not a character here: count the byte alone */
          memset (&state, 0, sizeof state);
        }
      if (pos + k > n)
        break;
      pos += k;
    }
  return pos;
}

int
tcerr_copy_text (const char *src, char *buf, size_t size, bool utf8)
{
  size_t len = strlen (src);
  if (len < size)
    {
      memcpy (buf, src, len + 1);
      return 0;
    }
  if (size == 0)
    return ERANGE;
  size_t n = utf8 ? utf8_prefix (src, size - 1)
                  : multibyte_prefix (src, len, size - 1);
  memcpy (buf, src, n);
  buf[n] = '\0';
  return ERANGE;
}
