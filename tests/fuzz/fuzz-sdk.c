/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer harness of the Go SDK reader (src/maint/sdk.c: sdk_parse):
   any bytes as the errors.go of cvm v20170312.  */
#include <config.h>

#include "fuzz.h"
#include "sdk.h"
#include "tcerr.h"

#include <string.h>

#define SDK_PRODUCT "cvm"
#define SDK_VERSION "v20170312"

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (sdk_diagnostics == NULL)
    {
      sdk_diagnostics = fopen ("/dev/null", "w");
      FUZZ_CHECK (sdk_diagnostics != NULL);
    }
  struct sdk_table t;
  memset (&t, 0x5a, sizeof t);
  int rc = sdk_parse ("errors.go", (const char *) data, size, SDK_PRODUCT,
                      SDK_VERSION, &t);
  FUZZ_CHECK (rc >= 0);
  FUZZ_CHECK (sdk_parse ("errors.go", (const char *) data, size, SDK_PRODUCT,
                         SDK_VERSION, NULL) == rc);
  if (rc == 0)
    {
      FUZZ_CHECK (t.product != NULL && strcmp (t.product, SDK_PRODUCT) == 0);
      FUZZ_CHECK (t.version != NULL && strcmp (t.version, SDK_VERSION) == 0);
      FUZZ_CHECK ((t.rows == NULL) == (t.count == 0));
      for (size_t i = 0; i < t.count; i++)
        {
          const struct sdk_row *row = &t.rows[i];
          FUZZ_CHECK (row->code != NULL && tcerr_is_code (row->code));
          FUZZ_CHECK (row->text != NULL);
          size_t n = strlen (row->text);
          /* no white space around a text (po/README.md, "Texts") */
          if (n > 0)
            FUZZ_CHECK (row->text[0] != ' ' && row->text[0] != '\t'
                        && row->text[n - 1] != ' '
                        && row->text[n - 1] != '\t');
          FUZZ_CHECK (row->line >= 1);
          if (i > 0)
            FUZZ_CHECK (row->line > t.rows[i - 1].line);
          for (size_t j = 0; j < i; j++)
            FUZZ_CHECK (strcmp (t.rows[j].code, row->code) != 0);
        }
    }
  else
    FUZZ_CHECK (t.count == 0 && t.rows == NULL);
  sdk_table_free (&t);
  FUZZ_CHECK (t.count == 0 && t.rows == NULL);
  sdk_table_free (&t);
  return 0;
}
