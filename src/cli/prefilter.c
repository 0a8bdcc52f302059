/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The needles of the log scanner, searched for in whole buffers: see
   prefilter.h.

   The needles are the scanner's own tables' (cli_log_scan_needles),
   collected once.  Each is found by three of its bytes: its first, its
   second, and the one REACH bytes after its first (or its last when it is
   shorter), compared 16 bytes at a time (GCC's vector extensions: SSE2 on
   x86-64, NEON on ARM, plain code elsewhere); where they all are, the
   whole needle is compared.  ESC always counts: the scanner reads lines
   without their ANSI escape sequences, which may stand inside a
   needle.  */
#include <config.h>

#include "log-scan.h"
#include "prefilter.h"
#include "product-hints.h"

#include <stdint.h>
#include <string.h>

#define NEEDLES_MAX 24
#define REACH 5 /* the farthest byte compared, after the first */

struct needle
{
  const char *text;
  size_t len;
  bool frame_only;
  unsigned char c0, c1, ck; /* bytes 0, 1 and K */
  int k;
};

static struct needle needles[NEEDLES_MAX];
static int needle_count = -1;

/* Adds NEEDLE, unless it is there already.  */
static void
add_needle (const struct cli_needle *n, void *arg)
{
  (void) arg;
  size_t len = strlen (n->text);
  for (int i = 0; i < needle_count; i++)
    if (strcmp (needles[i].text, n->text) == 0
        && needles[i].frame_only == n->frame_only)
      return;
  if (needle_count == NEEDLES_MAX || len < 3)
    __builtin_trap (); /* a table that breaks prefilter.h's rules */
  struct needle *d = &needles[needle_count++];
  d->text = n->text;
  d->len = len;
  d->frame_only = n->frame_only;
  d->k = len - 1 < REACH ? (int) len - 1 : REACH;
  d->c0 = (unsigned char) n->text[0];
  d->c1 = (unsigned char) n->text[1];
  d->ck = (unsigned char) n->text[d->k];
}

static void
collect (void)
{
  if (needle_count >= 0)
    return;
  needle_count = 0;
  cli_log_scan_needles (add_needle, NULL);
}

/* The needle at Q (before END): its index, -1 for ESC, -2 for none.  */
static int
needle_at (const char *q, const char *end)
{
  if (*q == '\033')
    return -1;
  for (int i = 0; i < needle_count; i++)
    if ((unsigned char) *q == needles[i].c0
        && (size_t) (end - q) >= needles[i].len
        && memcmp (q, needles[i].text, needles[i].len) == 0)
      return i;
  return -2;
}

typedef unsigned char vec __attribute__ ((vector_size (16)));
typedef signed char vmask __attribute__ ((vector_size (16)));
typedef unsigned long long vwords __attribute__ ((vector_size (16)));
#define LANES 16

static vec
load (const char *p)
{
  vec v;
  memcpy (&v, p, sizeof v);
  return v;
}

/* The first needle from P on (before END), its index into *WHICH; END
   when none.  */
static const char *
next_needle (const char *p, const char *end, int *which)
{
  while (end - p >= LANES + REACH)
    {
      vec b[REACH + 1];
      for (int j = 0; j <= REACH; j++)
        b[j] = load (p + j);
      vmask m = (vmask) (b[0] == '\033');
      for (int i = 0; i < needle_count; i++)
        {
          const struct needle *n = &needles[i];
          m |= (vmask) ((b[0] == n->c0) & (b[1] == n->c1) & (b[n->k] == n->ck));
        }
      vwords any = (vwords) m;
      if ((any[0] | any[1]) != 0)
        for (int i = 0; i < LANES; i++)
          if (m[i] != 0 && (*which = needle_at (p + i, end)) != -2)
            return p + i;
      p += LANES;
    }
  for (; p < end; p++)
    if ((*which = needle_at (p, end)) != -2)
      return p;
  return end;
}

void
cli_prefilter_start (struct cli_prefilter *pf, const char *begin,
                     const char *end)
{
  collect ();
  pf->begin = begin;
  pf->end = end;
  pf->next = next_needle (begin, end, &pf->next_needle);
}

const char *
cli_prefilter_next (struct cli_prefilter *pf, const char *p)
{
  if (pf->next < p)
    pf->next = next_needle (p, pf->end, &pf->next_needle);
  return pf->next;
}

int
cli_prefilter_line (struct cli_prefilter *pf, const char *line,
                    const char *line_end)
{
  int result = CLI_PREFILTER_NONE;
  bool frame_needle = false;
  cli_prefilter_next (pf, line);
  while (pf->next < line_end)
    {
      if (pf->next_needle == -1)
        result |= CLI_PREFILTER_ESC | CLI_PREFILTER_SOME;
      else if (needles[pf->next_needle].frame_only)
        frame_needle = true;
      else
        result |= CLI_PREFILTER_SOME;
      pf->next = next_needle (pf->next + 1, pf->end, &pf->next_needle);
    }
  if (frame_needle && result == CLI_PREFILTER_NONE)
    {
      const char *end = line_end;
      while (end > line && end[-1] == '\r')
        end--;
      if (cli_hint_is_frame (line, (size_t) (end - line)))
        result = CLI_PREFILTER_SOME;
    }
  return result;
}

int
cli_prefilter_text (const char *line, size_t len)
{
  struct cli_prefilter pf;
  cli_prefilter_start (&pf, line, line + len);
  return cli_prefilter_line (&pf, line, line + len);
}
