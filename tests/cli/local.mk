## Tests of the tcerr command: shell scripts that drive the built command
## with the environment pinned (see tests/local.mk) and print TAP.

AM_TESTS_ENVIRONMENT += \
  TCERR='$(abs_top_builddir)/src/cli/tcerr$(EXEEXT)'; export TCERR;

# Checks the --json output: one JSON object per line, with given keys.
if BUILD_CLI
check_PROGRAMS += tests/cli/json-check
endif
tests_cli_json_check_CPPFLAGS = -I$(top_builddir)
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
if BUILD_CLI
TESTS += $(CLI_TESTS)
if NLS
TESTS += $(CLI_NLS_TESTS)
endif
endif
EXTRA_DIST += $(CLI_TESTS) $(CLI_NLS_TESTS) tests/cli/tap.sh
