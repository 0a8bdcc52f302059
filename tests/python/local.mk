# SPDX-License-Identifier: LGPL-2.1-or-later
## Tests of the Python module (python/tcerr), with Python's own unittest,
## one TAP line per test (tests/python/tap.py).  The module runs as it is
## installed, from a copy made here (tests/python/site), its _config.py
## naming the build tree's libtcerr; the catalogs are the build tree's
## (TCERR_LOCALEDIR, tests/local.mk).

PYTHON_TESTS = \
  tests/python/lookups.test \
  tests/python/threads.test
if BUILD_CLI
# Answers compared with the command's.
PYTHON_TESTS += tests/python/command.test
endif
if NLS
TESTS += $(PYTHON_TESTS)
if HAVE_PYTHON
check_DATA += tests/python/site/tcerr/_config.py
else
check_DATA += no-python
endif
endif
no-python:
	@echo "make check needs python3 (Debian: python3); configure found none" >&2
	@exit 1
.PHONY: no-python
EXTRA_DIST += tests/python/lookups.test tests/python/threads.test \
  tests/python/command.test tests/python/run.sh tests/python/tap.py \
  tests/python/test_lookups.py tests/python/test_threads.py \
  tests/python/test_command.py
AM_TESTS_ENVIRONMENT += \
  PYTHON='$(PYTHON)'; export PYTHON; \
  PYTHON_SITE='$(abs_top_builddir)/tests/python/site'; export PYTHON_SITE;

# The module as installed, on this build's library.
tests/python/site/tcerr/_config.py: $(srcdir)/python/tcerr/_config.py.in \
  $(srcdir)/python/tcerr/__init__.py $(srcdir)/python/tcerr/_library.py \
  Makefile
	$(AM_V_GEN)rm -rf tests/python/site && \
	$(MKDIR_P) tests/python/site/tcerr && \
	cp $(srcdir)/python/tcerr/__init__.py $(srcdir)/python/tcerr/_library.py \
	  $(srcdir)/python/tcerr/py.typed tests/python/site/tcerr/ && \
	dir='$(abs_top_builddir)/src/lib/.libs' && \
	$(python_config) < $(srcdir)/python/tcerr/_config.py.in > $@-t && \
	mv $@-t $@

clean-local: clean-python-tests
clean-python-tests:
	rm -rf tests/python/site tests/python/__pycache__
.PHONY: clean-python-tests
