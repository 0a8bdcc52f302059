/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The loop of prefilter.c's search for needles, included there once for
   each width of vector (no include guard): NEXT_NEEDLE names the
   function, VECTOR_BYTES the width, VECTOR_TARGET its attributes (the
   instruction set it may use).  The bytes each needle is found by are
   constants, so that the compiler shares the comparisons needles have in
   common.  */

/* The first needle from P on (before END), its index into *WHICH; END
   when none.  */
VECTOR_TARGET static const char *
NEXT_NEEDLE (const char *p, const char *end, int *which)
{
  typedef unsigned char vec __attribute__ ((vector_size (VECTOR_BYTES)));
  typedef signed char vmask __attribute__ ((vector_size (VECTOR_BYTES)));
  typedef unsigned long long vwords
    __attribute__ ((vector_size (VECTOR_BYTES)));
  while (end - p >= VECTOR_BYTES + REACH)
    {
      /* REACH + 1 loads, written out: kept in registers.  */
      vec b[REACH + 1];
      memcpy (&b[0], p, sizeof b[0]);
      memcpy (&b[1], p + 1, sizeof b[1]);
      memcpy (&b[2], p + 2, sizeof b[2]);
      memcpy (&b[3], p + 3, sizeof b[3]);
      memcpy (&b[4], p + 4, sizeof b[4]);
      memcpy (&b[5], p + 5, sizeof b[5]);
      /* Where a needle's three bytes are, or ESC.  */
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
      vwords any = (vwords) m;
      unsigned long long bits = 0;
      for (size_t w = 0; w < VECTOR_BYTES / 8; w++)
        bits |= any[w];
      if (bits != 0)
        for (int i = 0; i < VECTOR_BYTES; i++)
          if (m[i] != 0 && (*which = needle_at (p + i, end)) != -2)
            return p + i;
      p += VECTOR_BYTES;
    }
  for (; p < end; p++)
    if ((*which = needle_at (p, end)) != -2)
      return p;
  return end;
}
