/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* .po files with libgettextpo, for the build and maintainer tools.  The
   catalogs hold one entry per product, its name (msgid = product, no
   msgctxt), then one entry per registry key, msgctxt = product and msgid
   = code, in registry order (as xgettext extracts them).  */
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

/* An index of a catalog's entries by (msgctxt, msgid), built once per
   file: look-ups in constant time, and keys added together in one ordered
   pass over the file instead of one scan each (a full import adds about
   16,000 keys).  The file must not be changed but through the index while
   the index lives (messages' texts and comments may be).  */
struct pofile_index;

/* Indexes FILE, read from (or to be written to) NAME, used in messages.  */
struct pofile_index *pofile_index_new (po_file_t file, const char *name);

/* The entry (MSGCTXT, MSGID) that is not obsolete, or NULL; entries added
   and not yet in the file included.  */
po_message_t pofile_index_find (const struct pofile_index *index,
                                 const char *msgctxt, const char *msgid);

/* Adds an untranslated entry (MSGCTXT, MSGID), referenced to
   src/registry.def as xgettext would, unless there is one, and returns the
   entry.  It enters the file, in its registry-order place, at the next
   pofile_index_flush.  An obsolete entry of that key is in the way
   (msgmerge would not write both): it is reported, and the flush fails.  */
po_message_t pofile_index_add (struct pofile_index *index,
                               const char *msgctxt, const char *msgid);

/* Inserts the entries added since the last flush into the file, each in
   its registry-order place (before the first entry sorting after it, and
   before the obsolete entries, where msgmerge keeps them), in one pass;
   0, or -1 when an add was refused.  */
int pofile_index_flush (struct pofile_index *index);

/* Flushes INDEX (the file owns every entry added) and frees it.  */
void pofile_index_free (struct pofile_index *index);

/* A product's name: the entry MSGID (the product) without a context,
   that is not obsolete, or NULL.  A linear search.  */
po_message_t pofile_find_name (po_file_t file, const char *msgid);

/* The same, added (untranslated, referenced to src/registry.def as
   xgettext would) when there is none, where xgettext puts it: among the
   products' names, which come first, in byte order.  It enters the file
   at once: an index of the file (whose entries all have a context) is
   not affected.  */
po_message_t pofile_add_name (po_file_t file, const char *msgid);

/* The provenance of an entry: its translator comment "Source: WHAT", one
   line (msgmerge keeps translator comments).  WHAT (caller frees), or
   NULL without one.  */
char *pofile_source (po_message_t msg);
/* Sets it, replacing the Source line where there is one (the other
   comment lines stay as they are), else appending it.  */
void pofile_set_source (po_message_t msg, const char *what);

/* Sets header FIELD to VALUE.  */
void pofile_set_header_field (po_file_t file, const char *field,
                              const char *value);

/* Whether MSG carries a translation that counts: not empty.  */
bool pofile_translated (po_message_t msg);

#endif
