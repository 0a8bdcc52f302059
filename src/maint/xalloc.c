#include <config.h>

#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *program_name = PACKAGE;

_Noreturn void
xalloc_die (void)
{
  fprintf (stderr, "%s: memory exhausted\n", program_name);
  exit (EXIT_FAILURE);
}

void *
xmalloc (size_t size)
{
  void *p = malloc (size != 0 ? size : 1);
  if (p == NULL)
    xalloc_die ();
  return p;
}

void *
xreallocarray (void *p, size_t n, size_t size)
{
  p = reallocarray (p, n != 0 ? n : 1, size != 0 ? size : 1);
  if (p == NULL)
    xalloc_die ();
  return p;
}

char *
xstrdup (const char *s)
{
  char *copy = strdup (s);
  if (copy == NULL)
    xalloc_die ();
  return copy;
}
