/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The common table's English from po/en.po: see common-english.h.  */
#include <config.h>

#include "common-english.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *
must (void *p)
{
  if (p == NULL)
    {
      fputs ("common-english: out of memory\n", stderr);
      abort ();
    }
  return p;
}

/* Appends the C-escaped string of LINE (from its first '"' to its last)
   to *TEXT, unescaped.  */
static void
append_string (char **text, const char *line)
{
  const char *start = strchr (line, '"'), *end = strrchr (line, '"');
  if (start == NULL || end == start)
    return;
  size_t n = *text != NULL ? strlen (*text) : 0;
  *text = must (realloc (*text, n + (size_t) (end - start) + 1));
  for (const char *p = start + 1; p < end; p++)
    {
      char c = *p;
      if (c == '\\' && p + 1 < end)
        {
          c = *++p;
          c = c == 'n' ? '\n' : c == 't' ? '\t' : c;
        }
      (*text)[n++] = c;
    }
  (*text)[n] = '\0';
}

/* The entry read so far: its context, id and translation.  */
struct entry
{
  char *ctxt, *id, *str;
  char **into;  /* the string continuation lines go to */
};

static void
end_entry (struct common_english *c, struct entry *e)
{
  if (e->ctxt != NULL && strcmp (e->ctxt, "common") == 0 && e->id != NULL
      && e->str != NULL && *e->str != '\0')
    {
      c->codes = must (realloc (c->codes, (c->count + 1) * sizeof *c->codes));
      c->texts = must (realloc (c->texts, (c->count + 1) * sizeof *c->texts));
      c->codes[c->count] = e->id;
      c->texts[c->count++] = e->str;
      e->id = e->str = NULL;
    }
  free (e->ctxt);
  free (e->id);
  free (e->str);
  *e = (struct entry) { NULL, NULL, NULL, NULL };
}

void
common_english_load (struct common_english *c, const char *path)
{
  *c = (struct common_english) { NULL, NULL, 0 };
  FILE *f = path != NULL ? fopen (path, "r") : NULL;
  if (f == NULL)
    {
      perror (path != NULL ? path : "common-english: no po/en.po");
      abort ();
    }
  struct entry e = { NULL, NULL, NULL, NULL };
  char *line = NULL;
  size_t size = 0;
  while (getline (&line, &size, f) >= 0)
    {
      if (strncmp (line, "msgctxt ", 8) == 0)
        {
          end_entry (c, &e);
          e.into = &e.ctxt;
        }
      else if (strncmp (line, "msgid ", 6) == 0)
        {
          if (e.id != NULL)
            end_entry (c, &e); /* an entry without a context */
          e.into = &e.id;
        }
      else if (strncmp (line, "msgstr ", 7) == 0)
        e.into = &e.str;
      else if (line[0] != '"')
        {
          e.into = NULL;
          continue;
        }
      if (e.into != NULL)
        append_string (e.into, line);
    }
  end_entry (c, &e);
  free (line);
  fclose (f);
}

void
common_english_free (struct common_english *c)
{
  for (size_t i = 0; i < c->count; i++)
    {
      free (c->codes[i]);
      free (c->texts[i]);
    }
  free (c->codes);
  free (c->texts);
  *c = (struct common_english) { NULL, NULL, 0 };
}

const char *
common_english_text (const struct common_english *c, const char *code)
{
  for (size_t i = 0; i < c->count; i++)
    if (strcmp (c->codes[i], code) == 0)
      return c->texts[i];
  return NULL;
}
