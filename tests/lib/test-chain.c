/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The lookup chain (src/lib/lookup.c) on a registry of the test's own:
   every step, in order, including the ones the shipped catalogs no longer
   reach once every key has English (a key without English, the category
   fallback for it, the "untranslated" note).  lookup.c is linked with this
   file's registry and catalog in place of key-table.c and textdomain.c: the
   test decides which keys exist and which have a text.  */
#include <config.h>

#include "cases.h"
#include "internal.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

/* The registry: product, code, catalog text (the current language's, or
   NULL), English (NULL for a key without).  Sorted, as the real one is.  */
static const struct
{
  const char *product, *code, *text, *english;
} keys[] = {
  { "common", "FailedOperation", NULL, "Operation failed." },
  { "common", "InternalError", NULL, "Internal error." },
  { "common", "ResourceNotFound", NULL, "The resource does not exist." },
  { "disk", "FailedOperation.Busy", NULL, "The disk is busy." },
  { "disk", "FailedOperation.ChineseOnly", NULL, NULL },
  { "disk", "InternalError", NULL, "The disk service failed." },
  { "disk", "NoCategory", NULL, NULL },
  { "disk", "OddCategory.ChineseOnly", NULL, NULL },
  { "net", "NoCategory", NULL, "No category here." },
  { "net", "OddCategory.Translated", "翻译了。", NULL },
};
#define KEY_COUNT (sizeof keys / sizeof keys[0])

const size_t tcerr_registry_size = KEY_COUNT;

ptrdiff_t
tcerr_registry_find (const char *product, size_t product_len,
                     const char *code, size_t code_len)
{
  for (size_t i = 0; i < KEY_COUNT; i++)
    if (strlen (keys[i].product) == product_len
        && memcmp (keys[i].product, product, product_len) == 0
        && strlen (keys[i].code) == code_len
        && memcmp (keys[i].code, code, code_len) == 0)
      return (ptrdiff_t) i;
  return -1;
}

bool
tcerr_registry_has_table (const char *product)
{
  for (size_t i = 0; i < KEY_COUNT; i++)
    if (strcmp (keys[i].product, product) == 0)
      return true;
  return false;
}

const char *
tcerr_registry_product (size_t i)
{
  return keys[i].product;
}

const char *
tcerr_registry_code (size_t i)
{
  return keys[i].code;
}

const char *
tcerr_registry_english (size_t i)
{
  return keys[i].english;
}

/* The gettext key of an entry, for a catalog the library reads itself
   (not asked by the chain through gettext, which this test stands in
   for).  */
const char *
tcerr_registry_msgkey (size_t i)
{
  static char msgkeys[KEY_COUNT][64];
  snprintf (msgkeys[i], sizeof msgkeys[i], "%s\004%s", keys[i].product,
            keys[i].code);
  return msgkeys[i];
}

/* The catalog's text of an entry: the test's own.  */
const char *
tcerr_catalog_text (size_t i)
{
  return keys[i].text;
}

int
tcerr_catalog_use_utf8 (void)
{
  return 0;
}

bool
tcerr_catalog_is_utf8 (void)
{
  return true;
}

const char *const *
tcerr_products (void)
{
  static const char *const products[] = { "common", "disk", "net", NULL };
  return products;
}

struct step
{
  const char *name;
  const char *product, *code;               /* asked */
  int err;                                  /* 0, ENOENT or EINVAL */
  const char *want_product, *want_code;
  enum tcerr_match want_match;
  const char *want_text;                    /* NULL: the note */
};

static struct step steps[] = {
  { "exact, English", "disk", "FailedOperation.Busy", 0,
    "disk", "FailedOperation.Busy", TCERR_MATCH_EXACT, "The disk is busy." },
  { "exact, the catalog's text first", "net", "OddCategory.Translated", 0,
    "net", "OddCategory.Translated", TCERR_MATCH_EXACT, "翻译了。" },
  { "the product's own over common", "disk", "InternalError", 0,
    "disk", "InternalError", TCERR_MATCH_EXACT, "The disk service failed." },
  { "common code", "disk", "ResourceNotFound", 0,
    "common", "ResourceNotFound", TCERR_MATCH_COMMON,
    "The resource does not exist." },
  { "unknown product: common, exact", "nosuch", "ResourceNotFound", 0,
    "common", "ResourceNotFound", TCERR_MATCH_EXACT,
    "The resource does not exist." },
  { "new code: common category", "disk", "ResourceNotFound.New", 0,
    "common", "ResourceNotFound", TCERR_MATCH_CATEGORY,
    "The resource does not exist." },
  { "no English: the category", "disk", "FailedOperation.ChineseOnly", 0,
    "common", "FailedOperation", TCERR_MATCH_CATEGORY, "Operation failed." },
  { "no English, no category text: the note", "disk",
    "OddCategory.ChineseOnly", 0,
    "disk", "OddCategory.ChineseOnly", TCERR_MATCH_UNTRANSLATED, NULL },
  { "no English, no category: the note", "disk", "NoCategory", 0,
    "disk", "NoCategory", TCERR_MATCH_UNTRANSLATED, NULL },
  { "nothing documented", "disk", "Nothing.AtAll", ENOENT,
    NULL, NULL, TCERR_MATCH_NONE, NULL },
  { "not a code", "disk", "No such", EINVAL, NULL, NULL, TCERR_MATCH_NONE,
    NULL },
};

static void
check_step (void **state)
{
  const struct step *s = *state;
  struct tcerr_result r;
  assert_int_equal (tcerr_lookup (s->product, s->code, &r), s->err);
  assert_int_equal (r.match, s->want_match);
  if (s->err != 0)
    {
      assert_null (r.message);
      assert_null (tcerr_message (s->product, s->code));
      return;
    }
  assert_string_equal (r.product, s->want_product);
  assert_string_equal (r.code, s->want_code);
  assert_non_null (r.message);
  if (s->want_text != NULL)
    assert_string_equal (r.message, s->want_text);
  else
    {
      /* the note: English, and not the code */
      assert_non_null (strstr (r.message, "Chinese only"));
      assert_string_not_equal (r.message, s->code);
    }
  assert_string_equal (tcerr_message (s->product, s->code), r.message);
}

/* Without a product: every product's answer, the note last.  */
static void
any_product (void **state)
{
  (void) state;
  struct tcerr_result rs[4];
  /* net has English for NoCategory; disk's has none, so is left out */
  assert_int_equal (tcerr_lookup_any ("NoCategory", rs, 4), 1);
  assert_string_equal (rs[0].product, "net");
  assert_int_equal (rs[0].match, TCERR_MATCH_EXACT);
  /* only disk has it, without English: common's category */
  assert_int_equal (tcerr_lookup_any ("FailedOperation.ChineseOnly", rs, 4),
                    1);
  assert_int_equal (rs[0].match, TCERR_MATCH_CATEGORY);
  assert_string_equal (rs[0].product, "common");
  assert_string_equal (rs[0].code, "FailedOperation");
  /* without English, and no category text anywhere: the note */
  assert_int_equal (tcerr_lookup_any ("OddCategory.ChineseOnly", rs, 4), 1);
  assert_int_equal (rs[0].match, TCERR_MATCH_UNTRANSLATED);
  assert_string_equal (rs[0].product, "disk");
  assert_non_null (strstr (rs[0].message, "Chinese only"));
  assert_string_equal (tcerr_match_name (rs[0].match), "untranslated");
}

int
main (void)
{
  struct cases cases = { NULL, NULL, 0 };
  for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++)
    cases_add (&cases, steps[i].name, check_step, &steps[i]);
  cases_add (&cases, "any product", any_product, NULL);
  return cases_run ("the lookup chain, on the test's registry", &cases);
}
