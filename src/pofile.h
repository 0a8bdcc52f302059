/* Reading .po files with libgettextpo, for the build and maintainer tools.  */
#ifndef TCERR_POFILE_H
#define TCERR_POFILE_H

#include <gettext-po.h>

/* Reads PATH.  Every problem is reported on stderr as "FILE:LINE: text";
   libgettextpo goes on after a syntax error, so any error makes this return
   NULL after the whole file was read.  */
po_file_t pofile_read (const char *path);

#endif
