/* The registry of keys, compiled from registry.def, with the English text
   generated from po/en.po (en-table.inc).  */
#include <config.h>

#include "internal.h"
#include "key-hash.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

const struct tcerr_key tcerr_registry[] = {
#define TCERR_KEY(product, code) { product, code },
#include "../registry.def"
#undef TCERR_KEY
};

const size_t tcerr_registry_size
  = sizeof tcerr_registry / sizeof tcerr_registry[0];

/* What a lookup touches, together: gettext's key for a context,
   "msgctxt\004msgid", which the hash table's probes compare too, and the
   product and code handed back (the same literals as tcerr_registry's).  */
const struct tcerr_entry tcerr_entries[] = {
#define TCERR_KEY(product, code) { product "\004" code, product, code },
#include "../registry.def"
#undef TCERR_KEY
};

static const char *const english[] = {
#include "en-table.inc"
};

_Static_assert (sizeof english / sizeof english[0]
                == sizeof tcerr_registry / sizeof tcerr_registry[0],
                "en-table.inc does not match registry.def");

/* The registry's hash table (see gen-key-hash.c): slot -> index + 1.  */
static const uint32_t key_slots[] = {
#include "key-hash.inc"
};

#define KEY_SLOTS (sizeof key_slots / sizeof key_slots[0])
_Static_assert ((KEY_SLOTS & (KEY_SLOTS - 1)) == 0
                && KEY_SLOTS >= 2 * (sizeof tcerr_registry
                                     / sizeof tcerr_registry[0]),
                "key-hash.inc does not match registry.def");

ptrdiff_t
tcerr_registry_find (const char *product, const char *code, size_t code_len)
{
  size_t product_len = strlen (product);
  size_t s = tcerr_key_hash (product, product_len, code, code_len)
             & (KEY_SLOTS - 1);
  /* Linear probing: the table is at most half full, so an empty slot ends
     the search soon.  */
  for (; key_slots[s] != 0; s = (s + 1) & (KEY_SLOTS - 1))
    {
      size_t i = key_slots[s] - 1;
      const char *k = tcerr_entries[i].msgkey; /* "product\004code" */
      if (strncmp (k, product, product_len) == 0
          && k[product_len] == '\004'
          && strncmp (k + product_len + 1, code, code_len) == 0
          && k[product_len + 1 + code_len] == '\0')
        return (ptrdiff_t) i;
    }
  return -1;
}

const char *
tcerr_registry_english (size_t i)
{
  return english[i];
}

/* The distinct products of the sorted registry, NULL-terminated.  */
static const char *products[sizeof tcerr_registry / sizeof tcerr_registry[0]
                            + 1];
static size_t product_count;
static pthread_once_t products_once = PTHREAD_ONCE_INIT;

static void
collect_products (void)
{
  for (size_t i = 0; i < tcerr_registry_size; i++)
    if (product_count == 0
        || strcmp (products[product_count - 1],
                   tcerr_registry[i].product) != 0)
      products[product_count++] = tcerr_registry[i].product;
  products[product_count] = NULL;
}

static int
compare_names (const void *a, const void *b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

bool
tcerr_registry_has_product (const char *product)
{
  pthread_once (&products_once, collect_products);
  return bsearch (&product, products, product_count, sizeof products[0],
                  compare_names) != NULL;
}

const struct tcerr_key *
tcerr_keys (size_t *count)
{
  if (count != NULL)
    *count = tcerr_registry_size;
  return tcerr_registry;
}

const char *const *
tcerr_products (void)
{
  pthread_once (&products_once, collect_products);
  return products;
}
