## libtcerr: the lookup chain, the compiled registry, the gettext glue.
## It needs libintl only: the English table generated from po/en.po is
## distributed, and made again only when po/en.po or the registry changes.

include_HEADERS += include/tcerr.h
lib_LTLIBRARIES += src/lib/libtcerr.la
src_lib_libtcerr_la_SOURCES = \
  src/lib/internal.h \
  src/lib/lookup.c \
  src/lib/names.c \
  src/lib/product-name.c \
  src/lib/language.c \
  src/lib/key-table.c \
  src/lib/key-hash.h \
  src/lib/textdomain.c \
  src/lib/catalog-cache.c \
  src/lib/copy.c
src_lib_libtcerr_la_CPPFLAGS = -I$(top_builddir) -I$(top_srcdir)/include \
  -I$(top_srcdir)/src/lib -DLOCALEDIR='"$(localedir)"'
src_lib_libtcerr_la_LIBADD = $(LTLIBINTL)
src_lib_libtcerr_la_LDFLAGS = -version-info $(LIBTCERR_LT_VERSION) \
  -no-undefined -export-symbols $(srcdir)/src/lib/libtcerr.sym
EXTRA_DIST += src/lib/libtcerr.sym

pkgconfig_DATA += tcerr.pc

# The English catalog compiled into the library.  Like a .gmo, it lives in
# the source tree and is distributed, so building from a tarball needs
# neither libgettextpo nor a native gen-en-table (cross builds work).
EXTRA_DIST += src/lib/en-table.inc
BUILT_SOURCES += $(srcdir)/src/lib/en-table.inc
MAINTAINERCLEANFILES += $(srcdir)/src/lib/en-table.inc
if BUILD_MAINT
$(srcdir)/src/lib/en-table.inc: $(srcdir)/po/en.po $(srcdir)/src/registry.def \
  $(srcdir)/src/maint/gen-en-table.c
	$(AM_V_at)$(MAKE) $(AM_MAKEFLAGS) src/maint/gen-en-table$(EXEEXT)
	$(AM_V_GEN)LSAN_OPTIONS='suppressions=$(abs_top_srcdir)/tests/helpers/lsan.supp:print_suppressions=0' \
	  src/maint/gen-en-table$(EXEEXT) $(srcdir)/po/en.po $@
else
$(srcdir)/src/lib/en-table.inc: $(srcdir)/po/en.po $(srcdir)/src/registry.def
	@echo "$@ is older than po/en.po or src/registry.def;" >&2; \
	echo "making it needs libgettextpo (configure found none)." >&2; \
	exit 1
endif

# The registry as the library reads it (offsets, and a hash table),
# generated at build time from registry.def by a tool of the library's own
# (no dependency); distributed like en-table.inc.
EXTRA_DIST += src/lib/key-table.inc
BUILT_SOURCES += $(srcdir)/src/lib/key-table.inc
MAINTAINERCLEANFILES += $(srcdir)/src/lib/key-table.inc
EXTRA_PROGRAMS += src/lib/gen-key-table
src_lib_gen_key_table_SOURCES = src/lib/gen-key-table.c src/lib/key-hash.h
src_lib_gen_key_table_CPPFLAGS = -I$(top_builddir) -I$(top_srcdir)/src/lib
CLEANFILES += src/lib/gen-key-table$(EXEEXT)
$(srcdir)/src/lib/key-table.inc: $(srcdir)/src/registry.def \
  $(srcdir)/src/lib/gen-key-table.c $(srcdir)/src/lib/key-hash.h
	$(AM_V_at)$(MAKE) $(AM_MAKEFLAGS) src/lib/gen-key-table$(EXEEXT)
	$(AM_V_GEN)src/lib/gen-key-table$(EXEEXT) $@
