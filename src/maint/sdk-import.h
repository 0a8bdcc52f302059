/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Bringing the catalogs in line with Tencent Cloud's Go SDKs: every
   tencentcloud/PRODUCT/VERSION/errors.go of each SDK checkout, one
   language each (tcerr-import --sdk=LANG=DIR).  */
#ifndef TCERR_SDK_IMPORT_H
#define TCERR_SDK_IMPORT_H

#include "project.h"

#include <stdbool.h>
#include <stddef.h>

struct sdk_source
{
  const char *lang;  /* the catalog it fills: zh_CN, en ... */
  const char *dir;   /* the checkout: the folder holding tencentcloud/ */
};

/* Reads the SDKs and changes the catalogs of P in memory (project_save
   writes them), saying what changed on stdout; their errors.go are added
   to P's files as upstream/sdk/NAME/tencentcloud/PRODUCT/VERSION/errors.go,
   NAME the last part of DIR.  Returns 0, or -1 after reporting the
   problems of a malformed file or tree (FILE:LINE) with P unchanged.
   VERBOSE lists every new key, and the page texts left to their page.  */
int import_sdks (struct project *p, const struct sdk_source *sdks,
                 size_t count, bool verbose);

#endif
