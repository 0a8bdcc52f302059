/* Error messages and the end of standard output.  */
#include <config.h>

#include "cli.h"
#include "error.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void
cli_verror (const char *format, va_list ap)
{
  /* The program's name, not argv[0]: the build tree runs it as
     "lt-tcerr" through libtool's wrapper.  */
  fputs (PROGRAM_NAME ": ", stderr);
  vfprintf (stderr, format, ap);
  fputc ('\n', stderr);
}

void
cli_error (const char *format, ...)
{
  va_list ap;
  va_start (ap, format);
  cli_verror (format, ap);
  va_end (ap);
}

void
cli_try_help (void)
{
  fprintf (stderr, _("Try '%s --help' for more information.\n"),
           PROGRAM_NAME);
}

int
cli_close_stdout (void)
{
  /* fclose flushes: a full disk shows up here, not in printf.  */
  int write_error = ferror (stdout);
  errno = 0;
  if (fclose (stdout) != 0)
    write_error = 1;
  if (!write_error)
    return 0;
  if (errno != 0)
    cli_error (_("write error: %s"), strerror (errno));
  else
    cli_error ("%s", _("write error"));
  return -1;
}
