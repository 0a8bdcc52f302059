# SPDX-License-Identifier: LGPL-2.1-or-later
## libtcerr: the lookup chain, the compiled registry, the gettext glue, and
## the catalogs it reads itself for the languages callers name.  It needs
## libintl only: the tables generated from the registry and po/en.po are
## distributed, and made again only when one of them changes.

include_HEADERS += include/tcerr.h
lib_LTLIBRARIES += src/lib/libtcerr.la
src_lib_libtcerr_la_SOURCES = \
  src/lib/internal.h \
  src/lib/lookup.c \
  src/lib/lookup-lang.c \
  src/lib/names.c \
  src/lib/product-name.c \
  src/lib/language.c \
  src/lib/key-table.c \
  src/lib/key-hash.h \
  src/lib/textdomain.c \
  src/lib/catalogs.c \
  src/lib/mo-file.c \
  src/lib/copy.c \
  src/lib/key-order.c
src_lib_libtcerr_la_CPPFLAGS = -I$(top_builddir) -I$(top_srcdir)/include \
  -I$(top_srcdir)/src/lib -I$(top_builddir)/src/lib \
  -DLOCALEDIR='"$(localedir)"'
src_lib_libtcerr_la_LIBADD = $(LTLIBINTL)
src_lib_libtcerr_la_LDFLAGS = -version-info $(LIBTCERR_LT_VERSION) \
  -no-undefined -export-symbols $(srcdir)/src/lib/libtcerr.sym
EXTRA_DIST += src/lib/libtcerr.sym

pkgconfig_DATA += tcerr.pc

# The registry as the library reads it (offsets, a hash table) and each
# key's English from po/en.po: one file, written by one generator
# (src/maint/gen-tables.c, which checks the registry).  Like a .gmo, it
# lives in the source tree and is distributed, so building from a tarball
# needs neither libgettextpo nor a native generator (cross builds work).
# The generator is an order-only prerequisite: made when missing, its own
# rebuilds (a change in libmaint.a, say) make no new table; the sources
# that decide the table's form are prerequisites.
EXTRA_DIST += src/lib/key-table.inc
BUILT_SOURCES += $(srcdir)/src/lib/key-table.inc
MAINTAINERCLEANFILES += $(srcdir)/src/lib/key-table.inc
if BUILD_MAINT
$(srcdir)/src/lib/key-table.inc: $(srcdir)/src/registry.def \
  $(srcdir)/po/en.po $(srcdir)/src/maint/gen-tables.c \
  $(srcdir)/src/lib/key-hash.h $(srcdir)/src/lib/key-order.c \
  | src/maint/gen-tables$(EXEEXT)
	$(AM_V_GEN)LSAN_OPTIONS='suppressions=$(abs_top_srcdir)/tests/helpers/lsan.supp:print_suppressions=0' \
	  src/maint/gen-tables$(EXEEXT) $(srcdir)/src/registry.def \
	  $(srcdir)/po/en.po $@
else
$(srcdir)/src/lib/key-table.inc: $(srcdir)/src/registry.def $(srcdir)/po/en.po
	@echo "$@ is older than src/registry.def or po/en.po;" >&2; \
	echo "making it needs libgettextpo (configure found none)." >&2; \
	exit 1
endif

# The languages of the build's catalogs (po/LINGUAS, and "en", which the
# library always has) and the aliases "make install" makes
# (CATALOG_ALIASES, Makefile.am: an alias whose language has a catalog of
# its own is none), for tcerr_languages and the named lookups: the lists
# live there only.
BUILT_SOURCES += src/lib/languages.inc
CLEANFILES += src/lib/languages.inc
src/lib/languages.inc: $(srcdir)/po/LINGUAS $(srcdir)/Makefile.am
	$(AM_V_GEN)$(MKDIR_P) src/lib && \
	linguas=`sed -e 's/#.*//' $(srcdir)/po/LINGUAS | tr -s ' \t' '\n\n'`; \
	{ echo '/* Generated from po/LINGUAS and Makefile.am by src/lib/local.mk.  */'; \
	  for lang in en $$linguas; do echo "$$lang"; done | LC_ALL=C sort -u \
	    | sed -e 's/.*/TCERR_LANGUAGE ("&")/'; \
	  for pair in $(CATALOG_ALIASES); do \
	    alias=`echo "$$pair" | sed -e 's/=.*//'`; \
	    target=`echo "$$pair" | sed -e 's/.*=//'`; \
	    echo "$$linguas" | grep -qx "$$alias" && continue; \
	    echo "TCERR_CATALOG_ALIAS (\"$$alias\", \"$$target\")"; \
	  done; } > $@.tmp && mv $@.tmp $@
