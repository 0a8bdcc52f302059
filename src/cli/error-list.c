/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The errors of a text, collected: see error-list.h.

   A RequestId names one API call: every error that carries it is the
   same error (the Terraform provider logs the response, then the SDK's
   error of it, then its retries), so the product that the text named
   beside one of them is the others' too.  The last RECENT RequestIds
   with a product are kept for that.  */
#include <config.h>

#include "error-list.h"
#include "log-scan.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

#define RECENT 64
#define ID_MAX 64

/* A RequestId and the product named with it.  */
struct named
{
  char id[ID_MAX];
  size_t id_len;
  const char *product, *from;
};

struct cli_error_log
{
  struct cli_error_list *list;
  struct cli_log_scan *scan;
  size_t first;            /* the first of LIST this log added */
  size_t last;             /* the one added last */
  bool has_last;
  struct named recent[RECENT];
  size_t recent_next;
};

void
cli_error_list_clear (struct cli_error_list *list)
{
  for (size_t i = 0; i < list->count; i++)
    cli_api_error_free (&list->v[i]);
  list->count = 0;
}

/* The product named with the RequestId of E, or NULL.  */
static struct named *
named_with (struct cli_error_log *log, const struct cli_api_error *e)
{
  if (e->request_id == NULL || e->request_id_len == 0
      || e->request_id_len > ID_MAX)
    return NULL;
  for (size_t i = 0; i < RECENT; i++)
    if (log->recent[i].id_len == e->request_id_len
        && memcmp (log->recent[i].id, e->request_id, e->request_id_len) == 0)
      return &log->recent[i];
  return NULL;
}

/* Keeps the product of E with its RequestId.  */
static void
remember (struct cli_error_log *log, const struct cli_api_error *e)
{
  if (e->product == NULL || e->request_id == NULL
      || e->request_id_len == 0 || e->request_id_len > ID_MAX)
    return;
  struct named *n = named_with (log, e);
  if (n == NULL)
    {
      n = &log->recent[log->recent_next];
      log->recent_next = (log->recent_next + 1) % RECENT;
    }
  memcpy (n->id, e->request_id, e->request_id_len);
  n->id_len = e->request_id_len;
  n->product = e->product;
  n->from = e->product_from;
}

/* Adds the error E found, in line order among this log's.  */
static void
take_error (const struct cli_api_error *e, void *arg)
{
  struct cli_error_log *log = arg;
  struct cli_error_list *list = log->list;
  if (list->count == list->alloc)
    {
      list->alloc = list->alloc != 0 ? 2 * list->alloc : 16;
      list->v = xreallocarray (list->v, list->alloc, sizeof *list->v);
    }
  if (log->first > list->count)
    log->first = list->count;
  struct cli_api_error copy;
  cli_api_error_copy (&copy, e);
  const struct named *n;
  if (copy.error && copy.product == NULL
      && (n = named_with (log, &copy)) != NULL)
    {
      copy.product = n->product;
      copy.product_from = CLI_FROM_REQUEST;
    }
  remember (log, &copy);
  size_t i = list->count++;
  for (; i > log->first && list->v[i - 1].line > copy.line; i--)
    list->v[i] = list->v[i - 1];
  list->v[i] = copy;
  log->last = i;
  log->has_last = copy.error;
}

/* The frames after the error added last name PRODUCT (from FROM): it is
   its product, unless the list no longer holds it (--filter explains
   each line's and clears them).  */
static void
take_hint (const char *product, const char *from, void *arg)
{
  struct cli_error_log *log = arg;
  if (!log->has_last || log->last >= log->list->count
      || log->last < log->first)
    return;
  struct cli_api_error *e = &log->list->v[log->last];
  e->product = product;
  e->product_from = from;
  remember (log, e);
}

struct cli_error_log *
cli_error_log_new (struct cli_error_list *list)
{
  struct cli_error_log *log = xcalloc (1, sizeof *log);
  log->list = list;
  log->first = list->count;
  log->scan = cli_log_scan_new (take_error, take_hint, log);
  return log;
}

void
cli_error_log_free (struct cli_error_log *log)
{
  if (log == NULL)
    return;
  cli_log_scan_free (log->scan);
  free (log);
}

size_t
cli_error_log_line (struct cli_error_log *log, const char *line, size_t len)
{
  if (log->first > log->list->count)
    log->first = log->list->count;
  return cli_log_scan_line (log->scan, line, len);
}

void
cli_error_log_skip (struct cli_error_log *log, size_t n)
{
  cli_log_scan_skip (log->scan, n);
}

bool
cli_error_log_weighs_distance (const struct cli_error_log *log)
{
  return cli_log_scan_weighs_distance (log->scan);
}

bool
cli_error_log_waiting (const struct cli_error_log *log)
{
  return cli_log_scan_waiting (log->scan);
}

size_t
cli_error_log_end (struct cli_error_log *log)
{
  return cli_log_scan_end (log->scan);
}
