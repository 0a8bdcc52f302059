/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The inline markdown of messages made readable on a terminal, with
   cmark-gfm.  */
#ifndef TCERR_CLI_MARKDOWN_H
#define TCERR_CLI_MARKDOWN_H

#include <stddef.h>

/* Where Tencent Cloud's documentation is for readers of LANGUAGE (a
   catalog name such as "zh_CN" or "en"): "https://cloud.tencent.com" for
   Chinese, "https://www.tencentcloud.com" for English and anything
   else.  */
const char *cli_markdown_site (const char *language);

/* The UTF-8 TEXT of LEN bytes, read as inline CommonMark (as the table
   cell of a documentation page it comes from), made plain text in a new
   UTF-8 string: code spans and emphasis as their text; a link "[T](U)",
   and an HTML link <a href="U">T</a>, as "T (U)", a URL that begins with
   "/" taken on SITE (see cli_markdown_site); line breaks as spaces; any
   other inline HTML as it is.  The result is not yet safe for a terminal
   (an entity may be a control character): see cli_text_from_utf8.  */
char *cli_markdown_render (const char *text, size_t len, const char *site);

/* The same, always through cmark-gfm: cli_markdown_render gives a text
   that has no markdown in it back as it is, without loading cmark-gfm;
   the tests check that the two agree.  */
char *cli_markdown_render_parsed (const char *text, size_t len,
                                  const char *site);

#endif
