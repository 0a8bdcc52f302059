/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Copies of found errors: see api-error.h.  */
#include <config.h>

#include "api-error.h"
#include "utf8.h"
#include "xalloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* A copy of the LEN bytes of S (NULs allowed), NUL-terminated and valid
   UTF-8: each byte of an invalid sequence becomes U+FFFD; its length in
   *OUT_LEN.  */
static char *
utf8_copy (const char *s, size_t len, size_t *out_len)
{
  static const char replacement[] = "\xef\xbf\xbd";
  if (cli_utf8_valid (s, len))
    {
      *out_len = len;
      return xmemdup0 (s, len);
    }
  if (len > ((size_t) -1 - 1) / 3)
    xalloc_die ();
  char *copy = xmalloc (3 * len + 1);
  size_t o = 0;
  for (size_t i = 0; i < len;)
    {
      uint32_t c;
      int n = cli_utf8_decode (s + i, len - i, &c);
      if (n < 0)
        {
          memcpy (copy + o, replacement, 3);
          o += 3;
          i++;
        }
      else
        {
          memcpy (copy + o, s + i, (size_t) n);
          o += (size_t) n;
          i += (size_t) n;
        }
    }
  copy[o] = '\0';
  *out_len = o;
  return copy;
}

void
cli_api_error_copy (struct cli_api_error *dst,
                    const struct cli_api_error *src)
{
  *dst = *src;
  if (src->code != NULL)
    dst->code = xmemdup0 (src->code, src->code_len);
  if (src->message != NULL)
    dst->message = utf8_copy (src->message, src->message_len,
                              &dst->message_len);
  if (src->request_id != NULL)
    dst->request_id = utf8_copy (src->request_id, src->request_id_len,
                                 &dst->request_id_len);
}

/* Frees what P points to: a copy's own string, held as const.  */
static void
free_own (const char *p)
{
  free ((void *) (uintptr_t) p);
}

void
cli_api_error_free (struct cli_api_error *e)
{
  free_own (e->code);
  free_own (e->message);
  free_own (e->request_id);
  e->code = e->message = e->request_id = NULL;
}
