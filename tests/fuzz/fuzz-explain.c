/* libFuzzer harness of the --explain reader (src/cli/explain.c:
   cli_explain_read): any bytes as a file of API responses, or as a log
   with the errors the SDKs print and responses inside its lines
   (src/cli/log-scan.c, src/cli/sdk-errors.c).  The reader
   takes a file name, so the input is written to a scratch file first.  */
#include <config.h>

#include "explain.h"
#include "fuzz.h"
#include "query.h"

#include <locale.h>
#include <string.h>
#include <unistd.h>

static char path[4096];
static int fd = -1;

static void
remove_scratch (void)
{
  if (path[0] != '\0')
    unlink (path);
}

static void
init (void)
{
  const char *tmp = getenv ("TMPDIR");
  if (tmp == NULL || tmp[0] == '\0')
    tmp = "/tmp";
  FUZZ_CHECK (snprintf (path, sizeof path, "%s/tcerr-fuzz-explain-XXXXXX",
                        tmp) < (int) sizeof path);
  fd = mkstemp (path);
  FUZZ_CHECK (fd >= 0);
  atexit (remove_scratch);
  if (setlocale (LC_ALL, "C.UTF-8") == NULL)
    setlocale (LC_ALL, "");
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (fd < 0)
    init ();
  FUZZ_CHECK (ftruncate (fd, 0) == 0);
  FUZZ_CHECK (size == 0
              || pwrite (fd, data, size, 0) == (ssize_t) size);
  struct cli_responses rs;
  memset (&rs, 0, sizeof rs);
  bool ok = cli_explain_read (path, &rs);
  FUZZ_CHECK (rs.count <= rs.alloc);
  FUZZ_CHECK (rs.bytes == size || !ok);
  if (ok)
    FUZZ_CHECK (rs.count >= 1);
  for (size_t i = 0; i < rs.count; i++)
    {
      const struct cli_response *r = &rs.v[i];
      if (r->code != NULL)
        FUZZ_CHECK (cli_query_is_code (r->code));
      if (r->message.s != NULL)
        FUZZ_CHECK (r->message.s[r->message.len] == '\0');
      if (r->request_id.s != NULL)
        FUZZ_CHECK (r->request_id.s[r->request_id.len] == '\0');
      /* An error in a log has its line and format; a JSON response
         neither.  A code, when there is one, says where it came from; a
         response without error has none.  */
      FUZZ_CHECK ((r->format != NULL) == (r->line != 0));
      if (r->code == NULL && r->error)
        FUZZ_CHECK (r->code_from == NULL);
      if (!r->error)
        FUZZ_CHECK (r->code == NULL && r->code_from == NULL);
      if (r->code_from != NULL)
        FUZZ_CHECK (r->code != NULL && r->format != NULL
                    && (strcmp (r->code_from, "printed") == 0
                        || strcmp (r->code_from, "property") == 0
                        || strcmp (r->code_from, "message") == 0));
      /* A product named by the text is one of the catalog's, and says
         where it was named.  */
      FUZZ_CHECK ((r->product != NULL) == (r->product_from != NULL));
      if (r->product != NULL)
        FUZZ_CHECK (r->format != NULL && tcerr_is_product_name (r->product)
                    && (strcmp (r->product_from, "stack") == 0
                        || strcmp (r->product_from, "command") == 0));
      if (r->format != NULL && r->code != NULL)
        FUZZ_CHECK (r->code_from != NULL);
    }
  cli_explain_free (&rs);
  return 0;
}
