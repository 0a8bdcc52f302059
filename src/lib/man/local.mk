# SPDX-License-Identifier: LGPL-2.1-or-later
## The manual of libtcerr, section 3, written by hand: the overview
## (tcerr.3), one page per group of functions, and a ".so" page for each
## other function of a group, so that "man tcerr_message_r" finds it.
## tests/lib/man-pages.test checks them (groff warnings, a page for every
## exported function, the prototypes of <tcerr.h>), and
## tests/lib/man-examples.test compiles and runs their EXAMPLES.
##
## dist_man_MANS, started in Makefile.am: the ".3" puts them in man3.

dist_man_MANS += \
  src/lib/man/tcerr.3 \
  src/lib/man/tcerr_message.3 \
  src/lib/man/tcerr_message_r.3 \
  src/lib/man/tcerr_message_l.3 \
  src/lib/man/tcerr_lookup.3 \
  src/lib/man/tcerr_lookup_l.3 \
  src/lib/man/tcerr_match_name.3 \
  src/lib/man/tcerr_lookup_any.3 \
  src/lib/man/tcerr_lookup_any_l.3 \
  src/lib/man/tcerr_lookup_lang.3 \
  src/lib/man/tcerr_message_lang.3 \
  src/lib/man/tcerr_message_lang_r.3 \
  src/lib/man/tcerr_lookup_any_lang.3 \
  src/lib/man/tcerr_languages.3 \
  src/lib/man/tcerr_language_catalog.3 \
  src/lib/man/tcerr_is_code.3 \
  src/lib/man/tcerr_is_product_name.3 \
  src/lib/man/tcerr_language_name.3 \
  src/lib/man/tcerr_keys.3 \
  src/lib/man/tcerr_key_compare.3 \
  src/lib/man/tcerr_products.3 \
  src/lib/man/tcerr_product_name.3 \
  src/lib/man/tcerr_product_name_lang.3 \
  src/lib/man/tcerr_use_utf8.3 \
  src/lib/man/tcerr_localedir.3 \
  src/lib/man/tcerr_version.3
