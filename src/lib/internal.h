/* SPDX-License-Identifier: LGPL-2.1-or-later */
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

/* mo-file.c: a GNU .mo catalog, read and checked whole (NULL when the
   file is missing, unreadable or not a valid catalog in UTF-8), and the
   translation of MSGID in it, or NULL.  */
struct tcerr_mo;
struct tcerr_mo *tcerr_mo_read (const char *path);
const char *tcerr_mo_find (const struct tcerr_mo *mo, const char *msgid);

/* catalogs.c: what answers a language a caller names.  */
struct tcerr_language
{
  const struct tcerr_mo *catalog; /* NULL: only the English compiled in */
  bool has_catalog;               /* false: the language has none, and
                                     English answers instead */
  char name[TCERR_LANGUAGE_MAX];  /* the catalog's folder ("zh_CN", "en") */
};
/* Resolves LANG (as tcerr_language_name takes it) into *LANGUAGE:
   returns 0, or EINVAL when LANG names no language.  */
int tcerr_language_find (const char *lang, struct tcerr_language *language);

/* lookup.c: the chain, taking each key's text from SOURCE before the
   English compiled in.  */
struct tcerr_source
{
  bool gettext;                   /* the caller's locale, through gettext */
  const struct tcerr_mo *catalog; /* else this catalog (NULL: none) */
};
/* The caller's locale, through gettext (lookup.c).  */
extern const struct tcerr_source tcerr_gettext_source;
int tcerr_chain (const struct tcerr_source *source, const char *product,
                 const char *code, struct tcerr_result *r);
/* tcerr_lookup_any's steps; *ERR is set when none applies.  */
size_t tcerr_chain_any (const struct tcerr_source *source, const char *code,
                        struct tcerr_result *results, size_t n, int *err);

/* product-name.c: PRODUCT's name from SOURCE, else the English compiled
   in (tcerr_product_name's answer and errors).  */
const char *tcerr_source_product_name (const struct tcerr_source *source,
                                       const char *product);

/* names.c: the length of the code or product name S, or 0 when S is not
   one.  */
size_t tcerr_code_length (const char *s);
size_t tcerr_product_length (const char *s);

/* copy.c: copy SRC into BUF of SIZE bytes without splitting a character.  */
int tcerr_copy_text (const char *src, char *buf, size_t size, bool utf8);

#endif
