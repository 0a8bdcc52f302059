/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Language names: what people and systems write (POSIX locale names,
   BCP 47 tags, Tencent Cloud's "zh-CN") turned into the name of a gettext
   catalog ("zh_CN", "en", "sr_RS@latin").  The one parser of language
   names, for the command's --lang and the maintainer tools alike.  */
#include <config.h>

#include "internal.h"

#include <errno.h>
#include <string.h>

/* ASCII only, whatever the locale: language names are.  */
static bool
is_alpha (char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
is_digit (char c)
{
  return c >= '0' && c <= '9';
}

static char
to_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'a') : c;
}

static char
to_upper (char c)
{
  return c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
}

/* The length of the run of letters (LETTERS) or digits at S.  */
static size_t
run (const char *s, bool letters)
{
  size_t n = 0;
  while (letters ? is_alpha (s[n]) : is_digit (s[n]))
    n++;
  return n;
}

static bool
same_letters (const char *s, size_t n, const char *word)
{
  if (strlen (word) != n)
    return false;
  for (size_t i = 0; i < n; i++)
    if (to_lower (s[i]) != to_lower (word[i]))
      return false;
  return true;
}

int
tcerr_language_name (const char *name, char *buf, size_t size)
{
  if (name == NULL || (buf == NULL && size > 0))
    return EINVAL;
  if (strcmp (name, "C") == 0 || strcmp (name, "POSIX") == 0)
    name = "en"; /* the C locale's messages are the English ones */

  char out[TCERR_LANGUAGE_MAX];
  size_t o = 0;
  const char *s = name;

  /* language: 2 or 3 letters */
  size_t n = run (s, true);
  if (n < 2 || n > 3)
    return EINVAL;
  for (size_t i = 0; i < n; i++)
    out[o++] = to_lower (s[i]);
  s += n;

  /* BCP 47 subtags or a POSIX territory: [-_]Script [-_]REGION ... */
  char script = '\0';   /* 's' Hans, 't' Hant, 'o' another */
  size_t region = 0;
  const char *region_at = NULL;
  bool extension = false;
  while (*s == '-' || *s == '_')
    {
      s++;
      size_t letters = run (s, true), digits = run (s, false);
      if (letters == 4 && script == '\0' && region == 0)
        script = same_letters (s, 4, "Hans") ? 's'
                 : same_letters (s, 4, "Hant") ? 't' : 'o';
      else if ((letters == 2 || digits == 3) && region == 0)
        region = letters + digits, region_at = s;
      else
        {
          /* BCP 47 variants (5 to 8 characters, or a digit and 3) and
             extensions (a singleton, then subtags of up to 8) say nothing
             gettext uses.  */
          size_t k = 0;
          while (is_alpha (s[k]) || is_digit (s[k]))
            k++;
          bool variant = (k >= 5 && k <= 8) || (k == 4 && is_digit (s[0]));
          if (k == 1)
            extension = true;
          else if (!variant && !(extension && k >= 2 && k <= 8))
            return EINVAL;
          s += k;
          if (k == 1 && *s != '-')
            return EINVAL; /* a singleton starts a subtag */
          continue;
        }
      s += letters + digits;
    }
  /* Chinese without a region: the script tells (Hans, or none: the
     mainland's; Hant: Taiwan's).  */
  static const char hans[] = "CN", hant[] = "TW";
  if (region == 0 && out[0] == 'z' && out[1] == 'h' && o == 2)
    region = 2, region_at = script == 't' ? hant : hans;
  if (region > 0)
    {
      out[o++] = '_';
      for (size_t i = 0; i < region; i++)
        out[o++] = to_upper (region_at[i]);
    }

  /* POSIX .codeset: the locale's business, not the language's.  */
  if (*s == '.')
    {
      s++;
      size_t k = 0;
      while (is_alpha (s[k]) || is_digit (s[k]) || s[k] == '-' || s[k] == '_')
        k++;
      if (k == 0 || k > 40)
        return EINVAL;
      s += k;
    }
  /* POSIX @modifier, kept: sr_RS@latin is a catalog of its own.  */
  if (*s == '@')
    {
      s++;
      size_t k = 0;
      while (is_alpha (s[k]) || is_digit (s[k]) || s[k] == '_')
        k++;
      if (k == 0 || k > 16)
        return EINVAL;
      out[o++] = '@';
      memcpy (out + o, s, k);
      o += k;
      s += k;
    }
  if (*s != '\0')
    return EINVAL;
  out[o] = '\0';
  return tcerr_copy_text (out, buf, size, true);
}
