/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Errors found in a text read line by line: see log-scan.h.

   Each line is cleaned (its ANSI escape sequences and a final '\r'
   dropped), then read three ways:

   - decoded: a quoted string ("...", as JSON, logfmt, logrus, klog and
     slog write their values) that holds escapes and a needle is decoded
     (unquote.h) and read as a text of its own, its "\n" making lines, by
     a scanner of its own; so is a line of Packer's machine-readable
     output ("%!(PACKER_COMMA)" for a comma, "\n" for a newline).  The
     errors found so are the line's, and the strings they came from are
     blanked (spaces between their quotes) for the next two readings;
   - by the formats' scanner (log-formats.h);
   - by the JSON reader (json-scan.h), whose objects may run over lines.

   Each error gets the product the text around it names, if it names
   none itself: the line it ends on (cli_hint_beside), else a hint on a
   line before it (a tccli command line, a Python frame: at most
   BEFORE_LINES before), and the frames after it may name it later
   (the HINT callback, AFTER_LINES at most).  */
#include <config.h>

#include "json-scan.h"
#include "log-scan.h"
#include "product-hints.h"
#include "unquote.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

/* How far a hint before an error may stand, and the frames after it
   that are searched.  */
#define BEFORE_LINES 16
#define AFTER_LINES 32
_Static_assert (BEFORE_LINES <= CLI_LOG_SCAN_DISTANCE_MAX,
                "log-scan.h's CLI_LOG_SCAN_DISTANCE_MAX is too short");
/* How deep quoted strings inside quoted strings are read.  */
#define DECODE_DEPTH 2

static const char packer_comma[] = "%!(PACKER_COMMA)";

struct cli_log_scan
{
  struct cli_format_scan *formats;
  struct cli_json_scan *json;
  cli_error_found found;
  cli_hint_after hint;
  void *arg;
  int depth;             /* of quoted strings: 0 for the text itself */
  bool decoding;         /* the errors come from a decoded string */
  size_t number;         /* the line being read */
  const char *line;      /* it, cleaned */
  size_t len;
  size_t found_now;      /* errors reported by the line */
  char *clean;           /* the line without ANSI escapes */
  size_t clean_size;
  char *blanked;         /* the line with its decoded strings blanked */
  size_t blanked_size;
  /* A hint seen before any error (BEFORE_LINE), for the next one.  */
  const char *before, *before_from;
  size_t before_line;
  /* The frames after the error reported last are searched.  */
  bool after;
  size_t after_lines;
};

static void take_error (const struct cli_api_error *e, void *arg);

static struct cli_log_scan *
scan_new (cli_error_found found, cli_hint_after hint, void *arg, int depth)
{
  struct cli_log_scan *s = xcalloc (1, sizeof *s);
  s->formats = cli_format_scan_new (take_error, s);
  s->json = cli_json_scan_new (take_error, s);
  s->found = found;
  s->hint = hint;
  s->arg = arg;
  s->depth = depth;
  return s;
}

struct cli_log_scan *
cli_log_scan_new (cli_error_found found, cli_hint_after hint, void *arg)
{
  return scan_new (found, hint, arg, 0);
}

void
cli_log_scan_free (struct cli_log_scan *s)
{
  if (s == NULL)
    return;
  cli_format_scan_free (s->formats);
  cli_json_scan_free (s->json);
  free (s->clean);
  free (s->blanked);
  free (s);
}

bool
cli_log_scan_waiting (const struct cli_log_scan *s)
{
  return cli_format_scan_waiting (s->formats)
         || cli_json_scan_waiting (s->json) || s->after;
}

bool
cli_log_scan_weighs_distance (const struct cli_log_scan *s)
{
  return s->before != NULL || cli_format_scan_weighs_distance (s->formats);
}

void
cli_log_scan_skip (struct cli_log_scan *s, size_t n)
{
  s->number += n;
}

size_t
cli_log_scan_end (struct cli_log_scan *s)
{
  s->found_now = 0;
  s->line = NULL;
  s->len = 0;
  cli_format_scan_end (s->formats);
  return s->found_now;
}

/* --- Hints and errors ---------------------------------------------------- */

/* An error found on the line being read (or one that ended on it): its
   product, when the text names one, then it goes to the caller.  */
static void
take_error (const struct cli_api_error *found, void *arg)
{
  struct cli_log_scan *s = arg;
  struct cli_api_error e = *found;
  const char *from;
  if (s->decoding)
    e.line = s->number;
  if (e.error && e.product == NULL && s->line != NULL
      && (e.product = cli_hint_beside (s->line, s->len, &from)) != NULL)
    e.product_from = from;
  if (e.error && e.product == NULL && s->before != NULL
      && e.line >= s->before_line && e.line - s->before_line <= BEFORE_LINES)
    {
      e.product = s->before;
      e.product_from = s->before_from;
    }
  s->before = NULL;
  s->found (&e, s->arg);
  s->found_now++;
  s->after = e.error;
  s->after_lines = 0;
}

/* The frames after the error reported last may name its product;
   whether LINE (LEN bytes) is one.  */
static bool
after_line (struct cli_log_scan *s, const char *line, size_t len)
{
  const char *product, *from;
  bool frame = cli_hint_is_frame (line, len);
  if (frame && (product = cli_hint_find (line, len, true, &from)) != NULL)
    {
      if (s->hint != NULL)
        s->hint (product, from, s->arg);
      s->after = false;
    }
  else if (!frame || ++s->after_lines == AFTER_LINES)
    s->after = false;
  return frame;
}

/* A line that reported nothing may name the product of the next error:
   a tccli command line, a client's frame (Python's come before).  */
static void
before_line (struct cli_log_scan *s, const char *line, size_t len)
{
  const char *product, *from;
  if ((product = cli_hint_find (line, len, cli_hint_is_frame (line, len),
                                &from)) != NULL)
    {
      s->before = product;
      s->before_from = from;
      s->before_line = s->number;
    }
}

/* --- Cleaning and decoding ------------------------------------------------ */

/* Copies the LEN bytes of S to OUT without ANSI escape sequences (CSI:
   ESC [ ... final byte; OSC: ESC ] ... BEL or ESC \; others: ESC and one
   byte); returns the length.  */
static size_t
strip_ansi (const char *s, size_t len, char *out)
{
  size_t o = 0, i = 0;
  while (i < len)
    {
      if (s[i] != '\033')
        {
          out[o++] = s[i++];
          continue;
        }
      i++;
      if (i < len && s[i] == '[')
        {
          for (i++; i < len && !(s[i] >= 0x40 && s[i] <= 0x7e); i++)
            continue;
          i += i < len;
        }
      else if (i < len && s[i] == ']')
        {
          for (i++; i < len && s[i] != '\a'
                    && !(s[i] == '\033' && i + 1 < len && s[i + 1] == '\\');
               i++)
            continue;
          if (i < len)
            i += s[i] == '\a' ? 1 : 2;
        }
      else
        i += i < len;
    }
  return o;
}

/* Makes *BUF (of *SIZE bytes) hold N bytes at least.  */
static void
reserve (char **buf, size_t *size, size_t n)
{
  if (*size < n)
    {
      *size = n;
      *buf = xrealloc (*buf, *size);
    }
}

/* LINE without ANSI escapes and '\r's at its end; *LEN updated.  An
   empty LINE may be NULL (memchr must not see it).  */
static const char *
clean_line (struct cli_log_scan *s, const char *line, size_t *len)
{
  if (*len > 0 && memchr (line, '\033', *len) != NULL)
    {
      reserve (&s->clean, &s->clean_size, *len);
      *len = strip_ansi (line, *len, s->clean);
      line = s->clean;
    }
  while (*len > 0 && line[*len - 1] == '\r')
    --*len;
  return line;
}

/* A product named after an error of a decoded string: the caller's
   hint (ARG is the scanner of the line).  */
static void
forward_hint (const char *product, const char *from, void *arg)
{
  struct cli_log_scan *s = arg;
  if (s->hint != NULL)
    s->hint (product, from, s->arg);
}

/* Reads the LEN bytes of TEXT as a text of its own, each error found
   taken as the line's; returns how many.  */
static size_t
scan_decoded (struct cli_log_scan *s, const char *text, size_t len)
{
  struct cli_log_scan *inner = scan_new (take_error, forward_hint, s,
                                         s->depth + 1);
  cli_format_scan_whole_text (inner->formats);
  size_t before = s->found_now;
  s->decoding = true;
  for (const char *p = text, *end = text + len; p <= end;)
    {
      const char *nl = memchr (p, '\n', (size_t) (end - p));
      const char *eol = nl != NULL ? nl : end;
      cli_log_scan_line (inner, p, (size_t) (eol - p));
      p = eol + 1;
    }
  cli_log_scan_end (inner);
  cli_log_scan_free (inner);
  s->decoding = false;
  return s->found_now - before;
}

/* Packer's machine-readable escapes decoded: "%!(PACKER_COMMA)" is a
   comma, "\n" a newline, "\r" a carriage return (packer's
   MachineReadableUi).  LEN bytes of LINE into OUT (room for LEN).  */
static size_t
packer_decode (const char *line, size_t len, char *out)
{
  const size_t comma = sizeof packer_comma - 1;
  size_t o = 0;
  for (size_t i = 0; i < len;)
    if (len - i >= comma && memcmp (line + i, packer_comma, comma) == 0)
      out[o++] = ',', i += comma;
    else if (line[i] == '\\' && i + 1 < len
             && (line[i + 1] == 'n' || line[i + 1] == 'r'))
      out[o++] = line[i + 1] == 'n' ? '\n' : '\r', i += 2;
    else
      out[o++] = line[i++];
  return o;
}

/* Blanks the bytes from A to B of LINE (LEN bytes) in its copy
   S->blanked, made first when *COPIED is false.  */
static void
blank (struct cli_log_scan *s, const char *line, size_t len, bool *copied,
       const char *a, const char *b)
{
  if (!*copied)
    {
      reserve (&s->blanked, &s->blanked_size, len);
      memcpy (s->blanked, line, len);
      *copied = true;
    }
  memset (s->blanked + (a - line), ' ', (size_t) (b - a));
}

/* The quoted strings of LINE (LEN bytes) that hold escapes and a needle,
   decoded and read; returns the line to read then: LINE, or its copy
   with those strings that held errors blanked.  */
static const char *
decode_strings (struct cli_log_scan *s, const char *line, size_t len)
{
  const char *end = line + len;
  char *decoded = NULL;
  bool copied = false;
  if (memmem (line, len, packer_comma, sizeof packer_comma - 1) != NULL)
    {
      decoded = xmalloc (len + 1);
      if (scan_decoded (s, decoded, packer_decode (line, len, decoded)) > 0)
        blank (s, line, len, &copied, line, end);
      free (decoded);
      return copied ? s->blanked : line;
    }
  if (memchr (line, '\\', len) == NULL)
    return line;
  for (const char *p = line; p < end
       && (p = memchr (p, '"', (size_t) (end - p))) != NULL;)
    {
      const char *close = cli_quote_end (p, end);
      if (close == NULL)
        break;
      const char *a = p + 1;
      size_t n = (size_t) (close - a);
      if (memchr (a, '\\', n) != NULL
          && cli_prefilter_text (a, n) != CLI_PREFILTER_NONE)
        {
          decoded = xrealloc (decoded, n + 1);
          if (scan_decoded (s, decoded, cli_unquote (a, n, decoded)) > 0)
            blank (s, line, len, &copied, a, close);
        }
      p = close + 1;
    }
  free (decoded);
  return copied ? s->blanked : line;
}

/* --- Lines ------------------------------------------------------------------ */

size_t
cli_log_scan_line (struct cli_log_scan *s, const char *line, size_t len)
{
  s->number++;
  s->found_now = 0;
  if (s->before != NULL && s->number - s->before_line > BEFORE_LINES)
    s->before = NULL; /* too far for any error to come */
  line = clean_line (s, line, &len);
  s->line = line;
  s->len = len;
  bool frame = s->after && after_line (s, line, len);
  const char *read = line;
  if (s->depth < DECODE_DEPTH)
    read = decode_strings (s, line, len);
  cli_format_scan_line (s->formats, read, len, s->number);
  cli_json_scan_line (s->json, read, len, s->number);
  if (s->found_now == 0 && !frame && !cli_format_scan_waiting (s->formats))
    before_line (s, line, len);
  s->line = NULL;
  return s->found_now;
}
