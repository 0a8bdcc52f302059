# SPDX-License-Identifier: LGPL-2.1-or-later
## The maintainers' tool for the English of po/en.po (src/maint/english,
## its README.md says what each command does), the make targets that run
## it, and its tests.  It is Python 3 (standard library only) and reads the
## source tree's catalogs; nothing of it is built or installed.
##   make glossary        po/glossary.tbx from the official pairs
##   make english-report  our English against the rules (the polish of
##                        issue 20) and the house-style counts
##   make english-score   the blind samples of doc/english scored again

ENGLISH_TOOL_FILES = \
  src/maint/english/tcerr-english \
  src/maint/english/README.md \
  src/maint/english/rules.tsv \
  src/maint/english/check.py \
  src/maint/english/check_sample.py \
  src/maint/english/chrf.py \
  src/maint/english/corpus.py \
  src/maint/english/fixes.py \
  src/maint/english/glossary.py \
  src/maint/english/pofile.py \
  src/maint/english/sample.py \
  src/maint/english/score.py \
  src/maint/english/shapes.py \
  src/maint/english/tm.py
# The records of the English: the blind samples, their scores and notes.
EXTRA_DIST += $(ENGLISH_TOOL_FILES) doc/english

ENGLISH_RUN = $(PYTHON3) $(top_srcdir)/src/maint/english/tcerr-english \
  --srcdir=$(top_srcdir)
english-python:
	@test -n '$(PYTHON3)' || { \
	  echo "the English tool needs python3 (Debian: python3); configure found none" >&2; \
	  exit 1; }
glossary: english-python
	$(ENGLISH_RUN) glossary
english-report: english-python
	$(ENGLISH_RUN) check
	$(ENGLISH_RUN) style
# The first sample's two passes and the second sample, each with its
# 95 % bootstrap range (the score files are left as they are).
ENGLISH_RECORDS = $(top_srcdir)/doc/english
english-score: english-python
	$(ENGLISH_RUN) score --brief $(ENGLISH_RECORDS)/blind-ours-first.tsv -
	$(ENGLISH_RUN) score --brief $(ENGLISH_RECORDS)/blind-ours.tsv -
	$(ENGLISH_RUN) score --brief --sample $(ENGLISH_RECORDS)/blind2-sample.tsv \
	  $(ENGLISH_RECORDS)/blind2-ours.tsv -
.PHONY: english-python glossary english-report english-score

# The tool's own tests: chrF against hand-computed values, the .po reader
# and writer, the checks, the commands against the records they made.
ENGLISH_TESTS = \
  tests/maint/english/chrf.test \
  tests/maint/english/pofile.test \
  tests/maint/english/check.test \
  tests/maint/english/commands.test
ENGLISH_TEST_FILES = \
  tests/maint/english/tap.py \
  tests/maint/english/test_chrf.py \
  tests/maint/english/test_pofile.py \
  tests/maint/english/test_check.py \
  tests/maint/english/test_commands.py
if HAVE_PYTHON3
TESTS += $(ENGLISH_TESTS)
endif
EXTRA_DIST += $(ENGLISH_TESTS) $(ENGLISH_TEST_FILES)
AM_TESTS_ENVIRONMENT += \
  PYTHON3='$(PYTHON3)'; export PYTHON3; \
  srcdir_top='$(abs_top_srcdir)'; export srcdir_top;
