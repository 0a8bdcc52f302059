/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* gen-tables: the registry and its English as the library reads them.

   Usage: gen-tables REGISTRY.DEF EN.PO OUTPUT

   Reads src/registry.def (its keys checked once, by registry-def.c: valid
   names, in tcerr_key_compare's order, each once) and po/en.po, and
   writes OUTPUT (src/lib/key-table.inc) whole, through a temporary file
   renamed over it: never half a table.  Seven tables, each selected by a
   macro when key-table.c includes the file:
   - TCERR_KEY_STRINGS: one string of the products, then each key's
     gettext key "product\004code", all NUL-terminated;
   - TCERR_KEY_PRODUCTS: where each product starts in it (every product of
     a TCERR_PRODUCT line, those without keys too);
   - TCERR_KEY_ENTRIES: for each key in registry order, where its gettext
     key starts, its product's number and the product's length;
   - TCERR_KEY_SLOTS: an open-addressing hash table (key-hash.h), at most
     half full, each slot the registry index of a key plus one, or 0;
   - TCERR_ENGLISH_TEXTS: the English texts one after the other, each
     NUL-terminated, then the products' English names;
   - TCERR_ENGLISH_OFFSETS: for each key in registry order, where its
     English starts plus one, or 0 for none;
   - TCERR_ENGLISH_PRODUCTS: the same for each product's name (the en.po
     entry whose msgid is the product, without a msgctxt).
   Offsets rather than pointers: loading the library relocates nothing of
   its 13,000 keys, and a lookup compares about one key instead of a
   binary search's fourteen.  The output is distributed, like a .gmo: a
   tarball builds the library without libgettextpo.

   Fails, writing nothing, when the registry is malformed or unordered, or
   en.po is malformed or has an entry that is not in the registry (a key,
   or the name of a product).  A
   fuzzy English text (its Chinese changed, see tcerr-import) is still
   compiled in, so no key loses its English while it waits for review; a
   key with no English yet (a Chinese-only key of the SDKs, a page
   imported before its English twin) compiles to none, and the library
   goes on along its fallback chain.  A fuzzy entry is warned about by
   name, the keys without English by their number.  */

#include <config.h>

#include "diag.h"
#include "files.h"
#include "key-hash.h"
#include "pofile.h"
#include "registry-def.h"
#include "tcerr.h"
#include "xalloc.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The registry, with what the tables need of each key.  */
struct tables
{
  const struct registry_file *registry;
  const char **english;   /* per key: its English, or NULL */
  size_t *product_of;     /* per key: its product's number */
  const char **products;  /* each product once, in registry order */
  size_t product_count;
  const char **product_english; /* per product: its English name, or NULL */
  unsigned long *slots;   /* the hash table */
  size_t slot_count;
};

/* The registry index of (PRODUCT, CODE), or -1.  */
static ptrdiff_t
find_key (const struct registry_file *r, const char *product,
          const char *code)
{
  const struct tcerr_key probe = { product, code };
  size_t lo = 0, hi = r->count;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      int c = tcerr_key_compare (&(struct tcerr_key) { r->keys[mid].product,
                                                       r->keys[mid].code },
                                 &probe);
      if (c == 0)
        return (ptrdiff_t) mid;
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return -1;
}

/* The number of PRODUCT in the registry's products, or -1.  */
static ptrdiff_t
find_product (const struct registry_file *r, const char *product)
{
  size_t lo = 0, hi = r->product_count;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      int c = strcmp (r->products[mid], product);
      if (c == 0)
        return (ptrdiff_t) mid;
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return -1;
}

/* Each key's English from FILE (read from PATH) into T->english, each
   product's name into T->product_english; the number of errors, each
   reported.  */
static unsigned int
read_english (struct tables *t, const char *path, po_file_t file)
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
          ptrdiff_t p = find_product (t->registry, id);
          if (p < 0)
            {
              diag_at (path, 0, "\"%s\" (no context) is not a product of "
                       "src/registry.def", id);
              errors++;
            }
          else if (*str != '\0')
            t->product_english[p] = str;
          continue;
        }
      ptrdiff_t i = find_key (t->registry, ctx, id);
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
          t->english[i] = str;
        }
    }
  po_message_iterator_free (it);

  size_t without = 0;
  for (size_t i = 0; i < t->registry->count; i++)
    without += t->english[i] == NULL;
  if (without > 0)
    diag_at (path, 0, "warning: %zu keys have no English yet (\"make stats\""
             " says more)", without);
  return errors;
}

/* The products in registry order (every TCERR_PRODUCT line, and each
   key's product, registry-def.c reads them so), and each key's product
   number.  */
static void
collect_products (struct tables *t)
{
  const struct registry_file *r = t->registry;
  t->products = xreallocarray (NULL, r->product_count + 1,
                               sizeof *t->products);
  t->product_of = xreallocarray (NULL, r->count + 1, sizeof *t->product_of);
  t->product_count = r->product_count;
  for (size_t p = 0; p < r->product_count; p++)
    t->products[p] = r->products[p];
  size_t p = 0;
  for (size_t i = 0; i < r->count; i++)
    {
      /* Keys and products are in the same order: a merge.  */
      while (strcmp (t->products[p], r->keys[i].product) != 0)
        p++;
      t->product_of[i] = p;
    }
}

/* The hash table: a power of two at least twice the keys, linear
   probing, as key-table.c searches it.  */
static void
fill_slots (struct tables *t)
{
  const struct registry_file *r = t->registry;
  size_t size = 16;
  while (size < 2 * r->count)
    size *= 2;
  t->slot_count = size;
  t->slots = xcalloc (size, sizeof *t->slots);
  for (size_t i = 0; i < r->count; i++)
    {
      const char *product = r->keys[i].product, *code = r->keys[i].code;
      size_t s = tcerr_key_hash (product, strlen (product), code,
                                 strlen (code)) & (size - 1);
      while (t->slots[s] != 0)
        s = (s + 1) & (size - 1);
      t->slots[s] = i + 1;
    }
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

/* The registry's four tables.  Products and codes are ASCII letters,
   digits and "._-" (the registry's rule): no character needs escaping.  */
static void
write_key_tables (FILE *out, const struct tables *t)
{
  const struct registry_file *r = t->registry;
  unsigned long at = 0;
  unsigned long *product_at = xcalloc (t->product_count + 1,
                                       sizeof *product_at);
  unsigned long *key_at = xcalloc (r->count + 1, sizeof *key_at);
  fputs ("#if defined TCERR_KEY_STRINGS\n", out);
  for (size_t p = 0; p < t->product_count; p++)
    {
      fprintf (out, "\"%s\\0\"\n", t->products[p]);
      product_at[p] = at;
      at += strlen (t->products[p]) + 1;
    }
  for (size_t i = 0; i < r->count; i++)
    {
      fprintf (out, "\"%s\\004%s\\0\"\n", r->keys[i].product,
               r->keys[i].code);
      key_at[i] = at;
      at += strlen (r->keys[i].product) + 1 + strlen (r->keys[i].code) + 1;
    }
  fputs ("#elif defined TCERR_KEY_PRODUCTS\n", out);
  for (size_t p = 0; p < t->product_count; p++)
    fprintf (out, "/* %s */ %lu,\n", t->products[p], product_at[p]);
  fputs ("#elif defined TCERR_KEY_ENTRIES\n", out);
  for (size_t i = 0; i < r->count; i++)
    fprintf (out, "/* %s %s */ { %lu, %zu, %zu },\n", r->keys[i].product,
             r->keys[i].code, key_at[i], t->product_of[i],
             strlen (r->keys[i].product));
  fputs ("#elif defined TCERR_KEY_SLOTS\n", out);
  for (size_t s = 0; s < t->slot_count; s++)
    fprintf (out, "%lu,%s", t->slots[s], s % 16 == 15 ? "\n" : "");
  free (product_at);
  free (key_at);
}

/* The English's two tables.  */
static void
write_english_tables (FILE *out, const struct tables *t)
{
  const struct registry_file *r = t->registry;
  fputs ("#elif defined TCERR_ENGLISH_TEXTS\n\"\"\n", out);
  for (size_t i = 0; i < r->count; i++)
    if (t->english[i] != NULL)
      {
        fprintf (out, "/* %s %s */ ", r->keys[i].product, r->keys[i].code);
        write_literal (out, t->english[i]);
        fputs ("\n", out);
      }
  for (size_t p = 0; p < t->product_count; p++)
    if (t->product_english[p] != NULL)
      {
        fprintf (out, "/* %s */ ", t->products[p]);
        write_literal (out, t->product_english[p]);
        fputs ("\n", out);
      }
  fputs ("#elif defined TCERR_ENGLISH_OFFSETS\n", out);
  unsigned long at = 0;
  for (size_t i = 0; i < r->count; i++)
    {
      fprintf (out, "/* %s %s */ ", r->keys[i].product, r->keys[i].code);
      if (t->english[i] != NULL)
        {
          fprintf (out, "%lu,\n", at + 1);
          at += strlen (t->english[i]) + 1;
        }
      else
        fputs ("0,\n", out);
    }
  fputs ("#elif defined TCERR_ENGLISH_PRODUCTS\n", out);
  for (size_t p = 0; p < t->product_count; p++)
    {
      fprintf (out, "/* %s */ ", t->products[p]);
      if (t->product_english[p] != NULL)
        {
          fprintf (out, "%lu,\n", at + 1);
          at += strlen (t->product_english[p]) + 1;
        }
      else
        fputs ("0,\n", out);
    }
}

/* OUTPUT, through OUTPUT.tmp renamed over it; 0, or -1 after reporting
   (nothing left behind).  */
static int
write_output (const char *path, const struct tables *t)
{
  char *text = NULL;
  size_t len = 0;
  FILE *out = xopen_memstream (&text, &len);
  fputs ("/* Generated from src/registry.def and po/en.po by gen-tables:"
         " do not edit.  */\n", out);
  write_key_tables (out, t);
  write_english_tables (out, t);
  fputs ("#else\n# error \"define the table to include\"\n#endif\n", out);
  xclose_memstream (out);

  char *tmp = xmalloc (strlen (path) + sizeof ".tmp");
  strcpy (tmp, path);
  strcat (tmp, ".tmp");
  FILE *f = fopen (tmp, "w");
  bool made = f != NULL;
  int status = -1;
  if (!made)
    diag_file (tmp, errno);
  else if ((fwrite (text, 1, len, f) != len) | (fclose (f) != 0))
    diag_file (tmp, errno);
  else if (rename (tmp, path) != 0)
    diag_file (path, errno);
  else
    status = 0;
  if (status != 0 && made)
    unlink (tmp);
  free (tmp);
  free (text);
  return status;
}

int
main (int argc, char **argv)
{
  program_name = "gen-tables";
  if (argc != 4)
    {
      fprintf (stderr, "Usage: %s REGISTRY.DEF EN.PO OUTPUT\n", argv[0]);
      return EXIT_FAILURE;
    }
  struct registry_file registry;
  if (registry_file_read (argv[1], &registry) != 0)
    return EXIT_FAILURE;
  struct tables t = { .registry = &registry };
  t.english = xcalloc (registry.count + 1, sizeof *t.english);
  t.product_english = xcalloc (registry.product_count + 1,
                               sizeof *t.product_english);
  po_file_t file = pofile_read (argv[2]);
  int status = EXIT_FAILURE;
  if (file != NULL && read_english (&t, argv[2], file) == 0)
    {
      collect_products (&t);
      fill_slots (&t);
      if (write_output (argv[3], &t) == 0)
        status = EXIT_SUCCESS;
    }
  if (file != NULL)
    po_file_free (file);
  free (t.english);
  free (t.product_english);
  free (t.product_of);
  free (t.products);
  free (t.slots);
  registry_file_free (&registry);
  return status;
}
