/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* tcerr --filter, as c++filt: every byte of the input goes out unchanged
   and in order; after each line holding an error, one line per error
   explains it.

   The input is read with read(2), in pieces of up to CHUNK bytes, so what
   a pipe has is handled at once (tail -f app.log | tcerr --filter), and
   written out before anything waits for more.  A line is only scanned
   once its '\n' has come: a last line without one is copied, never
   explained (that would add a '\n' of our own to the input); an error
   the scanner still holds when the input ends (cli_error_log_end) is
   explained after the last line, when that line is whole.  The first
   LINE_MAX_SCANNED bytes of a line are scanned; the rest of a longer one
   is copied only, so memory stays bounded whatever the input.

   Speed: the lines go out in runs, one fwrite for all the lines between
   two errors, and most lines are never given to the scanner.  A line
   that holds none of the scanner's needles (prefilter.h, from its own
   tables) can hold no error, start no response and name no product; it
   is skipped when the scanner waits for nothing (cli_error_log_waiting:
   no error held, no frames after one, no response open), and the
   scanner is told how many lines it did not see (cli_error_log_skip), so
   that a hint before an error is as far from it as it is in the input.
   The line before a line that is read is read first when it was skipped,
   so that a '{' that ends it opens a response that the line goes on
   (pretty-printed: `resp={` then `  "Response": {`).

   tests/fuzz/fuzz-filter.c checks that the output is the same as with
   every line scanned.  */
#include <config.h>

#include "answer.h"
#include "cli.h"
#include "diag.h"
#include "error-list.h"
#include "filter.h"
#include "log-scan.h"
#include "prefilter.h"
#include "xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CHUNK (256 * 1024)
#define LINE_MAX_SCANNED (1024 * 1024)
/* The most lines of a run of lines skipped that are counted: the
   scanner's distances (a hint before an error, the serverless CLI's lines
   before its error) are all shorter, so it decides the same.  */
#define SKIPPED_COUNTED 64
_Static_assert (SKIPPED_COUNTED > CLI_LOG_SCAN_DISTANCE_MAX,
                "--filter must count the lines the scanner weighs");

/* --- Answers ---------------------------------------------------------------- */

/* The errors of a log come again and again: the last answers are kept,
   by what they depend on (the code, the product the text named, the
   server's message).  */
struct cached
{
  bool used;
  char *code;           /* the error's, or NULL */
  const char *product, *product_from;
  char *message;        /* the server's, or NULL */
  size_t message_len;
  struct cli_answer answer;
};
#define CACHED 256
/* The longest message an answer is kept for.  */
#define CACHED_MESSAGE_MAX 512

static uint32_t
hash_bytes (uint32_t h, const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++)
    h = h * 31 + (unsigned char) s[i];
  return h;
}

static bool
same_bytes (const char *a, size_t alen, const char *b, size_t blen)
{
  return (a == NULL) == (b == NULL)
         && (a == NULL || (alen == blen && memcmp (a, b, alen) == 0));
}

/* Whether C is the answer to E.  */
static bool
cached_for (const struct cached *c, const struct cli_api_error *e)
{
  return c->used && c->product == e->product
         && c->product_from == e->product_from
         && same_bytes (c->code, c->code != NULL ? strlen (c->code) : 0,
                        e->code, e->code_len)
         && same_bytes (c->message, c->message_len, e->message,
                        e->message_len);
}

/* Keeps the answer A to E in C.  */
static void
keep_answer (struct cached *c, const struct cli_api_error *e,
             const struct cli_answer *a)
{
  free (c->code);
  free (c->message);
  c->used = true;
  c->code = e->code != NULL ? xmemdup0 (e->code, e->code_len) : NULL;
  c->product = e->product;
  c->product_from = e->product_from;
  c->message = e->message != NULL ? xmemdup0 (e->message, e->message_len)
                                  : NULL;
  c->message_len = e->message_len;
  c->answer = *a;
  /* The code answered is the error's (the copy's now), or the
     library's.  */
  if (a->found && a->hit.code == e->code)
    c->answer.hit.code = c->code;
}

/* --- The filter ------------------------------------------------------------ */

/* The state of a filter: the line being read, what explains it, and
   what lines may be skipped.  */
struct cli_filter
{
  const struct cli_output *out;
  const char *product;  /* -p, or NULL */
  struct cached cache[CACHED];
  struct cli_error_list list;
  struct cli_error_log *log;
  bool every_line;      /* scan every line (the tests' reference) */
  /* The line that runs on over the next read: its first bytes (up to
     LINE_MAX_SCANNED).  */
  char *line;
  size_t len, alloc;
  /* The line before, when it was skipped: in the buffer being read
     (PREV), or else copied (SAVED).  */
  const char *prev;
  size_t prev_len;
  bool prev_skipped;
  char *saved;
  size_t saved_alloc;
  size_t skipped;       /* lines skipped since the last one read */
  bool at_bol;          /* the input read ends with a whole line */
  /* Where the input read but not yet written starts.  */
  const char *unwritten;
};

/* Copies the N bytes at S to *BUF (of *ALLOC bytes) from *LEN on, as
   far as LINE_MAX_SCANNED.  */
static void
append (char **buf, size_t *len, size_t *alloc, const char *s, size_t n)
{
  if (n > LINE_MAX_SCANNED - *len)
    n = LINE_MAX_SCANNED - *len;
  if (n == 0)
    return;
  if (n > *alloc - *len)
    {
      *alloc = *len + n > 2 * *alloc ? *len + n : 2 * *alloc;
      *buf = xrealloc (*buf, *alloc);
    }
  memcpy (*buf + *len, s, n);
  *len += n;
}

/* Writes out what was read up to END.  */
static void
write_to (struct cli_filter *f, const char *end)
{
  if (end > f->unwritten)
    fwrite (f->unwritten, 1, (size_t) (end - f->unwritten), stdout);
  f->unwritten = end;
}

/* The answer to E, from the cache or looked up.  */
static const struct cli_answer *
answer (struct cli_filter *f, const struct cli_api_error *e)
{
  uint32_t h = hash_bytes (0, e->code != NULL ? e->code : "", e->code_len);
  h = hash_bytes (h, e->message != NULL ? e->message : "", e->message_len);
  h ^= (uint32_t) (uintptr_t) e->product;
  struct cached *c = &f->cache[h % CACHED];
  if (cached_for (c, e))
    return &c->answer;
  static struct cli_answer a;
  cli_answer_error (f->product, e, &a);
  if (e->message_len > CACHED_MESSAGE_MAX)
    return &a;
  keep_answer (c, e, &a);
  return &c->answer;
}

/* Explains the errors collected, after the input up to EOL.  */
static void
explain (struct cli_filter *f, const char *eol)
{
  write_to (f, eol);
  for (size_t i = 0; i < f->list.count; i++)
    {
      const struct cli_api_error *e = &f->list.v[i];
      if (e->error)
        cli_output_filter (f->out, CLI_FILTER_MARK, e, answer (f, e));
    }
  cli_error_list_clear (&f->list);
}

/* Scans the line LINE (LEN bytes, at most LINE_MAX_SCANNED) and explains
   the errors it ends after the input up to EOL: the added line follows
   the error's (the frames after it, which may name its product for
   --explain, come too late here).  */
static void
scan_line (struct cli_filter *f, const char *line, size_t len,
           const char *eol)
{
  cli_error_log_line (f->log, line, len);
  if (f->list.count > 0)
    explain (f, eol);
}

/* Whether the next line may be skipped when it holds no needle.  */
static bool
idle (const struct cli_filter *f)
{
  return !f->every_line && !cli_error_log_waiting (f->log);
}

/* Tells the scanner of the lines skipped before the one it reads next
   (the line before, when it is read first, not among them).  */
static void
count_skipped (struct cli_filter *f)
{
  size_t n = f->skipped - (f->prev_skipped ? 1 : 0);
  if (n > 0)
    cli_error_log_skip (f->log, n);
  f->skipped = 0;
}

/* The line LINE (LEN bytes, at most LINE_MAX_SCANNED) has ended, with
   the needles NEEDLES (prefilter.h); scans it unless it can hold
   nothing.  In the input, the line starts at BOL (or before the buffer
   that BOL starts) and its '\n' ends before EOL.  */
static void
line_ended (struct cli_filter *f, const char *line, size_t len,
            const char *bol, const char *eol, int needles)
{
  if (needles == CLI_PREFILTER_NONE && idle (f))
    {
      f->prev = line;
      f->prev_len = len;
      f->prev_skipped = true;
      if (f->skipped < SKIPPED_COUNTED)
        f->skipped++;
      return;
    }
  count_skipped (f);
  if (f->prev_skipped)
    scan_line (f, f->prev, f->prev_len, bol);
  f->prev_skipped = false;
  scan_line (f, line, len, eol);
}

/* The number of '\n' from P to END, or SKIPPED_COUNTED when there are
   more.  */
static size_t
count_lines (const char *p, const char *end)
{
  size_t n = 0;
  while (n < SKIPPED_COUNTED
         && (p = memchr (p, '\n', (size_t) (end - p))) != NULL)
    n++, p++;
  return n;
}

/* Skips the lines from P on (those of a buffer up to its '\n' at LAST)
   up to the first that holds a needle (PF's next), or all; returns where
   the next line starts.  Only the line before it is kept, as skipped.  */
static const char *
skip_lines (struct cli_filter *f, struct cli_prefilter *pf, const char *p,
            const char *last)
{
  const char *next = cli_prefilter_next (pf, p);
  const char *to = next < last ? next : last + 1;
  const char *bol = memrchr (p, '\n', (size_t) (to - p));
  if (bol == NULL)
    return p; /* the needle is on the first line */
  const char *before = memrchr (p, '\n', (size_t) (bol - p));
  before = before != NULL ? before + 1 : p;
  size_t len = (size_t) (bol - before);
  /* Counted only when the scanner weighs distances: one will do else.  */
  f->skipped += cli_error_log_weighs_distance (f->log)
                ? count_lines (p, bol + 1) : 1;
  if (f->skipped > SKIPPED_COUNTED)
    f->skipped = SKIPPED_COUNTED;
  f->prev = before;
  f->prev_len = len > LINE_MAX_SCANNED ? LINE_MAX_SCANNED : len;
  f->prev_skipped = true;
  return bol + 1;
}

/* Keeps the line before the next read when it was skipped: the buffer it
   is in is read into again.  */
static void
save_prev (struct cli_filter *f)
{
  if (!f->prev_skipped || f->prev == f->saved)
    return;
  if (f->prev_len == 0)
    {
      f->prev = "";
      return;
    }
  size_t len = 0;
  append (&f->saved, &len, &f->saved_alloc, f->prev, f->prev_len);
  f->prev = f->saved;
  f->prev_len = len;
}

/* Copies the LEN bytes of BUF out, explaining each line that ends.  */
static void
filter_chunk (struct cli_filter *f, const char *buf, size_t len)
{
  const char *p = buf, *end = buf + len;
  f->unwritten = buf;
  f->at_bol = buf[len - 1] == '\n';
  if (f->len > 0)
    {
      /* The end of the line that the last read left.  */
      const char *nl = memchr (p, '\n', len);
      append (&f->line, &f->len, &f->alloc, p,
              (size_t) ((nl != NULL ? nl : end) - p));
      if (nl == NULL)
        {
          write_to (f, end);
          return;
        }
      p = nl + 1;
      line_ended (f, f->line, f->len, buf, p,
                  cli_prefilter_text (f->line, f->len));
      if (f->prev == f->line)
        {
          /* Skipped: F->LINE is about to be read into.  */
          save_prev (f);
        }
      f->len = 0;
    }
  const char *last = memrchr (p, '\n', (size_t) (end - p));
  if (last != NULL)
    {
      struct cli_prefilter pf;
      cli_prefilter_start (&pf, p, last);
      while (p <= last)
        {
          if (idle (f))
            {
              p = skip_lines (f, &pf, p, last);
              if (p > last)
                break;
            }
          const char *nl = memchr (p, '\n', (size_t) (last + 1 - p));
          size_t n = (size_t) (nl - p);
          if (n > LINE_MAX_SCANNED)
            n = LINE_MAX_SCANNED; /* what the scanner sees of it */
          line_ended (f, p, n, p, nl + 1, cli_prefilter_line (&pf, p, p + n));
          p = nl + 1;
        }
    }
  save_prev (f);
  if (p < end)
    append (&f->line, &f->len, &f->alloc, p, (size_t) (end - p));
  write_to (f, end);
}

struct cli_filter *
cli_filter_new (const char *product, const struct cli_output *out)
{
  struct cli_filter *f = xcalloc (1, sizeof *f);
  f->out = out;
  f->product = product;
  f->log = cli_error_log_new (&f->list);
  f->at_bol = true;
  return f;
}

void
cli_filter_every_line (struct cli_filter *f)
{
  f->every_line = true;
}

void
cli_filter_bytes (struct cli_filter *f, const char *buf, size_t len)
{
  if (len > 0)
    filter_chunk (f, buf, len);
}

void
cli_filter_end (struct cli_filter *f)
{
  /* An error still held is explained, unless the input ends inside a
     line: what is added is whole lines after whole lines.  */
  f->unwritten = NULL;
  if (f->at_bol && cli_error_log_end (f->log) > 0)
    explain (f, NULL);
  cli_error_list_clear (&f->list);
}

void
cli_filter_free (struct cli_filter *f)
{
  if (f == NULL)
    return;
  cli_error_log_free (f->log);
  cli_error_list_clear (&f->list);
  free (f->list.v);
  for (size_t i = 0; i < CACHED; i++)
    {
      free (f->cache[i].code);
      free (f->cache[i].message);
    }
  free (f->line);
  free (f->saved);
  free (f);
}

/* Reads FD to its end through F; false on a read error (in errno).  */
static bool
filter_fd (struct cli_filter *f, int fd)
{
  static char buf[CHUNK];
  for (;;)
    {
      ssize_t n = read (fd, buf, sizeof buf);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return n == 0;
      filter_chunk (f, buf, (size_t) n);
      /* Live: what came in is out before we wait for more.  */
      if (fflush (stdout) != 0)
        return true; /* reported when stdout is closed */
    }
}

bool
cli_filter (const char *file, const char *product,
            const struct cli_output *out)
{
  bool is_stdin = strcmp (file, "-") == 0;
  int fd = is_stdin ? STDIN_FILENO : open (file, O_RDONLY);
  if (fd < 0)
    {
      /* The name whole, as --explain says it: never cut.  */
      diag ("%s: %s", file, strerror (errno));
      return false;
    }
  struct cli_filter *f = cli_filter_new (product, out);
  bool ok = filter_fd (f, fd);
  if (ok)
    cli_filter_end (f);
  if (!ok)
    diag ("%s: %s", is_stdin ? _("standard input") : file,
               strerror (errno));
  cli_filter_free (f);
  if (!is_stdin)
    close (fd);
  return ok;
}
