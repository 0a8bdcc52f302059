## Unit tests of the page parser (src/page.c), the reader of the upstream
## error-code pages used by the tcerr-import maintainer tool.
## Included from Makefile.am after tests/local.mk.

check_PROGRAMS += tests/test-page
tests_test_page_LDADD = tests/libtesthelp.a src/libmaint.a $(CMOCKA_LIBS)
tests_test_page_CFLAGS = $(TEST_CFLAGS)

TESTS += tests/page.test
EXTRA_DIST += tests/page.test
