/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Reading a whole file into memory, for the programs.  */
#ifndef TCERR_READ_FILE_H
#define TCERR_READ_FILE_H

#include <stddef.h>

/* The contents of PATH, NUL-terminated, with their length in *LEN; NULL
   with errno set when it cannot be read, or EFBIG when it is longer than
   MAX bytes.  Memory exhaustion ends the
   program (xalloc_die).  */
char *read_file (const char *path, size_t max, size_t *len);

#endif
