/* The catalog files themselves, read with libgettextpo: headers complete,
   exactly the registry's keys (other languages may leave entries
   untranslated, but have them all and no stray one), en and zh_CN complete
   with nothing fuzzy, en free of CJK, and zh_CN equal to the documented
   pages.
   Usage: test-po-files DIR LANG...  (DIR/LANG.po)  */
#include <config.h>

#include "cases.h"
#include "oracle.h"
#include "pofile.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tcerr.h>

static const char *po_dir;
static struct oracle oracle;

/* Languages that must translate every key (the library's two catalogs).  */
static int
must_be_complete (const char *lang)
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

static int
is_key (const char *product, const char *code)
{
  size_t n;
  const struct tcerr_key *keys = tcerr_keys (&n);
  for (size_t i = 0; i < n; i++)
    if (strcmp (keys[i].product, product) == 0
        && strcmp (keys[i].code, code) == 0)
      return 1;
  return 0;
}

static void
entries_are_the_registry (void **state)
{
  const char *lang = *state;
  po_file_t file = open_po (lang);
  po_message_iterator_t it = po_message_iterator (file, NULL);
  po_message_t msg;
  size_t entries = 0, translated = 0;
  while ((msg = pofile_next_entry (it)) != NULL)
    {
      const char *ctx = po_message_msgctxt (msg);
      const char *id = po_message_msgid (msg);
      const char *str = po_message_msgstr (msg);
      entries++;
      if (ctx == NULL || !is_key (ctx, id))
        fail_msg ("%s.po: stray entry %s %s", lang, ctx ? ctx : "-", id);
      if (*str != '\0' && !po_message_is_fuzzy (msg))
        translated++;
      if (must_be_complete (lang) && (*str == '\0' || po_message_is_fuzzy (msg)))
        fail_msg ("%s.po: %s %s is %s", lang, ctx, id,
                  *str == '\0' ? "untranslated" : "fuzzy");
      if (strcmp (lang, "en") == 0 && has_cjk (str))
        fail_msg ("en.po: %s %s is not English: %s", ctx, id, str);
      if (strcmp (lang, "zh_CN") == 0 && strcmp (ctx, "common") == 0
          && !oracle_common_has (&oracle, id, str))
        fail_msg ("zh_CN.po: common %s is on no page's common table", id);
      if (strcmp (lang, "zh_CN") == 0 && strcmp (ctx, "common") != 0)
        {
          const char *documented = oracle_text (&oracle, ctx, id);
          if (documented == NULL)
            fail_msg ("zh_CN.po: %s %s is not on page %s", ctx, id, ctx);
          assert_string_equal (str, documented);
        }
    }
  po_message_iterator_free (it);
  po_file_free (file);

  size_t n;
  tcerr_keys (&n);
  /* Every key has its entry, translated or not (no stray ones: above).  */
  assert_int_equal (entries, n);
  if (must_be_complete (lang))
    assert_int_equal (translated, n);
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
  oracle_load (&oracle);
  struct cases cases = { NULL, NULL, 0 };
  int complete = 0;
  for (int i = 2; i < argc; i++)
    {
      char name[256];
      snprintf (name, sizeof name, "%s.po header", argv[i]);
      cases_add (&cases, name, header_is_complete, argv[i]);
      snprintf (name, sizeof name, "%s.po entries", argv[i]);
      cases_add (&cases, name, entries_are_the_registry, argv[i]);
      complete += must_be_complete (argv[i]);
    }
  int status = cases_run ("catalog files", &cases);
  oracle_free (&oracle);
  /* LINGUAS must list both of the library's catalogs.  */
  if (complete != 2)
    {
      fputs ("en and zh_CN must both be in po/LINGUAS\n", stderr);
      status = 1;
    }
  return status;
}
