/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The page parser (src/maint/page.c): the documented pages of $TCERR_PAGES and
   their CRLF / BOM variants, the English, Japanese and Korean twins and the
   shapes of the upstream pages (wide spaces, repeated twin codes), the cell
   syntax, every malformed page with the exact "name:line: " of its
   messages, and pages of arbitrary bytes.  */
#include <config.h>

#include "files.h"
#include "page.h"

#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#define MIB (1024 * 1024)

/* A string literal as DATA, LEN arguments (it may hold NUL bytes).  */
#define S(literal) literal, sizeof literal - 1

/* The start of a page whose common rows start at line 4.  */
#define HEAD "### 公共错误码\n| 错误码 | 说明 |\n|---|---|\n"
/* A business table of one row, 4 lines.  */
#define TAIL "### 业务错误码\n| 错误码 | 说明 |\n|---|---|\n| Z | z |\n"

/* --- Helpers -------------------------------------------------------------- */

/* Parses DATA (LEN bytes) as "t.md" with the diagnostics captured, with
   page_parse_twin when TWIN, else page_parse: returns its status and sets
   *MESSAGES (to free).  */
static int
parse_as (const char *data, size_t len, struct page *page, char **messages,
          int twin)
{
  size_t size;
  FILE *out = open_memstream (messages, &size);
  assert_non_null (out);
  page_diagnostics = out;
  int status = twin ? page_parse_twin ("t.md", data, len, page)
               : page_parse ("t.md", data, len, page);
  page_diagnostics = NULL;
  assert_int_equal (fclose (out), 0);
  return status;
}

static int
parse (const char *data, size_t len, struct page *page, char **messages)
{
  return parse_as (data, len, page, messages, 0);
}

static void
assert_empty (const struct page *page)
{
  assert_null (page->common.rows);
  assert_int_equal (page->common.count, 0);
  assert_int_equal (page->common.line, 0);
  assert_null (page->business.rows);
  assert_int_equal (page->business.count, 0);
  assert_int_equal (page->business.line, 0);
}

/* DATA parses without a message; the caller frees *PAGE.  */
static void
good (const char *data, size_t len, struct page *page)
{
  char *messages;
  int status = parse (data, len, page, &messages);
  assert_string_equal (messages, "");
  assert_int_equal (status, 0);
  free (messages);
}

/* DATA is refused with PROBLEMS problems, reported as MESSAGES exactly,
   and nothing half-parsed.  */
static void
bad (const char *data, size_t len, int problems, const char *messages)
{
  struct page page;
  memset (&page, 0x55, sizeof page);
  char *got;
  int status = parse (data, len, &page, &got);
  assert_string_equal (got, messages);
  assert_int_equal (status, problems);
  assert_empty (&page);
  page_free (&page);
  free (got);
}

/* DATA parses as a twin without a message; the caller frees *PAGE.  */
static void
good_twin (const char *data, size_t len, struct page *page)
{
  char *messages;
  int status = parse_as (data, len, page, &messages, 1);
  assert_string_equal (messages, "");
  assert_int_equal (status, 0);
  free (messages);
}

/* DATA is refused as a twin with PROBLEMS problems, reported as MESSAGES
   exactly.  */
static void
bad_twin (const char *data, size_t len, int problems, const char *messages)
{
  struct page page;
  char *got;
  int status = parse_as (data, len, &page, &got, 1);
  assert_string_equal (got, messages);
  assert_int_equal (status, problems);
  assert_empty (&page);
  free (got);
}

/* TABLE has the row CODE, TEXT at LINE.  */
static void
assert_row (const struct page_table *table, const char *code,
            const char *text, unsigned long line)
{
  const struct page_row *row = page_find (table, code);
  if (row == NULL)
    fail_msg ("no row %s", code);
  assert_string_equal (row->code, code);
  assert_string_equal (row->text, text);
  assert_int_equal (row->line, line);
}

static void
assert_same_table (const struct page_table *a, const struct page_table *b)
{
  assert_int_equal (a->count, b->count);
  assert_int_equal (a->line, b->line);
  for (size_t i = 0; i < a->count; i++)
    {
      assert_string_equal (a->rows[i].code, b->rows[i].code);
      assert_string_equal (a->rows[i].text, b->rows[i].text);
      assert_int_equal (a->rows[i].line, b->rows[i].line);
    }
}

static char *
page_path (const char *file)
{
  const char *dir = getenv ("TCERR_PAGES");
  if (dir == NULL)
    fail_msg ("TCERR_PAGES is not set");
  char *path = malloc (strlen (dir) + strlen (file) + 2);
  assert_non_null (path);
  sprintf (path, "%s/%s", dir, file);
  return path;
}

/* The bytes of the documented page FILE; *LEN their number.  */
static char *
slurp (const char *file, size_t *len)
{
  char *path = page_path (file);
  char *data = maint_read_file (path, len);
  if (data == NULL)
    fail_msg ("%s: %s", path, strerror (errno));
  assert_true (*len > 0);
  free (path);
  return data;
}

/* Reads the documented page FILE with page_read, which must not complain.  */
static void
read_page (const char *file, struct page *page)
{
  char *path = page_path (file);
  char *messages;
  size_t size;
  FILE *out = open_memstream (&messages, &size);
  assert_non_null (out);
  page_diagnostics = out;
  int status = page_read (path, page);
  page_diagnostics = NULL;
  fclose (out);
  assert_string_equal (messages, "");
  assert_int_equal (status, 0);
  free (messages);
  free (path);
}

/* Every row of TABLE is, byte for byte, line ROW->line of DATA:
   "| code | text |" or "| code | text|"; the rows are in page order.  */
static void
assert_rows_as_written (const struct page_table *table, const char *data,
                        size_t len)
{
  unsigned long previous = table->line;
  for (size_t i = 0; i < table->count; i++)
    {
      const struct page_row *row = &table->rows[i];
      assert_true (row->line > previous);
      previous = row->line;
      const char *line = data, *end = data + len;
      for (unsigned long n = 1; n < row->line; n++)
        {
          line = memchr (line, '\n', (size_t) (end - line));
          assert_non_null (line);
          line++;
        }
      const char *eol = memchr (line, '\n', (size_t) (end - line));
      size_t n = (eol != NULL ? eol : end) - line;
      char *want = malloc (strlen (row->code) + strlen (row->text) + 16);
      assert_non_null (want);
      sprintf (want, "| %s | %s |", row->code, row->text);
      if (strlen (want) != n || memcmp (want, line, n) != 0)
        {
          sprintf (want, "| %s | %s|", row->code, row->text);
          if (strlen (want) != n || memcmp (want, line, n) != 0)
            fail_msg ("line %lu is not the row %s", row->line, row->code);
        }
      free (want);
    }
}

/* --- The documented pages ------------------------------------------------- */

static void
cbs_page (void **state)
{
  (void) state;
  struct page page;
  read_page ("cbs.md", &page);
  assert_int_equal (page.common.line, 22);
  assert_int_equal (page.common.count, 26);
  assert_int_equal (page.business.line, 53);
  assert_int_equal (page.business.count, 44);

  assert_string_equal (page.common.rows[0].code, "AuthFailure.InvalidSecretId");
  assert_int_equal (page.common.rows[0].line, 26);
  assert_row (&page.common, "AuthFailure.SecretIdNotFound",
              "密钥不存在。 请在控制台检查密钥是否已被删除或者禁用，"
              "如状态正常，请检查密钥是否填写正确，注意前后不得有空格。", 28);
  assert_row (&page.common, "AuthFailure.UnauthorizedOperation",
              "请求未授权。请参考 [CAM](https://intl.cloud.tencent.com/"
              "document/product/598) 文档对鉴权的说明。", 32);
  assert_row (&page.common, "UnsupportedProtocol",
              "HTTP(S)请求协议错误，只支持 GET 和 POST 请求。", 50);
  assert_row (&page.common, "UnauthorizedOperation", "未授权操作。", 47);
  assert_string_equal (page.common.rows[25].code, "UnsupportedRegion");
  assert_int_equal (page.common.rows[25].line, 51);

  assert_string_equal (page.business.rows[0].code,
                       "AutoSnapshotPolicyOutOfQuota");
  assert_int_equal (page.business.rows[0].line, 59);
  assert_row (&page.business, "InvalidAutoSnapshotPolicyId.NotFound",
              "输入的`AutoSnapshotPolicyId`不存在。", 66);
  assert_row (&page.business, "InvalidDisk.NotPortable", "不支持非弹性云盘",
              71);
  /* The same code in both tables, with another text.  */
  assert_row (&page.business, "UnauthorizedOperation", "未授权操作", 97);
  assert_row (&page.business, "InvalidParameter", "参数错误", 82);
  assert_row (&page.common, "InvalidParameter", "参数错误。", 37);
  assert_string_equal (page.business.rows[43].code, "ZoneNotMatch");
  assert_int_equal (page.business.rows[43].line, 102);

  assert_null (page_find (&page.common, "InvalidDisk.Busy"));
  assert_null (page_find (&page.business, "AuthFailure.MFAFailure"));
  assert_null (page_find (&page.business, "invaliddisk.busy"));
  assert_null (page_find (&page.business, "InvalidDisk"));

  size_t len;
  char *data = slurp ("cbs.md", &len);
  assert_rows_as_written (&page.common, data, len);
  assert_rows_as_written (&page.business, data, len);
  free (data);
  page_free (&page);
  assert_empty (&page);
}

static void
sqlserver_page (void **state)
{
  (void) state;
  struct page page;
  read_page ("sqlserver.md", &page);
  assert_int_equal (page.common.line, 22);
  assert_int_equal (page.common.count, 26);
  assert_int_equal (page.business.line, 53);
  assert_int_equal (page.business.count, 27);
  assert_row (&page.common, "AuthFailure.SignatureExpire",
              "签名过期。Timestamp 和服务器时间相差不得超过五分钟，"
              "请检查本地时间是否和标准时间同步。", 29);
  /* A common code repeated by the product, with the same text.  */
  assert_row (&page.common, "InternalError", "内部错误。", 35);
  assert_row (&page.business, "InternalError", "内部错误。", 63);
  assert_row (&page.business, "FailedOperation.GetVpcFailed",
              "获取VPC网络信息失败。", 60);
  assert_row (&page.business, "ResourceUnavailable.InstanceStatusInvalid",
              "实例状态无效。", 85);
  assert_string_equal (page.business.rows[0].code,
                       "FailedOperation.CreateOrderFailed");
  assert_int_equal (page.business.rows[0].line, 59);

  size_t len;
  char *data = slurp ("sqlserver.md", &len);
  assert_rows_as_written (&page.common, data, len);
  assert_rows_as_written (&page.business, data, len);
  free (data);
  page_free (&page);
}

/* The documented page FILE, its bytes rewritten: LF as CRLF when CRLF, a
   UTF-8 BOM first when BOM, without its final line end when CHOP; the same
   rows as the page itself.  */
static void
same_rows (const char *file, int crlf, int bom, int chop)
{
  struct page want, got;
  read_page (file, &want);
  size_t len;
  char *data = slurp (file, &len);
  char *variant = malloc (2 * len + 3);
  assert_non_null (variant);
  size_t n = 0;
  if (bom)
    {
      memcpy (variant, "\xEF\xBB\xBF", 3);
      n = 3;
    }
  for (size_t i = 0; i < len; i++)
    {
      if (data[i] == '\n' && crlf)
        variant[n++] = '\r';
      variant[n++] = data[i];
    }
  if (chop)
    {
      assert_int_equal (variant[n - 1], '\n');
      n--;
    }
  good (variant, n, &got);
  assert_same_table (&got.common, &want.common);
  assert_same_table (&got.business, &want.business);
  page_free (&got);
  page_free (&want);
  free (variant);
  free (data);
}

static void
crlf_page (void **state)
{
  (void) state;
  same_rows ("cbs.md", 1, 0, 0);
  same_rows ("sqlserver.md", 1, 0, 0);
}

static void
bom_page (void **state)
{
  (void) state;
  same_rows ("cbs.md", 0, 1, 0);
  same_rows ("sqlserver.md", 0, 1, 0);
  /* The BOM is no part of the first line.  */
  struct page page;
  good (S ("\xEF\xBB\xBF### 公共错误码\n|a|b|\n|-|-|\n|A|a|\n"), &page);
  assert_int_equal (page.common.line, 1);
  assert_row (&page.common, "A", "a", 4);
  page_free (&page);
}

static void
bom_crlf_page (void **state)
{
  (void) state;
  same_rows ("cbs.md", 1, 1, 0);
  same_rows ("sqlserver.md", 1, 1, 0);
}

static void
no_final_newline (void **state)
{
  (void) state;
  same_rows ("cbs.md", 0, 0, 1);
  same_rows ("cbs.md", 1, 1, 1);
}

/* --- The shapes of the upstream pages (tests/maint/upstream-pages) -------- */

/* The other English wordings of the twins' headings.  */
static void
service_and_application_headings (void **state)
{
  (void) state;
  static const char *const business[] = {
    "Service Error Codes", "Service error codes", "Service Error Code",
    "Application Error Codes", "Application Error Code", "Application Errors",
    "application errors",
  };
  for (size_t i = 0; i < sizeof business / sizeof business[0]; i++)
    {
      char data[256];
      snprintf (data, sizeof data,
                "### Common error codes\n|a|b|\n|-|-|\n| A | a |\n"
                "### %s\n|a|b|\n|-|-|\n| B | b |\n", business[i]);
      struct page page;
      good (data, strlen (data), &page);
      assert_int_equal (page.common.line, 1);
      assert_row (&page.common, "A", "a", 4);
      assert_int_equal (page.business.line, 5);
      assert_row (&page.business, "B", "b", 8);
      page_free (&page);
    }
}

static void
korean_twin (void **state)
{
  (void) state;
  struct page page;
  good (S ("## 오류 코드 리스트\n"
           "### 공통 오류 코드\n"
           "| 오류 코드 | 설명 |\n"
           "|--------|------|\n"
           "| InternalError | 내부 오류 |\n"
           "\n"
           "### 비즈니스 오류 코드\n"
           "| 오류 코드 | 설명 |\n"
           "|:-------|:-----|\n"
           "| 9003 | param error. |\n"),
        &page);
  assert_int_equal (page.common.line, 2);
  assert_row (&page.common, "InternalError", "내부 오류", 5);
  assert_int_equal (page.business.line, 7);
  assert_row (&page.business, "9003", "param error.", 10);
  page_free (&page);

  good (S ("### 서비스 오류 코드\n|a|b|\n|-|-|\n| B | b |\n"), &page);
  assert_int_equal (page.business.line, 1);
  page_free (&page);
}

/* "###" then an ideographic space (U+3000), as two Japanese twins write
   it; a no-break space (U+00A0) there too; and "## エラーリストコード", a
   heading that names no table, before the tables' headings.  */
static void
wide_space_headings (void **state)
{
  (void) state;
  struct page page;
  good (S ("## エラーリストコード\n"
           "###\xE3\x80\x80共通エラーコード\n"
           "| エラーコード | 説明 |\n|---|---|\n| A | a |\n"
           "###\xC2\xA0業務エラーコード\xE3\x80\x80\n"
           "|a|b|\n|-|-|\n| B | b |\n"),
        &page);
  assert_int_equal (page.common.line, 2);
  assert_row (&page.common, "A", "a", 5);
  assert_int_equal (page.business.line, 6);
  assert_row (&page.business, "B", "b", 9);
  page_free (&page);
}

/* No-break spaces: inside a text, kept as written; around a cell, removed
   like spaces (a code cell would be no code otherwise).  */
static void
no_break_spaces (void **state)
{
  (void) state;
  struct page page;
  good (S (HEAD
           "| DryRunOperation | but the\xC2\xA0" "DryRun\xC2\xA0" "parameter"
           " was used. |\n"
           "|\xC2\xA0" "A\xC2\xA0|\xE3\x80\x80" "a\xC2\xA0|\n"),
        &page);
  assert_row (&page.common, "DryRunOperation",
              "but the\xC2\xA0" "DryRun\xC2\xA0" "parameter was used.", 4);
  assert_row (&page.common, "A", "a", 5);
  page_free (&page);
}

/* A numeric code, and English words in a Chinese cell (cdb's page).  */
static void
numeric_code (void **state)
{
  (void) state;
  struct page page;
  good (S (HEAD "| 9003 | param error。 |\n| 0 | 零 |\n"), &page);
  assert_row (&page.common, "9003", "param error。", 4);
  assert_row (&page.common, "0", "零", 5);
  page_free (&page);
}

/* A twin may repeat a code (a wrong code cell): both rows are kept, in
   page order; page_find finds the first.  The Chinese page may not
   (duplicate_code).  */
static void
twin_repeated_code (void **state)
{
  (void) state;
  static const char page_text[] =
    "### Business Error Codes\n|a|b|\n|-|-|\n"
    "| FailedOperation.CreateOrderFailed | Failed to create the order. |\n"
    "| FailedOperation.CreateOrderFailed | Failed to get VPC information. |\n"
    "| C | c |\n";
  struct page page;
  good_twin (S (page_text), &page);
  assert_int_equal (page.business.count, 3);
  assert_string_equal (page.business.rows[1].code,
                       "FailedOperation.CreateOrderFailed");
  assert_string_equal (page.business.rows[1].text,
                       "Failed to get VPC information.");
  assert_int_equal (page.business.rows[1].line, 5);
  assert_row (&page.business, "FailedOperation.CreateOrderFailed",
              "Failed to create the order.", 4);
  page_free (&page);
  bad (S (page_text), 1,
       "t.md:5: duplicate error code FailedOperation.CreateOrderFailed"
       " (first at line 4)\n");
}

/* What is malformed stays so, in a twin too, with its line: a heading
   without a space after "###" (no heading: a table whose header names no
   code column is no error-code table), a wide space inside a code, a row
   of three cells.  */
static void
malformed_shapes (void **state)
{
  (void) state;
  bad_twin (S ("###Common Error Codes\n|a|b|\n|-|-|\n| A | a |\n"), 1,
            "t.md: no error-code tables\n");
  bad_twin (S ("### Common Error Codes\n|a|b|\n|-|-|\n"
               "| A\xE3\x80\x80" "B | a |\n"
               "| A\xC2\xA0" "B | a |\n"
               "| C | c | c |\n"),
            3,
            "t.md:4: invalid error code (only ASCII letters, digits, '.'"
            " and '_' are allowed)\n"
            "t.md:5: invalid error code (only ASCII letters, digits, '.'"
            " and '_' are allowed)\n"
            "t.md:6: expected 2 cells, found 3\n");
  bad_twin (S ("###\xE3\x80\x80エラーリストコード\n|a|b|\n|-|-|\n| A | a |\n"),
            1, "t.md: no error-code tables\n");
  bad (S ("### Application Error Codes\n|a|b|\n|-|-|\n| A | a |\n"
          "### Application Errors\n|a|b|\n|-|-|\n| B | b |\n"),
       1, "t.md:5: repeated business section heading (first at line 1)\n");
}

/* --- Twins and syntax ----------------------------------------------------- */

static void
english_twin (void **state)
{
  (void) state;
  struct page page;
  good (S ("\n"
           "## Description\n"                                   /* 2 */
           "\n"
           "If there is an Error field in the response, the call failed.\n"
           "\n"
           "## Error Code List\n"                               /* 6 */
           "\n"
           "### Common Error Codes\n"                           /* 8 */
           "\n"
           "| Error Code | Description |\n"                     /* 10 */
           "|---|---|\n"
           "| AuthFailure.InvalidSecretId | Invalid key (not a TencentCloud"
           " API key type). |\n"                                /* 12 */
           "| InternalError | Internal error. |\n"
           "\n"
           "### Business Error Codes\n"                         /* 15 */
           "\n"
           "\n"
           "| error code | description |\n"
           "|:---|:---|\n"
           "| InvalidDisk.Busy | The cloud disk is busy. Please try again"
           " later. |\n"                                        /* 20 */
           "| InternalError | Internal error: see `Message`. |\n"),
        &page);
  assert_int_equal (page.common.line, 8);
  assert_int_equal (page.common.count, 2);
  assert_row (&page.common, "AuthFailure.InvalidSecretId",
              "Invalid key (not a TencentCloud API key type).", 12);
  assert_row (&page.common, "InternalError", "Internal error.", 13);
  assert_int_equal (page.business.line, 15);
  assert_int_equal (page.business.count, 2);
  assert_row (&page.business, "InvalidDisk.Busy",
              "The cloud disk is busy. Please try again later.", 20);
  assert_row (&page.business, "InternalError",
              "Internal error: see `Message`.", 21);
  page_free (&page);
}

/* English headings in any letter case, singular, closed by '#'s; other
   separator rows.  */
static void
english_spellings (void **state)
{
  (void) state;
  struct page page;
  good (S ("### COMMON ERROR CODE ##  \n"
           "| ERROR CODE | DESCRIPTION |\n"
           "| --- | :---: |\n"
           "| A | a |\n"
           "###   business error code\t\n"
           "|Error Code|Description|\n"
           "|-:|:-|\n"
           "| B | b |\n"),
        &page);
  assert_int_equal (page.common.line, 1);
  assert_row (&page.common, "A", "a", 4);
  assert_int_equal (page.business.line, 5);
  assert_row (&page.business, "B", "b", 8);
  page_free (&page);

  good (S ("### Common error codes ###\n|a|b|\n|-|-|\n|A|a|\n"), &page);
  assert_row (&page.common, "A", "a", 4);
  page_free (&page);
}

static void
japanese_twin (void **state)
{
  (void) state;
  struct page page;
  good (S ("## エラーコード一覧\n"
           "### 共通エラーコード\n"
           "| エラーコード | 説明 |\n"
           "|--------|------|\n"
           "| InternalError | 内部エラー。 |\n"
           "\n"
           "### 業務エラーコード\n"
           "| エラーコード | 説明 |\n"
           "|:-------|:-----|\n"
           "| InvalidDisk.Busy | クラウドディスクがビジー状態です。 |\n"),
        &page);
  assert_int_equal (page.common.line, 2);
  assert_row (&page.common, "InternalError", "内部エラー。", 5);
  assert_int_equal (page.business.line, 7);
  assert_row (&page.business, "InvalidDisk.Busy",
              "クラウドディスクがビジー状態です。", 10);
  page_free (&page);

  good (S ("### ビジネスエラーコード\n|a|b|\n|-|-|\n| B | b |\n"), &page);
  assert_int_equal (page.common.line, 0);
  assert_int_equal (page.business.line, 1);
  assert_row (&page.business, "B", "b", 4);
  page_free (&page);
}

static void
escaped_pipes (void **state)
{
  (void) state;
  struct page page;
  good (S (HEAD
           "| A | a \\| b |\n"
           "| B | \\|x\\| |\n"
           "| C | c \\|\n"
           "| D |d\\||\n"),
        &page);
  assert_row (&page.common, "A", "a \\| b", 4);
  assert_row (&page.common, "B", "\\|x\\|", 5);
  assert_row (&page.common, "C", "c \\|", 6);
  assert_row (&page.common, "D", "d\\|", 7);
  page_free (&page);
}

static void
trailing_pipe_missing (void **state)
{
  (void) state;
  struct page page;
  good (S (HEAD
           "| A | a\n"
           "| B | b 。  \n"
           "| C | c|\n"
           "|D|d"),
        &page);
  assert_int_equal (page.common.count, 4);
  assert_row (&page.common, "A", "a", 4);
  assert_row (&page.common, "B", "b 。", 5);
  assert_row (&page.common, "C", "c", 6);
  assert_row (&page.common, "D", "d", 7);
  page_free (&page);
}

/* Surrounding spaces and tabs go, everything else stays; leading blanks
   before the first pipe.  */
static void
cells_as_written (void **state)
{
  (void) state;
  struct page page;
  good (S (HEAD
           "| A |  两个  空格　全角  |\n"
           "|\tB\t|\ttab\tinside\t|\n"
           "   | C | **粗体** [链接](https://example.com/a_b) `x`|\n"
           "\t| D.E_F.1 | 末尾无句号 |\n"),
        &page);
  assert_row (&page.common, "A", "两个  空格　全角", 4);
  assert_row (&page.common, "B", "tab\tinside", 5);
  assert_row (&page.common, "C",
              "**粗体** [链接](https://example.com/a_b) `x`", 6);
  assert_row (&page.common, "D.E_F.1", "末尾无句号", 7);
  page_free (&page);
}

/* Fenced code blocks hide headings and tables; ``` in a line's text
   opens none.  */
static void
code_fences_ignored (void **state)
{
  (void) state;
  struct page page;
  good (S ("```json\n"
           "### 业务错误码\n"
           "| 错误码 | 说明 |\n"
           "|---|---|\n"
           "| X | x |\n"
           "```\n"
           "### 公共错误码\n"                       /* 7 */
           "```inline``` code is no fence.\n"
           "| 错误码 | 说明 |\n"
           "|---|---|\n"
           "| A | a |\n"                           /* 11 */
           "  ~~~~\n"
           "| Y | y |\n"
           "~~~\n"
           "### 公共错误码\n"
           "~~~~~\n"                                /* 16: closes */
           "````\n"
           "```\n"
           "| Z | z |\n"
           "````\n"                                 /* 20: closes */
           "\n"
           "### 业务错误码\n"                       /* 22 */
           "| 错误码 | 说明 |\n"
           "|---|---|\n"
           "| B | b |\n"),
        &page);
  assert_int_equal (page.common.line, 7);
  assert_int_equal (page.common.count, 1);
  assert_row (&page.common, "A", "a", 11);
  assert_int_equal (page.business.line, 22);
  assert_int_equal (page.business.count, 1);
  assert_row (&page.business, "B", "b", 25);
  page_free (&page);

  /* A closing fence has nothing after its characters.  */
  good (S ("```\n"
           "``` is no closing fence\n"
           HEAD "| X | x |\n"
           "```\n"
           TAIL),
        &page);
  assert_int_equal (page.common.line, 0);
  assert_int_equal (page.business.line, 8);
  assert_row (&page.business, "Z", "z", 11);
  page_free (&page);
}

/* Text, other headings and blank lines between a heading and its table;
   a page with only one of the tables.  */
static void
one_table_and_prose (void **state)
{
  (void) state;
  struct page page;
  good (S ("# 云硬盘\n"
           "## 错误码列表\n"
           "### 业务错误码\n"
           "\n"
           "本产品的错误码如下。\n"
           "#hashtag is no heading\n"
           "####### nor this\n"
           "\n"
           "| 错误码 | 说明 |\n"
           "|--------|------|\n"
           "| InvalidDisk.Busy | 云硬盘忙，请稍后重试。 |\n"
           "\n"),
        &page);
  assert_int_equal (page.common.line, 0);
  assert_int_equal (page.common.count, 0);
  assert_null (page.common.rows);
  assert_int_equal (page.business.line, 3);
  assert_int_equal (page.business.count, 1);
  assert_row (&page.business, "InvalidDisk.Busy", "云硬盘忙，请稍后重试。", 11);
  page_free (&page);
}

/* Enough rows to grow the tables; page_find finds each.  */
static void
many_rows (void **state)
{
  (void) state;
  size_t size = 1000 * 40 + 200;
  char *data = malloc (size);
  assert_non_null (data);
  int n = sprintf (data, "### 公共错误码\n|a|b|\n|-|-|\n");
  for (int i = 0; i < 1000; i++)
    n += sprintf (data + n, "| Code%d | text %d |\n", i, i);
  struct page page;
  good (data, (size_t) n, &page);
  assert_int_equal (page.common.count, 1000);
  for (int i = 0; i < 1000; i++)
    {
      char code[32], text[32];
      sprintf (code, "Code%d", i);
      sprintf (text, "text %d", i);
      assert_row (&page.common, code, text, 4 + (unsigned long) i);
      assert_ptr_equal (page_find (&page.common, code), &page.common.rows[i]);
    }
  page_free (&page);

  /* A repeated code among them.  */
  n += sprintf (data + n, "| Code777 | again |\n");
  bad (data, (size_t) n, 1,
       "t.md:1004: duplicate error code Code777 (first at line 781)\n");
  free (data);
}

/* --- Malformed pages ------------------------------------------------------ */

static void
row_cell_count (void **state)
{
  (void) state;
  bad (S (HEAD
          "| A | a |\n"
          "| B | b | c |\n"
          "| C |\n"
          "| D || d |\n"
          "| E | e | e\n"
          "|\n"
          "| F | f |\n"),
       5,
       "t.md:5: expected 2 cells, found 3\n"
       "t.md:6: expected 2 cells, found 1\n"
       "t.md:7: expected 2 cells, found 3\n"
       "t.md:8: expected 2 cells, found 3\n"
       "t.md:9: expected 2 cells, found 0\n");
}

static void
row_without_code (void **state)
{
  (void) state;
  bad (S (HEAD
          "| A | a |\n"
          "|  | b |\n"
          "|\t| c\n"),
       2,
       "t.md:5: row without an error code\n"
       "t.md:6: row without an error code\n");
}

static void
invalid_code (void **state)
{
  (void) state;
  bad (S (HEAD
          "| Good.Code_1.2 | a |\n"
          "| Foo Bar | b |\n"
          "| 错误码 | c |\n"
          "| Foo`x` | d |\n"
          "| Foo/Bar | e |\n"
          "| Foo\\|Bar | f |\n"
          "| Ｆｏｏ | g |\n"),
       6,
       "t.md:5: invalid error code (only ASCII letters, digits, '.' and '_'"
       " are allowed)\n"
       "t.md:6: invalid error code (only ASCII letters, digits, '.' and '_'"
       " are allowed)\n"
       "t.md:7: invalid error code (only ASCII letters, digits, '.' and '_'"
       " are allowed)\n"
       "t.md:8: invalid error code (only ASCII letters, digits, '.' and '_'"
       " are allowed)\n"
       "t.md:9: invalid error code (only ASCII letters, digits, '.' and '_'"
       " are allowed)\n"
       "t.md:10: invalid error code (only ASCII letters, digits, '.' and '_'"
       " are allowed)\n");
}

static void
row_without_text (void **state)
{
  (void) state;
  bad (S (HEAD
          "| A |  |\n"
          "| B |\t|\n"
          "| | |\n"),
       4,
       "t.md:4: row without a text\n"
       "t.md:5: row without a text\n"
       "t.md:6: row without an error code\n"
       "t.md:6: row without a text\n");
}

static void
header_without_separator (void **state)
{
  (void) state;
  bad (S ("### 公共错误码\n"
          "| 错误码 | 说明 |\n"
          "| A | a |\n"
          "\n"
          "### 业务错误码\n"
          "| 错误码 | 说明 |\n"
          "\n"
          "|--|--|\n"
          "| B | b |\n"),
       4,
       "t.md:2: table header not followed by a separator row\n"
       "t.md:6: table header not followed by a separator row\n"
       "t.md:8: table header not followed by a separator row\n"
       "t.md: no error-code tables\n");
  /* Not separators: words, a lone ':', an empty cell; the end.  */
  bad (S ("### 公共错误码\n|a|b|\n|---|abc|\n| A | a |\n"
          "### 业务错误码\n|a|b|\n| : | --- |\n"),
       3,
       "t.md:2: table header not followed by a separator row\n"
       "t.md:6: table header not followed by a separator row\n"
       "t.md: no error-code tables\n");
  bad (S ("### 公共错误码\n|a|b|\n|---||\n" TAIL),
       1, "t.md:2: table header not followed by a separator row\n");
  bad (S (TAIL "### 公共错误码\n| 错误码 | 说明 |"),
       1, "t.md:6: table header not followed by a separator row\n");
}

static void
header_cell_count (void **state)
{
  (void) state;
  bad (S ("### 公共错误码\n"
          "| 错误码 | 说明 | 备注 |\n"
          "|---|---|---|\n"
          "| A | a | x |\n"
          TAIL),
       1, "t.md:2: table header: expected 2 cells, found 3\n");
  bad (S ("### 公共错误码\n| 错误码 |\n|---|\n| A |\n" TAIL),
       1, "t.md:2: table header: expected 2 cells, found 1\n");
}

static void
separator_cell_count (void **state)
{
  (void) state;
  bad (S ("### 公共错误码\n| 错误码 | 说明 |\n|---|---|---|\n| A | a |\n" TAIL),
       1, "t.md:3: separator row: expected 2 cells, found 3\n");
}

/* A table before any heading, or under a heading that names no table,
   holds codes when its header names their column; whether it is the
   common table or the product's follows from its codes (the library's
   common ones), from the other table's heading, or from which of two has
   more common codes.  */
static void
table_before_heading (void **state)
{
  (void) state;
  struct page page;
  good (S ("| 错误码 | 说明 |\n"
           "|---|---|\n"
           "| A | a |\n"
           "\n"
           HEAD
           "| B | b |\n"),
        &page);
  assert_int_equal (page.business.line, 0);
  assert_row (&page.business, "A", "a", 3);
  assert_int_equal (page.common.line, 5);
  assert_row (&page.common, "B", "b", 8);
  page_free (&page);
}

static void
table_under_unknown_heading (void **state)
{
  (void) state;
  struct page page;
  /* The issue's shape: a Japanese twin's "service error codes".  */
  good (S ("## エラーコードリスト\n"
           "###\xE3\x80\x80共通エラーコード\n"
           "| エラーコード | 説明 |\n|---|---|\n"
           "| InternalError | 内部エラー。 |\n"
           "### サービスエラーコード\n"
           "| エラーコード | 説明 |\n|---|---|\n"
           "| InvalidDisk.Busy | ディスクがビジーです。 |\n"),
        &page);
  assert_int_equal (page.common.line, 2);
  assert_row (&page.common, "InternalError", "内部エラー。", 5);
  assert_int_equal (page.business.line, 0);
  assert_row (&page.business, "InvalidDisk.Busy", "ディスクがビジーです。", 9);
  page_free (&page);

  /* No heading names a table: the common codes (AuthFailure,
     InternalError, UnsupportedRegion) tell which is which, in either
     order, under any headings or none.  */
  static const char *const orders[] = {
    "## 错误码\n| 错误码 | 说明 |\n|---|---|\n"
    "| AuthFailure | a |\n| InternalError | i |\n| UnsupportedRegion | u |\n"
    "### 其他错误码\n| Error Code | Description |\n|---|---|\n"
    "| InvalidDisk.Busy | b |\n| InternalError | p |\n",
    "| Error code | Description |\n|---|---|\n"
    "| InvalidDisk.Busy | b |\n| InternalError | p |\n"
    "\n| 오류 코드 | 설명 |\n|---|---|\n"
    "| AuthFailure | a |\n| InternalError | i |\n| UnsupportedRegion | u |\n",
  };
  for (size_t i = 0; i < sizeof orders / sizeof *orders; i++)
    {
      good (orders[i], strlen (orders[i]), &page);
      assert_int_equal (page.common.count, 3);
      assert_string_equal (page.common.rows[0].code, "AuthFailure");
      assert_int_equal (page.business.count, 2);
      assert_string_equal (page.business.rows[0].code, "InvalidDisk.Busy");
      page_free (&page);
    }

  /* One table without a heading: the common table when most of its
     codes are common ones, else the product's.  */
  good (S ("| 에러 코드 | 설명 |\n|---|---|\n| InternalError | i |\n"
           "| MissingParameter | m |\n| Brand.New | n |\n"), &page);
  assert_int_equal (page.common.count, 3);
  assert_int_equal (page.business.count, 0);
  page_free (&page);
  good (S ("| 错误码 | 说明 |\n|---|---|\n| InternalError | i |\n"
           "| Brand.New | n |\n"), &page);
  assert_int_equal (page.common.count, 0);
  assert_int_equal (page.business.count, 2);
  page_free (&page);

  /* The other table's heading decides.  */
  good (S ("### 业务错误码\n| 错误码 | 说明 |\n|---|---|\n| A | a |\n"
           "## 另见\n| 错误码 | 说明 |\n|---|---|\n| Brand.New | n |\n"),
        &page);
  assert_row (&page.business, "A", "a", 4);
  assert_row (&page.common, "Brand.New", "n", 8);
  page_free (&page);
}

/* The header says which column holds the codes, the other one the
   texts: tables in the other order read the same.  */
static void
code_column_second (void **state)
{
  (void) state;
  struct page page;
  good (S ("### 公共错误码\n| 说明 | 错误码 |\n|---|---|\n"
           "| 内部错误。 | InternalError |\n"
           "### 业务错误码\n| Description | ERROR CODE |\n|---|---|\n"
           "| Busy. | InvalidDisk.Busy |\n"),
        &page);
  assert_row (&page.common, "InternalError", "内部错误。", 4);
  assert_row (&page.business, "InvalidDisk.Busy", "Busy.", 8);
  page_free (&page);
}

/* A table whose header names no code column, under a heading that names
   no table (or none), is no error-code table: passed over, as any other
   table of the page.  */
static void
other_tables_passed_over (void **state)
{
  (void) state;
  struct page page;
  good (S ("| 参数 | 说明 |\n|---|---|\n| x | not a code |\n"
           TAIL
           "\n"
           "## 相关文档\n"
           "\n"
           "| 链接 | 说明 |\n"
           "|---|---|\n"
           "| x y | not a code either |\n"
           "### 其他错误码\n| a | b | c |\n|-|-|-|\n| 1 | 2 | 3 |\n"),
        &page);
  assert_int_equal (page.common.count, 0);
  assert_row (&page.business, "Z", "z", 7);
  page_free (&page);
  /* A third error-code table is refused: which would be which?  */
  bad (S (HEAD "| A | a |\n" TAIL
          "## 其他\n| 错误码 | 说明 |\n|---|---|\n| B | b |\n"),
       1, "t.md:10: a third error-code table (the others at lines 2 and 6)\n");
}

static void
duplicate_code (void **state)
{
  (void) state;
  bad (S (HEAD
          "| A | a |\n"
          "| B | b |\n"
          "| A | a |\n"
          "| A | other |\n"
          "### 业务错误码\n|a|b|\n|-|-|\n"
          "| A | the same code in the other table is no problem |\n"
          "| B | b |\n"
          "| B | b |\n"),
       3,
       "t.md:6: duplicate error code A (first at line 4)\n"
       "t.md:7: duplicate error code A (first at line 4)\n"
       "t.md:13: duplicate error code B (first at line 12)\n");
}

static void
repeated_heading (void **state)
{
  (void) state;
  bad (S (HEAD
          "| A | a |\n"
          "### Common Error Codes\n"
          "|a|b|\n|-|-|\n|B|b|\n"
          TAIL
          "### 公共错误码\n"
          "### ビジネスエラーコード\n"
          "|a|b|\n|-|-|\n|C|c|\n"),
       3,
       "t.md:5: repeated common section heading (first at line 1)\n"
       "t.md:13: repeated common section heading (first at line 1)\n"
       "t.md:14: repeated business section heading (first at line 9)\n");
}

static void
second_table_in_section (void **state)
{
  (void) state;
  bad (S (HEAD
          "| A | a |\n"
          "\n"
          "| 错误码 | 说明 |\n"
          "|---|---|\n"
          "| B | b |\n"),
       1, "t.md:6: second table in the common section (first at line 2)\n");
}

static void
no_tables (void **state)
{
  (void) state;
  bad (S (""), 1, "t.md: no error-code tables\n");
  bad (NULL, 0, 1, "t.md: no error-code tables\n");
  bad (S ("\xEF\xBB\xBF"), 1, "t.md: no error-code tables\n");
  bad (S ("\n\n"), 1, "t.md: no error-code tables\n");
  bad (S ("# 云硬盘\n## 错误码列表\n### 公共错误码\n\n暂无。\n### 业务错误码\n"),
       1, "t.md: no error-code tables\n");
  bad (S ("### 公共错误码\n```\n| 错误码 | 说明 |\n|---|---|\n| A | a |\n```\n"),
       1, "t.md: no error-code tables\n");
  bad (S ("### 公共错误码\n| 错误码 | 说明 |\n|---|---|\n\n"
          "### 业务错误码\n| 错误码 | 说明 |\n|---|---|\n"),
       1, "t.md: no error-code rows\n");
}

static void
unterminated_code_block (void **state)
{
  (void) state;
  bad (S (HEAD
          "| A | a |\n"
          "```\n"
          TAIL
          "``\n"),
       1, "t.md:5: unterminated code block\n");
  bad (S (HEAD "| A | a |\n" "````\n" "```\n"),
       1, "t.md:5: unterminated code block\n");
}

/* Every problem of the page, in line order, then the page's.  */
static void
every_problem_reported (void **state)
{
  (void) state;
  bad (S ("| 错误码 | text |\n"                   /* 1 */
          "### 公共错误码\n"
          "| 错误码 | 说明 |\n"
          "|---|---|\n"
          "| A | a | x |\n"                      /* 5 */
          "| B b | b |\n"
          "| C | |\n"
          "| A | \xFF |\n"
          "### 公共错误码\n"
          "```\n"),                             /* 10 */
       7,
       "t.md:1: table header not followed by a separator row\n"
       "t.md:5: expected 2 cells, found 3\n"
       "t.md:6: invalid error code (only ASCII letters, digits, '.' and '_'"
       " are allowed)\n"
       "t.md:7: row without a text\n"
       "t.md:8: invalid UTF-8\n"
       "t.md:9: repeated common section heading (first at line 2)\n"
       "t.md:10: unterminated code block\n");
}

/* --- Bytes ---------------------------------------------------------------- */

static void
nul_bytes (void **state)
{
  (void) state;
  bad (S (HEAD
          "| A | a\0b |\n"
          "| B | b |\n"
          "| \0 | c |\n"
          "| C\0D | d |\n"
          "prose\0\n"
          "```\n\0\n```\n"),
       7,
       "t.md:4: NUL byte\n"
       "t.md:6: NUL byte\n"
       "t.md:6: invalid error code (only ASCII letters, digits, '.' and '_'"
       " are allowed)\n"
       "t.md:7: NUL byte\n"
       "t.md:7: invalid error code (only ASCII letters, digits, '.' and '_'"
       " are allowed)\n"
       "t.md:8: NUL byte\n"
       "t.md:10: NUL byte\n");
}

static void
invalid_utf8 (void **state)
{
  (void) state;
  bad (S (HEAD
          "| A | \x80 |\n"                 /* a continuation byte */
          "| B | \xC0\x80 |\n"             /* overlong */
          "| C | \xED\xA0\x80 |\n"         /* a surrogate */
          "| D | \xF4\x90\x80\x80 |\n"     /* past U+10FFFF */
          "| E | \xE5\x89 |\n"             /* truncated */
          "| H | \xE0\x80\xAF |\n"         /* overlong */
          "| I | \xF0\x80\x80\xAF |\n"     /* overlong */
          "| F | 😀 \xF4\x8F\xBF\xBF \xC2\x80 \xEF\xBF\xBF |\n" /* fine */
          "# \xFE\xFF\n"
          "```\n\xE5\n```\n"
          "| G | \xE5"),                   /* truncated by the end */
       10,
       "t.md:4: invalid UTF-8\n"
       "t.md:5: invalid UTF-8\n"
       "t.md:6: invalid UTF-8\n"
       "t.md:7: invalid UTF-8\n"
       "t.md:8: invalid UTF-8\n"
       "t.md:9: invalid UTF-8\n"
       "t.md:10: invalid UTF-8\n"
       "t.md:12: invalid UTF-8\n"
       "t.md:14: invalid UTF-8\n"
       "t.md:16: invalid UTF-8\n");
  /* UTF-16 is no UTF-8.  */
  bad (S ("\xFF\xFE#\0#\0#\0"), 3,
       "t.md:1: NUL byte\nt.md:1: invalid UTF-8\nt.md: no error-code tables\n");
}

static void
carriage_returns (void **state)
{
  (void) state;
  bad (S (HEAD
          "| A | a\rb |\n"
          "| B | b |\r\n"
          "text\r\r\n"
          "\r| C | c |\n"),
       3,
       "t.md:4: carriage return inside a line\n"
       "t.md:6: carriage return inside a line\n"
       "t.md:7: carriage return inside a line\n");
  /* CR LF and LF mixed; a CR ends the last line.  */
  struct page page;
  good (S (HEAD "| A | a |\r\n| B | b |\n| C | c |\r"), &page);
  assert_row (&page.common, "A", "a", 4);
  assert_row (&page.common, "B", "b", 5);
  assert_row (&page.common, "C", "c", 6);
  page_free (&page);
  bad (S ("### 公共错误码\r|a|b|\r|-|-|\r|A|a|\r"), 2,
       "t.md:1: carriage return inside a line\n"
       "t.md: no error-code tables\n");
}

/* A line of N bytes: PREFIX, FILL repeated, SUFFIX.  */
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

static void
huge_lines (void **state)
{
  (void) state;
  struct page page;
  size_t len;
  char *data = long_line (HEAD "| Big | ", 'x', MIB, " |\n| Next | n |\n",
                          &len);
  good (data, len, &page);
  assert_int_equal (page.common.count, 2);
  assert_int_equal (strlen (page.common.rows[0].text), MIB);
  assert_int_equal (page.common.rows[0].text[MIB - 1], 'x');
  assert_row (&page.common, "Next", "n", 5);
  page_free (&page);
  free (data);

  /* Longer than any code the library looks up (TCERR_CODE_MAX).  */
  data = long_line (HEAD "| ", 'C', MIB, " | big code |\n", &len);
  bad (data, len, 1, "t.md:4: invalid error code (only ASCII letters, digits,"
       " '.' and '_' are allowed)\n");
  free (data);

  data = long_line (HEAD "| A | ", '\xFF', MIB, " |\n", &len);
  bad (data, len, 1, "t.md:4: invalid UTF-8\n");
  free (data);

  data = long_line (HEAD, '|', MIB, "\n| A | a |\n", &len);
  bad (data, len, 1, "t.md:4: expected 2 cells, found 1048575\n");
  free (data);

  data = long_line ("", '#', MIB, "", &len);
  bad (data, len, 1, "t.md: no error-code tables\n");
  free (data);
}

/* Every prefix of a documented page, and pages with bytes replaced:
   either refused whole or parsed, never a crash (ASan, valgrind).  */
static void
arbitrary_bytes (void **state)
{
  (void) state;
  size_t len;
  char *data = slurp ("sqlserver.md", &len);
  FILE *out = fopen ("/dev/null", "w");
  assert_non_null (out);
  page_diagnostics = out;
  struct page page;
  size_t parsed = 0;
  for (size_t n = 0; n <= len; n++)
    {
      int status = page_parse ("t.md", data, n, &page);
      assert_true (status >= 0);
      if (status == 0)
        {
          assert_true (page.common.count > 0);
          parsed++;
        }
      else
        assert_empty (&page);
      page_free (&page);
    }
  assert_true (parsed > 0);

  static const char bytes[] = "|\n\r\0#`~\\ -:\x80\xE5\xFF";
  uint32_t seed = 12345;
  char *copy = malloc (len);
  assert_non_null (copy);
  for (int i = 0; i < 2000; i++)
    {
      memcpy (copy, data, len);
      for (int k = 0; k < 1 + i % 4; k++)
        {
          seed = seed * 1103515245 + 12345;
          size_t at = (seed >> 8) % len;
          seed = seed * 1103515245 + 12345;
          copy[at] = bytes[(seed >> 8) % (sizeof bytes - 1)];
        }
      int status = page_parse ("t.md", copy, len, &page);
      if (status == 0)
        assert_true (page.common.count + page.business.count > 0);
      else
        assert_empty (&page);
      page_free (&page);
    }
  page_diagnostics = NULL;
  fclose (out);
  free (copy);
  free (data);
}

/* --- page_read, page_free, page_find -------------------------------------- */

/* page_read PATH fails with one problem: "PATH: WHY".  */
static void
unreadable (const char *path, const char *why)
{
  char *messages, want[4096];
  size_t size;
  FILE *out = open_memstream (&messages, &size);
  assert_non_null (out);
  page_diagnostics = out;
  struct page page;
  memset (&page, 0x55, sizeof page);
  int status = page_read (path, &page);
  page_diagnostics = NULL;
  fclose (out);
  snprintf (want, sizeof want, "%s: %s\n", path, why);
  assert_string_equal (messages, want);
  assert_int_equal (status, 1);
  assert_empty (&page);
  free (messages);
}

static void
read_errors (void **state)
{
  (void) state;
  char *path = page_path ("no-such-page.md");
  unreadable (path, strerror (ENOENT));
  free (path);
  path = page_path ("");
  unreadable (path, strerror (EISDIR));
  free (path);

  /* Past the size limit: a sparse file of MAINT_FILE_MAX + 1 bytes.  */
  const char *tests = getenv ("tests");
  if (tests == NULL)
    fail_msg ("tests is not set");
  path = malloc (strlen (tests) + sizeof "/maint/big-page.work");
  assert_non_null (path);
  sprintf (path, "%s/maint/big-page.work", tests);
  FILE *f = fopen (path, "wb");
  assert_non_null (f);
  assert_int_equal (ftruncate (fileno (f), (off_t) MAINT_FILE_MAX + 1), 0);
  assert_int_equal (fclose (f), 0);
  unreadable (path, "file too large (more than 64 MiB)");
  assert_int_equal (unlink (path), 0);
  free (path);
}

static void
free_and_find (void **state)
{
  (void) state;
  struct page page = { { NULL, 0, 0 }, { NULL, 0, 0 } };
  page_free (&page);
  page_free (&page);
  page_free (NULL);
  assert_null (page_find (&page.common, "A"));
  assert_null (page_find (NULL, "A"));

  good (S (HEAD "| A | a |\n"), &page);
  assert_null (page_find (&page.common, NULL));
  assert_null (page_find (&page.common, ""));
  assert_null (page_find (&page.common, "a"));
  assert_null (page_find (&page.common, "A "));
  assert_null (page_find (&page.business, "A"));
  assert_ptr_equal (page_find (&page.common, "A"), &page.common.rows[0]);
  page_free (&page);
  assert_empty (&page);
  page_free (&page);

  /* A NULL page only checks.  */
  char *messages;
  assert_int_equal (parse (S (HEAD "| A | a |\n"), NULL, &messages), 0);
  assert_string_equal (messages, "");
  free (messages);
  assert_int_equal (parse (S (HEAD "| A | |\n"), NULL, &messages), 1);
  assert_string_equal (messages, "t.md:4: row without a text\n");
  free (messages);
}

/* Messages go to stderr unless redirected.  */
static void
stderr_by_default (void **state)
{
  (void) state;
  assert_null (page_diagnostics);
  fflush (stderr);
  FILE *saved = tmpfile ();
  assert_non_null (saved);
  /* Point stderr at a file for the call.  */
  int fd = dup (fileno (stderr));
  assert_true (fd >= 0);
  assert_true (dup2 (fileno (saved), fileno (stderr)) >= 0);
  struct page page;
  int status = page_parse ("e.md", S (""), &page);
  fflush (stderr);
  dup2 (fd, fileno (stderr));
  close (fd);
  assert_int_equal (status, 1);
  char got[128] = "";
  rewind (saved);
  size_t n = fread (got, 1, sizeof got - 1, saved);
  got[n] = '\0';
  fclose (saved);
  assert_string_equal (got, "e.md: no error-code tables\n");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (cbs_page),
    cmocka_unit_test (sqlserver_page),
    cmocka_unit_test (crlf_page),
    cmocka_unit_test (bom_page),
    cmocka_unit_test (bom_crlf_page),
    cmocka_unit_test (no_final_newline),
    cmocka_unit_test (english_twin),
    cmocka_unit_test (english_spellings),
    cmocka_unit_test (japanese_twin),
    cmocka_unit_test (service_and_application_headings),
    cmocka_unit_test (korean_twin),
    cmocka_unit_test (wide_space_headings),
    cmocka_unit_test (no_break_spaces),
    cmocka_unit_test (numeric_code),
    cmocka_unit_test (twin_repeated_code),
    cmocka_unit_test (malformed_shapes),
    cmocka_unit_test (escaped_pipes),
    cmocka_unit_test (trailing_pipe_missing),
    cmocka_unit_test (cells_as_written),
    cmocka_unit_test (code_fences_ignored),
    cmocka_unit_test (one_table_and_prose),
    cmocka_unit_test (many_rows),
    cmocka_unit_test (row_cell_count),
    cmocka_unit_test (row_without_code),
    cmocka_unit_test (invalid_code),
    cmocka_unit_test (row_without_text),
    cmocka_unit_test (header_without_separator),
    cmocka_unit_test (header_cell_count),
    cmocka_unit_test (separator_cell_count),
    cmocka_unit_test (table_before_heading),
    cmocka_unit_test (table_under_unknown_heading),
    cmocka_unit_test (code_column_second),
    cmocka_unit_test (other_tables_passed_over),
    cmocka_unit_test (duplicate_code),
    cmocka_unit_test (repeated_heading),
    cmocka_unit_test (second_table_in_section),
    cmocka_unit_test (no_tables),
    cmocka_unit_test (unterminated_code_block),
    cmocka_unit_test (every_problem_reported),
    cmocka_unit_test (nul_bytes),
    cmocka_unit_test (invalid_utf8),
    cmocka_unit_test (carriage_returns),
    cmocka_unit_test (huge_lines),
    cmocka_unit_test (arbitrary_bytes),
    cmocka_unit_test (read_errors),
    cmocka_unit_test (free_and_find),
    cmocka_unit_test (stderr_by_default),
  };
  return cmocka_run_group_tests_name ("page", tests, NULL, NULL);
}
