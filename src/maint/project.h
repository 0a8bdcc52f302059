/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The source tree's catalogs, as tcerr-import edits them: the registry of
   keys, po/LINGUAS, po/tcerr.pot and every po/LANG.po, loaded together,
   changed in memory, and saved all at once (or not at all).  */
#ifndef TCERR_PROJECT_H
#define TCERR_PROJECT_H

#include "diag.h"
#include "pofile.h"
#include "registry-def.h"
#include "staging.h"
#include "tcerr.h"

#include <stdbool.h>
#include <stddef.h>

/* A language of po/LINGUAS: its .po file, as loaded and edited.  */
struct language
{
  char *lang;
  po_file_t po;
  struct pofile_index *index;  /* its entries by key */
};

/* A file to write in the tree, held in memory until the save (its folders
   made then): the upstream files kept under upstream/sdk/.  */
struct project_file
{
  char *path;
  char *data;
  size_t len;
};

struct project
{
  char *srcdir;
  struct registry_file registry;
  char *linguas_preamble;     /* the comment lines of po/LINGUAS */
  struct language *languages; /* one per language of po/LINGUAS, sorted */
  size_t language_count;
  po_file_t pot;
  struct pofile_index *pot_index;
  struct staging extra;       /* other files to write (pages) */
  struct project_file *files; /* other files to write, not staged yet */
  size_t file_count;
  char **same_files;          /* files added with the bytes they have */
  size_t same_file_count;
};

/* Loads the catalogs of SRCDIR; -1 after reporting what is wrong.  */
int project_load (struct project *p, const char *srcdir);
void project_free (struct project *p);

/* The path SRCDIR/NAME, NAME formatted as by printf (caller frees).  */
char *project_path (const struct project *p, const char *format, ...)
  DIAG_PRINTF (2, 3);

/* LANG of po/LINGUAS, or NULL.  */
struct language *project_language (struct project *p, const char *lang);
/* Creates po/LANG.po (with msginit, for its header) with every key, and
   adds LANG to po/LINGUAS; starts the command's catalog po/cli/LANG.po too
   (but for English) and adds LANG to po/cli/LINGUAS; -1 after
   reporting.  */
int project_add_language (struct project *p, const char *lang);

/* Declares PRODUCT in the registry (TCERR_PRODUCT), with the entry of its
   name in the template and every catalog, where missing; returns whether
   the registry had no line for it.  */
bool project_add_product (struct project *p, const char *product);
/* The entry of PRODUCT's name in LANG's catalog, or NULL.  */
po_message_t project_name_entry (struct project *p, const char *lang,
                                 const char *product);

bool project_has_key (const struct project *p, const char *product,
                      const char *code);
/* Adds a key to the registry, the template and every catalog (where it
   is missing), and its product as project_add_product does.  The new
   entries enter the files, in registry order, when they are saved;
   meanwhile project_entry finds them.  */
void project_add_key (struct project *p, const char *product,
                      const char *code);
/* The entry of a key in LANG's catalog (NULL without one), found through
   the catalog's index.  */
po_message_t project_entry (struct project *p, const char *lang,
                            const char *product, const char *code);
/* Its translation, "" when there is none.  */
const char *project_text (struct project *p, const char *lang,
                          const char *product, const char *code);

/* Sets every other language's entry of a key, as extracted comments, to
   the English and Chinese texts for reference.  */
void project_refresh_references (struct project *p);

/* Adds the file SRCDIR/NAME, LEN bytes at DATA (copied), to what
   project_save writes, unless it has those bytes already (a file added
   again takes the new bytes); its folders are made then.  */
void project_add_file (struct project *p, const char *name,
                       const char *data, size_t len);

/* Writes what changed, all or nothing (staging.h), and removes what a
   killed run left beside the files.  With DRY_RUN, only says which files
   would change.  Prints the changed files' names once they are in place;
   returns the commit's result (STAGING_UNCHANGED for a failure before
   it).  */
enum staging_result project_save (struct project *p, bool dry_run);

#endif
