/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Memory for the programs: see xalloc.h.  */
#include <config.h>

#include "xalloc.h"
#include "gettext.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *program_name = PACKAGE;
int exit_failure = EXIT_FAILURE;

_Noreturn void
xalloc_die (void)
{
  fprintf (stderr, "%s: %s\n", program_name, _("memory exhausted"));
  exit (exit_failure);
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
xcalloc (size_t n, size_t size)
{
  void *p = calloc (n != 0 ? n : 1, size != 0 ? size : 1);
  if (p == NULL)
    xalloc_die ();
  return p;
}

void *
xrealloc (void *p, size_t size)
{
  p = realloc (p, size != 0 ? size : 1);
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
  return xmemdup0 (s, strlen (s));
}

char *
xmemdup0 (const void *s, size_t len)
{
  if (len == (size_t) -1)
    xalloc_die ();
  char *copy = xmalloc (len + 1);
  memcpy (copy, s, len);
  copy[len] = '\0';
  return copy;
}
