/* gen-en-table: compile the English catalog into C.

   Usage: gen-en-table po/en.po OUTPUT

   Writes, for each key of src/registry.def in registry order, its English
   text from po/en.po, and for each product (TCERR_PRODUCT) its English
   name (the entry whose msgid is the product, without a msgctxt), as
   tables the library includes (see write_table).

   Fails (and writes nothing) when the registry is not sorted or when en.po
   has an entry that is not in the registry.  A fuzzy English text (its
   Chinese changed, see tcerr-import) is still compiled in, so no key loses
   its English while it waits for review; a key with no English yet (a
   Chinese-only key of the SDKs, a page imported before its English twin)
   compiles to NULL, and the library goes on along its fallback chain.  A
   fuzzy entry is warned about by name, the keys without English by their
   number (thousands until they are translated).  */

#include <config.h>

#include "diag.h"
#include "files.h"
#include "pofile.h"
#include "tcerr.h"
#include "xalloc.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct key
{
  const char *product;
  const char *code;
  const char *english; /* filled from en.po */
};

static struct key registry[] = {
#define TCERR_PRODUCT(product)
#define TCERR_KEY(product, code) { product, code, NULL },
#include "../registry.def"
#undef TCERR_KEY
#undef TCERR_PRODUCT
};

enum { REGISTRY_SIZE = sizeof registry / sizeof registry[0] };

/* The products and their English names, in registry (sorted) order.  */
static struct product
{
  const char *product;
  const char *english; /* filled from en.po */
} products[] = {
#define TCERR_PRODUCT(product) { product, NULL },
#define TCERR_KEY(product, code)
#include "../registry.def"
#undef TCERR_KEY
#undef TCERR_PRODUCT
};

enum { PRODUCT_COUNT = sizeof products / sizeof products[0] };

static int
compare_products (const void *product, const void *p)
{
  return strcmp (product, ((const struct product *) p)->product);
}

static int
compare_keys (const void *a_, const void *b_)
{
  const struct key *a = a_, *b = b_;
  int c = strcmp (a->product, b->product);
  return c != 0 ? c : strcmp (a->code, b->code);
}

static int
find_key (const char *product, const char *code)
{
  struct key probe = { product, code, NULL };
  const struct key *found = bsearch (&probe, registry, REGISTRY_SIZE,
                                     sizeof registry[0], compare_keys);
  return found != NULL ? (int) (found - registry) : -1;
}

static unsigned int
check_registry (void)
{
  unsigned int errors = 0;
  for (size_t i = 0; i < REGISTRY_SIZE; i++)
    {
      const struct key *k = &registry[i];
      if (!tcerr_is_product_name (k->product) || !tcerr_is_code (k->code))
        {
          diag_at ("registry.def", 0, "invalid key \"%s\", \"%s\"",
                   k->product, k->code);
          errors++;
        }
      if (i > 0 && compare_keys (&registry[i - 1], k) >= 0)
        {
          diag_at ("registry.def", 0, "%s %s is not after %s %s (keep the "
                   "keys sorted and unique)", k->product, k->code,
                   registry[i - 1].product, registry[i - 1].code);
          errors++;
        }
    }
  return errors;
}

static unsigned int
read_english (const char *path, po_file_t file)
{
  unsigned int errors = 0;
  po_message_iterator_t it = po_message_iterator (file, NULL);
  po_message_t msg;
  while ((msg = pofile_next_entry (it)) != NULL)
    {
      const char *ctx = po_message_msgctxt (msg);
      const char *id = po_message_msgid (msg);
      const char *str = po_message_msgstr (msg);
      if (ctx == NULL)
        {
          /* A product's name.  */
          struct product *p = bsearch (id, products, PRODUCT_COUNT,
                                       sizeof products[0], compare_products);
          if (p == NULL)
            {
              diag_at (path, 0, "\"%s\" (no context) is not a product of "
                       "src/registry.def", id);
              errors++;
            }
          else if (*str != '\0')
            p->english = str;
          continue;
        }
      int i = find_key (ctx, id);
      if (i < 0)
        {
          diag_at (path, 0, "\"%s\" \"%s\" is not in src/registry.def",
                   ctx != NULL ? ctx : "(no context)", id);
          errors++;
        }
      else if (po_message_msgid_plural (msg) != NULL)
        {
          diag_at (path, 0, "%s %s: keys have no plural forms", ctx, id);
          errors++;
        }
      else if (*str != '\0')
        {
          if (po_message_is_fuzzy (msg))
            diag_at (path, 0, "warning: %s %s: English marked fuzzy, "
                     "compiled in until reviewed", ctx, id);
          registry[i].english = str;
        }
    }
  po_message_iterator_free (it);

  size_t without = 0;
  for (size_t i = 0; i < REGISTRY_SIZE; i++)
    without += registry[i].english == NULL;
  if (without > 0)
    diag_at (path, 0, "warning: %zu keys have no English yet (\"make stats\""
             " says more)", without);
  return errors;
}

/* Writes S as a C string literal with its NUL ("text\0"): octal escapes
   for anything that is not printable ASCII, and for '?' so that no
   trigraph can form.  */
static void
write_literal (FILE *out, const char *s)
{
  putc ('"', out);
  for (; *s != '\0'; s++)
    {
      unsigned char ch = (unsigned char) *s;
      if (ch == '"' || ch == '\\')
        fprintf (out, "\\%c", ch);
      else if (ch < 0x20 || ch >= 0x7f || ch == '?')
        fprintf (out, "\\%03o", ch);
      else
        putc (ch, out);
    }
  fputs ("\\0\"", out);
}

/* Writes the tables key-table.c includes, each selected by a macro:
   TCERR_ENGLISH_TEXTS, the texts one after the other, each NUL-terminated,
   then the products' names; TCERR_ENGLISH_OFFSETS, for each key in
   registry order, where its text starts plus one, or 0 for none;
   TCERR_ENGLISH_PRODUCTS, the same for each product's name.  Offsets,
   not pointers: loading the library relocates nothing of them.  */
static int
write_table (const char *path)
{
  FILE *out = fopen (path, "w");
  if (out == NULL)
    {
      diag_file (path, errno);
      return -1;
    }
  fputs ("/* Generated from po/en.po by gen-en-table: do not edit.  */\n"
         "#if defined TCERR_ENGLISH_TEXTS\n\"\"\n", out);
  for (size_t i = 0; i < REGISTRY_SIZE; i++)
    if (registry[i].english != NULL)
      {
        fprintf (out, "/* %s %s */ ", registry[i].product, registry[i].code);
        write_literal (out, registry[i].english);
        fputs ("\n", out);
      }
  for (size_t p = 0; p < PRODUCT_COUNT; p++)
    if (products[p].english != NULL)
      {
        fprintf (out, "/* %s */ ", products[p].product);
        write_literal (out, products[p].english);
        fputs ("\n", out);
      }
  fputs ("#elif defined TCERR_ENGLISH_OFFSETS\n", out);
  unsigned long at = 0;
  for (size_t i = 0; i < REGISTRY_SIZE; i++)
    {
      fprintf (out, "/* %s %s */ ", registry[i].product, registry[i].code);
      if (registry[i].english != NULL)
        {
          fprintf (out, "%lu,\n", at + 1);
          at += strlen (registry[i].english) + 1;
        }
      else
        fputs ("0,\n", out);
    }
  fputs ("#elif defined TCERR_ENGLISH_PRODUCTS\n", out);
  for (size_t p = 0; p < PRODUCT_COUNT; p++)
    {
      fprintf (out, "/* %s */ ", products[p].product);
      if (products[p].english != NULL)
        {
          fprintf (out, "%lu,\n", at + 1);
          at += strlen (products[p].english) + 1;
        }
      else
        fputs ("0,\n", out);
    }
  fputs ("#else\n# error \"define the table to include\"\n#endif\n", out);
  if (ferror (out) | fclose (out))
    {
      diag_file (path, errno);
      remove (path);
      return -1;
    }
  return 0;
}

int
main (int argc, char **argv)
{
  program_name = "gen-en-table";
  if (argc != 3)
    {
      fprintf (stderr, "Usage: %s EN.PO OUTPUT\n", argv[0]);
      return EXIT_FAILURE;
    }
  unsigned int errors = check_registry ();
  po_file_t file = pofile_read (argv[1]);
  if (file == NULL)
    return EXIT_FAILURE;
  errors += read_english (argv[1], file);
  int status = errors == 0 && write_table (argv[2]) == 0
               ? EXIT_SUCCESS : EXIT_FAILURE;
  po_file_free (file);
  return status;
}
