# SPDX-License-Identifier: LGPL-2.1-or-later
## What every test shares: the pinned environment, the locales and
## catalogs of the build tree, the helper library, valgrind.  The tests
## themselves are in tests/lib, tests/cli and tests/maint.
##
## Every test runs with a pinned environment: no LANG, LC_* or LANGUAGE from
## the caller; locales built here with localedef (the machine has only C and
## C.UTF-8) and found through LOCPATH; the catalogs of this build tree,
## installed under tests/catalogs exactly as "make install" lays them out
## (the zh alias of zh_CN included), found through TCERR_LOCALEDIR.  Each
## *.test script picks a language and runs a cmocka program, which reports
## one TAP line per test case.

TEST_EXTENSIONS = .test
TEST_LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
TEST_LOG_COMPILER = $(SHELL)
AM_TESTS_ENVIRONMENT += \
  unset LANG LANGUAGE LC_ALL LC_MESSAGES LC_CTYPE LC_COLLATE; \
  LOCPATH='$(abs_top_builddir)/tests/locales'; export LOCPATH; \
  TCERR_LOCALEDIR='$(abs_top_builddir)/tests/catalogs'; export TCERR_LOCALEDIR; \
  TCERR_PAGES='$(abs_top_srcdir)/upstream/pages'; export TCERR_PAGES; \
  CMOCKA_MESSAGE_OUTPUT=TAP; export CMOCKA_MESSAGE_OUTPUT; \
  tests='$(abs_top_builddir)/tests'; export tests; \
  srcdir_tests='$(abs_top_srcdir)/tests'; export srcdir_tests; \
  srcdir_po='$(abs_top_srcdir)/po'; export srcdir_po; \
  srcdir_upstream='$(abs_top_srcdir)/upstream'; export srcdir_upstream; \
  MSGFMT='$(MSGFMT)'; export MSGFMT; \
  TEST_RUNNER='$(TEST_RUNNER)'; export TEST_RUNNER; \
  LSAN_OPTIONS='suppressions=$(abs_top_srcdir)/tests/helpers/lsan.supp:print_suppressions=0'; export LSAN_OPTIONS;

# "make check-valgrind" runs every test program under valgrind.  A run
# costs 20 to 50 times as much there, so the tests that run the same
# program on hundreds of entries take ten of them (sample in
# tests/cli/tap.sh) and the imports into the full catalogs one of each kind
# (tests/maint/import.test): the same paths, in 17 minutes on 2 cores.
TEST_RUNNER =
VALGRIND_RUNNER = $(LIBTOOL) --mode=execute valgrind -q --error-exitcode=99 \
  --leak-check=full --errors-for-leak-kinds=definite \
  --suppressions=$(abs_top_srcdir)/tests/helpers/valgrind.supp
check-valgrind:
	$(MAKE) $(AM_MAKEFLAGS) check TEST_RUNNER='$(VALGRIND_RUNNER)'
.PHONY: check-valgrind

# Locales the tests need, built once into the build tree.
# zh_SG, zh_TW and zh_HK: Chinese readers without a catalog of their own
# (they read zh_CN's through its zh alias, see Makefile.am).
TEST_LOCALES = zh_CN.UTF-8 en_US.UTF-8 zh_CN.GB18030 zh_SG.UTF-8 \
  zh_TW.UTF-8 zh_HK.UTF-8
tests/locales/.stamp:
	@test -n '$(LOCALEDEF)' || { \
	  echo "make check needs localedef (Debian: libc-bin); configure found none" >&2; \
	  exit 1; }
	$(AM_V_GEN)rm -rf tests/locales && $(MKDIR_P) tests/locales && \
	for l in $(TEST_LOCALES); do \
	  $(LOCALEDEF) -i `echo $$l | sed -e 's/\..*//'` -f `echo $$l | sed -e 's/.*\.//'` \
	    tests/locales/$$l || exit 1; \
	done && touch $@

# The catalogs, refreshed at every "make check" (a .po may have changed).
test-catalogs:
	$(AM_V_GEN)rm -rf tests/catalogs && \
	for d in $(SUBDIRS); do \
	  (cd $$d && $(MAKE) $(AM_MAKEFLAGS) install-data DESTDIR= \
	     localedir='$(abs_top_builddir)/tests/catalogs') >/dev/null || exit 1; \
	done && \
	$(MAKE) $(AM_MAKEFLAGS) catalog-aliases DESTDIR= \
	  localedir='$(abs_top_builddir)/tests/catalogs' >/dev/null
.PHONY: test-catalogs

check_DATA += tests/locales/.stamp
if NLS
check_DATA += test-catalogs
endif

clean-local: clean-test-trees
clean-test-trees:
	rm -rf tests/locales tests/catalogs
.PHONY: clean-test-trees

# Helpers shared by the test programs: the pages as oracle, the locale
# and environment set-up of the cmocka programs.
if HAVE_CMOCKA
check_LIBRARIES += tests/helpers/libtesthelp.a
else
# Without cmocka the test programs cannot be built: say so, don't skip.
check_DATA += no-cmocka
no-cmocka:
	@echo "make check needs cmocka (Debian: libcmocka-dev); configure found none" >&2
	@exit 1
endif
.PHONY: no-cmocka
tests_helpers_libtesthelp_a_SOURCES = \
  tests/helpers/oracle.c tests/helpers/oracle.h \
  tests/helpers/cases.c tests/helpers/cases.h \
  tests/helpers/sdk-oracle.c tests/helpers/sdk-oracle.h \
  tests/helpers/upstream.c tests/helpers/upstream.h \
  tests/helpers/common-english.c tests/helpers/common-english.h \
  tests/helpers/product-oracle.c tests/helpers/product-oracle.h \
  src/lib/key-order.c
tests_helpers_libtesthelp_a_CPPFLAGS = -I$(top_builddir) \
  -I$(top_srcdir)/include -I$(top_srcdir)/tests/helpers
tests_helpers_libtesthelp_a_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
EXTRA_DIST += tests/helpers/tap.sh tests/helpers/lsan.supp \
  tests/helpers/valgrind.supp

# The pages as the oracle reads them, for the shell tests: one line per
# row (see tests/helpers/page-rows.c).  It needs nothing but the C library.
check_PROGRAMS += tests/helpers/page-rows
tests_helpers_page_rows_SOURCES = tests/helpers/page-rows.c \
  tests/helpers/oracle.c tests/helpers/oracle.h
tests_helpers_page_rows_CPPFLAGS = -I$(top_builddir) \
  -I$(top_srcdir)/tests/helpers

# The keys upstream documents (pages and Go SDKs), for the shell tests (see
# tests/helpers/upstream-keys.c).
check_PROGRAMS += tests/helpers/upstream-keys
tests_helpers_upstream_keys_SOURCES = tests/helpers/upstream-keys.c \
  tests/helpers/upstream.c tests/helpers/upstream.h \
  tests/helpers/sdk-oracle.c tests/helpers/sdk-oracle.h \
  tests/helpers/oracle.c tests/helpers/oracle.h \
  tests/helpers/common-english.c tests/helpers/common-english.h \
  src/lib/key-order.c
tests_helpers_upstream_keys_CPPFLAGS = -I$(top_builddir) \
  -I$(top_srcdir)/include -I$(top_srcdir)/tests/helpers

# What a test program of the library or of the maintainer side needs.
TEST_HELP_CPPFLAGS = -I$(top_builddir) -I$(top_srcdir)/include \
  -I$(top_srcdir)/tests/helpers
TEST_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)

# The products upstream defines, with their Chinese names, for the shell
# tests (see tests/helpers/upstream-products.c).
check_PROGRAMS += tests/helpers/upstream-products
tests_helpers_upstream_products_SOURCES = tests/helpers/upstream-products.c \
  tests/helpers/product-oracle.c tests/helpers/product-oracle.h
tests_helpers_upstream_products_CPPFLAGS = -I$(top_builddir) \
  -I$(top_srcdir)/tests/helpers

# The layout of the tree: licence lines, no libc internals, nothing from
# outside the tree, README's line per folder (tests/layout.test).
TESTS += tests/layout.test
EXTRA_DIST += tests/layout.test
