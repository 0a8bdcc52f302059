/* json-c and cmark-gfm, loaded when first called: see lazy-libs.h.  */
#include <config.h>

#define CLI_LAZY_LIBS_DEFINING 1
#include "lazy-libs.h"

#include "gettext.h"
#include "xalloc.h"

#include <dlfcn.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct symbol
{
  const char *name;
  size_t offset; /* of its pointer in the library's table */
};

/* Ends the command: LIBRARY could not be loaded, for WHY (dlerror's
   words, which name the file).  */
_Noreturn static void
cannot_load (const char *library, const char *why)
{
  fprintf (stderr, "%s: ", program_name);
  /* TRANSLATORS: the first %s is a library's name (json-c, cmark-gfm),
     the second what the system said, which names its file.  */
  fprintf (stderr, _("cannot load %s: %s"), library, why != NULL ? why : "?");
  fputc ('\n', stderr);
  exit (exit_failure);
}

/* Fills TABLE from the shared library SONAME, LIBRARY by name, with the
   N SYMBOLS; true.  The library stays loaded until the command ends.  */
static bool
load (const char *library, const char *soname, const struct symbol *symbols,
      size_t n, void *table)
{
  void *handle = dlopen (soname, RTLD_NOW | RTLD_LOCAL);
  if (handle == NULL)
    cannot_load (library, dlerror ());
  for (size_t i = 0; i < n; i++)
    {
      dlerror ();
      void *p = dlsym (handle, symbols[i].name);
      if (p == NULL)
        cannot_load (library, dlerror ());
      /* POSIX lets dlsym's answer be a function's address.  */
      memcpy ((char *) table + symbols[i].offset, &p, sizeof p);
    }
  return true;
}

#define SYMBOL(table, name) { #name, offsetof (struct table, name) },
#define JSON_C_SYMBOL(name) SYMBOL (cli_json_c, name)
#define CMARK_GFM_SYMBOL(name) SYMBOL (cli_cmark_gfm, name)
#define COUNT(array) (sizeof (array) / sizeof (array)[0])

const struct cli_json_c *
cli_json_c (void)
{
  static struct cli_json_c json_c;
  static bool loaded;
  static const struct symbol symbols[]
    = { CLI_JSON_C_FUNCTIONS (JSON_C_SYMBOL) };
  if (!loaded)
    loaded = load ("json-c", JSON_C_SONAME, symbols, COUNT (symbols), &json_c);
  return &json_c;
}

const struct cli_cmark_gfm *
cli_cmark_gfm (void)
{
  static struct cli_cmark_gfm cmark_gfm;
  static bool loaded;
  static const struct symbol symbols[]
    = { CLI_CMARK_GFM_FUNCTIONS (CMARK_GFM_SYMBOL) };
  if (!loaded)
    loaded = load ("cmark-gfm", CMARK_GFM_SONAME, symbols, COUNT (symbols),
                   &cmark_gfm);
  return &cmark_gfm;
}
