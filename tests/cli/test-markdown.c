/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* cli_markdown_render and cli_markdown_site (src/cli/markdown.c), linked
   in directly: what each kind of inline markdown looks like on a
   terminal, the relative links and HTML links no catalog has yet, and
   the texts that would begin a block.  A text without markdown is given
   back without cmark-gfm: each row, and every text upstream has, comes
   out the same through cmark-gfm (cli_markdown_render_parsed).  */
#include <config.h>

#include "cases.h"
#include "markdown.h"
#include "upstream.h"

#include <stdlib.h>
#include <string.h>

#define ZH "https://cloud.tencent.com"
#define EN "https://www.tencentcloud.com"

struct row
{
  const char *name;
  const char *markdown;
  const char *site;
  const char *plain;
};

static const struct row rows[] = {
  /* What the catalogs have.  */
  { "code span", "输入的`DiskId`不存在。", ZH, "输入的DiskId不存在。" },
  { "link", "请参考 [CAM](https://intl.cloud.tencent.com/document/product/598)"
    " 文档。", ZH,
    "请参考 CAM (https://intl.cloud.tencent.com/document/product/598) 文档。" },
  { "plain text", "操作失败。", ZH, "操作失败。" },
  { "empty text", "", EN, "" },

  /* Relative links: on the site of the message's language.  */
  { "relative link, Chinese site",
    "请参考[Filter](/document/api/213/15753#Filter)。", ZH,
    "请参考Filter (" ZH "/document/api/213/15753#Filter)。" },
  { "relative link, English site",
    "See [Filter](/document/api/213/15753#Filter).", EN,
    "See Filter (" EN "/document/api/213/15753#Filter)." },
  { "protocol-relative link", "[x](//example.com/a)", EN,
    "x (https://example.com/a)" },
  { "link with a title, in angle brackets",
    "[a b](</document/a b> \"title\")", EN, "a b (" EN "/document/a b)" },
  { "link with parentheses in its URL",
    "[w](https://example.com/a_(b))", EN, "w (https://example.com/a_(b))" },
  { "link text with a code span", "[`DescribeDisks`](/document/api/362/16315)",
    ZH, "DescribeDisks (" ZH "/document/api/362/16315)" },
  { "code span with brackets, no link", "`[a](b)` c", EN, "[a](b) c" },
  { "escaped brackets, no link", "\\[a\\](b)", EN, "[a](b)" },
  { "link without a URL", "[text]()", EN, "text" },
  { "link without text", "[](/document/x)", ZH, ZH "/document/x" },
  { "autolink", "<https://cloud.tencent.com/x>", ZH,
    "https://cloud.tencent.com/x" },
  { "mail autolink", "<help@example.com>", EN, "help@example.com" },
  { "reference link: a cell has no definitions", "[CAM][1] or [CAM]", ZH,
    "[CAM][1] or [CAM]" },
  { "image", "![logo](/img/a.png)", EN, "logo (" EN "/img/a.png)" },

  /* HTML links.  */
  { "HTML link, relative",
    "请见<a href=\"/document/product/362/5145\">云硬盘</a>。", ZH,
    "请见云硬盘 (" ZH "/document/product/362/5145)。" },
  { "HTML link, absolute, more attributes",
    "See <A target=\"_blank\" HREF='https://example.com/?a=1&amp;b=2'>"
    "this</a>.", EN, "See this (https://example.com/?a=1&b=2)." },
  { "HTML link, unquoted href", "<a href=/doc/x>x</a>", EN,
    "x (" EN "/doc/x)" },
  { "HTML link with markdown inside", "<a href=\"/d\">the `Code`</a>", EN,
    "the Code (" EN "/d)" },
  { "HTML link without href", "<a name=\"x\">x</a>", EN,
    "<a name=\"x\">x</a>" },
  { "HTML link never closed", "<a href=\"/d\">x", EN, "<a href=\"/d\">x" },
  { "HTML link closed inside emphasis", "<a href=\"/d\">*x</a>*", EN,
    "<a href=\"/d\">x</a>" },
  { "a closing tag alone", "x</a>", EN, "x</a>" },
  { "other inline HTML", "a<br>b <span class=\"c\">d</span>", EN,
    "a<br>b <span class=\"c\">d</span>" },

  /* Emphasis, breaks, escapes, entities.  */
  { "emphasis", "*a* **b** _c_ __d__", EN, "a b c d" },
  { "soft break", "line one\nline two", EN, "line one line two" },
  { "hard break", "one  \ntwo", EN, "one   two" },
  { "entities", "a &amp; b &lt;c&gt; &#x4E2D;", EN, "a & b <c> 中" },
  { "backslash escapes", "\\*not emphasis\\* 1\\. \\`x\\`", EN,
    "*not emphasis* 1. `x`" },
  { "lone backquote", "a ` b", EN, "a ` b" },
  { "invalid UTF-8", "a\xff" "b", EN, "a\xef\xbf\xbd" "b" },

  /* A table cell never holds a block: the text stays a paragraph.  */
  { "heading marker", "# not a heading", EN, "# not a heading" },
  { "list marker", "- not a list", EN, "- not a list" },
  { "ordered list marker", "1. first `x`", EN, "1. first x" },
  { "ordered list marker, parenthesis", "12) twelve", EN, "12) twelve" },
  { "block quote marker", "> quoted", EN, "> quoted" },
  { "thematic break", "***", EN, "***" },
  { "fence", "```sh", EN, "```sh" },
  { "HTML block", "<div>a *b*</div>", EN, "<div>a b</div>" },
  { "link reference definition alone", "[a]: /b", EN, "[a]: /b" },
  { "indentation", "    indented `x`", EN, "indented x" },
  { "a list on the second line", "text\n- item", EN, "text - item" },
  { "setext underline", "title\n===", EN, "title ===" },
  { "code span at the start", "`DiskId` 不存在", ZH, "DiskId 不存在" },

  /* Around what is given back without cmark-gfm.  */
  { "no markdown", "The disk is busy. Try again later.", EN,
    "The disk is busy. Try again later." },
  { "trailing spaces", "text  ", EN, "text" },
  { "trailing tab", "text\t", EN, "text" },
  { "leading spaces and a line break", "  one\ntwo", EN, "one two" },
  { "a tab inside", "a\tb", EN, "a\tb" },
  { "a control character", "a\x01" "b", EN, "a\x01" "b" },
  { "punctuation markdown leaves", "a ~b~ | c! d] (e) #f 1. g", EN,
    "a ~b~ | c! d] (e) #f 1. g" },
  { "a digit first, no list", "2 disks", EN, "2 disks" },
  { "full-width punctuation first", "（已废弃）请使用新接口。", ZH,
    "（已废弃）请使用新接口。" },
  { "invalid UTF-8 without markdown", "\xe4\xb8" "x", EN,
    "\xef\xbf\xbd" "x" },
};

static void
render_row (void **state)
{
  const struct row *row = *state;
  char *plain = cli_markdown_render (row->markdown, strlen (row->markdown),
                                     row->site);
  assert_string_equal (plain, row->plain);
  free (plain);
  plain = cli_markdown_render_parsed (row->markdown, strlen (row->markdown),
                                      row->site);
  assert_string_equal (plain, row->plain);
  free (plain);
}

static struct upstream upstream;

/* TEXT (may be NULL) comes out the same with and without cmark-gfm.  */
static void
same_both_ways (const char *text, size_t *count)
{
  if (text == NULL)
    return;
  char *quick = cli_markdown_render (text, strlen (text), ZH);
  char *parsed = cli_markdown_render_parsed (text, strlen (text), ZH);
  if (strcmp (quick, parsed) != 0)
    fail_msg ("\"%s\": \"%s\" without cmark-gfm, \"%s\" with", text, quick,
              parsed);
  free (quick);
  free (parsed);
  ++*count;
}

static void
same_key_both_ways (const char *product, const char *code, void *arg)
{
  const char *zh, *en;
  if (upstream_key (&upstream, product, code, &zh, &en))
    {
      same_both_ways (zh, arg);
      same_both_ways (en, arg);
    }
}

/* Every Chinese and English text upstream has for a key.  */
static void
upstream_texts (void **state)
{
  (void) state;
  size_t count = 0;
  upstream_each_key (&upstream, same_key_both_ways, &count);
  for (size_t i = 0; i < upstream.pages.count; i++)
    same_both_ways (upstream.pages.rows[i].text, &count);
  assert_true (count > 1000);
}

/* The length is the caller's, not strlen's.  */
static void
render_length (void **state)
{
  (void) state;
  char *plain = cli_markdown_render ("`a` and more", 3, EN);
  assert_string_equal (plain, "a");
  free (plain);
}

static void
sites (void **state)
{
  (void) state;
  assert_string_equal (cli_markdown_site ("zh_CN"), ZH);
  assert_string_equal (cli_markdown_site ("zh"), ZH);
  assert_string_equal (cli_markdown_site ("zh_TW"), ZH);
  assert_string_equal (cli_markdown_site ("en"), EN);
  assert_string_equal (cli_markdown_site ("en_US"), EN);
  assert_string_equal (cli_markdown_site ("ja"), EN);
  assert_string_equal (cli_markdown_site ("zha"), EN);
  assert_string_equal (cli_markdown_site (""), EN);
  assert_string_equal (cli_markdown_site (NULL), EN);
}

int
main (void)
{
  struct cases cases = { NULL, NULL, 0 };
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
    cases_add (&cases, rows[i].name, render_row, &rows[i]);
  cases_add (&cases, "the length is the caller's", render_length, NULL);
  cases_add (&cases, "documentation sites by language", sites, NULL);
  upstream_load (&upstream);
  cases_add (&cases, "every upstream text: the same without cmark-gfm",
             upstream_texts, NULL);
  int status = cases_run ("markdown for terminals", &cases);
  upstream_free (&upstream);
  return status;
}
