/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The hash of a registry key, shared by the table's generator
   (src/maint/gen-tables.c, at build time) and the lookup (key-table.c),
   which must agree on it byte for byte.  PRODUCT, then CODE, eight bytes at a time,
   each word read little-endian whatever the machine (the table may be made
   on another one) and mixed by a multiply: a byte at a time, a lookup spent
   more time hashing than anything else.  */
#ifndef TCERR_KEY_HASH_H
#define TCERR_KEY_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define TCERR_KEY_HASH_MULTIPLIER UINT64_C (0x9e3779b97f4a7c15)

/* N bytes of S, N at most 8, as a number, read little-endian: eight in
   one load.  Shorter words need not be the bytes in order, only the same
   number for the same bytes (the length is mixed in apart).  */
static inline uint64_t
tcerr_key_hash_word (const char *s, size_t n)
{
  uint64_t w = 0;
  if (n == 8)
    {
      memcpy (&w, s, 8);
#if defined __BYTE_ORDER__ && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
      w = __builtin_bswap64 (w);
#endif
      return w;
    }
  /* Fewer: no load past S + N, and no byte loop for the usual short
     product name.  Four to seven bytes are two four-byte loads that
     overlap; one to three are the first, middle and last bytes.  */
  if (n >= 4)
    {
      uint32_t lo, hi;
      memcpy (&lo, s, 4);
      memcpy (&hi, s + n - 4, 4);
#if defined __BYTE_ORDER__ && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
      lo = __builtin_bswap32 (lo);
      hi = __builtin_bswap32 (hi);
#endif
      return (uint64_t) lo | (uint64_t) hi << (8 * (n - 4));
    }
  if (n > 0)
    w = (uint64_t) (unsigned char) s[0]
        | (uint64_t) (unsigned char) s[n / 2] << 8
        | (uint64_t) (unsigned char) s[n - 1] << 16;
  return w;
}

static inline uint64_t
tcerr_key_hash_mix (uint64_t h, uint64_t w)
{
  h = (h ^ w) * TCERR_KEY_HASH_MULTIPLIER;
  return h ^ (h >> 32);
}

static inline uint64_t
tcerr_key_hash_bytes (uint64_t h, const char *s, size_t len)
{
  size_t rest = len % 8;
  const char *end = s + len - rest;
  for (; s < end; s += 8)
    h = tcerr_key_hash_mix (h, tcerr_key_hash_word (s, 8));
  /* The last bytes: read as the end of the last whole word when there is
     one (a single load, not a byte at a time), shifted down.  */
  uint64_t last = rest == 0 ? 0
                  : len >= 8 ? tcerr_key_hash_word (s + rest - 8, 8)
                                 >> (8 * (8 - rest))
                             : tcerr_key_hash_word (s, rest);
  /* With the length: "ab" and "ab\0" differ.  */
  return tcerr_key_hash_mix (h, last ^ (uint64_t) rest << 56);
}

static inline uint32_t
tcerr_key_hash (const char *product, size_t product_len, const char *code,
                size_t code_len)
{
  uint64_t h = tcerr_key_hash_bytes (0, product, product_len);
  h = tcerr_key_hash_bytes (h, code, code_len);
  /* The top bits of a product are its best mixed.  */
  return (uint32_t) ((h * TCERR_KEY_HASH_MULTIPLIER) >> 32);
}

#endif
