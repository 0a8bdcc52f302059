/* The lookup chain, and the public functions built on it.  */
#include <config.h>

#include "internal.h"

#include <errno.h>
#include <locale.h>
#include <string.h>

/* Product names and codes are printable ASCII words: anything else (NUL,
   "\004", spaces, bytes of other encodings) is not a key, and rejecting it
   here means it can never reach gettext.  Returns the length, or 0 when S
   is not such a word of at most MAX bytes.  */
static size_t
word_length (const char *s, size_t max)
{
  size_t len = strnlen (s, max + 1);
  if (len > max)
    return 0;
  for (size_t i = 0; i < len; i++)
    if ((unsigned char) s[i] <= 0x20 || (unsigned char) s[i] >= 0x7f)
      return 0;
  return len;
}

/* Fills *R from registry entry I, reached by MATCH, when it has a text:
   the catalog's, or else the English.  */
static bool
found (size_t i, enum tcerr_match match, struct tcerr_result *r)
{
  const char *text = tcerr_catalog_text (tcerr_registry_msgkey (i));
  if (text == NULL)
    text = tcerr_registry_english (i); /* NULL for a key not yet in en.po */
  if (text == NULL)
    return false;
  *r = (struct tcerr_result) { text, tcerr_registry[i].product,
                               tcerr_registry[i].code, match };
  return true;
}

static int
chain (const char *product, const char *code, struct tcerr_result *r)
{
  *r = (struct tcerr_result) { NULL, NULL, NULL, TCERR_MATCH_NONE };

  size_t code_len = code != NULL ? word_length (code, TCERR_CODE_MAX) : 0;
  if (code_len == 0)
    return EINVAL;
  if (product == NULL || *product == '\0')
    product = TCERR_COMMON;
  else if (word_length (product, TCERR_PRODUCT_MAX) == 0)
    return EINVAL;
  else if (!tcerr_registry_has_product (product))
    product = TCERR_COMMON; /* unknown products share the common table */

  const char *dot = memchr (code, '.', code_len);
  size_t category_len = dot != NULL ? (size_t) (dot - code) : 0;
  bool in_common = strcmp (product, TCERR_COMMON) == 0;

  /* Most specific first; a step without a documented key, or without any
     text for it, is passed over.  */
  const struct
  {
    const char *product;
    size_t len;
    enum tcerr_match match;
  } steps[] = {
    { product, code_len, TCERR_MATCH_EXACT },
    { TCERR_COMMON, in_common ? 0 : code_len, TCERR_MATCH_COMMON },
    { product, category_len, TCERR_MATCH_CATEGORY },
    { TCERR_COMMON, in_common ? 0 : category_len, TCERR_MATCH_CATEGORY },
  };
  for (size_t s = 0; s < sizeof steps / sizeof steps[0]; s++)
    {
      if (steps[s].len == 0)
        continue;
      ptrdiff_t i = tcerr_registry_find (steps[s].product, code, steps[s].len);
      if (i >= 0 && found ((size_t) i, steps[s].match, r))
        return 0;
    }
  return ENOENT;
}

int
tcerr_lookup (const char *product, const char *code,
              struct tcerr_result *result)
{
  struct tcerr_result ignored;
  int err = chain (product, code, result != NULL ? result : &ignored);
  if (err != 0)
    errno = err;
  return err;
}

int
tcerr_lookup_l (const char *product, const char *code, locale_t loc,
                struct tcerr_result *result)
{
  struct tcerr_result ignored;
  if (result == NULL)
    result = &ignored;
  if (loc == (locale_t) 0)
    {
      *result = (struct tcerr_result) { NULL, NULL, NULL, TCERR_MATCH_NONE };
      return errno = EINVAL;
    }
  /* gettext follows the thread's locale: switch this thread only.  */
  locale_t previous = uselocale (loc);
  int err = chain (product, code, result);
  uselocale (previous);
  if (err != 0)
    errno = err;
  return err;
}

const char *
tcerr_message (const char *product, const char *code)
{
  struct tcerr_result r;
  return tcerr_lookup (product, code, &r) == 0 ? r.message : NULL;
}

const char *
tcerr_message_l (const char *product, const char *code, locale_t loc)
{
  struct tcerr_result r;
  return tcerr_lookup_l (product, code, loc, &r) == 0 ? r.message : NULL;
}

int
tcerr_message_r (const char *product, const char *code,
                 char *buf, size_t size)
{
  struct tcerr_result r;
  if (tcerr_lookup (product, code, &r) != 0)
    return ENOENT;
  if (buf == NULL && size > 0)
    return EINVAL;
  return tcerr_copy_text (r.message, buf, size, tcerr_catalog_is_utf8 ());
}

const char *
tcerr_match_name (enum tcerr_match match)
{
  switch (match)
    {
    case TCERR_MATCH_EXACT:
      return "exact";
    case TCERR_MATCH_COMMON:
      return "common";
    case TCERR_MATCH_CATEGORY:
      return "category";
    case TCERR_MATCH_NONE:
    default:
      return "none";
    }
}

int
tcerr_use_utf8 (void)
{
  return tcerr_catalog_use_utf8 ();
}

const char *
tcerr_version (void)
{
  return PACKAGE_VERSION;
}
