/* tcerr --filter, as c++filt: every byte of the input goes out unchanged
   and in order; after each line holding an error, one line per error
   explains it.

   The input is read with read(2), in pieces of up to CHUNK bytes, so what
   a pipe has is handled at once (tail -f app.log | tcerr --filter), and
   written out before anything waits for more.  A line is only scanned
   once its '\n' has come: a last line without one is copied, never
   explained (that would add a '\n' of our own to the input); an error
   the scanner still holds when the input ends (cli_explain_log_end) is
   explained after the last line, when that line is whole.  The first
   LINE_MAX_SCANNED bytes of a line are scanned; the rest of a longer one
   is copied only, so memory stays bounded whatever the input.

   Speed: the lines go out in runs, one fwrite for all the lines between
   two errors, and most lines are never given to the scanner.  A line
   that holds none of the needles of the prefilter below can hold no
   error, start no response and name no product; it is skipped when the
   scanner waits for nothing (cli_explain_log_waiting: no error held, no
   frames after one, no response open, no '{' just before), and:

   - after a line with a product hint (a tccli command line, a frame),
     the next HINT_FOLLOW lines are read: the scanner's line numbers
     count the lines read, and an error more than BEFORE_LINES (16,
     sdk-errors.c; HINT_FOLLOW must be more) after a hint does not take
     it, so the hint must stay as far from an error to come as it is;
   - the line before a line that is read is read first when it was
     skipped, so that a '{' that ends it opens a response that the line
     goes on (pretty-printed: `resp={` then `  "Response": {`).

   tests/fuzz/fuzz-filter.c checks that the output is the same as with
   every line scanned.  */
#include <config.h>

#include "cli.h"
#include "diag.h"
#include "explain.h"
#include "filter.h"
#include "query.h"
#include "text.h"
#include "xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CHUNK (256 * 1024)
#define LINE_MAX_SCANNED (1024 * 1024)

#define HINT_FOLLOW 64

/* --- The prefilter -------------------------------------------------------- */

/* What a line must hold for the log scanner (log-scan.h) to find
   anything in it, when the scanner holds nothing from earlier lines:
   a necessary condition, checked for many lines at once with one pass
   over the whole buffer read (next_needle).

   The needles, from the formats of sdk-errors.c and the responses of
   log-scan.c:

   - "TencentCloudSDK": in the marker of go ("[TencentCloudSDKError]"),
     python, java, java-old, nodejs ("[TencentCloudSDKException]"), php
     and php-old ("...\TencentCloudSDKException]"), dotnet
     ("TencentCloud.Common.TencentCloudSDKException: ") and the first
     line of a Node.js stack ("TencentCloudSDKHttpException").
   - "ErrorCode=": in the marker of cpp (", ErrorCode=").
   - "\xef\xbc\x9a" "code:" (a full-width colon, then "code:"): in the
     marker of dotnet-old ("message\xef\xbc\x9a" "code:").
   - "\"Response\"": where every API response starts (log-scan.c
     searches for nothing else).
   - "tccli ", and "encent" on a line that may be a stack frame (starts
     with a blank, '#', "Stack trace:", "Caused by:", "--- End of",
     "goroutine ", ends with ')' or has no blank): the product hints
     that the scanner keeps for an error to come (a tccli command line,
     a client's frame: "tencentcloud..." after its 't' or 'T').
   - ESC: the scanner reads lines without their ANSI escape sequences,
     which may stand inside a needle; a line with one always passes.

   Every needle is ASCII but the colon, and none holds a '\n', so a
   needle never runs over two lines.  A format added to sdk-errors.c
   whose marker holds none of these needles must add one here
   (tests/fuzz/fuzz-filter.c checks --filter against a scan of every
   line, over a corpus with each format).  */

/* What a line holds: an SDK error's marker, the start of a response,
   a product hint (the kinds of needle above), or ESC (all of them).  */
enum
{
  PF_SDK = 1,
  PF_RESPONSE = 2,
  PF_HINT = 4,
  PF_ESC = 8
};

#define PF_ENCENT 16 /* "encent": a hint on a frame only */

static bool
starts_with (const char *p, const char *end, const char *s)
{
  size_t n = strlen (s);
  return (size_t) (end - p) >= n && memcmp (p, s, n) == 0;
}

/* Whether the line from LINE to END may be a stack frame, as
   sdk-errors.c's is_frame takes one (or more lines).  */
static bool
may_be_frame (const char *line, const char *end)
{
  while (end > line && end[-1] == '\r')
    end--;
  if (end == line)
    return false;
  return line[0] == ' ' || line[0] == '\t' || line[0] == '#'
         || end[-1] == ')'
         || memchr (line, ' ', (size_t) (end - line)) == NULL
         || starts_with (line, end, "Stack trace:")
         || starts_with (line, end, "Caused by:")
         || starts_with (line, end, "--- End of")
         || starts_with (line, end, "goroutine ");
}

/* The kinds of the needle found at Q (from BEGIN to END), where the
   search below stops: 0 when none is there.  */
static unsigned
needle_at (const char *begin, const char *q, const char *end)
{
  switch ((unsigned char) *q)
    {
    case 'e':
      if (!starts_with (q, end, "encent"))
        return 0;
      return q > begin && q[-1] == 'T' && starts_with (q, end, "encentCloudSDK")
        ? PF_SDK | PF_ENCENT : PF_ENCENT;
    case 'C':
      return q - begin >= 5 && starts_with (q - 5, end, "ErrorCode=")
        ? PF_SDK : 0;
    case 0xef:
      return starts_with (q, end, "\xef\xbc\x9a" "code:") ? PF_SDK : 0;
    case '"':
      return starts_with (q, end, "\"Response\"") ? PF_RESPONSE : 0;
    case 't':
      return starts_with (q, end, "tccli ") ? PF_HINT : 0;
    case '\033':
      return PF_ESC | PF_SDK | PF_RESPONSE | PF_HINT;
    default:
      return 0;
    }
}

/* One pass over the bytes for every needle at once, 16 bytes at a time
   (GCC's vector extensions: SSE2 on x86-64, NEON on ARM, plain code
   elsewhere): a byte may start a needle where it and one or two bytes
   after it are the needle's ("encent": 'e', 'n' and 't' 5 after it;
   "ErrorCode=": 'C' and '=' 4 after; the full-width colon: its first
   and third byte; "Response" in quotes: '"', 'R', 'p'; "tccli ": 't',
   'c', 'c'; ESC); needle_at says whether one does.  */
typedef unsigned char vec __attribute__ ((vector_size (16)));
typedef signed char vmask __attribute__ ((vector_size (16)));
typedef unsigned long long vwords __attribute__ ((vector_size (16)));
#define LANES 16
#define REACH 5 /* the farthest byte compared, after the first */

static vec
load (const char *p)
{
  vec v;
  memcpy (&v, p, sizeof v);
  return v;
}

/* The first needle from P on, of the bytes from BEGIN to END, and its
   kinds in *KINDS; END when none.  */
static const char *
next_needle (const char *begin, const char *p, const char *end,
             unsigned *kinds)
{
  while (end - p >= LANES + REACH)
    {
      vec b0 = load (p), b1 = load (p + 1), b2 = load (p + 2),
          b4 = load (p + 4), b5 = load (p + 5);
      vmask m = ((b0 == 'e') & (b1 == 'n') & (b5 == 't'))
                | ((b0 == 'C') & (b4 == '='))
                | ((b0 == 0xef) & (b2 == 0x9a))
                | ((b0 == '"') & (b1 == 'R') & (b4 == 'p'))
                | ((b0 == 't') & (b1 == 'c') & (b2 == 'c'))
                | (b0 == '\033');
      vwords any = (vwords) m;
      if ((any[0] | any[1]) != 0)
        for (int i = 0; i < LANES; i++)
          if (m[i] != 0 && (*kinds = needle_at (begin, p + i, end)) != 0)
            return p + i;
      p += LANES;
    }
  for (; p < end; p++)
    if ((*kinds = needle_at (begin, p, end)) != 0)
      return p;
  return end;
}

/* Where the needles of a buffer are, as its lines are asked for.  */
struct prefilter
{
  const char *begin, *end;
  const char *next;    /* the next needle, or END */
  unsigned next_kinds;
};

static void
prefilter_start (struct prefilter *pf, const char *begin, const char *end)
{
  pf->begin = begin;
  pf->end = end;
  pf->next = next_needle (begin, begin, end, &pf->next_kinds);
}

/* The needles (PF_...) of the line from LINE to LINE_END (before its
   '\n', or the end), a line after every line asked for before: lines
   are asked for in order.  */
static unsigned
prefilter_line (struct prefilter *pf, const char *line,
                const char *line_end)
{
  unsigned kinds = 0;
  if (pf->next < line)
    pf->next = next_needle (pf->begin, line, pf->end, &pf->next_kinds);
  while (pf->next < line_end)
    {
      kinds |= pf->next_kinds;
      pf->next = next_needle (pf->begin, pf->next + 1, pf->end,
                              &pf->next_kinds);
    }
  if (kinds & PF_ENCENT)
    kinds = (kinds & ~PF_ENCENT)
            | (may_be_frame (line, line_end) ? PF_HINT : 0);
  return kinds;
}

static unsigned
prefilter_text (const char *line, size_t len)
{
  struct prefilter pf;
  prefilter_start (&pf, line, line + len);
  return prefilter_line (&pf, line, line + len);
}

/* --- The filter ------------------------------------------------------------ */

/* The answer for a code, in the product a line named.  */
struct cached
{
  char *code;           /* NULL: none yet */
  const char *product;  /* the product the text named (resp->product) */
  size_t hits;
  struct cli_hit hit;   /* the first */
  const char *product_from;
};
#define CACHED 64

/* The state of a filter: the line being read, what explains it, and
   what lines may be skipped.  */
struct cli_filter
{
  const struct cli_output *out;
  const char *product;  /* -p, or NULL */
  struct cli_hit *hits;
  struct cached cache[CACHED];
  struct cli_responses rs;
  struct cli_explain_log *log;
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
  size_t follow;        /* lines still to read after a hint */
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

/* The hits of RESP (cli_explain_lookup): their number, and the first in
   *HIT, the one --filter shows.  The codes of a log come again and
   again: the last answers are kept.  */
static size_t
lookup (struct cli_filter *f, struct cli_response *resp,
        const struct cli_hit **hit)
{
  size_t h = 0;
  for (const char *p = resp->code; *p != '\0'; p++)
    h = h * 31 + (unsigned char) *p;
  struct cached *c = &f->cache[h % CACHED];
  if (c->code == NULL || strcmp (c->code, resp->code) != 0
      || c->product != resp->product)
    {
      free (c->code);
      c->code = xstrdup (resp->code);
      c->product = resp->product;
      c->hits = cli_explain_lookup (f->product, resp, f->hits);
      c->product_from = resp->product_from;
      if (c->hits > 0)
        {
          /* Its strings are the library's, for the life of the
             process.  */
          c->hit = f->hits[0];
          c->hit.code = c->code;
        }
    }
  resp->product_from = c->product_from;
  *hit = &c->hit;
  return c->hits > 0 ? 1 : 0;
}

/* Explains the errors the scanner added, after the input up to EOL.  */
static void
explain (struct cli_filter *f, const char *eol)
{
  write_to (f, eol);
  for (size_t i = 0; i < f->rs.count; i++)
    {
      struct cli_response *resp = &f->rs.v[i];
      if (!resp->error)
        continue;
      const struct cli_hit *hit = NULL;
      size_t hits = resp->code != NULL ? lookup (f, resp, &hit) : 0;
      cli_output_filter (f->out, CLI_FILTER_MARK, resp, hit, hits);
    }
  cli_explain_free (&f->rs);
}

/* Scans the line LINE (LEN bytes, at most LINE_MAX_SCANNED) and explains
   its errors after the input up to EOL.  */
static void
scan_line (struct cli_filter *f, const char *line, size_t len,
           const char *eol)
{
  if (cli_explain_log_line (f->log, line, len) > 0)
    explain (f, eol);
  else
    cli_explain_free (&f->rs);
}

/* Whether the next line may be skipped when it holds no needle.  */
static bool
idle (const struct cli_filter *f)
{
  return !f->every_line && f->follow == 0
         && !cli_explain_log_waiting (f->log);
}

/* The line LINE (LEN bytes, at most LINE_MAX_SCANNED) has ended, holding
   the needles KINDS; scans it unless it can hold nothing.  In the input,
   the line starts at BOL (or before the buffer that BOL starts) and its
   '\n' ends before EOL.  */
static void
line_ended (struct cli_filter *f, const char *line, size_t len,
            const char *bol, const char *eol, unsigned kinds)
{
  if (kinds == 0 && idle (f))
    {
      f->prev = line;
      f->prev_len = len;
      f->prev_skipped = true;
      return;
    }
  if (f->prev_skipped)
    scan_line (f, f->prev, f->prev_len, bol);
  f->prev_skipped = false;
  scan_line (f, line, len, eol);
  if (f->follow > 0)
    f->follow--;
  if ((kinds & PF_HINT) && f->follow < HINT_FOLLOW)
    f->follow = HINT_FOLLOW;
}

/* Skips the lines from P on (those of a buffer up to its '\n' at LAST)
   up to the first that holds a needle (PF's next), or all; returns where
   the next line starts.  Only the line before it is kept, as skipped.  */
static const char *
skip_lines (struct cli_filter *f, struct prefilter *pf, const char *p,
            const char *last)
{
  if (pf->next < p)
    pf->next = next_needle (pf->begin, p, pf->end, &pf->next_kinds);
  const char *to = pf->next < last ? pf->next : last + 1;
  const char *bol = memrchr (p, '\n', (size_t) (to - p));
  if (bol == NULL)
    return p; /* the needle is on the first line */
  const char *before = memrchr (p, '\n', (size_t) (bol - p));
  before = before != NULL ? before + 1 : p;
  size_t len = (size_t) (bol - before);
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
                  prefilter_text (f->line, f->len));
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
      struct prefilter pf;
      prefilter_start (&pf, p, last);
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
          line_ended (f, p, n, p, nl + 1, prefilter_line (&pf, p, p + n));
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
  f->hits = xmalloc (cli_query_max_hits () * sizeof *f->hits);
  f->log = cli_explain_log_new (&f->rs);
  f->at_bol = true;
  cli_explain_set_product (product);
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
  if (f->at_bol && cli_explain_log_end (f->log) > 0)
    explain (f, NULL);
  cli_explain_free (&f->rs);
}

void
cli_filter_free (struct cli_filter *f)
{
  if (f == NULL)
    return;
  cli_explain_log_free (f->log);
  cli_explain_free (&f->rs);
  for (size_t i = 0; i < CACHED; i++)
    free (f->cache[i].code);
  free (f->hits);
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
