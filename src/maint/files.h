/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Files as the maintainer tools read them: whole, under one size limit,
   cut into lines; their errors worded; paths joined; memory streams that
   end the program when memory is exhausted.  */
#ifndef TCERR_FILES_H
#define TCERR_FILES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* The largest file read whole (a page, src/registry.def, po/LINGUAS, a
   catalog being compared): the real ones are a few hundred KiB.  */
#define MAINT_FILE_MAX_MIB 64
#define MAINT_FILE_MAX ((size_t) MAINT_FILE_MAX_MIB * 1024 * 1024)

/* The contents of PATH, NUL-terminated, their length in *LEN; or NULL with
   errno set (EFBIG past MAINT_FILE_MAX).  */
char *maint_read_file (const char *path, size_t *len);

/* What went wrong with a file: strerror (ERROR), but EFBIG says the
   limit.  */
const char *maint_file_error (int error);

/* "PATH: what went wrong" (maint_file_error (ERROR)) on stderr.  */
void diag_file (const char *path, int error);

/* The lines of LEN bytes at DATA, in turn: each without its '\n' (a
   final line without one counts; a final '\n' starts no empty line).  */
struct lines
{
  const char *p, *end;
};
void lines_init (struct lines *it, const char *data, size_t len);
/* The next line in *LINE, its length in *LEN; false after the last.  */
bool lines_next (struct lines *it, const char **line, size_t *len);

/* DIR/NAME (caller frees).  */
char *path_join (const char *dir, const char *name);

/* open_memstream and fclose for text built in memory.  */
FILE *xopen_memstream (char **text, size_t *len);
void xclose_memstream (FILE *stream);

#endif
