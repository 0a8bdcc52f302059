/* The hash of a registry key, shared by the table's generator
   (gen-key-hash.c, at build time) and the lookup (key-table.c), which must
   agree on it byte for byte: FNV-1a over PRODUCT, a 0x04 byte (gettext's
   context separator) and CODE.  */
#ifndef TCERR_KEY_HASH_H
#define TCERR_KEY_HASH_H

#include <stddef.h>
#include <stdint.h>

static inline uint32_t
tcerr_key_hash (const char *product, size_t product_len, const char *code,
                size_t code_len)
{
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < product_len; i++)
    h = (h ^ (unsigned char) product[i]) * 16777619u;
  h = (h ^ 0x04u) * 16777619u;
  for (size_t i = 0; i < code_len; i++)
    h = (h ^ (unsigned char) code[i]) * 16777619u;
  return h;
}

#endif
