/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer harness of what --explain reads (src/cli/error-list.c, over
   src/cli/log-scan.c, log-formats.c, json-scan.c, product-hints.c) and
   how it answers (src/cli/answer.c): any bytes as a text, cut into lines
   as --explain cuts them.  Each error collected must be well formed, and
   so must its answer.  */
#include <config.h>

#include "answer.h"
#include "error-list.h"
#include "fuzz.h"
#include "query.h"

#include <locale.h>
#include <string.h>

/* Whether FROM is one of the names a product may come from.  */
static bool
known_from (const char *from)
{
  static const char *const names[] = {
    CLI_FROM_STACK, CLI_FROM_COMMAND, CLI_FROM_HOST, CLI_FROM_ACTION,
    CLI_FROM_CLIENT, CLI_FROM_REQUEST
  };
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcmp (from, names[i]) == 0)
      return true;
  return false;
}

/* Checks the error E, as collected.  */
static void
check_error (const struct cli_api_error *e)
{
  FUZZ_CHECK (e->format != NULL && e->line >= 1);
  if (e->code != NULL)
    FUZZ_CHECK (e->code[e->code_len] == '\0' && cli_query_is_code (e->code)
                && e->code_from != NULL
                && (strcmp (e->code_from, "printed") == 0
                    || strcmp (e->code_from, "property") == 0));
  else
    FUZZ_CHECK (e->code_from == NULL);
  if (e->message != NULL)
    FUZZ_CHECK (e->message[e->message_len] == '\0');
  if (e->request_id != NULL)
    FUZZ_CHECK (e->request_id[e->request_id_len] == '\0');
  /* A response without error carries nothing else.  */
  if (!e->error)
    FUZZ_CHECK (e->code == NULL && e->message == NULL
                && strcmp (e->format, "json") == 0);
  /* A product named by the text is one of the catalog's, and says
     where it was named.  */
  FUZZ_CHECK ((e->product != NULL) == (e->product_from != NULL));
  if (e->product != NULL)
    FUZZ_CHECK (e->error && tcerr_is_product_name (e->product)
                && known_from (e->product_from));
}

/* Checks the answer to E.  */
static void
check_answer (const struct cli_api_error *e)
{
  struct cli_answer a;
  cli_answer_error (NULL, e, &a);
  if (!e->error)
    FUZZ_CHECK (!a.found);
  if (a.found)
    FUZZ_CHECK (cli_query_is_code (a.hit.code) && a.product_from != NULL
                && a.hit.result.message != NULL);
  else
    FUZZ_CHECK (a.product_from == NULL && a.candidate_count == 0);
  if (e->code != NULL && a.found)
    FUZZ_CHECK (strcmp (a.hit.code, e->code) == 0);
  if (e->code == NULL && a.found)
    FUZZ_CHECK (a.code_from != NULL && strcmp (a.code_from, "message") == 0);
  FUZZ_CHECK (a.candidate_count <= CLI_CANDIDATES_MAX);
  for (size_t i = 0; i < a.candidate_count; i++)
    FUZZ_CHECK (strcmp (a.candidates[i].product, a.hit.result.product) != 0);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static bool ready;
  if (!ready)
    {
      if (setlocale (LC_ALL, "C.UTF-8") == NULL)
        setlocale (LC_ALL, "");
      ready = true;
    }
  struct cli_error_list list;
  memset (&list, 0, sizeof list);
  struct cli_error_log *log = cli_error_log_new (&list);
  const char *text = (const char *) data, *end = text + size;
  size_t lines = 0;
  for (const char *p = text; p < end;)
    {
      const char *nl = memchr (p, '\n', (size_t) (end - p));
      const char *eol = nl != NULL ? nl : end;
      cli_error_log_line (log, p, (size_t) (eol - p));
      lines++;
      p = eol + 1;
    }
  cli_error_log_end (log);
  FUZZ_CHECK (list.count <= list.alloc);
  for (size_t i = 0; i < list.count; i++)
    {
      check_error (&list.v[i]);
      FUZZ_CHECK (list.v[i].line <= lines);
      /* In the order of their lines.  */
      if (i > 0)
        FUZZ_CHECK (list.v[i - 1].line <= list.v[i].line);
      check_answer (&list.v[i]);
    }
  cli_error_log_free (log);
  cli_error_list_clear (&list);
  free (list.v);
  return 0;
}
