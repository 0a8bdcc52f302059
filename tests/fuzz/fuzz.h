/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* What the libFuzzer harnesses of tests/fuzz share: the entry point
   libFuzzer (or replay.c, the replay driver of "make check") calls, and
   the check that ends the run on a broken invariant.  */
#ifndef TCERR_FUZZ_H
#define TCERR_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Not assert(): it must hold whatever NDEBUG says.  */
#define FUZZ_CHECK(cond) \
  do \
    { \
      if (!(cond)) \
        { \
          fprintf (stderr, "%s:%d: invariant broken: %s\n", __FILE__, \
                   __LINE__, #cond); \
          abort (); \
        } \
    } \
  while (0)

#endif
