/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* src/registry.def as a file, for tcerr-import: read, add products and
   keys, write.  */
#ifndef TCERR_REGISTRY_DEF_H
#define TCERR_REGISTRY_DEF_H

#include <stdbool.h>
#include <stddef.h>

struct registry_key
{
  char *product;
  char *code;
};

struct registry_file
{
  char *preamble;              /* the text before the first product or
                                  key, as is */
  struct registry_key *keys;   /* sorted by product, then code */
  size_t count;
  char **products;             /* TCERR_PRODUCT lines: every product,
                                  those without keys too; sorted */
  size_t product_count;
};

/* Reads PATH; on a malformed line reports "PATH:LINE: ..." on stderr and
   returns -1.  */
int registry_file_read (const char *path, struct registry_file *r);
bool registry_file_has (const struct registry_file *r,
                        const char *product, const char *code);
/* Adds (PRODUCT, CODE) in its sorted place, unless it is there, and
   PRODUCT as registry_file_add_product does.  */
void registry_file_add (struct registry_file *r,
                        const char *product, const char *code);
/* Whether PRODUCT has a TCERR_PRODUCT line.  */
bool registry_file_has_product (const struct registry_file *r,
                                const char *product);
/* Adds a TCERR_PRODUCT line for PRODUCT in its sorted place, unless there
   is one; returns whether it added one.  */
bool registry_file_add_product (struct registry_file *r,
                                const char *product);
/* The file's text (caller frees).  */
char *registry_file_format (const struct registry_file *r);
void registry_file_free (struct registry_file *r);

#endif
