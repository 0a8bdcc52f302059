/* Reading .po files with libgettextpo, counting its errors.  */
#include <config.h>

#include "pofile.h"

#include <stdio.h>
#include <stdlib.h>

/* libgettextpo's handler has no user data: the count lives here.  */
static unsigned int error_count;

static void
report (int severity, const char *filename, size_t lineno, const char *text)
{
  if (filename == NULL)
    fprintf (stderr, "%s\n", text);
  else if (lineno == (size_t) -1)
    fprintf (stderr, "%s: %s\n", filename, text);
  else
    fprintf (stderr, "%s:%zu: %s\n", filename, lineno, text);
  if (severity != PO_SEVERITY_WARNING)
    error_count++;
  if (severity == PO_SEVERITY_FATAL_ERROR)
    exit (EXIT_FAILURE);
}

static void
xerror (int severity, po_message_t message, const char *filename,
        size_t lineno, size_t column, int multiline_p, const char *text)
{
  (void) message, (void) column, (void) multiline_p;
  report (severity, filename, lineno, text);
}

static void
xerror2 (int severity,
         po_message_t message1, const char *filename1, size_t lineno1,
         size_t column1, int multiline_p1, const char *text1,
         po_message_t message2, const char *filename2, size_t lineno2,
         size_t column2, int multiline_p2, const char *text2)
{
  (void) message1, (void) column1, (void) multiline_p1;
  (void) message2, (void) column2, (void) multiline_p2;
  report (severity == PO_SEVERITY_FATAL_ERROR ? PO_SEVERITY_ERROR : severity,
          filename1, lineno1, text1);
  report (severity, filename2, lineno2, text2);
}

static const struct po_xerror_handler handler = { xerror, xerror2 };

po_file_t
pofile_read (const char *path)
{
  error_count = 0;
  po_file_t file = po_file_read (path, &handler);
  if (file != NULL && error_count > 0)
    {
      po_file_free (file);
      file = NULL;
    }
  return file;
}
