# SPDX-License-Identifier: LGPL-2.1-or-later
## The Python module "tcerr": ctypes on libtcerr, nothing to compile.  It is
## installed where the configured Python finds a module of this prefix
## (configure.ac: Debian's python3 looks in dist-packages under
## /usr/local), and loads the libtcerr of this prefix by its full path,
## which _config.py holds.  tests/python/ runs it on the build's library.

if HAVE_PYTHON
pkgpython_PYTHON = python/tcerr/__init__.py python/tcerr/_library.py
nodist_pkgpython_PYTHON = python/tcerr/_config.py
pkgpython_DATA = python/tcerr/py.typed
endif
EXTRA_DIST += python/tcerr/__init__.py python/tcerr/_library.py \
  python/tcerr/_config.py.in python/tcerr/py.typed python/installcheck.py
CLEANFILES += python/tcerr/_config.py

# The soname libtool gives libtcerr (current - age of its version).
LIBTCERR_SONAME = libtcerr.so.`echo '$(LIBTCERR_LT_VERSION)' \
  | awk -F: '{ print $$1 - $$3 }'`

# python/tcerr/_config.py.in with LIBRARY the library at DIR:
# $(python_config) DIR < IN > OUT
python_config = sed -e "s|@LIBRARY@|$$dir/$(LIBTCERR_SONAME)|"

python/tcerr/_config.py: $(srcdir)/python/tcerr/_config.py.in Makefile
	$(AM_V_GEN)$(MKDIR_P) python/tcerr && dir='$(libdir)' && \
	$(python_config) < $(srcdir)/python/tcerr/_config.py.in > $@-t && \
	mv $@-t $@

# "make installcheck": the installed module imports (with no PYTHONPATH
# when the prefix's folder is on the Python's own path, as /usr/local's
# dist-packages is on Debian's), from where it was installed, loads the
# installed libtcerr and reads the installed catalogs
# (python/installcheck.py, read from standard input, from /, so that
# nothing of the source tree is on the path).
installcheck-local: installcheck-python
installcheck-python:
	@test '$(PYTHON)' != : || exit 0; \
	dir='$(pythondir)'; \
	if $(PYTHON) -c 'import sys; sys.exit(sys.argv[1] not in sys.path)' \
	    "$$dir"; then \
	  echo "$(PYTHON) finds $$dir by itself"; path=; \
	else \
	  echo "$(PYTHON) finds $$dir with PYTHONPATH"; path=$$dir; \
	fi; \
	cd / && PYTHONPATH=$$path $(PYTHON) - '$(pkgpythondir)' \
	  '$(libdir)'/$(LIBTCERR_SONAME) < '$(abs_top_srcdir)/python/installcheck.py'
.PHONY: installcheck-python
