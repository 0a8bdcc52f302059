/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The programs' messages: see diag.h.  */
#include <config.h>

#include "diag.h"
#include "gettext.h"
#include "xalloc.h"

#include <errno.h>
#include <string.h>

void
vdiag_at (FILE *out, const char *file, unsigned long line,
          const char *format, va_list args)
{
  if (line > 0)
    fprintf (out, "%s:%lu: ", file, line);
  else
    fprintf (out, "%s: ", file);
  vfprintf (out, format, args);
  putc ('\n', out);
}

void
diag_at (const char *file, unsigned long line, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  vdiag_at (stderr, file, line, format, args);
  va_end (args);
}

/* Under program_name, not argv[0]: the build tree runs the programs as
   "lt-tcerr" through libtool's wrapper.  */
void
vdiag (const char *format, va_list args)
{
  vdiag_at (stderr, program_name, 0, format, args);
}

void
diag (const char *format, ...)
{
  va_list args;
  va_start (args, format);
  vdiag (format, args);
  va_end (args);
}

void
diag_try_help (void)
{
  fprintf (stderr, _("Try '%s --help' for more information.\n"),
           program_name);
}

int
close_stdout (void)
{
  /* fclose flushes: a full disk shows up here, not in printf.  */
  int write_error = ferror (stdout);
  errno = 0;
  if (fclose (stdout) != 0)
    write_error = 1;
  if (!write_error)
    return 0;
  if (errno != 0)
    diag (_("write error: %s"), strerror (errno));
  else
    diag ("%s", _("write error"));
  return -1;
}
