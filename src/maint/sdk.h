/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Reading the error codes of Tencent Cloud's Go SDKs, for the maintainer
   tools: tencentcloud/PRODUCT/VERSION/errors.go, one Go constant a code,
   its description in the comment line above it (Chinese in
   tencentcloud-sdk-go, English in tencentcloud-sdk-go-intl-en).  */
#ifndef TCERR_SDK_H
#define TCERR_SDK_H

#include <stddef.h>
#include <stdio.h>

/* The longest line accepted (upstream's are under 1 KiB); files are read
   up to MAINT_FILE_MAX (files.h; upstream's are under 100 KiB).  */
#define SDK_LINE_MAX 65536

struct sdk_row
{
  char *code;         /* passes tcerr_is_code */
  char *text;         /* the comment after "// ", without trailing blanks;
                         may be "" (upstream has empty comments) */
  unsigned long line; /* 1-based line of the constant */
};

/* One errors.go.  */
struct sdk_table
{
  char *product;        /* as given: passes tcerr_is_product_name */
  char *version;        /* as given and in the package clause: "vYYYYMMDD" */
  struct sdk_row *rows; /* in file order, each code once */
  size_t count;
};

/* One (product, code) of a tree: its text in the newest version that has
   it.  The strings belong to the tree's files.  */
struct sdk_key
{
  const char *product;
  const char *code;
  const char *text;
  const char *version;  /* the folder it comes from, "vYYYYMMDD" */
  unsigned long line;   /* of its constant in that version's errors.go */
};

/* The errors.go files of a tree, merged.  */
struct sdk_tree
{
  struct sdk_key *keys;   /* sorted by (product, code), strcmp order */
  size_t count;
  struct sdk_table *files; /* sorted by (product, version) */
  size_t file_count;
  size_t products;        /* product folders with an errors.go */
};

/* Where problems are reported; NULL (the default) means stderr.  */
extern FILE *sdk_diagnostics;

/* Parses DATA (LEN bytes, any bytes), the errors.go of VERSION of PRODUCT
   read from NAME (used only in messages).  Returns 0 and fills *TABLE, or
   the number of problems (> 0) after reporting each as "NAME:LINE:
   message" (or "NAME: message" when it concerns the whole file), leaving
   *TABLE empty.  TABLE may be NULL to only check the file.  */
int sdk_parse (const char *name, const char *data, size_t len,
               const char *product, const char *version,
               struct sdk_table *table);

/* Reads the file PATH and parses it; an unreadable file is one problem
   ("PATH: strerror").  */
int sdk_read_file (const char *path, const char *product,
                   const char *version, struct sdk_table *table);

/* Frees what *TABLE holds and leaves it empty; harmless on an empty
   table.  */
void sdk_table_free (struct sdk_table *table);

/* Reads ROOT/tencentcloud/PRODUCT/VERSION/errors.go for every PRODUCT
   and every VERSION folder whose name starts with 'v' (it must then be
   "vYYYYMMDD"); other entries are ignored.  PRODUCT is the folder's name
   (it must pass tcerr_is_product_name), and a code in several versions of
   a product takes the text of the newest (the largest VERSION).  Returns
   0 and fills *TREE, or the number of problems (a missing or
   unreadable folder, no errors.go at all, a file refused by
   sdk_read_file) after reporting each, leaving *TREE empty.  TREE
   may be NULL to only check the tree.  */
int sdk_read_tree (const char *root, struct sdk_tree *tree);

/* Frees what *TREE holds and leaves it empty.  */
void sdk_tree_free (struct sdk_tree *tree);

/* The key (PRODUCT, CODE) of TREE, or NULL.  */
const struct sdk_key *sdk_find (const struct sdk_tree *tree,
                                const char *product, const char *code);

#endif
