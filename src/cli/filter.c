/* tcerr --filter, as c++filt: every byte of the input goes out unchanged
   and in order; after each line holding an error, one line per error
   explains it.

   The input is read with read(2), so what a pipe has is handled at once
   (tail -f app.log | tcerr --filter), and written out before anything
   waits for more.  A line is only scanned once its '\n' has come: a last
   line without one is copied, never explained (that would add a '\n' of
   our own to the input).  The first LINE_MAX bytes of a line are
   scanned; the rest of a longer one is copied only, so memory stays
   bounded whatever the input.  */
#include <config.h>

#include "cli.h"
#include "error.h"
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

#define CHUNK 65536
#define LINE_MAX_SCANNED (1024 * 1024)

/* The state of a filter: the line being read, and what explains it.  */
struct filter
{
  const struct cli_output *out;
  const char *product;  /* -p, or NULL */
  struct cli_hit *hits;
  struct cli_responses rs;
  struct cli_explain_log *log;
  char *line;      /* the first bytes of the line (up to LINE_MAX) */
  size_t len, alloc;
};

/* Keeps the LEN bytes at S as more of the line, as far as LINE_MAX.  */
static void
keep (struct filter *f, const char *s, size_t len)
{
  if (len > LINE_MAX_SCANNED - f->len)
    len = LINE_MAX_SCANNED - f->len;
  if (len > f->alloc - f->len)
    {
      f->alloc = f->len + len > 2 * f->alloc ? f->len + len : 2 * f->alloc;
      f->line = xrealloc (f->line, f->alloc);
    }
  memcpy (f->line + f->len, s, len);
  f->len += len;
}

/* Scans the line LINE (LEN bytes) that just ended, and explains its
   errors.  */
static void
explain_line (struct filter *f, const char *line, size_t len)
{
  if (cli_explain_log_line (f->log, line, len) == 0)
    return;
  for (size_t i = 0; i < f->rs.count; i++)
    {
      const struct cli_response *resp = &f->rs.v[i];
      if (!resp->error)
        continue;
      size_t n = resp->code != NULL
        ? cli_query_code (f->product, resp->code, f->hits) : 0;
      cli_output_filter (f->out, CLI_FILTER_MARK, resp, f->hits, n);
    }
  cli_explain_free (&f->rs);
}

/* Copies the LEN bytes of BUF out, explaining each line that ends.  */
static void
filter_chunk (struct filter *f, const char *buf, size_t len)
{
  const char *p = buf, *end = buf + len;
  while (p < end)
    {
      const char *nl = memchr (p, '\n', (size_t) (end - p));
      const char *eol = nl != NULL ? nl + 1 : end;
      fwrite (p, 1, (size_t) (eol - p), stdout);
      if (nl == NULL)
        keep (f, p, (size_t) (end - p));
      else if (f->len == 0)
        explain_line (f, p, (size_t) (nl - p)); /* whole in BUF */
      else
        {
          keep (f, p, (size_t) (nl - p));
          explain_line (f, f->line, f->len);
          f->len = 0;
        }
      p = eol;
    }
}

/* Reads FD to its end through F; false on a read error (in errno).  */
static bool
filter_fd (struct filter *f, int fd)
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
      cli_error ("%s: %s", file, strerror (errno));
      return false;
    }
  struct filter f = { out, product, NULL, { NULL, 0, 0, 0 }, NULL, NULL, 0,
                      0 };
  f.hits = xmalloc (cli_query_max_hits () * sizeof *f.hits);
  f.log = cli_explain_log_new (&f.rs);
  bool ok = filter_fd (&f, fd);
  if (!ok)
    cli_error ("%s: %s", is_stdin ? _("standard input") : file,
               strerror (errno));
  cli_explain_log_free (f.log);
  cli_explain_free (&f.rs);
  free (f.hits);
  free (f.line);
  if (!is_stdin)
    close (fd);
  return ok;
}
