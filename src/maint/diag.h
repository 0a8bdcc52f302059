/* The maintainer tools' messages: "FILE:LINE: message", "FILE: message"
   and "PROGRAM: message", on stderr.  */
#ifndef TCERR_DIAG_H
#define TCERR_DIAG_H

#include <stdarg.h>
#include <stdio.h>

#if defined __GNUC__
# define DIAG_PRINTF(format, args) \
  __attribute__ ((__format__ (__printf__, format, args)))
#else
# define DIAG_PRINTF(format, args)
#endif

/* "FILE:LINE: message" on OUT, or "FILE: message" when LINE is 0.  */
void vdiag_at (FILE *out, const char *file, unsigned long line,
               const char *format, va_list args) DIAG_PRINTF (4, 0);
/* The same on stderr.  */
void diag_at (const char *file, unsigned long line, const char *format, ...)
  DIAG_PRINTF (3, 4);
/* "PATH: what went wrong" (maint_file_error (ERROR)) on stderr.  */
void diag_file (const char *path, int error);
/* "PROGRAM: message" on stderr, under program_name.  */
void diag (const char *format, ...) DIAG_PRINTF (1, 2);

#endif
