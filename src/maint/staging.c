/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* All-or-nothing updates of several files: see staging.h.

   The commit, for N files:
   1. every new content, already in "PATH.tcerr-import-tmp", is fsync'ed;
   2. every existing target gets a hard link "PATH.tcerr-import-old", so
      that its content survives the rename that replaces it;
   3. the N renames; when one fails, each file replaced so far is put back
      by renaming its link over it (a file that did not exist is removed),
      and the tree is as it was;
   4. the folders of the targets are fsync'ed, then the links removed.
   A run killed in the middle leaves some files new and some old, and
   temporary files and links beside them: the next run computes the same
   contents from what it finds, writes them, and removes what the killed
   run left beside them (staging_remove_leftovers).  */
#include <config.h>

#include "staging.h"

#include "diag.h"
#include "files.h"
#include "xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define TMP_SUFFIX ".tcerr-import-tmp"
#define OLD_SUFFIX ".tcerr-import-old"

/* PATH followed by SUFFIX (caller frees).  */
static char *
with_suffix (const char *path, const char *suffix)
{
  char *s = xmalloc (strlen (path) + strlen (suffix) + 1);
  strcpy (s, path);
  strcat (s, suffix);
  return s;
}

const char *
staging_add (struct staging *s, const char *path)
{
  s->files = xreallocarray (s->files, s->count + 1, sizeof *s->files);
  s->files[s->count++] = (struct staged) { xstrdup (path),
                                           with_suffix (path, TMP_SUFFIX),
                                           NULL };
  return s->files[s->count - 1].tmp;
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

void
staging_remove_leftovers (const char *path)
{
  char *name = with_suffix (path, TMP_SUFFIX);
  unlink (name);
  free (name);
  name = with_suffix (path, OLD_SUFFIX);
  unlink (name);
  free (name);
}

/* fsync of the file or folder PATH; 0, or -1 after reporting.  */
static int
sync_path (const char *path, int flags)
{
  int fd = open (path, O_RDONLY | O_CLOEXEC | flags);
  if (fd < 0 || fsync (fd) != 0)
    {
      int error = errno;
      if (fd >= 0)
        close (fd);
      diag_file (path, error);
      return -1;
    }
  return close (fd) == 0 ? 0 : (diag_file (path, errno), -1);
}

/* The folder of PATH (caller frees).  */
static char *
folder_of (const char *path)
{
  const char *slash = strrchr (path, '/');
  if (slash == NULL)
    return xstrdup (".");
  if (slash == path)
    return xstrdup ("/");
  return xmemdup0 (path, (size_t) (slash - path));
}

/* fsync of the folder of every staged file, each once.  */
static int
sync_folders (const struct staging *s)
{
  int status = 0;
  for (size_t i = 0; i < s->count; i++)
    {
      char *folder = folder_of (s->files[i].path);
      bool seen = false;
      for (size_t j = 0; j < i && !seen; j++)
        {
          char *other = folder_of (s->files[j].path);
          seen = strcmp (other, folder) == 0;
          free (other);
        }
      if (!seen && sync_path (folder, O_DIRECTORY) != 0)
        status = -1;
      free (folder);
    }
  return status;
}

/* Step 2 for file F: a link to its present content, when it has one.  */
static int
keep_old (struct staged *f)
{
  char *old = with_suffix (f->path, OLD_SUFFIX);
  unlink (old);
  if (link (f->path, old) == 0)
    {
      f->old = old;
      return 0;
    }
  int error = errno;
  free (old);
  if (error == ENOENT)
    return 0; /* a new file */
  diag_file (f->path, error);
  return -1;
}

/* Puts file F, replaced by this commit, back as it was; 0, or -1 after
   reporting (its old content then stays in its link).  */
static int
put_back (struct staged *f)
{
  if (f->old != NULL ? rename (f->old, f->path) == 0
      : unlink (f->path) == 0 || errno == ENOENT)
    {
      free (f->old);
      f->old = NULL;
      return 0;
    }
  int error = errno;
  if (f->old != NULL)
    diag ("%s: could not be put back (%s); its old content is %s",
          f->path, maint_file_error (error), f->old);
  else
    diag ("%s: new, could not be removed: %s", f->path,
          maint_file_error (error));
  free (f->old);
  f->old = NULL; /* kept on disk */
  return -1;
}

/* Removes the links of step 2 that are still held.  */
static void
drop_old (struct staging *s)
{
  for (size_t i = 0; i < s->count; i++)
    if (s->files[i].old != NULL)
      {
        unlink (s->files[i].old);
        free (s->files[i].old);
        s->files[i].old = NULL;
      }
}

enum staging_result
staging_commit (struct staging *s)
{
  for (size_t i = 0; i < s->count; i++)
    if (sync_path (s->files[i].tmp, 0) != 0 || keep_old (&s->files[i]) != 0)
      {
        drop_old (s);
        return STAGING_UNCHANGED;
      }
  size_t done = 0;
  for (; done < s->count; done++)
    {
      struct staged *f = &s->files[done];
      if (rename (f->tmp, f->path) != 0)
        {
          diag_file (f->path, errno);
          break;
        }
      free (f->tmp);
      f->tmp = NULL;
    }
  enum staging_result result = STAGING_DONE;
  if (done < s->count)
    {
      result = STAGING_UNCHANGED;
      for (size_t i = done; i-- > 0;)
        if (put_back (&s->files[i]) != 0)
          result = STAGING_PARTLY;
    }
  if (sync_folders (s) != 0 && result == STAGING_DONE)
    result = STAGING_NOT_SYNCED;
  drop_old (s);
  return result;
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
      free (s->files[i].old);
      free (s->files[i].path);
    }
  free (s->files);
  s->files = NULL;
  s->count = 0;
}
