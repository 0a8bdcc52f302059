/* What a code and a product name are: the one definition, used by the
   lookups, the command and the maintainer tools alike.  Anything else
   (NUL, "\004", spaces, bytes of other encodings) is not a key, and
   refusing it here means it never reaches gettext.  */
#include <config.h>

#include "internal.h"

#include <string.h>

/* Upstream's products are lower-case words ("cvm", "sqlserver"); '_' and
   '-' are kept for names a maintainer may choose.  */

/* Upstream's codes, in every SDK and page: letters, digits, '.' between
   the category and the rest, '_' in a few.  */
static int
is_code_byte (unsigned char c)
{
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
         || (c >= '0' && c <= '9') || c == '.' || c == '_';
}

size_t
tcerr_code_length (const char *s)
{
  if (s == NULL)
    return 0;
  /* One pass: every lookup starts here.  */
  size_t len = 0;
  for (; s[len] != '\0'; len++)
    if (len == TCERR_CODE_MAX || !is_code_byte ((unsigned char) s[len]))
      return 0;
  return len;
}

size_t
tcerr_product_length (const char *s)
{
  if (s == NULL)
    return 0;
  size_t len = strnlen (s, TCERR_PRODUCT_MAX + 1);
  if (len > TCERR_PRODUCT_MAX)
    return 0;
  for (size_t i = 0; i < len; i++)
    {
      unsigned char c = (unsigned char) s[i];
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'
            || c == '-'))
        return 0;
    }
  return len;
}

int
tcerr_is_code (const char *s)
{
  return tcerr_code_length (s) > 0;
}

int
tcerr_is_product_name (const char *s)
{
  return tcerr_product_length (s) > 0;
}
