/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Memory for the programs (never the library, which returns ENOMEM): an
   allocation that fails ends the program with "memory exhausted" and the
   program's own failure status, as gnulib's xalloc does.  */
#ifndef TCERR_XALLOC_H
#define TCERR_XALLOC_H

#include <stddef.h>

/* The name errors are reported under, and the status xalloc_die exits
   with; each program sets both in main (tcerr: 2, tcerr-import: 1).  */
extern const char *program_name;
extern int exit_failure;

_Noreturn void xalloc_die (void);
void *xmalloc (size_t size);
void *xcalloc (size_t n, size_t size);
void *xrealloc (void *p, size_t size);
void *xreallocarray (void *p, size_t n, size_t size);
char *xstrdup (const char *s);
/* The LEN bytes at S, and a NUL after them.  */
char *xmemdup0 (const void *s, size_t len);

#endif
