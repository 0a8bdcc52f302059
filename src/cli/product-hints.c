/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The product that the text around an error names: see product-hints.h.

   Each names a product of the registry only: a name the registry does not
   have ("common" included) is no hint.  Where each comes from:
   - a client's frame: Java com.tencentcloudapi.cvm.v20170312.CvmClient,
     .NET TencentCloud.Cbs.V20170312.CbsClient, Python
     tencentcloud/cbs/v20170312/cbs_client.py, Node.js
     tencentcloud/services/cvm/v20170312/cvm_client.js, PHP
     TencentCloud\Cvm\V20170312\CvmClient.php, Go
     tencentcloud/cbs@v1.0.900/v20170312 (the SDKs' own package paths);
   - tccli's command line: "tccli PRODUCT Action";
   - the endpoint, PRODUCT.tencentcloudapi.com or
     PRODUCT.REGION.tencentcloudapi.com (every SDK's default host), as the
     Terraform provider's debug log prints it beside the response
     (tencentcloud/connectivity/transport.go: "(host %+v, region:%+v)");
   - an action path: external-dns's "DnsPod/DescribeRecordList"
     (provider/tencentcloud/cloudapi/tencentapi.go, "%s/%s" of the
     service and the action), and the serverless components' error type
     "API_SCF_CreateFunction" (tencent-component-toolkit src/utils/api.ts,
     `API_${serviceType.toUpperCase()}_${action}`);
   - a client's name: CvmClient, the class every SDK but Go's names its
     clients by.  */
#include <config.h>

#include "api-error.h"
#include "product-hints.h"

#include <string.h>
#include <tcerr.h>

static bool
starts_with (const char *p, const char *end, const char *s)
{
  size_t n = strlen (s);
  return (size_t) (end - p) >= n && memcmp (p, s, n) == 0;
}

static bool
is_alnum (char c)
{
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
         || (c >= '0' && c <= '9');
}

static char
lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'a') : c;
}

/* The product of the registry named by the N bytes at P (any case), or
   NULL; "common" names none.  */
static const char *
registry_product (const char *p, size_t n)
{
  char name[TCERR_PRODUCT_MAX + 1];
  if (n == 0 || n > TCERR_PRODUCT_MAX)
    return NULL;
  for (size_t i = 0; i < n; i++)
    name[i] = lower (p[i]);
  name[n] = '\0';
  if (strcmp (name, TCERR_COMMON) == 0)
    return NULL;
  for (const char *const *q = tcerr_products (); *q != NULL; q++)
    if (strcmp (*q, name) == 0)
      return *q;
  return NULL;
}

/* Whether P (before END) starts with 'v' or 'V' and the eight digits of
   an API version (v20170312).  */
static bool
is_api_version (const char *p, const char *end)
{
  if (end - p < 9 || (*p != 'v' && *p != 'V'))
    return false;
  for (int i = 1; i <= 8; i++)
    if (p[i] < '0' || p[i] > '9')
      return false;
  return true;
}

/* The product named at P, just after "tencentcloud" (any case) and
   before END: SEP PRODUCT SEP VERSION, SEP one of '/', '\\' and '.'
   (Python, Go and Node.js paths, .NET and PHP namespaces), with Node.js's
   "services/" before the product, or Go's module version after it
   ("cbs@v1.0.900/v20170312").  */
static const char *
path_product (const char *p, const char *end)
{
  static const char services[] = "services/";
  if (p == end || (*p != '/' && *p != '\\' && *p != '.'))
    return NULL;
  char sep = *p++;
  if (sep == '/' && starts_with (p, end, services))
    p += sizeof services - 1;
  const char *name = p;
  while (p < end && is_alnum (*p))
    p++;
  size_t n = (size_t) (p - name);
  if (sep == '/' && p < end && *p == '@')
    for (const char *stop = end - p > 40 ? p + 40 : end;
         p < stop && *p != '/'; p++)
      continue;
  if (p == end || *p != sep || !is_api_version (p + 1, end))
    return NULL;
  return registry_product (name, n);
}

/* The product a client's stack frame names at P ("t" or "T" of
   "tencentcloud"), before END, or NULL.  */
static const char *
frame_product (const char *p, const char *end)
{
  /* Java: com.tencentcloudapi.cvm.v20170312.CvmClient.  */
  static const char java[] = "tencentcloudapi.";
  if (starts_with (p, end, java))
    {
      const char *name = p + sizeof java - 1, *q = name;
      while (q < end && is_alnum (*q))
        q++;
      if (q < end && *q == '.' && is_api_version (q + 1, end))
        return registry_product (name, (size_t) (q - name));
      return NULL;
    }
  static const char word[] = "tencentcloud";
  const size_t n = sizeof word - 1;
  if ((size_t) (end - p) < n)
    return NULL;
  for (size_t i = 0; i < n; i++)
    if (lower (p[i]) != word[i])
      return NULL;
  return path_product (p + n, end);
}

/* The product a tccli command line names at P ("tccli"), before END:
   "tccli PRODUCT Action", or NULL.  LINE: where the line starts.  */
static const char *
command_product (const char *line, const char *p, const char *end)
{
  if (p > line && p[-1] != ' ' && p[-1] != '\t' && p[-1] != '/'
      && p[-1] != '$' && p[-1] != '>')
    return NULL;
  const char *name = p + strlen ("tccli ");
  while (name < end && *name == ' ')
    name++;
  const char *q = name;
  while (q < end && (is_alnum (*q) || *q == '_' || *q == '-'))
    q++;
  const char *action = q;
  while (action < end && *action == ' ')
    action++;
  if (action == q || action == end || !(*action >= 'A' && *action <= 'Z'))
    return NULL;
  return registry_product (name, (size_t) (q - name));
}

/* The product a client's frame names anywhere in LINE to END.  */
static const char *
find_frame (const char *line, const char *end)
{
  const char *p, *product;
  for (p = line; p < end && (p = memmem (p, (size_t) (end - p), "encent", 6));
       p++)
    if (p > line && (p[-1] == 't' || p[-1] == 'T')
        && (product = frame_product (p - 1, end)) != NULL)
      return product;
  return NULL;
}

const char *
cli_hint_find (const char *line, size_t len, bool frame, const char **from)
{
  const char *end = line + len, *p, *product;
  if (frame && (product = find_frame (line, end)) != NULL)
    {
      *from = CLI_FROM_STACK;
      return product;
    }
  for (p = line; p < end && (p = memmem (p, (size_t) (end - p), "tccli ", 6));
       p++)
    if ((product = command_product (line, p, end)) != NULL)
      {
        *from = CLI_FROM_COMMAND;
        return product;
      }
  return NULL;
}

bool
cli_hint_is_frame (const char *line, size_t len)
{
  const char *end = line + len;
  if (len == 0)
    return false;
  if (line[0] == ' ' || line[0] == '\t')
    return true;
  if (line[0] == '#' && len > 1 && line[1] >= '0' && line[1] <= '9')
    return true;
  if (starts_with (line, end, "Stack trace:")
      || starts_with (line, end, "Caused by:")
      || starts_with (line, end, "--- End of")
      || starts_with (line, end, "goroutine "))
    return true;
  const char *blank = memchr (line, ' ', len);
  const char *paren = memchr (line, '(', len);
  if (line[len - 1] != ')')
    /* Go's function lines in github.com/pkg/errors' "%+v": no
       arguments.  */
    return blank == NULL && memmem (line, len, ".(", 2) != NULL;
  return blank == NULL || (paren != NULL && paren < blank);
}

/* --- Beside an error ------------------------------------------------------- */

static bool
is_host_char (char c)
{
  return is_alnum (c) || c == '-' || c == '.';
}

/* The product of an endpoint's host in LINE to END: the first label of
   a host that ends in ".tencentcloudapi.com".  */
static const char *
host_product (const char *line, const char *end)
{
  static const char domain[] = ".tencentcloudapi.com";
  const size_t n = sizeof domain - 1;
  for (const char *p = line; p < end
       && (p = memmem (p, (size_t) (end - p), domain, n)) != NULL; p += n)
    {
      const char *host = p;
      while (host > line && is_host_char (host[-1]))
        host--;
      const char *dot = memchr (host, '.', (size_t) (p - host + 1));
      const char *product = dot != NULL
        ? registry_product (host, (size_t) (dot - host)) : NULL;
      if (product != NULL)
        return product;
    }
  return NULL;
}

/* The length of the action name at P (before END): a capital, then
   letters and digits, four bytes at least, not going on; 0: none.  */
static size_t
action_len (const char *p, const char *end)
{
  const char *q = p;
  if (q == end || !(*q >= 'A' && *q <= 'Z'))
    return 0;
  while (q < end && is_alnum (*q))
    q++;
  if (q - p < 4 || (q < end && (*q == '_' || *q == '-' || *q == '/')))
    return 0;
  return (size_t) (q - p);
}

/* The product of an action path in LINE to END: SERVICE "/" ACTION, a
   word of its own (not inside a path or a URL), or "API_" SERVICE "_"
   ACTION.  */
static const char *
action_product (const char *line, const char *end)
{
  const char *p, *product;
  for (p = line; p < end && (p = memchr (p, '/', (size_t) (end - p))); p++)
    {
      const char *name = p;
      while (name > line && is_alnum (name[-1]))
        name--;
      if (name == p || (name > line && (name[-1] == '/' || name[-1] == '.'
                                        || name[-1] == '-' || name[-1] == '_'
                                        || name[-1] == ':')))
        continue;
      if (action_len (p + 1, end) > 0
          && (product = registry_product (name, (size_t) (p - name))) != NULL)
        return product;
    }
  for (p = line; p < end && (p = memmem (p, (size_t) (end - p), "API_", 4));
       p++)
    {
      if (p > line && is_alnum (p[-1]))
        continue;
      const char *name = p + 4, *q = name;
      while (q < end && ((*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9')))
        q++;
      if (q < end && *q == '_' && action_len (q + 1, end) > 0
          && (product = registry_product (name, (size_t) (q - name))) != NULL)
        return product;
    }
  return NULL;
}

/* The product of a client's name in LINE to END: a word "XxxClient"
   whose Xxx names it (AbstractClient, HttpClient name none).  */
static const char *
client_product (const char *line, const char *end)
{
  static const char client[] = "Client";
  const char *p, *product;
  for (p = line; p < end && (p = memmem (p, (size_t) (end - p), client, 6));
       p++)
    {
      const char *after = p + 6, *name = p;
      if (after < end && is_alnum (*after))
        continue;
      while (name > line && is_alnum (name[-1]))
        name--;
      if (name == p || !(*name >= 'A' && *name <= 'Z')
          || (name > line && (name[-1] == '_' || name[-1] == '-')))
        continue;
      if ((product = registry_product (name, (size_t) (p - name))) != NULL)
        return product;
    }
  return NULL;
}

const char *
cli_hint_beside (const char *line, size_t len, const char **from)
{
  const char *end = line + len, *product;
  if ((product = host_product (line, end)) != NULL)
    *from = CLI_FROM_HOST;
  else if ((product = action_product (line, end)) != NULL)
    *from = CLI_FROM_ACTION;
  else if ((product = find_frame (line, end)) != NULL)
    *from = CLI_FROM_STACK;
  else if ((product = client_product (line, end)) != NULL)
    *from = CLI_FROM_CLIENT;
  return product;
}
