# SPDX-License-Identifier: LGPL-2.1-or-later
## Tests of the maintainer side: the catalog files themselves, gen-tables,
## the page reader, the twin alignment and tcerr-import end to end.

TEST_MAINT_CPPFLAGS = $(TEST_HELP_CPPFLAGS) -I$(top_srcdir)/src/maint \
  -I$(top_srcdir)/src/util
TEST_MAINT_LDADD = tests/helpers/libtesthelp.a $(MAINT_LDADD) \
  src/lib/libtcerr.la $(CMOCKA_LIBS)

MAINT_TEST_PROGS = \
  tests/maint/test-po-files \
  tests/maint/test-page \
  tests/maint/test-align \
  tests/maint/test-sdk \
  tests/maint/test-english-checks
if BUILD_MAINT
if HAVE_CMOCKA
check_PROGRAMS += $(MAINT_TEST_PROGS)
endif
endif
tests_maint_test_po_files_CPPFLAGS = $(TEST_MAINT_CPPFLAGS)
tests_maint_test_po_files_CFLAGS = $(TEST_CFLAGS)
tests_maint_test_po_files_LDADD = $(TEST_MAINT_LDADD)
tests_maint_test_page_CPPFLAGS = $(TEST_MAINT_CPPFLAGS)
tests_maint_test_page_CFLAGS = $(TEST_CFLAGS)
tests_maint_test_page_LDADD = $(TEST_MAINT_LDADD)
tests_maint_test_align_CPPFLAGS = $(TEST_MAINT_CPPFLAGS)
tests_maint_test_align_CFLAGS = $(TEST_CFLAGS)
tests_maint_test_align_LDADD = $(TEST_MAINT_LDADD)
tests_maint_test_sdk_CPPFLAGS = $(TEST_MAINT_CPPFLAGS)
tests_maint_test_sdk_CFLAGS = $(TEST_CFLAGS)
tests_maint_test_sdk_LDADD = $(TEST_MAINT_LDADD)
tests_maint_test_english_checks_CPPFLAGS = $(TEST_MAINT_CPPFLAGS)
tests_maint_test_english_checks_CFLAGS = $(TEST_CFLAGS)
tests_maint_test_english_checks_LDADD = $(TEST_MAINT_LDADD)

# A rename that fails on demand, preloaded into tcerr-import by
# import-failures.test (a shared object: -rpath makes libtool build one).
if BUILD_MAINT
check_LTLIBRARIES = tests/maint/fail-rename.la
endif
tests_maint_fail_rename_la_SOURCES = tests/maint/fail-rename.c
tests_maint_fail_rename_la_CPPFLAGS = -I$(top_builddir)
tests_maint_fail_rename_la_LDFLAGS = -module -avoid-version -shared \
  -rpath /nowhere
tests_maint_fail_rename_la_LIBADD = -ldl

MAINT_TESTS = \
  tests/maint/po-files.test \
  tests/maint/po-msgfmt.test \
  tests/maint/gen-tables.test \
  tests/maint/page.test \
  tests/maint/align.test \
  tests/maint/import.test \
  tests/maint/import-failures.test \
  tests/maint/upstream-pages.test \
  tests/maint/sdk.test \
  tests/maint/sdk-import.test \
  tests/maint/english-checks.test
MAINT_NLS_TESTS = \
  tests/maint/catalogs-fresh.test \
  tests/maint/translator.test
if BUILD_MAINT
if HAVE_CMOCKA
TESTS += $(MAINT_TESTS)
if NLS
TESTS += $(MAINT_NLS_TESTS)
endif
endif
endif
EXTRA_DIST += $(MAINT_TESTS) $(MAINT_NLS_TESTS)

# Every upstream error-code page with its twins, as upstream-pages.test imports
# them (see its README.md).
EXTRA_DIST += \
  tests/maint/upstream-pages/as-error_codes.en.md \
  tests/maint/upstream-pages/as-error_codes.ja.md \
  tests/maint/upstream-pages/as-error_codes.ko.md \
  tests/maint/upstream-pages/as-error_codes.zh.md \
  tests/maint/upstream-pages/as.en.md \
  tests/maint/upstream-pages/as.zh.md \
  tests/maint/upstream-pages/billing.en.md \
  tests/maint/upstream-pages/billing.zh.md \
  tests/maint/upstream-pages/cam.en.md \
  tests/maint/upstream-pages/cam.zh.md \
  tests/maint/upstream-pages/cbs.en.md \
  tests/maint/upstream-pages/cbs.zh.md \
  tests/maint/upstream-pages/cdb.ja.md \
  tests/maint/upstream-pages/cdb.ko.md \
  tests/maint/upstream-pages/cdb.zh.md \
  tests/maint/upstream-pages/cdn-20190605.en.md \
  tests/maint/upstream-pages/cdn-20190605.zh.md \
  tests/maint/upstream-pages/cdn.en.md \
  tests/maint/upstream-pages/cdn.zh.md \
  tests/maint/upstream-pages/clb.ja.md \
  tests/maint/upstream-pages/clb.ko.md \
  tests/maint/upstream-pages/clb.zh.md \
  tests/maint/upstream-pages/dc.zh.md \
  tests/maint/upstream-pages/emr.en.md \
  tests/maint/upstream-pages/emr.zh.md \
  tests/maint/upstream-pages/es.en.md \
  tests/maint/upstream-pages/es.zh.md \
  tests/maint/upstream-pages/gaap.zh.md \
  tests/maint/upstream-pages/gme.zh.md \
  tests/maint/upstream-pages/iotcloud.en.md \
  tests/maint/upstream-pages/iotcloud.zh.md \
  tests/maint/upstream-pages/live.en.md \
  tests/maint/upstream-pages/live.zh.md \
  tests/maint/upstream-pages/mongodb.en.md \
  tests/maint/upstream-pages/mongodb.ja.md \
  tests/maint/upstream-pages/mongodb.ko.md \
  tests/maint/upstream-pages/ms.zh.md \
  tests/maint/upstream-pages/organization.en.md \
  tests/maint/upstream-pages/organization.zh.md \
  tests/maint/upstream-pages/scf.en.md \
  tests/maint/upstream-pages/scf.zh.md \
  tests/maint/upstream-pages/sqlserver.en.md \
  tests/maint/upstream-pages/sqlserver.zh.md \
  tests/maint/upstream-pages/tke.en.md \
  tests/maint/upstream-pages/tke.zh.md \
  tests/maint/upstream-pages/yunjing.en.md \
  tests/maint/upstream-pages/yunjing.zh.md \
  tests/maint/upstream-pages/README.md

# The Go SDKs' errors.go (tencentcloud-sdk-go*/) that sdk.test reads whole:
# the copies kept in upstream/sdk, unless TCERR_UPSTREAM names other checkouts.
AM_TESTS_ENVIRONMENT += \
  TCERR_UPSTREAM="$${TCERR_UPSTREAM:-$(abs_top_srcdir)/upstream/sdk}"; \
  export TCERR_UPSTREAM;

clean-local: clean-maint-test-trees
clean-maint-test-trees:
	rm -rf tests/maint/import-work tests/maint/*.work
.PHONY: clean-maint-test-trees
