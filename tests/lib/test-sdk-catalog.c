/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Every key imported from the Go SDKs answers with upstream's text.
   Usage: test-sdk-catalog zh|en.  One case per product.  The expected
   answers come from upstream (tests/helpers/upstream.h), by the rules of
   po/README.md:
   - the codes of a product's documented page are the page's (tested by
     test-zh-catalog), the others the SDKs';
   - a product's code whose Chinese is the common table's, word for word,
     is answered by the common table;
   - Chinese where the Chinese SDK has it, else the common table's
     Chinese for the code, else the English SDK's;
   - English where the English SDK has it; else ours, or the rest of the
     chain (the common entry of the code, the category, or the note that
     the key has no English), never Chinese and never nothing.  */
#include <config.h>

#include "cases.h"
#include "tested-lang.h"
#include "upstream.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <tcerr.h>

static struct upstream upstream;
static int chinese;

static int
wrong (const char *product, const char *code, const struct tcerr_result *r,
       int err, const char *why)
{
  fprintf (stderr, "# %s %s: %s; found %s %s (%s): %s\n", product, code, why,
           err ? "-" : r->product, err ? "-" : r->code,
           tcerr_match_name (r->match), err ? "-" : r->message);
  return 1;
}

/* Checks one key; returns 0, or 1 after saying what is wrong.  */
static int
check_key (const char *product, const char *code)
{
  const char *zh, *en;
  int key = upstream_key (&upstream, product, code, &zh, &en);
  struct tcerr_result r;
  int err = tcerr_lookup_lang (test_lang (), product, code, &r);
  if (err != 0)
    return wrong (product, code, &r, err, "no answer");
  /* upstream's English is upstream's, even with a "。" in it */
  if (!chinese && (!key || en == NULL) && has_cjk (r.message))
    return wrong (product, code, &r, err, "Chinese in English");
  /* the common table's entry of the code: a product without a table of
     its own (no key, though tcerr_products lists it) is looked up in the
     common table itself */
  int listed = 0;
  size_t count;
  const struct tcerr_key *keys = tcerr_keys (&count);
  for (size_t i = 0; i < count && !listed; i++)
    listed = strcmp (keys[i].product, product) == 0;
  int common = strcmp (r.product, TCERR_COMMON) == 0
               && strcmp (r.code, code) == 0
               && r.match == (listed ? TCERR_MATCH_COMMON : TCERR_MATCH_EXACT);
  if (!key)
    {
      if (!common)
        return wrong (product, code, &r, err, "want the common entry");
      if (chinese
          && strcmp (r.message,
                     oracle_key_text (&upstream.pages, TCERR_COMMON, code)))
        return wrong (product, code, &r, err, "want the common text");
      return 0;
    }
  /* a reader of Chinese: the common table's Chinese for a code the
     product documents in English only (<tcerr.h>: steps 1 and 2 in the
     reader's language first) */
  const char *common_zh, *common_en;
  if (chinese && zh == NULL
      && upstream_key (&upstream, TCERR_COMMON, code, &common_zh, &common_en)
      && common_zh != NULL)
    {
      if (r.match != TCERR_MATCH_COMMON || strcmp (r.product, TCERR_COMMON)
          || strcmp (r.code, code) || strcmp (r.message, common_zh))
        return wrong (product, code, &r, err, "want the common Chinese");
      return 0;
    }
  const char *want = chinese ? (zh != NULL ? zh : en) : en;
  if (want == NULL)
    {
      /* no English upstream: ours (en.po, checked by english-checks.test),
         or the rest of the chain; never Chinese (above) */
      bool ours = r.match == TCERR_MATCH_EXACT
                  && strcmp (r.product, product) == 0
                  && strcmp (r.code, code) == 0;
      if (!ours && !common && r.match != TCERR_MATCH_CATEGORY
          && r.match != TCERR_MATCH_UNTRANSLATED)
        return wrong (product, code, &r, err, "want our English, the common"
                      " entry, the category or untranslated");
      return 0;
    }
  if (strcmp (r.product, product) != 0 || strcmp (r.code, code) != 0
      || r.match != TCERR_MATCH_EXACT)
    return wrong (product, code, &r, err, "want the key itself");
  if (strcmp (r.message, want) != 0)
    {
      fprintf (stderr, "#   want %s\n", want);
      return wrong (product, code, &r, err, "not upstream's text");
    }
  return 0;
}

static int
on_page (const char *product, const char *code)
{
  for (size_t i = 0; i < upstream.pages.count; i++)
    if (strcmp (upstream.pages.rows[i].page, product) == 0)
      return oracle_text (&upstream.pages, product, code) != NULL;
  return 0;
}

static void
each_product (void **state)
{
  const char *product = *state;
  size_t bad = 0, checked = 0;
  const struct sdk_oracle *sdks[] = { &upstream.zh, &upstream.en };
  for (size_t s = 0; s < 2; s++)
    for (size_t i = 0; i < sdks[s]->count; i++)
      {
        const struct sdk_oracle_key *k = &sdks[s]->keys[i];
        /* an empty comment is no text (po/README.md) */
        if (strcmp (k->product, product) != 0 || on_page (product, k->code)
            || *k->text == '\0')
          continue;
        /* a key in both SDKs is checked once, from the Chinese */
        const struct sdk_oracle_key *zh
          = s == 1 ? sdk_oracle_find (&upstream.zh, product, k->code) : NULL;
        if (zh != NULL && *zh->text != '\0')
          continue;
        checked++;
        bad += check_key (product, k->code);
      }
  assert_true (checked > 0);
  if (bad > 0)
    fail_msg ("%zu of %zu keys of %s answer wrong", bad, checked, product);
}

static void
add_products (struct cases *cases, const struct sdk_oracle *o)
{
  for (size_t i = 0; i < o->count; i++)
    if (i == 0 || strcmp (o->keys[i - 1].product, o->keys[i].product) != 0)
      {
        int seen = 0;
        for (size_t c = 0; c < cases->count && !seen; c++)
          seen = strcmp (cases->names[c], o->keys[i].product) == 0;
        if (!seen)
          cases_add (cases, o->keys[i].product, each_product,
                     o->keys[i].product);
      }
}

int
main (int argc, char **argv)
{
  if (argc != 2 || (strcmp (argv[1], "zh") != 0 && strcmp (argv[1], "en") != 0))
    {
      fputs ("usage: test-sdk-catalog zh|en\n", stderr);
      return 2;
    }
  chinese = strcmp (argv[1], "zh") == 0;
  cases_setlocale ();
  upstream_load (&upstream);

  struct cases cases = { NULL, NULL, 0 };
  add_products (&cases, &upstream.zh);
  add_products (&cases, &upstream.en);
  int status = cases_run (chinese ? "SDK keys (zh_CN)" : "SDK keys (English)",
                          &cases);
  upstream_free (&upstream);
  return status;
}
