# SPDX-License-Identifier: LGPL-2.1-or-later
## libFuzzer harnesses: the lookup API (fuzz-lookup.c), the page reader
## (fuzz-page.c), the Go SDK reader (fuzz-sdk.c), the --explain reader
## (fuzz-explain.c) and --filter with the line scanner (fuzz-filter.c),
## each with a seed corpus in tests/fuzz/corpus/HARNESS.
##
## "make check" builds each harness as an ordinary program, with
## replay.c for its main(), and replays its corpus (replay-HARNESS.test),
## under valgrind for "make check-valgrind".  "make fuzz" builds them with
## clang's libFuzzer and sanitizers and runs each for FUZZ_SECONDS on a
## scratch copy of its corpus (tests/fuzz/work/HARNESS); what it finds
## (crash-*, leak-*, timeout-* there) goes into the corpus by hand.

FUZZ_CPPFLAGS = -I$(top_builddir) -I$(top_srcdir)/include \
  -I$(top_srcdir)/tests/fuzz

FUZZ_HARNESSES = lookup
check_PROGRAMS += tests/fuzz/fuzz-lookup
FUZZ_TESTS = tests/fuzz/replay-lookup.test
if BUILD_MAINT
FUZZ_HARNESSES += page sdk
check_PROGRAMS += tests/fuzz/fuzz-page tests/fuzz/fuzz-sdk
FUZZ_TESTS += tests/fuzz/replay-page.test tests/fuzz/replay-sdk.test
endif
if BUILD_CLI
FUZZ_HARNESSES += explain filter
check_PROGRAMS += tests/fuzz/fuzz-explain tests/fuzz/fuzz-filter
FUZZ_TESTS += tests/fuzz/replay-explain.test tests/fuzz/replay-filter.test
endif
if HAVE_CMOCKA
TESTS += $(FUZZ_TESTS)
endif

tests_fuzz_fuzz_lookup_SOURCES = tests/fuzz/fuzz-lookup.c \
  tests/fuzz/replay.c tests/fuzz/fuzz.h
tests_fuzz_fuzz_lookup_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_fuzz_lookup_LDADD = src/lib/libtcerr.la

tests_fuzz_fuzz_page_SOURCES = tests/fuzz/fuzz-page.c \
  tests/fuzz/replay.c tests/fuzz/fuzz.h
tests_fuzz_fuzz_page_CPPFLAGS = $(FUZZ_CPPFLAGS) \
  -I$(top_srcdir)/src/maint -I$(top_srcdir)/src/util
tests_fuzz_fuzz_page_LDADD = $(MAINT_LDADD) src/lib/libtcerr.la

tests_fuzz_fuzz_sdk_SOURCES = tests/fuzz/fuzz-sdk.c \
  tests/fuzz/replay.c tests/fuzz/fuzz.h
tests_fuzz_fuzz_sdk_CPPFLAGS = $(tests_fuzz_fuzz_page_CPPFLAGS)
tests_fuzz_fuzz_sdk_LDADD = $(MAINT_LDADD) src/lib/libtcerr.la

# The reader of --explain and what it calls, from src/cli.
FUZZ_EXPLAIN_CLI_SRCS = $(CLI_EXPLAIN_SRCS)
tests_fuzz_fuzz_explain_SOURCES = tests/fuzz/fuzz-explain.c \
  tests/fuzz/replay.c tests/fuzz/fuzz.h $(FUZZ_EXPLAIN_CLI_SRCS)
tests_fuzz_fuzz_explain_CPPFLAGS = $(FUZZ_CPPFLAGS) \
  -I$(top_srcdir)/src/cli -I$(top_srcdir)/src/util
tests_fuzz_fuzz_explain_CFLAGS = $(AM_CFLAGS) $(JSON_C_CFLAGS) \
  $(CMARK_GFM_CFLAGS)
tests_fuzz_fuzz_explain_LDADD = src/util/libutil.a src/lib/libtcerr.la \
  $(JSON_C_LIBS) $(LTLIBINTL)

# --filter and the scanner under it, with what prints its explanations.
FUZZ_FILTER_CLI_SRCS = src/cli/filter.c $(FUZZ_EXPLAIN_CLI_SRCS) \
  src/cli/output.c src/cli/markdown.c src/cli/color.c
tests_fuzz_fuzz_filter_SOURCES = tests/fuzz/fuzz-filter.c \
  tests/fuzz/replay.c tests/fuzz/fuzz.h $(FUZZ_FILTER_CLI_SRCS)
tests_fuzz_fuzz_filter_CPPFLAGS = $(tests_fuzz_fuzz_explain_CPPFLAGS)
tests_fuzz_fuzz_filter_CFLAGS = $(tests_fuzz_fuzz_explain_CFLAGS)
tests_fuzz_fuzz_filter_LDADD = src/util/libutil.a src/lib/libtcerr.la \
  $(JSON_C_LIBS) $(CMARK_GFM_LIBS) $(LTLIBINTL)

# Whole folders: corpus files are added by hand.
EXTRA_DIST += tests/fuzz/replay.sh tests/fuzz/lsan.supp tests/fuzz/corpus \
  tests/fuzz/replay-lookup.test tests/fuzz/replay-page.test \
  tests/fuzz/replay-sdk.test tests/fuzz/replay-explain.test \
  tests/fuzz/replay-filter.test

# make fuzz [FUZZ_SECONDS=60] [CLANG=clang]: configure does not need
# clang, "make fuzz" does.  Each harness is compiled with the sources it
# exercises (so libFuzzer sees their coverage), the library's among them.
CLANG = clang
FUZZ_SECONDS = 60
FUZZ_FLAGS = -g -O1 -fno-omit-frame-pointer \
  -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
FUZZ_LIB_SRCS = src/lib/lookup.c src/lib/names.c src/lib/product-name.c \
  src/lib/language.c \
  src/lib/key-table.c src/lib/textdomain.c src/lib/copy.c \
  src/lib/lookup-lang.c src/lib/catalogs.c src/lib/mo-file.c \
  src/lib/key-order.c
FUZZ_UTIL_SRCS = src/util/diag.c src/util/xalloc.c src/util/read-file.c
FUZZ_MAINT_SRCS = src/maint/page.c src/maint/sdk.c \
  src/maint/files.c
FUZZ_lookup_SRCS = $(FUZZ_LIB_SRCS)
FUZZ_lookup_FLAGS = $(LIBINTL)
FUZZ_page_SRCS = $(FUZZ_MAINT_SRCS) $(FUZZ_UTIL_SRCS) \
  $(FUZZ_LIB_SRCS)
FUZZ_page_FLAGS = -I$(top_srcdir)/src/maint -I$(top_srcdir)/src/util \
  $(LIBUNISTRING) $(LIBINTL)
FUZZ_sdk_SRCS = $(FUZZ_page_SRCS)
FUZZ_sdk_FLAGS = $(FUZZ_page_FLAGS)
FUZZ_explain_SRCS = $(FUZZ_EXPLAIN_CLI_SRCS) $(FUZZ_UTIL_SRCS) \
  $(FUZZ_LIB_SRCS)
FUZZ_explain_FLAGS = -I$(top_srcdir)/src/cli -I$(top_srcdir)/src/util \
  $(JSON_C_CFLAGS) $(CMARK_GFM_CFLAGS) $(JSON_C_LIBS) $(CMARK_GFM_LIBS) \
  $(LIBINTL)
FUZZ_filter_SRCS = $(FUZZ_FILTER_CLI_SRCS) $(FUZZ_UTIL_SRCS) \
  $(FUZZ_LIB_SRCS)
FUZZ_filter_FLAGS = $(FUZZ_explain_FLAGS)

fuzz-build: src/lib/languages.inc $(srcdir)/src/lib/key-table.inc
	@command -v '$(CLANG)' >/dev/null 2>&1 || { \
	  echo "make fuzz needs clang with libFuzzer (Debian: clang); CLANG=$(CLANG) is not found" >&2; \
	  exit 1; }
	$(AM_V_at)$(MKDIR_P) tests/fuzz/bin
	$(AM_V_GEN)for h in $(FUZZ_HARNESSES); do \
	  case $$h in \
	    lookup) srcs='$(FUZZ_lookup_SRCS)'; flags='$(FUZZ_lookup_FLAGS)';; \
	    page) srcs='$(FUZZ_page_SRCS)'; flags='$(FUZZ_page_FLAGS)';; \
	    sdk) srcs='$(FUZZ_sdk_SRCS)'; flags='$(FUZZ_sdk_FLAGS)';; \
	    explain) srcs='$(FUZZ_explain_SRCS)'; flags='$(FUZZ_explain_FLAGS)';; \
	    filter) srcs='$(FUZZ_filter_SRCS)'; flags='$(FUZZ_filter_FLAGS)';; \
	  esac; \
	  files=$(top_srcdir)/tests/fuzz/fuzz-$$h.c; \
	  for s in $$srcs; do \
	    case $$s in *.c) files="$$files $(top_srcdir)/$$s";; esac; \
	  done; \
	  echo "  CLANG    tests/fuzz/bin/fuzz-$$h"; \
	  $(CLANG) $(FUZZ_FLAGS) $(FUZZ_CPPFLAGS) -I$(top_srcdir)/src/lib \
	    -Isrc/lib -DLOCALEDIR='"$(localedir)"' $$files $$flags \
	    -o tests/fuzz/bin/fuzz-$$h || exit 1; \
	done

# Runs in the tests' pinned environment, with the build tree's catalogs.
fuzz: fuzz-build $(check_DATA)
	@$(AM_TESTS_ENVIRONMENT) \
	LSAN_OPTIONS='suppressions=$(abs_top_srcdir)/tests/fuzz/lsan.supp:print_suppressions=0'; \
	export LSAN_OPTIONS; \
	failed=; \
	for h in $(FUZZ_HARNESSES); do \
	  work=tests/fuzz/work/$$h; \
	  rm -rf $$work && $(MKDIR_P) $$work/corpus && \
	  cp $(top_srcdir)/tests/fuzz/corpus/$$h/* $$work/corpus/ && \
	  echo "fuzz-$$h: $(FUZZ_SECONDS) s, corpus $$work/corpus" && \
	  tests/fuzz/bin/fuzz-$$h -max_total_time=$(FUZZ_SECONDS) \
	    -print_final_stats=1 -artifact_prefix=$$work/ \
	    $(FUZZ_ARGS) $$work/corpus 2>$$work/log; \
	  status=$$?; \
	  grep -E '^stat::number_of_executed_units|^Done|^==.*ERROR|^SUMMARY' $$work/log; \
	  if test $$status -ne 0; then \
	    echo "fuzz-$$h failed (status $$status): see $$work/log" >&2; \
	    failed="$$failed $$h"; \
	  fi; \
	done; \
	test -z "$$failed" || { echo "make fuzz: failed:$$failed" >&2; exit 1; }
.PHONY: fuzz fuzz-build

clean-local: clean-fuzz
clean-fuzz:
	rm -rf tests/fuzz/bin tests/fuzz/work
.PHONY: clean-fuzz
