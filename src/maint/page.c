/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Reading the upstream error-code pages: UTF-8 markdown with two tables
   of one "| code | text |" row per error code (page.h says how they are
   found and told apart).  Every problem is reported with its line; a page
   with any is refused whole.

   The page is read line by line, its table cells as raw bytes, not with a
   markdown parser such as cmark-gfm (which the command uses to render
   messages): cmark-gfm unescapes a cell's text ("\|", entities) and its
   source positions for table rows and cells are unreliable (github/
   cmark-gfm issue 222), so it cannot give a cell byte for byte, with its
   line, as the catalogs must hold it.  */
#include <config.h>

#include "page.h"

#include "diag.h"
#include "files.h"
#include "tcerr.h"
#include "xalloc.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

FILE *page_diagnostics;

enum kind
{
  KIND_COMMON,
  KIND_BUSINESS,
  KIND_COUNT
};

static const char *const kind_names[KIND_COUNT] = { "common", "business" };

/* The headings known to name a table, "### TEXT": they decide which
   table is which where they stand, and a table under one holds codes
   whatever its header.  NOCASE: ASCII letters match in either case.  The
   twins word them in many ways, and a wording missing here is no error
   (the tables' codes decide); a heading that names no table (such as
   "## エラーコードリスト", the error code list) only ends a section.  */
static const struct heading
{
  enum kind kind;
  const char *text;
  bool nocase;
} headings[] =
{
  { KIND_COMMON,   "公共错误码",           false },
  { KIND_COMMON,   "Common Error Codes",   true },
  { KIND_COMMON,   "Common Error Code",    true },
  { KIND_COMMON,   "共通エラーコード",     false },
  { KIND_COMMON,   "공통 오류 코드",       false },
  { KIND_BUSINESS, "业务错误码",           false },
  { KIND_BUSINESS, "Business Error Codes", true },
  { KIND_BUSINESS, "Business Error Code",  true },
  { KIND_BUSINESS, "業務エラーコード",     false },
  { KIND_BUSINESS, "ビジネスエラーコード", false },
  { KIND_BUSINESS, "Service Error Codes",  true },
  { KIND_BUSINESS, "Service Error Code",   true },
  { KIND_BUSINESS, "Application Error Codes", true },
  { KIND_BUSINESS, "Application Error Code", true },
  { KIND_BUSINESS, "Application Errors",   true },
  { KIND_BUSINESS, "비즈니스 오류 코드",   false },
  { KIND_BUSINESS, "서비스 오류 코드",     false },
};

/* Some bytes of the page (not NUL-terminated).  */
struct span
{
  const char *p;
  size_t n;
};

/* A table whose header names the code column, or that stands under the
   heading of a table, as it is read: whether it is the common table or
   the product's is decided when the page is read whole.  */
struct code_table
{
  struct page_table table;
  size_t capacity;           /* of its rows */
  int kind;                  /* its heading's kind, or -1 */
  size_t code_column;        /* 0 or 1: the other cell is the text */
  unsigned long header_line; /* its header row's line */
  size_t common_codes;       /* rows whose code is one of "common" */
};

/* The most error-code tables a page has: the common one and the
   product's.  */
enum { MAX_TABLES = 2 };

/* Where the current line is, besides the kinds.  */
enum
{
  NO_SECTION = -1,       /* before any heading */
  OTHER_SECTION = -2,    /* under a heading that names no table */
  REPEATED_SECTION = -3  /* under a heading already seen (reported) */
};

/* Where the current line is in a table (a run of lines starting with
   '|').  */
enum run
{
  RUN_NONE,   /* not in a table */
  RUN_HEADER, /* after its first row: the separator row is due */
  RUN_ROWS,   /* after the separator: error-code rows */
  RUN_SKIP    /* in a table refused, or that holds no codes */
};

struct parser
{
  const char *name;
  bool twin;                    /* a twin page: codes may repeat */
  int problems;
  unsigned long line;           /* of the current line, from 1 */
  struct code_table tables[MAX_TABLES]; /* in page order */
  size_t table_count;
  unsigned long heading_line[KIND_COUNT]; /* of each kind's heading, or 0 */
  size_t rows_seen;             /* lines after a separator row */
  int section;                  /* a kind, or one of the values above */
  unsigned long section_line;   /* its heading's line */
  char fence;                   /* '`' or '~' in a fenced block, else 0 */
  size_t fence_length;
  unsigned long fence_line;
  enum run run;
  unsigned long header_line;    /* of the current table */
  int header_kind;              /* the current table's heading's kind */
  size_t header_code_column;    /* and the column of its codes */
};

/* --- Messages ------------------------------------------------------------ */

static void report (struct parser *p, unsigned long line,
                    const char *format, ...) DIAG_PRINTF (3, 4);

/* One problem: "NAME:LINE: message", or "NAME: message" when it concerns
   the whole page (LINE 0).  */
static void
report (struct parser *p, unsigned long line, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  vdiag_at (page_diagnostics != NULL ? page_diagnostics : stderr, p->name,
            line, format, args);
  va_end (args);
  if (p->problems < INT_MAX)
    p->problems++;
}

/* --- Bytes ---------------------------------------------------------------- */

static bool
is_blank (char c)
{
  return c == ' ' || c == '\t';
}

/* The wide spaces the pages put where a space belongs: no-break space
   (U+00A0) and ideographic space (U+3000, "###　共通エラーコード").  */
static const char *const wide_spaces[] = { "\xC2\xA0", "\xE3\x80\x80" };

/* The length of the space (blank or wide) that starts at P, before END;
   0 if none.  */
static size_t
space_at (const char *p, const char *end)
{
  if (p < end && is_blank (*p))
    return 1;
  for (size_t i = 0; i < sizeof wide_spaces / sizeof wide_spaces[0]; i++)
    {
      size_t n = strlen (wide_spaces[i]);
      if ((size_t) (end - p) >= n && memcmp (p, wide_spaces[i], n) == 0)
        return n;
    }
  return 0;
}

/* The length of the space that ends at END, after START; 0 if none.  A
   wide space's first byte is a UTF-8 lead byte, never the tail of
   another character.  */
static size_t
space_before (const char *start, const char *end)
{
  if (end > start && is_blank (end[-1]))
    return 1;
  for (size_t i = 0; i < sizeof wide_spaces / sizeof wide_spaces[0]; i++)
    {
      size_t n = strlen (wide_spaces[i]);
      if ((size_t) (end - start) >= n && memcmp (end - n, wide_spaces[i], n) == 0)
        return n;
    }
  return 0;
}

/* START..END without the spaces, blank or wide, around it.  */
static struct span
trim (const char *start, const char *end)
{
  size_t n;
  while ((n = space_at (start, end)) > 0)
    start += n;
  while ((n = space_before (start, end)) > 0)
    end -= n;
  return (struct span) { start, (size_t) (end - start) };
}

static struct span
skip_blanks (struct span s)
{
  while (s.n > 0 && is_blank (*s.p))
    s.p++, s.n--;
  return s;
}

/* Reports the NUL bytes, invalid UTF-8 (overlong forms, surrogates and
   values past U+10FFFF included) and carriage returns of LINE (its line
   end removed): one message for each kind present.  */
static void
check_bytes (struct parser *p, struct span line)
{
  if (memchr (line.p, '\0', line.n) != NULL)
    report (p, p->line, "NUL byte");
  if (u8_check ((const uint8_t *) line.p, line.n) != NULL)
    report (p, p->line, "invalid UTF-8");
  if (memchr (line.p, '\r', line.n) != NULL)
    report (p, p->line, "carriage return inside a line");
}

/* --- Cells ---------------------------------------------------------------- */

/* The cells of a table line: the text between pipes not preceded by a
   backslash, trimmed of spaces and tabs; the leading pipe is required, the
   trailing one optional (the text after the last pipe is a cell unless
   blank).  */
struct cells
{
  const char *p, *end;
  bool done;
};

/* LINE's first non-blank byte is its leading pipe.  */
static void
cells_start (struct cells *it, struct span line)
{
  it->p = memchr (line.p, '|', line.n);
  it->end = line.p + line.n;
  it->done = it->p == NULL;
  if (!it->done)
    it->p++;
}

static bool
cells_next (struct cells *it, struct span *cell)
{
  if (it->done)
    return false;
  const char *start = it->p, *q = start;
  /* Q - 1 is never before the leading pipe.  */
  while (q < it->end && !(*q == '|' && q[-1] != '\\'))
    q++;
  *cell = trim (start, q);
  if (q == it->end)
    {
      it->done = true;
      return cell->n > 0;
    }
  it->p = q + 1;
  return true;
}

static size_t
count_cells (struct span line)
{
  struct cells it;
  struct span cell;
  size_t n = 0;
  cells_start (&it, line);
  while (cells_next (&it, &cell))
    n++;
  return n;
}

/* "---", ":---", "---:" or ":---:".  */
static bool
is_delimiter (struct span cell)
{
  size_t i = 0, n = cell.n;
  if (n > 0 && cell.p[n - 1] == ':')
    n--;
  if (i < n && cell.p[i] == ':')
    i++;
  if (i == n)
    return false;
  for (; i < n; i++)
    if (cell.p[i] != '-')
      return false;
  return true;
}

/* Whether CELL is a code: the library's rule, on a copy of the cell (a
   NUL byte would end the copy early: no code has one).  */
static bool
is_code (struct span cell)
{
  char code[TCERR_CODE_MAX + 1];
  if (cell.n > TCERR_CODE_MAX || memchr (cell.p, '\0', cell.n) != NULL)
    return false;
  memcpy (code, cell.p, cell.n);
  code[cell.n] = '\0';
  return tcerr_is_code (code);
}

/* --- Tables --------------------------------------------------------------- */

/* The names a header row gives the code column, in the pages' languages
   (Chinese, English, Japanese, Korean), compared without their spaces and
   ASCII letters in either case: "Error Code", "error code", "오류코드" ...  */
static const char *const code_column_names[] =
{
  "错误码", "錯誤碼", "错误代码", "返回码",
  "ErrorCode", "ErrorCodes", "Code",
  "エラーコード", "エラーコード名",
  "오류코드", "에러코드",
};

static bool ascii_equal_nocase (const char *a, const char *b, size_t n);

/* Whether CELL names the code column.  */
static bool
names_code_column (struct span cell)
{
  char name[64];
  size_t n = 0;
  for (size_t i = 0; i < cell.n; )
    {
      size_t space = space_at (cell.p + i, cell.p + cell.n);
      if (space > 0)
        {
          i += space;
          continue;
        }
      if (n == sizeof name)
        return false;
      name[n++] = cell.p[i++];
    }
  for (size_t i = 0; i < sizeof code_column_names / sizeof *code_column_names;
       i++)
    if (strlen (code_column_names[i]) == n
        && ascii_equal_nocase (code_column_names[i], name, n))
      return true;
  return false;
}

/* The column of LINE's cells that names the code column (0 or 1 of two
   cells), or -1.  */
static int
code_column (struct span line)
{
  struct cells it;
  struct span cell;
  int n = 0, found = -1;
  cells_start (&it, line);
  while (cells_next (&it, &cell))
    {
      if (found < 0 && names_code_column (cell))
        found = n;
      n++;
    }
  return n == 2 ? found : -1;
}

/* tcerr_key_compare for bsearch.  */
static int
compare_keys (const void *a, const void *b)
{
  return tcerr_key_compare (a, b);
}

/* Whether CODE is a code of the common table (the library's registry):
   what tells the common table from the product's when no heading does.  */
static bool
is_common_code (struct span code)
{
  char copy[TCERR_CODE_MAX + 1];
  if (code.n > TCERR_CODE_MAX)
    return false;
  memcpy (copy, code.p, code.n);
  copy[code.n] = '\0';
  size_t n;
  const struct tcerr_key *keys = tcerr_keys (&n);
  const struct tcerr_key probe = { TCERR_COMMON, copy };
  return bsearch (&probe, keys, n, sizeof *keys, compare_keys) != NULL;
}

/* The row of CODE in TABLE, or NULL: a linear search, as tables have
   tens of rows.  */
static struct page_row *
find_row (const struct page_table *table, struct span code)
{
  for (size_t i = 0; i < table->count; i++)
    {
      /* CODE has no NUL byte: strncmp stops at its end.  */
      const char *known = table->rows[i].code;
      if (strncmp (known, code.p, code.n) == 0 && known[code.n] == '\0')
        return &table->rows[i];
    }
  return NULL;
}

/* Adds the row CODE, TEXT to the current table, unless its code is there
   already (reported); a twin's repeated code is a row of its own, a wrong
   code cell for align.c to place.  */
static void
add_row (struct parser *p, struct span code, struct span text)
{
  struct code_table *t = &p->tables[p->table_count - 1];
  struct page_table *table = &t->table;
  const struct page_row *first = p->twin ? NULL : find_row (table, code);
  if (first != NULL)
    {
      report (p, p->line, "duplicate error code %.*s (first at line %lu)",
              (int) (code.n < INT_MAX ? code.n : INT_MAX), code.p,
              first->line);
      return;
    }
  if (table->count == t->capacity)
    {
      t->capacity = t->capacity > 0 ? t->capacity * 2 : 32;
      table->rows = xreallocarray (table->rows, t->capacity,
                                   sizeof *table->rows);
    }
  table->rows[table->count++]
    = (struct page_row) { xmemdup0 (code.p, code.n),
                          xmemdup0 (text.p, text.n), p->line };
  if (is_common_code (code))
    t->common_codes++;
}

/* A line after the separator row: "| code | text |", or the other way
   round when the header says so.  */
static void
row_line (struct parser *p, struct span line)
{
  struct cells it;
  struct span cell, cells[2];
  size_t n = 0;
  p->rows_seen++;
  cells_start (&it, line);
  while (cells_next (&it, &cell))
    if (n++ < 2)
      cells[n - 1] = cell;
  if (n != 2)
    {
      report (p, p->line, "expected 2 cells, found %zu", n);
      return;
    }
  size_t c = p->tables[p->table_count - 1].code_column;
  struct span code = cells[c], text = cells[1 - c];
  bool ok = true;
  if (code.n == 0)
    {
      report (p, p->line, "row without an error code");
      ok = false;
    }
  else if (!is_code (code))
    {
      report (p, p->line, "invalid error code (only ASCII letters, digits,"
              " '.' and '_' are allowed)");
      ok = false;
    }
  if (text.n == 0)
    report (p, p->line, "row without a text");
  if (ok)
    add_row (p, code, text);
}

/* The first line of a table: its header.  The table holds codes when the
   header names their column, or when it stands under the heading of a
   table; any other table (a list of parameters, say) is passed over.  */
static void
header_line (struct parser *p, struct span line)
{
  p->header_line = p->line;
  p->run = RUN_SKIP;
  int column = code_column (line);
  bool known = p->section == KIND_COMMON || p->section == KIND_BUSINESS;
  if (p->section == REPEATED_SECTION || (!known && column < 0))
    return;
  if (known)
    for (size_t i = 0; i < p->table_count; i++)
      if (p->tables[i].kind == p->section)
        {
          report (p, p->line, "second table in the %s section (first at "
                  "line %lu)", kind_names[p->section],
                  p->tables[i].header_line);
          return;
        }
  size_t n = count_cells (line);
  if (n != 2)
    {
      report (p, p->line, "table header: expected 2 cells, found %zu", n);
      return;
    }
  p->header_kind = known ? p->section : -1;
  p->header_code_column = column > 0 ? (size_t) column : 0;
  p->run = RUN_HEADER;
}

/* The line after a table's header.  */
static void
separator_line (struct parser *p, struct span line)
{
  struct cells it;
  struct span cell;
  size_t n = 0;
  bool delimiters = true;
  p->run = RUN_SKIP;
  cells_start (&it, line);
  while (cells_next (&it, &cell))
    {
      n++;
      delimiters = delimiters && is_delimiter (cell);
    }
  if (n == 0 || !delimiters)
    {
      report (p, p->header_line,
              "table header not followed by a separator row");
      return;
    }
  if (n != 2)
    {
      report (p, p->line, "separator row: expected 2 cells, found %zu", n);
      return;
    }
  if (p->table_count == MAX_TABLES)
    {
      report (p, p->header_line, "a third error-code table (the others at "
              "lines %lu and %lu)", p->tables[0].header_line,
              p->tables[1].header_line);
      return;
    }
  p->tables[p->table_count++] = (struct code_table)
    { { NULL, 0, 0 }, 0, p->header_kind, p->header_code_column,
      p->header_line, 0 };
  p->run = RUN_ROWS;
}

static void
table_line (struct parser *p, struct span line)
{
  switch (p->run)
    {
    case RUN_NONE:
      header_line (p, line);
      break;
    case RUN_HEADER:
      separator_line (p, line);
      break;
    case RUN_ROWS:
      row_line (p, line);
      break;
    case RUN_SKIP:
      break;
    }
}

/* A line that is not a table line ends the table.  */
static void
end_table (struct parser *p)
{
  if (p->run == RUN_HEADER)
    report (p, p->header_line, "table header not followed by a separator row");
  p->run = RUN_NONE;
}

/* Whether most of T's codes are of the common table.  */
static bool
mostly_common (const struct code_table *t)
{
  return 2 * t->common_codes > t->table.count;
}

/* The kinds of the tables without a heading that names them: the other
   kind than the other table's, when it has one; of two, the one with
   more common codes (the first when even) is the common table; alone,
   the common table when most of its codes are common ones.  */
static void
decide_kinds (struct parser *p)
{
  struct code_table *t = p->tables;
  if (p->table_count == 1 && t[0].kind < 0)
    t[0].kind = mostly_common (&t[0]) ? KIND_COMMON : KIND_BUSINESS;
  else if (p->table_count == 2 && t[0].kind < 0 && t[1].kind < 0)
    {
      /* Compare the shares of common codes: a * nb against b * na.  */
      size_t a = t[0].common_codes * (t[1].table.count + 1);
      size_t b = t[1].common_codes * (t[0].table.count + 1);
      t[0].kind = a >= b ? KIND_COMMON : KIND_BUSINESS;
      t[1].kind = a >= b ? KIND_BUSINESS : KIND_COMMON;
    }
  else if (p->table_count == 2 && t[0].kind < 0)
    t[0].kind = t[1].kind == KIND_COMMON ? KIND_BUSINESS : KIND_COMMON;
  else if (p->table_count == 2 && t[1].kind < 0)
    t[1].kind = t[0].kind == KIND_COMMON ? KIND_BUSINESS : KIND_COMMON;
}

/* The page's tables, once every line is read: each found table becomes
   the common table or the product's.  */
static void
place_tables (struct parser *p, struct page *page)
{
  decide_kinds (p);
  for (size_t i = 0; i < p->table_count; i++)
    {
      struct code_table *t = &p->tables[i];
      struct page_table *into = t->kind == KIND_COMMON ? &page->common
                                                       : &page->business;
      *into = t->table;
      into->line = p->heading_line[t->kind];
      t->table = (struct page_table) { NULL, 0, 0 };
    }
}

/* --- Headings and code blocks --------------------------------------------- */

static bool
ascii_equal_nocase (const char *a, const char *b, size_t n)
{
  for (size_t i = 0; i < n; i++)
    {
      char x = a[i], y = b[i];
      if (x >= 'A' && x <= 'Z')
        x = (char) (x - 'A' + 'a');
      if (y >= 'A' && y <= 'Z')
        y = (char) (y - 'A' + 'a');
      if (x != y)
        return false;
    }
  return true;
}

/* The kind of the table under "### TEXT", or -1.  */
static int
heading_kind (struct span text)
{
  for (size_t i = 0; i < sizeof headings / sizeof headings[0]; i++)
    {
      const struct heading *h = &headings[i];
      if (strlen (h->text) == text.n
          && (h->nocase ? ascii_equal_nocase (h->text, text.p, text.n)
              : memcmp (h->text, text.p, text.n) == 0))
        return (int) h->kind;
    }
  return -1;
}

/* REST: a line without its leading blanks.  Any heading ends the section;
   a "###" one may start another.  */
static void
heading_line (struct parser *p, struct span rest)
{
  size_t level = 0;
  while (level < rest.n && rest.p[level] == '#')
    level++;
  const char *start = rest.p + level, *end = rest.p + rest.n;
  if (level == 0 || level > 6 || (start < end && space_at (start, end) == 0))
    return;
  while (end > start && (is_blank (end[-1]) || end[-1] == '#'))
    end--;
  int kind = level == 3 ? heading_kind (trim (start, end)) : -1;
  p->section_line = p->line;
  if (kind < 0)
    {
      p->section = OTHER_SECTION;
      return;
    }
  if (p->heading_line[kind] != 0)
    {
      report (p, p->line, "repeated %s section heading (first at line %lu)",
              kind_names[kind], p->heading_line[kind]);
      p->section = REPEATED_SECTION;
      return;
    }
  p->heading_line[kind] = p->line;
  p->section = kind;
}

/* The number of C at the start of S.  */
static size_t
run_of (struct span s, char c)
{
  size_t n = 0;
  while (n < s.n && s.p[n] == c)
    n++;
  return n;
}

/* REST (a line without its leading blanks) opens a fenced code block:
   ``` or ~~~ (or longer), a backtick fence's info string without
   backticks.  */
static bool
opens_fence (struct parser *p, struct span rest)
{
  char c = rest.n > 0 ? rest.p[0] : 0;
  if (c != '`' && c != '~')
    return false;
  size_t n = run_of (rest, c);
  if (n < 3 || (c == '`' && memchr (rest.p + n, '`', rest.n - n) != NULL))
    return false;
  p->fence = c;
  p->fence_length = n;
  p->fence_line = p->line;
  return true;
}

/* LINE closes the current fenced block: at least as many of its fence
   characters, then nothing but blanks.  */
static bool
closes_fence (const struct parser *p, struct span line)
{
  struct span rest = skip_blanks (line);
  size_t n = run_of (rest, p->fence);
  if (n < p->fence_length)
    return false;
  rest.p += n, rest.n -= n;
  return skip_blanks (rest).n == 0;
}

/* --- Pages ---------------------------------------------------------------- */

/* LINE: one line of the page, without its line end.  */
static void
page_line (struct parser *p, struct span line)
{
  check_bytes (p, line);
  if (p->fence != 0)
    {
      if (closes_fence (p, line))
        p->fence = 0;
      return;
    }
  struct span rest = skip_blanks (line);
  if (rest.n > 0 && rest.p[0] == '|')
    {
      table_line (p, line);
      return;
    }
  end_table (p);
  if (!opens_fence (p, rest))
    heading_line (p, rest);
}

static void
free_table (struct page_table *table)
{
  for (size_t i = 0; i < table->count; i++)
    {
      free (table->rows[i].code);
      free (table->rows[i].text);
    }
  free (table->rows);
  *table = (struct page_table) { NULL, 0, 0 };
}

void
page_free (struct page *page)
{
  if (page == NULL)
    return;
  free_table (&page->common);
  free_table (&page->business);
}

/* page_parse, or page_parse_twin when TWIN.  */
static int
parse (const char *name, const char *data, size_t len, struct page *page,
       bool twin)
{
  struct parser p = { .name = name != NULL ? name : "(page)", .twin = twin,
                      .section = NO_SECTION, .run = RUN_NONE };
  if (page != NULL)
    *page = (struct page) { { NULL, 0, 0 }, { NULL, 0, 0 } };
  if (data == NULL)
    data = "", len = 0;

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, len -= 3;
  struct lines lines;
  struct span line;
  lines_init (&lines, data, len);
  while (lines_next (&lines, &line.p, &line.n))
    {
      if (line.n > 0 && line.p[line.n - 1] == '\r')
        line.n--;
      p.line++;
      page_line (&p, line);
    }

  end_table (&p);
  if (p.fence != 0)
    report (&p, p.fence_line, "unterminated code block");
  if (p.table_count == 0)
    report (&p, 0, "no error-code tables");
  else if (p.rows_seen == 0)
    report (&p, 0, "no error-code rows");
  struct page read = { { NULL, 0, 0 }, { NULL, 0, 0 } };
  place_tables (&p, &read);
  if (p.problems > 0 || page == NULL)
    page_free (&read);
  else
    *page = read;
  return p.problems;
}

int
page_parse (const char *name, const char *data, size_t len,
            struct page *page)
{
  return parse (name, data, len, page, false);
}

int
page_parse_twin (const char *name, const char *data, size_t len,
                 struct page *page)
{
  return parse (name, data, len, page, true);
}

/* PATH cannot be read (ERROR): one problem, "PATH: what went wrong".  */
static int
unreadable (const char *path, int error, struct page *page)
{
  struct parser p = { .name = path != NULL ? path : "(null)" };
  report (&p, 0, "%s", maint_file_error (error));
  if (page != NULL)
    *page = (struct page) { { NULL, 0, 0 }, { NULL, 0, 0 } };
  return p.problems;
}

/* page_read, or page_read_twin when TWIN.  */
static int
read_page (const char *path, struct page *page, bool twin)
{
  if (path == NULL)
    return unreadable (path, EINVAL, page);
  size_t len;
  char *data = maint_read_file (path, &len);
  if (data == NULL)
    return unreadable (path, errno, page);
  int problems = parse (path, data, len, page, twin);
  free (data);
  return problems;
}

int
page_read (const char *path, struct page *page)
{
  return read_page (path, page, false);
}

int
page_read_twin (const char *path, struct page *page)
{
  return read_page (path, page, true);
}

const struct page_row *
page_find (const struct page_table *table, const char *code)
{
  if (table == NULL || code == NULL)
    return NULL;
  return find_row (table, (struct span) { code, strlen (code) });
}
