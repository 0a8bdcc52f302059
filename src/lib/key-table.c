/* The registry of keys, compiled from registry.def, with the English text
   generated from po/en.po (en-table.inc).  */
#include <config.h>

#include "internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

const struct tcerr_key tcerr_registry[] = {
#define TCERR_KEY(product, code) { product, code },
#include "../registry.def"
#undef TCERR_KEY
};

const size_t tcerr_registry_size
  = sizeof tcerr_registry / sizeof tcerr_registry[0];

/* gettext's key for a context is "msgctxt\004msgid".  */
static const char *const msgkeys[] = {
#define TCERR_KEY(product, code) product "\004" code,
#include "../registry.def"
#undef TCERR_KEY
};

static const char *const english[] = {
#include "en-table.inc"
};

_Static_assert (sizeof english / sizeof english[0]
                == sizeof tcerr_registry / sizeof tcerr_registry[0],
                "en-table.inc does not match registry.def");

/* What tcerr_registry_find looks for: the code need not be terminated.  */
struct probe
{
  const char *product;
  const char *code;
  size_t code_len;
};

static int
compare_probe (const void *probe_, const void *key_)
{
  const struct probe *probe = probe_;
  const struct tcerr_key *key = key_;
  int c = strcmp (probe->product, key->product);
  if (c == 0)
    c = strncmp (probe->code, key->code, probe->code_len);
  if (c == 0 && key->code[probe->code_len] != '\0')
    c = -1; /* the probe is a prefix of the key */
  return c;
}

ptrdiff_t
tcerr_registry_find (const char *product, const char *code, size_t code_len)
{
  struct probe probe = { product, code, code_len };
  const struct tcerr_key *found
    = bsearch (&probe, tcerr_registry, tcerr_registry_size,
               sizeof tcerr_registry[0], compare_probe);
  return found != NULL ? found - tcerr_registry : -1;
}

const char *
tcerr_registry_msgkey (size_t i)
{
  return msgkeys[i];
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
