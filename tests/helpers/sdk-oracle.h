/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The test oracle for the SDK-sourced keys: the Go SDKs' errors.go files
   kept in upstream/sdk/, read here by a reader of the tests' own, never through
   the catalogs nor through src/maint/sdk.c.

   In an errors.go, each code is a Go constant `\tNAME = "Code"` and the
   comment line just above it, `\t// text`, is its description.  A product
   with several API versions (folders vYYYYMMDD) answers with the newest
   version that has the code.  */
#ifndef TESTS_SDK_ORACLE_H
#define TESTS_SDK_ORACLE_H

#include <stddef.h>

struct sdk_oracle_key
{
  char *product;
  char *code;
  char *text;    /* without trailing blanks; "" for an empty comment or one
                    that only repeats the code (no text: po/README.md) */
  char *version;
};

struct sdk_oracle
{
  struct sdk_oracle_key *keys; /* sorted by (product, code) */
  size_t count;
};

/* Reads DIR/tencentcloud/ *\/v*\/errors.go.  Aborts, saying why, when DIR
   holds no such file.  */
void sdk_oracle_load (struct sdk_oracle *o, const char *dir);
void sdk_oracle_free (struct sdk_oracle *o);
/* The key (PRODUCT, CODE), or NULL.  */
const struct sdk_oracle_key *sdk_oracle_find (const struct sdk_oracle *o,
                                              const char *product,
                                              const char *code);

#endif
