/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Colour, GNU style.  With --color=auto (the default) only a terminal
   gets colour, and not when NO_COLOR is set and not empty
   (https://no-color.org) or TERM is unset or "dumb"; --color=always
   colours whatever the output, as an explicit request outranks the
   environment.  Colours are SGR sequences ("ESC [ 01;31 m"), set back
   with "ESC [ m", around the words that matter only, so a pager
   (less -R) shows them and the text around stays as it was.
   TCERR_COLORS changes them, in the manner of GREP_COLORS:
   "code=01;31:product=35:match=33:mark=36" (an empty value: none).  */
#include <config.h>

#include "color.h"
#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The parts' names in TCERR_COLORS, and their colours.  */
static const char *const part_names[CLI_COLOR_PARTS] = {
  "code", "product", "match", "mark"
};
/* Bold red codes (they are errors), magenta products (as grep's file
   names), yellow for a text from elsewhere, cyan for the mark.  */
#define SGR_MAX 32
static char sgr[CLI_COLOR_PARTS][SGR_MAX + 1] = {
  "01;31", "35", "33", "36"
};

bool
cli_color_parse_when (const char *arg, enum cli_color_when *when)
{
  static const struct
  {
    const char *name;
    enum cli_color_when when;
  } names[] = {
    { "always", CLI_COLOR_ALWAYS }, { "yes", CLI_COLOR_ALWAYS },
    { "force", CLI_COLOR_ALWAYS },
    { "never", CLI_COLOR_NEVER }, { "no", CLI_COLOR_NEVER },
    { "none", CLI_COLOR_NEVER },
    { "auto", CLI_COLOR_AUTO }, { "tty", CLI_COLOR_AUTO },
    { "if-tty", CLI_COLOR_AUTO }
  };
  if (arg == NULL)
    {
      *when = CLI_COLOR_ALWAYS;
      return true;
    }
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcmp (arg, names[i].name) == 0)
      {
        *when = names[i].when;
        return true;
      }
  return false;
}

/* Whether V is an SGR parameter list: digits and ';', not too long.  */
static bool
is_sgr (const char *v, size_t len)
{
  if (len > SGR_MAX)
    return false;
  for (size_t i = 0; i < len; i++)
    if (!(v[i] >= '0' && v[i] <= '9') && v[i] != ';')
      return false;
  return true;
}

/* Takes the colours TCERR_COLORS sets; entries that are not NAME=SGR of
   a known part are ignored.  */
static void
read_colors (const char *spec)
{
  while (*spec != '\0')
    {
      size_t len = strcspn (spec, ":");
      const char *eq = memchr (spec, '=', len);
      for (int p = 0; eq != NULL && p < CLI_COLOR_PARTS; p++)
        {
          size_t name_len = (size_t) (eq - spec);
          size_t value_len = len - name_len - 1;
          if (strlen (part_names[p]) == name_len
              && memcmp (part_names[p], spec, name_len) == 0
              && is_sgr (eq + 1, value_len))
            {
              memcpy (sgr[p], eq + 1, value_len);
              sgr[p][value_len] = '\0';
            }
        }
      spec += len;
      if (*spec == ':')
        spec++;
    }
}

bool
cli_color_setup (enum cli_color_when when)
{
  bool on = when == CLI_COLOR_ALWAYS;
  if (when == CLI_COLOR_AUTO)
    {
      const char *no_color = getenv ("NO_COLOR");
      const char *term = getenv ("TERM");
      on = isatty (STDOUT_FILENO)
           && (no_color == NULL || no_color[0] == '\0')
           && term != NULL && term[0] != '\0' && strcmp (term, "dumb") != 0;
    }
  const char *spec = getenv ("TCERR_COLORS");
  if (on && spec != NULL)
    read_colors (spec);
  return on;
}

char *
cli_color_paint (bool on, enum cli_color_part part, const char *s)
{
  if (!on || sgr[part][0] == '\0')
    return xstrdup (s);
  size_t len = strlen (s), sgr_len = strlen (sgr[part]);
  /* ESC [ SGR m  S  ESC [ m  */
  char *painted = xmalloc (2 + sgr_len + 1 + len + 3 + 1);
  char *p = painted;
  *p++ = '\33';
  *p++ = '[';
  memcpy (p, sgr[part], sgr_len);
  p += sgr_len;
  *p++ = 'm';
  memcpy (p, s, len);
  p += len;
  memcpy (p, "\33[m", 4);
  return painted;
}

void
cli_color_print (bool on, enum cli_color_part part, const char *s)
{
  char *painted = cli_color_paint (on, part, s);
  fputs (painted, stdout);
  free (painted);
}
