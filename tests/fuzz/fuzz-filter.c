/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer harness of tcerr --filter (src/cli/filter.c) and the line
   scanner under it (src/cli/log-scan.c, src/cli/log-formats.c): any bytes
   as a log.  The input is filtered three times, standard output caught
   in memory:

   - with every line given to the scanner, in one piece: the reference;
   - as --filter runs, its prefilter skipping lines, in one piece;
   - the same, handed over in pieces of 1 to 64 bytes (sizes drawn from
     the input), as a pipe gives it: lines run over pieces.

   Each output must be the reference byte for byte (the lines skipped
   change nothing), and the reference, without its lines that start with
   the mark "[tcerr] ", must be the input without those lines: every
   byte passes through, and what is added are whole marked lines.  */
#include <config.h>

#include "filter.h"
#include "fuzz.h"
#include "output.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdbool.h>
#include <string.h>

static const struct cli_output plain = { .product = "common" };

/* Filters the SIZE bytes of DATA (EVERY_LINE: none skipped) in pieces of
   the sizes drawn from SEED (0: one piece); returns the output, its
   length in *LEN.  */
static char *
filter (const uint8_t *data, size_t size, bool every_line, uint32_t seed,
        size_t *len)
{
  char *buf = NULL;
  FILE *mem = open_memstream (&buf, len);
  FUZZ_CHECK (mem != NULL);
  FILE *saved = stdout;
  stdout = mem;
  struct cli_filter *f = cli_filter_new (NULL, &plain);
  if (every_line)
    cli_filter_every_line (f);
  for (size_t at = 0; at < size;)
    {
      size_t n = size - at;
      if (seed != 0)
        {
          seed = seed * 1103515245u + 12345u;
          size_t piece = 1 + (seed >> 16) % 64;
          n = piece < n ? piece : n;
        }
      cli_filter_bytes (f, (const char *) data + at, n);
      at += n;
    }
  cli_filter_end (f);
  cli_filter_free (f);
  FUZZ_CHECK (fflush (stdout) == 0);
  stdout = saved;
  FUZZ_CHECK (fclose (mem) == 0);
  return buf;
}

/* The LEN bytes of S without their lines that start with the mark, into
   OUT (LEN bytes at least); returns the length, and the number of such
   lines in *MARKED.  */
static size_t
unmarked (const char *s, size_t len, char *out, size_t *marked)
{
  static const char mark[] = CLI_FILTER_MARK;
  size_t o = 0;
  *marked = 0;
  for (const char *p = s, *end = s + len; p < end;)
    {
      const char *nl = memchr (p, '\n', (size_t) (end - p));
      const char *eol = nl != NULL ? nl + 1 : end;
      if ((size_t) (eol - p) >= sizeof mark - 1
          && memcmp (p, mark, sizeof mark - 1) == 0)
        ++*marked;
      else
        {
          memcpy (out + o, p, (size_t) (eol - p));
          o += (size_t) (eol - p);
        }
      p = eol;
    }
  return o;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static bool ready;
  if (!ready)
    {
      if (setlocale (LC_ALL, "C.UTF-8") == NULL)
        setlocale (LC_ALL, "");
      ready = true;
    }
  uint32_t seed = 1;
  for (size_t i = 0; i < size; i++)
    seed = seed * 31 + data[i];
  seed |= 1;

  size_t ref_len, one_len, pieces_len;
  char *ref = filter (data, size, true, 0, &ref_len);
  char *one = filter (data, size, false, 0, &one_len);
  char *pieces = filter (data, size, false, seed, &pieces_len);
  if (getenv ("FUZZ_DUMP") != NULL)
    {
      /* To see a disagreement: FUZZ_DUMP=DIR writes the three outputs.  */
      const char *dir = getenv ("FUZZ_DUMP");
      const char *names[] = { "ref", "one", "pieces" };
      char *outs[] = { ref, one, pieces };
      size_t lens[] = { ref_len, one_len, pieces_len };
      for (int i = 0; i < 3; i++)
        {
          char path[4096];
          snprintf (path, sizeof path, "%s/%s", dir, names[i]);
          FILE *f = fopen (path, "wb");
          FUZZ_CHECK (f != NULL);
          fwrite (outs[i], 1, lens[i], f);
          fclose (f);
        }
    }
  FUZZ_CHECK (one_len == ref_len && memcmp (one, ref, ref_len) == 0);
  FUZZ_CHECK (pieces_len == ref_len && memcmp (pieces, ref, ref_len) == 0);

  /* Every byte through, whole marked lines added after whole lines.  */
  char *a = malloc (size + 1), *b = malloc (ref_len + 1);
  FUZZ_CHECK (a != NULL && b != NULL);
  size_t in_marked, out_marked;
  size_t a_len = unmarked ((const char *) data, size, a, &in_marked);
  size_t b_len = unmarked (ref, ref_len, b, &out_marked);
  FUZZ_CHECK (a_len == b_len && memcmp (a, b, a_len) == 0);
  FUZZ_CHECK (out_marked >= in_marked);
  FUZZ_CHECK (ref_len >= size);
  /* Nothing is added after a last line without its '\n'.  */
  const uint8_t *last = data + size;
  while (last > data && last[-1] != '\n')
    last--;
  size_t tail = (size_t) (data + size - last);
  FUZZ_CHECK (memcmp (ref + ref_len - tail, last, tail) == 0);
  free (a);
  free (b);
  free (ref);
  free (one);
  free (pieces);
  return 0;
}
