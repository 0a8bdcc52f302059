# SPDX-License-Identifier: LGPL-2.1-or-later
## The maintainer side: tcerr-import, gen-tables, and what they share
## (messages, files read whole, the page reader, twin alignment, .po files
## through libgettextpo, the registry file, all-or-nothing writes).  None
## of it is in the library.

if BUILD_MAINT
noinst_LIBRARIES += src/maint/libmaint.a
endif
src_maint_libmaint_a_SOURCES = \
  src/maint/files.c src/maint/files.h \
  src/maint/page.c src/maint/page.h \
  src/maint/align.c src/maint/align.h \
  src/maint/pofile.c src/maint/pofile.h \
  src/maint/registry-def.c src/maint/registry-def.h \
  src/maint/staging.c src/maint/staging.h \
  src/maint/project.c src/maint/project.h \
  src/maint/page-import.c src/maint/page-import.h \
  src/maint/sdk.c src/maint/sdk.h \
  src/maint/products-md.c src/maint/products-md.h \
  src/maint/sdk-import.c src/maint/sdk-import.h
MAINT_CPPFLAGS = -I$(top_builddir) -I$(top_srcdir)/include \
  -I$(top_srcdir)/src/maint -I$(top_srcdir)/src/util
MAINT_LDADD = src/maint/libmaint.a src/util/libutil.a $(GETTEXTPO_LIBS) \
  $(LIBUNISTRING)
src_maint_libmaint_a_CPPFLAGS = $(MAINT_CPPFLAGS)

# Writes the library's tables, src/lib/key-table.inc, from the registry
# and po/en.po (src/lib/local.mk).  It runs before the library exists (it
# writes part of it), so it takes the library's name rules, key order and
# hash from their sources.
if BUILD_MAINT
noinst_PROGRAMS += src/maint/gen-tables
endif
src_maint_gen_tables_SOURCES = src/maint/gen-tables.c src/lib/names.c \
  src/lib/key-order.c src/lib/key-hash.h
src_maint_gen_tables_CPPFLAGS = $(MAINT_CPPFLAGS) -I$(top_srcdir)/src/lib
src_maint_gen_tables_LDADD = $(MAINT_LDADD)

# Not installed: it edits a source tree (src/registry.def, po/), so it is
# run from one, as src/maint/tcerr-import.
if BUILD_MAINT
noinst_PROGRAMS += src/maint/tcerr-import
endif
src_maint_tcerr_import_SOURCES = src/maint/tcerr-import.c
src_maint_tcerr_import_CPPFLAGS = $(MAINT_CPPFLAGS)
src_maint_tcerr_import_LDADD = $(MAINT_LDADD) src/lib/libtcerr.la

# Its manual page, made like tcerr.1 (see src/cli/local.mk), read in the
# tree with "man src/maint/tcerr-import.1".
if BUILD_MAINT
noinst_DATA = src/maint/tcerr-import.1
endif
EXTRA_DIST += src/maint/tcerr-import.1 src/maint/tcerr-import.x
src/maint/tcerr-import.1: $(top_srcdir)/src/maint/tcerr-import.c \
    $(top_srcdir)/src/maint/tcerr-import.x $(top_srcdir)/configure.ac \
    | src/maint/tcerr-import$(EXEEXT)
	$(AM_V_GEN)$(MKDIR_P) src/maint && \
	$(HELP2MAN) --no-info --locale=C \
	  --include=$(top_srcdir)/src/maint/tcerr-import.x --output=$@-t \
	  ./src/maint/tcerr-import$(EXEEXT) && \
	mv -f $@-t $@
MAINTAINERCLEANFILES += src/maint/tcerr-import.1
