/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* What the catalogs must hold, worked out from upstream alone by the rules
   of po/README.md: the documented pages (oracle.c) and the Go SDKs kept in
   upstream/sdk/ (sdk-oracle.c), never the catalogs.

   - "common" keys: the pages' common tables.
   - A product with a page: the page's codes, with the page's Chinese.
   - Every other (product, code) of the SDKs, Chinese from the Chinese SDK,
     English from the international one.
   - A product's code whose Chinese is the common table's byte for byte, or
     that only the English SDK knows, in the common table's English (ours,
     po/en.po: common-english.h) while the common table has it, is no key
     of its own: the common table answers it.  (A row of a page's product
     table is always a key.)
   Texts lose the white space around them, as the catalogs' do.  */
#ifndef TESTS_UPSTREAM_H
#define TESTS_UPSTREAM_H

#include "common-english.h"
#include "oracle.h"
#include "sdk-oracle.h"

struct upstream
{
  struct oracle pages;
  struct sdk_oracle zh; /* $srcdir_upstream/sdk/tencentcloud-sdk-go */
  struct sdk_oracle en; /* $srcdir_upstream/sdk/tencentcloud-sdk-go-intl-en */
  struct common_english common_en; /* $srcdir_po/en.po's common entries */
};

/* Reads the pages ($TCERR_PAGES), both SDKs ($srcdir_upstream/sdk) and
   the common table's English ($srcdir_po/en.po).  Aborts, saying why, when
   one is missing.  */
void upstream_load (struct upstream *u);
void upstream_free (struct upstream *u);

/* Whether (PRODUCT, CODE) is a key of the registry.  When it is, *ZH and
   *EN get its upstream texts: NULL where upstream has none (Chinese-only
   or English-only keys), and *EN NULL also for the English of a key whose
   Chinese is a page's when no SDK has English for it (then ours).  */
int upstream_key (const struct upstream *u, const char *product,
                  const char *code, const char **zh, const char **en);

/* Whether the key (PRODUCT, CODE) is a page's: a "common" key or a code of
   PRODUCT's page.  Its English is then ours where no SDK has it.  */
int upstream_from_page (const struct upstream *u, const char *product,
                        const char *code);

/* Calls F (PRODUCT, CODE, ARG) for every key of upstream_key, in no
   particular order, some more than once.  */
void upstream_each_key (const struct upstream *u,
                        void (*f) (const char *product, const char *code,
                                   void *arg),
                        void *arg);

#endif
