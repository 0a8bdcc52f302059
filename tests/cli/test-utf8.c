/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The command's UTF-8 decoder (src/cli/utf8.c) against GNU libunistring's,
   the reference it replaces: every first and second byte, with third and
   fourth bytes at each boundary of Unicode's table 3-7, each cut short;
   and every code point, encoded by libunistring and read back.  */
#include <config.h>

#include "cases.h"
#include "utf8.h"

#include <stdio.h>
#include <unistr.h>

/* The third and fourth bytes tried: the edges of every range that table
   3-7 gives a byte, and bytes that are never a continuation.  */
static const unsigned char edges[] = { 0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90,
                                       0x9F, 0xA0, 0xBF, 0xC0, 0xF4, 0xFF };
#define EDGES (sizeof edges / sizeof edges[0])

/* The sequence S of LEN bytes: cli_utf8_decode says what u8_mblen and
   u8_mbtouc say, cli_utf8_valid what u8_check says.  */
static void
agrees (const unsigned char *s, size_t len)
{
  uint32_t c;
  int n = cli_utf8_decode ((const char *) s, len, &c);
  int want = u8_mblen (s, len);
  if (want == 0) /* libunistring's length of U+0000 */
    want = 1;
  if (n != want)
    fail_msg ("%02X %02X %02X %02X (%zu bytes): length %d, libunistring %d",
              s[0], s[1], s[2], s[3], len, n, want);
  ucs4_t uc;
  u8_mbtouc (&uc, s, len);
  if (c != uc)
    fail_msg ("%02X %02X %02X %02X (%zu bytes): U+%04X, libunistring U+%04X",
              s[0], s[1], s[2], s[3], len, (unsigned) c, (unsigned) uc);
  bool valid = u8_check (s, len) == NULL;
  if (cli_utf8_valid ((const char *) s, len) != valid)
    fail_msg ("%02X %02X %02X %02X (%zu bytes): %s, libunistring disagrees",
              s[0], s[1], s[2], s[3], len, valid ? "invalid" : "valid");
}

static void
sequences (void **state)
{
  (void) state;
  unsigned char s[4];
  for (unsigned b0 = 0; b0 < 256; b0++)
    for (unsigned b1 = 0; b1 < 256; b1++)
      {
        s[0] = (unsigned char) b0, s[1] = (unsigned char) b1;
        /* Only a first byte of three or four has the later bytes read.  */
        size_t thirds = b0 >= 0xE0 ? EDGES : 1;
        for (size_t i2 = 0; i2 < thirds; i2++)
          for (size_t i3 = 0; i3 < thirds; i3++)
            {
              s[2] = b0 >= 0xE0 ? edges[i2] : 0x80;
              s[3] = b0 >= 0xE0 ? edges[i3] : 0x80;
              for (size_t len = 1; len <= 4; len++)
                agrees (s, len);
            }
      }
}

static void
code_points (void **state)
{
  (void) state;
  for (ucs4_t uc = 0; uc <= 0x10FFFF; uc++)
    {
      if (uc >= 0xD800 && uc <= 0xDFFF)
        continue; /* no UTF-8 form */
      uint8_t s[6];
      int len = u8_uctomb (s, uc, sizeof s);
      assert_true (len >= 1 && len <= 4);
      uint32_t c;
      assert_int_equal (cli_utf8_decode ((const char *) s, (size_t) len, &c),
                        len);
      assert_int_equal (c, uc);
      assert_true (cli_utf8_valid ((const char *) s, (size_t) len));
    }
}

int
main (void)
{
  struct cases cases = { NULL, NULL, 0 };
  cases_add (&cases, "byte sequences: as libunistring reads them", sequences,
             NULL);
  cases_add (&cases, "every code point: read back", code_points, NULL);
  return cases_run ("UTF-8", &cases);
}
