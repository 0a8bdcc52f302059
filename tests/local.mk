## Tests of the library (included from Makefile.am).
##
## Every test runs with a pinned environment: no LANG, LC_* or LANGUAGE from
## the caller; locales built here with localedef (the machine has only C and
## C.UTF-8) and found through LOCPATH; the catalogs of this build tree,
## installed under tests/catalogs exactly as "make install" lays them out,
## found through TCERR_LOCALEDIR.  Each *.test script picks a language and
## runs a cmocka program, which reports one TAP line per test case.

TEST_EXTENSIONS = .test
TEST_LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
TEST_LOG_COMPILER = $(SHELL)
AM_TESTS_ENVIRONMENT = \
  unset LANG LANGUAGE LC_ALL LC_MESSAGES LC_CTYPE LC_COLLATE; \
  LOCPATH='$(abs_top_builddir)/tests/locales'; export LOCPATH; \
  TCERR_LOCALEDIR='$(abs_top_builddir)/tests/catalogs'; export TCERR_LOCALEDIR; \
  TCERR_PAGES='$(abs_top_srcdir)/po/pages'; export TCERR_PAGES; \
  CMOCKA_MESSAGE_OUTPUT=TAP; export CMOCKA_MESSAGE_OUTPUT; \
  tests='$(abs_top_builddir)/tests'; export tests; \
  srcdir_tests='$(abs_top_srcdir)/tests'; export srcdir_tests; \
  srcdir_po='$(abs_top_srcdir)/po'; export srcdir_po; \
  MSGFMT='$(MSGFMT)'; export MSGFMT; \
  TEST_RUNNER='$(TEST_RUNNER)'; export TEST_RUNNER; \
  LSAN_OPTIONS='suppressions=$(abs_top_srcdir)/tests/lsan.supp:print_suppressions=0'; export LSAN_OPTIONS;

# "make check-valgrind" runs every test program under valgrind.
TEST_RUNNER =
VALGRIND_RUNNER = $(LIBTOOL) --mode=execute valgrind -q --error-exitcode=99 \
  --leak-check=full --errors-for-leak-kinds=definite \
  --suppressions=$(abs_top_srcdir)/tests/valgrind.supp
check-valgrind:
	$(MAKE) $(AM_MAKEFLAGS) check TEST_RUNNER='$(VALGRIND_RUNNER)'
.PHONY: check-valgrind

# Locales the tests need, built once into the build tree.
TEST_LOCALES = zh_CN.UTF-8 en_US.UTF-8 zh_CN.GB18030
tests/locales/.stamp:
	$(AM_V_GEN)rm -rf tests/locales && $(MKDIR_P) tests/locales && \
	for l in $(TEST_LOCALES); do \
	  $(LOCALEDEF) -i `echo $$l | sed -e 's/\..*//'` -f `echo $$l | sed -e 's/.*\.//'` \
	    tests/locales/$$l || exit 1; \
	done && touch $@

# The catalogs, refreshed at every "make check" (a .po may have changed).
test-catalogs:
	$(AM_V_GEN)rm -rf tests/catalogs && \
	for d in $(SUBDIRS); do \
	  (cd $$d && $(MAKE) $(AM_MAKEFLAGS) install-data-yes DESTDIR= \
	     localedir='$(abs_top_builddir)/tests/catalogs') >/dev/null || exit 1; \
	done
.PHONY: test-catalogs

check_DATA = tests/locales/.stamp
if NLS
check_DATA += test-catalogs
endif

clean-local: clean-test-trees
clean-test-trees:
	rm -rf tests/locales tests/catalogs tests/import-work
.PHONY: clean-test-trees

# Helpers shared by the test programs.
check_LIBRARIES = tests/libtesthelp.a
tests_libtesthelp_a_SOURCES = tests/oracle.c tests/oracle.h \
  tests/cases.c tests/cases.h
tests_libtesthelp_a_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)

TEST_LDADD = src/libtcerr.la tests/libtesthelp.a $(CMOCKA_LIBS)
TEST_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)

check_PROGRAMS = \
  tests/example \
  tests/test-zh-catalog \
  tests/test-english \
  tests/test-fallback \
  tests/test-message-r \
  tests/test-bad-input \
  tests/test-locale-threads \
  tests/test-codeset \
  tests/test-po-files
tests_example_LDADD = src/libtcerr.la
tests_test_zh_catalog_LDADD = $(TEST_LDADD)
tests_test_zh_catalog_CFLAGS = $(TEST_CFLAGS)
tests_test_english_LDADD = $(TEST_LDADD)
tests_test_english_CFLAGS = $(TEST_CFLAGS)
tests_test_fallback_LDADD = $(TEST_LDADD)
tests_test_fallback_CFLAGS = $(TEST_CFLAGS)
tests_test_message_r_LDADD = $(TEST_LDADD)
tests_test_message_r_CFLAGS = $(TEST_CFLAGS)
tests_test_bad_input_LDADD = $(TEST_LDADD)
tests_test_bad_input_CFLAGS = $(TEST_CFLAGS)
tests_test_locale_threads_LDADD = $(TEST_LDADD)
tests_test_locale_threads_CFLAGS = $(TEST_CFLAGS)
tests_test_codeset_LDADD = $(TEST_LDADD)
tests_test_codeset_CFLAGS = $(TEST_CFLAGS)
tests_test_po_files_LDADD = $(TEST_LDADD) src/libmaint.a $(GETTEXTPO_LIBS)
tests_test_po_files_CFLAGS = $(TEST_CFLAGS)

# English, wherever no catalog applies, and with the en catalog.
TESTS = \
  tests/po-files.test \
  tests/po-msgfmt.test \
  tests/gen-en-table.test \
  tests/english-c-locale.test \
  tests/english-language-ja.test \
  tests/fallback-c-locale.test \
  tests/bad-input.test
if NLS
TESTS += \
  tests/catalogs-fresh.test \
  tests/example.test \
  tests/zh-catalog-locale.test \
  tests/zh-catalog-language.test \
  tests/zh-catalog-language-priority.test \
  tests/english-language-en.test \
  tests/english-locale-en-us.test \
  tests/english-language-priority.test \
  tests/english-no-catalogs.test \
  tests/fallback-zh.test \
  tests/message-r-zh.test \
  tests/locale-threads.test \
  tests/codeset-gb18030.test
endif
EXTRA_DIST += $(TESTS) tests/tap.sh tests/lsan.supp tests/valgrind.supp


# Figures, not tests: "make bench" prints the cost of a lookup in C, in
# Chinese (LANGUAGE=zh_CN) and with a real zh_CN.UTF-8 locale.
EXTRA_PROGRAMS = tests/bench-lookup
tests_bench_lookup_LDADD = src/libtcerr.la
CLEANFILES += tests/bench-lookup$(EXEEXT)
bench: tests/bench-lookup$(EXEEXT) test-catalogs tests/locales/.stamp
	@$(AM_TESTS_ENVIRONMENT) \
	for env in LC_ALL=C "LC_ALL=C.UTF-8 LANGUAGE=zh_CN" LC_ALL=zh_CN.UTF-8; do \
	  env $$env tests/bench-lookup$(EXEEXT) || exit 1; echo; \
	done
.PHONY: bench

# tcerr-import, end to end, on copies of the catalogs in the build tree.
check_PROGRAMS += tests/test-import
tests_test_import_LDADD = tests/libtesthelp.a src/libmaint.a \
  $(GETTEXTPO_LIBS) $(CMOCKA_LIBS)
tests_test_import_CFLAGS = $(TEST_CFLAGS)
TESTS += tests/import.test
EXTRA_DIST += tests/import.test
