/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The test oracle: a reader for the documented pages.  Deliberately small
   and independent of the library and of tcerr-import's parser: it knows the
   page layout described in upstream/pages (### 公共错误码 = common, ### 业务错误码
   = the product's table, rows "| code | text |").  A page read by path
   (oracle_load_file: the upstream pages and their twins) is read more
   loosely: a "###" heading is common when it says so in one of the four
   languages, else the product's when it speaks of errors.  */
#include <config.h>

#include "oracle.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static void
fail (const char *file, unsigned line, const char *what)
{
  fprintf (stderr, "%s:%u: %s\n", file, line, what);
  abort ();
}

/* The length of the white space (po/README.md, "Texts": a blank, a
   no-break space, an ideographic space) that starts START..END, or that
   ends it; 0 if none.  */
static size_t
space_after (const char *start, const char *end)
{
  size_t n = (size_t) (end - start);
  if (n >= 1 && (*start == ' ' || *start == '\t'))
    return 1;
  if (n >= 2 && memcmp (start, "\xC2\xA0", 2) == 0)
    return 2;
  if (n >= 3 && memcmp (start, "\xE3\x80\x80", 3) == 0)
    return 3;
  return 0;
}

static size_t
space_before (const char *start, const char *end)
{
  size_t n = (size_t) (end - start);
  if (n >= 1 && (end[-1] == ' ' || end[-1] == '\t'))
    return 1;
  if (n >= 2 && memcmp (end - 2, "\xC2\xA0", 2) == 0)
    return 2;
  if (n >= 3 && memcmp (end - 3, "\xE3\x80\x80", 3) == 0)
    return 3;
  return 0;
}

/* START..END without the white space around it.  */
static char *
trimmed (const char *start, const char *end)
{
  size_t n;
  while ((n = space_after (start, end)) > 0)
    start += n;
  while ((n = space_before (start, end)) > 0)
    end -= n;
  return strndup (start, (size_t) (end - start));
}

static const struct oracle_row *
find_row (const struct oracle *o, const char *page, const char *table,
          const char *code)
{
  for (size_t i = 0; i < o->count; i++)
    if (strcmp (o->rows[i].page, page) == 0
        && strcmp (o->rows[i].table, table) == 0
        && strcmp (o->rows[i].code, code) == 0)
      return &o->rows[i];
  return NULL;
}

/* REPEATS: a twin, whose tables may give a code twice.  */
static void
add_row (struct oracle *o, const char *page, const char *table, char *code,
         char *text, const char *file, unsigned line, int repeats)
{
  if (!repeats && find_row (o, page, table, code) != NULL)
    fail (file, line, "a code twice in one table");
  o->rows = realloc (o->rows, (o->count + 1) * sizeof *o->rows);
  if (o->rows == NULL)
    abort ();
  o->rows[o->count++]
    = (struct oracle_row) { strdup (page), strdup (table), code, text,
                            line };
}

/* Whether S contains one of WORDS (NULL-terminated), ASCII case ignored.  */
static int
says (const char *s, const char *const *words)
{
  for (; *words != NULL; words++)
    for (const char *p = s; *p != '\0'; p++)
      if (strncasecmp (p, *words, strlen (*words)) == 0)
        return 1;
  return 0;
}

/* The table under the heading LINE of a page read by path, in any of the
   four languages, or NULL.  */
static const char *
loose_table (const char *line, const char *product)
{
  static const char *const common[] = { "公共", "common", "共通", "공통",
                                        NULL };
  static const char *const errors[] = { "错误码", "error", "エラー", "오류",
                                        NULL };
  return says (line, common) ? "common" : says (line, errors) ? product : NULL;
}

/* Reads page file PATH as page PRODUCT.  LOOSE: headings in any language,
   "###" then any space, the first line of a table its header (whatever its
   words) and, if REPEATS, codes given twice.  */
static void
load_path (struct oracle *o, const char *path, const char *product,
           int loose, int repeats)
{
  FILE *f = fopen (path, "r");
  if (f == NULL)
    fail (path, 0, "cannot open");
  char *line = NULL;
  size_t cap = 0;
  unsigned lineno = 0;
  const char *table = NULL;
  int header_due = 1; /* the next table line is a header (LOOSE) */
  while (getline (&line, &cap, f) > 0)
    {
      lineno++;
      line[strcspn (line, "\n")] = '\0';
      if (!loose && strncmp (line, "### ", 4) == 0)
        table = strstr (line, "公共错误码") ? "common"
                : strstr (line, "业务错误码") ? product : NULL;
      if (loose && strncmp (line, "###", 3) == 0 && line[3] != '#')
        table = loose_table (line + 3, product);
      if (line[0] != '|')
        header_due = 1;
      if (table == NULL || line[0] != '|')
        continue;
      /* | code | text |  — skip the header and separator rows.  */
      char *mid = strchr (line + 1, '|');
      char *end = mid != NULL ? strrchr (line, '|') : NULL;
      if (mid == NULL || end == mid)
        fail (path, lineno, "a row needs two cells");
      char *code = trimmed (line + 1, mid);
      char *text = trimmed (mid + 1, end);
      int header = loose ? header_due : strcmp (code, "错误码") == 0;
      header_due = 0;
      if (header || code[0] == '-' || code[0] == ':')
        {
          free (code);
          free (text);
          continue;
        }
      if (*code == '\0' || *text == '\0')
        fail (path, lineno, "empty cell");
      add_row (o, product, table, code, text, path, lineno, repeats);
    }
  free (line);
  fclose (f);
}

static void
load_page (struct oracle *o, const char *dir, const char *name)
{
  char path[4096];
  snprintf (path, sizeof path, "%s/%s", dir, name);
  char product[256];
  snprintf (product, sizeof product, "%.*s",
            (int) (strlen (name) - strlen (".md")), name);
  load_path (o, path, product, 0, 0);
}



/* The lookups: each code of each page once, its product row first.  */
static void
make_lookups (struct oracle *o)
{
  o->lookups = calloc (o->count, sizeof *o->lookups);
  if (o->lookups == NULL)
    abort ();
  for (size_t i = 0; i < o->count; i++)
    {
      const struct oracle_row *r = &o->rows[i];
      int is_common = strcmp (r->table, "common") == 0;
      if (is_common && find_row (o, r->page, r->page, r->code) != NULL)
        continue; /* the product's own row says it */
      o->lookups[o->lookup_count++]
        = (struct oracle_lookup) { r->page, r->code, r->text, r->table };
    }
}

void
oracle_load_file (struct oracle *o, const char *path, const char *page,
                  int twin)
{
  *o = (struct oracle) { NULL, 0, NULL, 0 };
  load_path (o, path, page, 1, twin);
  if (o->count == 0)
    fail (path, 0, "no documented rows");
  make_lookups (o);
}

void
oracle_load (struct oracle *o)
{
  const char *dir = getenv ("TCERR_PAGES");
  if (dir == NULL)
    fail ("TCERR_PAGES", 0, "not set");
  *o = (struct oracle) { NULL, 0, NULL, 0 };
  struct dirent **names;
  int n = scandir (dir, &names, NULL, alphasort);
  if (n < 0)
    fail (dir, 0, "cannot read the directory");
  for (int i = 0; i < n; i++)
    {
      size_t len = strlen (names[i]->d_name);
      if (len > 3 && strcmp (names[i]->d_name + len - 3, ".md") == 0)
        load_page (o, dir, names[i]->d_name);
      free (names[i]);
    }
  free (names);
  if (o->count == 0)
    fail (dir, 0, "no documented rows");
  make_lookups (o);
}

void
oracle_free (struct oracle *o)
{
  for (size_t i = 0; i < o->count; i++)
    {
      free (o->rows[i].page);
      free (o->rows[i].table);
      free (o->rows[i].code);
      free (o->rows[i].text);
    }
  free (o->rows);
  free (o->lookups);
  *o = (struct oracle) { NULL, 0, NULL, 0 };
}

const char *
oracle_text (const struct oracle *o, const char *page, const char *code)
{
  for (size_t i = 0; i < o->lookup_count; i++)
    if (strcmp (o->lookups[i].page, page) == 0
        && strcmp (o->lookups[i].code, code) == 0)
      return o->lookups[i].text;
  return NULL;
}

int
oracle_common_has (const struct oracle *o, const char *code,
                   const char *text)
{
  for (size_t i = 0; i < o->count; i++)
    if (strcmp (o->rows[i].table, "common") == 0
        && strcmp (o->rows[i].code, code) == 0
        && strcmp (o->rows[i].text, text) == 0)
      return 1;
  return 0;
}

const char *
oracle_key_text (const struct oracle *o, const char *product,
                 const char *code)
{
  if (strcmp (product, "common") != 0)
    return oracle_text (o, product, code);
  for (size_t i = 0; i < o->count; i++)
    if (strcmp (o->rows[i].table, "common") == 0
        && strcmp (o->rows[i].code, code) == 0)
      return o->rows[i].text;
  return NULL;
}

/* Decodes one UTF-8 character at S (LEN bytes left): its length, or 0 when
   the bytes are not well-formed UTF-8.  */
static size_t
utf8_char (const unsigned char *s, size_t len, unsigned long *cp)
{
  size_t n = s[0] < 0x80 ? 1 : s[0] >= 0xC2 && s[0] < 0xE0 ? 2
             : s[0] >= 0xE0 && s[0] < 0xF0 ? 3
             : s[0] >= 0xF0 && s[0] < 0xF5 ? 4 : 0;
  if (n == 0 || n > len)
    return 0;
  *cp = n == 1 ? s[0] : s[0] & (0x7F >> n);
  for (size_t i = 1; i < n; i++)
    {
      if ((s[i] & 0xC0) != 0x80)
        return 0;
      *cp = (*cp << 6) | (s[i] & 0x3F);
    }
  static const unsigned long min[] = { 0, 0, 0x80, 0x800, 0x10000 };
  if (*cp < min[n] || *cp > 0x10FFFF || (*cp >= 0xD800 && *cp <= 0xDFFF))
    return 0;
  return n;
}

int
utf8_valid (const char *s, size_t len)
{
  const unsigned char *p = (const unsigned char *) s;
  unsigned long cp;
  while (len > 0)
    {
      size_t n = utf8_char (p, len, &cp);
      if (n == 0)
        return 0;
      p += n;
      len -= n;
    }
  return 1;
}

/* CJK ideographs, their punctuation and the full-width forms.  */
int
has_cjk (const char *s)
{
  const unsigned char *p = (const unsigned char *) s;
  size_t len = strlen (s);
  unsigned long cp;
  while (len > 0)
    {
      size_t n = utf8_char (p, len, &cp);
      if (n == 0)
        return 1; /* not UTF-8 at all: not English either */
      if ((cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF)
          || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFFEF)
          || (cp >= 0x20000 && cp <= 0x3FFFF))
        return 1;
      p += n;
      len -= n;
    }
  return 0;
}

char *
oracle_example (const char *page)
{
  const char *dir = getenv ("TCERR_PAGES");
  if (dir == NULL)
    fail ("TCERR_PAGES", 0, "not set");
  char path[4096];
  snprintf (path, sizeof path, "%s/%s.md", dir, page);
  FILE *f = fopen (path, "r");
  if (f == NULL)
    fail (path, 0, "cannot open");
  char *example = NULL, *line = NULL;
  size_t len = 0, cap = 0;
  FILE *out = NULL;
  while (getline (&line, &cap, f) > 0)
    if (strncmp (line, "```", 3) == 0)
      {
        if (out != NULL)
          break; /* the end of the first block */
        out = open_memstream (&example, &len);
        if (out == NULL)
          abort ();
      }
    else if (out != NULL)
      fputs (line, out);
  int read_error = ferror (f);
  free (line);
  fclose (f);
  if (read_error)
    fail (path, 0, "read error");
  if (out != NULL && fclose (out) != 0)
    abort ();
  return example;
}
