/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Replays inputs through a libFuzzer harness built as an ordinary program
   (no clang, no libFuzzer): each file named on the command line is read
   whole and given to LLVMFuzzerTestOneInput, in a buffer of exactly its
   size (so valgrind or ASan see any read past it).  Prints TAP: the plan
   first, then one line per file; a broken invariant aborts the program,
   which the TAP driver reports with the files not yet replayed.  */
#include <config.h>

#include "fuzz.h"

#include <errno.h>
#include <string.h>

/* The contents of PATH in a buffer of exactly their size (NULL when
   empty) and their length in *LEN; exits on errors.  */
static uint8_t *
slurp (const char *path, size_t *len)
{
  FILE *f = fopen (path, "rb");
  uint8_t *data = NULL;
  size_t n = 0, alloc = 0;
  if (f == NULL)
    {
      fprintf (stderr, "%s: %s\n", path, strerror (errno));
      exit (99);
    }
  for (;;)
    {
      if (n == alloc)
        {
          alloc = alloc != 0 ? 2 * alloc : 4096;
          data = realloc (data, alloc);
          if (data == NULL)
            {
              fprintf (stderr, "%s: memory exhausted\n", path);
              exit (99);
            }
        }
      size_t got = fread (data + n, 1, alloc - n, f);
      n += got;
      if (got == 0)
        break;
    }
  if (ferror (f))
    {
      fprintf (stderr, "%s: %s\n", path, strerror (errno));
      exit (99);
    }
  fclose (f);
  uint8_t *exact = n != 0 ? malloc (n) : NULL;
  if (n != 0 && exact == NULL)
    {
      fprintf (stderr, "%s: memory exhausted\n", path);
      exit (99);
    }
  if (n != 0)
    memcpy (exact, data, n);
  free (data);
  *len = n;
  return exact;
}

int
main (int argc, char **argv)
{
  static const uint8_t empty[1];
  printf ("1..%d\n", argc - 1);
  fflush (stdout);
  for (int i = 1; i < argc; i++)
    {
      size_t len;
      uint8_t *data = slurp (argv[i], &len);
      LLVMFuzzerTestOneInput (data != NULL ? data : empty, len);
      free (data);
      const char *base = strrchr (argv[i], '/');
      printf ("ok %d - %s (%zu bytes)\n", i,
              base != NULL ? base + 1 : argv[i], len);
      fflush (stdout);
    }
  return 0;
}
