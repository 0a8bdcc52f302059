/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Reading the errors.go files of Tencent Cloud's Go SDKs.  They are
   generated, every one in this shape (the block's lines start with a
   tab), which is checked line by line:

     // Copyright ...          comments and blank lines: the licence
     package vYYYYMMDD        the version, as its folder is named
     const (
         // 此产品的特有错误码  the block's first comment and a blank line:
                                a header, skipped
         // DESCRIPTION        one comment line a constant, just above it
         NAME = "Code"          NAME: the code in capitals, '.' as '_'
                                blank lines between
     )

   Any other line, a constant without its comment line or with several, a
   comment not followed by its constant, a repeated code, CR, NUL bytes,
   invalid UTF-8 and overlong lines are problems, reported with their
   line; a file with any is refused whole.  A description is kept byte for
   byte from after "//" to the end of the line, but for its control
   characters (upstream has a stray backspace in a few) and the white
   space around it, which upstream leaves by mistake ("// " alone,
   "//  text", "text. "); it may be empty.  A tree merges its files, the newest
   version winning.  */
#include <config.h>

#include "sdk.h"
#include "diag.h"
#include "files.h"
#include "tcerr.h"
#include "xalloc.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistr.h>

FILE *sdk_diagnostics;

/* Some bytes of the file (not NUL-terminated).  */
struct span
{
  const char *p;
  size_t n;
};

/* The codes of the file, to find a repeated one in constant time: open
   addressing, each slot a row index or EMPTY_SLOT.  */
#define EMPTY_SLOT SIZE_MAX
struct code_set
{
  size_t *slots;
  size_t size;  /* a power of 2, or 0 */
};

/* Where the current line is.  */
enum part
{
  PART_PREAMBLE,  /* before the package clause */
  PART_PACKAGE,   /* after it, before "const (" */
  PART_BLOCK,     /* in the const block */
  PART_END        /* after its ")" */
};

struct parser
{
  const char *name;
  const char *version;
  int problems;
  unsigned long line;          /* of the current line, from 1 */
  enum part part;
  unsigned long block_line;    /* of "const (" */
  bool block_started;          /* a comment or constant seen in the block */
  struct span comment;         /* the comment awaiting its constant */
  unsigned long comment_line;  /* its line, 0 when none */
  bool comment_first;          /* it is the block's first line */
  unsigned long cr_line;       /* the first line with a CR, 0 if none */
  struct sdk_table table;
  size_t capacity;             /* of table.rows */
  struct code_set codes;
};

/* --- Messages ------------------------------------------------------------ */

static void report (struct parser *p, unsigned long line,
                    const char *format, ...) DIAG_PRINTF (3, 4);
static int report_path (const char *path, const char *format, ...)
  DIAG_PRINTF (2, 3);

static FILE *
diagnostics (void)
{
  return sdk_diagnostics != NULL ? sdk_diagnostics : stderr;
}

/* One problem: "NAME:LINE: message", or "NAME: message" when it concerns
   the whole file (LINE 0).  */
static void
report (struct parser *p, unsigned long line, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  vdiag_at (diagnostics (), p->name, line, format, args);
  va_end (args);
  if (p->problems < INT_MAX)
    p->problems++;
}

/* One problem of the file or folder PATH, "PATH: message".  */
static int
report_path (const char *path, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  vdiag_at (diagnostics (), path, 0, format, args);
  va_end (args);
  return 1;
}

/* S for a "%.*s": its length as an int.  */
static int
len_of (struct span s)
{
  return s.n < INT_MAX ? (int) s.n : INT_MAX;
}

/* --- Bytes ---------------------------------------------------------------- */

static bool
starts_with (struct span s, const char *prefix)
{
  size_t n = strlen (prefix);
  return s.n >= n && memcmp (s.p, prefix, n) == 0;
}

static bool
equals (struct span s, const char *text)
{
  return s.n == strlen (text) && memcmp (s.p, text, s.n) == 0;
}

static struct span
rest_after (struct span s, size_t n)
{
  return (struct span) { s.p + n, s.n - n };
}

/* "v" and 8 digits: the SDK's versions, dates, ordered as strings.  */
static bool
is_version (const char *s)
{
  if (s == NULL || s[0] != 'v' || strlen (s) != 9)
    return false;
  for (size_t i = 1; i < 9; i++)
    if (s[i] < '0' || s[i] > '9')
      return false;
  return true;
}

/* Reports the NUL bytes, invalid UTF-8 and excessive length of LINE (its
   '\n' removed), and notes its carriage returns.  */
static void
check_bytes (struct parser *p, struct span line)
{
  if (line.n > SDK_LINE_MAX)
    report (p, p->line, "line longer than %d bytes", SDK_LINE_MAX);
  if (memchr (line.p, '\0', line.n) != NULL)
    report (p, p->line, "NUL byte");
  if (u8_check ((const uint8_t *) line.p, line.n) != NULL)
    report (p, p->line, "invalid UTF-8");
  if (p->cr_line == 0 && memchr (line.p, '\r', line.n) != NULL)
    p->cr_line = p->line;
}

/* --- Rows ----------------------------------------------------------------- */

static size_t
hash (struct span s)
{
  uint64_t h = UINT64_C (14695981039346656037);
  for (size_t i = 0; i < s.n; i++)
    h = (h ^ (unsigned char) s.p[i]) * UINT64_C (1099511628211);
  return (size_t) (h ^ (h >> 32));
}

/* The slot of CODE in P's code set: the one holding it, or the empty one
   where it belongs.  The set has room.  */
static size_t *
code_slot (struct parser *p, struct span code)
{
  size_t mask = p->codes.size - 1;
  for (size_t i = hash (code) & mask;; i = (i + 1) & mask)
    {
      size_t *slot = &p->codes.slots[i];
      if (*slot == EMPTY_SLOT)
        return slot;
      const char *known = p->table.rows[*slot].code;
      if (strlen (known) == code.n && memcmp (known, code.p, code.n) == 0)
        return slot;
    }
}

/* Makes room in P's code set for one more row (kept at most half full).  */
static void
code_set_reserve (struct parser *p)
{
  struct code_set *set = &p->codes;
  if (p->table.count < set->size / 2)
    return;
  size_t size = set->size > 0 ? set->size * 2 : 256;
  free (set->slots);
  set->slots = xreallocarray (NULL, size, sizeof *set->slots);
  set->size = size;
  for (size_t i = 0; i < size; i++)
    set->slots[i] = EMPTY_SLOT;
  for (size_t r = 0; r < p->table.count; r++)
    {
      const char *code = p->table.rows[r].code;
      *code_slot (p, (struct span) { code, strlen (code) }) = r;
    }
}

/* The length of the white space at the start of S (N bytes): blanks, and
   the no-break (U+00A0) and ideographic (U+3000) spaces the pages use.  */
static size_t
space_at_start (const char *s, size_t n)
{
  if (n >= 1 && (s[0] == ' ' || s[0] == '\t'))
    return 1;
  if (n >= 2 && memcmp (s, "\xC2\xA0", 2) == 0)
    return 2;
  if (n >= 3 && memcmp (s, "\xE3\x80\x80", 3) == 0)
    return 3;
  return 0;
}

/* The same at the end of S (a wide space's lead byte is never the tail
   of another character).  */
static size_t
space_at_end (const char *s, size_t n)
{
  if (n >= 1 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
    return 1;
  if (n >= 2 && memcmp (s + n - 2, "\xC2\xA0", 2) == 0)
    return 2;
  if (n >= 3 && memcmp (s + n - 3, "\xE3\x80\x80", 3) == 0)
    return 3;
  return 0;
}

/* TEXT as the catalogs hold it (caller frees): without its control
   characters (tab aside: upstream has a stray backspace in a few; msgfmt
   warns of them and a terminal would act on them), then
   without the white space around it (po/README.md, "Texts": upstream
   leaves spaces after "//" and at the end by mistake).  */
static char *
upstream_text (struct span text)
{
  char *copy = xmemdup0 (text.p, text.n);
  size_t n = 0;
  for (size_t i = 0; i < text.n; i++)
    if (!((unsigned char) copy[i] < 0x20 && copy[i] != '\t')
        && copy[i] != 0x7f)
      copy[n++] = copy[i];
  size_t k, start = 0;
  while ((k = space_at_start (copy + start, n - start)) > 0)
    start += k;
  while ((k = space_at_end (copy + start, n - start)) > 0)
    n -= k;
  memmove (copy, copy + start, n - start);
  copy[n - start] = '\0';
  return copy;
}

/* Adds the row CODE, TEXT of the current line, unless CODE is there
   already (reported).  */
static void
add_row (struct parser *p, struct span code, struct span text)
{
  code_set_reserve (p);
  size_t *slot = code_slot (p, code);
  if (*slot != EMPTY_SLOT)
    {
      report (p, p->line, "duplicate error code %.*s (first at line %lu)",
              len_of (code), code.p, p->table.rows[*slot].line);
      return;
    }
  if (p->table.count == p->capacity)
    {
      p->capacity = p->capacity > 0 ? p->capacity * 2 : 64;
      p->table.rows = xreallocarray (p->table.rows, p->capacity,
                                     sizeof *p->table.rows);
    }
  *slot = p->table.count;
  p->table.rows[p->table.count++] = (struct sdk_row)
    { xmemdup0 (code.p, code.n), upstream_text (text), p->line };
}

/* --- The const block ------------------------------------------------------ */

/* Whether NAME is the Go name of CODE: CODE in upper case, '.' as '_'.  */
static bool
name_matches (struct span name, struct span code)
{
  if (name.n != code.n)
    return false;
  for (size_t i = 0; i < code.n; i++)
    {
      char c = code.p[i];
      if (c >= 'a' && c <= 'z')
        c = (char) (c - 'a' + 'A');
      else if (c == '.')
        c = '_';
      if (name.p[i] != c)
        return false;
    }
  return true;
}

/* Whether CODE is a code: the library's rule, on a copy.  */
static bool
is_code (struct span code)
{
  char copy[TCERR_CODE_MAX + 1];
  if (code.n > TCERR_CODE_MAX)
    return false;
  memcpy (copy, code.p, code.n);
  copy[code.n] = '\0';
  return tcerr_is_code (copy);
}

/* Splits LINE, "\tNAME = \"CODE\"", into NAME and CODE (unchecked).  */
static bool
split_constant (struct span line, struct span *name, struct span *code)
{
  if (!starts_with (line, "\t") || line.n < 2 || line.p[line.n - 1] != '"')
    return false;
  const char *equals_sign = memchr (line.p, '=', line.n);
  if (equals_sign == NULL || equals_sign - line.p < 2
      || equals_sign[-1] != ' ' || (size_t) (equals_sign - line.p) + 3 > line.n
      || memcmp (equals_sign, "= \"", 3) != 0)
    return false;
  *name = (struct span) { line.p + 1,
                          (size_t) (equals_sign - 1 - (line.p + 1)) };
  const char *start = equals_sign + 3, *end = line.p + line.n - 1;
  if (end < start)
    return false;
  *code = (struct span) { start, (size_t) (end - start) };
  return true;
}

/* A constant: its code, with the pending comment as its text.  */
static void
constant_line (struct parser *p, struct span name, struct span code)
{
  bool ok = true;
  if (!is_code (code))
    {
      report (p, p->line, "\"%.*s\" is not an error code (ASCII letters,"
              " digits, '.' and '_')", len_of (code), code.p);
      ok = false;
    }
  else if (!name_matches (name, code))
    {
      report (p, p->line, "constant %.*s: its name is not its code's",
              len_of (name), name.p);
      ok = false;
    }
  if (p->comment_line == 0)
    {
      report (p, p->line, "constant %.*s without a description comment"
              " just above it", len_of (name), name.p);
      ok = false;
    }
  if (ok)
    add_row (p, code, p->comment);
  p->comment_line = 0;
  p->block_started = true;
}

/* A comment line in the block, "\t// TEXT" or "\t//".  */
static void
comment_line (struct parser *p, struct span line)
{
  struct span text = rest_after (line, 3);
  if (text.n > 0 && text.p[0] != ' ')
    report (p, p->line, "comment without a space after \"//\"");
  else if (text.n > 0)
    text = rest_after (text, 1);
  if (p->comment_line != 0)
    {
      report (p, p->line, "comment of several lines (from line %lu):"
              " a description is one line", p->comment_line);
      return;
    }
  p->comment = text;
  p->comment_line = p->line;
  p->comment_first = !p->block_started;
  p->block_started = true;
}

/* The pending comment is followed by something else than its constant:
   only the block's first comment (its header) may be.  */
static void
detached_comment (struct parser *p)
{
  if (p->comment_line != 0 && !p->comment_first)
    report (p, p->comment_line, "comment not followed by a constant");
  p->comment_line = 0;
}

static void
block_line (struct parser *p, struct span line)
{
  struct span name, code;
  if (line.n == 0)
    detached_comment (p);
  else if (starts_with (line, "\t//"))
    comment_line (p, line);
  else if (equals (line, ")"))
    {
      detached_comment (p);
      p->part = PART_END;
    }
  else if (split_constant (line, &name, &code))
    constant_line (p, name, code);
  else
    {
      report (p, p->line, "unexpected line in the const block (expected"
              " a comment, a constant, a blank line or \")\")");
      p->comment_line = 0;
    }
}

/* --- Files ---------------------------------------------------------------- */

/* "package VERSION".  */
static void
package_line (struct parser *p, struct span line)
{
  struct span version = rest_after (line, strlen ("package "));
  if (!equals (version, p->version))
    report (p, p->line, "package %.*s, but the version is %s",
            len_of (version), version.p, p->version);
  p->part = PART_PACKAGE;
}

/* LINE: one line of the file, without its line end.  */
static void
file_line (struct parser *p, struct span line)
{
  switch (p->part)
    {
    case PART_PREAMBLE:
      if (starts_with (line, "package "))
        package_line (p, line);
      else if (line.n > 0 && !starts_with (line, "//"))
        report (p, p->line, "unexpected line before the package clause"
                " (expected comments)");
      break;
    case PART_PACKAGE:
      if (equals (line, "const ("))
        {
          p->part = PART_BLOCK;
          p->block_line = p->line;
        }
      else if (line.n > 0)
        report (p, p->line, "unexpected line (expected \"const (\")");
      break;
    case PART_BLOCK:
      block_line (p, line);
      break;
    case PART_END:
      if (line.n > 0)
        report (p, p->line, "unexpected line after the const block");
      break;
    }
}

/* The problems seen at the end of the file.  */
static void
end_of_file (struct parser *p, size_t len)
{
  if (p->cr_line != 0)
    report (p, p->cr_line, "carriage return (the SDK's files end their"
            " lines with LF alone)");
  if (len == 0)
    report (p, 0, "empty file");
  else if (p->part == PART_PREAMBLE)
    report (p, 0, "no package clause");
  else if (p->part == PART_PACKAGE)
    report (p, 0, "no const block");
  else if (p->part == PART_BLOCK)
    report (p, p->block_line, "const block not closed");
}

/* Reports a PRODUCT or VERSION that the caller should not have given.  */
static void
check_names (struct parser *p, const char *product, const char *version)
{
  if (!tcerr_is_product_name (product))
    report (p, 0, "\"%s\" is not a product name (lower-case ASCII letters,"
            " digits, '_' and '-')", product != NULL ? product : "(null)");
  if (!is_version (version))
    report (p, 0, "\"%s\" is not a version (vYYYYMMDD)",
            version != NULL ? version : "(null)");
}

void
sdk_table_free (struct sdk_table *table)
{
  if (table == NULL)
    return;
  for (size_t i = 0; i < table->count; i++)
    {
      free (table->rows[i].code);
      free (table->rows[i].text);
    }
  free (table->rows);
  free (table->product);
  free (table->version);
  *table = (struct sdk_table) { NULL, NULL, NULL, 0 };
}

int
sdk_parse (const char *name, const char *data, size_t len,
           const char *product, const char *version,
           struct sdk_table *table)
{
  struct parser p = { .name = name != NULL ? name : "(errors.go)",
                      .version = version != NULL ? version : "",
                      .part = PART_PREAMBLE };
  if (table != NULL)
    *table = (struct sdk_table) { NULL, NULL, NULL, 0 };
  if (data == NULL)
    data = "", len = 0;
  check_names (&p, product, version);

  struct lines lines;
  struct span line;
  lines_init (&lines, data, len);
  while (lines_next (&lines, &line.p, &line.n))
    {
      p.line++;
      check_bytes (&p, line);
      if (line.n > 0 && line.p[line.n - 1] == '\r')
        line.n--;
      file_line (&p, line);
    }
  end_of_file (&p, len);

  free (p.codes.slots);
  if (p.problems > 0 || table == NULL)
    sdk_table_free (&p.table);
  else
    {
      p.table.product = xstrdup (product);
      p.table.version = xstrdup (version);
      *table = p.table;
    }
  return p.problems;
}

int
sdk_read_file (const char *path, const char *product, const char *version,
               struct sdk_table *table)
{
  if (table != NULL)
    *table = (struct sdk_table) { NULL, NULL, NULL, 0 };
  if (path == NULL)
    return report_path ("(null)", "%s", strerror (EINVAL));
  size_t len;
  char *data = maint_read_file (path, &len);
  if (data == NULL)
    return report_path (path, "%s", maint_file_error (errno));
  int problems = sdk_parse (path, data, len, product, version, table);
  free (data);
  return problems;
}

/* --- Trees ---------------------------------------------------------------- */

static int
compare_names (const void *a, const void *b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

static void
free_names (char **names, size_t count)
{
  for (size_t i = 0; i < count; i++)
    free (names[i]);
  free (names);
}

/* The entries of the folder DIR but "." and "..", sorted, in *NAMES
   (COUNT of them); or errno.  */
static int
list_folder (const char *dir, char ***names, size_t *count)
{
  *names = NULL;
  *count = 0;
  DIR *d = opendir (dir);
  if (d == NULL)
    return errno;
  size_t capacity = 0;
  struct dirent *e;
  while (errno = 0, (e = readdir (d)) != NULL)
    {
      if (strcmp (e->d_name, ".") == 0 || strcmp (e->d_name, "..") == 0)
        continue;
      if (*count == capacity)
        {
          capacity = capacity > 0 ? capacity * 2 : 64;
          *names = xreallocarray (*names, capacity, sizeof **names);
        }
      (*names)[(*count)++] = xstrdup (e->d_name);
    }
  int error = errno;
  closedir (d);
  if (error != 0)
    {
      free_names (*names, *count);
      *names = NULL;
      *count = 0;
      return error;
    }
  if (*count > 0)
    qsort (*names, *count, sizeof **names, compare_names);
  return 0;
}

/* Appends TABLE to TREE's files.  */
static void
add_file (struct sdk_tree *tree, struct sdk_table *table)
{
  size_t n = tree->file_count;
  /* Grows by powers of 2.  */
  if ((n & (n - 1)) == 0)
    tree->files = xreallocarray (tree->files, n > 0 ? 2 * n : 1,
                                    sizeof *tree->files);
  tree->files[tree->file_count++] = *table;
}

/* Whether PATH exists (else it is no errors.go, not a problem); other
   errors are reported.  */
static bool
exists (const char *path, int *problems)
{
  struct stat st;
  if (stat (path, &st) == 0)
    return true;
  if (errno != ENOENT && errno != ENOTDIR)
    *problems += report_path (path, "%s", maint_file_error (errno));
  return false;
}

/* Reads the errors.go of each version of PRODUCT (its folder DIR).  */
static int
read_product (const char *dir, const char *product,
              struct sdk_tree *tree)
{
  char **versions;
  size_t count;
  int error = list_folder (dir, &versions, &count);
  if (error == ENOTDIR)
    return 0;
  if (error != 0)
    return report_path (dir, "%s", maint_file_error (error));
  int problems = 0;
  bool found = false;
  for (size_t i = 0; i < count; i++)
    {
      if (versions[i][0] != 'v')
        continue;
      char *version_dir = path_join (dir, versions[i]);
      char *path = path_join (version_dir, "errors.go");
      if (exists (path, &problems))
        {
          struct sdk_table table;
          problems += sdk_read_file (path, product, versions[i], &table);
          add_file (tree, &table);
          found = true;
        }
      free (path);
      free (version_dir);
    }
  if (found)
    tree->products++;
  free_names (versions, count);
  return problems;
}

/* Reads every file of ROOT into TREE->files.  */
static int
read_files (const char *root, struct sdk_tree *tree)
{
  char *dir = path_join (root, "tencentcloud");
  char **products;
  size_t count;
  int error = list_folder (dir, &products, &count);
  int problems = 0;
  if (error != 0)
    problems = report_path (dir, "%s", maint_file_error (error));
  for (size_t i = 0; i < count; i++)
    {
      char *product_dir = path_join (dir, products[i]);
      problems += read_product (product_dir, products[i], tree);
      free (product_dir);
    }
  if (error == 0 && tree->file_count == 0)
    problems += report_path (dir, "no PRODUCT/VERSION/errors.go in it");
  free_names (products, count);
  free (dir);
  return problems;
}

/* Key K's place against (PRODUCT, CODE) in the registry's order
   (tcerr_key_compare).  */
static int
key_order (const struct sdk_key *k, const char *product, const char *code)
{
  return tcerr_key_compare (&(struct tcerr_key) { k->product, k->code },
                            &(struct tcerr_key) { product, code });
}

/* Registry order, then the newest version first.  */
static int
compare_keys (const void *a, const void *b)
{
  const struct sdk_key *x = a, *y = b;
  int c = key_order (x, y->product, y->code);
  return c != 0 ? c : strcmp (y->version, x->version);
}

static bool
same_key (const struct sdk_key *a, const struct sdk_key *b)
{
  return key_order (a, b->product, b->code) == 0;
}

/* TREE's keys from its files: each (product, code) once, from the
   newest version that has it.  */
static void
merge (struct sdk_tree *tree)
{
  size_t total = 0;
  for (size_t f = 0; f < tree->file_count; f++)
    total += tree->files[f].count;
  tree->keys = xreallocarray (NULL, total, sizeof *tree->keys);
  size_t n = 0;
  for (size_t f = 0; f < tree->file_count; f++)
    {
      const struct sdk_table *t = &tree->files[f];
      for (size_t r = 0; r < t->count; r++)
        tree->keys[n++] = (struct sdk_key)
          { t->product, t->rows[r].code, t->rows[r].text, t->version,
            t->rows[r].line };
    }
  if (n > 0)
    qsort (tree->keys, n, sizeof *tree->keys, compare_keys);
  size_t kept = 0;
  for (size_t i = 0; i < n; i++)
    if (kept == 0 || !same_key (&tree->keys[i], &tree->keys[kept - 1]))
      tree->keys[kept++] = tree->keys[i];
  tree->count = kept;
}

void
sdk_tree_free (struct sdk_tree *tree)
{
  if (tree == NULL)
    return;
  for (size_t f = 0; f < tree->file_count; f++)
    sdk_table_free (&tree->files[f]);
  free (tree->files);
  free (tree->keys);
  *tree = (struct sdk_tree) { NULL, 0, NULL, 0, 0 };
}

int
sdk_read_tree (const char *root, struct sdk_tree *tree)
{
  struct sdk_tree c = { NULL, 0, NULL, 0, 0 };
  if (tree != NULL)
    *tree = c;
  if (root == NULL)
    return report_path ("(null)", "%s", strerror (EINVAL));
  int problems = read_files (root, &c);
  if (problems > 0 || tree == NULL)
    {
      sdk_tree_free (&c);
      return problems;
    }
  merge (&c);
  *tree = c;
  return 0;
}

const struct sdk_key *
sdk_find (const struct sdk_tree *tree, const char *product,
          const char *code)
{
  if (tree == NULL || product == NULL || code == NULL)
    return NULL;
  size_t lo = 0, hi = tree->count;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      const struct sdk_key *k = &tree->keys[mid];
      int c = key_order (k, product, code);
      if (c == 0)
        return k;
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return NULL;
}
