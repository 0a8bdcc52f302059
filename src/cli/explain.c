/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* tcerr --explain: see explain.h.

   The file is read in pieces with read(2) and cut into lines; the first
   LINE_MAX_SCANNED bytes of a line are scanned (the rest of a longer one
   is skipped), so memory stays bounded whatever the input.  Input that
   holds no error (a plain log, an empty file, text that is no JSON)
   explains nothing: that is no problem of the input.  */
#include <config.h>

#include "answer.h"
#include "cli.h"
#include "diag.h"
#include "error-list.h"
#include "explain.h"
#include "text.h"
#include "xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CHUNK 65536
#define LINE_MAX_SCANNED (1024 * 1024)

/* What explains the errors of one file.  */
struct explainer
{
  const char *product;           /* -p, or NULL */
  const struct cli_output *out;
  struct cli_error_list list;
  struct cli_error_log *log;
  bool errors;                   /* an error was explained */
  /* The line being read: its first bytes (up to LINE_MAX_SCANNED).  */
  char *line;
  size_t len, alloc;
  bool cut;                      /* its bytes past them are skipped */
};

/* Prints the answer for each error collected, and forgets them.  */
static void
print_collected (struct explainer *x)
{
  for (size_t i = 0; i < x->list.count; i++)
    {
      const struct cli_api_error *e = &x->list.v[i];
      struct cli_answer a;
      cli_answer_error (x->product, e, &a);
      if (e->error)
        x->errors = true;
      cli_output_answer (x->out, e, &a);
    }
  cli_error_list_clear (&x->list);
}

/* The line in X->line has ended.  */
static void
line_ended (struct explainer *x)
{
  /* Empty lines before the first byte of any: no buffer yet.  */
  cli_error_log_line (x->log, x->line != NULL ? x->line : "", x->len);
  x->len = 0;
  x->cut = false;
  if (!cli_error_log_waiting (x->log))
    print_collected (x);
}

/* Adds the N bytes at P to the line being read, as far as
   LINE_MAX_SCANNED.  */
static void
add_to_line (struct explainer *x, const char *p, size_t n)
{
  if (x->cut || n == 0)
    return;
  if (n > LINE_MAX_SCANNED - x->len)
    {
      n = LINE_MAX_SCANNED - x->len;
      x->cut = true;
    }
  if (n > x->alloc - x->len)
    {
      x->alloc = x->len + n > 2 * x->alloc ? x->len + n : 2 * x->alloc;
      x->line = xrealloc (x->line, x->alloc);
    }
  memcpy (x->line + x->len, p, n);
  x->len += n;
}

/* Reads FD to its end; false on a read error (in errno).  */
static bool
read_lines (struct explainer *x, int fd)
{
  static char buf[CHUNK];
  bool partial = false; /* a line has begun */
  for (;;)
    {
      ssize_t n = read (fd, buf, sizeof buf);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return false;
      if (n == 0)
        break;
      for (const char *p = buf, *end = buf + n; p < end;)
        {
          const char *nl = memchr (p, '\n', (size_t) (end - p));
          add_to_line (x, p, (size_t) ((nl != NULL ? nl : end) - p));
          partial = nl == NULL;
          if (nl == NULL)
            break;
          line_ended (x);
          p = nl + 1;
        }
    }
  if (partial)
    line_ended (x);
  return true;
}

bool
cli_explain_file (const char *file, const char *product,
                  const struct cli_output *out, bool *errors)
{
  bool is_stdin = strcmp (file, "-") == 0;
  const char *name = is_stdin ? _("standard input") : file;
  int fd = is_stdin ? STDIN_FILENO : open (file, O_RDONLY);
  if (fd < 0)
    {
      char *safe = cli_text_terminal (name, strlen (name));
      diag ("%s: %s", safe, strerror (errno));
      free (safe);
      return false;
    }
  struct explainer x;
  memset (&x, 0, sizeof x);
  x.product = product;
  x.out = out;
  x.log = cli_error_log_new (&x.list);
  bool ok = read_lines (&x, fd);
  int err = errno;
  cli_error_log_end (x.log);
  print_collected (&x);
  cli_error_log_free (x.log);
  free (x.list.v);
  free (x.line);
  if (!is_stdin)
    close (fd);
  if (!ok)
    {
      char *safe = cli_text_terminal (name, strlen (name));
      diag ("%s: %s", safe, strerror (err));
      free (safe);
    }
  *errors = *errors || x.errors;
  return ok;
}
