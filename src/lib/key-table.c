/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The registry of keys and their English, as src/maint/gen-tables.c
   generates them from src/registry.def and po/en.po (key-table.inc).  The
   tables hold offsets into one string each, not pointers: loading the
   library relocates nothing of them.  */
#include <config.h>

#include "internal.h"
#include "key-hash.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The products, then each key's gettext key "product\004code".  */
static const char key_strings[] =
#define TCERR_KEY_STRINGS
#include "key-table.inc"
#undef TCERR_KEY_STRINGS
  ;

/* Where each product's name starts in key_strings, in sorted order.  */
static const uint32_t product_at[] = {
#define TCERR_KEY_PRODUCTS
#include "key-table.inc"
#undef TCERR_KEY_PRODUCTS
};

#define PRODUCT_COUNT (sizeof product_at / sizeof product_at[0])

/* Each key, in registry order: what a lookup touches, together.  */
static const struct entry
{
  uint32_t msgkey;      /* where its gettext key starts in key_strings */
  uint16_t product;     /* its product's number */
  uint16_t product_len; /* its product's length: the code follows it */
} entries[] = {
#define TCERR_KEY_ENTRIES
#include "key-table.inc"
#undef TCERR_KEY_ENTRIES
};

#define KEY_COUNT (sizeof entries / sizeof entries[0])

/* The hash table: slot -> registry index + 1, or 0 when empty.  */
static const uint32_t key_slots[] = {
#define TCERR_KEY_SLOTS
#include "key-table.inc"
#undef TCERR_KEY_SLOTS
};

#define KEY_SLOTS (sizeof key_slots / sizeof key_slots[0])
_Static_assert ((KEY_SLOTS & (KEY_SLOTS - 1)) == 0
                && KEY_SLOTS >= 2 * KEY_COUNT,
                "key-table.inc: a hash table at most half full");

/* Each key's English, NUL-terminated, one after the other...  */
static const char english_texts[] =
#define TCERR_ENGLISH_TEXTS
#include "key-table.inc"
#undef TCERR_ENGLISH_TEXTS
  ;

/* ... and where each key's starts, plus one; 0 for a key without.  */
static const uint32_t english_at[] = {
#define TCERR_ENGLISH_OFFSETS
#include "key-table.inc"
#undef TCERR_ENGLISH_OFFSETS
};

_Static_assert (sizeof english_at / sizeof english_at[0] == KEY_COUNT,
                "key-table.inc: an English offset per key");

/* Where each product's English name starts in english_texts, plus one; 0
   for a product without one.  */
static const uint32_t english_product_at[] = {
#define TCERR_ENGLISH_PRODUCTS
#include "key-table.inc"
#undef TCERR_ENGLISH_PRODUCTS
};

_Static_assert (sizeof english_product_at / sizeof english_product_at[0]
                == PRODUCT_COUNT,
                "key-table.inc: an English offset per product");

const size_t tcerr_registry_size = KEY_COUNT;

ptrdiff_t
tcerr_registry_find (const char *product, size_t product_len,
                     const char *code, size_t code_len)
{
  size_t s = tcerr_key_hash (product, product_len, code, code_len)
             & (KEY_SLOTS - 1);
  /* Linear probing: the table is at most half full, so an empty slot ends
     the search soon.  */
  for (; key_slots[s] != 0; s = (s + 1) & (KEY_SLOTS - 1))
    {
      const struct entry *e = &entries[key_slots[s] - 1];
      const char *k = key_strings + e->msgkey;
      if (e->product_len == product_len
          && memcmp (k, product, product_len) == 0
          && strncmp (k + product_len + 1, code, code_len) == 0
          && k[product_len + 1 + code_len] == '\0')
        return e - entries;
    }
  return -1;
}

const char *
tcerr_registry_msgkey (size_t i)
{
  return key_strings + entries[i].msgkey;
}

const char *
tcerr_registry_product (size_t i)
{
  return key_strings + product_at[entries[i].product];
}

const char *
tcerr_registry_code (size_t i)
{
  return key_strings + entries[i].msgkey + entries[i].product_len + 1;
}

const char *
tcerr_registry_english (size_t i)
{
  return english_at[i] != 0 ? english_texts + english_at[i] - 1 : NULL;
}

/* What tcerr_keys and tcerr_products hand out: pointers, made on the
   first call of each (static storage, so nothing can fail; the keys'
   13,000 only for a program that lists them).  */
static struct tcerr_key keys[KEY_COUNT];
static pthread_once_t keys_once = PTHREAD_ONCE_INIT;
static const char *products[PRODUCT_COUNT + 1];
static pthread_once_t products_once = PTHREAD_ONCE_INIT;

static void
make_keys (void)
{
  for (size_t i = 0; i < KEY_COUNT; i++)
    keys[i] = (struct tcerr_key) { tcerr_registry_product (i),
                                   tcerr_registry_code (i) };
}

static void
make_products (void)
{
  for (size_t p = 0; p < PRODUCT_COUNT; p++)
    products[p] = key_strings + product_at[p];
  products[PRODUCT_COUNT] = NULL;
}

ptrdiff_t
tcerr_registry_product_index (const char *product)
{
  /* The products are sorted: a binary search of the names in place.  */
  size_t lo = 0, hi = PRODUCT_COUNT;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      int c = strcmp (product, key_strings + product_at[mid]);
      if (c == 0)
        return (ptrdiff_t) mid;
      if (c < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return -1;
}

bool
tcerr_registry_has_table (const char *product)
{
  ptrdiff_t p = tcerr_registry_product_index (product);
  if (p < 0)
    return false;
  /* The keys are in product order: is one of them product P's?  */
  size_t lo = 0, hi = KEY_COUNT;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      if (entries[mid].product < (size_t) p)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < KEY_COUNT && entries[lo].product == (size_t) p;
}

const char *
tcerr_registry_product_english (size_t p)
{
  return english_product_at[p] != 0
         ? english_texts + english_product_at[p] - 1 : NULL;
}

const struct tcerr_key *
tcerr_keys (size_t *count)
{
  pthread_once (&keys_once, make_keys);
  if (count != NULL)
    *count = KEY_COUNT;
  return keys;
}

const char *const *
tcerr_products (void)
{
  pthread_once (&products_once, make_products);
  return products;
}
