/* Tencent Cloud API responses read for --explain, with json-c.

   The documented shape is
     {"Response": {"Error": {"Code": "...", "Message": "..."},
                   "RequestId": "..."}}
   and a response without "Error" carries no error.  Everything is read
   and checked before anything is printed.

   Input that is not such responses (a log, a terminal's output) is read
   line by line for the errors the official SDKs print and the responses
   logged inside lines (log-scan.c).  Only when it has none is it
   reported as malformed JSON, as before.  */
#include <config.h>

#include "cli.h"
#include "diag.h"
#include "explain.h"
#include "log-scan.h"
#include "message-index.h"
#include "query.h"
#include "text.h"
#include "xalloc.h"

#include <json-c/json.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHUNK 65536

/* The state of reading one file.  */
struct reader
{
  char *name;           /* for messages */
  struct json_tokener *tok;
  bool in_object;       /* the tokener has part of an object */
  size_t line;          /* the line being read */
  size_t object_line;   /* the line the current object starts on */
  struct cli_responses *rs;
  bool quiet;           /* trying the input as JSON: report nothing */
};

static size_t
count_lines (const char *s, size_t len)
{
  size_t n = 0;
  for (const char *p = s; (p = memchr (p, '\n', len - (size_t) (p - s)));
       p++)
    n++;
  return n;
}

/* Reports a problem of the input, unless R is quiet.  */
static void report (const struct reader *r, const char *format, ...)
  __attribute__ ((__format__ (__printf__, 2, 3)));
static void
report (const struct reader *r, const char *format, ...)
{
  if (r->quiet)
    return;
  va_list ap;
  va_start (ap, format);
  vdiag (format, ap);
  va_end (ap);
}

/* Reports the problem WHAT with the object that starts on LINE.  */
static bool
bad_response (const struct reader *r, const char *what)
{
  /* As in a compiler's messages: the file name, the line number.  */
  report (r, "%s:%zu: %s", r->name, r->object_line, what);
  return false;
}

/* Copies the string VALUE to *OUT; false when VALUE is not a string.  */
static bool
take_string (struct json_object *value, struct cli_string *out)
{
  if (!json_object_is_type (value, json_type_string))
    return false;
  out->len = (size_t) json_object_get_string_len (value);
  out->s = xmemdup0 (json_object_get_string (value), out->len);
  return true;
}

/* Fills *RESP from the "Error" object ERROR.  */
static bool
take_error (const struct reader *r, struct json_object *error,
            struct cli_response *resp)
{
  struct json_object *code, *message;
  struct cli_string s;
  if (!json_object_is_type (error, json_type_object))
    /* TRANSLATORS: "Error", "Code", "Message", "Response" and "RequestId"
       are the names of fields in the JSON response: keep them.  */
    return bad_response (r, _("\"Error\" is not an object"));
  if (!json_object_object_get_ex (error, "Code", &code)
      || !take_string (code, &s))
    return bad_response (r, _("the error has no \"Code\" string"));
  resp->code = s.s;
  /* NUL, \004, spaces or non-ASCII: not a code, and not for gettext.  */
  if (strlen (s.s) != s.len || !cli_query_is_code (s.s))
    {
      report (r, _("%s:%zu: invalid error code %s"), r->name,
                 r->object_line, cli_text_quote_mem (s.s, s.len));
      return false;
    }
  if (json_object_object_get_ex (error, "Message", &message)
      && message != NULL && !take_string (message, &resp->message))
    return bad_response (r, _("the error's \"Message\" is not a string"));
  return true;
}

static void
free_response (struct cli_response *resp)
{
  free (resp->code);
  free (resp->message.s);
  free (resp->request_id.s);
}

static void
append (struct cli_responses *rs, const struct cli_response *resp)
{
  if (rs->count == rs->alloc)
    {
      rs->alloc = rs->alloc != 0 ? 2 * rs->alloc : 16;
      if (rs->alloc > (size_t) -1 / sizeof *rs->v)
        xalloc_die ();
      rs->v = xrealloc (rs->v, rs->alloc * sizeof *rs->v);
    }
  rs->v[rs->count++] = *resp;
}

/* Drops the responses of RS from the COUNTth on.  */
static void
drop_from (struct cli_responses *rs, size_t count)
{
  while (rs->count > count)
    free_response (&rs->v[--rs->count]);
}

/* Checks the parsed object OBJ and appends its response.  */
static bool
take_response (struct reader *r, struct json_object *obj)
{
  struct json_object *response, *error, *request_id;
  struct cli_response resp = { NULL, { NULL, 0 }, { NULL, 0 }, 0, NULL,
                               false, NULL, NULL, NULL };
  bool ok = true;
  if (!json_object_object_get_ex (obj, "Response", &response)
      || !json_object_is_type (response, json_type_object))
    ok = bad_response (r, _("not a Tencent Cloud API response"
                            " (no \"Response\" object)"));
  else if (json_object_object_get_ex (response, "RequestId", &request_id)
           && request_id != NULL
           && !take_string (request_id, &resp.request_id))
    ok = bad_response (r, _("\"RequestId\" is not a string"));
  else if (json_object_object_get_ex (response, "Error", &error)
           && error != NULL)
    {
      ok = take_error (r, error, &resp);
      resp.error = true;
    }
  if (!ok)
    {
      free_response (&resp);
      return false;
    }
  append (r->rs, &resp);
  return true;
}

/* Parses the bytes of BUF from *OFF to LEN, as far as the tokener takes
   them: the rest of the object, or all of them when it goes on.  */
static bool
parse (struct reader *r, const char *buf, size_t len, size_t *off)
{
  struct json_object *obj
    = json_tokener_parse_ex (r->tok, buf + *off, (int) (len - *off));
  enum json_tokener_error err = json_tokener_get_error (r->tok);
  size_t end = err == json_tokener_continue
    ? len - *off : json_tokener_get_parse_end (r->tok);
  r->line += count_lines (buf + *off, end);
  *off += end;
  if (err == json_tokener_continue)
    return true;
  if (err != json_tokener_success)
    {
      report (r, _("%s:%zu: malformed JSON (%s)"), r->name, r->line,
                 json_tokener_error_desc (err));
      return false;
    }
  r->in_object = false;
  bool ok = take_response (r, obj);
  json_object_put (obj);
  return ok;
}

/* Skips the white space between objects; false at the end of BUF.  */
static bool
skip_space (struct reader *r, const char *buf, size_t len, size_t *off)
{
  for (; *off < len; ++*off)
    {
      char c = buf[*off];
      if (c == '\n')
        r->line++;
      else if (c != ' ' && c != '\t' && c != '\r')
        return true;
    }
  return false;
}

/* Parses the LEN bytes of BUF, which may end inside an object.  */
static bool
feed (struct reader *r, const char *buf, size_t len)
{
  /* json-c would take a NUL for the end of the input: parse up to the
     first one, then report it (unless the JSON before it was bad).  */
  const char *nul = memchr (buf, '\0', len);
  size_t end_of_text = nul != NULL ? (size_t) (nul - buf) : len;
  size_t off = 0;
  while (off < end_of_text)
    {
      if (!r->in_object)
        {
          if (!skip_space (r, buf, end_of_text, &off))
            break;
          r->object_line = r->line;
          if (buf[off] != '{')
            return bad_response (r, _("malformed JSON (expected an object)"));
          r->in_object = true;
        }
      if (!parse (r, buf, end_of_text, &off))
        return false;
    }
  if (nul != NULL)
    {
      report (r, _("%s:%zu: malformed JSON (a NUL byte)"), r->name,
              r->line);
      return false;
    }
  return true;
}

/* The length of the UTF-8 character at S (N bytes left), or 0 when the
   bytes there are not one.  */
static size_t
utf8_char_len (const unsigned char *s, size_t n)
{
  size_t len;
  if (s[0] < 0x80)
    return 1;
  else if (s[0] >= 0xc2 && s[0] <= 0xdf)
    len = 2;
  else if (s[0] >= 0xe0 && s[0] <= 0xef)
    len = 3;
  else if (s[0] >= 0xf0 && s[0] <= 0xf4)
    len = 4;
  else
    return 0;
  if (n < len)
    return 0;
  for (size_t i = 1; i < len; i++)
    if ((s[i] & 0xc0) != 0x80)
      return 0;
  /* Overlong forms, surrogates, past U+10FFFF.  */
  if ((s[0] == 0xe0 && s[1] < 0xa0) || (s[0] == 0xed && s[1] >= 0xa0)
      || (s[0] == 0xf0 && s[1] < 0x90) || (s[0] == 0xf4 && s[1] >= 0x90))
    return 0;
  return len;
}

/* A copy of the LEN bytes of S in *OUT, valid UTF-8 as a JSON string
   must be: each byte of an invalid sequence becomes U+FFFD.  */
static void
take_utf8 (const char *s, size_t len, struct cli_string *out)
{
  static const char replacement[] = "\xef\xbf\xbd";
  if (len > ((size_t) -1 - 1) / 3)
    xalloc_die ();
  char *copy = xmalloc (3 * len + 1);
  size_t o = 0;
  for (size_t i = 0; i < len;)
    {
      size_t n = utf8_char_len ((const unsigned char *) s + i, len - i);
      if (n == 0)
        {
          memcpy (copy + o, replacement, 3);
          o += 3;
          i++;
        }
      else
        {
          memcpy (copy + o, s + i, n);
          o += n;
          i += n;
        }
    }
  copy[o] = '\0';
  out->s = copy;
  out->len = o;
}

/* -p, for the codes found by a message.  */
static const char *asked_product;

void
cli_explain_set_product (const char *product)
{
  asked_product = product;
}

/* Where the errors of a log go: the responses, from the FIRST of this
   file on; those of the error added last, LAST_COUNT from LAST (the
   frames after it may name its product).  */
struct log_errors
{
  struct cli_responses *rs;
  size_t first;
  size_t last, last_count;
};

/* Appends RESP, kept in line order among this file's: a response
   pretty-printed over lines is found at its end, after the errors of its
   lines.  */
static size_t
append_in_order (struct log_errors *l, const struct cli_response *resp)
{
  struct cli_responses *rs = l->rs;
  append (rs, resp);
  size_t i = rs->count - 1;
  for (; i > l->first && rs->v[i - 1].line > resp->line; i--)
    rs->v[i] = rs->v[i - 1];
  rs->v[i] = *resp;
  return i;
}

/* A response for the error E, with CODE (LEN bytes; NULL: none) found as
   CODE_FROM; returns where it went.  */
static size_t
take_log_error (struct log_errors *l, const struct cli_sdk_error *e,
                const char *code, size_t len, const char *code_from)
{
  struct cli_response resp = { NULL, { NULL, 0 }, { NULL, 0 }, e->line,
                               e->format, e->error, code_from, e->product,
                               e->product_from };
  if (code != NULL)
    resp.code = xmemdup0 (code, len);
  if (e->message != NULL)
    take_utf8 (e->message, e->message_len, &resp.message);
  if (e->request_id != NULL)
    take_utf8 (e->request_id, e->request_id_len, &resp.request_id);
  return append_in_order (l, &resp);
}

/* Appends the error E found in a log to the responses of ARG; without a
   code, one per code its message is the text of (the product's first:
   -p, else the one its text names).  */
static void
take_sdk_error (const struct cli_sdk_error *e, void *arg)
{
  struct log_errors *l = arg;
  size_t at;
  if (e->code != NULL || !e->error)
    {
      at = take_log_error (l, e, e->code, e->code_len,
                           e->code == NULL ? NULL
                           : e->code_from != NULL ? e->code_from
                           : "printed");
      l->last = at;
      l->last_count = e->error ? 1 : 0;
      return;
    }
  const char *codes[CLI_MESSAGE_CODES_MAX];
  const char *product = asked_product != NULL ? asked_product : e->product;
  size_t n = e->message != NULL
    ? cli_message_codes (e->message, e->message_len, product, codes) : 0;
  for (size_t i = 0; i < n; i++)
    {
      at = take_log_error (l, e, codes[i], strlen (codes[i]), "message");
      if (i == 0)
        l->last = at;
    }
  if (n == 0)
    at = take_log_error (l, e, NULL, 0, NULL), l->last = at;
  l->last_count = n > 0 ? n : 1;
}

/* The responses of the error added last (its codes found by its
   message, MESSAGE) become one per code of CODES (N of them), in their
   place.  */
static void
replace_codes (struct log_errors *l, const struct cli_string *message,
               const char **codes, size_t n)
{
  struct cli_responses *rs = l->rs;
  struct cli_response model = rs->v[l->last];
  model.code = NULL;
  model.message.s = xmemdup0 (message->s, message->len);
  model.request_id.s = model.request_id.s != NULL
    ? xmemdup0 (model.request_id.s, model.request_id.len) : NULL;
  size_t at = l->last, old = l->last_count;
  for (size_t i = at; i < at + old; i++)
    free_response (&rs->v[i]);
  /* Room for N where OLD were.  */
  if (rs->count - old + n > rs->alloc)
    {
      rs->alloc = rs->count - old + n;
      rs->v = xreallocarray (rs->v, rs->alloc, sizeof *rs->v);
    }
  memmove (rs->v + at + n, rs->v + at + old,
           (rs->count - at - old) * sizeof *rs->v);
  rs->count = rs->count - old + n;
  for (size_t i = 0; i < n; i++)
    {
      struct cli_response *r = &rs->v[at + i];
      *r = model;
      r->code = xstrdup (codes[i]);
      r->message.s = xmemdup0 (model.message.s, model.message.len);
      r->request_id.s = model.request_id.s != NULL
        ? xmemdup0 (model.request_id.s, model.request_id.len) : NULL;
    }
  free (model.message.s);
  free (model.request_id.s);
  l->last_count = n;
}

/* The frames after the error added last name PRODUCT (from FROM): it is
   its product, unless the responses are gone (--filter explains each
   line's and drops them); codes found by its message are looked up
   again, that product's first.  */
static void
take_hint (const char *product, const char *from, void *arg)
{
  struct log_errors *l = arg;
  if (l->last_count == 0 || l->last < l->first
      || l->last + l->last_count > l->rs->count)
    return;
  const struct cli_response *r = &l->rs->v[l->last];
  const char *codes[CLI_MESSAGE_CODES_MAX];
  size_t n = 0;
  if (asked_product == NULL && r->code_from != NULL
      && strcmp (r->code_from, "message") == 0 && r->message.s != NULL)
    n = cli_message_codes (r->message.s, r->message.len, product, codes);
  if (n > 0)
    {
      struct cli_string message = r->message;
      replace_codes (l, &message, codes, n);
    }
  for (size_t i = l->last; i < l->last + l->last_count; i++)
    {
      l->rs->v[i].product = product;
      l->rs->v[i].product_from = from;
    }
}

struct cli_explain_log
{
  struct log_errors errors;
  struct cli_log_scan *scan;
};

struct cli_explain_log *
cli_explain_log_new (struct cli_responses *rs)
{
  struct cli_explain_log *log = xmalloc (sizeof *log);
  log->errors = (struct log_errors) { rs, rs->count, 0, 0 };
  log->scan = cli_log_scan_new (take_sdk_error, take_hint, &log->errors);
  return log;
}

size_t
cli_explain_log_line (struct cli_explain_log *log, const char *line,
                      size_t len)
{
  return cli_log_scan_line (log->scan, line, len);
}

bool
cli_explain_log_waiting (const struct cli_explain_log *log)
{
  return cli_log_scan_waiting (log->scan);
}

size_t
cli_explain_log_end (struct cli_explain_log *log)
{
  return cli_log_scan_end (log->scan);
}

void
cli_explain_log_free (struct cli_explain_log *log)
{
  if (log == NULL)
    return;
  cli_log_scan_free (log->scan);
  free (log);
}

/* Reads the LEN bytes of TEXT as a log, line by line, onto RS; returns
   how many errors and responses it holds.  */
static size_t
read_log (struct cli_responses *rs, const char *text, size_t len)
{
  struct cli_explain_log *log = cli_explain_log_new (rs);
  size_t n = 0;
  for (const char *p = text, *end = text + len; p < end;)
    {
      const char *nl = memchr (p, '\n', (size_t) (end - p));
      const char *eol = nl != NULL ? nl : end;
      n += cli_explain_log_line (log, p, (size_t) (eol - p));
      p = eol + 1;
    }
  n += cli_explain_log_end (log);
  cli_explain_log_free (log);
  return n;
}

/* Reads the LEN bytes of BUF as JSON responses, from the start.  */
static bool
read_json (struct reader *r, const char *buf, size_t len)
{
  size_t before = r->rs->count;
  json_tokener_reset (r->tok);
  r->in_object = false;
  r->line = r->object_line = 1;
  if (!feed (r, buf, len))
    return false;
  if (r->in_object)
    {
      report (r, _("%s:%zu: malformed JSON (unexpected end of input)"),
              r->name, r->line);
      return false;
    }
  if (r->rs->count == before)
    {
      report (r, _("%s: no API response in the input"), r->name);
      return false;
    }
  return true;
}

/* The first byte from I on in the LEN bytes of TEXT that is no JSON
   blank, or LEN.  */
static size_t
skip_blanks (const char *text, size_t len, size_t i)
{
  while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r'
                     || text[i] == '\n'))
    i++;
  return i;
}

/* Whether the LEN bytes of TEXT start as JSON responses do: '{', or an
   array of objects ('[' then '{', '[' or ']'; a log line may start with
   "[TencentCloudSDKError]" or "[2026-12-01").  Such input is responses,
   or malformed: never a log, whatever a log scan would find in it.  */
static bool
starts_as_json (const char *text, size_t len)
{
  size_t i = skip_blanks (text, len, 0);
  if (i < len && text[i] == '{')
    return true;
  if (i == len || text[i] != '[')
    return false;
  i = skip_blanks (text, len, i + 1);
  return i < len && (text[i] == '{' || text[i] == '[' || text[i] == ']');
}

/* Reads F to its end; false (reported) on any problem.  */
static bool
read_stream (struct reader *r, FILE *f)
{
  static char chunk[CHUNK];
  char *buf = NULL;
  size_t len = 0, alloc = 0, n;
  const size_t max = (size_t) CLI_EXPLAIN_MAX_MIB * 1024 * 1024;
  while ((n = fread (chunk, 1, sizeof chunk, f)) > 0)
    {
      if (n > max - r->rs->bytes)
        {
          diag (_("%s: input too large (more than %d MiB)"), r->name,
                     CLI_EXPLAIN_MAX_MIB);
          free (buf);
          return false;
        }
      r->rs->bytes += n;
      if (n > alloc - len)
        {
          alloc = alloc != 0 ? 2 * alloc : CHUNK;
          if (alloc < len + n)
            alloc = len + n;
          buf = xrealloc (buf, alloc);
        }
      memcpy (buf + len, chunk, n);
      len += n;
    }
  if (ferror (f))
    {
      diag ("%s: %s", r->name, strerror (errno));
      free (buf);
      return false;
    }
  /* JSON responses, quietly; else the errors of SDKs; else what is wrong
     with it as JSON.  */
  const char *text = buf != NULL ? buf : "";
  size_t before = r->rs->count;
  r->quiet = true;
  bool ok = read_json (r, text, len);
  if (!ok && !starts_as_json (text, len))
    {
      drop_from (r->rs, before);
      ok = read_log (r->rs, text, len) > 0;
    }
  if (!ok)
    {
      drop_from (r->rs, before);
      r->quiet = false;
      ok = read_json (r, text, len);
    }
  free (buf);
  return ok;
}

bool
cli_explain_read (const char *file, struct cli_responses *rs)
{
  bool is_stdin = strcmp (file, "-") == 0;
  struct reader r = { NULL, NULL, false, 1, 1, rs, false };
  const char *name = is_stdin ? _("standard input") : file;
  /* A file name is shown made safe for a terminal.  */
  r.name = cli_text_terminal (name, strlen (name));
  FILE *f = is_stdin ? stdin : fopen (file, "rb");
  bool ok = false;
  if (f == NULL)
    diag ("%s: %s", r.name, strerror (errno));
  else if ((r.tok = json_tokener_new ()) == NULL)
    xalloc_die ();
  else
    {
      json_tokener_set_flags (r.tok, JSON_TOKENER_STRICT
                                     | JSON_TOKENER_ALLOW_TRAILING_CHARS
                                     | JSON_TOKENER_VALIDATE_UTF8);
      ok = read_stream (&r, f);
      json_tokener_free (r.tok);
    }
  if (f != NULL && !is_stdin)
    fclose (f);
  free (r.name);
  return ok;
}

size_t
cli_explain_lookup (const char *product, struct cli_response *resp,
                    struct cli_hit *hits)
{
  const char *from = NULL;
  size_t n = 0;
  if (product != NULL)
    from = "option";
  else if (resp->product != NULL)
    {
      product = resp->product;
      from = resp->product_from;
    }
  if (resp->code != NULL)
    {
      n = cli_query_code (product, resp->code, hits);
      if (n == 0 && product != NULL && from != NULL
          && strcmp (from, "option") != 0)
        n = cli_query_code (NULL, resp->code, hits), from = NULL;
      if (from == NULL && n > 0)
        from = "code";
    }
  resp->product_from = from;
  return n;
}

void
cli_explain_free (struct cli_responses *rs)
{
  for (size_t i = 0; i < rs->count; i++)
    free_response (&rs->v[i]);
  free (rs->v);
  rs->v = NULL;
  rs->count = rs->alloc = 0;
}
