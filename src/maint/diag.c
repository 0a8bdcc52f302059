/* The maintainer tools' messages: see diag.h.  */
#include <config.h>

#include "diag.h"
#include "files.h"
#include "xalloc.h"

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

void
diag_file (const char *path, int error)
{
  diag_at (path, 0, "%s", maint_file_error (error));
}

void
diag (const char *format, ...)
{
  va_list args;
  va_start (args, format);
  vdiag_at (stderr, program_name, 0, format, args);
  va_end (args);
}
