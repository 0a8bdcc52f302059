/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* UTF-8 as RFC 3629 defines it: see utf8.h.  */
#include <config.h>

#include "utf8.h"

int
cli_utf8_decode (const char *s, size_t left, uint32_t *c)
{
  const unsigned char *u = (const unsigned char *) s;
  unsigned char b = u[0];
  *c = 0xFFFD;
  if (b < 0x80)
    {
      *c = b;
      return 1;
    }
  /* The range of the second byte is narrower after some first bytes
     (Unicode's table 3-7): that is what excludes overlong forms,
     surrogates and what lies past U+10FFFF.  */
  size_t n;
  uint32_t v;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b >= 0xC2 && b <= 0xDF)
    n = 2, v = b & 0x1F;
  else if (b >= 0xE0 && b <= 0xEF)
    {
      n = 3, v = b & 0x0F;
      if (b == 0xE0)
        lo = 0xA0;
      else if (b == 0xED)
        hi = 0x9F;
    }
  else if (b >= 0xF0 && b <= 0xF4)
    {
      n = 4, v = b & 0x07;
      if (b == 0xF0)
        lo = 0x90;
      else if (b == 0xF4)
        hi = 0x8F;
    }
  else
    return -1;
  if (left < n)
    return -1;
  for (size_t i = 1; i < n; i++)
    {
      if (u[i] < lo || u[i] > hi)
        return -1;
      v = (v << 6) | (u[i] & 0x3F);
      lo = 0x80, hi = 0xBF;
    }
  *c = v;
  return (int) n;
}

bool
cli_utf8_valid (const char *s, size_t len)
{
  size_t i = 0;
  while (i < len)
    {
      if ((unsigned char) s[i] < 0x80)
        {
          i++;
          continue;
        }
      uint32_t c;
      int n = cli_utf8_decode (s + i, len - i, &c);
      if (n < 0)
        return false;
      i += (size_t) n;
    }
  return true;
}
