/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Every English text of en.po, read with libgettextpo, against the rules of
   po/README.md ("Checks"), with the key's Chinese from zh_CN.po where it
   has one:

   - no CJK: no Han, kana, Hangul, CJK punctuation or full-width form
     (。，（）： included: they are not English either), and valid UTF-8;
   - not empty: some words, and not only the code (its last part included);
   - every code span of the Chinese (`DiskId`, backquotes included) in the
     English byte for byte, but for words in backquotes (`安全组ID`);
   - every URL of the Chinese (link target, <a href> target, bare URL) in
     the English byte for byte;
   - every number of the Chinese prose (an ASCII digit run, with its decimal
     points; numbers inside URLs and code spans are theirs; "1万" is 10000)
     in the English:
     as written, or with thousands separators (1000: "1,000"), or, 0 to 10,
     as a word ("three", "one hour", "the first", "twice");
   - markdown balanced: backquotes paired, link brackets and targets
     closed, each <a ...> closed by </a> and not nested; unless the
     Chinese breaks the same check (a backquote in a list of symbols).

   Our English (Source "tcerr translation", a translator's, or none) must
   pass them all.  Upstream's (Source of an SDK, "tencentcloud-sdk-...", or
   of a twin page) is reported as "# official, kept: ..." and counted, never
   failed: it is upstream's, kept byte for byte.  One case per rule shows it
   catches what it must and lets pass what it must, on fabricated texts; a
   scratch catalog shows the whole pass counting ours and upstream's apart.
   - the term rules of src/maint/english/rules.tsv (获取 "get", 云API
     "TencentCloud API", 异常 "abnormal", a product's own nouns ...), the
     file tcerr-english check reads too;
   - backquotes: a code span the Chinese lacks only around a name of the
     Chinese, not an acronym (QCS), in a product whose own English puts
     at least a fifth of the names of its Chinese in backquotes.

   Usage: test-english-checks DIR RULES  (DIR/en.po, DIR/zh_CN.po; RULES
   is rules.tsv)  */
#include <config.h>

#include "cases.h"
#include "pofile.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <regex.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

static const char *po_dir;
/* Before each "ours" line: the scratch catalog's are meant.  */
static const char *ours_label = "ours, FAILS";

/* ---- the rules, on one text ------------------------------------------ */

enum rule
{
  RULE_CJK, RULE_EMPTY, RULE_SPANS, RULE_URLS, RULE_NUMBERS, RULE_MARKDOWN,
  RULE_TERMS, RULE_BACKQUOTES, RULES
};

static const char *const rule_name[RULES] = {
  "no CJK", "not empty", "code spans", "URLs", "numbers", "markdown",
  "terms", "backquotes",
};

/* A rule on the English EN of key (CTX, CODE) whose Chinese is ZH (NULL
   without one): true when EN breaks it, WHY then saying how.  */
typedef bool rule_fn (const char *en, const char *zh, const char *product,
                      const char *code, char *why, size_t size);

/* The code point at P (LEN bytes left) in *CP: its length, or 0 when P is
   not well-formed UTF-8.  */
static size_t
utf8_decode (const unsigned char *p, size_t len, unsigned long *cp)
{
  if (p[0] < 0x80)
    {
      *cp = p[0];
      return 1;
    }
  size_t n = p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : p[0] >= 0xC2 ? 2 : 0;
  if (n == 0 || p[0] > 0xF4 || n > len)
    return 0;
  unsigned long c = p[0] & (0x7F >> n);
  for (size_t i = 1; i < n; i++)
    {
      if ((p[i] & 0xC0) != 0x80)
        return 0;
      c = c << 6 | (p[i] & 0x3F);
    }
  static const unsigned long least[] = { 0, 0, 0x80, 0x800, 0x10000 };
  if (c < least[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
    return 0;
  *cp = c;
  return n;
}

/* Han (with radicals, compatibility ideographs and the supplementary
   planes), kana, Hangul, bopomofo, the CJK symbols and punctuation (。、「」
   and the ideographic space), the CJK compatibility and small forms, and
   the full-width and half-width forms (，（）：！？ and full-width letters).
   Curly quotes, dashes and the ellipsis (U+2000 block) are English.  */
static bool
is_cjk (unsigned long c)
{
  return (c >= 0x1100 && c <= 0x11FF)       /* Hangul jamo */
         || (c >= 0x2E80 && c <= 0x9FFF)    /* radicals ... unified */
         || (c >= 0xA960 && c <= 0xA97F)    /* Hangul jamo ext. A */
         || (c >= 0xAC00 && c <= 0xD7FF)    /* Hangul syllables, ext. B */
         || (c >= 0xF900 && c <= 0xFAFF)    /* compatibility ideographs */
         || (c >= 0xFE30 && c <= 0xFE6F)    /* compatibility, small forms */
         || (c >= 0xFF00 && c <= 0xFFEF)    /* full-width, half-width */
         || (c >= 0x1AFF0 && c <= 0x1B16F)  /* kana supplements */
         || (c >= 0x20000 && c <= 0x3FFFF); /* Han ext. B ... */
}

static bool
rule_cjk (const char *en, const char *zh, const char *product,
          const char *code, char *why, size_t size)
{
  (void) product;
  (void) zh, (void) code;
  const unsigned char *p = (const unsigned char *) en;
  size_t len = strlen (en);
  while (len > 0)
    {
      unsigned long c;
      size_t n = utf8_decode (p, len, &c);
      if (n == 0)
        {
          snprintf (why, size, "not UTF-8 at byte %zu",
                    (size_t) (p - (const unsigned char *) en));
          return true;
        }
      if (is_cjk (c))
        {
          snprintf (why, size, "U+%04lX \"%.*s\"", c, (int) n, (const char *) p);
          return true;
        }
      p += n;
      len -= n;
    }
  return false;
}

static bool
is_alnum (int c)
{
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')
         || (c >= 'A' && c <= 'Z');
}

static bool
is_digit (int c)
{
  return c >= '0' && c <= '9';
}

/* Punctuation, blanks and symbols around a text: ASCII's, the general
   punctuation block, CJK's and the full-width ones.  */
static bool
is_punct (unsigned long c)
{
  if (c < 0x80)
    return !is_alnum ((int) c);
  return (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F)
         || (c >= 0xFE30 && c <= 0xFE6F)
         || (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20)
         || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65)
         || c == 0xA0;
}

static bool
rule_empty (const char *en, const char *zh, const char *product,
            const char *code, char *why, size_t size)
{
  (void) product;
  (void) zh;
  /* The words: from the first character that is not punctuation to the
     end of the last one.  */
  const unsigned char *p = (const unsigned char *) en;
  size_t len = strlen (en);
  const char *first = NULL, *end = NULL;
  while (len > 0)
    {
      unsigned long c;
      size_t n = utf8_decode (p, len, &c);
      if (n == 0)
        n = 1, c = 0xFFFD; /* rule_cjk says it */
      if (!is_punct (c))
        {
          if (first == NULL)
            first = (const char *) p;
          end = (const char *) p + n;
        }
      p += n;
      len -= n;
    }
  if (first == NULL)
    {
      snprintf (why, size, "no words");
      return true;
    }
  size_t words = (size_t) (end - first);
  const char *last = strrchr (code, '.');
  last = last != NULL ? last + 1 : code;
  if ((words == strlen (code) && strncasecmp (first, code, words) == 0)
      || (words == strlen (last) && strncasecmp (first, last, words) == 0))
    {
      snprintf (why, size, "only the code");
      return true;
    }
  return false;
}

static size_t
count_char (const char *s, char c)
{
  size_t n = 0;
  for (; *s != '\0'; s++)
    n += *s == c;
  return n;
}

/* The code spans of S, in *STARTS and *ENDS (at most MAX; the backquotes
   included): none when S's backquotes are not paired (a literal one).  */
static size_t
code_spans (const char *s, const char **starts, const char **ends,
            size_t max)
{
  size_t n = 0;
  if (count_char (s, '`') % 2 != 0)
    return 0;
  for (const char *p = strchr (s, '`'); p != NULL && n < max;
       p = strchr (p, '`'))
    {
      const char *q = strchr (p + 1, '`');
      starts[n] = p;
      ends[n++] = q + 1;
      p = q + 1;
    }
  return n;
}

static bool
contains (const char *hay, const char *needle, size_t len)
{
  size_t hay_len = strlen (hay);
  for (size_t i = 0; i + len <= hay_len; i++)
    if (memcmp (hay + i, needle, len) == 0)
      return true;
  return false;
}

enum { MAX_ITEMS = 64 };

/* Whether the span from START to END holds CJK: words in backquotes
   (`安全组ID`), to be translated, not kept.  */
static bool
has_cjk_span (const char *start, const char *end)
{
  const unsigned char *p = (const unsigned char *) start;
  size_t len = (size_t) (end - start);
  while (len > 0)
    {
      unsigned long c;
      size_t n = utf8_decode (p, len, &c);
      if (n == 0)
        n = 1;
      else if (is_cjk (c))
        return true;
      p += n;
      len -= n;
    }
  return false;
}

static bool
rule_spans (const char *en, const char *zh, const char *product,
            const char *code, char *why, size_t size)
{
  (void) product;
  (void) code;
  if (zh == NULL)
    return false;
  const char *starts[MAX_ITEMS], *ends[MAX_ITEMS];
  size_t n = code_spans (zh, starts, ends, MAX_ITEMS);
  for (size_t i = 0; i < n; i++)
    if (!contains (en, starts[i], (size_t) (ends[i] - starts[i]))
        && !has_cjk_span (starts[i], ends[i]))
      {
        snprintf (why, size, "%.*s missing", (int) (ends[i] - starts[i]),
                  starts[i]);
        return true;
      }
  return false;
}

struct range
{
  const char *start, *end;
};

static bool
in_ranges (const char *p, const struct range *r, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (p >= r[i].start && p < r[i].end)
      return true;
  return false;
}

/* The URLs of S: link targets ("](" to its closing parenthesis, or the
   first blank), <a href> targets, and bare http(s) URLs, which end at a
   blank, a non-ASCII character, one of <>"'`], or a ')' they did not open,
   less their trailing sentence punctuation.  */
static size_t
urls (const char *s, struct range *out, size_t max)
{
  size_t n = 0;
  for (const char *p = strstr (s, "]("); p != NULL && n < max;
       p = strstr (p, "]("))
    {
      const char *q = p += 2;
      int depth = 1;
      for (; *q != '\0' && *q != ' ' && *q != '\n'; q++)
        if (*q == '(')
          depth++;
        else if (*q == ')' && --depth == 0)
          break;
      if (q > p)
        out[n++] = (struct range) { p, q };
      p = q;
    }
  for (const char *p = s; *p != '\0' && n < max; p++)
    if (strncasecmp (p, "href=", 5) == 0 && (p[5] == '"' || p[5] == '\''))
      {
        const char *q = strchr (p + 6, p[5]);
        if (q == NULL)
          q = p + strlen (p);
        out[n++] = (struct range) { p + 6, q };
        p = q - 1;
      }
  size_t targets = n;
  for (const char *p = s; *p != '\0' && n < max; p++)
    if ((strncmp (p, "http://", 7) == 0 || strncmp (p, "https://", 8) == 0)
        && !in_ranges (p, out, targets))
      {
        const char *q = p;
        int depth = 0;
        for (; *q > ' ' && !(*q & 0x80) && !strchr ("<>\"'`]", *q); q++)
          if (*q == '(')
            depth++;
          else if (*q == ')' && depth-- == 0)
            break;
        while (q > p && strchr (".,:;!?*_~", q[-1]))
          q--;
        out[n++] = (struct range) { p, q };
        p = q - 1;
      }
  return n;
}

/* Whether EN has the URL of LEN bytes at URL as a whole: neither the end
   of a longer one (/document/... of https://intl.../document/...) nor the
   start (...#Filter?from_cn_redirect=1); sentence punctuation may follow.  */
static bool
contains_url (const char *en, const char *url, size_t len)
{
  static const char url_chars[] = "/:.-_~%?#=&+@!$*,;()[]'";
  size_t en_len = strlen (en);
  for (size_t i = 0; i + len <= en_len; i++)
    {
      if (memcmp (en + i, url, len) != 0)
        continue;
      unsigned char before = i > 0 ? (unsigned char) en[i - 1] : ' ';
      const char *after = en + i + len;
      if (is_alnum (before) || (before != '(' && strchr (url_chars, before)))
        continue;
      while (*after != '\0' && strchr (".,:;!?", *after))
        after++; /* sentence punctuation, if a blank or the end follows */
      if (*after == '\0' || *after == ' ' || *after == '\n'
          || (*after & 0x80) || strchr (")]\"'<>`", *after))
        return true;
    }
  return false;
}

static bool
rule_urls (const char *en, const char *zh, const char *product,
           const char *code, char *why, size_t size)
{
  (void) product;
  (void) code;
  if (zh == NULL)
    return false;
  struct range r[MAX_ITEMS];
  size_t n = urls (zh, r, MAX_ITEMS);
  for (size_t i = 0; i < n; i++)
    if (!contains_url (en, r[i].start, (size_t) (r[i].end - r[i].start)))
      {
        snprintf (why, size, "%.*s missing", (int) (r[i].end - r[i].start),
                  r[i].start);
        return true;
      }
  return false;
}

/* A Chinese number with its unit: the digits OUT[START..USED) followed at
   *P by 万 (ten thousand), 千 (thousand) or 亿 (hundred million), as
   "1万" is written "10,000" in English.  Rewrites the digits as the
   number they make, moves *P past the unit, and returns the new USED;
   without a unit, returns USED.  */
static size_t
scale (char *out, size_t start, size_t used, size_t out_size, const char **p)
{
  static const struct
  {
    const char *unit;
    double times;
  } units[] = {
    { "\xe4\xb8\x87", 1e4 }, { "\xe5\x8d\x83", 1e3 }, { "\xe4\xba\xbf", 1e8 },
  };
  for (size_t u = 0; u < sizeof units / sizeof units[0]; u++)
    if (strncmp (*p, units[u].unit, 3) == 0 && used < out_size)
      {
        char digits[64];
        size_t len = used - start < sizeof digits - 1 ? used - start
                                                       : sizeof digits - 1;
        memcpy (digits, out + start, len);
        digits[len] = '\0';
        double v = strtod (digits, NULL) * units[u].times;
        if (v != (double) (long long) v || v > 1e15)
          return used; /* not a whole number: left as written */
        int w = snprintf (out + start, out_size - start, "%lld",
                          (long long) v);
        if (w < 0 || (size_t) w >= out_size - start)
          return used;
        *p += 3;
        return start + (size_t) w;
      }
  return used;
}

/* The numbers of S, each a digit run with its decimal points ("5.7.18"),
   written to OUT as NUL-terminated strings one after the other; with
   THOUSANDS, "1,000" is read as 1000.  Returns how many.  */
static size_t
numbers (const char *s, bool thousands, char *out, size_t out_size)
{
  size_t n = 0, used = 0;
  for (const char *p = s; *p != '\0';)
    {
      if (!is_digit (*p))
        {
          p++;
          continue;
        }
      size_t group = 0, start = used;
      while (true)
        {
          if (is_digit (*p))
            {
              if (used + 1 < out_size)
                out[used++] = *p;
              group++;
              p++;
            }
          else if (*p == '.' && is_digit (p[1]))
            {
              if (used + 1 < out_size)
                out[used++] = *p;
              group = 0;
              p++;
            }
          else if (thousands && *p == ',' && group >= 1 && group <= 3
                   && is_digit (p[1]) && is_digit (p[2]) && is_digit (p[3])
                   && !is_digit (p[4]))
            {
              group = 0;
              p++;
            }
          else
            break;
        }
      if (!thousands)
        used = scale (out, start, used, out_size, &p);
      if (used < out_size)
        out[used++] = '\0';
      n++;
    }
  return n;
}

/* Whether EN has WORD as a whole word, in any case.  */
static bool
has_word (const char *en, const char *word)
{
  size_t len = strlen (word);
  for (const char *p = en; *p != '\0'; p++)
    if (strncasecmp (p, word, len) == 0
        && (p == en || !is_alnum ((unsigned char) p[-1]))
        && !is_alnum ((unsigned char) p[len]))
      return true;
  return false;
}

/* NUM (0 to 10) written as a word in EN.  */
static bool
has_number_word (const char *en, const char *num)
{
  static const char *const words[11][3] = {
    { "zero", NULL, NULL }, { "one", "first", "once" },
    { "two", "second", "twice" }, { "three", "third", NULL },
    { "four", "fourth", NULL }, { "five", "fifth", NULL },
    { "six", "sixth", NULL }, { "seven", "seventh", NULL },
    { "eight", "eighth", NULL }, { "nine", "ninth", NULL },
    { "ten", "tenth", NULL },
  };
  char *end;
  long v = strtol (num, &end, 10);
  if (*end != '\0' || v < 0 || v > 10 || (num[0] == '0' && num[1] != '\0'))
    return false;
  for (size_t i = 0; i < 3 && words[v][i] != NULL; i++)
    if (has_word (en, words[v][i]))
      return true;
  return false;
}

static bool
rule_numbers (const char *en, const char *zh, const char *product,
              const char *code, char *why, size_t size)
{
  (void) product;
  (void) code;
  if (zh == NULL)
    return false;
  /* The Chinese prose: its URLs, code spans and HTML tags blanked.  */
  size_t len = strlen (zh);
  char *prose = malloc (len + 1);
  char *zh_nums = malloc (len + 1), *en_nums = malloc (strlen (en) + 1);
  if (prose == NULL || zh_nums == NULL || en_nums == NULL)
    abort ();
  memcpy (prose, zh, len + 1);
  struct range r[MAX_ITEMS];
  size_t n = urls (zh, r, MAX_ITEMS);
  for (size_t i = 0; i < n; i++)
    memset (prose + (r[i].start - zh), ' ', (size_t) (r[i].end - r[i].start));
  const char *starts[MAX_ITEMS], *ends[MAX_ITEMS];
  n = code_spans (zh, starts, ends, MAX_ITEMS);
  for (size_t i = 0; i < n; i++)
    memset (prose + (starts[i] - zh), ' ', (size_t) (ends[i] - starts[i]));
  for (char *p = prose; (p = strchr (p, '<')) != NULL;)
    {
      char *q = strchr (p, '>');
      if (q == NULL
          || !(strncasecmp (p, "<a", 2) == 0 || strncasecmp (p, "</a", 3) == 0))
        {
          p++;
          continue;
        }
      memset (p, ' ', (size_t) (q - p + 1));
      p = q + 1;
    }

  size_t zn = numbers (prose, false, zh_nums, len + 1);
  size_t en_count = numbers (en, true, en_nums, strlen (en) + 1);
  bool broken = false;
  const char *z = zh_nums;
  for (size_t i = 0; i < zn && !broken; i++, z += strlen (z) + 1)
    {
      bool found = has_number_word (en, z);
      const char *e = en_nums;
      for (size_t j = 0; j < en_count && !found; j++, e += strlen (e) + 1)
        found = strcmp (z, e) == 0;
      if (!found)
        {
          snprintf (why, size, "%s missing", z);
          broken = true;
        }
    }
  free (prose);
  free (zh_nums);
  free (en_nums);
  return broken;
}

enum
{
  MD_BACKQUOTE = 1, MD_BRACKET = 2, MD_LINK = 4, MD_HTML = 8
};

/* What is unbalanced in S: a set of MD_*, the first one said in WHY.  */
static unsigned
markdown_problems (const char *s, char *why, size_t size)
{
  unsigned problems = 0;
#define PROBLEM(bit, ...) \
  do { if (problems == 0) snprintf (why, size, __VA_ARGS__); \
       problems |= (bit); } while (0)
  bool paired = count_char (s, '`') % 2 == 0;
  if (!paired)
    PROBLEM (MD_BACKQUOTE, "unpaired backquote");
  int brackets = 0;
  bool in_a = false;
  for (const char *p = s; *p != '\0'; p++)
    {
      if (*p == '`' && paired)
        {
          p = strchr (p + 1, '`'); /* a code span: literal */
          continue;
        }
      if (*p == '[')
        brackets++;
      else if (*p == ']' && brackets == 0)
        PROBLEM (MD_BRACKET, "\"]\" without \"[\"");
      else if (*p == ']')
        {
          brackets--;
          if (p[1] == '(')
            {
              const char *q = p + 2;
              int depth = 1;
              for (; *q != '\0' && *q != '\n'; q++)
                if (*q == '(')
                  depth++;
                else if (*q == ')' && --depth == 0)
                  break;
              if (depth != 0)
                PROBLEM (MD_LINK, "link target not closed");
              p = *q != '\0' ? q : q - 1;
            }
        }
      else if (strncasecmp (p, "<a", 2) == 0
               && (p[2] == ' ' || p[2] == '>' || p[2] == '\n'))
        {
          if (in_a)
            PROBLEM (MD_HTML, "<a> inside <a>");
          const char *q = strchr (p, '>');
          if (q == NULL)
            {
              PROBLEM (MD_HTML, "<a tag not closed by \">\"");
              break;
            }
          in_a = true;
          p = q;
        }
      else if (strncasecmp (p, "</a>", 4) == 0)
        {
          if (!in_a)
            PROBLEM (MD_HTML, "</a> without <a>");
          in_a = false;
          p += 3;
        }
    }
  if (brackets > 0)
    PROBLEM (MD_BRACKET, "\"[\" not closed");
  if (in_a)
    PROBLEM (MD_HTML, "<a> not closed by </a>");
#undef PROBLEM
  return problems;
}

static bool
rule_markdown (const char *en, const char *zh, const char *product,
               const char *code, char *why, size_t size)
{
  (void) product;
  (void) code;
  char zh_why[256];
  unsigned upstream = zh != NULL ? markdown_problems (zh, zh_why, sizeof zh_why)
                                 : 0;
  unsigned ours = markdown_problems (en, why, size);
  if ((ours & ~upstream) == 0)
    return false;
  if ((ours & upstream) != 0) /* WHY may be of a problem the Chinese has */
    snprintf (why, size, "unbalanced markup the Chinese has not");
  return true;
}

/* ---- the term rules of src/maint/english/rules.tsv -------------------- */

/* One line of rules.tsv (its header says what each field is): where the
   Chinese of a product matches CHINESE and not UNLESS, the English must
   match MUST and must not match MUST_NOT.  The same file is read by
   tcerr-english check, so the tool and make check hold the same rules.  */
struct term_rule
{
  char *name, *products; /* products: "," between, "*" for all */
  regex_t chinese, unless, must, must_not;
  bool has_unless, has_must, has_must_not;
};

static struct term_rule *term_rules;
static size_t term_rule_count;

/* A rules.tsv that cannot be used: said on stderr, and the program ends
   with status 2 before any test (a test of no rules would pass).  */
static void rules_error (const char *format, ...)
  __attribute__ ((format (printf, 1, 2), noreturn));
static void
rules_error (const char *format, ...)
{
  va_list ap;
  va_start (ap, format);
  fputs ("test-english-checks: ", stderr);
  vfprintf (stderr, format, ap);
  fputc ('\n', stderr);
  va_end (ap);
  exit (2);
}

/* Compiles PATTERN into RE ("-": none, false); a pattern that does not
   compile is an error naming WHERE.  */
static bool
compile_pattern (regex_t *re, const char *pattern, const char *where)
{
  if (strcmp (pattern, "-") == 0)
    return false;
  int err = regcomp (re, pattern, REG_EXTENDED | REG_ICASE);
  if (err != 0)
    {
      char msg[256];
      regerror (err, re, msg, sizeof msg);
      rules_error ("%s: \"%s\": %s", where, pattern, msg);
    }
  return true;
}

/* Reads the rules of PATH, or ends the program saying why.  */
static void
load_term_rules (const char *path)
{
  FILE *f = fopen (path, "r");
  if (f == NULL)
    rules_error ("%s: cannot be read", path);
  char line[4096];
  size_t n = 0;
  while (fgets (line, sizeof line, f) != NULL)
    {
      n++;
      char where[4200];
      snprintf (where, sizeof where, "%s:%zu", path, n);
      size_t len = strlen (line);
      if (len > 0 && line[len - 1] != '\n' && !feof (f))
        rules_error ("%s: a line too long", where);
      line[strcspn (line, "\n")] = '\0';
      if (line[0] == '#' || line[0] == '\0')
        continue;
      char *field[7];
      size_t count = 0;
      for (char *p = line; p != NULL && count < 7; count++)
        {
          field[count] = p;
          p = strchr (p, '\t');
          if (p != NULL)
            *p++ = '\0';
          else if (count < 6)
            rules_error ("%s: %zu fields, 7 expected", where, count + 1);
        }
      term_rules = realloc (term_rules,
                            (term_rule_count + 1) * sizeof *term_rules);
      if (term_rules == NULL)
        abort ();
      struct term_rule *r = &term_rules[term_rule_count++];
      r->name = strdup (field[0]);
      r->products = strdup (field[1]);
      if (r->name == NULL || r->products == NULL)
        abort ();
      if (!compile_pattern (&r->chinese, field[2], where))
        rules_error ("%s: a rule needs a Chinese pattern", where);
      r->has_unless = compile_pattern (&r->unless, field[3], where);
      r->has_must = compile_pattern (&r->must, field[4], where);
      r->has_must_not = compile_pattern (&r->must_not, field[5], where);
    }
  fclose (f);
  if (term_rule_count == 0)
    rules_error ("%s: no rule", path);
}

static void
free_term_rules (void)
{
  for (size_t i = 0; i < term_rule_count; i++)
    {
      struct term_rule *r = &term_rules[i];
      regfree (&r->chinese);
      if (r->has_unless)
        regfree (&r->unless);
      if (r->has_must)
        regfree (&r->must);
      if (r->has_must_not)
        regfree (&r->must_not);
      free (r->name);
      free (r->products);
    }
  free (term_rules);
  term_rules = NULL;
  term_rule_count = 0;
}

/* Whether PRODUCT is one of LIST ("a,b,c", or "*" for every product).  */
static bool
product_in (const char *product, const char *list)
{
  if (strcmp (list, "*") == 0)
    return true;
  size_t len = strlen (product);
  for (const char *p = list; *p != '\0';)
    {
      size_t n = strcspn (p, ",");
      if (n == len && strncmp (p, product, len) == 0)
        return true;
      p += n + (p[n] == ',');
    }
  return false;
}

static bool
rule_terms (const char *en, const char *zh, const char *product,
            const char *code, char *why, size_t size)
{
  (void) code;
  if (zh == NULL)
    return false;
  for (size_t i = 0; i < term_rule_count; i++)
    {
      const struct term_rule *r = &term_rules[i];
      regmatch_t m;
      if (!product_in (product, r->products)
          || regexec (&r->chinese, zh, 0, NULL, 0) != 0
          || (r->has_unless && regexec (&r->unless, zh, 0, NULL, 0) == 0))
        continue;
      if (r->has_must && regexec (&r->must, en, 0, NULL, 0) != 0)
        {
          snprintf (why, size, "%s: the Chinese asks for another word",
                    r->name);
          return true;
        }
      if (r->has_must_not && regexec (&r->must_not, en, 1, &m, 0) == 0)
        {
          snprintf (why, size, "%s: \"%.*s\"", r->name,
                    (int) (m.rm_eo - m.rm_so), en + m.rm_so);
          return true;
        }
    }
  return false;
}

/* ---- backquotes as the product's own English uses them --------------- */

/* The share of the names of its Chinese a product's own English must put
   in backquotes for ours to do so (scf: 23 of 103, trtc 34 of 45,
   organization 0 of 2); tcerr-english check has the same number
   (BACKQUOTE_SHARE in src/maint/english/check.py).  */
#define BACKQUOTE_SHARE 0.2

struct share
{
  char product[64];
  size_t kept, quoted; /* names of the Chinese in the English, in `` */
};

/* The products' shares, from the official entries of the catalog being
   checked (check_catalog), or set by a test case.  */
static struct share *shares;
static size_t share_count;

static struct share *
share_of (const char *product, bool add)
{
  for (size_t i = 0; i < share_count; i++)
    if (strcmp (shares[i].product, product) == 0)
      return &shares[i];
  if (!add)
    return NULL;
  shares = realloc (shares, (share_count + 1) * sizeof *shares);
  if (shares == NULL)
    abort ();
  struct share *s = &shares[share_count++];
  snprintf (s->product, sizeof s->product, "%s", product);
  s->kept = s->quoted = 0;
  return s;
}

static bool
is_word_char (int c)
{
  return is_alnum (c) || c == '_';
}

/* Whether EN has WORD (LEN bytes) as a whole word.  */
static bool
has_name (const char *en, const char *word, size_t len)
{
  size_t en_len = strlen (en);
  for (size_t i = 0; i + len <= en_len; i++)
    if (memcmp (en + i, word, len) == 0
        && (i == 0 || !is_word_char ((unsigned char) en[i - 1]))
        && !is_word_char ((unsigned char) en[i + len]))
      return true;
  return false;
}

/* Whether the LEN bytes at W are a name an English text may put in
   backquotes: an inner capital (DiskId), an underscore, or a capital
   first and no other (Action).  */
static bool
is_name (const char *w, size_t len)
{
  bool inner = false, underscore = false, capital_word = w[0] >= 'A'
                                                       && w[0] <= 'Z'
                                                       && len >= 2;
  for (size_t i = 0; i < len; i++)
    {
      underscore |= w[i] == '_';
      if (i > 0 && w[i - 1] >= 'a' && w[i - 1] <= 'z' && w[i] >= 'A'
          && w[i] <= 'Z')
        inner = true;
      if (i > 0 && !((w[i] >= 'a' && w[i] <= 'z') || is_digit (w[i])))
        capital_word = false;
    }
  return inner || underscore || capital_word;
}

/* Adds to S the distinct names of the Chinese ZH (outside its code spans
   and URLs) that the English EN keeps, and those it puts in backquotes.  */
static void
count_names (const char *zh, const char *en, struct share *s)
{
  size_t len = strlen (zh);
  char *prose = malloc (len + 1);
  if (prose == NULL)
    abort ();
  memcpy (prose, zh, len + 1);
  struct range r[MAX_ITEMS];
  size_t n = urls (zh, r, MAX_ITEMS);
  for (size_t i = 0; i < n; i++)
    memset (prose + (r[i].start - zh), ' ', (size_t) (r[i].end - r[i].start));
  const char *starts[MAX_ITEMS], *ends[MAX_ITEMS];
  n = code_spans (zh, starts, ends, MAX_ITEMS);
  for (size_t i = 0; i < n; i++)
    memset (prose + (starts[i] - zh), ' ', (size_t) (ends[i] - starts[i]));
  for (const char *p = prose; *p != '\0';)
    {
      if (!is_word_char ((unsigned char) *p))
        {
          p++;
          continue;
        }
      const char *w = p;
      while (is_word_char ((unsigned char) *p))
        p++;
      size_t wlen = (size_t) (p - w);
      if (!((*w >= 'A' && *w <= 'Z') || (*w >= 'a' && *w <= 'z'))
          || !is_name (w, wlen))
        continue;
      bool again = false; /* each name once a text */
      for (const char *q = prose; q < w && !again; q++)
        again = strncmp (q, w, wlen) == 0
                && (q == prose || !is_word_char ((unsigned char) q[-1]))
                && !is_word_char ((unsigned char) q[wlen]);
      if (again || !has_name (en, w, wlen))
        continue;
      s->kept++;
      char quoted[256];
      if (wlen + 3 <= sizeof quoted)
        {
          snprintf (quoted, sizeof quoted, "`%.*s`", (int) wlen, w);
          s->quoted += strstr (en, quoted) != NULL;
        }
    }
  free (prose);
}

static bool
rule_backquotes (const char *en, const char *zh, const char *product,
                 const char *code, char *why, size_t size)
{
  (void) code;
  const char *starts[MAX_ITEMS], *ends[MAX_ITEMS];
  size_t n = code_spans (en, starts, ends, MAX_ITEMS);
  for (size_t i = 0; i < n; i++)
    {
      size_t len = (size_t) (ends[i] - starts[i]);
      if (zh != NULL && contains (zh, starts[i], len))
        continue; /* the Chinese's own span */
      const char *inner = starts[i] + 1;
      size_t inner_len = len - 2;
      bool acronym = inner_len >= 2;
      for (size_t j = 0; j < inner_len; j++)
        acronym &= (inner[j] >= 'A' && inner[j] <= 'Z') || is_digit (inner[j]);
      const struct share *s = share_of (product, false);
      if (zh == NULL || inner_len == 0 || !contains (zh, inner, inner_len))
        snprintf (why, size, "%.*s: not a name of the Chinese", (int) len,
                  starts[i]);
      else if (acronym)
        snprintf (why, size, "%.*s: an acronym, not a name", (int) len,
                  starts[i]);
      else if (s == NULL || s->kept == 0
               || (double) s->quoted < BACKQUOTE_SHARE * (double) s->kept)
        snprintf (why, size, "%.*s: %s's own English puts %zu of %zu names "
                  "of its Chinese in backquotes", (int) len, starts[i],
                  product, s ? s->quoted : 0, s ? s->kept : 0);
      else
        continue;
      return true;
    }
  return false;
}

static rule_fn *const rules[RULES] = {
  rule_cjk, rule_empty, rule_spans, rule_urls, rule_numbers, rule_markdown,
  rule_terms, rule_backquotes,
};

/* ---- the rules, on a catalog ----------------------------------------- */

/* Whether an entry's text is upstream's: its Source is an SDK's
   ("tencentcloud-sdk-go-intl-en cvm/v20170312") or a twin page's.  */
static bool
is_official (po_message_t msg)
{
  char *source = pofile_source (msg);
  bool official = source != NULL
                  && (strncmp (source, "tencentcloud-sdk-", 17) == 0
                      || strncmp (source, "twin page (", 11) == 0);
  free (source);
  return official;
}

struct totals
{
  size_t entries, official_entries, ours_entries, with_chinese;
  size_t official[RULES], ours[RULES];
};

/* The Chinese of (CTX, CODE) in ZH_INDEX, NULL without one.  */
static const char *
chinese_of (const struct pofile_index *zh_index, const char *ctx,
            const char *code)
{
  po_message_t zh_msg = pofile_index_find (zh_index, ctx, code);
  return zh_msg != NULL && *po_message_msgstr (zh_msg) != '\0'
         ? po_message_msgstr (zh_msg) : NULL;
}

/* Each product's backquote share (rule_backquotes), from the official
   entries of EN_FILE that have Chinese.  */
static void
count_shares (po_file_t en_file, const struct pofile_index *zh_index)
{
  free (shares);
  shares = NULL;
  share_count = 0;
  po_message_iterator_t it = po_message_iterator (en_file, NULL);
  po_message_t msg;
  while ((msg = pofile_next_entry (it)) != NULL)
    {
      const char *ctx = po_message_msgctxt (msg);
      const char *zh = chinese_of (zh_index, ctx, po_message_msgid (msg));
      if (*po_message_msgstr (msg) != '\0' && zh != NULL && is_official (msg))
        count_names (zh, po_message_msgstr (msg),
                     share_of (ctx != NULL ? ctx : "", true));
    }
  po_message_iterator_free (it);
}

/* Checks every translated entry of EN_PATH, with the Chinese of ZH_PATH,
   printing what breaks a rule as TAP diagnostics.  -1 when a file cannot
   be read, else 0.  */
static int
check_catalog (const char *en_path, const char *zh_path, struct totals *t)
{
  memset (t, 0, sizeof *t);
  po_file_t en_file = pofile_read (en_path);
  po_file_t zh_file = pofile_read (zh_path);
  if (en_file == NULL || zh_file == NULL)
    {
      if (en_file != NULL)
        po_file_free (en_file);
      if (zh_file != NULL)
        po_file_free (zh_file);
      return -1;
    }
  struct pofile_index *zh_index = pofile_index_new (zh_file, zh_path);
  count_shares (en_file, zh_index);
  po_message_iterator_t it = po_message_iterator (en_file, NULL);
  po_message_t msg;
  while ((msg = pofile_next_entry (it)) != NULL)
    {
      const char *en = po_message_msgstr (msg);
      if (*en == '\0')
        continue; /* no English yet */
      const char *ctx = po_message_msgctxt (msg);
      const char *code = po_message_msgid (msg);
      if (ctx == NULL)
        continue; /* a product's name, not a message */
      const char *zh = chinese_of (zh_index, ctx, code);
      bool official = is_official (msg);
      t->entries++;
      *(official ? &t->official_entries : &t->ours_entries) += 1;
      t->with_chinese += zh != NULL;
      for (int r = 0; r < RULES; r++)
        {
          char why[512];
          if (!rules[r] (en, zh, ctx ? ctx : "", code, why, sizeof why))
            continue;
          if (official)
            {
              t->official[r]++;
              print_message ("# official, kept: %s: %s %s: %s\n",
                             rule_name[r], ctx ? ctx : "-", code, why);
            }
          else
            {
              t->ours[r]++;
              print_message ("# %s: %s: %s %s: %s\n#   en: %s\n"
                             "#   zh: %s\n", ours_label, rule_name[r],
                             ctx ? ctx : "-",
                             code, why, en, zh ? zh : "(none)");
            }
        }
    }
  po_message_iterator_free (it);
  pofile_index_free (zh_index);
  po_file_free (en_file);
  po_file_free (zh_file);
  return 0;
}

static void
print_totals (const char *what, const struct totals *t)
{
  print_message ("# %s: %zu English entries checked (%zu official, %zu ours;"
                 " %zu with Chinese)\n", what, t->entries, t->official_entries,
                 t->ours_entries, t->with_chinese);
  for (int r = 0; r < RULES; r++)
    print_message ("#   %-10s official breaking it, kept: %zu; ours: %zu\n",
                   rule_name[r], t->official[r], t->ours[r]);
}

/* ---- the cases ------------------------------------------------------- */

struct sample
{
  const char *en, *zh, *code;
  bool broken;
  const char *product; /* NULL: "demo" */
};

/* Fabricated texts each rule must catch (broken) or let pass.  */
static const struct sample cjk_samples[] = {
  { "The disk is busy.", "云硬盘忙。", "X", false, NULL },
  { "It’s “busy” – try again…", NULL, "X", false, NULL },
  { "The disk is busy。", "云硬盘忙。", "X", true, NULL },
  { "The disk is busy（retry）.", NULL, "X", true, NULL },
  { "The disk 云硬盘 is busy.", NULL, "X", true, NULL },
  { "ディスク is busy.", NULL, "X", true, NULL },
  { "디스크 is busy.", NULL, "X", true, NULL },
  { "The disk is busy\xe3\x80", NULL, "X", true, NULL }, /* cut UTF-8 */
  { NULL, NULL, NULL, false, NULL },
};
static const struct sample empty_samples[] = {
  { "Invalid disk.", "无效磁盘。", "InvalidDisk", false, NULL },
  { "The disk is busy.", NULL, "InvalidDisk.Busy", false, NULL },
  { " ", NULL, "InvalidDisk", true, NULL },
  { "...", NULL, "InvalidDisk", true, NULL },
  { "InvalidDisk.Busy", NULL, "InvalidDisk.Busy", true, NULL },
  { "`InvalidDisk.Busy`.", NULL, "InvalidDisk.Busy", true, NULL },
  { "Busy。", NULL, "InvalidDisk.Busy", true, NULL },
  { NULL, NULL, NULL, false, NULL },
};
static const struct sample spans_samples[] = {
  { "The `DiskId` entered does not exist.", "输入的`DiskId`不存在。", "X",
    false, NULL },
  { "The disk is busy.", NULL, "X", false, NULL },
  { "Symbols ()`~!@ only.", "符号()`~!@。", "X", false, NULL }, /* no span */
  { "The `security group ID` is invalid.", "`安全组ID`无效。", "X", false, NULL },
  { "The DiskId entered does not exist.", "输入的`DiskId`不存在。", "X",
    true, NULL },
  { "The ‘DiskId’ entered does not exist.", "输入的`DiskId`不存在。", "X",
    true, NULL },
  { "The `diskId` entered does not exist.", "输入的`DiskId`不存在。", "X",
    true, NULL },
  { "`A` is set and B is not.", "`A`已设置，`B`未设置。", "X", true, NULL },
  { NULL, NULL, NULL, false, NULL },
};
static const struct sample urls_samples[] = {
  { "See [the guide](https://cloud.tencent.com/document/product/213/9711).",
    "参考[指南](https://cloud.tencent.com/document/product/213/9711)。", "X",
    false, NULL },
  { "[`Filter`](/document/api/213/15753#Filter) exceeds the limit.",
    "[`Filter`](/document/api/213/15753#Filter)传值超出限制。", "X", false, NULL },
  { "See https://cloud.tencent.com/document/product/583/17235.",
    "可参考：https://cloud.tencent.com/document/product/583/17235。", "X",
    false, NULL },
  { "See <a href=\"https://e.com/a#b\">the standard</a>.",
    "参考<a href=\"https://e.com/a#b\">标准</a>。", "X", false, NULL },
  { "See [the guide](https://intl.cloud.tencent.com/document/product/213/"
    "9711?from_cn_redirect=1).",
    "参考[指南](https://cloud.tencent.com/document/product/213/9711)。", "X",
    true, NULL },
  { "[`Filter`](https://www.tencentcloud.com/document/api/213/15753#Filter)"
    " exceeds the limit.",
    "[`Filter`](/document/api/213/15753#Filter)传值超出限制。", "X", true, NULL },
  { "See [the guide](https://cloud.tencent.com/document/product/213/9711"
    "?from_cn_redirect=1).",
    "参考[指南](https://cloud.tencent.com/document/product/213/9711)。", "X",
    true, NULL },
  { "See https://cloud.tencent.com/document/product/583/17235/more.",
    "可参考：https://cloud.tencent.com/document/product/583/17235。", "X",
    true, NULL },
  { "See the API document.",
    "可参考：https://cloud.tencent.com/document/product/583/17235。", "X",
    true, NULL },
  { "See <a href=\"https://e.com/a\">the standard</a>.",
    "参考<a href=\"https://e.com/a#b\">标准</a>。", "X", true, NULL },
  { NULL, NULL, NULL, false, NULL },
};
static const struct sample numbers_samples[] = {
  { "At most 20 disks.", "最多20块云硬盘。", "X", false, NULL },
  { "Up to 1,000 tag values.", "标签值不能超过1000。", "X", false, NULL },
  { "Paging exceeds 10,000 records.", "翻页超过1万条。", "X", false, NULL },
  { "Up to 2,500 items.", "最多2.5千项。", "X", false, NULL },
  { "Paging exceeds 1 records.", "翻页超过1万条。", "X", true, NULL },
  { "Up to three disks.", "最多3个云硬盘。", "X", false, NULL },
  { "It takes effect in about one hour.", "约1小时左右生效。", "X", false, NULL },
  { "The first face box is invalid.", "第1个人脸框参数不合法。", "X", false, NULL },
  { "MySQL 5.7 only.", "仅支持MySQL 5.7。", "X", false, NULL },
  { "See [Error 1004](https://e.com/382/9558).",
    "请参考[1004错误详解](https://e.com/382/9558)。", "X", false, NULL },
  { "`ins-1234` does not exist.", "`ins-1234`不存在。", "X", false, NULL },
  { "At most a few disks.", "最多20块云硬盘。", "X", true, NULL },
  { "At most 2 disks.", "最多20块云硬盘。", "X", true, NULL },
  { "At most 200 disks.", "最多20块云硬盘。", "X", true, NULL },
  { "Up to twenty disks.", "最多20块云硬盘。", "X", true, NULL },
  { "MySQL 5 only.", "仅支持MySQL 5.7。", "X", true, NULL },
  { "Between 1 and 2.", "在1.2～2.0之间。", "X", true, NULL },
  { "Up to 1.000 tag values.", "标签值不能超过1000。", "X", true, NULL },
  { NULL, NULL, NULL, false, NULL },
};
static const struct sample markdown_samples[] = {
  { "See [the `guide`](https://e.com/a_(b)).", NULL, "X", false, NULL },
  { "Symbols ()`~!@#[]:; only.", "符号()`~!@#[]:;。", "X", false, NULL },
  { "See <a href=\"https://e.com\">this</a> and <A HREF=\"x\">that</A>.",
    NULL, "X", false, NULL },
  { "The `DiskId entered does not exist.", NULL, "X", true, NULL },
  { "`The `%(value)s` does not exist.", "`%(value)s`不存在。", "X", true, NULL },
  { "See [the guide(https://e.com/a).", NULL, "X", true, NULL },
  { "See the guide](https://e.com/a).", NULL, "X", true, NULL },
  { "See [the guide](https://e.com/a.", NULL, "X", true, NULL },
  { "See <a href=\"https://e.com\">this.", NULL, "X", true, NULL },
  { "See <a href=\"https://e.com\">this <a href=\"y\">y</a>.", NULL, "X",
    true, NULL },
  { "See this</a>.", NULL, "X", true, NULL },
  { NULL, NULL, NULL, false, NULL },
};

/* The rules of rules.tsv, each caught and let pass.  */
static const struct sample terms_samples[] = {
  { "Failed to get the snapshot list.", "获取快照列表失败", "X", false, "es" },
  { "Failed to obtain the snapshot list.", "获取快照列表失败", "X", true,
    "es" },
  { "The role was not obtained.", "未获取到角色", "X", true, "ess" },
  { "Failed to query the details.", "获取详情失败。", "X", true, NULL },
  { "Failed to query and get it.", "查询并获取失败。", "X", false, NULL },
  { "Failed to obtain it.", "查询失败。", "X", false, NULL },
  { "Not a TencentCloud API key.", "不是云 API 密钥。", "X", false, NULL },
  { "Not a Cloud API key.", "不是云 API 密钥。", "X", true, NULL },
  { "Failed to call the TSF cloud API.", "TSF云API请求调用失败。", "X", true,
    "tsf" },
  { "Internal error.", "调用OpenCloud云api内部错误。", "X", true, NULL },
  { "The mount target does not exist.", "挂载点不存在。", "X", false, "cfs" },
  { "The mount point does not exist.", "挂载点不存在。", "X", true, "cfs" },
  { "The mount point does not exist.", "挂载点不存在。", "X", false,
    "chdfs" },
  { "The CFS mount point.", "获取cfs挂载点信息错误。", "X", true, "scf" },
  { "Enable postpaid billing.", "开通后付费使用", "X", false, NULL },
  { "Enable pay-as-you-go billing.", "开通后付费使用", "X", true, NULL },
  { "Apply in the FaceID console.", "请到人脸核身控制台申请。", "X", false,
    NULL },
  { "Apply in the Face Verification console.", "请到人脸核身控制台申请。",
    "X", true, NULL },
  { "The parameter format is abnormal.", "参数格式异常。", "X", false, NULL },
  { "An exception occurred while backing up.", "备份异常。", "X", false,
    NULL },
  { "Database exception.", "数据库异常。", "X", false, NULL },
  { "Exceptional stream status.", "流状态异常。", "X", true, NULL },
  { "The image size is exceptional.", "图片大小异常。", "X", true, NULL },
  { "Exception in the node configuration.", "节点配置异常。", "X", true,
    NULL },
  { "Order status exception.", "订单状态异常。", "X", true, NULL },
  { "Exceptional disk.", NULL, "X", false, NULL }, /* no Chinese */
  { NULL, NULL, NULL, false, NULL },
};
/* With the shares of backquote_shares below.  */
static const struct sample backquotes_samples[] = {
  { "The `UserId` parameter is missing.", "UserId参数缺失。", "X", false,
    "trtc" },
  { "Incorrect `Layers` parameter.", "Layers参数传入错误。", "X", false,
    "scf" },
  { "The `DiskId` entered does not exist.", "输入的`DiskId`不存在。", "X",
    false, "organization" },
  { "The PolicyName field is invalid.", "PolicyName字段不合法。", "X", false,
    "organization" },
  { "The `PolicyName` field is invalid.", "PolicyName字段不合法。", "X", true,
    "organization" },
  { "Invalid `AppId`.", "AppId无效。", "X", true, "aai" },
  { "Incorrect resource `QCS`.", "资源QCS错误。", "X", true, "trtc" },
  { "Incorrect `Foo` parameter.", "参数错误。", "X", true, "trtc" },
  { NULL, NULL, NULL, false, NULL },
};
static const struct share backquote_shares[] = {
  { "trtc", 45, 34 }, { "scf", 103, 23 }, { "organization", 2, 0 },
};

static const struct sample *const samples[RULES] = {
  cjk_samples, empty_samples, spans_samples, urls_samples, numbers_samples,
  markdown_samples, terms_samples, backquotes_samples,
};

static void
rule_catches (void **state)
{
  const enum rule *r = *state;
  size_t wrong = 0;
  if (*r == RULE_BACKQUOTES)
    {
      share_count = 0;
      for (size_t i = 0; i < sizeof backquote_shares
                                / sizeof backquote_shares[0]; i++)
        *share_of (backquote_shares[i].product, true) = backquote_shares[i];
    }
  for (const struct sample *s = samples[*r]; s->en != NULL; s++)
    {
      char why[512] = "";
      bool broken = rules[*r] (s->en, s->zh,
                               s->product != NULL ? s->product : "demo",
                               s->code, why, sizeof why);
      if (broken != s->broken)
        {
          print_message ("# %s: \"%s\" (zh \"%s\", code %s): %s, want %s\n",
                         rule_name[*r], s->en, s->zh ? s->zh : "(none)",
                         s->code, broken ? why : "passes",
                         s->broken ? "broken" : "passes");
          wrong++;
        }
    }
  assert_int_equal (wrong, 0);
}

/* Writes a catalog of LANG to PATH with ENTRIES (ctx, code, source,
   text; source NULL for none), or fails.  */
static void
write_po (const char *path, const char *lang, const char *const (*entries)[4],
          size_t n)
{
  FILE *f = fopen (path, "w");
  if (f == NULL)
    fail_msg ("%s: cannot be written", path);
  fprintf (f, "msgid \"\"\nmsgstr \"\"\n\"Project-Id-Version: tcerr\\n\"\n"
           "\"Language: %s\\n\"\n\"MIME-Version: 1.0\\n\"\n"
           "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
           "\"Content-Transfer-Encoding: 8bit\\n\"\n\n", lang);
  for (size_t i = 0; i < n; i++)
    {
      if (entries[i][2] != NULL)
        fprintf (f, "# Source: %s\n", entries[i][2]);
      fprintf (f, "msgctxt \"%s\"\nmsgid \"%s\"\nmsgstr \"", entries[i][0],
               entries[i][1]);
      for (const char *p = entries[i][3]; *p != '\0'; p++)
        fprintf (f, *p == '"' || *p == '\\' ? "\\%c" : "%c", *p);
      fputs ("\"\n\n", f);
    }
  if (fclose (f) != 0)
    fail_msg ("%s: cannot be written", path);
}

/* A scratch en.po and zh_CN.po: each rule broken once by ours and once by
   upstream's (backquotes: `Only.Code`, a name the Chinese lacks), and
   good texts of ours that use every latitude (sdk, whose own English
   quotes Layers, lets ours quote it too); the pass must count ours and
   upstream's apart, and nothing else.  */
static void
scratch_catalog (void **state)
{
  (void) state;
#define SDK "tencentcloud-sdk-go-intl-en demo/v20240101"
#define OURS "tcerr translation"
  static const char *const zh[][4] = {
    { "demo", "Cjk", NULL, "云硬盘忙。" },
    { "demo", "Only.Code", NULL, "只有代码。" },
    { "demo", "Span", NULL, "输入的`DiskId`不存在。" },
    { "demo", "Url", NULL, "请参考[指南](https://cloud.example.com/doc/1)。" },
    { "demo", "Number", NULL, "最多挂载20块云硬盘。" },
    { "demo", "Markdown", NULL, "请参考[指南](https://e.com/x)。" },
    { "sdk", "Cjk", NULL, "云硬盘忙。" },
    { "sdk", "Only.Code", NULL, "只有代码。" },
    { "sdk", "Span", NULL, "输入的`DiskId`不存在。" },
    { "sdk", "Url", NULL, "请参考[指南](https://cloud.example.com/doc/1)。" },
    { "sdk", "Number", NULL, "最多挂载20块云硬盘。" },
    { "twin", "Markdown", NULL, "请参考[指南](https://e.com/x)。" },
    { "good", "Thousands", NULL, "最多1000个标签。" },
    { "good", "Word", NULL, "最多3块云硬盘。" },
    { "good", "Relative", NULL, "[`Filter`](/document/api/213/15753#Filter)"
      "传值超出限制。" },
    { "good", "PasswordSymbols", NULL, "符号()`~!@#$%^&*-+=_|{}[]:;'<>,.?/。" },
    { "good", "Html", NULL, "请参考<a href=\"https://e.com/a\">标准</a>。" },
    { "good", "Untranslated", NULL, "尚无英文。" },
    { "demo", "Term", NULL, "获取实例失败。" },
    { "sdk", "Term", NULL, "获取实例失败。" },
    { "good", "Get", NULL, "查询并获取实例失败。" },
    { "sdk", "Name", NULL, "Layers参数传入错误。" },
    { "sdk", "Quoted", NULL, "Layers参数错误。" },
  };
  static const char *const en[][4] = {
    { "demo", "Cjk", OURS, "The disk is busy。" },
    { "demo", "Only.Code", OURS, "`Only.Code`." },
    { "demo", "Span", OURS, "The DiskId entered does not exist." },
    { "demo", "Url", OURS, "See [the guide](https://intl.example.com/doc/1)." },
    { "demo", "Number", NULL, "At most a few disks can be attached." },
    { "demo", "Markdown", "Jane Doe", "See [the guide(https://e.com/x)." },
    { "sdk", "Cjk", SDK, "The disk is busy。" },
    { "sdk", "Only.Code", SDK, "`Only.Code`." },
    { "sdk", "Span", SDK, "The DiskId entered does not exist." },
    { "sdk", "Url", SDK, "See [the guide](https://intl.example.com/doc/1)." },
    { "sdk", "Number", SDK, "At most a few disks can be attached." },
    { "twin", "Markdown", "twin page (en)", "See [the guide(https://e.com/x)." },
    { "good", "Thousands", OURS, "Up to 1,000 tags." },
    { "good", "Word", OURS, "Up to three cloud disks." },
    { "good", "Relative", OURS, "The value of [`Filter`](/document/api/213/"
      "15753#Filter) exceeds the limit." },
    { "good", "PasswordSymbols", OURS, "Symbols ()`~!@#$%^&*-+=_|{}[]:;'<>,.?/." },
    { "good", "Html", OURS, "See <a href=\"https://e.com/a\">the standard</a>." },
    { "good", "Untranslated", NULL, "" },
    { "good", "EnglishOnly", SDK, "English only: no Chinese to compare." },
    { "demo", "Term", OURS, "Failed to obtain the instance." },
    { "sdk", "Term", SDK, "Failed to obtain the instance." },
    { "good", "Get", OURS, "Failed to query and get the instance." },
    { "sdk", "Name", SDK, "Incorrect `Layers` parameter." },
    { "sdk", "Quoted", OURS, "The `Layers` parameter is incorrect." },
  };
#undef SDK
#undef OURS
  const char *tmp = getenv ("TMPDIR");
  char dir[4096], en_path[4200], zh_path[4200];
  snprintf (dir, sizeof dir, "%s/tcerr-english-XXXXXX",
            tmp != NULL && *tmp != '\0' ? tmp : "/tmp");
  if (mkdtemp (dir) == NULL)
    fail_msg ("%s: cannot be made", dir);
  snprintf (en_path, sizeof en_path, "%s/en.po", dir);
  snprintf (zh_path, sizeof zh_path, "%s/zh_CN.po", dir);
  write_po (en_path, "en", en, sizeof en / sizeof en[0]);
  write_po (zh_path, "zh_CN", zh, sizeof zh / sizeof zh[0]);
  struct totals t;
  ours_label = "ours, caught as meant";
  int status = check_catalog (en_path, zh_path, &t);
  ours_label = "ours, FAILS";
  unlink (en_path);
  unlink (zh_path);
  rmdir (dir);
  assert_int_equal (status, 0);
  print_totals ("scratch en.po", &t);
  assert_int_equal (t.entries, sizeof en / sizeof en[0] - 1);
  assert_int_equal (t.official_entries, 9);
  assert_int_equal (t.ours_entries, 14);
  assert_int_equal (t.with_chinese, 22);
  for (int r = 0; r < RULES; r++)
    {
      assert_int_equal (t.official[r], 1);
      assert_int_equal (t.ours[r], 1);
    }
}

/* The real catalogs: ours pass every rule; upstream's breaking one are
   listed and counted.  */
static void
catalog_passes (void **state)
{
  (void) state;
  char en_path[4096], zh_path[4096];
  snprintf (en_path, sizeof en_path, "%s/en.po", po_dir);
  snprintf (zh_path, sizeof zh_path, "%s/zh_CN.po", po_dir);
  struct totals t;
  clock_t start = clock ();
  if (check_catalog (en_path, zh_path, &t) != 0)
    fail_msg ("%s or %s cannot be read (see above)", en_path, zh_path);
  print_totals ("en.po", &t);
  print_message ("# (%.2f s of CPU)\n",
                 (double) (clock () - start) / CLOCKS_PER_SEC);
  size_t ours = 0;
  for (int r = 0; r < RULES; r++)
    ours += t.ours[r];
  /* The catalog has official and translated English: a pass that checks
     nothing would hide a broken reader.  */
  assert_true (t.official_entries > 0);
  assert_int_equal (ours, 0);
}

int
main (int argc, char **argv)
{
  if (argc != 3)
    {
      fputs ("usage: test-english-checks DIR RULES\n", stderr);
      return 2;
    }
  po_dir = argv[1];
  load_term_rules (argv[2]);
  static const enum rule ids[RULES] = {
    RULE_CJK, RULE_EMPTY, RULE_SPANS, RULE_URLS, RULE_NUMBERS, RULE_MARKDOWN,
    RULE_TERMS, RULE_BACKQUOTES,
  };
  struct cases cases = { NULL, NULL, 0 };
  for (int r = 0; r < RULES; r++)
    {
      char name[128];
      snprintf (name, sizeof name, "rule \"%s\" catches what it must",
                rule_name[r]);
      cases_add (&cases, name, rule_catches, &ids[r]);
    }
  cases_add (&cases, "a scratch catalog: ours fail, upstream's reported",
             scratch_catalog, NULL);
  cases_add (&cases, "en.po: our English passes every rule, upstream's "
             "reported", catalog_passes, NULL);
  int status = cases_run ("English checks", &cases);
  free_term_rules ();
  free (shares);
  return status;
}
