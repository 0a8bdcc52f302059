/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Importing an error-code page, and its twins, into the catalogs.

   Keys: the page's product table goes under the product's context; its
   common table goes under "common", except where the page words a common
   code differently from our "common" entry: that product then gets its own
   entry for the code, and "common" stays as it is.  Texts: the Chinese
   page's go to zh_CN; a twin's fill the entries of its language that have
   no translation yet, never replacing one.  When the Chinese text of a key
   changes, the other languages' translations of it are marked fuzzy, and
   kept.

   Provenance (a translator comment, which msgmerge keeps): a Chinese text
   the page writes says "Source: upstream/pages/PRODUCT.md", a twin's "Source:
   twin page (LANG)".  The page's own product keys always name it; a
   common key names the page that wrote its text (or the first page
   imported since it had no Source).

   A product may have twins only (MongoDB's page exists in English,
   Japanese and Korean): its keys are then the first twin's codes, and
   zh_CN gets no text.  */
#include <config.h>

#include "page-import.h"

#include "align.h"
#include "diag.h"
#include "files.h"
#include "page.h"
#include "xalloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct twin
{
  const char *lang;
  const char *path;
  struct page page;
  size_t *match_common;   /* per Chinese row: the twin row, or ALIGN_NONE */
  size_t *match_business;
};

struct import
{
  struct project *p;
  const struct page *zh;  /* the keys: the Chinese page, or the first twin */
  bool chinese;           /* whether *zh is the Chinese page */
  const char *product;
  struct twin *twins;
  size_t twin_count;
  bool verbose;
  size_t kept;            /* translations kept although a twin differs */
  char **no_english;      /* new keys without English, "product code" */
  size_t no_english_count;
};

/* --- Rows ----------------------------------------------------------------- */

/* Twin T's text for Chinese row I of the common (or product) table, or
   NULL.  */
static const char *
twin_text (const struct twin *t, bool common, size_t i)
{
  const size_t *match = common ? t->match_common : t->match_business;
  const struct page_table *table = common ? &t->page.common
                                          : &t->page.business;
  return match[i] != ALIGN_NONE ? table->rows[match[i]].text : NULL;
}

/* Fills the twins' languages for a key, where they have no translation.  */
static void
take_twins (struct import *im, const char *product, const char *code,
            bool common, size_t i)
{
  for (size_t k = 0; k < im->twin_count; k++)
    {
      const struct twin *t = &im->twins[k];
      const char *text = twin_text (t, common, i);
      po_message_t msg = project_entry (im->p, t->lang, product, code);
      if (text == NULL || msg == NULL)
        continue;
      if (!pofile_translated (msg))
        {
          char *source = xmalloc (strlen (t->lang) + sizeof "twin page ()");
          sprintf (source, "twin page (%s)", t->lang);
          po_message_set_msgstr (msg, text);
          po_message_set_fuzzy (msg, 0);
          pofile_set_source (msg, source);
          free (source);
          printf ("%s %s: %s from the twin\n", product, code, t->lang);
        }
      else if (strcmp (po_message_msgstr (msg), text) != 0)
        {
          im->kept++;
          if (im->verbose)
            printf ("%s %s: %s keeps its translation; the twin says: %s\n",
                    product, code, t->lang, text);
        }
    }
}

/* The Chinese text of a key changed: its translations need review.  */
static void
mark_translations_fuzzy (struct import *im, const char *product,
                         const char *code)
{
  char *langs = NULL;
  size_t len = 0;
  FILE *list = xopen_memstream (&langs, &len);
  for (size_t c = 0; c < im->p->language_count; c++)
    {
      const struct language *language = &im->p->languages[c];
      po_message_t msg = project_entry (im->p, language->lang, product, code);
      if (strcmp (language->lang, "zh_CN") == 0 || msg == NULL
          || !pofile_translated (msg))
        continue;
      po_message_set_fuzzy (msg, 1);
      fprintf (list, " %s", language->lang);
    }
  xclose_memstream (list);
  printf ("%s %s: the Chinese text changed;%s%s\n", product, code,
          *langs ? " marked fuzzy for review in" : " no translation to review",
          langs);
  free (langs);
}

/* Writes ROW's Chinese text into the key (PRODUCT, CODE), adding the key
   if needed, and names the page as its Source.  */
static void
import_chinese (struct import *im, const char *product,
                const struct page_row *row)
{
  const char *code = row->code;
  po_message_t zh;
  bool written = true;
  if (!project_has_key (im->p, product, code))
    {
      project_add_key (im->p, product, code);
      zh = project_entry (im->p, "zh_CN", product, code);
      po_message_set_msgstr (zh, row->text);
      printf ("%s %s: new key\n", product, code);
    }
  else
    {
      /* A catalog may lack a registered key (edited by hand): add it.  */
      project_add_key (im->p, product, code);
      zh = project_entry (im->p, "zh_CN", product, code);
      written = strcmp (po_message_msgstr (zh), row->text) != 0;
      if (written)
        {
          bool had_text = pofile_translated (zh);
          po_message_set_msgstr (zh, row->text);
          if (had_text)
            mark_translations_fuzzy (im, product, code);
          else
            printf ("%s %s: Chinese text added\n", product, code);
        }
    }
  po_message_set_fuzzy (zh, 0);
  char *source = pofile_source (zh);
  if (written || source == NULL || strcmp (product, im->product) == 0)
    {
      char *page = xmalloc (strlen (im->product) + sizeof "upstream/pages/.md");
      sprintf (page, "upstream/pages/%s.md", im->product);
      pofile_set_source (zh, page);
      free (page);
    }
  free (source);
}

/* Adds the key (PRODUCT, CODE) of a product without a Chinese page: its
   zh_CN entry is left as it is.  */
static void
add_key_only (struct import *im, const char *product, const char *code)
{
  if (!project_has_key (im->p, product, code))
    printf ("%s %s: new key, no Chinese\n", product, code);
  /* Also adds it to a catalog that lacks it.  */
  project_add_key (im->p, product, code);
}

/* Notes the key (PRODUCT, CODE) when it has no English.  */
static void
note_no_english (struct import *im, const char *product, const char *code)
{
  po_message_t en = project_entry (im->p, "en", product, code);
  if (en == NULL || pofile_translated (en))
    return;
  im->no_english = xreallocarray (im->no_english, im->no_english_count + 1,
                                  sizeof *im->no_english);
  char *name = xmalloc (strlen (product) + strlen (code) + 2);
  sprintf (name, "%s %s", product, code);
  im->no_english[im->no_english_count++] = name;
}

/* Imports row I of a table of the keys' page as the key (PRODUCT,
   CODE).  */
static void
import_key (struct import *im, const char *product, const struct page_row *row,
            bool common, size_t i)
{
  if (im->chinese)
    import_chinese (im, product, row);
  else
    add_key_only (im, product, row->code);
  take_twins (im, product, row->code, common, i);
  note_no_english (im, product, row->code);
}

/* A row of the page's common table: "common", unless the page words the
   code differently from our common entry (without a Chinese page, there
   is no wording to compare: "common").  */
static void
import_common_row (struct import *im, const struct page_row *row, size_t i)
{
  const char *product = TCERR_COMMON;
  const char *ours = project_text (im->p, "zh_CN", TCERR_COMMON, row->code);
  if (im->chinese && *ours != '\0' && strcmp (ours, row->text) != 0)
    {
      /* The product's own row of that code, if any, says it all.  */
      if (page_find (&im->zh->business, row->code) != NULL)
        return;
      product = im->product;
      if (!project_has_key (im->p, product, row->code))
        printf ("%s %s: the page words common %s differently: "
                "%s gets its own entry\n", product, row->code, row->code,
                product);
    }
  import_key (im, product, row, true, i);
}

/* --- Pages ---------------------------------------------------------------- */

/* Starts the line that reports twin T's row ROW, which no row of the
   keys' table ZH took by code: either its code is not there, or an
   earlier row of the twin has that code (a wrong code cell too).  */
static void
say_unmatched (const struct twin *t, const char *keys_lang,
               const struct page_table *zh, const struct page_row *row)
{
  printf ("%s:%lu: %s ", t->path, row->line, row->code);
  if (page_find (zh, row->code) != NULL)
    fputs ("is repeated in the twin", stdout);
  else
    printf ("is not on the %s page", keys_lang);
}

/* Matches twin T's table TWIN to the keys' table ZH (of the page in
   KEYS_LANG: "Chinese", or a twin's language), and reports how the rows
   that did not match by code were placed.  Returns the match per row of
   ZH (caller frees).  */
static size_t *
align_table (const struct twin *t, const char *keys_lang,
             const struct page_table *zh, const struct page_table *twin)
{
  size_t *match = xreallocarray (NULL, zh->count, sizeof *match);
  size_t count;
  struct align_note *notes = align_twin (zh, twin, match, &count);
  for (size_t k = 0; k < count; k++)
    {
      const struct page_row *row = &twin->rows[notes[k].twin];
      say_unmatched (t, keys_lang, zh, row);
      if (notes[k].zh != ALIGN_NONE)
        printf (": taken for %s, in the same place\n",
                zh->rows[notes[k].zh].code);
      else
        fputs (" and cannot be placed: left out\n", stdout);
    }
  free (notes);
  return match;
}

/* Reads the Chinese page (if any) and the twins: 0, or the number of
   problems.  A twin may repeat a code (a wrong code cell), except the
   first twin of a product without a Chinese page: its codes are the
   keys.  */
static int
read_pages (const char *page_path, struct page *zh, struct twin *twins,
            size_t twin_count)
{
  int problems = page_path != NULL ? page_read (page_path, zh) : 0;
  for (size_t k = 0; k < twin_count; k++)
    problems += page_path == NULL && k == 0
                ? page_read (twins[k].path, &twins[k].page)
                : page_read_twin (twins[k].path, &twins[k].page);
  return problems;
}

/* The page itself goes to upstream/pages/PRODUCT.md, unchanged: the catalogs'
   source and the tests' oracle.  */
static int
stage_page_copy (struct project *p, const char *product, const char *path)
{
  size_t len;
  char *data = maint_read_file (path, &len);
  if (data == NULL)
    {
      diag_file (path, errno);
      return -1;
    }
  char *target = project_path (p, "upstream/pages/%s.md", product);
  int status = staging_add_data (&p->extra, target, data, len);
  free (target);
  free (data);
  return status;
}

/* The Chinese name of the common table: the heading of a Chinese page's
   common table, which page.c recognises (pages title it so and no other
   way); taken when the name has none yet.  */
static void
name_common (struct project *p, const char *product)
{
  static const char heading[] = "公共错误码";
  project_add_product (p, TCERR_COMMON);
  po_message_t msg = project_name_entry (p, "zh_CN", TCERR_COMMON);
  if (msg == NULL || pofile_translated (msg))
    return;
  char *source = xmalloc (strlen (product) + sizeof "upstream/pages/.md");
  sprintf (source, "upstream/pages/%s.md", product);
  po_message_set_msgstr (msg, heading);
  pofile_set_source (msg, source);
  printf ("%s: Chinese name from %s: %s\n", TCERR_COMMON, source, heading);
  free (source);
}

int
import_page (struct project *p, const char *product, const char *page_path,
             const struct import_twin *twin_args, size_t twin_count,
             bool verbose)
{
  struct page zh = { { NULL, 0, 0 }, { NULL, 0, 0 } };
  struct twin *twins = xreallocarray (NULL, twin_count, sizeof *twins);
  memset (twins, 0, twin_count * sizeof *twins);
  for (size_t k = 0; k < twin_count; k++)
    {
      twins[k].lang = twin_args[k].lang;
      twins[k].path = twin_args[k].path;
    }
  /* Without a Chinese page (the caller gives a twin at least), the first
     twin's codes are the keys.  */
  bool chinese = page_path != NULL;
  const struct page *keys = chinese ? &zh : &twins[0].page;
  struct import im = { p, keys, chinese, product, twins, twin_count, verbose,
                       0, NULL, 0 };
  int status = read_pages (page_path, &zh, twins, twin_count) == 0 ? 0 : -1;

  for (size_t k = 0; status == 0 && k < twin_count; k++)
    if (project_language (p, twins[k].lang) == NULL)
      {
        status = project_add_language (p, twins[k].lang);
        if (status == 0)
          printf ("%s: new language, po/%s.po\n", twins[k].lang,
                  twins[k].lang);
      }
  if (status == 0 && chinese)
    status = stage_page_copy (p, product, page_path);
  else if (status == 0)
    printf ("%s: no Chinese page: the keys are the %s twin's codes, without"
            " Chinese\n", product, twins[0].lang);
  if (status == 0)
    {
      for (size_t k = 0; k < twin_count; k++)
        {
          const char *keys_lang = chinese ? "Chinese" : twins[0].lang;
          twins[k].match_common = align_table (&twins[k], keys_lang,
                                               &keys->common,
                                               &twins[k].page.common);
          twins[k].match_business = align_table (&twins[k], keys_lang,
                                                 &keys->business,
                                                 &twins[k].page.business);
        }
      for (size_t i = 0; i < keys->common.count; i++)
        import_common_row (&im, &keys->common.rows[i], i);
      for (size_t i = 0; i < keys->business.count; i++)
        import_key (&im, product, &keys->business.rows[i], false, i);
      if (chinese && keys->common.count > 0)
        name_common (p, product);
      project_refresh_references (p);
    }

  if (status == 0 && im.kept > 0)
    printf ("%zu existing translations kept where a twin words them "
            "differently%s\n", im.kept, verbose ? "" : " (--verbose lists them)");
  if (status == 0 && im.no_english_count > 0)
    {
      enum { SHOWN = 5 };
      printf ("%zu keys of the page have no English yet (po/en.po; make "
              "check wants it):", im.no_english_count);
      for (size_t i = 0; i < im.no_english_count && i < SHOWN; i++)
        printf ("%s %s", i > 0 ? "," : "", im.no_english[i]);
      if (im.no_english_count > SHOWN)
        printf (" and %zu more", im.no_english_count - SHOWN);
      putchar ('\n');
    }

  for (size_t i = 0; i < im.no_english_count; i++)
    free (im.no_english[i]);
  free (im.no_english);
  for (size_t k = 0; k < twin_count; k++)
    {
      page_free (&twins[k].page);
      free (twins[k].match_common);
      free (twins[k].match_business);
    }
  free (twins);
  page_free (&zh);
  return status;
}
