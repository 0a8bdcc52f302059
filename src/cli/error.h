/* Error messages and the end of standard output (memory: "xalloc.h").  */
#ifndef TCERR_CLI_ERROR_H
#define TCERR_CLI_ERROR_H

#include <stdarg.h>

/* Prints "tcerr: MESSAGE" and a newline on standard error.  */
void cli_error (const char *format, ...)
  __attribute__ ((__format__ (__printf__, 1, 2)));
void cli_verror (const char *format, va_list ap)
  __attribute__ ((__format__ (__printf__, 1, 0)));

/* Prints the "Try 'tcerr --help'" hint on standard error.  */
void cli_try_help (void);

/* Flushes and closes standard output; reports a write error (as GNU
   programs do: "tcerr > /dev/full") and returns -1, else 0.  */
int cli_close_stdout (void);

#endif
