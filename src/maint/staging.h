/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* All-or-nothing updates of several files: each new content is written
   to a temporary file beside its target; only when all of them are ready
   are they renamed into place, and when one rename fails, the files
   replaced so far are put back.  Unchanged files are left alone.  */
#ifndef TCERR_STAGING_H
#define TCERR_STAGING_H

#include <stdbool.h>
#include <stddef.h>

struct staged
{
  char *path;
  char *tmp;   /* its new content, until renamed */
  char *old;   /* a link to its old content, during the commit */
};

struct staging
{
  struct staged *files;
  size_t count;
};

/* A new temporary file name beside PATH, for its new content (the
   caller writes it).  */
const char *staging_add (struct staging *s, const char *path);
/* Stages the LEN bytes at DATA (or the string TEXT) as PATH's new
   content; 0, or -1 after reporting.  */
int staging_add_data (struct staging *s, const char *path, const char *data,
                      size_t len);
int staging_add_text (struct staging *s, const char *path, const char *text);
/* Forgets the staged files whose content equals their target's.  */
void staging_drop_unchanged (struct staging *s);
/* Removes what a killed commit may have left beside PATH: its temporary
   file and its link to the old content.  */
void staging_remove_leftovers (const char *path);
/* What a commit did.  */
enum staging_result
{
  STAGING_DONE = 0,         /* every file in place, on disk */
  STAGING_UNCHANGED = -1,   /* a failure (reported): every file as before */
  STAGING_PARTLY = -2,      /* a failure, and a file that could not be put
                               back (both reported) */
  STAGING_NOT_SYNCED = -3   /* every file in place, but a folder could not
                               be synced (reported) */
};

/* fsyncs the staged files, renames each into place and fsyncs their
   folders; on a failed rename, puts back the files replaced so far.  */
enum staging_result staging_commit (struct staging *s);
/* Removes the temporary files; frees S.  */
void staging_free (struct staging *s);

#endif
