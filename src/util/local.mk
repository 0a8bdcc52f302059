# SPDX-License-Identifier: LGPL-2.1-or-later
## What the programs share (not the library, which exits nowhere and needs
## libintl only): their messages on stderr, memory that ends the program
## when exhausted, whole-file reading, the _() of the programs' own words.

if BUILD_PROGRAMS
noinst_LIBRARIES += src/util/libutil.a
endif
src_util_libutil_a_SOURCES = \
  src/util/gettext.h \
  src/util/diag.c src/util/diag.h \
  src/util/xalloc.c src/util/xalloc.h \
  src/util/read-file.c src/util/read-file.h
src_util_libutil_a_CPPFLAGS = -I$(top_builddir) -I$(top_srcdir)/src/util
