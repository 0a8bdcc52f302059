# SPDX-License-Identifier: LGPL-2.1-or-later
## tcerr, the command: look up, list, search and explain API errors.
## It sees the library only through <tcerr.h>.

if BUILD_CLI
bin_PROGRAMS += src/cli/tcerr
endif
# Finding API errors in texts, and answering them (also linked into the
# fuzz harnesses, tests/fuzz/local.mk).
CLI_EXPLAIN_SRCS = \
  src/cli/answer.c src/cli/answer.h \
  src/cli/api-error.c src/cli/api-error.h \
  src/cli/error-list.c src/cli/error-list.h \
  src/cli/json-scan.c src/cli/json-scan.h \
  src/cli/log-formats.c src/cli/log-formats.h \
  src/cli/log-scan.c src/cli/log-scan.h \
  src/cli/message-index.c src/cli/message-index.h \
  src/cli/prefilter.c src/cli/prefilter.h src/cli/prefilter-loop.h \
  src/cli/product-hints.c src/cli/product-hints.h \
  src/cli/query.c src/cli/query.h \
  src/cli/text.c src/cli/text.h \
  src/cli/unquote.c src/cli/unquote.h \
  src/cli/utf8.c src/cli/utf8.h
# The formats' table, included by log-formats.c and prefilter.c.
EXTRA_DIST += src/cli/log-formats.def
src_cli_tcerr_SOURCES = \
  src/cli/cli.h \
  src/cli/tcerr.c \
  src/cli/color.c src/cli/color.h \
  src/cli/complete.c src/cli/complete.h \
  $(CLI_EXPLAIN_SRCS) \
  src/cli/explain.c src/cli/explain.h \
  src/cli/filter.c src/cli/filter.h \
  src/cli/user-language.c src/cli/user-language.h \
  src/cli/markdown.c src/cli/markdown.h \
  src/cli/output.c src/cli/output.h \
  src/cli/suggest.c src/cli/suggest.h
src_cli_tcerr_CPPFLAGS = -I$(top_builddir) -I$(top_srcdir)/include \
  -I$(top_srcdir)/src/cli -I$(top_srcdir)/src/util
src_cli_tcerr_CFLAGS = $(AM_CFLAGS) $(JSON_C_CFLAGS) $(CMARK_GFM_CFLAGS)
src_cli_tcerr_LDADD = src/util/libutil.a src/lib/libtcerr.la \
  $(JSON_C_LIBS) $(CMARK_GFM_LIBS) $(LTLIBINTL)

# The manual page, made by help2man from --help and --version, and
# tcerr.x, and a PRODUCTS section from --products in the C locale (each
# product and its English name, the list completion offers).  It is
# distributed, and made again only when the sources of --help or of the
# products' names change, so building from a tarball (make distcheck's
# read-only sources included) needs no help2man.  The command is an
# order-only prerequisite (GNU make): built first, but being newer than the
# page does not make the page out of date.  The "Exit status:" part of
# --help is dropped: tcerr.x has a fuller EXIT STATUS section.
if BUILD_CLI
dist_man_MANS += src/cli/tcerr.1
endif
EXTRA_DIST += src/cli/tcerr.x
HELP2MAN = $(SHELL) $(top_srcdir)/build-aux/missing help2man
src/cli/tcerr.1: $(top_srcdir)/src/cli/tcerr.c $(top_srcdir)/src/cli/tcerr.x \
    $(top_srcdir)/configure.ac $(top_srcdir)/src/registry.def \
    $(top_srcdir)/po/en.po | src/cli/tcerr$(EXEEXT)
	$(AM_V_GEN)$(MKDIR_P) src/cli && \
	{ echo '[PRODUCTS]'; \
	  echo 'The products, as \fB\-\-products\fR lists them (in the' \
	    'language of the locale), each with its English name:'; \
	  echo '.PD 0'; \
	  LC_ALL=C LANGUAGE= TCERR_LOCALEDIR= ./src/cli/tcerr$(EXEEXT) \
	    --products | sed -e 's/\\/\\e/g' \
	    -e 's/^\([^ ]*\)  \(.*\)$$/.TP 18\n.B \1\n\2/' \
	    -e 's/^\([^.][^ ]*\)$$/.TP 18\n.B \1/'; \
	  echo '.PD'; } >$@-products.x && \
	LANGUAGE= TCERR_LOCALEDIR= $(HELP2MAN) --no-info --locale=C \
	  --include=$(top_srcdir)/src/cli/tcerr.x --include=$@-products.x \
	  --output=$@-t ./src/cli/tcerr$(EXEEXT) && \
	sed -e '/^\.SS "Exit status:"/,/^\.S[HS]/{/^\.SS "Exit status:"/d;/^\.S[HS]/!d;}' \
	  $@-t >$@-t2 && \
	rm -f $@-t $@-products.x && mv -f $@-t2 $@
MAINTAINERCLEANFILES += src/cli/tcerr.1

# Shell completion (src/cli/completion/): bash's is named after the
# command, as bash-completion loads it; zsh's after its function; each
# where its shell looks, under our prefix (configure.ac:
# --with-SHELL-completion-dir).  They ask the command (tcerr --complete)
# for products, codes and languages.
EXTRA_DIST += src/cli/completion/tcerr src/cli/completion/_tcerr \
  src/cli/completion/tcerr.fish
if BUILD_CLI
if INSTALL_BASH_COMPLETION
bashcompletion_DATA = src/cli/completion/tcerr
endif
if INSTALL_ZSH_COMPLETION
zshcompletion_DATA = src/cli/completion/_tcerr
endif
if INSTALL_FISH_COMPLETION
fishcompletion_DATA = src/cli/completion/tcerr.fish
endif
endif
