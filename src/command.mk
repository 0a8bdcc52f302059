## The tcerr command (included from Makefile.am).
