/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* .po files with libgettextpo: reading (counting its errors), finding and
   adding entries in registry order (through an index), provenance comments,
   the header, writing.  */
#include <config.h>

#include "pofile.h"

#include "diag.h"
#include "files.h"
#include "tcerr.h"
#include "xalloc.h"

#include <errno.h>
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
  errno = 0;
  po_file_t file = po_file_read (path, &handler);
  /* A file that cannot be opened reaches no handler: say why here.  */
  if (file == NULL && error_count == 0)
    diag_file (path, errno != 0 ? errno : EIO);
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
pofile_find_name (po_file_t file, const char *msgid)
{
  po_message_iterator_t it = po_message_iterator (file, NULL);
  po_message_t msg;
  while ((msg = pofile_next_entry (it)) != NULL)
    if (po_message_msgctxt (msg) == NULL
        && strcmp (po_message_msgid (msg), msgid) == 0)
      break;
  po_message_iterator_free (it);
  return msg;
}

po_message_t
pofile_add_name (po_file_t file, const char *msgid)
{
  po_message_t found = pofile_find_name (file, msgid);
  if (found != NULL)
    return found;
  /* Where it goes, as the number of the file's messages before it (the
     header included): before the first that is not a name sorting before
     MSGID (a later name, a key, the obsolete entries at the end).  */
  po_message_iterator_t it = po_message_iterator (file, NULL);
  po_message_t msg;
  size_t before = 0;
  while ((msg = po_next_message (it)) != NULL
         && (is_header (msg)
             || (!po_message_is_obsolete (msg)
                 && po_message_msgctxt (msg) == NULL
                 && strcmp (po_message_msgid (msg), msgid) < 0)))
    before++;
  po_message_iterator_free (it);

  po_message_t added = po_message_create ();
  po_message_set_msgid (added, msgid);
  po_message_set_msgstr (added, "");
  po_message_add_filepos (added, "src/registry.def", (size_t) -1);
  /* po_message_insert puts it at the iterator, after the messages it
     stepped over.  */
  it = po_message_iterator (file, NULL);
  for (size_t i = 0; i < before; i++)
    po_next_message (it);
  po_message_insert (it, added);
  po_message_iterator_free (it);
  return added;
}

/* --- The index ------------------------------------------------------------ */

/* Open addressing over the messages with a context (the header and any
   message without one are not keys), obsolete ones included: a slot holds
   a message or NULL.  */
struct pofile_index
{
  po_file_t file;
  char *name;
  po_message_t *slots;
  size_t size;                /* a power of 2, at most half full */
  size_t used;
  po_message_t *pending;      /* added, not yet in the file */
  size_t pending_count, pending_max;
  unsigned int refused;       /* adds refused since the last flush */
};

static size_t
key_hash (const char *msgctxt, const char *msgid)
{
  /* FNV-1a over MSGCTXT, a separator no key contains, and MSGID.  */
  size_t h = (size_t) 14695981039346656037ULL;
  for (const unsigned char *s = (const unsigned char *) msgctxt; *s; s++)
    h = (h ^ *s) * (size_t) 1099511628211ULL;
  h = (h ^ 4) * (size_t) 1099511628211ULL;
  for (const unsigned char *s = (const unsigned char *) msgid; *s; s++)
    h = (h ^ *s) * (size_t) 1099511628211ULL;
  return h ^ (h >> 29);
}

static bool
has_key (po_message_t msg, const char *msgctxt, const char *msgid)
{
  const char *ctxt = po_message_msgctxt (msg);
  return ctxt != NULL && strcmp (ctxt, msgctxt) == 0
         && strcmp (po_message_msgid (msg), msgid) == 0;
}

/* The slot of (MSGCTXT, MSGID): the one holding its message, or the empty
   one where it would go.  */
static po_message_t *
index_slot (const struct pofile_index *index, const char *msgctxt,
            const char *msgid)
{
  size_t mask = index->size - 1;
  for (size_t i = key_hash (msgctxt, msgid) & mask;; i = (i + 1) & mask)
    if (index->slots[i] == NULL
        || has_key (index->slots[i], msgctxt, msgid))
      return &index->slots[i];
}

/* Puts MSG in its slot, growing the table when half full.  */
static void
index_put (struct pofile_index *index, po_message_t msg)
{
  if (2 * (index->used + 1) > index->size)
    {
      po_message_t *old = index->slots;
      size_t old_size = index->size;
      index->size = old_size > 0 ? 2 * old_size : 1024;
      index->slots = xcalloc (index->size, sizeof *index->slots);
      for (size_t i = 0; i < old_size; i++)
        if (old[i] != NULL)
          *index_slot (index, po_message_msgctxt (old[i]),
                       po_message_msgid (old[i])) = old[i];
      free (old);
    }
  po_message_t *slot = index_slot (index, po_message_msgctxt (msg),
                                   po_message_msgid (msg));
  if (*slot == NULL)
    index->used++;
  *slot = msg;
}

struct pofile_index *
pofile_index_new (po_file_t file, const char *name)
{
  struct pofile_index *index = xcalloc (1, sizeof *index);
  index->file = file;
  index->name = xstrdup (name);
  po_message_iterator_t it = po_message_iterator (file, NULL);
  po_message_t msg;
  while ((msg = po_next_message (it)) != NULL)
    if (po_message_msgctxt (msg) != NULL)
      {
        /* A key twice (libgettextpo refuses that on reading): the first
           one, as a reader would.  */
        po_message_t *slot = index->size > 0
          ? index_slot (index, po_message_msgctxt (msg),
                        po_message_msgid (msg)) : NULL;
        if (slot == NULL || *slot == NULL)
          index_put (index, msg);
      }
  po_message_iterator_free (it);
  return index;
}

po_message_t
pofile_index_find (const struct pofile_index *index, const char *msgctxt,
                   const char *msgid)
{
  /* Only keys are indexed: a product's name has no context.  */
  if (index->size == 0 || msgctxt == NULL)
    return NULL;
  po_message_t msg = *index_slot (index, msgctxt, msgid);
  return msg != NULL && !po_message_is_obsolete (msg) ? msg : NULL;
}

po_message_t
pofile_index_add (struct pofile_index *index, const char *msgctxt,
                  const char *msgid)
{
  po_message_t msg = index->size > 0
    ? *index_slot (index, msgctxt, msgid) : NULL;
  if (msg != NULL)
    {
      if (po_message_is_obsolete (msg))
        {
          diag_at (index->name, 0, "an obsolete entry of %s %s is in the "
                   "way of the new key (remove it: msgattrib --no-obsolete)",
                   msgctxt, msgid);
          index->refused++;
        }
      return msg;
    }
  msg = po_message_create ();
  po_message_set_msgctxt (msg, msgctxt);
  po_message_set_msgid (msg, msgid);
  po_message_set_msgstr (msg, "");
  po_message_add_filepos (msg, "src/registry.def", (size_t) -1);
  if (index->pending_count == index->pending_max)
    {
      index->pending_max = index->pending_max > 0
                           ? 2 * index->pending_max : 64;
      index->pending = xreallocarray (index->pending, index->pending_max,
                                      sizeof *index->pending);
    }
  index->pending[index->pending_count++] = msg;
  index_put (index, msg);
  return msg;
}

/* Registry order (tcerr_key_compare): msgctxt, then msgid.  */
static int
compare_keys (const char *ctxt1, const char *id1, const char *ctxt2,
              const char *id2)
{
  return tcerr_key_compare (&(struct tcerr_key) { ctxt1, id1 },
                            &(struct tcerr_key) { ctxt2, id2 });
}

static int
compare_messages (const void *a, const void *b)
{
  po_message_t x = *(const po_message_t *) a, y = *(const po_message_t *) b;
  return compare_keys (po_message_msgctxt (x), po_message_msgid (x),
                       po_message_msgctxt (y), po_message_msgid (y));
}

int
pofile_index_flush (struct pofile_index *index)
{
  size_t n = index->pending_count;
  int status = index->refused == 0 ? 0 : -1;
  index->refused = 0;
  if (n == 0)
    return status;
  po_message_t *pending = index->pending;
  qsort (pending, n, sizeof *pending, compare_messages);

  /* First pass: where each goes, as the number of the file's messages
     before it (the header included).  */
  size_t *before = xreallocarray (NULL, n, sizeof *before);
  po_message_iterator_t it = po_message_iterator (index->file, NULL);
  po_message_t msg;
  size_t count = 0, j = 0;
  while ((msg = po_next_message (it)) != NULL && j < n)
    {
      if (po_message_is_obsolete (msg))
        break;
      if (!is_header (msg) && po_message_msgctxt (msg) != NULL)
        for (; j < n && compare_keys (po_message_msgctxt (msg),
                                      po_message_msgid (msg),
                                      po_message_msgctxt (pending[j]),
                                      po_message_msgid (pending[j])) > 0;
             j++)
          before[j] = count;
      count++;
    }
  po_message_iterator_free (it);
  for (; j < n; j++)
    before[j] = count;

  /* Second pass: po_message_insert puts a message at the iterator and
     moves the iterator past it, so only the file's own messages are
     stepped over.  */
  it = po_message_iterator (index->file, NULL);
  size_t at = 0;
  for (j = 0; j < n; j++)
    {
      for (; at < before[j]; at++)
        po_next_message (it);
      po_message_insert (it, pending[j]);
    }
  po_message_iterator_free (it);
  free (before);
  index->pending_count = 0;
  return status;
}

void
pofile_index_free (struct pofile_index *index)
{
  if (index == NULL)
    return;
  pofile_index_flush (index);
  free (index->pending);
  free (index->slots);
  free (index->name);
  free (index);
}

/* --- Provenance ----------------------------------------------------------- */

#define SOURCE_PREFIX "Source: "

/* The Source line of COMMENTS ("line\n..."): its start, or NULL.  */
static const char *
source_line (const char *comments)
{
  for (const char *line = comments; *line != '\0';)
    {
      if (strncmp (line, SOURCE_PREFIX, strlen (SOURCE_PREFIX)) == 0)
        return line;
      const char *end = strchr (line, '\n');
      if (end == NULL)
        break;
      line = end + 1;
    }
  return NULL;
}

char *
pofile_source (po_message_t msg)
{
  const char *line = source_line (po_message_comments (msg));
  if (line == NULL)
    return NULL;
  line += strlen (SOURCE_PREFIX);
  return xmemdup0 (line, strcspn (line, "\n"));
}

void
pofile_set_source (po_message_t msg, const char *what)
{
  const char *comments = po_message_comments (msg);
  const char *line = source_line (comments);
  size_t head = line != NULL ? (size_t) (line - comments) : strlen (comments);
  const char *tail = "";
  if (line != NULL)
    {
      tail = line + strcspn (line, "\n");
      if (*tail == '\n')
        tail++;
    }
  bool newline = head > 0 && comments[head - 1] != '\n';
  char *text = xmalloc (head + 1 + strlen (SOURCE_PREFIX) + strlen (what)
                        + 1 + strlen (tail) + 1);
  sprintf (text, "%.*s%s" SOURCE_PREFIX "%s\n%s", (int) head, comments,
           newline ? "\n" : "", what, tail);
  if (strcmp (text, comments) != 0)
    po_message_set_comments (msg, text);
  free (text);
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
