/* .po files with libgettextpo: reading (counting its errors), finding and
   adding entries in registry order, headers, writing.  */
#include <config.h>

#include "pofile.h"

#include "diag.h"
#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* libgettextpo's handler has no user data: the count lives here.  */
static unsigned int error_count;

/* "FILE:LINE: text", "FILE: text" (LINENO (size_t) -1) or "text" (no
   FILE); a fatal error ends the program with its failure status.  */
static void
report (int severity, const char *filename, size_t lineno, const char *text)
{
  if (filename == NULL)
    fprintf (stderr, "%s\n", text);
  else
    diag_at (filename, lineno != (size_t) -1 ? lineno : 0, "%s", text);
  if (severity != PO_SEVERITY_WARNING)
    error_count++;
  if (severity == PO_SEVERITY_FATAL_ERROR)
    exit (exit_failure);
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

int
pofile_write (po_file_t file, const char *path)
{
  error_count = 0;
  return po_file_write (file, path, &handler) != NULL && error_count == 0
         ? 0 : -1;
}

static bool
is_header (po_message_t msg)
{
  return po_message_msgctxt (msg) == NULL && *po_message_msgid (msg) == '\0';
}

po_message_t
pofile_next_entry (po_message_iterator_t it)
{
  po_message_t msg;
  while ((msg = po_next_message (it)) != NULL)
    if (!po_message_is_obsolete (msg) && !is_header (msg))
      break;
  return msg;
}

po_message_t
pofile_find (po_file_t file, const char *msgctxt, const char *msgid)
{
  po_message_iterator_t it = po_message_iterator (file, NULL);
  po_message_t msg;
  while ((msg = pofile_next_entry (it)) != NULL)
    if (po_message_msgctxt (msg) != NULL
        && strcmp (po_message_msgctxt (msg), msgctxt) == 0
        && strcmp (po_message_msgid (msg), msgid) == 0)
      break;
  po_message_iterator_free (it);
  return msg;
}

po_message_t
pofile_add (po_file_t file, const char *msgctxt, const char *msgid)
{
  /* Count the messages before the first entry that sorts after the new
     one (or the first obsolete one, which msgmerge keeps at the end).  */
  po_message_iterator_t it = po_message_iterator (file, NULL);
  po_message_t msg;
  size_t before = 0;
  while ((msg = po_next_message (it)) != NULL)
    {
      if (po_message_is_obsolete (msg))
        break;
      if (!is_header (msg) && po_message_msgctxt (msg) != NULL)
        {
          int c = strcmp (po_message_msgctxt (msg), msgctxt);
          if (c > 0 || (c == 0 && strcmp (po_message_msgid (msg), msgid) > 0))
            break;
        }
      before++;
    }
  po_message_iterator_free (it);

  /* po_message_insert inserts at the iterator, which is then past it.  */
  it = po_message_iterator (file, NULL);
  for (size_t i = 0; i < before; i++)
    po_next_message (it);
  po_message_t added = po_message_create ();
  po_message_set_msgctxt (added, msgctxt);
  po_message_set_msgid (added, msgid);
  po_message_set_msgstr (added, "");
  po_message_add_filepos (added, "src/registry.def", (size_t) -1);
  po_message_insert (it, added);
  po_message_iterator_free (it);
  return added;
}

/* The header entry: msgid "" without a context.  */
static po_message_t
header_entry (po_file_t file)
{
  po_message_iterator_t it = po_message_iterator (file, NULL);
  po_message_t msg;
  while ((msg = po_next_message (it)) != NULL)
    if (is_header (msg) && !po_message_is_obsolete (msg))
      break;
  po_message_iterator_free (it);
  return msg;
}

char *
pofile_header_field (po_file_t file, const char *field)
{
  po_message_t header = header_entry (file);
  return header != NULL
         ? po_header_field (po_message_msgstr (header), field) : NULL;
}

void
pofile_set_header_field (po_file_t file, const char *field,
                         const char *value)
{
  po_message_t header = header_entry (file);
  if (header == NULL)
    return;
  char *text = po_header_set_field (po_message_msgstr (header), field, value);
  po_message_set_msgstr (header, text);
  free (text);
}

bool
pofile_translated (po_message_t msg)
{
  return *po_message_msgstr (msg) != '\0';
}
