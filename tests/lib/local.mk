# SPDX-License-Identifier: LGPL-2.1-or-later
## Tests of libtcerr: cmocka programs run by *.test scripts, each script
## picking a language (see tests/local.mk for the pinned environment).

TEST_LIB_LDADD = src/lib/libtcerr.la tests/helpers/libtesthelp.a \
  $(CMOCKA_LIBS)

LIB_TEST_PROGS = \
  tests/lib/test-zh-catalog \
  tests/lib/test-english \
  tests/lib/test-fallback \
  tests/lib/test-message-r \
  tests/lib/test-bad-input \
  tests/lib/test-locale-threads \
  tests/lib/test-codeset \
  tests/lib/test-names \
  tests/lib/test-key-order \
  tests/lib/test-lookup-any \
  tests/lib/test-sdk-catalog \
  tests/lib/test-switches \
  tests/lib/test-lang \
  tests/lib/test-chain
if HAVE_CMOCKA
check_PROGRAMS += $(LIB_TEST_PROGS)
endif
check_PROGRAMS += tests/lib/example
tests_lib_example_CPPFLAGS = -I$(top_builddir) -I$(top_srcdir)/include
tests_lib_example_LDADD = src/lib/libtcerr.la
tests_lib_test_zh_catalog_CPPFLAGS = $(TEST_HELP_CPPFLAGS)
tests_lib_test_zh_catalog_CFLAGS = $(TEST_CFLAGS)
tests_lib_test_zh_catalog_LDADD = $(TEST_LIB_LDADD)
tests_lib_test_english_CPPFLAGS = $(TEST_HELP_CPPFLAGS)
tests_lib_test_english_CFLAGS = $(TEST_CFLAGS)
tests_lib_test_english_LDADD = $(TEST_LIB_LDADD)
tests_lib_test_fallback_CPPFLAGS = $(TEST_HELP_CPPFLAGS)
tests_lib_test_fallback_CFLAGS = $(TEST_CFLAGS)
tests_lib_test_fallback_LDADD = $(TEST_LIB_LDADD)
tests_lib_test_message_r_CPPFLAGS = $(TEST_HELP_CPPFLAGS)
tests_lib_test_message_r_CFLAGS = $(TEST_CFLAGS)
tests_lib_test_message_r_LDADD = $(TEST_LIB_LDADD)
tests_lib_test_bad_input_CPPFLAGS = $(TEST_HELP_CPPFLAGS)
tests_lib_test_bad_input_CFLAGS = $(TEST_CFLAGS)
tests_lib_test_bad_input_LDADD = $(TEST_LIB_LDADD)
tests_lib_test_locale_threads_CPPFLAGS = $(TEST_HELP_CPPFLAGS)
tests_lib_test_locale_threads_CFLAGS = $(TEST_CFLAGS)
tests_lib_test_locale_threads_LDADD = $(TEST_LIB_LDADD)
tests_lib_test_codeset_CPPFLAGS = $(TEST_HELP_CPPFLAGS)
tests_lib_test_codeset_CFLAGS = $(TEST_CFLAGS)
tests_lib_test_codeset_LDADD = $(TEST_LIB_LDADD)
tests_lib_test_names_CPPFLAGS = $(TEST_HELP_CPPFLAGS)
tests_lib_test_names_CFLAGS = $(TEST_CFLAGS)
tests_lib_test_names_LDADD = $(TEST_LIB_LDADD)
tests_lib_test_key_order_CPPFLAGS = $(TEST_HELP_CPPFLAGS)
tests_lib_test_key_order_CFLAGS = $(TEST_CFLAGS)
tests_lib_test_key_order_LDADD = $(TEST_LIB_LDADD)
tests_lib_test_lookup_any_CPPFLAGS = $(TEST_HELP_CPPFLAGS)
tests_lib_test_lookup_any_CFLAGS = $(TEST_CFLAGS)
tests_lib_test_lookup_any_LDADD = $(TEST_LIB_LDADD)
tests_lib_test_sdk_catalog_CPPFLAGS = $(TEST_HELP_CPPFLAGS)
tests_lib_test_sdk_catalog_CFLAGS = $(TEST_CFLAGS)
tests_lib_test_sdk_catalog_LDADD = $(TEST_LIB_LDADD)
tests_lib_test_lang_CPPFLAGS = $(TEST_HELP_CPPFLAGS)
tests_lib_test_lang_CFLAGS = $(TEST_CFLAGS)
tests_lib_test_lang_LDADD = $(TEST_LIB_LDADD)
tests_lib_test_switches_CPPFLAGS = $(TEST_HELP_CPPFLAGS)
tests_lib_test_switches_CFLAGS = $(TEST_CFLAGS)
tests_lib_test_switches_LDADD = $(TEST_LIB_LDADD)
# The chain alone: lookup.c with the test's registry and catalog in place of
# key-table.c and textdomain.c.
tests_lib_test_chain_SOURCES = tests/lib/test-chain.c src/lib/lookup.c \
  src/lib/names.c src/lib/copy.c src/lib/mo-file.c
tests_lib_test_chain_CPPFLAGS = $(TEST_HELP_CPPFLAGS) -I$(top_srcdir)/src/lib
tests_lib_test_chain_CFLAGS = $(TEST_CFLAGS)
tests_lib_test_chain_LDADD = tests/helpers/libtesthelp.a $(CMOCKA_LIBS)

AM_TESTS_ENVIRONMENT += NM='$(NM)'; export NM;

# English, wherever no catalog applies, and with the en catalog.
LIB_TESTS = \
  tests/lib/english-c-locale.test \
  tests/lib/english-language-ja.test \
  tests/lib/fallback-c-locale.test \
  tests/lib/lookup-any-c-locale.test \
  tests/lib/sdk-catalog-c-locale.test \
  tests/lib/chain.test \
  tests/lib/no-libc-internals.test \
  tests/lib/names.test \
  tests/lib/key-order.test \
  tests/lib/bad-input.test
LIB_NLS_TESTS = \
  tests/lib/example.test \
  tests/lib/zh-catalog-locale.test \
  tests/lib/zh-catalog-language.test \
  tests/lib/zh-catalog-language-priority.test \
  tests/lib/zh-catalog-language-zh.test \
  tests/lib/zh-catalog-locale-zh-sg.test \
  tests/lib/zh-catalog-locale-zh-hk.test \
  tests/lib/sdk-catalog-locale-zh-tw.test \
  tests/lib/sdk-catalog-language-zh-tw.test \
  tests/lib/english-language-ja-zh-locale.test \
  tests/lib/english-language-en.test \
  tests/lib/english-locale-en-us.test \
  tests/lib/english-language-priority.test \
  tests/lib/english-no-catalogs.test \
  tests/lib/fallback-zh.test \
  tests/lib/lookup-any-zh.test \
  tests/lib/sdk-catalog-zh.test \
  tests/lib/sdk-catalog-en.test \
  tests/lib/message-r-zh.test \
  tests/lib/locale-threads.test \
  tests/lib/switches.test \
  tests/lib/lang-names.test \
  tests/lib/lang-threads.test \
  tests/lib/lang-catalogs.test \
  tests/lib/lang-zh-catalog.test \
  tests/lib/lang-sdk-catalog-zh.test \
  tests/lib/lang-sdk-catalog-en.test \
  tests/lib/lang-english-c.test \
  tests/lib/lang-english-no-catalog.test \
  tests/lib/lang-fallback-zh.test \
  tests/lib/lang-fallback-en.test \
  tests/lib/lang-lookup-any-zh.test \
  tests/lib/lang-lookup-any-en.test \
  tests/lib/lang-message-r-zh.test \
  tests/lib/codeset-gb18030.test
if HAVE_CMOCKA
TESTS += $(LIB_TESTS)
if NLS
TESTS += $(LIB_NLS_TESTS)
endif
endif
EXTRA_DIST += $(LIB_TESTS) $(LIB_NLS_TESTS) tests/lib/tested-lang.h

# Figures, not tests: "make bench" prints what a lookup costs (see
# tests/lib/bench-lookup.c and tests/cli/bench-command.c), as name=value
# lines: in Chinese (LANGUAGE=zh_CN) and in English (LANGUAGE=en), through
# gettext and in the language named, and in the C locale.
EXTRA_PROGRAMS += tests/lib/bench-lookup
tests_lib_bench_lookup_CPPFLAGS = -I$(top_builddir) -I$(top_srcdir)/include
tests_lib_bench_lookup_LDADD = src/lib/libtcerr.la $(LIBINTL) -lpthread
tests_lib_bench_lookup_SOURCES = tests/lib/bench-lookup.c
nodist_tests_lib_bench_lookup_SOURCES = tests/lib/bench-perfect-hash.c
CLEANFILES += tests/lib/bench-lookup$(EXEEXT) tests/lib/bench-perfect-hash.c
# The reference for c_locale_ns: gperf's perfect hash of every key, as
# "product:code" (made once per registry: gperf takes minutes on 14,000).
tests/lib/bench-perfect-hash.c: $(srcdir)/src/registry.def
	@test -n '$(GPERF)' || { \
	  echo "make bench needs gperf (Debian: gperf)" >&2; exit 1; }
	$(AM_V_GEN){ echo '%{'; echo '#include <string.h>'; \
	  echo 'const char *bench_perfect_hash (const char *, size_t);'; \
	  echo '%}'; \
	  echo '%define lookup-function-name bench_perfect_hash'; \
	  echo '%define hash-function-name bench_perfect_hash_value'; \
	  echo '%%'; \
	  $(AWK) -F'"' '/^TCERR_KEY/ { print $$2 ":" $$4 }' \
	    $(srcdir)/src/registry.def; } > $@.gperf && \
	$(GPERF) -L ANSI-C $@.gperf > $@.tmp && mv $@.tmp $@ && rm -f $@.gperf
bench: tests/lib/bench-lookup$(EXEEXT) test-catalogs tests/locales/.stamp
	@$(AM_TESTS_ENVIRONMENT) \
	for env in "LC_ALL=C.UTF-8 LANGUAGE=zh_CN" "LC_ALL=C.UTF-8 LANGUAGE=en"; do \
	  echo "# $$env, every key"; \
	  env $$env tests/lib/bench-lookup$(EXEEXT) || exit 1; echo; \
	  echo "# $$env, the keys of cbs and sqlserver"; \
	  env $$env tests/lib/bench-lookup$(EXEEXT) cbs sqlserver || exit 1; \
	  echo; \
	done
# scale_over_base: the seed pages' keys, in the full library and in one
# made of them alone (tests/lib/bench-scale.sh, with tcerr-import).
if BUILD_MAINT
BENCH_SCALE = bench-scale
endif
bench: $(BENCH_SCALE)
bench-scale: tests/lib/bench-lookup$(EXEEXT) test-catalogs \
  src/maint/tcerr-import$(EXEEXT) src/maint/gen-tables$(EXEEXT)
	@$(AM_TESTS_ENVIRONMENT) \
	echo "# LC_ALL=C.UTF-8 LANGUAGE=zh_CN, the seed pages' keys, full and base"; \
	LC_ALL=C.UTF-8 LANGUAGE=zh_CN MSGFMT='$(MSGFMT)' \
	MSGATTRIB='$(MSGATTRIB)' MSGMERGE='$(MSGMERGE)' \
	$(SHELL) $(srcdir)/tests/lib/bench-scale.sh '$(srcdir)' '$(CC)' \
	  '$(CFLAGS)' '-lpthread $(LIBINTL)'; echo
.PHONY: bench-scale
EXTRA_DIST += tests/lib/bench-scale.sh
.PHONY: bench

clean-local: clean-lib-test-trees
clean-lib-test-trees:
	rm -rf tests/lib/no-catalogs.* tests/lib/lang-catalogs.* \
	  tests/bench-base
.PHONY: clean-lib-test-trees

# The manual (src/lib/man): the pages format without warnings and document
# every exported function with its prototype; the program of each page's
# EXAMPLES, compiled as a user would (the source tree's <tcerr.h>, this
# build's libtcerr.la, the project's warnings), prints what the page shows.
LIB_MAN_TESTS = \
  tests/lib/man-pages.test \
  tests/lib/man-examples.test
TESTS += $(LIB_MAN_TESTS)
EXTRA_DIST += $(LIB_MAN_TESTS) tests/lib/man-roff.awk
AM_TESTS_ENVIRONMENT += \
  MAN_EXAMPLE_LINK='$(LIBTOOL) --silent --mode=link $(CC) $(WARN_CFLAGS) \
    $(CFLAGS) -I$(abs_top_srcdir)/include $(CPPFLAGS) $(LDFLAGS) -no-install'; \
  export MAN_EXAMPLE_LINK; \
  MAN_EXAMPLE_LIBS='$(abs_top_builddir)/src/lib/libtcerr.la'; \
  export MAN_EXAMPLE_LIBS; \
  MAN_NLS='$(USE_NLS)'; export MAN_NLS;
clean-local: clean-lib-man-tests
clean-lib-man-tests:
	rm -rf tests/lib/man-examples.dir tests/lib/man-pages.out \
	  tests/lib/man-pages.out.decls
.PHONY: clean-lib-man-tests

# Products and their names (tcerr_products, tcerr_product_name) against
# upstream: the tests' product oracle (tests/helpers/product-oracle.c).
if HAVE_CMOCKA
check_PROGRAMS += tests/lib/test-product-names
endif
tests_lib_test_product_names_CPPFLAGS = $(TEST_HELP_CPPFLAGS)
tests_lib_test_product_names_CFLAGS = $(TEST_CFLAGS)
tests_lib_test_product_names_LDADD = $(TEST_LIB_LDADD)
PRODUCT_NAMES_TESTS = tests/lib/product-names-c-locale.test \
  tests/lib/product-names-no-catalogs.test
PRODUCT_NAMES_NLS_TESTS = tests/lib/product-names-zh.test
if HAVE_CMOCKA
TESTS += $(PRODUCT_NAMES_TESTS)
if NLS
TESTS += $(PRODUCT_NAMES_NLS_TESTS)
endif
endif
EXTRA_DIST += $(PRODUCT_NAMES_TESTS) $(PRODUCT_NAMES_NLS_TESTS)
