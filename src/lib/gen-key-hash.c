/* gen-key-hash: the registry's hash table, generated at build time.

   Usage: gen-key-hash OUTPUT

   Writes the initializer of key-table.c's open-addressing table over
   src/registry.def (compiled in): a power of two of slots, each the
   registry index of a key plus one, or 0 for an empty slot.  The table has at least twice as many slots as keys, and a key
   sits at the first free slot from its hash on (linear probing), so a
   lookup compares about one key instead of a binary search's fourteen.
   The output is distributed, like en-table.inc.  */
#include <config.h>

#include "key-hash.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct
{
  const char *product, *code;
} registry[] = {
#define TCERR_KEY(product, code) { product, code },
#include "../registry.def"
#undef TCERR_KEY
};

#define REGISTRY_SIZE (sizeof registry / sizeof registry[0])

int
main (int argc, char **argv)
{
  if (argc != 2)
    {
      fputs ("usage: gen-key-hash OUTPUT\n", stderr);
      return 2;
    }
  unsigned bits = 4;
  while ((1ul << bits) < 2 * REGISTRY_SIZE)
    bits++;
  size_t size = (size_t) 1 << bits;
  unsigned long *slots = calloc (size, sizeof *slots);
  if (slots == NULL)
    {
      fputs ("gen-key-hash: out of memory\n", stderr);
      return 1;
    }
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
      fprintf (stderr, "gen-key-hash: %s: %s\n", tmp, strerror (errno));
      return 1;
    }
  fputs ("/* Generated from src/registry.def by gen-key-hash: do not"
         " edit.  */\n", out);
  for (size_t s = 0; s < size; s++)
    fprintf (out, "%lu,%s", slots[s], s % 16 == 15 ? "\n" : "");
  if (fclose (out) != 0 || rename (tmp, argv[1]) != 0)
    {
      fprintf (stderr, "gen-key-hash: %s: %s\n", argv[1], strerror (errno));
      remove (tmp);
      return 1;
    }
  free (tmp);
  free (slots);
  return 0;
}
