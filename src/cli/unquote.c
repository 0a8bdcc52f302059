/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Decoding a quoted string's escapes: see unquote.h.  */
#include <config.h>

#include "unquote.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* The value of the N hex digits at S, or -1 when they are not.  */
static long
hex_value (const char *s, int n)
{
  long v = 0;
  for (int i = 0; i < n; i++)
    {
      char c = s[i];
      int d = c >= '0' && c <= '9' ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (d < 0)
        return -1;
      v = v * 16 + d;
    }
  return v;
}

/* Writes the code point C in UTF-8 at OUT (U+FFFD for a surrogate or
   past U+10FFFF); returns the length.  */
static size_t
put_utf8 (uint32_t c, char *out)
{
  unsigned char *u = (unsigned char *) out;
  if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
    c = 0xFFFD;
  if (c < 0x80)
    {
      u[0] = (unsigned char) c;
      return 1;
    }
  if (c < 0x800)
    {
      u[0] = (unsigned char) (0xC0 | c >> 6);
      u[1] = (unsigned char) (0x80 | (c & 0x3F));
      return 2;
    }
  if (c < 0x10000)
    {
      u[0] = (unsigned char) (0xE0 | c >> 12);
      u[1] = (unsigned char) (0x80 | (c >> 6 & 0x3F));
      u[2] = (unsigned char) (0x80 | (c & 0x3F));
      return 3;
    }
  u[0] = (unsigned char) (0xF0 | c >> 18);
  u[1] = (unsigned char) (0x80 | (c >> 12 & 0x3F));
  u[2] = (unsigned char) (0x80 | (c >> 6 & 0x3F));
  u[3] = (unsigned char) (0x80 | (c & 0x3F));
  return 4;
}

/* Decodes the \u escape at S (of LEFT bytes, S[1] == 'u') into OUT:
   how many bytes of S it took into *USED (0: not one), and the length
   written.  A high surrogate takes the low one that follows it.  */
static size_t
unicode_escape (const char *s, size_t left, char *out, size_t *used)
{
  *used = 0;
  long hi = left >= 6 ? hex_value (s + 2, 4) : -1;
  if (hi < 0)
    return 0;
  *used = 6;
  if (hi >= 0xD800 && hi <= 0xDBFF && left >= 12 && s[6] == '\\'
      && s[7] == 'u')
    {
      long lo = hex_value (s + 8, 4);
      if (lo >= 0xDC00 && lo <= 0xDFFF)
        {
          *used = 12;
          return put_utf8 ((uint32_t) (0x10000 + ((hi - 0xD800) << 10)
                                       + (lo - 0xDC00)), out);
        }
    }
  return put_utf8 ((uint32_t) hi, out);
}

/* The byte a one-letter escape stands for, or -1.  */
static int
simple_escape (char c)
{
  switch (c)
    {
    case '"': return '"';
    case '\\': return '\\';
    case '/': return '/';
    case '\'': return '\'';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'a': return '\a';
    case 'v': return '\v';
    default: return -1;
    }
}

size_t
cli_unquote (const char *s, size_t len, char *out)
{
  size_t o = 0;
  for (size_t i = 0; i < len;)
    {
      const char *bs = memchr (s + i, '\\', len - i);
      size_t plain = bs != NULL ? (size_t) (bs - s) - i : len - i;
      memmove (out + o, s + i, plain);
      o += plain;
      i += plain;
      if (i >= len)
        break;
      /* A backslash at S + I.  */
      size_t left = len - i, used = 0;
      int c = left >= 2 ? simple_escape (s[i + 1]) : -1;
      long v;
      if (c >= 0)
        out[o++] = (char) c, used = 2;
      else if (left >= 2 && s[i + 1] == 'u')
        o += unicode_escape (s + i, left, out + o, &used);
      else if (left >= 4 && s[i + 1] == 'x' && (v = hex_value (s + i + 2, 2)) >= 0)
        out[o++] = (char) v, used = 4;
      else if (left >= 10 && s[i + 1] == 'U'
               && (v = hex_value (s + i + 2, 8)) >= 0)
        o += put_utf8 (v > 0x10FFFF ? 0xFFFD : (uint32_t) v, out + o),
        used = 10;
      if (used == 0)
        out[o++] = '\\', used = 1;
      i += used;
    }
  return o;
}

const char *
cli_quote_end (const char *p, const char *end)
{
  char quote = *p;
  for (const char *q = p + 1; q < end; q++)
    if (*q == '\\')
      q++;
    else if (*q == quote)
      return q;
  return NULL;
}
