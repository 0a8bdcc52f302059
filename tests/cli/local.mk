## Tests of the tcerr command: shell scripts that drive the built command
## with the environment pinned (see tests/local.mk) and print TAP.
## Included from Makefile.am after tests/local.mk.

AM_TESTS_ENVIRONMENT += \
  TCERR='$(abs_top_builddir)/src/tcerr$(EXEEXT)'; export TCERR;

# Checks the --json output: one JSON object per line, with given keys.
check_PROGRAMS += tests/cli/json-check
tests_cli_json_check_CFLAGS = $(AM_CFLAGS) $(JSON_C_CFLAGS)
tests_cli_json_check_LDADD = $(JSON_C_LIBS)

CLI_TESTS = \
  tests/cli/options.test \
  tests/cli/english.test \
  tests/cli/explain.test \
  tests/cli/bad-input.test
CLI_NLS_TESTS = \
  tests/cli/chinese.test \
  tests/cli/missing-locale.test \
  tests/cli/json-utf8.test
TESTS += $(CLI_TESTS)
if NLS
TESTS += $(CLI_NLS_TESTS)
endif
EXTRA_DIST += $(CLI_TESTS) $(CLI_NLS_TESTS) tests/cli/tap.sh
