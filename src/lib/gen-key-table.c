/* gen-key-table: the registry as the library reads it, generated at build
   time from src/registry.def (compiled in).

   Usage: gen-key-table OUTPUT

   OUTPUT holds four tables, each selected by a macro when key-table.c
   includes it:
   - TCERR_KEY_STRINGS: one string of the products, then each key's gettext
     key "product\004code", all NUL-terminated;
   - TCERR_KEY_PRODUCTS: where each product starts in it (every product
     of a TCERR_PRODUCT line, those without keys too);
   - TCERR_KEY_ENTRIES: for each key in registry order, where its gettext
     key starts, its product's number and the product's length;
   - TCERR_KEY_SLOTS: an open-addressing hash table (key-hash.h), at most
     half full, each slot the registry index of a key plus one, or 0.
   Offsets rather than pointers: the library then needs no relocation for
   its 13,000 keys when a program starts, and a lookup compares about one
   key instead of a binary search's fourteen.  The output is distributed,
   like en-table.inc.  */
#include <config.h>

#include "key-hash.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct
{
  const char *product, *code;
} registry[] = {
#define TCERR_PRODUCT(product)
#define TCERR_KEY(product, code) { product, code },
#include "../registry.def"
#undef TCERR_KEY
#undef TCERR_PRODUCT
};

#define REGISTRY_SIZE (sizeof registry / sizeof registry[0])

/* The products, in registry (sorted) order: the TCERR_PRODUCT lines.  */
static const char *const products[] = {
#define TCERR_PRODUCT(product) product,
#define TCERR_KEY(product, code)
#include "../registry.def"
#undef TCERR_KEY
#undef TCERR_PRODUCT
};

#define PRODUCT_COUNT (sizeof products / sizeof products[0])
static const size_t product_count = PRODUCT_COUNT;

/* Each key's product number, into PRODUCT_OF; false after saying what is
   wrong when the products are not sorted and unique, or a key's product
   has no TCERR_PRODUCT line.  */
static bool
collect_products (size_t *product_of)
{
  bool ok = true;
  for (size_t p = 1; p < PRODUCT_COUNT; p++)
    if (strcmp (products[p - 1], products[p]) >= 0)
      {
        fprintf (stderr, "gen-key-table: registry.def: product %s is out "
                 "of order or repeated\n", products[p]);
        ok = false;
      }
  size_t p = 0;
  for (size_t i = 0; ok && i < REGISTRY_SIZE; i++)
    {
      while (p < PRODUCT_COUNT && strcmp (products[p], registry[i].product) < 0)
        p++;
      if (p == PRODUCT_COUNT || strcmp (products[p], registry[i].product) != 0)
        {
          fprintf (stderr, "gen-key-table: registry.def: %s %s: no "
                   "TCERR_PRODUCT line for %s (or the keys are not "
                   "sorted)\n", registry[i].product, registry[i].code,
                   registry[i].product);
          ok = false;
        }
      product_of[i] = p;
    }
  return ok;
}

static unsigned long *
hash_table (size_t size)
{
  unsigned long *slots = calloc (size, sizeof *slots);
  if (slots == NULL)
    return NULL;
  for (size_t i = 0; i < REGISTRY_SIZE; i++)
    {
      size_t s = tcerr_key_hash (registry[i].product,
                                 strlen (registry[i].product),
                                 registry[i].code, strlen (registry[i].code))
                 & (size - 1);
      while (slots[s] != 0)
        s = (s + 1) & (size - 1);
      slots[s] = i + 1;
    }
  return slots;
}

static void
write_tables (FILE *out, const size_t *product_of, const unsigned long *slots,
              size_t size)
{
  fputs ("/* Generated from src/registry.def by gen-key-table: do not"
         " edit.  */\n#if defined TCERR_KEY_STRINGS\n", out);
  /* Products and codes are ASCII letters, digits and "._-" (the
     registry's rule): no character needs escaping.  */
  unsigned long at = 0;
  unsigned long *product_at = calloc (product_count, sizeof *product_at);
  unsigned long *key_at = calloc (REGISTRY_SIZE, sizeof *key_at);
  if (product_at == NULL || key_at == NULL)
    {
      fputs ("gen-key-table: out of memory\n", stderr);
      exit (1);
    }
  for (size_t p = 0; p < product_count; p++)
    {
      fprintf (out, "\"%s\\0\"\n", products[p]);
      product_at[p] = at;
      at += strlen (products[p]) + 1;
    }
  for (size_t i = 0; i < REGISTRY_SIZE; i++)
    {
      fprintf (out, "\"%s\\004%s\\0\"\n", registry[i].product,
               registry[i].code);
      key_at[i] = at;
      at += strlen (registry[i].product) + 1 + strlen (registry[i].code) + 1;
    }
  fputs ("#elif defined TCERR_KEY_PRODUCTS\n", out);
  for (size_t p = 0; p < product_count; p++)
    fprintf (out, "/* %s */ %lu,\n", products[p], product_at[p]);
  fputs ("#elif defined TCERR_KEY_ENTRIES\n", out);
  for (size_t i = 0; i < REGISTRY_SIZE; i++)
    fprintf (out, "/* %s %s */ { %lu, %zu, %zu },\n", registry[i].product,
             registry[i].code, key_at[i], product_of[i],
             strlen (registry[i].product));
  fputs ("#elif defined TCERR_KEY_SLOTS\n", out);
  for (size_t s = 0; s < size; s++)
    fprintf (out, "%lu,%s", slots[s], s % 16 == 15 ? "\n" : "");
  fputs ("#else\n# error \"define the table to include\"\n#endif\n", out);
  free (product_at);
  free (key_at);
}

int
main (int argc, char **argv)
{
  if (argc != 2)
    {
      fputs ("usage: gen-key-table OUTPUT\n", stderr);
      return 2;
    }
  size_t size = 16;
  while (size < 2 * REGISTRY_SIZE)
    size *= 2;
  size_t *product_of = calloc (REGISTRY_SIZE + 1, sizeof *product_of);
  unsigned long *slots = hash_table (size);
  if (product_of == NULL || slots == NULL)
    {
      fputs ("gen-key-table: out of memory\n", stderr);
      return 1;
    }
  if (!collect_products (product_of))
    return 1;

  /* Written whole to a temporary file, then renamed: never half a table.  */
  size_t len = strlen (argv[1]);
  char *tmp = malloc (len + sizeof ".tmp");
  if (tmp == NULL)
    return 1;
  memcpy (tmp, argv[1], len);
  memcpy (tmp + len, ".tmp", sizeof ".tmp");
  FILE *out = fopen (tmp, "w");
  if (out == NULL)
    {
      fprintf (stderr, "gen-key-table: %s: %s\n", tmp, strerror (errno));
      return 1;
    }
  write_tables (out, product_of, slots, size);
  if (ferror (out) | fclose (out) || rename (tmp, argv[1]) != 0)
    {
      fprintf (stderr, "gen-key-table: %s: %s\n", argv[1], strerror (errno));
      remove (tmp);
      return 1;
    }
  free (tmp);
  free (slots);
  free (product_of);
  return 0;
}
