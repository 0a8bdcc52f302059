/* Private interfaces between the library's source files.  */
#ifndef TCERR_INTERNAL_H
#define TCERR_INTERNAL_H

#include "tcerr.h"

#include <stdbool.h>
#include <stddef.h>

#define TCERR_DOMAIN PACKAGE

/* key-table.c: the documented keys, by registry index.  */
extern const size_t tcerr_registry_size;
/* Index of (PRODUCT of PRODUCT_LEN bytes, the first CODE_LEN bytes of
   CODE), or -1.  */
ptrdiff_t tcerr_registry_find (const char *product, size_t product_len,
                               const char *code, size_t code_len);
/* Whether PRODUCT has keys of its own (a product whose codes all read as
   the common table's has none).  */
bool tcerr_registry_has_table (const char *product);
/* The number of PRODUCT in tcerr_products (), or -1; and product P's
   English name (NULL while en.po has none).  */
ptrdiff_t tcerr_registry_product_index (const char *product);
const char *tcerr_registry_product_english (size_t p);
/* Key I's gettext key "product\004code", its product, its code, and its
   English text (NULL while en.po has none).  */
const char *tcerr_registry_msgkey (size_t i);
const char *tcerr_registry_product (size_t i);
const char *tcerr_registry_code (size_t i);
const char *tcerr_registry_english (size_t i);

/* textdomain.c: the gettext glue.  The translation of registry entry I in
   the calling thread's language, or NULL; the same for the entry MSGID
   without a context (a product's name).  */
const char *tcerr_catalog_text (size_t i);
const char *tcerr_catalog_name (const char *msgid);
int tcerr_catalog_use_utf8 (void);
/* Whether messages come out in UTF-8 for the calling thread.  */
bool tcerr_catalog_is_utf8 (void);

/* catalog-cache.c: where the calling thread remembers gettext's answer for
   registry entry I while its LC_MESSAGES locale is MESSAGES and nothing
   else gettext's answers depend on has changed.  *slot is NULL until
   asked, tcerr_catalog_cache_none when gettext had no text.  NULL when
   nothing can be remembered (no memory, a name too long to keep, a system
   where the changes cannot be watched).  */
#if TCERR_CATALOG_CACHE
extern const char tcerr_catalog_cache_none[];
const char **tcerr_catalog_cache_slot (const char *messages, size_t i);
#else
# define tcerr_catalog_cache_none ""
# define tcerr_catalog_cache_slot(messages, i) ((void) (messages), (void) (i), \
                                               (const char **) NULL)
#endif

/* names.c: the length of the code or product name S, or 0 when S is not
   one.  */
size_t tcerr_code_length (const char *s);
size_t tcerr_product_length (const char *s);

/* copy.c: copy SRC into BUF of SIZE bytes without splitting a character.  */
int tcerr_copy_text (const char *src, char *buf, size_t size, bool utf8);

#endif
