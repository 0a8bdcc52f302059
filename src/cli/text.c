/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Text for people and for matching.

   Messages come in the locale's codeset, which may be GB18030, where an
   ASCII byte such as '[' or '`' can be the second byte of a Chinese
   character: so text is decoded into wide characters before it is looked
   at, never scanned byte by byte (markdown.c reads messages converted to
   UTF-8).  */
#include <config.h>

#include "cli.h"
#include "text.h"
#include "utf8.h"
#include "xalloc.h"

#include <errno.h>
#include <iconv.h>
#include <langinfo.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

/* Longest argument shown in an error message, in characters.  */
#define QUOTE_MAX 48

/* Decodes TEXT into a new wide string of *COUNT characters, made safe
   for a terminal on the way.  */
static wchar_t *
decode (const char *text, size_t len, size_t *count)
{
  if (len >= SIZE_MAX / sizeof (wchar_t))
    xalloc_die ();
  wchar_t *w = xmalloc ((len + 1) * sizeof *w);
  mbstate_t state;
  memset (&state, 0, sizeof state);
  size_t n = 0;
  for (size_t i = 0; i < len; n++)
    {
      wchar_t wc;
      size_t k = mbrtowc (&wc, text + i, len - i, &state);
      if (k == (size_t) -1 || k == (size_t) -2 || k == 0)
        {
          /* An invalid or truncated sequence, or a NUL: one byte.  */
          wc = L'?';
          k = 1;
          memset (&state, 0, sizeof state);
        }
      else if (wc == L'\t' || wc == L'\n' || wc == L'\r')
        wc = L' ';
      else if (iswcntrl ((wint_t) wc))
        wc = L'?';
      w[n] = wc;
      i += k;
    }
  w[n] = L'\0';
  *count = n;
  return w;
}

/* Encodes the N wide characters of W into a new string.  */
static char *
encode (const wchar_t *w, size_t n)
{
  size_t max = MB_CUR_MAX;
  if (n >= (SIZE_MAX - 1) / max)
    xalloc_die ();
  char *s = xmalloc (n * max + 1);
  char *p = s;
  mbstate_t state;
  memset (&state, 0, sizeof state);
  for (size_t i = 0; i < n; i++)
    {
      size_t k = wcrtomb (p, w[i], &state);
      if (k == (size_t) -1)
        {
          *p = '?';
          k = 1;
          memset (&state, 0, sizeof state);
        }
      p += k;
    }
  *p = '\0';
  return s;
}

char *
cli_text_terminal (const char *text, size_t len)
{
  size_t n;
  wchar_t *w = decode (text, len, &n);
  char *s = encode (w, n);
  free (w);
  return s;
}

const char *
cli_text_quote (const char *arg)
{
  return cli_text_quote_mem (arg, strlen (arg));
}

const char *
cli_text_quote_mem (const char *arg, size_t len)
{
  /* Two slots: a message may quote two arguments.  */
  static char *slots[2];
  static size_t next;
  size_t n;
  wchar_t *w = decode (arg, len, &n);
  bool cut = n > QUOTE_MAX;
  char *inner = encode (w, cut ? QUOTE_MAX : n);
  free (w);
  size_t inner_len = strlen (inner);
  char *quoted = xmalloc (inner_len + sizeof "''...");
  quoted[0] = '\'';
  memcpy (quoted + 1, inner, inner_len);
  strcpy (quoted + 1 + inner_len, cut ? "...'" : "'");
  free (inner);
  free (slots[next]);
  slots[next] = quoted;
  next = (next + 1) % 2;
  return quoted;
}

bool
cli_text_locale_is_utf8 (void)
{
  return strcmp (nl_langinfo (CODESET), "UTF-8") == 0;
}

/* What to skip when the UTF-8 character at S (at most LEFT bytes) cannot
   be converted: the character, or one byte of an invalid sequence.  */
static size_t
utf8_skip (const char *s, size_t left)
{
  uint32_t c;
  int k = cli_utf8_decode (s, left, &c);
  return k > 0 ? (size_t) k : 1;
}

/* Output buffer of a conversion.  */
struct outbuf
{
  char *buf;
  char *out;
  size_t size;
  size_t left; /* one byte is kept for the final NUL */
};

static void
grow (struct outbuf *b)
{
  size_t used = (size_t) (b->out - b->buf);
  if (b->size > SIZE_MAX / 2)
    xalloc_die ();
  b->size *= 2;
  b->buf = xrealloc (b->buf, b->size);
  b->out = b->buf + used;
  b->left = b->size - 1 - used;
}

/* Converts LEN bytes of TEXT with CD into a new string of *OUT_LEN bytes.
   With LOSSY (UTF-8 input only), characters the target lacks become '?';
   without, such a character makes the conversion fail (NULL).  */
static char *
convert (iconv_t cd, const char *text, size_t len, bool lossy,
         size_t *out_len)
{
  struct outbuf b;
  b.size = len + 16;
  b.buf = b.out = xmalloc (b.size);
  b.left = b.size - 1;
  /* iconv takes char **, but does not write the input.  */
  char *in = (char *) (uintptr_t) text;
  size_t in_left = len;
  for (;;)
    {
      bool flushing = in_left == 0;
      size_t r = flushing
        ? iconv (cd, NULL, NULL, &b.out, &b.left)
        : iconv (cd, &in, &in_left, &b.out, &b.left);
      if (r != (size_t) -1)
        {
          if (flushing)
            break;
          continue;
        }
      if (errno == E2BIG)
        grow (&b);
      else if (lossy && !flushing)
        {
          if (b.left == 0)
            grow (&b);
          size_t k = utf8_skip (in, in_left);
          in += k;
          in_left -= k;
          *b.out++ = '?';
          b.left--;
        }
      else
        {
          free (b.buf);
          return NULL;
        }
    }
  *b.out = '\0';
  *out_len = (size_t) (b.out - b.buf);
  return b.buf;
}

char *
cli_text_from_utf8 (const char *text, size_t len)
{
  if (cli_text_locale_is_utf8 ())
    return cli_text_terminal (text, len);
  char to[64];
  snprintf (to, sizeof to, "%s//TRANSLIT", nl_langinfo (CODESET));
  iconv_t cd = iconv_open (to, "UTF-8");
  if (cd == (iconv_t) -1)
    return cli_text_terminal (text, len);
  size_t converted_len;
  char *converted = convert (cd, text, len, true, &converted_len);
  iconv_close (cd);
  char *safe = cli_text_terminal (converted, converted_len);
  free (converted);
  return safe;
}

char *
cli_text_to_utf8 (const char *text)
{
  size_t text_len = strlen (text);
  if (cli_text_locale_is_utf8 ())
    return cli_utf8_valid (text, text_len) ? xmemdup0 (text, text_len)
                                           : NULL;
  iconv_t cd = iconv_open ("UTF-8", nl_langinfo (CODESET));
  if (cd == (iconv_t) -1)
    return NULL;
  size_t len;
  char *utf8 = convert (cd, text, text_len, false, &len);
  iconv_close (cd);
  if (utf8 != NULL && strlen (utf8) != len)
    {
      free (utf8);
      utf8 = NULL;
    }
  return utf8;
}
