/* All-or-nothing updates of several files: see staging.h.  */
#include <config.h>

#include "staging.h"

#include "diag.h"
#include "files.h"
#include "xalloc.h"

#include <errno.h>
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
staging_add_data (struct staging *s, const char *path, const char *data,
                  size_t len)
{
  const char *tmp = staging_add (s, path);
  FILE *f = fopen (tmp, "wb");
  bool ok = f != NULL && fwrite (data, 1, len, f) == len;
  if (f != NULL && fclose (f) != 0)
    ok = false;
  if (!ok)
    {
      diag_file (tmp, errno);
      return -1;
    }
  return 0;
}

int
staging_add_text (struct staging *s, const char *path, const char *text)
{
  return staging_add_data (s, path, text, strlen (text));
}

/* Whether files A and B have the same bytes (a file that cannot be read
   whole, a missing B say, differs).  */
static bool
same_content (const char *a, const char *b)
{
  size_t len_a, len_b;
  char *data_a = maint_read_file (a, &len_a);
  char *data_b = data_a != NULL ? maint_read_file (b, &len_b) : NULL;
  bool same = data_b != NULL && len_a == len_b
              && memcmp (data_a, data_b, len_a) == 0;
  free (data_a);
  free (data_b);
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
          diag_file (s->files[i].path, errno);
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
