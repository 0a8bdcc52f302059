#include <config.h>

#include "staging.h"
#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char *
staging_add (struct staging *s, const char *path)
{
  s->files = xreallocarray (s->files, s->count + 1, sizeof *s->files);
  char *tmp = xmalloc (strlen (path) + sizeof ".tcerr-import-tmp");
  strcpy (tmp, path);
  strcat (tmp, ".tcerr-import-tmp");
  s->files[s->count++] = (struct staged) { xstrdup (path), tmp };
  return tmp;
}

int
staging_add_text (struct staging *s, const char *path, const char *text)
{
  const char *tmp = staging_add (s, path);
  FILE *f = fopen (tmp, "w");
  if (f == NULL || fputs (text, f) == EOF || fclose (f) != 0)
    {
      perror (tmp);
      return -1;
    }
  return 0;
}

/* Whether files A and B have the same bytes (a missing B differs).  */
static bool
same_content (const char *a, const char *b)
{
  FILE *fa = fopen (a, "rb"), *fb = fopen (b, "rb");
  bool same = fa != NULL && fb != NULL;
  while (same)
    {
      int ca = getc (fa), cb = getc (fb);
      same = ca == cb;
      if (ca == EOF)
        break;
    }
  if (fa != NULL)
    fclose (fa);
  if (fb != NULL)
    fclose (fb);
  return same;
}

void
staging_drop_unchanged (struct staging *s)
{
  size_t kept = 0;
  for (size_t i = 0; i < s->count; i++)
    if (same_content (s->files[i].tmp, s->files[i].path))
      {
        unlink (s->files[i].tmp);
        free (s->files[i].tmp);
        free (s->files[i].path);
      }
    else
      s->files[kept++] = s->files[i];
  s->count = kept;
}

int
staging_commit (struct staging *s)
{
  for (size_t i = 0; i < s->count; i++)
    {
      if (rename (s->files[i].tmp, s->files[i].path) != 0)
        {
          perror (s->files[i].path);
          return -1;
        }
      free (s->files[i].tmp);
      s->files[i].tmp = NULL;
    }
  return 0;
}

void
staging_free (struct staging *s)
{
  for (size_t i = 0; i < s->count; i++)
    {
      if (s->files[i].tmp != NULL)
        {
          unlink (s->files[i].tmp);
          free (s->files[i].tmp);
        }
      free (s->files[i].path);
    }
  free (s->files);
  s->files = NULL;
  s->count = 0;
}
