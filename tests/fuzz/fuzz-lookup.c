/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer harness of the lookup API (<tcerr.h>).  The input is a
   product and a code: the bytes before the first NUL are the product, the
   bytes after it the code (up to the next NUL); without a NUL, the whole
   input is the code and the product is NULL (an empty product is
   another name of the common table).  Messages are Chinese in
   UTF-8 when the catalogs are there (LANGUAGE=zh_CN unless set, C.UTF-8,
   tcerr_use_utf8), so _r has multibyte characters to cut.  */
#include <config.h>

#include "fuzz.h"
#include "tcerr.h"

#include <errno.h>
#include <locale.h>
#include <stdbool.h>
#include <string.h>

/* The largest buffer size tcerr_message_r is tried with.  */
#define SIZE_MAX_TRIED 64

/* The documented rules of tcerr_is_code and tcerr_is_product_name.  */
static bool
is_code (const char *s)
{
  size_t n = strlen (s);
  if (n == 0 || n > TCERR_CODE_MAX)
    return false;
  for (; *s; s++)
    if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z')
          || (*s >= '0' && *s <= '9') || *s == '.' || *s == '_'))
      return false;
  return true;
}

static bool
is_product_name (const char *s)
{
  size_t n = strlen (s);
  if (n == 0 || n > TCERR_PRODUCT_MAX)
    return false;
  for (; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9')
          || *s == '_' || *s == '-'))
      return false;
  return true;
}

/* The length of the UTF-8 character that starts with byte C.  */
static size_t
utf8_length (unsigned char c)
{
  return c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
}

static void
init (void)
{
  static bool done;
  if (done)
    return;
  done = true;
  setenv ("LANGUAGE", "zh_CN", 0);
  if (setlocale (LC_ALL, "C.UTF-8") == NULL)
    setlocale (LC_ALL, "");
  FUZZ_CHECK (tcerr_use_utf8 () == 0);
}

/* tcerr_message_r with every small size, against MESSAGE.  */
static void
check_message_r (const char *product, const char *code, const char *message)
{
  for (size_t size = 0; size <= SIZE_MAX_TRIED; size++)
    {
      /* Exactly SIZE bytes, so that ASan sees a write past them; a canary
         byte for size 0.  */
      char *buf = malloc (size != 0 ? size : 1);
      FUZZ_CHECK (buf != NULL);
      memset (buf, '\x7f', size != 0 ? size : 1);
      int rc = tcerr_message_r (product, code, buf, size);
      if (message == NULL)
        {
          FUZZ_CHECK (rc == ENOENT || rc == EINVAL);
          for (size_t i = 0; i < (size != 0 ? size : 1); i++)
            FUZZ_CHECK (buf[i] == '\x7f');
        }
      else if (strlen (message) < size)
        {
          FUZZ_CHECK (rc == 0);
          FUZZ_CHECK (strcmp (buf, message) == 0);
        }
      else
        {
          FUZZ_CHECK (rc == ERANGE);
          if (size == 0)
            FUZZ_CHECK (buf[0] == '\x7f');
          else
            {
              size_t cut = strnlen (buf, size);
              FUZZ_CHECK (cut < size);             /* terminated */
              FUZZ_CHECK (memcmp (buf, message, cut) == 0);
              /* It ends on a character boundary...  */
              unsigned char next = (unsigned char) message[cut];
              FUZZ_CHECK (next < 0x80 || next >= 0xc0);
              /* ... and is the longest such prefix that fits.  */
              FUZZ_CHECK (cut + utf8_length (next) > size - 1);
            }
        }
      free (buf);
    }
}

/* tcerr_lookup_any: the count is the same with and without room.  */
static void
check_lookup_any (const char *code)
{
  errno = 0;
  size_t n = tcerr_lookup_any (code, NULL, 0);
  int err = errno;
  if (n == 0)
    FUZZ_CHECK (err == (is_code (code) ? ENOENT : EINVAL));
  else
    FUZZ_CHECK (is_code (code));
  struct tcerr_result *rs = calloc (n + 1, sizeof *rs);
  FUZZ_CHECK (rs != NULL);
  FUZZ_CHECK (tcerr_lookup_any (code, rs, n) == n);
  for (size_t i = 0; i < n; i++)
    {
      FUZZ_CHECK (rs[i].message != NULL && rs[i].product != NULL
                  && rs[i].code != NULL);
      FUZZ_CHECK (strcmp (rs[i].message, code) != 0);
      FUZZ_CHECK (rs[i].match == TCERR_MATCH_EXACT
                  || rs[i].match == TCERR_MATCH_CATEGORY
                  || rs[i].match == TCERR_MATCH_UNTRANSLATED);
      FUZZ_CHECK (rs[i].match == rs[0].match);
      if (rs[i].match != TCERR_MATCH_CATEGORY)
        FUZZ_CHECK (strcmp (rs[i].code, code) == 0);
    }
  /* Half the room: the same count, the slots past it untouched.  */
  struct tcerr_result *half = calloc (n + 1, sizeof *half);
  FUZZ_CHECK (half != NULL);
  FUZZ_CHECK (tcerr_lookup_any (code, half, n / 2) == n);
  for (size_t i = 0; i < n / 2; i++)
    FUZZ_CHECK (half[i].message == rs[i].message
                && half[i].product == rs[i].product);
  for (size_t i = n / 2; i <= n; i++)
    FUZZ_CHECK (half[i].message == NULL && half[i].product == NULL);
  /* The common table's answer is among every product's.  */
  struct tcerr_result common;
  if (tcerr_lookup (TCERR_COMMON, code, &common) == 0)
    FUZZ_CHECK (n >= 1);
  free (half);
  free (rs);
}

static void
check_language_name (const char *name)
{
  char full[TCERR_LANGUAGE_MAX];
  int rc = tcerr_language_name (name, full, sizeof full);
  FUZZ_CHECK (rc == 0 || rc == EINVAL);
  /* The lookups in a named language take the same names, and answer
     in one of the catalogs, or English.  */
  char catalog[TCERR_LANGUAGE_MAX];
  int found = tcerr_language_catalog (name, catalog, sizeof catalog);
  FUZZ_CHECK (rc == 0 ? found == 0 || found == ENOENT : found == EINVAL);
  const char *message = tcerr_message_lang (name, "cbs", "InvalidDisk.Busy");
  FUZZ_CHECK ((message != NULL) == (rc == 0));
  if (rc != 0)
    return;
  size_t len = strnlen (full, sizeof full);
  FUZZ_CHECK (len > 0 && len < sizeof full);
  for (size_t i = 0; i < len; i++)
    FUZZ_CHECK (full[i] > ' ' && full[i] < 0x7f);
  for (size_t size = 1; size <= len; size++)
    {
      char *buf = malloc (size);
      FUZZ_CHECK (buf != NULL);
      FUZZ_CHECK (tcerr_language_name (name, buf, size) == ERANGE);
      FUZZ_CHECK (strnlen (buf, size) < size);
      FUZZ_CHECK (strncmp (buf, full, strlen (buf)) == 0);
      free (buf);
    }
}

/* tcerr_product_name: a name for a listed product only (NULL and ""
   are common), EINVAL for what is no product name, never the bare
   product.  */
static void
check_product_name (const char *product)
{
  errno = 0;
  const char *name = tcerr_product_name (product);
  int err = errno;
  bool common = product == NULL || product[0] == '\0';
  bool listed = common;
  for (const char *const *p = tcerr_products (); !listed && *p != NULL; p++)
    listed = strcmp (*p, product) == 0;
  if (name != NULL)
    FUZZ_CHECK (listed && *name != '\0'
                && (common || strcmp (name, product) != 0));
  else
    FUZZ_CHECK (err == (common || is_product_name (product) ? ENOENT
                                                           : EINVAL));
}

static void
check (const char *product, const char *code)
{
  FUZZ_CHECK (tcerr_is_code (code) == is_code (code));
  if (product != NULL)
    FUZZ_CHECK (tcerr_is_product_name (product) == is_product_name (product));
  /* NULL and "" name the common table (tcerr_message(3)).  */
  bool common = product == NULL || product[0] == '\0';
  bool valid = is_code (code) && (common || is_product_name (product));

  errno = 0;
  const char *message = tcerr_message (product, code);
  int err = errno;
  if (message == NULL)
    FUZZ_CHECK (err == (valid ? ENOENT : EINVAL));
  else
    {
      FUZZ_CHECK (valid);
      FUZZ_CHECK (strcmp (message, code) != 0);  /* never the bare code */
    }

  struct tcerr_result r;
  memset (&r, 0x5a, sizeof r);
  int rc = tcerr_lookup (product, code, &r);
  if (message == NULL)
    {
      FUZZ_CHECK (rc == (valid ? ENOENT : EINVAL));
      FUZZ_CHECK (r.match == TCERR_MATCH_NONE && r.message == NULL
                  && r.product == NULL && r.code == NULL);
    }
  else
    {
      FUZZ_CHECK (rc == 0);
      FUZZ_CHECK (r.message != NULL && strcmp (r.message, message) == 0);
      FUZZ_CHECK (r.product != NULL && r.code != NULL);
      FUZZ_CHECK (r.match != TCERR_MATCH_NONE);
      size_t category = strcspn (code, ".");
      if (r.match == TCERR_MATCH_CATEGORY)
        FUZZ_CHECK (strlen (r.code) == category
                    && strncmp (r.code, code, category) == 0);
      else
        FUZZ_CHECK (strcmp (r.code, code) == 0);
      if (r.match == TCERR_MATCH_COMMON)
        FUZZ_CHECK (strcmp (r.product, TCERR_COMMON) == 0);
      if (common)
        FUZZ_CHECK (strcmp (r.product, TCERR_COMMON) == 0);
      else
        FUZZ_CHECK (strcmp (r.product, product) == 0
                    || strcmp (r.product, TCERR_COMMON) == 0);
    }
  FUZZ_CHECK (tcerr_match_name (r.match) != NULL);

  check_product_name (product);
  check_message_r (product, code, message);
  check_lookup_any (code);
  check_language_name (code);
  if (product != NULL)
    check_language_name (product);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  init ();
  const uint8_t *nul = memchr (data, '\0', size);
  char *product = NULL, *code;
  if (nul != NULL)
    {
      size_t plen = (size_t) (nul - data);
      product = malloc (plen + 1);
      FUZZ_CHECK (product != NULL);
      memcpy (product, data, plen);
      product[plen] = '\0';
      data += plen + 1;
      size -= plen + 1;
    }
  /* The code, in a buffer of exactly its size (up to a NUL).  */
  size_t clen = strnlen ((const char *) data, size);
  code = malloc (clen + 1);
  FUZZ_CHECK (code != NULL);
  memcpy (code, data, clen);
  code[clen] = '\0';
  check (product, code);
  free (code);
  free (product);
  return 0;
}
