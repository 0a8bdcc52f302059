/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The needles of the log scanner, searched for in whole buffers: see
   prefilter.h.

   The needles are the scanner's own tables': each format's of
   log-formats.def, and the others the scanner lists
   (CLI_LOG_SCAN_NEEDLES), read here at compile time.  Each is found by
   three of its bytes: its first, its second, and the one REACH bytes
   after its first (or its last when it is shorter), compared 16 bytes at
   a time (GCC's vector extensions: SSE2 on x86-64, NEON on ARM, plain
   code elsewhere), constants all, so that the compiler shares the
   comparisons that needles have in common; where a needle's three bytes
   are, the whole needle is compared.  ESC always counts: the scanner
   reads lines without their ANSI escape sequences, which may stand inside
   a needle.  */
#include <config.h>

#include "log-scan.h"
#include "prefilter.h"
#include "product-hints.h"

#include <stdint.h>
#include <string.h>

#define REACH 5 /* the farthest byte compared, after the first */

static const struct cli_needle needles[] = {
#define FORMAT(name, shape, marker, after_code, before_id, needle, example) \
  { needle, false },
#include "log-formats.def"
#undef FORMAT
#define NEEDLE(text, frame_only) { text, frame_only },
  CLI_LOG_SCAN_NEEDLES (NEEDLE)
#undef NEEDLE
};
#define NEEDLES ((int) (sizeof needles / sizeof needles[0]))

/* The needle at Q (before END): its index, -1 for ESC, -2 for none.  */
static int
needle_at (const char *q, const char *end)
{
  if (*q == '\033')
    return -1;
  for (int i = 0; i < NEEDLES; i++)
    if (*q == needles[i].text[0])
      {
        size_t len = strlen (needles[i].text);
        if ((size_t) (end - q) >= len && memcmp (q, needles[i].text, len) == 0)
          return i;
      }
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

/* The byte of TEXT (a needle, a string literal) compared last: REACH
   after its first, or its last.  */
#define LAST(text) (sizeof (text) - 2 < REACH ? sizeof (text) - 2 : REACH)

/* The lanes of B (the bytes from P on, B[J] from P + J) where a needle
   may start: its three bytes are there, or ESC is.  */
static vmask
candidates (const vec *b)
{
  vmask m = (vmask) (b[0] == '\033');
#define SIGNATURE(text, frame_only) \
  m |= (vmask) ((b[0] == (unsigned char) (text)[0]) \
                & (b[1] == (unsigned char) (text)[1]) \
                & (b[LAST (text)] == (unsigned char) (text)[LAST (text)]));
#define FORMAT(name, shape, marker, after_code, before_id, needle, example) \
  SIGNATURE (needle, false)
#include "log-formats.def"
#undef FORMAT
  CLI_LOG_SCAN_NEEDLES (SIGNATURE)
#undef SIGNATURE
  return m;
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
      vmask m = candidates (b);
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
