/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* What a code and a product name are: the one definition, used by the
   lookups, the command and the maintainer tools alike.  Anything else
   (NUL, "\004", spaces, bytes of other encodings) is not a key, and
   refusing it here means it never reaches gettext.  */
#include <config.h>

#include "internal.h"

#include <string.h>

/* The bytes of names, by class: every lookup checks its arguments with
   this table, a byte at a time.  */
enum
{
  CODE = 1,   /* upstream's codes, in every SDK and page: letters, digits,
                 '.' between the category and the rest, '_' in a few */
  PRODUCT = 2 /* upstream's products are lower-case words ("cvm"); '_'
                 and '-' are kept for names a maintainer may choose */
};

static const unsigned char name_class[256] = {
  ['A'] = CODE, ['B'] = CODE, ['C'] = CODE, ['D'] = CODE, ['E'] = CODE,
  ['F'] = CODE, ['G'] = CODE, ['H'] = CODE, ['I'] = CODE, ['J'] = CODE,
  ['K'] = CODE, ['L'] = CODE, ['M'] = CODE, ['N'] = CODE, ['O'] = CODE,
  ['P'] = CODE, ['Q'] = CODE, ['R'] = CODE, ['S'] = CODE, ['T'] = CODE,
  ['U'] = CODE, ['V'] = CODE, ['W'] = CODE, ['X'] = CODE, ['Y'] = CODE,
  ['Z'] = CODE,
  ['a'] = CODE | PRODUCT, ['b'] = CODE | PRODUCT, ['c'] = CODE | PRODUCT,
  ['d'] = CODE | PRODUCT, ['e'] = CODE | PRODUCT, ['f'] = CODE | PRODUCT,
  ['g'] = CODE | PRODUCT, ['h'] = CODE | PRODUCT, ['i'] = CODE | PRODUCT,
  ['j'] = CODE | PRODUCT, ['k'] = CODE | PRODUCT, ['l'] = CODE | PRODUCT,
  ['m'] = CODE | PRODUCT, ['n'] = CODE | PRODUCT, ['o'] = CODE | PRODUCT,
  ['p'] = CODE | PRODUCT, ['q'] = CODE | PRODUCT, ['r'] = CODE | PRODUCT,
  ['s'] = CODE | PRODUCT, ['t'] = CODE | PRODUCT, ['u'] = CODE | PRODUCT,
  ['v'] = CODE | PRODUCT, ['w'] = CODE | PRODUCT, ['x'] = CODE | PRODUCT,
  ['y'] = CODE | PRODUCT, ['z'] = CODE | PRODUCT,
  ['0'] = CODE | PRODUCT, ['1'] = CODE | PRODUCT, ['2'] = CODE | PRODUCT,
  ['3'] = CODE | PRODUCT, ['4'] = CODE | PRODUCT, ['5'] = CODE | PRODUCT,
  ['6'] = CODE | PRODUCT, ['7'] = CODE | PRODUCT, ['8'] = CODE | PRODUCT,
  ['9'] = CODE | PRODUCT,
  ['.'] = CODE, ['_'] = CODE | PRODUCT, ['-'] = PRODUCT,
};

/* The length of S when it is 1 to MAX bytes of CLASS, else 0.  */
static size_t
name_length (const char *s, size_t max, unsigned char class)
{
  if (s == NULL)
    return 0;
  size_t len = 0;
  for (; s[len] != '\0'; len++)
    if (len == max || !(name_class[(unsigned char) s[len]] & class))
      return 0;
  return len;
}

size_t
tcerr_code_length (const char *s)
{
  return name_length (s, TCERR_CODE_MAX, CODE);
}

size_t
tcerr_product_length (const char *s)
{
  return name_length (s, TCERR_PRODUCT_MAX, PRODUCT);
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
