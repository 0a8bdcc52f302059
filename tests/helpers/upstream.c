/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The keys and texts upstream gives the catalogs: see upstream.h.  */
#include <config.h>

#include "upstream.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
load_sdk (struct sdk_oracle *o, const char *name)
{
  const char *upstream = getenv ("srcdir_upstream");
  if (upstream == NULL || *upstream == '\0')
    {
      fputs ("upstream: srcdir_upstream is not set\n", stderr);
      abort ();
    }
  size_t n = strlen (upstream) + strlen (name) + sizeof "/sdk/";
  char *dir = malloc (n);
  if (dir == NULL)
    abort ();
  snprintf (dir, n, "%s/sdk/%s", upstream, name);
  sdk_oracle_load (o, dir);
  free (dir);
}

void
upstream_load (struct upstream *u)
{
  oracle_load (&u->pages);
  load_sdk (&u->zh, "tencentcloud-sdk-go");
  load_sdk (&u->en, "tencentcloud-sdk-go-intl-en");
  const char *po = getenv ("srcdir_po");
  if (po == NULL || *po == '\0')
    {
      fputs ("upstream: srcdir_po is not set\n", stderr);
      abort ();
    }
  size_t n = strlen (po) + sizeof "/en.po";
  char *path = malloc (n);
  if (path == NULL)
    abort ();
  snprintf (path, n, "%s/en.po", po);
  common_english_load (&u->common_en, path);
  free (path);
}

void
upstream_free (struct upstream *u)
{
  sdk_oracle_free (&u->zh);
  sdk_oracle_free (&u->en);
  common_english_free (&u->common_en);
  oracle_free (&u->pages);
}

static const char *
sdk_text (const struct sdk_oracle *o, const char *product, const char *code)
{
  const struct sdk_oracle_key *k = sdk_oracle_find (o, product, code);
  return k != NULL && *k->text != '\0' ? k->text : NULL;
}

/* What PRODUCT's page documents for CODE, or NULL.  */
static const struct oracle_lookup *
page_lookup (const struct upstream *u, const char *product, const char *code)
{
  for (size_t i = 0; i < u->pages.lookup_count; i++)
    if (strcmp (u->pages.lookups[i].page, product) == 0
        && strcmp (u->pages.lookups[i].code, code) == 0)
      return &u->pages.lookups[i];
  return NULL;
}

int
upstream_key (const struct upstream *u, const char *product,
              const char *code, const char **zh, const char **en)
{
  *zh = *en = NULL;
  const char *common = oracle_key_text (&u->pages, "common", code);
  if (strcmp (product, "common") == 0)
    {
      *zh = common;
      return common != NULL;
    }
  const struct oracle_lookup *page = page_lookup (u, product, code);
  if (page != NULL)
    {
      /* a row of the page's common table that says what the common table
         says is no key of its own; a row of its product table is */
      if (strcmp (page->table, "common") == 0 && common != NULL
          && strcmp (page->text, common) == 0)
        return 0;
      *zh = page->text;
      *en = sdk_text (&u->en, product, code);
      return 1;
    }
  const char *z = sdk_text (&u->zh, product, code);
  const char *e = sdk_text (&u->en, product, code);
  if (z == NULL && e == NULL)
    return 0;
  if (common != NULL && z != NULL && strcmp (z, common) == 0)
    return 0;
  if (common != NULL && z == NULL)
    {
      /* English only: a key where it words the code its own way */
      const char *common_en = common_english_text (&u->common_en, code);
      if (e == NULL || (common_en != NULL && strcmp (e, common_en) == 0))
        return 0;
    }
  *zh = z;
  *en = e;
  return 1;
}

int
upstream_from_page (const struct upstream *u, const char *product,
                    const char *code)
{
  return strcmp (product, "common") == 0
         || page_lookup (u, product, code) != NULL;
}

void
upstream_each_key (const struct upstream *u,
                   void (*f) (const char *, const char *, void *), void *arg)
{
  const char *zh, *en;
  for (size_t i = 0; i < u->pages.count; i++)
    {
      const struct oracle_row *r = &u->pages.rows[i];
      const char *product = strcmp (r->table, "common") == 0 ? "common"
                                                             : r->page;
      /* a page's common row may be a key of the page's product too */
      if (upstream_key (u, product, r->code, &zh, &en))
        f (product, r->code, arg);
      if (product != r->page && upstream_key (u, r->page, r->code, &zh, &en))
        f (r->page, r->code, arg);
    }
  const struct sdk_oracle *sdks[] = { &u->zh, &u->en };
  for (size_t s = 0; s < 2; s++)
    for (size_t i = 0; i < sdks[s]->count; i++)
      {
        const struct sdk_oracle_key *k = &sdks[s]->keys[i];
        /* a page's own codes were given above */
        if (page_lookup (u, k->product, k->code) != NULL)
          continue;
        if (upstream_key (u, k->product, k->code, &zh, &en))
          f (k->product, k->code, arg);
      }
}
