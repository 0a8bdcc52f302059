/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The needles of the log scanner, searched for in whole buffers: see
   prefilter.h.

   The needles are the scanner's own tables': each format's of
   log-formats.def, and the others the scanner lists
   (CLI_LOG_SCAN_NEEDLES), read here at compile time.  Each is found by
   three of its bytes: its first, its second, and the one REACH bytes
   after its first (or its last when it is shorter), compared 32 bytes at
   a time (GCC's vector extensions: SSE2 or AVX2 on x86-64, NEON on ARM,
   plain code elsewhere), constants all, so that the compiler shares the
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

#define REACH 5 /* the farthest byte compared, after the first (next_needle
                   loads each of the REACH + 1) */

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

/* The byte of TEXT (a needle, a string literal) compared last: REACH
   after its first, or its last.  */
#define LAST(text) (sizeof (text) - 2 < REACH ? sizeof (text) - 2 : REACH)

/* The search, 16 bytes at a time (SSE2 on x86-64, NEON on ARM), and on
   x86-64 also 32 bytes at a time for processors with AVX2, which the
   first search picks (prefilter-loop.h is the loop, written once).  */
#define NEXT_NEEDLE next_needle_16
#define VECTOR_BYTES 16
#define VECTOR_TARGET
#include "prefilter-loop.h"
#undef NEXT_NEEDLE
#undef VECTOR_BYTES
#undef VECTOR_TARGET

#if defined __x86_64__ && defined __GNUC__
# define NEXT_NEEDLE next_needle_32
# define VECTOR_BYTES 32
# define VECTOR_TARGET __attribute__ ((target ("avx2")))
# include "prefilter-loop.h"
# undef NEXT_NEEDLE
# undef VECTOR_BYTES
# undef VECTOR_TARGET
#endif

/* The first needle from P on (before END), its index into *WHICH; END
   when none.  */
static const char *
next_needle (const char *p, const char *end, int *which)
{
#if defined __x86_64__ && defined __GNUC__
  static int avx2 = -1;
  if (avx2 < 0)
    {
      __builtin_cpu_init ();
      avx2 = __builtin_cpu_supports ("avx2") != 0;
    }
  if (avx2)
    return next_needle_32 (p, end, which);
#endif
  return next_needle_16 (p, end, which);
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
