/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The inline markdown of messages made readable on a terminal.

   Why cmark-gfm: the messages are upstream's words, byte for byte, and
   upstream writes its pages in GitHub Flavored Markdown, so a message is
   whatever that markdown allows: code spans (which may hold brackets or
   be inside a link's text), backslash escapes, entities, inline HTML,
   links whose URL has parentheses or is relative.  A hand-written scanner
   gets some of these wrong, and silently; cmark-gfm is the reference
   parser of that markdown (GitHub's own), so the command reads a message
   as the documentation site shows it, and only has to say how each kind
   of inline node looks on a terminal.

   A message is the cell of a table in its page: inline content on one
   line, never a block.  It is parsed as a CommonMark document, and should
   the document not be one paragraph (a text that begins "1. " or "# "
   would be a list or a heading), the character that opened the block is
   escaped and the text parsed again, which gives the paragraph the table
   cell holds.  */
#include <config.h>

#include "markdown.h"
#include "utf8.h"
#include "xalloc.h"

#include <cmark-gfm.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Invalid UTF-8 read as U+FFFD; nothing else (CMARK_OPT_SMART, say,
   would change the quotes upstream wrote).  */
#define PARSE_OPTIONS (CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8)

/* Links open at once, at most, of each kind (an image in a link, an
   HTML link around a markdown one): past them, a markdown link shows its
   text only, and an HTML link's tags are shown as they are.  */
#define OPEN_LINKS_MAX 16

const char *
cli_markdown_site (const char *language)
{
  /* Both sites serve /document/..., each in its own language.  */
  bool chinese = language != NULL && strncmp (language, "zh", 2) == 0
                 && (language[2] == '\0' || language[2] == '_'
                     || language[2] == '-' || language[2] == '.'
                     || language[2] == '@');
  return chinese ? "https://cloud.tencent.com"
                 : "https://www.tencentcloud.com";
}

/* --- cmark-gfm with the programs' memory ---------------------------------- */

static void *
mem_calloc (size_t n, size_t size)
{
  return xcalloc (n, size);
}

static void *
mem_realloc (void *p, size_t size)
{
  return xrealloc (p, size);
}

/* Exhausted memory ends the command as anywhere else ("tcerr: memory
   exhausted", status 2), instead of cmark-gfm's abort ().  */
static cmark_mem memory = { mem_calloc, mem_realloc, free };

static cmark_node *
parse (const char *text, size_t len)
{
  cmark_parser *parser = cmark_parser_new_with_mem (PARSE_OPTIONS, &memory);
  cmark_parser_feed (parser, text, len);
  cmark_node *doc = cmark_parser_finish (parser);
  cmark_parser_free (parser);
  return doc;
}

/* --- Text ----------------------------------------------------------------- */

struct buffer
{
  char *s;
  size_t len;
  size_t size;
};

static void
put_mem (struct buffer *b, const char *s, size_t n)
{
  if (n >= SIZE_MAX - b->len)
    xalloc_die ();
  if (b->len + n >= b->size)
    {
      size_t size = b->size != 0 ? b->size : 64;
      while (b->len + n >= size)
        {
          if (size > SIZE_MAX / 2)
            xalloc_die ();
          size *= 2;
        }
      b->s = xrealloc (b->s, size);
      b->size = size;
    }
  memcpy (b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = '\0';
}

static void
put (struct buffer *b, const char *s)
{
  put_mem (b, s, strlen (s));
}

static bool
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* CommonMark's ASCII punctuation: what may open a block.  */
static bool
is_ascii_punctuation (char c)
{
  return c != '\0' && strchr ("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) != NULL;
}

static bool
is_digit (char c)
{
  return c >= '0' && c <= '9';
}

static char
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'a') : c;
}

/* Whether the N bytes at S are WORD, ignoring the case of ASCII
   letters.  */
static bool
same_word (const char *s, size_t n, const char *word)
{
  if (strlen (word) != n)
    return false;
  for (size_t i = 0; i < n; i++)
    if (ascii_lower (s[i]) != word[i])
      return false;
  return true;
}

/* --- URLs ------------------------------------------------------------------ */

/* URL as a reader can follow it, in a new string: "/path" on SITE,
   "//host/path" over https, anything else as it is.  */
static char *
absolute_url (const char *url, const char *site)
{
  struct buffer b = { NULL, 0, 0 };
  if (url[0] == '/' && url[1] == '/')
    put (&b, "https:");
  else if (url[0] == '/')
    put (&b, site);
  put (&b, url);
  return b.s;
}

/* The N bytes of an HTML attribute's value at S, in a new string, with
   the entities a URL may hold decoded.  */
static char *
attribute_value (const char *s, size_t n)
{
  static const struct
  {
    const char *entity;
    char c;
  } entities[] = {
    { "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' },
    { "&quot;", '"' }, { "&apos;", '\'' }, { "&#39;", '\'' },
  };
  struct buffer b = { NULL, 0, 0 };
  put_mem (&b, "", 0);
  for (size_t i = 0; i < n; i++)
    {
      size_t e = 0;
      if (s[i] == '&')
        for (; e < sizeof entities / sizeof entities[0]; e++)
          {
            size_t k = strlen (entities[e].entity);
            if (k <= n - i && same_word (s + i, k, entities[e].entity))
              break;
          }
      if (s[i] == '&' && e < sizeof entities / sizeof entities[0])
        {
          put_mem (&b, &entities[e].c, 1);
          i += strlen (entities[e].entity) - 1;
        }
      else
        put_mem (&b, s + i, 1);
    }
  return b.s;
}

/* --- HTML links ------------------------------------------------------------ */

/* Whether TAG, the literal of an inline HTML node, opens an "a" element
   (with or without attributes; not "<a/>").  */
static bool
is_a_start (const char *tag)
{
  size_t len = strlen (tag);
  return tag[0] == '<' && (tag[1] == 'a' || tag[1] == 'A')
         && (tag[2] == '>' || is_space (tag[2]))
         && !(len >= 2 && tag[len - 2] == '/');
}

/* Whether TAG is "</a>" (any case, spaces before the '>').  */
static bool
is_a_end (const char *tag)
{
  if (tag[0] != '<' || tag[1] != '/' || (tag[2] != 'a' && tag[2] != 'A'))
    return false;
  const char *p = tag + 3;
  while (is_space (*p))
    p++;
  return p[0] == '>' && p[1] == '\0';
}

/* The href of TAG, an "a" start tag, in a new string; NULL when it has
   none.  cmark-gfm has checked the tag's syntax.  */
static char *
a_href (const char *tag)
{
  const char *p = tag + 2;
  for (;;)
    {
      while (is_space (*p))
        p++;
      if (*p == '>' || *p == '/' || *p == '\0')
        return NULL;
      const char *name = p;
      while (*p != '\0' && !is_space (*p) && *p != '=' && *p != '>'
             && *p != '/')
        p++;
      size_t name_len = (size_t) (p - name);
      while (is_space (*p))
        p++;
      const char *value = "";
      size_t value_len = 0;
      if (*p == '=')
        {
          p++;
          while (is_space (*p))
            p++;
          if (*p == '"' || *p == '\'')
            {
              char quote = *p++;
              value = p;
              while (*p != '\0' && *p != quote)
                p++;
              value_len = (size_t) (p - value);
              if (*p != '\0')
                p++;
            }
          else
            {
              value = p;
              while (*p != '\0' && !is_space (*p) && *p != '>')
                p++;
              value_len = (size_t) (p - value);
            }
        }
      if (same_word (name, name_len, "href"))
        return attribute_value (value, value_len);
    }
}

/* The "</a>" that closes the "a" element START opens: a later sibling,
   with no other "a" element opened before it; or NULL.  */
static cmark_node *
a_end_of (cmark_node *start)
{
  for (cmark_node *n = cmark_node_next (start); n != NULL;
       n = cmark_node_next (n))
    {
      if (cmark_node_get_type (n) != CMARK_NODE_HTML_INLINE)
        continue;
      const char *tag = cmark_node_get_literal (n);
      if (tag == NULL || is_a_start (tag))
        return NULL;
      if (is_a_end (tag))
        return n;
    }
  return NULL;
}

/* --- Rendering ------------------------------------------------------------- */

struct render
{
  struct buffer out;
  const char *site;
  struct
  {
    cmark_node *end;  /* its "</a>" */
    char *href;
    size_t text;      /* where its text starts in OUT */
  } links[OPEN_LINKS_MAX];
  size_t open_links;
};

/* Ends a link whose text is OUT from TEXT on, to URL.  */
static void
end_link (struct render *r, size_t text, const char *url)
{
  char *target = absolute_url (url, r->site);
  const char *shown = r->out.s != NULL ? r->out.s + text : "";
  size_t shown_len = r->out.len - text;
  if (*target == '\0')
    ; /* "[text]()": nothing to follow */
  else if (shown_len == 0)
    put (&r->out, target);
  else if (strcmp (shown, target) == 0
           || (strncmp (target, "mailto:", 7) == 0
               && strcmp (shown, target + 7) == 0))
    ; /* an autolink, "<https://...>": the URL is its text */
  else
    {
      put (&r->out, " (");
      put (&r->out, target);
      put (&r->out, ")");
    }
  free (target);
}

static void
html_inline (struct render *r, cmark_node *node)
{
  const char *tag = cmark_node_get_literal (node);
  if (tag == NULL)
    return;
  if (r->open_links > 0 && r->links[r->open_links - 1].end == node)
    {
      r->open_links--;
      end_link (r, r->links[r->open_links].text,
                r->links[r->open_links].href);
      free (r->links[r->open_links].href);
      return;
    }
  cmark_node *end;
  char *href;
  if (r->open_links < OPEN_LINKS_MAX && is_a_start (tag)
      && (end = a_end_of (node)) != NULL && (href = a_href (tag)) != NULL)
    {
      r->links[r->open_links].end = end;
      r->links[r->open_links].href = href;
      r->links[r->open_links].text = r->out.len;
      r->open_links++;
      return;
    }
  put (&r->out, tag);
}

/* Renders the tree of DOC into R->out.  Links nest (an image in a link):
   the start of each open one's text is kept in STARTS.  */
static void
render (struct render *r, cmark_node *doc)
{
  size_t starts[OPEN_LINKS_MAX];
  size_t depth = 0;
  cmark_iter *iter = cmark_iter_new (doc);
  cmark_event_type event;
  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      bool enter = event == CMARK_EVENT_ENTER;
      switch (cmark_node_get_type (node))
        {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
          put (&r->out, cmark_node_get_literal (node));
          break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
          put (&r->out, " ");
          break;
        case CMARK_NODE_HTML_INLINE:
          html_inline (r, node);
          break;
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
          if (enter && depth < OPEN_LINKS_MAX)
            starts[depth] = r->out.len;
          if (enter)
            depth++;
          else if (--depth < OPEN_LINKS_MAX)
            {
              const char *url = cmark_node_get_url (node);
              end_link (r, starts[depth], url != NULL ? url : "");
            }
          break;
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
        case CMARK_NODE_CODE_BLOCK:
        case CMARK_NODE_HTML_BLOCK:
          /* Blocks (never, in a table cell's text): one line, spaced.  */
          if (enter && r->out.len > 0 && r->out.s[r->out.len - 1] != ' ')
            put (&r->out, " ");
          if (cmark_node_get_type (node) == CMARK_NODE_CODE_BLOCK
              || cmark_node_get_type (node) == CMARK_NODE_HTML_BLOCK)
            put (&r->out, cmark_node_get_literal (node));
          break;
        default:
          /* Emphasis, strong emphasis: their text.  */
          break;
        }
    }
  cmark_iter_free (iter);
  /* "<a href=...>" whose "</a>" was never reached (cannot be).  */
  while (r->open_links > 0)
    free (r->links[--r->open_links].href);
}

/* Whether DOC, parsed from a text of LEN bytes with no leading space, is
   what a table cell holds: one paragraph, or nothing for an empty text
   (not for a link reference definition, say).  */
static bool
is_inline (cmark_node *doc, size_t len)
{
  cmark_node *first = cmark_node_first_child (doc);
  if (first == NULL)
    return len == 0;
  return cmark_node_get_type (first) == CMARK_NODE_PARAGRAPH
         && cmark_node_next (first) == NULL;
}

/* TEXT (LEN bytes, no leading space) with the character that makes it
   begin a block escaped, in a new string of *NEW_LEN bytes: the "#" of a
   heading, the "-", "+", "*" or "1." of a list item, ">", "<" of an HTML
   block, "[" of a link reference definition, "`" or "~" of a fence.
   NULL when it begins with nothing to escape.  */
static char *
escape_block_start (const char *text, size_t len, size_t *new_len)
{
  size_t at = 0;
  if (len > 0 && is_digit (text[0]))
    {
      while (at < len && is_digit (text[at]))
        at++;
      if (at == len || (text[at] != '.' && text[at] != ')'))
        return NULL;
    }
  else if (len == 0 || !is_ascii_punctuation (text[0]))
    return NULL;
  struct buffer b = { NULL, 0, 0 };
  put_mem (&b, text, at);
  put_mem (&b, "\\", 1);
  put_mem (&b, text + at, len - at);
  *new_len = b.len;
  return b.s;
}

/* Whether LINE (LEN bytes, one line, no leading space) is plain text to
   CommonMark: it opens no block (a block begins with ASCII punctuation or
   a digit), holds nothing inline markdown reads (backslash escapes, code
   spans, emphasis, links, images, HTML, autolinks, entities: each needs
   one of \ ` * _ [ < &), no control character, and does not end with
   what a paragraph drops (spaces, tabs); it is valid UTF-8.  cmark-gfm
   gives such a line back unchanged, so it is not asked: most messages
   are plain, and need no parse.  */
static bool
is_plain (const char *line, size_t len)
{
  if (len == 0)
    return true;
  unsigned char last = (unsigned char) line[len - 1];
  if (is_digit (line[0]) || is_ascii_punctuation (line[0]) || last == ' '
      || last == '\t')
    return false;
  for (size_t i = 0; i < len; i++)
    {
      unsigned char c = (unsigned char) line[i];
      if (c < 0x20 || c == 0x7F || strchr ("\\`*_[<&", c) != NULL)
        return false;
    }
  return cli_utf8_valid (line, len);
}

/* cli_markdown_render; PLAIN_AS_IS: a plain line (is_plain) is given
   back without cmark-gfm.  */
static char *
render_line (const char *text, size_t len, const char *site, bool plain_as_is)
{
  /* One line: a line break would let the next line begin a block, and
     shows as a space anyway.  Without the leading space, which would
     make indented code (a paragraph drops it).  */
  size_t skip = 0;
  while (skip < len && is_space (text[skip]))
    skip++;
  char *line = xmemdup0 (text + skip, len - skip);
  len -= skip;
  for (size_t i = 0; i < len; i++)
    if (line[i] == '\n' || line[i] == '\r')
      line[i] = ' ';
  if (plain_as_is && is_plain (line, len))
    return line;

  cmark_node *doc = parse (line, len);
  size_t escaped_len;
  char *escaped;
  if (!is_inline (doc, len)
      && (escaped = escape_block_start (line, len, &escaped_len)) != NULL)
    {
      cmark_node_free (doc);
      doc = parse (escaped, escaped_len);
      free (escaped);
    }
  free (line);

  struct render r;
  memset (&r, 0, sizeof r);
  r.site = site;
  put_mem (&r.out, "", 0);
  render (&r, doc);
  cmark_node_free (doc);
  return r.out.s;
}

char *
cli_markdown_render (const char *text, size_t len, const char *site)
{
  return render_line (text, len, site, true);
}

char *
cli_markdown_render_parsed (const char *text, size_t len, const char *site)
{
  return render_line (text, len, site, false);
}
