/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Syncing the catalogs with the Go SDKs (tcerr-import --sdk=LANG=DIR).

   Every (product, code) of the SDKs with a text in one of them is a key,
   but for two kinds:
   - a code documented by the product's page, upstream/pages/PRODUCT.md (either
     of its tables): the page is its source, and the SDK changes none of
     its page-sourced entries (it may fill an empty one, and replace "tcerr
     translation");
   - a code of the common table ("common", code) for which the product has
     no entry: no entry of its own when the SDK's Chinese is the common
     entry's byte for byte, or, when only the English SDK has it, its
     English is the common entry's; otherwise its own.
   An empty upstream comment, or one that only repeats the code, is no
   text.  A key without Chinese keeps an
   untranslated zh_CN entry (zh_CN users get the English compiled into the
   library); one without English an untranslated en entry (the library's
   chain goes on to common and the category).

   Each text written records its source as a translator comment, "Source:
   NAME PRODUCT/VERSION" (NAME the SDK checkout's folder name).  An entry
   whose Source is an SDK follows upstream; "tcerr translation" (ours)
   gives way to upstream's text; any other (a page, a twin, a translator,
   or none on a translated entry) is never overwritten, and a differing
   upstream text is reported.  When a key's Chinese changes, its other
   translations are marked fuzzy unless upstream's new text for that
   language came with it.  A key whose Source names an SDK that no longer
   has it stays, and is reported.

   Every product folder with an errors.go is a product of the registry
   (TCERR_PRODUCT), also when none of its codes is a key of its own (all
   worded as the common table's), and every product has the entry of its
   name (msgid = the product, no msgctxt) in each catalog.  The Chinese
   names are those of the zh_CN SDK's products.md (kept beside its
   errors.go files), "Source: NAME products.md", by the same rules as
   texts; a name upstream leaves empty is left untranslated.  */
#include <config.h>

#include "sdk-import.h"

#include "diag.h"
#include "files.h"
#include "page.h"
#include "pofile.h"
#include "products-md.h"
#include "sdk.h"
#include "tcerr.h"
#include "xalloc.h"

#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define OUR_TRANSLATION "tcerr translation"

/* One SDK of the run.  */
struct sdk
{
  const char *lang;
  const char *dir;
  char *name;                 /* DIR's last part: tencentcloud-sdk-go */
  struct sdk_tree tree;
  size_t next;                /* the merge's position in tree.keys */
  char *products_md;          /* DIR/products.md, or NULL without one */
  size_t products_md_len;
  struct products_md products; /* its table */
};

/* A product's documented page, read once.  */
struct product_page
{
  char *product;
  bool exists;
  struct page page;
};

struct sync
{
  struct project *p;
  struct sdk *sdks;
  size_t sdk_count;
  struct sdk *zh;             /* the zh_CN SDK, or NULL */
  bool verbose;
  struct product_page *pages;
  size_t page_count;
  bool page_problem;

  /* The product being imported, for its report.  */
  char *product;
  bool product_is_new;
  size_t product_new_keys;

  /* What the run did or found.  */
  size_t products_added, keys_added, texts_added, texts_changed;
  size_t ours_replaced, ours_confirmed, sources_moved, not_taken, gone;
  size_t same_as_common, english_only_common, page_codes, page_texts;
  size_t fuzzy_marked;
  size_t new_without_english, new_without_chinese;
  size_t products_declared, names_added, names_changed, names_kept;
  size_t names_upstream_empty;
};

/* --- Sources -------------------------------------------------------------- */

enum source_kind
{
  SOURCE_TRANSLATOR,  /* a translator's text: never overwritten */
  SOURCE_OURS,        /* "tcerr translation" */
  SOURCE_PAGE,        /* a page or a twin page */
  SOURCE_SDK          /* "NAME PRODUCT/VERSION" */
};

/* Whether S is "PRODUCT/vYYYYMMDD".  */
static bool
is_sdk_place (const char *s)
{
  const char *slash = strchr (s, '/');
  if (slash == NULL || slash == s || strlen (slash + 1) != 9
      || slash[1] != 'v')
    return false;
  for (const char *d = slash + 2; *d != '\0'; d++)
    if (*d < '0' || *d > '9')
      return false;
  return true;
}

/* What SOURCE (an entry's Source, or NULL) is; for an SDK, *NAME_LEN is
   the length of its name.  */
static enum source_kind
classify (const char *source, size_t *name_len)
{
  if (source == NULL)
    return SOURCE_TRANSLATOR;
  if (strcmp (source, OUR_TRANSLATION) == 0)
    return SOURCE_OURS;
  if (strncmp (source, "upstream/pages/", strlen ("upstream/pages/")) == 0
      || strncmp (source, "twin page (", strlen ("twin page (")) == 0)
    return SOURCE_PAGE;
  const char *space = strrchr (source, ' ');
  if (space != NULL && space > source && is_sdk_place (space + 1))
    {
      if (name_len != NULL)
        *name_len = (size_t) (space - source);
      return SOURCE_SDK;
    }
  return SOURCE_TRANSLATOR;
}

/* "NAME PRODUCT/VERSION" for KEY of SDK S (caller frees).  */
static char *
sdk_source_text (const struct sdk *s, const struct sdk_key *key)
{
  char *text = xmalloc (strlen (s->name) + strlen (key->product)
                        + strlen (key->version) + 3);
  sprintf (text, "%s %s/%s", s->name, key->product, key->version);
  return text;
}

/* --- Reading -------------------------------------------------------------- */

/* The last part of DIR, its trailing slashes ignored ("." and ".." taken
   from its real path); NULL if it has none.  */
static char *
checkout_name (const char *dir)
{
  char *copy = xstrdup (dir);
  char *name = xstrdup (basename (copy));
  free (copy);
  if (strcmp (name, ".") == 0 || strcmp (name, "..") == 0)
    {
      char *real = realpath (dir, NULL);
      free (name);
      name = real != NULL ? xstrdup (basename (real)) : NULL;
      free (real);
    }
  if (name != NULL && (*name == '\0' || strcmp (name, "/") == 0
                       || strchr (name, ' ') != NULL))
    {
      free (name);
      name = NULL;
    }
  return name;
}

/* Reads every SDK; -1 after reporting their problems (all of them).  */
static int
read_sdks (struct sync *s)
{
  int status = 0;
  for (size_t i = 0; i < s->sdk_count; i++)
    {
      struct sdk *sdk = &s->sdks[i];
      sdk->name = checkout_name (sdk->dir);
      if (sdk->name == NULL)
        {
          diag ("%s: no folder name to call this SDK by (it names the "
                "Sources and upstream/sdk/NAME)", sdk->dir);
          status = -1;
          continue;
        }
      if (sdk_read_tree (sdk->dir, &sdk->tree) != 0)
        status = -1;
      /* Its table of products, when it has one.  */
      char *path = path_join (sdk->dir, "products.md");
      struct stat st;
      if (stat (path, &st) == 0)
        {
          sdk->products_md = maint_read_file (path, &sdk->products_md_len);
          if (sdk->products_md == NULL)
            {
              diag_file (path, errno);
              status = -1;
            }
          else if (products_md_parse (path, sdk->products_md,
                                      sdk->products_md_len,
                                      &sdk->products) != 0)
            status = -1;
        }
      free (path);
      if (strcmp (sdk->lang, "zh_CN") == 0)
        s->zh = sdk;
    }
  return status;
}

/* The documented page of PRODUCT, read the first time it is asked for:
   NULL without one.  */
static const struct page *
product_page (struct sync *s, const char *product)
{
  for (size_t i = 0; i < s->page_count; i++)
    if (strcmp (s->pages[i].product, product) == 0)
      return s->pages[i].exists ? &s->pages[i].page : NULL;
  s->pages = xreallocarray (s->pages, s->page_count + 1, sizeof *s->pages);
  struct product_page *pp = &s->pages[s->page_count++];
  *pp = (struct product_page) { xstrdup (product), false,
                                { { NULL, 0, 0 }, { NULL, 0, 0 } } };
  char *path = project_path (s->p, "upstream/pages/%s.md", product);
  struct stat st;
  if (stat (path, &st) == 0)
    {
      if (page_read (path, &pp->page) == 0)
        pp->exists = true;
      else
        s->page_problem = true;
    }
  free (path);
  return pp->exists ? &pp->page : NULL;
}

static bool
page_documents (const struct page *page, const char *code)
{
  return page_find (&page->business, code) != NULL
         || page_find (&page->common, code) != NULL;
}

/* Whether the registry has a key of PRODUCT.  */
static bool
registry_has_product (const struct registry_file *r, const char *product)
{
  size_t lo = 0, hi = r->count;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      if (strcmp (r->keys[mid].product, product) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < r->count && strcmp (r->keys[lo].product, product) == 0;
}

/* --- Texts ---------------------------------------------------------------- */

/* SDK S's text for (PRODUCT, CODE), or NULL: an empty comment is none, and
   so is one that only repeats the code (about 200 in each SDK), which would
   show a user the bare code.  */
static const struct sdk_key *
sdk_text (const struct sdk *s, const char *product, const char *code)
{
  const struct sdk_key *key = sdk_find (&s->tree, product, code);
  return key != NULL && *key->text != '\0' && strcmp (key->text, code) != 0
         ? key : NULL;
}

enum outcome
{
  KEPT,     /* the entry stays as it was (its Source may have moved) */
  WRITTEN,  /* upstream's text written into an empty entry */
  CHANGED   /* upstream's text replaced another */
};

/* Brings S's LANG entry MSG of (PRODUCT, CODE) in line with KEY of SDK;
   NEW_KEY: the key was added by this run (nothing to report per text).  */
static enum outcome
take_text (struct sync *s, const struct sdk *sdk, const struct sdk_key *key,
           po_message_t msg, bool new_key)
{
  const char *product = key->product, *code = key->code, *lang = sdk->lang;
  const char *current = po_message_msgstr (msg);
  char *source = pofile_source (msg);
  char *upstream = sdk_source_text (sdk, key);
  enum source_kind kind = classify (source, NULL);
  enum outcome outcome = KEPT;

  if (*current == '\0')
    {
      po_message_set_msgstr (msg, key->text);
      po_message_set_fuzzy (msg, 0);
      pofile_set_source (msg, upstream);
      if (!new_key)
        {
          printf ("%s %s: %s text added (%s)\n", product, code, lang,
                  upstream);
          s->texts_added++;
        }
      outcome = WRITTEN;
    }
  else if (strcmp (current, key->text) == 0)
    {
      /* The same words: an upstream text now comes from where upstream
         has it (another version), ours is upstream's.  */
      if (kind == SOURCE_SDK && strcmp (source, upstream) != 0)
        {
          pofile_set_source (msg, upstream);
          s->sources_moved++;
        }
      else if (kind == SOURCE_OURS)
        {
          pofile_set_source (msg, upstream);
          s->ours_confirmed++;
          if (s->verbose)
            printf ("%s %s: %s: the " OUR_TRANSLATION " is upstream's "
                    "word for word; Source: %s\n", product, code, lang,
                    upstream);
        }
    }
  else if (kind == SOURCE_SDK)
    {
      po_message_set_msgstr (msg, key->text);
      po_message_set_fuzzy (msg, 0);
      pofile_set_source (msg, upstream);
      printf ("%s %s: %s text changed upstream (%s)\n", product, code, lang,
              upstream);
      s->texts_changed++;
      outcome = CHANGED;
    }
  else if (kind == SOURCE_OURS)
    {
      po_message_set_msgstr (msg, key->text);
      po_message_set_fuzzy (msg, 0);
      pofile_set_source (msg, upstream);
      printf ("%s %s: %s: %s replaces the " OUR_TRANSLATION "\n", product,
              code, lang, upstream);
      s->ours_replaced++;
      outcome = CHANGED;
    }
  else if (kind == SOURCE_PAGE)
    {
      s->page_texts++;
      if (s->verbose)
        printf ("%s %s: %s keeps the text of %s; %s says: %s\n", product,
                code, lang, source, upstream, key->text);
    }
  else
    {
      printf ("%s %s: %s keeps the translator's text; %s says: %s\n",
              product, code, lang, upstream, key->text);
      s->not_taken++;
    }
  free (upstream);
  free (source);
  return outcome;
}

/* The Chinese of (PRODUCT, CODE) changed: the translations that got no
   new upstream text with it (TOUCHED, per SDK) need review.  */
static void
mark_fuzzy (struct sync *s, const char *product, const char *code,
            const bool *touched)
{
  char *langs = NULL;
  size_t len = 0;
  FILE *list = xopen_memstream (&langs, &len);
  for (size_t c = 0; c < s->p->language_count; c++)
    {
      const char *lang = s->p->languages[c].lang;
      if (strcmp (lang, "zh_CN") == 0)
        continue;
      bool fresh = false;
      for (size_t i = 0; i < s->sdk_count; i++)
        if (touched[i] && strcmp (s->sdks[i].lang, lang) == 0)
          fresh = true;
      po_message_t msg = project_entry (s->p, lang, product, code);
      if (fresh || msg == NULL || !pofile_translated (msg))
        continue;
      if (!po_message_is_fuzzy (msg))
        s->fuzzy_marked++;
      po_message_set_fuzzy (msg, 1);
      fprintf (list, " %s", lang);
    }
  xclose_memstream (list);
  printf ("%s %s: the Chinese text changed;%s%s\n", product, code,
          *langs ? " marked fuzzy for review in" : " no translation to review",
          langs);
  free (langs);
}

/* --- Keys ----------------------------------------------------------------- */

/* The report of the product just done.  */
static void
end_product (struct sync *s)
{
  if (s->product != NULL && s->product_is_new && s->product_new_keys > 0)
    {
      printf ("%s: new product, %zu keys\n", s->product,
              s->product_new_keys);
      s->products_added++;
    }
  free (s->product);
  s->product = NULL;
}

static void
begin_key (struct sync *s, const char *product)
{
  if (s->product != NULL && strcmp (s->product, product) == 0)
    return;
  end_product (s);
  s->product = xstrdup (product);
  s->product_is_new = !registry_has_product (&s->p->registry, product);
  s->product_new_keys = 0;
}

/* The English SDK's text for (PRODUCT, CODE), or NULL.  */
static const struct sdk_key *
english_text (const struct sync *s, const char *product, const char *code)
{
  for (size_t i = 0; i < s->sdk_count; i++)
    if (strcmp (s->sdks[i].lang, "en") == 0)
      return sdk_text (&s->sdks[i], product, code);
  return NULL;
}

/* Whether (PRODUCT, CODE) gets a key of its own, for a product that has
   none; counts the ones that do not.  */
static bool
wants_key (struct sync *s, const char *product, const char *code)
{
  const struct page *page = product_page (s, product);
  if (page != NULL && page_documents (page, code))
    {
      /* A code the page documents and the catalogs give to common: the
         page's decision (import_page) stands.  */
      s->page_codes++;
      return false;
    }
  if (strcmp (product, TCERR_COMMON) == 0
      || !project_has_key (s->p, TCERR_COMMON, code))
    return true;
  const struct sdk_key *zh = s->zh != NULL ? sdk_text (s->zh, product, code)
                                           : NULL;
  if (zh == NULL)
    {
      /* Upstream has no Chinese for it (a run without the Chinese SDK
         cannot tell): its English is the product's only wording, its own
         where it differs from the common entry's.  */
      const struct sdk_key *en = english_text (s, product, code);
      const char *common = project_text (s->p, "en", TCERR_COMMON, code);
      if (s->zh != NULL && en != NULL && strcmp (en->text, common) != 0)
        return true;
      s->english_only_common++;
      return false;
    }
  const char *common = project_text (s->p, "zh_CN", TCERR_COMMON, code);
  if (strcmp (zh->text, common) == 0)
    {
      s->same_as_common++;
      return false;
    }
  return true;
}

/* One key of the SDKs: (PRODUCT, CODE), with a text in some of them.  */
static void
sync_key (struct sync *s, const char *product, const char *code)
{
  begin_key (s, product);
  bool new_key = false;
  if (!project_has_key (s->p, product, code))
    {
      if (!wants_key (s, product, code))
        return;
      project_add_key (s->p, product, code);
      new_key = true;
      s->keys_added++;
      s->product_new_keys++;
      if (!s->product_is_new || s->verbose)
        printf ("%s %s: new key\n", product, code);
    }
  else
    /* A catalog may lack a registered key (edited by hand): add it.  */
    project_add_key (s->p, product, code);

  /* Chinese first: whether it changed decides on the others.  */
  bool *touched = xcalloc (s->sdk_count, sizeof *touched);
  bool chinese_changed = false;
  for (int pass = 0; pass < 2; pass++)
    for (size_t i = 0; i < s->sdk_count; i++)
      {
        const struct sdk *sdk = &s->sdks[i];
        bool chinese = strcmp (sdk->lang, "zh_CN") == 0;
        if (chinese != (pass == 0))
          continue;
        touched[i] = false;
        const struct sdk_key *key = sdk_text (sdk, product, code);
        po_message_t msg = project_entry (s->p, sdk->lang, product, code);
        if (key == NULL || msg == NULL)
          continue;
        enum outcome o = take_text (s, sdk, key, msg, new_key);
        touched[i] = o != KEPT;
        if (chinese && o == CHANGED)
          chinese_changed = true;
      }
  if (chinese_changed)
    mark_fuzzy (s, product, code, touched);
  free (touched);

  if (new_key)
    {
      if (!pofile_translated (project_entry (s->p, "zh_CN", product, code)))
        s->new_without_chinese++;
      if (!pofile_translated (project_entry (s->p, "en", product, code)))
        s->new_without_english++;
    }
}

/* The smallest (product, code) at the SDKs' merge positions, or false at
   the end of all of them.  */
static bool
next_key (struct sync *s, const char **product, const char **code)
{
  const struct sdk_key *least = NULL;
  for (size_t i = 0; i < s->sdk_count; i++)
    {
      const struct sdk *sdk = &s->sdks[i];
      if (sdk->next == sdk->tree.count)
        continue;
      const struct sdk_key *k = &sdk->tree.keys[sdk->next];
      if (least == NULL
          || tcerr_key_compare (&(struct tcerr_key) { k->product, k->code },
                                &(struct tcerr_key) { least->product,
                                                      least->code }) < 0)
        least = k;
    }
  if (least == NULL)
    return false;
  *product = least->product;
  *code = least->code;
  for (size_t i = 0; i < s->sdk_count; i++)
    {
      struct sdk *sdk = &s->sdks[i];
      if (sdk->next < sdk->tree.count
          && strcmp (sdk->tree.keys[sdk->next].product, *product) == 0
          && strcmp (sdk->tree.keys[sdk->next].code, *code) == 0)
        sdk->next++;
    }
  return true;
}

/* Every key of the SDKs, in registry order.  */
static void
sync_keys (struct sync *s)
{
  const char *product, *code;
  while (next_key (s, &product, &code))
    {
      bool has_text = false;
      for (size_t i = 0; i < s->sdk_count; i++)
        if (sdk_text (&s->sdks[i], product, code) != NULL)
          has_text = true;
      if (has_text)
        sync_key (s, product, code);
    }
  end_product (s);
}

/* The keys whose text came from one of the SDKs that no longer has it.  */
static void
report_gone (struct sync *s)
{
  const struct registry_file *r = &s->p->registry;
  for (size_t k = 0; k < r->count; k++)
    {
      const char *product = r->keys[k].product, *code = r->keys[k].code;
      for (size_t i = 0; i < s->sdk_count; i++)
        {
          const struct sdk *sdk = &s->sdks[i];
          po_message_t msg = project_entry (s->p, sdk->lang, product, code);
          char *source = msg != NULL ? pofile_source (msg) : NULL;
          size_t name_len = 0;
          if (classify (source, &name_len) == SOURCE_SDK
              && name_len == strlen (sdk->name)
              && strncmp (source, sdk->name, name_len) == 0
              && sdk_text (sdk, product, code) == NULL)
            {
              printf ("%s %s: gone from %s (%s); kept, with its %s text\n",
                      product, code, sdk->name, sdk->lang, sdk->lang);
              s->gone++;
            }
          free (source);
        }
    }
}

/* --- Upstream's files ----------------------------------------------------- */

/* Each errors.go read, to upstream/sdk/NAME/tencentcloud/PRODUCT/VERSION/: the
   upstream text in the repository, byte for byte, the tests' oracle.  */
static int
keep_files (struct sync *s)
{
  for (size_t i = 0; i < s->sdk_count; i++)
    {
      const struct sdk *sdk = &s->sdks[i];
      for (size_t f = 0; f < sdk->tree.file_count; f++)
        {
          const struct sdk_table *t = &sdk->tree.files[f];
          char *name;
          if (asprintf (&name, "tencentcloud/%s/%s/errors.go", t->product,
                        t->version) < 0)
            xalloc_die ();
          char *path = path_join (sdk->dir, name);
          size_t len;
          char *data = maint_read_file (path, &len);
          if (data == NULL)
            {
              diag_file (path, errno);
              free (path);
              free (name);
              return -1;
            }
          char *target;
          if (asprintf (&target, "upstream/sdk/%s/%s", sdk->name, name) < 0)
            xalloc_die ();
          project_add_file (s->p, target, data, len);
          free (target);
          free (data);
          free (path);
          free (name);
        }
      if (sdk->products_md != NULL)
        {
          char *target;
          if (asprintf (&target, "upstream/sdk/%s/products.md", sdk->name) < 0)
            xalloc_die ();
          project_add_file (s->p, target, sdk->products_md,
                            sdk->products_md_len);
          free (target);
        }
    }
  return 0;
}

/* --- Products and their names --------------------------------------------- */

/* The name of PRODUCT changed in Chinese: the other languages' names
   need review.  */
static void
mark_name_fuzzy (struct sync *s, const char *product)
{
  for (size_t c = 0; c < s->p->language_count; c++)
    {
      const char *lang = s->p->languages[c].lang;
      po_message_t msg = project_name_entry (s->p, lang, product);
      if (strcmp (lang, "zh_CN") == 0 || msg == NULL
          || !pofile_translated (msg))
        continue;
      if (!po_message_is_fuzzy (msg))
        s->fuzzy_marked++;
      po_message_set_fuzzy (msg, 1);
      printf ("%s: the Chinese name changed; marked fuzzy for review in "
              "%s\n", product, lang);
    }
}

/* Brings the zh_CN name of the registry's PRODUCT in line with ROW of the
   products.md of SDK, as take_text does for texts.  */
static void
take_name (struct sync *s, const struct sdk *sdk, const char *product,
           const struct products_md_row *row)
{
  if (*row->name == '\0')
    {
      s->names_upstream_empty++;
      return;
    }
  po_message_t msg = project_name_entry (s->p, "zh_CN", product);
  if (msg == NULL)
    return;
  const char *current = po_message_msgstr (msg);
  char *source = pofile_source (msg);
  char *upstream = xmalloc (strlen (sdk->name) + sizeof " products.md");
  sprintf (upstream, "%s products.md", sdk->name);
  enum source_kind kind = classify (source, NULL);
  bool ours_or_upstream = kind == SOURCE_OURS
                          || (source != NULL
                              && strcmp (source, upstream) == 0);
  if (strcmp (current, row->name) == 0)
    {
      if (kind == SOURCE_OURS)
        pofile_set_source (msg, upstream);
    }
  else if (*current == '\0' || ours_or_upstream)
    {
      bool changed = *current != '\0';
      printf ("%s: Chinese name %s (%s): %s\n", product,
              changed ? "changed" : "added", upstream, row->name);
      po_message_set_msgstr (msg, row->name);
      po_message_set_fuzzy (msg, 0);
      pofile_set_source (msg, upstream);
      if (changed)
        {
          s->names_changed++;
          mark_name_fuzzy (s, product);
        }
      else
        s->names_added++;
    }
  else
    {
      printf ("%s: zh_CN keeps the translator's name; %s says: %s\n",
              product, upstream, row->name);
      s->names_kept++;
    }
  free (upstream);
  free (source);
}

/* Every product folder of the SDKs declared, every product of the
   registry with the entry of its name in each catalog, and the Chinese
   names taken from the zh_CN SDK's products.md.  */
static void
sync_products (struct sync *s)
{
  for (size_t i = 0; i < s->sdk_count; i++)
    {
      const struct sdk_tree *c = &s->sdks[i].tree;
      for (size_t f = 0; f < c->file_count; f++)
        {
          const char *product = c->files[f].product;
          /* The products with keys were declared with them.  */
          if (project_add_product (s->p, product))
            {
              printf ("%s: new product, none of its codes a key of its own "
                      "(each worded as the common table's, or none)\n",
                      product);
              s->products_declared++;
            }
        }
    }
  const struct registry_file *r = &s->p->registry;
  for (size_t i = 0; i < r->product_count; i++)
    {
      const char *product = r->products[i];
      project_add_product (s->p, product);
      const struct products_md_row *row
        = s->zh != NULL ? products_md_find (&s->zh->products, product)
                        : NULL;
      if (row != NULL)
        take_name (s, s->zh, product, row);
    }
}

/* --- The run -------------------------------------------------------------- */

static void
report_summary (const struct sync *s)
{
  for (size_t i = 0; i < s->sdk_count; i++)
    {
      const struct sdk *sdk = &s->sdks[i];
      printf ("%s (%s): %zu files, %zu products, %zu codes\n", sdk->name,
              sdk->lang, sdk->tree.file_count, sdk->tree.products,
              sdk->tree.count);
    }
  printf ("%zu products added, %zu keys added (%zu without Chinese, %zu "
          "without English); texts: %zu added, %zu changed upstream, %zu "
          "tcerr translations replaced, %zu translator's kept; %zu keys gone "
          "upstream\n", s->products_added, s->keys_added,
          s->new_without_chinese, s->new_without_english, s->texts_added,
          s->texts_changed, s->ours_replaced, s->not_taken, s->gone);
  if (s->fuzzy_marked > 0)
    printf ("%zu translations marked fuzzy for review\n", s->fuzzy_marked);
  if (s->sources_moved > 0)
    printf ("%zu Sources now name another version with the same text\n",
            s->sources_moved);
  if (s->ours_confirmed > 0)
    printf ("%zu tcerr translations are upstream's word for word: upstream "
            "is now their Source%s\n", s->ours_confirmed,
            s->verbose ? "" : " (--verbose lists them)");
  printf ("no entry of their own: %zu codes worded as in common, %zu "
          "English-only codes worded as in common, %zu codes of a page "
          "(upstream/pages/)\n", s->same_as_common, s->english_only_common,
          s->page_codes);
  if (s->page_texts > 0)
    printf ("%zu texts of pages kept where upstream words them "
            "differently%s\n", s->page_texts,
            s->verbose ? "" : " (--verbose lists them)");
  printf ("products: %zu in the registry (%zu added without keys); Chinese "
          "names: %zu added, %zu changed upstream, %zu translator's kept, "
          "%zu left untranslated (no name upstream)\n",
          s->p->registry.product_count, s->products_declared,
          s->names_added, s->names_changed, s->names_kept,
          s->names_upstream_empty);
}

int
import_sdks (struct project *p, const struct sdk_source *sources,
             size_t count, bool verbose)
{
  struct sync s = { .p = p, .sdk_count = count, .verbose = verbose };
  s.sdks = xcalloc (count > 0 ? count : 1, sizeof *s.sdks);
  for (size_t i = 0; i < count; i++)
    {
      s.sdks[i].lang = sources[i].lang;
      s.sdks[i].dir = sources[i].dir;
    }
  int status = read_sdks (&s);

  /* The pages of the SDKs' products, all read (and checked) first.  */
  for (size_t i = 0; status == 0 && i < count; i++)
    for (size_t f = 0; f < s.sdks[i].tree.file_count; f++)
      product_page (&s, s.sdks[i].tree.files[f].product);
  if (s.page_problem)
    status = -1;

  for (size_t i = 0; status == 0 && i < count; i++)
    if (project_language (p, s.sdks[i].lang) == NULL)
      {
        status = project_add_language (p, s.sdks[i].lang);
        if (status == 0)
          printf ("%s: new language, po/%s.po\n", s.sdks[i].lang,
                  s.sdks[i].lang);
      }
  if (status == 0)
    status = keep_files (&s);
  if (status == 0)
    {
      sync_keys (&s);
      sync_products (&s);
      report_gone (&s);
      project_refresh_references (p);
      report_summary (&s);
    }

  for (size_t i = 0; i < count; i++)
    {
      free (s.sdks[i].name);
      sdk_tree_free (&s.sdks[i].tree);
      free (s.sdks[i].products_md);
      products_md_free (&s.sdks[i].products);
    }
  free (s.sdks);
  for (size_t i = 0; i < s.page_count; i++)
    {
      free (s.pages[i].product);
      page_free (&s.pages[i].page);
    }
  free (s.pages);
  free (s.product);
  return status;
}
