/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* tcerr — Tencent Cloud API error codes as readable messages in the
   user's language.

   Keys are (product, code): the product is a short name such as "cbs" or
   "sqlserver" ("common" or NULL for the table every product shares), the
   code is the API's Error.Code, e.g. "InvalidDisk.Busy".

   Lookups follow a fallback chain, most specific first:
     1. (product, code)        EXACT
     2. ("common", code)       COMMON    (skipped when product is "common")
     3. (product, category)    CATEGORY  category = code up to the first '.'
     4. ("common", category)   CATEGORY
     5. the key of step 1 or 2 UNTRANSLATED
   Each step takes its key's text in the current language's catalog, or
   else the English compiled into the library; the first step with a text
   wins, except that steps 1 and 2, the code itself, are both tried in the
   reader's language before either's English (a product that documents a
   common code in English only does not hide the common table's Chinese).  Every documented key has Chinese or English: a key with Chinese
   only (Tencent Cloud publishes no English for some products) gives an
   English reader its category's text, or failing that step 5, a note in
   English that the key has no English description yet; never Chinese,
   never the bare code.  An unknown product is treated as "common".

   Messages are the documented texts byte for byte, so they may carry
   inline GitHub Flavored Markdown as Tencent Cloud writes it: code spans
   (`DiskId`), links ([CAM](https://...), some relative to the documentation
   site, such as /document/api/213/15753) and a few HTML <a href="...">
   tags.  A caller that shows plain text renders or strips it itself
   (relative links are on https://cloud.tencent.com for Chinese messages,
   https://www.tencentcloud.com for others).

   Languages follow LC_MESSAGES and LANGUAGE as for any gettext program; the
   caller calls setlocale(), the library never does.  The functions ending
   in _lang take the language by name instead ("zh-CN", "en"), with no
   locale needed nor changed: messages in UTF-8, from the installed
   catalogs, which the library reads itself.  All functions are
   thread-safe, and every string returned stays valid for the life of the
   process.

   locale_t needs POSIX.1-2008 (e.g. _POSIX_C_SOURCE 200809L, or _GNU_SOURCE,
   before the first #include).  */

#ifndef TCERR_H
#define TCERR_H

#include <locale.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The table every product shares, as a product name.  */
#define TCERR_COMMON "common"

/* The longest product name and code the library accepts, in bytes.  */
#define TCERR_PRODUCT_MAX 64
#define TCERR_CODE_MAX 256

/* How a lookup found its text.  */
enum tcerr_match
{
  TCERR_MATCH_NONE = 0, /* nothing documented applies */
  TCERR_MATCH_EXACT,    /* the code itself, in the product asked for */
  TCERR_MATCH_COMMON,   /* the code, in the common table */
  TCERR_MATCH_CATEGORY, /* the code's category (text before the first '.') */
  TCERR_MATCH_UNTRANSLATED /* the code, documented, but with no text in this
                              language nor in English, and no category text:
                              the message says so (in English) */
};

/* Where a lookup found its text.  */
struct tcerr_result
{
  const char *message;    /* the text, in the current language */
  const char *product;    /* the table it came from: the product or "common" */
  const char *code;       /* the documented key: the code or its category */
  enum tcerr_match match; /* how it was found */
};

/* A documented key.  */
struct tcerr_key
{
  const char *product;
  const char *code;
};

/* The message for CODE in the current LC_MESSAGES language, or NULL when no
   step of the chain applies or the arguments are not a product name and an
   error code (see tcerr_is_product_name and tcerr_is_code); errno
   is then ENOENT or EINVAL.  */
const char *tcerr_message (const char *product, const char *code);

/* Copies the message into BUF of SIZE bytes.  Returns 0; ERANGE when it
   did not fit (BUF then holds the longest prefix that ends on a character
   boundary, always terminated when SIZE > 0); or ENOENT when there is no
   message (BUF is then left untouched).  */
int tcerr_message_r (const char *product, const char *code,
                     char *buf, size_t size);

/* Like tcerr_message, in the language and codeset of LOC instead of the
   calling thread's locale (cf. strerror_l).  LOC comes from newlocale().
   As in all of gettext, a set LANGUAGE variable takes priority.  */
const char *tcerr_message_l (const char *product, const char *code,
                             locale_t loc);

/* The full lookup: fills *RESULT and returns 0, or returns ENOENT or
   EINVAL (with *RESULT set to TCERR_MATCH_NONE and NULL pointers).  */
int tcerr_lookup (const char *product, const char *code,
                  struct tcerr_result *result);
int tcerr_lookup_l (const char *product, const char *code, locale_t loc,
                    struct tcerr_result *result);

/* Every product's answer for CODE when the caller does not know the
   product (a code read from a log, say): the chain of tcerr_lookup with
   "every product" in place of one, most specific first:
     1. (common, code), when the common table documents CODE   EXACT
     2. (product, code) for every product that documents CODE  EXACT
     3. (common, category)                                     CATEGORY
     4. (product, category) for every product that has it      CATEGORY
     5. (product, code) for every product that documents CODE  UNTRANSLATED
        but had no text for it in step 2
   The first step with any answer gives them all, in product order.
   Stores up to N of them in RESULTS (which may be NULL when N is 0) and
   returns how many there are, as snprintf does; 0 with errno ENOENT when
   none, or EINVAL when CODE is not a code.  */
size_t tcerr_lookup_any (const char *code, struct tcerr_result *results,
                         size_t n);
size_t tcerr_lookup_any_l (const char *code, locale_t loc,
                           struct tcerr_result *results, size_t n);

/* The same lookups in the language LANG names, as tcerr_language_name
   takes it ("zh", "zh-CN", "zh_CN.UTF-8", "zh-Hant", "en-US", "C"), in
   UTF-8, whatever the caller's locale, LANGUAGE and codeset: the catalog
   installed for the language (by gettext's rules: ll_CC@mod, ll@mod,
   ll_CC, ll, and zh for every Chinese), read by the library itself, or
   English when there is none.  Nothing of the process is changed (no
   setlocale, uselocale, environment nor gettext call), and different
   threads may name different languages at once.  LANG NULL is the
   caller's locale: the same as the functions without _lang.  A LANG that
   names no language is EINVAL.  tcerr_message_lang_r copies as
   tcerr_message_r does, whole UTF-8 characters only, and returns EINVAL or
   ENOENT (BUF untouched) when there is no message.  */
int tcerr_lookup_lang (const char *lang, const char *product,
                       const char *code, struct tcerr_result *result);
const char *tcerr_message_lang (const char *lang, const char *product,
                                const char *code);
int tcerr_message_lang_r (const char *lang, const char *product,
                          const char *code, char *buf, size_t size);
size_t tcerr_lookup_any_lang (const char *lang, const char *code,
                              struct tcerr_result *results, size_t n);

/* The languages with a catalog in this build (po/LINGUAS when it was
   built, "en" included), as catalog names: a sorted, NULL-terminated
   list.  */
const char *const *tcerr_languages (void);

/* Whether a catalog answers the language LANG names, for the _lang
   functions: writes the name of the catalog that answers into BUF of SIZE
   bytes ("zh_CN", "zh", "en") and returns 0; or ENOENT when the language
   has none (BUF then names "en": English answers); EINVAL when LANG names
   no language; ERANGE when BUF is too small (TCERR_LANGUAGE_MAX bytes
   hold any).  English has a catalog always: the en catalog, or the
   English compiled in.  */
int tcerr_language_catalog (const char *lang, char *buf, size_t size);

/* Whether S is an error code as the API spells them: 1 to
   TCERR_CODE_MAX bytes of ASCII letters, digits, '.' and '_'.  Returns
   1 or 0.  */
int tcerr_is_code (const char *s);

/* Whether S can name a product: 1 to TCERR_PRODUCT_MAX bytes of lower-case
   ASCII letters, digits, '_' and '-'.  A well-formed name that no table has is looked
   up in the common table.  Returns 1 or 0.  */
int tcerr_is_product_name (const char *s);

/* Room for any name tcerr_language_name writes, its NUL included.  */
#define TCERR_LANGUAGE_MAX 32

/* The name of the gettext catalog for the language NAME names, into BUF
   of SIZE bytes: "ll", "ll_CC" or "ll_CC@modifier".  NAME may be a POSIX
   locale name ("zh_CN.UTF-8", "sr_RS@latin", "C"), a BCP 47 tag ("zh-CN",
   "zh-Hans", "zh-hant-TW", "en-GB") or Tencent Cloud's "zh-CN", in any
   case.  Chinese without a region is zh_CN, or zh_TW for the Traditional
   script; "C" and "POSIX" name English ("en").  Returns 0, EINVAL when NAME
   names no language, or ERANGE when BUF is too small (it then holds a
   cut, terminated name).  Whether a catalog exists for the language is
   another matter: without one, messages are English.  */
int tcerr_language_name (const char *name, char *buf, size_t size);

/* A stable ASCII name for MATCH: "none", "exact", "common", "category",
   "untranslated".  */
const char *tcerr_match_name (enum tcerr_match match);

/* Every documented key, sorted by product then code (byte order: the
   order of tcerr_key_compare).  Sets *COUNT to their number.  */
const struct tcerr_key *tcerr_keys (size_t *count);

/* The keys' order: less than, equal to or greater than 0 as key A sorts
   before, with or after key B, by product, then code, in byte order
   (strcmp).  A NULL key or name sorts before any other.  */
int tcerr_key_compare (const struct tcerr_key *a, const struct tcerr_key *b);

/* The known products, "common" included: a sorted, NULL-terminated list.
   Every product the Go SDKs define, also those whose codes all read as the
   common table's (and so have no keys of their own in tcerr_keys).  */
const char *const *tcerr_products (void);

/* The name of PRODUCT, one of tcerr_products (), in the current
   LC_MESSAGES language ("Cloud Virtual Machine", "云服务器" for "cvm"), or
   else the English compiled into the library; NULL, "" and "common" name
   the common table.  NULL with errno ENOENT for a product the registry
   does not know or that has no name, EINVAL for a string that is not a
   product name.  The string stays valid for the life of the process.  */
const char *tcerr_product_name (const char *product);
/* The same in the language LANG names (as tcerr_lookup_lang takes it),
   whatever the caller's locale; a NULL LANG is tcerr_product_name.  NULL
   with errno EINVAL also when LANG names no language.  */
const char *tcerr_product_name_lang (const char *lang, const char *product);

/* Messages come in the codeset of the calling thread's LC_CTYPE locale
   (GB18030 in a zh_CN.GB18030 locale, say).  After tcerr_use_utf8 () they
   come in UTF-8 whatever the locale, for the rest of the process (programs
   that write JSON, for instance).  Returns 0, or an errno value.  */
int tcerr_use_utf8 (void);

/* The directory of the catalogs (DIR/LANG/LC_MESSAGES/tcerr.mo): the
   TCERR_LOCALEDIR environment variable when set and not empty (read once;
   ignored in set-user-ID programs), else the configured $(localedir).
   Programs with catalogs installed beside the library's may bind their own
   text domain to it.  */
const char *tcerr_localedir (void);

/* The library's version, e.g. "0.1.0".  */
const char *tcerr_version (void);

#ifdef __cplusplus
}
#endif

#endif /* TCERR_H */
