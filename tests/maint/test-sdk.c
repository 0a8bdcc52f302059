/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The SDK reader (src/maint/sdk.c): the shape of an errors.go, every
   refusal with the exact "name:line: " of its messages, the merging of a
   tree's versions on trees written under WORKDIR (the first argument), and
   both Go SDKs of $TCERR_UPSTREAM read whole, checked against a count and
   an extraction of their own and against the files' text.  */
#include <config.h>

#include "sdk.h"
#include "files.h"
#include "tcerr.h"

#include <errno.h>
#include <ftw.h>
#include <glob.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#define MIB (1024 * 1024)

/* A string literal as DATA, LEN arguments (it may hold NUL bytes).  */
#define S(literal) literal, sizeof literal - 1

/* Lines 1 to 8 of a file of version v20170312, as upstream's start (with
   a shorter licence): its first description is at line 9.  */
#define HEAD \
  "// Copyright (c) 2017-2025 Tencent. All Rights Reserved.\n" \
  "//\n" \
  "\n" \
  "package v20170312\n" \
  "\n" \
  "const (\n" \
  "\t// 此产品的特有错误码\n" \
  "\n"
/* A description and its constant, two lines.  */
#define ENTRY(text, name, code) "\t// " text "\n\t" name " = \"" code "\"\n"
#define END ")\n"

#define UNEXPECTED "unexpected line in the const block (expected a comment," \
  " a constant, a blank line or \")\")\n"

static const char *work;   /* the scratch folder, in the build tree */

/* --- Helpers -------------------------------------------------------------- */

/* Parses DATA (LEN bytes) as "t.go", version v20170312 of cbs, with the
   diagnostics captured: returns sdk_parse's status and sets *MESSAGES (to
   free).  */
static int
parse (const char *data, size_t len, struct sdk_table *table,
       char **messages)
{
  size_t size;
  FILE *out = open_memstream (messages, &size);
  assert_non_null (out);
  sdk_diagnostics = out;
  int status = sdk_parse ("t.go", data, len, "cbs", "v20170312", table);
  sdk_diagnostics = NULL;
  assert_int_equal (fclose (out), 0);
  return status;
}

static void
assert_empty (const struct sdk_table *table)
{
  assert_null (table->product);
  assert_null (table->version);
  assert_null (table->rows);
  assert_int_equal (table->count, 0);
}

/* DATA parses without a message; the caller frees *TABLE.  */
static void
good (const char *data, size_t len, struct sdk_table *table)
{
  char *messages;
  int status = parse (data, len, table, &messages);
  assert_string_equal (messages, "");
  assert_int_equal (status, 0);
  assert_string_equal (table->product, "cbs");
  assert_string_equal (table->version, "v20170312");
  free (messages);
}

/* DATA is refused with PROBLEMS problems, reported as MESSAGES exactly,
   and nothing half-read.  */
static void
bad (const char *data, size_t len, int problems, const char *messages)
{
  struct sdk_table table;
  memset (&table, 0x55, sizeof table);
  char *got;
  int status = parse (data, len, &table, &got);
  assert_string_equal (got, messages);
  assert_int_equal (status, problems);
  assert_empty (&table);
  free (got);
}

/* Row I of TABLE is CODE, TEXT at LINE.  */
static void
assert_row (const struct sdk_table *table, size_t i, const char *code,
            const char *text, unsigned long line)
{
  assert_true (i < table->count);
  assert_string_equal (table->rows[i].code, code);
  assert_string_equal (table->rows[i].text, text);
  assert_int_equal (table->rows[i].line, line);
}

/* PREFIX, N times FILL, SUFFIX (to free); *LEN its length.  */
static char *
long_line (const char *prefix, char fill, size_t n, const char *suffix,
           size_t *len)
{
  size_t a = strlen (prefix), b = strlen (suffix);
  char *s = malloc (a + n + b + 1);
  assert_non_null (s);
  memcpy (s, prefix, a);
  memset (s + a, fill, n);
  memcpy (s + a + n, suffix, b + 1);
  *len = a + n + b;
  return s;
}

/* printf into a new string.  */
static char *
format (const char *fmt, ...)
{
  va_list args;
  va_start (args, fmt);
  char *s;
  assert_true (vasprintf (&s, fmt, args) >= 0);
  va_end (args);
  return s;
}

static int
remove_entry (const char *path, const struct stat *st, int flag,
              struct FTW *ftw)
{
  (void) st, (void) flag, (void) ftw;
  return remove (path);
}

/* A fresh, empty WORK/NAME (to free).  */
static char *
fresh_dir (const char *name)
{
  char *dir = format ("%s/%s", work, name);
  nftw (dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
  assert_int_equal (mkdir (dir, 0755), 0);
  return dir;
}

/* Writes TEXT to ROOT/FILE, making its folders.  */
static void
write_file (const char *root, const char *file, const char *text)
{
  char *path = format ("%s/%s", root, file);
  for (char *slash = strchr (path + strlen (root) + 1, '/'); slash != NULL;
       slash = strchr (slash + 1, '/'))
    {
      *slash = '\0';
      if (mkdir (path, 0755) != 0 && errno != EEXIST)
        fail_msg ("%s: %s", path, strerror (errno));
      *slash = '/';
    }
  FILE *f = fopen (path, "wb");
  assert_non_null (f);
  fputs (text, f);
  assert_int_equal (fclose (f), 0);
  free (path);
}

/* An errors.go of VERSION holding ENTRIES.  */
static char *
errors_go (const char *version, const char *entries)
{
  return format ("// Licence.\n\npackage %s\n\nconst (\n"
                 "\t// error codes for specific actions\n\n%s)\n",
                 version, entries);
}

/* Writes ROOT/tencentcloud/PRODUCT/VERSION/errors.go holding ENTRIES.  */
static void
write_errors_go (const char *root, const char *product, const char *version,
                 const char *entries)
{
  char *file = format ("tencentcloud/%s/%s/errors.go", product, version);
  char *text = errors_go (version, entries);
  write_file (root, file, text);
  free (text);
  free (file);
}

/* sdk_read_tree on ROOT with the diagnostics captured in *MESSAGES.  */
static int
read_tree (const char *root, struct sdk_tree *tree, char **messages)
{
  size_t size;
  FILE *out = open_memstream (messages, &size);
  assert_non_null (out);
  sdk_diagnostics = out;
  int status = sdk_read_tree (root, tree);
  sdk_diagnostics = NULL;
  assert_int_equal (fclose (out), 0);
  return status;
}

/* ROOT is refused with PROBLEMS problems, reported as MESSAGES, in which
   "@" stands for ROOT.  */
static void
bad_tree (const char *root, int problems, const char *messages)
{
  struct sdk_tree tree;
  memset (&tree, 0x55, sizeof tree);
  char *got;
  int status = read_tree (root, &tree, &got);
  char *want = malloc (strlen (messages) * (strlen (root) + 1) + 1), *w = want;
  assert_non_null (want);
  for (const char *m = messages; *m != '\0'; m++)
    if (*m == '@')
      w = stpcpy (w, root);
    else
      *w++ = *m;
  *w = '\0';
  assert_string_equal (got, want);
  assert_int_equal (status, problems);
  assert_null (tree.keys);
  assert_int_equal (tree.count, 0);
  assert_null (tree.files);
  assert_int_equal (tree.file_count, 0);
  assert_int_equal (tree.products, 0);
  free (want);
  free (got);
}

/* --- The shape ------------------------------------------------------------ */

static void
generated_shape (void **state)
{
  (void) state;
  struct sdk_table table;
  good (S (HEAD
           ENTRY ("CAM签名/鉴权错误。", "AUTHFAILURE", "AuthFailure") "\n"
           ENTRY ("云硬盘忙，请稍后重试。", "INVALIDDISK_BUSY",
                  "InvalidDisk.Busy") "\n"
           ENTRY ("参数错误。", "INVALIDPARAMETER_DISK_ID_2",
                  "InvalidParameter.Disk_Id_2")
           END), &table);
  assert_int_equal (table.count, 3);
  assert_row (&table, 0, "AuthFailure", "CAM签名/鉴权错误。", 10);
  assert_row (&table, 1, "InvalidDisk.Busy", "云硬盘忙，请稍后重试。", 13);
  assert_row (&table, 2, "InvalidParameter.Disk_Id_2", "参数错误。", 16);
  sdk_table_free (&table);
  assert_empty (&table);
  sdk_table_free (&table);
  sdk_table_free (NULL);

  /* Only checked.  */
  char *messages;
  size_t size;
  FILE *out = open_memstream (&messages, &size);
  sdk_diagnostics = out;
  assert_int_equal (sdk_parse ("t.go", S (HEAD ENTRY ("a", "A", "A") END),
                               "cbs", "v20170312", NULL), 0);
  assert_int_equal (sdk_parse ("t.go", S (HEAD "x\n" END), "cbs", "v20170312",
                               NULL), 1);
  sdk_diagnostics = NULL;
  fclose (out);
  assert_string_equal (messages, "t.go:9: " UNEXPECTED);
  free (messages);
}

/* What the real files have besides: no constant at all, the English
   header, no header, a missing final newline, runs of blank lines.  */
static void
variants (void **state)
{
  (void) state;
  struct sdk_table table;
  good (S (HEAD END), &table);
  assert_int_equal (table.count, 0);
  assert_null (table.rows);
  sdk_table_free (&table);

  good (S ("package v20170312\n\nconst (\n"
           "\t// error codes for specific actions\n\n"
           ENTRY ("Internal error.", "INTERNALERROR", "InternalError") END),
        &table);
  assert_row (&table, 0, "InternalError", "Internal error.", 7);
  sdk_table_free (&table);

  good (S ("package v20170312\nconst (\n" ENTRY ("a", "A", "A") ")"),
        &table);
  assert_row (&table, 0, "A", "a", 4);
  sdk_table_free (&table);

  good (S ("\n// one\n\n// two\n\n\npackage v20170312\n\n\nconst (\n\n\n"
           ENTRY ("a", "A", "A") "\n\n\n" ENTRY ("b", "B", "B") "\n" END
           "\n\n"), &table);
  assert_int_equal (table.count, 2);
  assert_row (&table, 0, "A", "a", 14);
  assert_row (&table, 1, "B", "b", 19);
  sdk_table_free (&table);
}

/* A description is the comment after "// " byte for byte, but for its
   trailing blanks.  */
static void
descriptions_as_written (void **state)
{
  (void) state;
  struct sdk_table table;
  good (S (HEAD
           "\t// \n\tA = \"A\"\n"
           "\t//\n\tB = \"B\"\n"
           "\t//  \n\tC = \"C\"\n"
           "\t// Too many requests. \n\tD = \"D\"\n"
           "\t//  The specified EIP does not exist.\n\tE = \"E\"\n"
           "\t// \b该IP地址现在不可用。\t \n\tF = \"F\"\n"
           "\t// 参考 <a href=\"https://cloud.tencent.com/x#v\">标准</a>"
           "下`Name` // x\n\tG = \"G\"\n"
           "\t// a\tb  c\n\tH = \"H\"\n"
           "\t// \xF0\x9F\x98\x80 \\n \" ' \x7F\n\tI = \"I\"\n"
           "\t// \xE3\x80\x80\xC2\xA0\tx\xC2\xA0y\xE3\x80\x80 \n\tJ = \"J\"\n"
           END), &table);
  assert_int_equal (table.count, 10);
  assert_row (&table, 0, "A", "", 10);
  assert_row (&table, 1, "B", "", 12);
  assert_row (&table, 2, "C", "", 14);
  assert_row (&table, 3, "D", "Too many requests.", 16);
  assert_row (&table, 4, "E", "The specified EIP does not exist.", 18);
  assert_row (&table, 5, "F", "该IP地址现在不可用。", 20);
  assert_row (&table, 6, "G", "参考 <a href=\"https://cloud.tencent.com/x#v\">"
              "标准</a>下`Name` // x", 22);
  assert_row (&table, 7, "H", "a\tb  c", 24);
  assert_row (&table, 8, "I", "\xF0\x9F\x98\x80 \\n \" '", 26);
  /* white space of any width around a text, not inside it */
  assert_row (&table, 9, "J", "x\xC2\xA0y", 28);
  sdk_table_free (&table);
}

/* --- Refusals ------------------------------------------------------------- */

static void
nul_bytes (void **state)
{
  (void) state;
  bad (S (HEAD "\t// a\0b\n\tA = \"A\"\n" END), 1, "t.go:9: NUL byte\n");
  bad (S (HEAD ENTRY ("a", "A", "A") "\0\n" END), 2,
       "t.go:11: NUL byte\nt.go:11: " UNEXPECTED);
  bad (S ("\0"), 3, "t.go:1: NUL byte\nt.go:1: unexpected line before the"
       " package clause (expected comments)\nt.go: no package clause\n");
}

static void
invalid_utf8 (void **state)
{
  (void) state;
  static const char *const bytes[] =
  {
    "\xFF", "\xC0\x80", "\xC1\xBF", "\xED\xA0\x80", "\xF4\x90\x80\x80",
    "\xE4\xBD", "\x80", "\xF8\x88\x80\x80\x80", "a\xE4\xBD\xA0\xE4"
  };
  for (size_t i = 0; i < sizeof bytes / sizeof bytes[0]; i++)
    {
      char *data = format (HEAD "\t// %s\n\tA = \"A\"\n" END, bytes[i]);
      bad (data, strlen (data), 1, "t.go:9: invalid UTF-8\n");
      free (data);
    }
  bad (S ("// \xFF\n" HEAD END), 1, "t.go:1: invalid UTF-8\n");
}

static void
constant_without_comment (void **state)
{
  (void) state;
  bad (S (HEAD ENTRY ("a", "A", "A") "\n\tB = \"B\"\n" END), 1,
       "t.go:12: constant B without a description comment just above"
       " it\n");
  bad (S ("package v20170312\nconst (\n\tA = \"A\"\n)\n"), 1,
       "t.go:3: constant A without a description comment just above"
       " it\n");
  /* The comment a blank line above belongs to nothing.  */
  bad (S (HEAD ENTRY ("a", "A", "A") "\n\t// b\n\n\tB = \"B\"\n" END), 2,
       "t.go:12: comment not followed by a constant\n"
       "t.go:14: constant B without a description comment just above"
       " it\n");
}

static void
comment_of_several_lines (void **state)
{
  (void) state;
  bad (S (HEAD "\t// 该IP地址现在不可用。\n\t// 欠费状态不支持该操作。\n"
          "\tA = \"A\"\n" END), 1,
       "t.go:10: comment of several lines (from line 9): a description is"
       " one line\n");
  bad (S (HEAD "\t// a\n\t// b\n\t// c\n\tA = \"A\"\n" END), 2,
       "t.go:10: comment of several lines (from line 9): a description is"
       " one line\n"
       "t.go:11: comment of several lines (from line 9): a description is"
       " one line\n");
}

static void
detached_comments (void **state)
{
  (void) state;
  bad (S (HEAD ENTRY ("a", "A", "A") "\n\t// lost\n" END), 1,
       "t.go:12: comment not followed by a constant\n");
  bad (S (HEAD ENTRY ("a", "A", "A") "\n\t// lost\n\n" ENTRY ("b", "B", "B")
          END), 1, "t.go:12: comment not followed by a constant\n");
  bad (S (HEAD "\t// lost\n\tvar x = 1\n" ENTRY ("b", "B", "B") END), 1,
       "t.go:10: " UNEXPECTED);
  bad (S (HEAD "\t//lost\n\tA = \"A\"\n" END), 1,
       "t.go:9: comment without a space after \"//\"\n");
}

static void
stray_lines (void **state)
{
  (void) state;
  bad (S (HEAD "\tvar x = 1\n" END), 1, "t.go:9: " UNEXPECTED);
  bad (S (HEAD "\t// a\n\tA = \"A\" // note\n" END), 1,
       "t.go:10: " UNEXPECTED);
  bad (S (HEAD "\t// a\n\tA = `A`\n" END), 1, "t.go:10: " UNEXPECTED);
  bad (S (HEAD "\t// a\n\tA = \"A\n" END), 1, "t.go:10: " UNEXPECTED);
  bad (S (HEAD "\t// a\n\tA=\"A\"\n" END), 1, "t.go:10: " UNEXPECTED);
  bad (S (HEAD "    // a\n    A = \"A\"\n" END), 2,
       "t.go:9: " UNEXPECTED "t.go:10: " UNEXPECTED);
  bad (S (HEAD "\t\n" END), 1, "t.go:9: " UNEXPECTED);
  bad (S (HEAD " \n" END), 1, "t.go:9: " UNEXPECTED);
  bad (S (HEAD ") \n"), 2, "t.go:9: " UNEXPECTED "t.go:6: const block not"
       " closed\n");
  bad (S ("import \"fmt\"\n" HEAD END), 1,
       "t.go:1: unexpected line before the package clause (expected"
       " comments)\n");
  bad (S ("\xEF\xBB\xBF" HEAD END), 1,
       "t.go:1: unexpected line before the package clause (expected"
       " comments)\n");
  bad (S ("package v20170312\n\nvar x = 1\nconst (\n)\n"), 1,
       "t.go:3: unexpected line (expected \"const (\")\n");
  bad (S ("package v20170312\nconst (\n)\nconst (\n)\n"), 2,
       "t.go:4: unexpected line after the const block\n"
       "t.go:5: unexpected line after the const block\n");
  bad (S (HEAD END "func f () {}\n"), 1,
       "t.go:10: unexpected line after the const block\n");
}

static void
unterminated_block (void **state)
{
  (void) state;
  bad (S (HEAD ENTRY ("a", "A", "A")), 1, "t.go:6: const block not closed\n");
  bad (S (HEAD ENTRY ("a", "A", "A") "\t// b\n"), 1,
       "t.go:6: const block not closed\n");
  bad (S ("package v20170312\nconst (\n"), 1,
       "t.go:2: const block not closed\n");
}

static void
missing_parts (void **state)
{
  (void) state;
  bad (S (""), 1, "t.go: empty file\n");
  bad (S ("\n"), 1, "t.go: no package clause\n");
  bad (S ("// Copyright\n//\n"), 1, "t.go: no package clause\n");
  bad (S ("package v20170312\n\n"), 1, "t.go: no const block\n");
  bad (S ("package v20201229\nconst (\n)\n"), 1,
       "t.go:1: package v20201229, but the version is v20170312\n");
  bad (S ("package main\nconst (\n)\n"), 1,
       "t.go:1: package main, but the version is v20170312\n");
}

static void
codes_that_are_not_codes (void **state)
{
  (void) state;
  bad (S (HEAD ENTRY ("a", "INVALID_DISK", "Invalid-Disk") END), 1,
       "t.go:10: \"Invalid-Disk\" is not an error code (ASCII letters,"
       " digits, '.' and '_')\n");
  bad (S (HEAD ENTRY ("a", "A", "") END), 1,
       "t.go:10: \"\" is not an error code (ASCII letters, digits, '.' and"
       " '_')\n");
  bad (S (HEAD ENTRY ("a", "A_B", "A B") END), 1,
       "t.go:10: \"A B\" is not an error code (ASCII letters, digits, '.'"
       " and '_')\n");
  bad (S (HEAD ENTRY ("a", "A", "A\\\"") END), 1,
       "t.go:10: \"A\\\"\" is not an error code (ASCII letters, digits, '.'"
       " and '_')\n");
  bad (S (HEAD ENTRY ("a", "A", "A\"\"B") END), 1,
       "t.go:10: \"A\"\"B\" is not an error code (ASCII letters, digits,"
       " '.' and '_')\n");
  bad (S (HEAD ENTRY ("a", "A", "\xE9\x94\x99") END), 1,
       "t.go:10: \"\xE9\x94\x99\" is not an error code (ASCII letters,"
       " digits, '.' and '_')\n");

  /* Its Go name is the code in capitals, '.' as '_'.  */
  bad (S (HEAD ENTRY ("a", "AUTH", "AuthFailure") END), 1,
       "t.go:10: constant AUTH: its name is not its code's\n");
  bad (S (HEAD ENTRY ("a", "AuthFailure", "AuthFailure") END), 1,
       "t.go:10: constant AuthFailure: its name is not its code's\n");
  bad (S (HEAD ENTRY ("a", "INVALIDDISK.BUSY", "InvalidDisk.Busy") END), 1,
       "t.go:10: constant INVALIDDISK.BUSY: its name is not its code's\n");
  bad (S (HEAD "\t// a\n\t = \"A\"\n" END), 1,
       "t.go:10: constant : its name is not its code's\n");

  /* As long as a code can be, and one more.  */
  size_t len;
  char *name = long_line ("\t// a\n\t", 'C', TCERR_CODE_MAX, "", &len);
  char *data = format (HEAD "%s = \"%s\"\n" END, name, name + 7);
  struct sdk_table table;
  good (data, strlen (data), &table);
  assert_int_equal (strlen (table.rows[0].code), TCERR_CODE_MAX);
  sdk_table_free (&table);
  free (data);
  free (name);
  name = long_line ("\t// a\n\t", 'C', TCERR_CODE_MAX + 1, "", &len);
  data = format (HEAD "%s = \"%s\"\n" END, name, name + 7);
  char *messages = format ("t.go:10: \"%s\" is not an error code (ASCII"
                           " letters, digits, '.' and '_')\n", name + 7);
  bad (data, strlen (data), 1, messages);
  free (messages);
  free (data);
  free (name);
}

static void
duplicate_codes (void **state)
{
  (void) state;
  bad (S (HEAD ENTRY ("a", "A", "A") "\n" ENTRY ("b", "B", "B") "\n"
          ENTRY ("a again", "A", "A") END), 1,
       "t.go:16: duplicate error code A (first at line 10)\n");
  /* Codes differ in case only: two codes (Go would refuse the names).  */
  struct sdk_table table;
  good (S (HEAD ENTRY ("a", "AB", "Ab") ENTRY ("b", "AB", "AB") END), &table);
  assert_int_equal (table.count, 2);
  sdk_table_free (&table);

  /* Among thousands (the table of codes grows).  */
  char *data = NULL;
  size_t size;
  FILE *f = open_memstream (&data, &size);
  assert_non_null (f);
  fputs (HEAD, f);
  for (int i = 0; i < 5000; i++)
    fprintf (f, "\t// 说明 %d\n\tCODE_%d = \"Code.%d\"\n\n", i, i, i);
  fputs ("\t// again\n\tCODE_1234 = \"Code.1234\"\n" END, f);
  assert_int_equal (fclose (f), 0);
  bad (data, size, 1, "t.go:15010: duplicate error code Code.1234 (first at"
       " line 3712)\n");
  /* Without the repeated one: in file order.  */
  char *tail = strstr (data, "\t// again");
  strcpy (tail, END);
  good (data, strlen (data), &table);
  assert_int_equal (table.count, 5000);
  assert_row (&table, 0, "Code.0", "说明 0", 10);
  assert_row (&table, 4999, "Code.4999", "说明 4999", 15007);
  sdk_table_free (&table);
  free (data);
}

static void
carriage_returns (void **state)
{
  (void) state;
  const char lf[] = HEAD ENTRY ("a", "A", "A") END;
  char crlf[2 * sizeof lf];
  size_t n = 0;
  for (const char *s = lf; *s != '\0'; s++)
    {
      if (*s == '\n')
        crlf[n++] = '\r';
      crlf[n++] = *s;
    }
  bad (crlf, n, 1, "t.go:1: carriage return (the SDK's files end their"
       " lines with LF alone)\n");
  bad (S (HEAD "\t// a\rb\n\tA = \"A\"\n" END), 1,
       "t.go:9: carriage return (the SDK's files end their lines with LF"
       " alone)\n");
  bad (S (HEAD ENTRY ("a", "A", "A") ")\r"), 1,
       "t.go:11: carriage return (the SDK's files end their lines with LF"
       " alone)\n");
}

static void
huge_lines (void **state)
{
  (void) state;
  struct sdk_table table;
  size_t len;
  /* "\t// " and the text: SDK_LINE_MAX bytes.  */
  char *data = long_line (HEAD "\t// ", 'x', SDK_LINE_MAX - 4,
                          "\n\tA = \"A\"\n" END, &len);
  good (data, len, &table);
  assert_int_equal (strlen (table.rows[0].text), SDK_LINE_MAX - 4);
  sdk_table_free (&table);
  free (data);

  data = long_line (HEAD "\t// ", 'x', SDK_LINE_MAX - 3,
                    "\n\tA = \"A\"\n" END, &len);
  bad (data, len, 1, "t.go:9: line longer than 65536 bytes\n");
  free (data);

  data = long_line (HEAD "\t// ", '\xFF', MIB, "\n\tA = \"A\"\n" END, &len);
  bad (data, len, 2, "t.go:9: line longer than 65536 bytes\n"
       "t.go:9: invalid UTF-8\n");
  free (data);

  data = long_line ("", 'x', 4 * MIB, "\n" HEAD END, &len);
  bad (data, len, 2, "t.go:1: line longer than 65536 bytes\n"
       "t.go:1: unexpected line before the package clause (expected"
       " comments)\n");
  free (data);
}

/* Several problems of a file, each reported, in line order.  */
static void
every_problem_reported (void **state)
{
  (void) state;
  bad (S ("// Copyright\nx\npackage v20170312\nconst (\n"
          "\t// a\n\tA = \"A\"\n"
          "\tB = \"B\"\n"
          "\t// \xFF\n\tC = \"C-1\"\n"
          "\t// a\n\tA = \"A\"\n"
          "\t// d\n\n"
          ")\ny\n"), 7,
       "t.go:2: unexpected line before the package clause (expected"
       " comments)\n"
       "t.go:7: constant B without a description comment just above it\n"
       "t.go:8: invalid UTF-8\n"
       "t.go:9: \"C-1\" is not an error code (ASCII letters, digits, '.'"
       " and '_')\n"
       "t.go:11: duplicate error code A (first at line 6)\n"
       "t.go:12: comment not followed by a constant\n"
       "t.go:15: unexpected line after the const block\n");
}

static void
product_and_version (void **state)
{
  (void) state;
  char *messages;
  size_t size;
  struct sdk_table table;
  FILE *out = open_memstream (&messages, &size);
  sdk_diagnostics = out;
  assert_int_equal (sdk_parse ("t.go", S (HEAD END), "CBS", "v20170312",
                               &table), 1);
  assert_empty (&table);
  assert_int_equal (sdk_parse ("t.go", S (HEAD END), "cbs", "20170312",
                               &table), 2);
  assert_int_equal (sdk_parse ("t.go", S (HEAD END), NULL, NULL, &table), 3);
  assert_int_equal (sdk_parse (NULL, NULL, 0, "cbs", "v20170312", &table),
                    1);
  sdk_diagnostics = NULL;
  fclose (out);
  assert_string_equal (messages,
    "t.go: \"CBS\" is not a product name (lower-case ASCII letters, digits,"
    " '_' and '-')\n"
    "t.go: \"20170312\" is not a version (vYYYYMMDD)\n"
    "t.go:4: package v20170312, but the version is 20170312\n"
    "t.go: \"(null)\" is not a product name (lower-case ASCII letters,"
    " digits, '_' and '-')\n"
    "t.go: \"(null)\" is not a version (vYYYYMMDD)\n"
    "t.go:4: package v20170312, but the version is \n"
    "(errors.go): empty file\n");
  free (messages);
}

/* sdk_read_file on PATH: PROBLEMS, reported as MESSAGE.  */
static void
read_bad_file (const char *path, int problems, const char *message)
{
  char *messages;
  size_t size;
  struct sdk_table table;
  memset (&table, 0x55, sizeof table);
  FILE *out = open_memstream (&messages, &size);
  sdk_diagnostics = out;
  assert_int_equal (sdk_read_file (path, "cbs", "v20170312", &table),
                    problems);
  sdk_diagnostics = NULL;
  fclose (out);
  assert_empty (&table);
  assert_string_equal (messages, message);
  free (messages);
}

static void
reading_files (void **state)
{
  (void) state;
  char *dir = fresh_dir ("files.work");
  write_file (dir, "good.go", HEAD ENTRY ("a", "A", "A") END);
  write_file (dir, "bad.go", HEAD ENTRY ("a", "A", "A"));
  char *path = format ("%s/good.go", dir);
  struct sdk_table table;
  assert_int_equal (sdk_read_file (path, "cbs", "v20170312", &table), 0);
  assert_row (&table, 0, "A", "a", 10);
  sdk_table_free (&table);
  free (path);

  path = format ("%s/bad.go", dir);
  char *message = format ("%s:6: const block not closed\n", path);
  read_bad_file (path, 1, message);
  free (message);
  free (path);

  path = format ("%s/missing.go", dir);
  message = format ("%s: %s\n", path, strerror (ENOENT));
  read_bad_file (path, 1, message);
  free (message);
  free (path);

  message = format ("%s: %s\n", dir, strerror (EISDIR));
  read_bad_file (dir, 1, message);
  free (message);
  read_bad_file (NULL, 1, "(null): Invalid argument\n");

  /* Past the size limit: a sparse file one byte too large.  */
  path = format ("%s/big.go", dir);
  FILE *f = fopen (path, "wb");
  assert_non_null (f);
  assert_int_equal (ftruncate (fileno (f), (off_t) MAINT_FILE_MAX + 1), 0);
  assert_int_equal (fclose (f), 0);
  message = format ("%s: file too large (more than %d MiB)\n", path,
                    MAINT_FILE_MAX_MIB);
  read_bad_file (path, 1, message);
  free (message);
  assert_int_equal (unlink (path), 0);
  free (path);
  free (dir);
}

/* --- Trees ---------------------------------------------------------------- */

static void
assert_key (const struct sdk_tree *tree, size_t i, const char *product,
            const char *code, const char *text, const char *version,
            unsigned long line)
{
  assert_true (i < tree->count);
  const struct sdk_key *k = &tree->keys[i];
  assert_string_equal (k->product, product);
  assert_string_equal (k->code, code);
  assert_string_equal (k->text, text);
  assert_string_equal (k->version, version);
  assert_int_equal (k->line, line);
  assert_ptr_equal (sdk_find (tree, product, code), k);
}

static void
versions_merge (void **state)
{
  (void) state;
  char *root = fresh_dir ("merge.work");
  /* Lines: the first constant is at 9, then every 3 lines.  */
  write_errors_go (root, "cvm", "v20170312",
                   ENTRY ("old A", "A", "A") "\n"
                   ENTRY ("B, only in the old version", "B", "B") "\n"
                   ENTRY ("old D", "D", "D"));
  write_errors_go (root, "cvm", "v20201229",
                   ENTRY ("new A", "A", "A") "\n"
                   ENTRY ("C", "C", "C"));
  write_errors_go (root, "cvm", "v20190101",
                   ENTRY ("middle A", "A", "A") "\n"
                   ENTRY ("middle D", "D", "D"));
  write_errors_go (root, "cbs", "v20170312",
                   ENTRY ("InvalidParameterValue", "INVALIDPARAMETERVALUE",
                          "InvalidParameterValue") "\n"
                   ENTRY ("InvalidParameter.X", "INVALIDPARAMETER_X",
                          "InvalidParameter.X") "\n"
                   ENTRY ("InvalidParameter", "INVALIDPARAMETER",
                          "InvalidParameter") "\n"
                   ENTRY ("lower", "LOWER", "lower") "\n"
                   ENTRY ("cbs A", "A", "A"));
  write_errors_go (root, "empty", "v20180101", "");
  write_errors_go (root, "cbs-x", "v20170312", ENTRY ("z", "Z", "Z"));
  /* Ignored: what is not PRODUCT/vVERSION/errors.go.  */
  write_file (root, "tencentcloud/README.md", "x");
  write_file (root, "tencentcloud/cvm/README.md", "x");
  write_file (root, "tencentcloud/cvm/internal/errors.go", "x");
  write_file (root, "tencentcloud/cvm/v20990101/client.go", "x");
  write_file (root, "tencentcloud/cvm/errors.go", "x");
  write_file (root, "tencentcloud/common/http/errors.go", "x");
  write_file (root, "tencentcloud/Common/README", "x");
  write_file (root, "tencentcloud/cbs/vfile", "x");
  write_file (root, "errors.go", "x");

  struct sdk_tree tree;
  char *messages;
  assert_int_equal (read_tree (root, &tree, &messages), 0);
  assert_string_equal (messages, "");
  free (messages);
  assert_int_equal (tree.file_count, 6);
  assert_int_equal (tree.products, 4);
  static const char *const files[][2] =
  {
    { "cbs", "v20170312" }, { "cbs-x", "v20170312" }, { "cvm", "v20170312" },
    { "cvm", "v20190101" }, { "cvm", "v20201229" }, { "empty", "v20180101" }
  };
  for (size_t i = 0; i < 6; i++)
    {
      assert_string_equal (tree.files[i].product, files[i][0]);
      assert_string_equal (tree.files[i].version, files[i][1]);
    }

  assert_int_equal (tree.count, 10);
  assert_key (&tree, 0, "cbs", "A", "cbs A", "v20170312", 21);
  assert_key (&tree, 1, "cbs", "InvalidParameter", "InvalidParameter",
              "v20170312", 15);
  assert_key (&tree, 2, "cbs", "InvalidParameter.X", "InvalidParameter.X",
              "v20170312", 12);
  assert_key (&tree, 3, "cbs", "InvalidParameterValue",
              "InvalidParameterValue", "v20170312", 9);
  assert_key (&tree, 4, "cbs", "lower", "lower", "v20170312", 18);
  assert_key (&tree, 5, "cbs-x", "Z", "z", "v20170312", 9);
  assert_key (&tree, 6, "cvm", "A", "new A", "v20201229", 9);
  assert_key (&tree, 7, "cvm", "B", "B, only in the old version",
              "v20170312", 12);
  assert_key (&tree, 8, "cvm", "C", "C", "v20201229", 12);
  assert_key (&tree, 9, "cvm", "D", "middle D", "v20190101", 12);

  assert_null (sdk_find (&tree, "cvm", "E"));
  assert_null (sdk_find (&tree, "cvm", "a"));
  assert_null (sdk_find (&tree, "empty", "A"));
  assert_null (sdk_find (&tree, "aaa", "A"));
  assert_null (sdk_find (&tree, "zzz", "A"));
  assert_null (sdk_find (&tree, NULL, "A"));
  assert_null (sdk_find (&tree, "cvm", NULL));
  assert_null (sdk_find (NULL, "cvm", "A"));
  sdk_tree_free (&tree);
  assert_null (tree.keys);
  assert_int_equal (tree.count, 0);
  assert_null (tree.files);
  assert_int_equal (tree.file_count, 0);
  sdk_tree_free (&tree);
  sdk_tree_free (NULL);

  /* Only checked.  */
  assert_int_equal (sdk_read_tree (root, NULL), 0);
  free (root);
}

static void
tree_errors (void **state)
{
  (void) state;
  char *root = fresh_dir ("tree-errors.work");
  char *missing = format ("%s/missing", root);
  bad_tree (missing, 1, "@/tencentcloud: No such file or directory\n");
  free (missing);
  bad_tree (root, 1, "@/tencentcloud: No such file or directory\n");
  write_file (root, "tencentcloud", "x");
  bad_tree (root, 1, "@/tencentcloud: Not a directory\n");
  free (root);

  root = fresh_dir ("tree-errors.work");
  write_file (root, "tencentcloud/cvm/README.md", "x");
  write_file (root, "tencentcloud/cvm/latest/errors.go", "x");
  write_file (root, "tencentcloud/cvm/v20170312/client.go", "x");
  bad_tree (root, 1, "@/tencentcloud: no PRODUCT/VERSION/errors.go in it\n");

  /* One bad file spoils the tree; each is reported.  */
  write_errors_go (root, "cbs", "v20170312", ENTRY ("a", "A", "A"));
  write_errors_go (root, "cvm", "v20170312", ENTRY ("a", "A", "A"));
  write_file (root, "tencentcloud/cvm/v20201229/errors.go",
              "package v20201229\nconst (\n\tA = \"A\"\n)\n");
  bad_tree (root, 1, "@/tencentcloud/cvm/v20201229/errors.go:3: constant A"
            " without a description comment just above it\n");
  write_file (root, "tencentcloud/cbs/v20170312/errors.go", "");
  bad_tree (root, 2, "@/tencentcloud/cbs/v20170312/errors.go: empty file\n"
            "@/tencentcloud/cvm/v20201229/errors.go:3: constant A"
            " without a description comment just above it\n");
  free (root);
}

/* An errors.go that is a folder; folders whose names are not a product or
   a version.  */
static void
tree_names (void **state)
{
  (void) state;
  char *root = fresh_dir ("tree-names.work");
  write_errors_go (root, "cvm", "v20170312", ENTRY ("a", "A", "A"));
  write_file (root, "tencentcloud/cvm/v20180101/errors.go/x", "");
  bad_tree (root, 1, "@/tencentcloud/cvm/v20180101/errors.go: Is a"
            " directory\n");
  free (root);

  root = fresh_dir ("tree-names.work");
  write_errors_go (root, "CVM", "v20170312", ENTRY ("a", "A", "A"));
  write_errors_go (root, "cvm", "vnext", ENTRY ("a", "A", "A"));
  write_errors_go (root, "cvm.v2", "v20170312", ENTRY ("a", "A", "A"));
  bad_tree (root, 3,
            "@/tencentcloud/CVM/v20170312/errors.go: \"CVM\" is not a product"
            " name (lower-case ASCII letters, digits, '_' and '-')\n"
            "@/tencentcloud/cvm/vnext/errors.go: \"vnext\" is not a version"
            " (vYYYYMMDD)\n"
            "@/tencentcloud/cvm.v2/v20170312/errors.go: \"cvm.v2\" is not a"
            " product name (lower-case ASCII letters, digits, '_' and"
            " '-')\n");
  free (root);

  char *messages;
  struct sdk_tree tree;
  assert_int_equal (read_tree (NULL, &tree, &messages), 1);
  assert_string_equal (messages, "(null): Invalid argument\n");
  assert_null (tree.keys);
  free (messages);
}

/* --- The real SDKs -------------------------------------------------------- */

/* A constant line of an SDK's file, found by the test itself.  */
struct ref
{
  char *product, *version, *code;
  char *above;   /* the line above it, whole */
};

/* What the test finds in a tree.  */
struct survey
{
  struct ref *refs;
  size_t count, capacity;
  size_t files, products;
};

/* The folder of upstream data.  */
static const char *
upstream (void)
{
  const char *dir = getenv ("TCERR_UPSTREAM");
  if (dir == NULL || *dir == '\0')
    fail_msg ("TCERR_UPSTREAM is not set: it names the folder of upstream"
              " data that holds tencentcloud-sdk-go/ and"
              " tencentcloud-sdk-go-intl-en/ (make check sets it to"
              " upstream/sdk of the source tree)");
  struct stat st;
  if (stat (dir, &st) != 0 || !S_ISDIR (st.st_mode))
    fail_msg ("TCERR_UPSTREAM=%s: not a folder (%s): the Go SDKs are"
              " expected in upstream/sdk of the source tree; set"
              " TCERR_UPSTREAM to where they are", dir, strerror (errno));
  return dir;
}

/* What grep '^\t[A-Z0-9_]\+ = "' counts.  */
static int
is_constant (const char *line)
{
  if (line[0] != '\t')
    return 0;
  size_t n = strspn (line + 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
  return n > 0 && strncmp (line + 1 + n, " = \"", 4) == 0;
}

/* Adds the constants of the file PATH (of PRODUCT, VERSION) to SURVEY;
   returns their number.  */
static size_t
survey_file (struct survey *survey, const char *path, const char *product,
             const char *version)
{
  FILE *f = fopen (path, "r");
  if (f == NULL)
    fail_msg ("%s: %s", path, strerror (errno));
  char *line = NULL, *above = strdup ("");
  size_t size = 0, found = 0;
  ssize_t n;
  while ((n = getline (&line, &size, f)) > 0)
    {
      if (line[n - 1] == '\n')
        line[n - 1] = '\0';
      if (is_constant (line))
        {
          if (survey->count == survey->capacity)
            {
              survey->capacity = survey->capacity > 0
                                 ? 2 * survey->capacity : 1024;
              survey->refs = realloc (survey->refs, survey->capacity
                                      * sizeof *survey->refs);
              assert_non_null (survey->refs);
            }
          char *code = strchr (line, '"') + 1;
          *strchr (code, '"') = '\0';
          survey->refs[survey->count++] = (struct ref)
            { strdup (product), strdup (version), strdup (code),
              strdup (above) };
          found++;
        }
      free (above);
      above = strdup (line);
    }
  free (line);
  free (above);
  fclose (f);
  return found;
}

static int
compare_refs (const void *a, const void *b)
{
  const struct ref *x = a, *y = b;
  int c = tcerr_key_compare (&(struct tcerr_key) { x->product, x->code },
                             &(struct tcerr_key) { y->product, y->code });
  return c != 0 ? c : strcmp (y->version, x->version);
}

/* The tree ROOT as the test sees it, with glob and getline; each file's
   count of constants is checked against TREE's.  The refs are then
   sorted, the newest version of a key first.  */
static void
survey_tree (const char *root, const struct sdk_tree *tree,
             struct survey *survey)
{
  *survey = (struct survey) { NULL, 0, 0, 0, 0 };
  char *pattern = format ("%s/tencentcloud/*/v*/errors.go", root);
  glob_t g;
  assert_int_equal (glob (pattern, 0, NULL, &g), 0);
  survey->files = g.gl_pathc;
  char *last = strdup ("");
  size_t prefix = strlen (root) + strlen ("/tencentcloud/");
  for (size_t i = 0; i < g.gl_pathc; i++)
    {
      char *product = strdup (g.gl_pathv[i] + prefix);
      char *version = strchr (product, '/');
      *version++ = '\0';
      *strchr (version, '/') = '\0';
      if (strcmp (product, last) != 0)
        survey->products++;
      size_t n = survey_file (survey, g.gl_pathv[i], product, version);
      size_t f = 0;
      while (f < tree->file_count
             && (strcmp (tree->files[f].product, product) != 0
                 || strcmp (tree->files[f].version, version) != 0))
        f++;
      if (f == tree->file_count)
        fail_msg ("%s: not read", g.gl_pathv[i]);
      assert_int_equal (tree->files[f].count, n);
      free (last);
      last = product;
    }
  free (last);
  globfree (&g);
  free (pattern);
  qsort (survey->refs, survey->count, sizeof *survey->refs, compare_refs);
}

static void
survey_free (struct survey *survey)
{
  for (size_t i = 0; i < survey->count; i++)
    {
      free (survey->refs[i].product);
      free (survey->refs[i].version);
      free (survey->refs[i].code);
      free (survey->refs[i].above);
    }
  free (survey->refs);
}

/* The description a comment line ABOVE gives: after "\t//", without
   control characters (tab aside) and the blanks around it (upstream's
   SDKs have no wider white space around a text).  Caller frees.  */
static char *
description_of (const char *above)
{
  assert_true (strncmp (above, "\t//", 3) == 0);
  const char *t = above + 3;
  char *kept = strdup (t);
  assert_non_null (kept);
  size_t n = 0;
  for (size_t i = 0; t[i] != '\0'; i++)
    if (((unsigned char) t[i] >= 0x20 && t[i] != 0x7f) || t[i] == '\t')
      kept[n++] = t[i];
  while (n > 0 && (kept[n - 1] == ' ' || kept[n - 1] == '\t'))
    n--;
  kept[n] = '\0';
  size_t start = strspn (kept, " \t");
  memmove (kept, kept + start, n - start + 1);
  return kept;
}

/* KEY's text is the description of REF's line above.  */
static void
assert_text_of (const struct sdk_key *key, const struct ref *ref)
{
  if (strncmp (ref->above, "\t//", 3) != 0)
    fail_msg ("%s %s: the line above is not a comment", ref->product,
              ref->code);
  char *want = description_of (ref->above);
  int same = strcmp (key->text, want) == 0;
  free (want);
  if (!same)
    fail_msg ("%s %s: \"%s\", but the file says \"%s\"", key->product,
              key->code, key->text, ref->above);
}

/* Each key of TREE is the newest ref of its (product, code), with its
   text: and there is no other.  */
static void
assert_keys_are_refs (const struct sdk_tree *tree,
                      const struct survey *survey)
{
  size_t k = 0;
  for (size_t i = 0; i < survey->count; i++)
    {
      const struct ref *r = &survey->refs[i];
      if (i > 0 && strcmp (r->product, r[-1].product) == 0
          && strcmp (r->code, r[-1].code) == 0)
        continue;
      assert_true (k < tree->count);
      const struct sdk_key *key = &tree->keys[k++];
      assert_string_equal (key->product, r->product);
      assert_string_equal (key->code, r->code);
      assert_string_equal (key->version, r->version);
      assert_text_of (key, r);
    }
  assert_int_equal (k, tree->count);
}

/* The lines of the file PATH, each NUL-terminated, in *LINES (to free
   with *DATA); returns their number.  */
static size_t
split_file (const char *path, char **data, char ***lines)
{
  FILE *f = fopen (path, "rb");
  if (f == NULL)
    fail_msg ("%s: %s", path, strerror (errno));
  size_t size = 0, len;
  *data = NULL;
  FILE *out = open_memstream (data, &size);
  assert_non_null (out);
  char buf[8192];
  while ((len = fread (buf, 1, sizeof buf, f)) > 0)
    fwrite (buf, 1, len, out);
  fclose (f);
  assert_int_equal (fclose (out), 0);
  size_t count = 0;
  *lines = malloc ((size + 1) * sizeof **lines);
  assert_non_null (*lines);
  for (char *p = *data; p < *data + size;)
    {
      (*lines)[count++] = p;
      p = strchr (p, '\n');
      assert_non_null (p);
      *p++ = '\0';
    }
  return count;
}

/* KEY's constant is at its line of LINES (COUNT of them), and its
   text is the comment on the line above, after "\t//" and a space, then
   nothing but blanks.  */
static void
assert_in_lines (char **lines, size_t count, const struct sdk_key *key)
{
  assert_true (key->line >= 2 && key->line <= count);
  const char *constant = lines[key->line - 1];
  const char *above = lines[key->line - 2];
  char *tail = format (" = \"%s\"", key->code);
  size_t n = strlen (constant), m = strlen (tail);
  if (constant[0] != '\t' || n < m || strcmp (constant + n - m, tail) != 0)
    fail_msg ("%s %s: line %lu is \"%s\"", key->product, key->code,
              key->line, constant);
  free (tail);
  char *want = description_of (above);
  int same = strcmp (key->text, want) == 0;
  free (want);
  if (!same)
    fail_msg ("%s %s: \"%s\", but line %lu is \"%s\"", key->product,
              key->code, key->text, key->line - 1, above);
}

/* Every key of TREE is in its file's text, at its line.  */
static void
assert_keys_in_files (const char *root, const struct sdk_tree *tree)
{
  size_t checked = 0;
  for (size_t f = 0; f < tree->file_count; f++)
    {
      const struct sdk_table *t = &tree->files[f];
      char *path = format ("%s/tencentcloud/%s/%s/errors.go", root,
                           t->product, t->version);
      char *data, **lines;
      size_t count = split_file (path, &data, &lines);
      for (size_t r = 0; r < t->count; r++)
        {
          const struct sdk_key *key = sdk_find (tree, t->product,
                                                t->rows[r].code);
          assert_non_null (key);
          int newer = strcmp (key->version, t->version);
          assert_true (newer >= 0);
          if (newer == 0)
            {
              assert_in_lines (lines, count, key);
              checked++;
            }
        }
      free (lines);
      free (data);
      free (path);
    }
  assert_int_equal (checked, tree->count);
}

static double
seconds (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

/* Reads the SDK NAME of upstream whole into TREE and checks it.  */
static void
check_sdk (const char *name, struct sdk_tree *tree)
{
  char *root = format ("%s/%s", upstream (), name);
  char *messages;
  double start = seconds ();
  int status = read_tree (root, tree, &messages);
  double elapsed = seconds () - start;
  assert_string_equal (messages, "");
  assert_int_equal (status, 0);
  free (messages);

  struct survey survey;
  survey_tree (root, tree, &survey);
  assert_true (survey.files > 100);
  assert_int_equal (tree->file_count, survey.files);
  assert_int_equal (tree->products, survey.products);
  size_t constants = 0, products = 0;
  for (size_t f = 0; f < tree->file_count; f++)
    constants += tree->files[f].count;
  assert_int_equal (constants, survey.count);
  assert_keys_are_refs (tree, &survey);
  assert_keys_in_files (root, tree);
  for (size_t i = 0; i < tree->count; i++)
    {
      const struct sdk_key *key = &tree->keys[i];
      if (i == 0 || strcmp (key->product, key[-1].product) != 0)
        products++;
      if (i > 0)
        assert_true (strcmp (key[-1].product, key->product) < 0
                     || (strcmp (key[-1].product, key->product) == 0
                         && strcmp (key[-1].code, key->code) < 0));
      assert_true (tcerr_is_code (key->code));
      assert_true (tcerr_is_product_name (key->product));
    }
  printf ("# %s: %zu files, %zu products (%zu with codes), %zu constants,"
          " %zu keys; read in %.0f ms\n", name, tree->file_count,
          tree->products, products, constants, tree->count,
          elapsed * 1000);
  survey_free (&survey);
  free (root);
}

static void
upstream_sdks (void **state)
{
  (void) state;
  struct sdk_tree zh, en;
  check_sdk ("tencentcloud-sdk-go", &zh);
  check_sdk ("tencentcloud-sdk-go-intl-en", &en);

  /* Keys documented both ways, and a few known ones.  */
  const struct sdk_key *k = sdk_find (&zh, "cbs", "AuthFailure");
  assert_non_null (k);
  assert_string_equal (k->text, "CAM签名/鉴权错误。");
  assert_string_equal (k->version, "v20170312");
  k = sdk_find (&en, "cbs", "AuthFailure");
  assert_non_null (k);
  assert_string_equal (k->text, "Error with CAM signature/authentication.");
  /* A backspace, dropped; a second space after "//" and a trailing one,
     dropped; an empty comment.  */
  k = sdk_find (&zh, "vpc",
                "InvalidParameterValue.AddressInternetChargeTypeConflict");
  assert_non_null (k);
  assert_string_equal (k->text, "该地址计费方式与其他地址冲突。");
  k = sdk_find (&zh, "vpc", "InvalidAddressId.NotFound");
  assert_non_null (k);
  assert_string_equal (k->text, "指定的EIP不存在。");
  k = sdk_find (&en, "vclm", "RequestLimitExceeded");
  assert_non_null (k);
  assert_string_equal (k->text, "Too many and frequent requests.");
  k = sdk_find (&en, "tms", "InvalidParameterValue.ErrType");
  assert_non_null (k);
  assert_string_equal (k->text, "");
  size_t only_en = 0;
  for (size_t i = 0; i < en.count; i++)
    only_en += sdk_find (&zh, en.keys[i].product, en.keys[i].code) == NULL;
  printf ("# keys only in the English SDK: %zu\n", only_en);
  assert_true (only_en > 0 && only_en < en.count / 10);
  sdk_tree_free (&zh);
  sdk_tree_free (&en);
}

int
main (int argc, char **argv)
{
  if (argc != 2)
    {
      fputs ("usage: test-sdk WORKDIR\n", stderr);
      return 2;
    }
  work = argv[1];
  mkdir (work, 0755);
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (generated_shape),
    cmocka_unit_test (variants),
    cmocka_unit_test (descriptions_as_written),
    cmocka_unit_test (nul_bytes),
    cmocka_unit_test (invalid_utf8),
    cmocka_unit_test (constant_without_comment),
    cmocka_unit_test (comment_of_several_lines),
    cmocka_unit_test (detached_comments),
    cmocka_unit_test (stray_lines),
    cmocka_unit_test (unterminated_block),
    cmocka_unit_test (missing_parts),
    cmocka_unit_test (codes_that_are_not_codes),
    cmocka_unit_test (duplicate_codes),
    cmocka_unit_test (carriage_returns),
    cmocka_unit_test (huge_lines),
    cmocka_unit_test (every_problem_reported),
    cmocka_unit_test (product_and_version),
    cmocka_unit_test (reading_files),
    cmocka_unit_test (versions_merge),
    cmocka_unit_test (tree_errors),
    cmocka_unit_test (tree_names),
    cmocka_unit_test (upstream_sdks),
  };
  return cmocka_run_group_tests_name ("sdk", tests, NULL, NULL);
}
