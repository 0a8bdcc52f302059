/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Reading a whole file into memory: see read-file.h.  */
#include <config.h>

#include "read-file.h"
#include "xalloc.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* read_file's work on the open stream F.  */
static char *
fread_file (FILE *f, size_t max, size_t *len)
{
  size_t n = 0, capacity = 64 * 1024;
  char *data = xmalloc (capacity);
  for (;;)
    {
      if (capacity - n < 2)
        {
          if (capacity > SIZE_MAX / 2)
            xalloc_die ();
          capacity *= 2;
          data = xrealloc (data, capacity);
        }
      /* One byte kept for the NUL.  */
      n += fread (data + n, 1, capacity - n - 1, f);
      if (n > max)
        {
          free (data);
          errno = EFBIG;
          return NULL;
        }
      if (ferror (f))
        {
          int error = errno != 0 ? errno : EIO;
          free (data);
          errno = error;
          return NULL;
        }
      if (feof (f))
        break;
    }
  data[n] = '\0';
  *len = n;
  return data;
}

char *
read_file (const char *path, size_t max, size_t *len)
{
  FILE *f = fopen (path, "rb");
  if (f == NULL)
    return NULL;
  errno = 0;
  char *data = fread_file (f, max, len);
  int error = errno;
  fclose (f);
  errno = error;
  return data;
}
