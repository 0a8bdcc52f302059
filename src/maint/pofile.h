/* .po files with libgettextpo, for the build and maintainer tools.  The
   catalogs hold one entry per registry key, msgctxt = product and msgid =
   code, in registry order (as xgettext extracts them).  */
#ifndef TCERR_POFILE_H
#define TCERR_POFILE_H

#include <gettext-po.h>
#include <stdbool.h>

/* Reads PATH.  Every problem is reported on stderr as "FILE:LINE: text";
   libgettextpo goes on after a syntax error, so any error makes this return
   NULL after the whole file was read.  */
po_file_t pofile_read (const char *path);

/* Writes FILE to PATH; returns 0, or -1 after reporting the error.  */
int pofile_write (po_file_t file, const char *path);

/* The next message of IT that is neither the header nor obsolete, or
   NULL at the end.  */
po_message_t pofile_next_entry (po_message_iterator_t it);

/* The entry (MSGCTXT, MSGID) that is not obsolete, or NULL.  */
po_message_t pofile_find (po_file_t file, const char *msgctxt,
                          const char *msgid);

/* Adds an untranslated entry (MSGCTXT, MSGID), referenced to
   src/registry.def as xgettext would, in its registry-order place, and
   returns it.  */
po_message_t pofile_add (po_file_t file, const char *msgctxt,
                         const char *msgid);

/* The value of header FIELD (caller frees), or NULL.  */
char *pofile_header_field (po_file_t file, const char *field);
/* Sets header FIELD to VALUE.  */
void pofile_set_header_field (po_file_t file, const char *field,
                              const char *value);

/* Whether MSG carries a translation that counts: not empty.  */
bool pofile_translated (po_message_t msg);

#endif
