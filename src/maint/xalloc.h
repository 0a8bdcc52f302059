/* Allocation for the maintainer tools: report exhaustion and exit.  */
#ifndef TCERR_XALLOC_H
#define TCERR_XALLOC_H

#include <stddef.h>

/* The name errors are reported under; set by main.  */
extern const char *program_name;

_Noreturn void xalloc_die (void);
void *xmalloc (size_t size);
void *xreallocarray (void *p, size_t n, size_t size);
char *xstrdup (const char *s);

#endif
