## tcerr-import, the maintainer tool (included from Makefile.am).

# What the maintainer tools share: pages, .po files, the registry file.
noinst_LIBRARIES = src/libmaint.a
src_libmaint_a_SOURCES = \
  src/xalloc.c src/xalloc.h \
  src/page.c src/page.h \
  src/align.c src/align.h \
  src/pofile.c src/pofile.h \
  src/registry-file.c src/registry-file.h \
  src/staging.c src/staging.h \
  src/project.c src/project.h \
  src/import.c src/import.h

bin_PROGRAMS += src/tcerr-import
src_tcerr_import_SOURCES = src/tcerr-import.c
src_tcerr_import_LDADD = src/libmaint.a $(GETTEXTPO_LIBS)

# Its manual page, made like tcerr.1 (see src/command.mk).
dist_man_MANS += src/tcerr-import.1
EXTRA_DIST += src/tcerr-import.x
src/tcerr-import.1: $(top_srcdir)/src/tcerr-import.c \
    $(top_srcdir)/src/tcerr-import.x $(top_srcdir)/configure.ac \
    | src/tcerr-import$(EXEEXT)
	$(AM_V_GEN)$(MKDIR_P) src && \
	$(HELP2MAN) --no-info --locale=C \
	  --include=$(top_srcdir)/src/tcerr-import.x --output=$@-t \
	  ./src/tcerr-import$(EXEEXT) && \
	mv -f $@-t $@
MAINTAINERCLEANFILES += src/tcerr-import.1
