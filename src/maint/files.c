/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Files as the maintainer tools read them: see files.h.  */
#include <config.h>

#include "diag.h"
#include "files.h"
#include "read-file.h"
#include "xalloc.h"

#include <errno.h>
#include <string.h>

char *
maint_read_file (const char *path, size_t *len)
{
  return read_file (path, MAINT_FILE_MAX, len);
}

const char *
maint_file_error (int error)
{
  static char too_large[64];
  if (error == EFBIG)
    {
      snprintf (too_large, sizeof too_large,
                "file too large (more than %d MiB)", MAINT_FILE_MAX_MIB);
      return too_large;
    }
  return strerror (error != 0 ? error : EIO);
}

void
diag_file (const char *path, int error)
{
  diag_at (path, 0, "%s", maint_file_error (error));
}

void
lines_init (struct lines *it, const char *data, size_t len)
{
  it->p = data;
  it->end = data + len;
}

bool
lines_next (struct lines *it, const char **line, size_t *len)
{
  if (it->p >= it->end)
    return false;
  const char *newline = memchr (it->p, '\n', (size_t) (it->end - it->p));
  const char *eol = newline != NULL ? newline : it->end;
  *line = it->p;
  *len = (size_t) (eol - it->p);
  it->p = newline != NULL ? newline + 1 : it->end;
  return true;
}

char *
path_join (const char *dir, const char *name)
{
  size_t n = strlen (dir);
  char *path = xmalloc (n + strlen (name) + 2);
  memcpy (path, dir, n);
  path[n] = '/';
  strcpy (path + n + 1, name);
  return path;
}

FILE *
xopen_memstream (char **text, size_t *len)
{
  FILE *stream = open_memstream (text, len);
  if (stream == NULL)
    xalloc_die ();
  return stream;
}

void
xclose_memstream (FILE *stream)
{
  /* A memory stream fails only for want of memory.  */
  if (fclose (stream) != 0)
    xalloc_die ();
}
