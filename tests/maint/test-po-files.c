/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The catalog files themselves, read with libgettextpo: headers complete,
   exactly the registry's keys (every language has them all and no stray
   one), and en and zh_CN holding upstream's texts (tests/helpers/upstream.h)
   with nothing fuzzy: each Chinese entry is upstream's, and empty only
   where upstream has no Chinese; each English entry is the international
   SDK's where it has one, else ours (free of CJK), and empty only for an
   SDK key without published English.  Before the keys, the products'
   names (no msgctxt): every product upstream defines, each once, its
   Chinese products.md's where that names it, its English present and
   free of CJK (the international site's or ours).
   Usage: test-po-files DIR LANG...  (DIR/LANG.po)  */
#include <config.h>

#include "cases.h"
#include "product-oracle.h"
#include "upstream.h"
#include "pofile.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tcerr.h>

static const char *po_dir;
static struct upstream upstream;
static struct product_oracle products;

/* The entry of PRODUCT's name, with the text STR in LANG's catalog: 0, or 1
   after saying what is wrong.  */
static int
check_name (const char *lang, const char *product, const char *str)
{
  const struct product_oracle_row *row = product_oracle_find (&products,
                                                              product);
  if (row == NULL)
    fail_msg ("%s.po: stray entry %s (no context): no such product", lang,
              product);
  if (strcmp (lang, "zh_CN") == 0 && row->zh_name != NULL
      && *row->zh_name != '\0' && strcmp (str, row->zh_name) != 0)
    {
      print_message ("# zh_CN.po: the name of %s: \"%s\", products.md says "
                     "\"%s\"\n", product, str, row->zh_name);
      return 1;
    }
  if (strcmp (lang, "en") == 0 && (*str == '\0' || has_cjk (str)))
    {
      print_message ("# en.po: the name of %s: \"%s\" is no English "
                     "name\n", product, str);
      return 1;
    }
  return 0;
}

/* The library's two catalogs, checked against upstream.  */
static int
is_library_catalog (const char *lang)
{
  return strcmp (lang, "en") == 0 || strcmp (lang, "zh_CN") == 0;
}

static po_file_t
open_po (const char *lang)
{
  char path[4096];
  snprintf (path, sizeof path, "%s/%s.po", po_dir, lang);
  po_file_t file = pofile_read (path);
  if (file == NULL)
    fail_msg ("%s: cannot be read (see above)", path);
  return file;
}

static void
header_is_complete (void **state)
{
  const char *lang = *state;
  po_file_t file = open_po (lang);
  /* libgettextpo returns a copy, though declared const.  */
  char *header = (char *) (uintptr_t) po_file_domain_header (file, NULL);
  assert_non_null (header);
  static const char *const fields[] = {
    "Project-Id-Version", "Language", "MIME-Version", "Content-Type",
    "Content-Transfer-Encoding", "Plural-Forms",
  };
  for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
    {
      char *value = po_header_field (header, fields[i]);
      if (value == NULL || *value == '\0')
        fail_msg ("%s.po: no %s header", lang, fields[i]);
      if (strcmp (fields[i], "Language") == 0)
        assert_string_equal (value, lang);
      if (strcmp (fields[i], "Content-Type") == 0)
        assert_string_equal (value, "text/plain; charset=UTF-8");
      free (value);
    }
  free (header);
  po_file_free (file);
}

/* tcerr_key_compare for bsearch.  */
static int
compare_keys (const void *a, const void *b)
{
  return tcerr_key_compare (a, b);
}

static int
is_key (const char *product, const char *code)
{
  size_t n;
  const struct tcerr_key *keys = tcerr_keys (&n);
  struct tcerr_key key = { product, code };
  return bsearch (&key, keys, n, sizeof *keys, compare_keys) != NULL;
}

/* One entry of en or zh_CN against upstream; returns 0, or 1 after saying
   what is wrong.  */
static int
check_upstream (const char *lang, const char *product, const char *code,
                const char *str)
{
  const char *zh, *en;
  if (!upstream_key (&upstream, product, code, &zh, &en))
    {
      print_message ("# %s.po: %s %s: upstream documents no such key\n",
                     lang, product, code);
      return 1;
    }
  const char *want = strcmp (lang, "en") == 0 ? en : zh;
  if (want != NULL && strcmp (str, want) != 0)
    {
      print_message ("# %s.po: %s %s: \"%s\", upstream says \"%s\"\n",
                     lang, product, code, str, want);
      return 1;
    }
  if (want == NULL && *str == '\0' && strcmp (lang, "en") == 0
      && upstream_from_page (&upstream, product, code))
    {
      print_message ("# en.po: %s %s: a page's key without English\n",
                     product, code);
      return 1;
    }
  if (want == NULL && *str != '\0' && strcmp (lang, "zh_CN") == 0)
    {
      print_message ("# zh_CN.po: %s %s: upstream has no Chinese for it\n",
                     product, code);
      return 1;
    }
  if (want == NULL && strcmp (lang, "en") == 0 && has_cjk (str))
    {
      print_message ("# en.po: %s %s: not English: %s\n", product, code, str);
      return 1;
    }
  return 0;
}

static void
entries_are_the_registry (void **state)
{
  const char *lang = *state;
  po_file_t file = open_po (lang);
  po_message_iterator_t it = po_message_iterator (file, NULL);
  po_message_t msg;
  size_t entries = 0, wrong = 0, names = 0;
  while ((msg = pofile_next_entry (it)) != NULL)
    {
      const char *ctx = po_message_msgctxt (msg);
      const char *id = po_message_msgid (msg);
      const char *str = po_message_msgstr (msg);
      if (ctx == NULL)
        {
          if (entries > 0)
            fail_msg ("%s.po: the name of %s after the keys", lang, id);
          names++;
          if (is_library_catalog (lang))
            wrong += check_name (lang, id, str);
          continue;
        }
      entries++;
      if (ctx == NULL || !is_key (ctx, id))
        fail_msg ("%s.po: stray entry %s %s", lang, ctx ? ctx : "-", id);
      if (!is_library_catalog (lang))
        continue;
      if (po_message_is_fuzzy (msg))
        {
          print_message ("# %s.po: %s %s is fuzzy\n", lang, ctx, id);
          wrong++;
        }
      else
        wrong += check_upstream (lang, ctx, id, str);
    }
  po_message_iterator_free (it);
  po_file_free (file);

  size_t n;
  tcerr_keys (&n);
  /* Every key has its entry, translated or not (no stray ones: above),
     and every product its name's.  */
  assert_int_equal (entries, n);
  assert_int_equal (names, products.count);
  assert_int_equal (wrong, 0);
}

int
main (int argc, char **argv)
{
  if (argc < 3)
    {
      fputs ("usage: test-po-files DIR LANG...\n", stderr);
      return 2;
    }
  po_dir = argv[1];
  upstream_load (&upstream);
  product_oracle_load (&products);
  struct cases cases = { NULL, NULL, 0 };
  int complete = 0;
  for (int i = 2; i < argc; i++)
    {
      char name[256];
      snprintf (name, sizeof name, "%s.po header", argv[i]);
      cases_add (&cases, name, header_is_complete, argv[i]);
      snprintf (name, sizeof name, "%s.po entries", argv[i]);
      cases_add (&cases, name, entries_are_the_registry, argv[i]);
      complete += is_library_catalog (argv[i]);
    }
  int status = cases_run ("catalog files", &cases);
  upstream_free (&upstream);
  product_oracle_free (&products);
  /* LINGUAS must list both of the library's catalogs.  */
  if (complete != 2)
    {
      fputs ("en and zh_CN must both be in po/LINGUAS\n", stderr);
      status = 1;
    }
  return status;
}
