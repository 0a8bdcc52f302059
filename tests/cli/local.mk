# SPDX-License-Identifier: LGPL-2.1-or-later
## Tests of the tcerr command: shell scripts that drive the built command
## with the environment pinned (see tests/local.mk) and print TAP.

AM_TESTS_ENVIRONMENT += \
  TCERR='$(abs_top_builddir)/src/cli/tcerr$(EXEEXT)'; export TCERR; \
  LIBTOOL='$(LIBTOOL)'; export LIBTOOL; \
  OBJDUMP='$(OBJDUMP)'; export OBJDUMP;

# Checks the --json output: one JSON object per line, with given keys.
if BUILD_CLI
check_PROGRAMS += tests/cli/json-check
endif
tests_cli_json_check_CPPFLAGS = -I$(top_builddir)
tests_cli_json_check_CFLAGS = $(AM_CFLAGS) $(JSON_C_CFLAGS)
tests_cli_json_check_LDADD = $(JSON_C_LIBS)

# The command's markdown rendering (src/cli/markdown.c), linked in
# directly: cases no catalog has.
if BUILD_CLI
if HAVE_CMOCKA
check_PROGRAMS += tests/cli/test-markdown
endif
endif
tests_cli_test_markdown_SOURCES = tests/cli/test-markdown.c \
  src/cli/markdown.c src/cli/markdown.h \
  src/cli/utf8.c src/cli/utf8.h
tests_cli_test_markdown_CPPFLAGS = -I$(top_builddir) -I$(top_srcdir)/include \
  -I$(top_srcdir)/src/cli -I$(top_srcdir)/src/util \
  -I$(top_srcdir)/tests/helpers
tests_cli_test_markdown_CFLAGS = $(TEST_CFLAGS) $(CMARK_GFM_CFLAGS) \
  $(JSON_C_CFLAGS)
tests_cli_test_markdown_LDADD = tests/helpers/libtesthelp.a \
  src/util/libutil.a $(CMARK_GFM_LIBS) $(LTLIBINTL) $(CMOCKA_LIBS)

# The command's UTF-8 decoder against libunistring's, which the command
# does not load (src/cli/utf8.h); the maintainer tools need libunistring.
if BUILD_CLI
if HAVE_CMOCKA
if HAVE_LIBUNISTRING
check_PROGRAMS += tests/cli/test-utf8
TESTS += tests/cli/utf8.test
endif
endif
endif
EXTRA_DIST += tests/cli/utf8.test
tests_cli_test_utf8_SOURCES = tests/cli/test-utf8.c \
  src/cli/utf8.c src/cli/utf8.h
tests_cli_test_utf8_CPPFLAGS = -I$(top_builddir) -I$(top_srcdir)/src/cli \
  -I$(top_srcdir)/tests/helpers
tests_cli_test_utf8_CFLAGS = $(TEST_CFLAGS)
tests_cli_test_utf8_LDADD = tests/helpers/libtesthelp.a $(LIBUNISTRING) \
  $(CMOCKA_LIBS)

# Runs a command and writes its peak resident size (filter-memory.test).
if BUILD_CLI
check_PROGRAMS += tests/cli/peak-rss
endif
tests_cli_peak_rss_CPPFLAGS = -I$(top_builddir)

# The command's JSON reader of log lines and its string decoder, against
# json-c (src/cli/json-scan.h, unquote.h).
if BUILD_CLI
if HAVE_CMOCKA
check_PROGRAMS += tests/cli/test-json-scan
TESTS += tests/cli/json-scan.test
endif
endif
EXTRA_DIST += tests/cli/json-scan.test
tests_cli_test_json_scan_SOURCES = tests/cli/test-json-scan.c \
  src/cli/json-scan.c src/cli/json-scan.h \
  src/cli/unquote.c src/cli/unquote.h src/cli/api-error.h
tests_cli_test_json_scan_CPPFLAGS = -I$(top_builddir) -I$(top_srcdir)/include \
  -I$(top_srcdir)/src/cli -I$(top_srcdir)/src/util \
  -I$(top_srcdir)/tests/helpers
tests_cli_test_json_scan_CFLAGS = $(TEST_CFLAGS) $(JSON_C_CFLAGS)
tests_cli_test_json_scan_LDADD = tests/helpers/libtesthelp.a \
  src/util/libutil.a src/lib/libtcerr.la $(JSON_C_LIBS) $(LTLIBINTL) \
  $(CMOCKA_LIBS)

CLI_TESTS = \
  tests/cli/options.test \
  tests/cli/filter-memory.test \
  tests/cli/english.test \
  tests/cli/explain.test \
  tests/cli/suggest.test \
  tests/cli/color.test \
  tests/cli/complete.test \
  tests/cli/products.test \
  tests/cli/completion-bash.test \
  tests/cli/completion-zsh.test \
  tests/cli/completion-fish.test \
  tests/cli/explain-sdk.test \
  tests/cli/explain-programs.test \
  tests/cli/explain-requestid.test \
  tests/cli/bad-input.test
# These need the catalogs: Chinese texts, or codes found by their message
# in every language (filter.test, explain-answer.test).
CLI_NLS_TESTS = \
  tests/cli/filter.test \
  tests/cli/explain-answer.test \
  tests/cli/terminal-nls.test \
  tests/cli/chinese.test \
  tests/cli/chinese-variants.test \
  tests/cli/markdown.test \
  tests/cli/missing-locale.test \
  tests/cli/json-utf8.test \
  tests/cli/lang.test \
  tests/cli/libraries.test
CLI_UNIT_TESTS = \
  tests/cli/markdown-render.test \
  tests/cli/suggest-distance.test
if BUILD_CLI
TESTS += $(CLI_TESTS)
if HAVE_CMOCKA
TESTS += $(CLI_UNIT_TESTS)
endif
if NLS
TESTS += $(CLI_NLS_TESTS)
endif
endif
EXTRA_DIST += $(CLI_TESTS) $(CLI_NLS_TESTS) $(CLI_UNIT_TESTS) \
  tests/cli/tap.sh tests/cli/completion.sh tests/cli/zsh-complete.zsh

# Figures, not tests: the command as a whole process against plain
# gettext (gettext-base) on the same catalogs, for "make bench".  libtool
# runs the real program, not its wrapper script.
EXTRA_PROGRAMS += tests/cli/bench-command
tests_cli_bench_command_CPPFLAGS = -I$(top_builddir)
CLEANFILES += tests/cli/bench-command$(EXEEXT)
bench: bench-command
bench-command: tests/cli/bench-command$(EXEEXT) src/cli/tcerr$(EXEEXT) \
  test-catalogs tests/locales/.stamp
	@test -n '$(GETTEXT_PROG)' || { \
	  echo "make bench needs gettext (Debian: gettext-base)" >&2; exit 1; }
	@$(AM_TESTS_ENVIRONMENT) \
	TEXTDOMAINDIR="$$TCERR_LOCALEDIR"; export TEXTDOMAINDIR; \
	for env in "LC_ALL=C.UTF-8 LANGUAGE=zh_CN" "LC_ALL=C.UTF-8 LANGUAGE=en"; do \
	  echo "# $$env, the command"; \
	  env $$env $(LIBTOOL) --mode=execute tests/cli/bench-command$(EXEEXT) \
	    src/cli/tcerr$(EXEEXT) '$(GETTEXT_PROG)' cvm InvalidInstanceId.NotFound \
	    || exit 1; echo; \
	done
.PHONY: bench-command

# tcerr --filter against sed on a log of 100 MiB with 1% errors, written
# into the build tree at bench time and removed after (bench-filter.c);
# BENCH_FILTER_MB=10 for a quicker look.
EXTRA_PROGRAMS += tests/cli/bench-filter
tests_cli_bench_filter_CPPFLAGS = -I$(top_builddir)
CLEANFILES += tests/cli/bench-filter$(EXEEXT)
BENCH_FILTER_MB = 100
bench: bench-filter
bench-filter: tests/cli/bench-filter$(EXEEXT) src/cli/tcerr$(EXEEXT) \
  test-catalogs tests/locales/.stamp
	@$(AM_TESTS_ENVIRONMENT) \
	echo "# LC_ALL=C.UTF-8 LANGUAGE=en, tcerr --filter and sed on one log"; \
	env LC_ALL=C.UTF-8 LANGUAGE=en $(LIBTOOL) --mode=execute \
	  tests/cli/bench-filter$(EXEEXT) src/cli/tcerr$(EXEEXT) '$(SED)' \
	  tests/cli/bench-filter.log $(BENCH_FILTER_MB)
.PHONY: bench-filter

# The distance under "did you mean" (src/cli/suggest.c), linked in
# directly.
if BUILD_CLI
if HAVE_CMOCKA
check_PROGRAMS += tests/cli/test-suggest
endif
endif
tests_cli_test_suggest_SOURCES = tests/cli/test-suggest.c \
  src/cli/suggest.c src/cli/suggest.h
tests_cli_test_suggest_CPPFLAGS = -I$(top_builddir) -I$(top_srcdir)/include \
  -I$(top_srcdir)/src/cli -I$(top_srcdir)/tests/helpers
tests_cli_test_suggest_CFLAGS = $(TEST_CFLAGS)
tests_cli_test_suggest_LDADD = tests/helpers/libtesthelp.a \
  src/lib/libtcerr.la $(LTLIBINTL) $(CMOCKA_LIBS)

# What "did you mean" and completion cost (bench-terminal.c): in the
# process against the registry, and as whole runs of the command.
EXTRA_PROGRAMS += tests/cli/bench-terminal
tests_cli_bench_terminal_SOURCES = tests/cli/bench-terminal.c \
  src/cli/suggest.c src/cli/suggest.h
tests_cli_bench_terminal_CPPFLAGS = -I$(top_builddir) \
  -I$(top_srcdir)/include -I$(top_srcdir)/src/cli
tests_cli_bench_terminal_LDADD = src/lib/libtcerr.la $(LTLIBINTL)
CLEANFILES += tests/cli/bench-terminal$(EXEEXT)
bench: bench-terminal
bench-terminal: tests/cli/bench-terminal$(EXEEXT) src/cli/tcerr$(EXEEXT) \
  test-catalogs tests/locales/.stamp
	@$(AM_TESTS_ENVIRONMENT) \
	echo "# LC_ALL=C.UTF-8 LANGUAGE=en, did you mean and --complete"; \
	env LC_ALL=C.UTF-8 LANGUAGE=en $(LIBTOOL) --mode=execute \
	  tests/cli/bench-terminal$(EXEEXT) src/cli/tcerr$(EXEEXT)
.PHONY: bench-terminal
