/* All-or-nothing updates of several files: each new content is written
   to a temporary file beside its target; only when all of them are ready
   are they renamed into place.  Unchanged files are left alone.  */
#ifndef TCERR_STAGING_H
#define TCERR_STAGING_H

#include <stdbool.h>
#include <stddef.h>

struct staged
{
  char *path;
  char *tmp;
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
/* Renames every staged file into place; 0, or -1 after reporting.  */
int staging_commit (struct staging *s);
/* Removes the temporary files; frees S.  */
void staging_free (struct staging *s);

#endif
