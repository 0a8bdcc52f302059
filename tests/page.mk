## Unit tests of the maintainer tools' parts: the page parser (src/page.c),
## the reader of the upstream error-code pages, and the twin alignment.
## Included from Makefile.am after tests/local.mk.

check_PROGRAMS += tests/test-page
tests_test_page_LDADD = tests/libtesthelp.a src/libmaint.a $(CMOCKA_LIBS)
tests_test_page_CFLAGS = $(TEST_CFLAGS)

TESTS += tests/page.test
EXTRA_DIST += tests/page.test

# The twin alignment (src/align.c).
check_PROGRAMS += tests/test-align
tests_test_align_LDADD = tests/libtesthelp.a src/libmaint.a $(CMOCKA_LIBS)
tests_test_align_CFLAGS = $(TEST_CFLAGS)
TESTS += tests/align.test
EXTRA_DIST += tests/align.test
