/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The programs' messages on standard error, in one shape for all of them
   (tcerr, tcerr-import, gen-tables), under program_name ("xalloc.h"):
   "PROGRAM: message", "FILE:LINE: message", "FILE: message".  And the end
   of standard output, where a write error shows.  */
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

/* "PROGRAM: message" and a newline on stderr.  */
void diag (const char *format, ...) DIAG_PRINTF (1, 2);
void vdiag (const char *format, va_list args) DIAG_PRINTF (1, 0);

/* "FILE:LINE: message" on stderr, or "FILE: message" when LINE is 0.  */
void diag_at (const char *file, unsigned long line, const char *format, ...)
  DIAG_PRINTF (3, 4);
/* The same on OUT.  */
void vdiag_at (FILE *out, const char *file, unsigned long line,
               const char *format, va_list args) DIAG_PRINTF (4, 0);

/* "Try 'PROGRAM --help' for more information." on stderr.  */
void diag_try_help (void);

/* Flushes and closes standard output; reports a write error (as GNU
   programs do: "tcerr > /dev/full") and returns -1, else 0.  */
int close_stdout (void);

#endif
