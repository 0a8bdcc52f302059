/* Tencent Cloud API responses read for --explain, with json-c.

   The documented shape is
     {"Response": {"Error": {"Code": "...", "Message": "..."},
                   "RequestId": "..."}}
   and a response without "Error" carries no error.  Everything is read
   and checked before anything is printed.  */
#include <config.h>

#include "cli.h"
#include "error.h"
#include "explain.h"
#include "query.h"
#include "text.h"
#include "xalloc.h"

#include <errno.h>
#include <json-c/json.h>
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

/* Reports the problem WHAT with the object that starts on LINE.  */
static bool
bad_response (const struct reader *r, const char *what)
{
  /* As in a compiler's messages: the file name, the line number.  */
  cli_error ("%s:%zu: %s", r->name, r->object_line, what);
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
      cli_error (_("%s:%zu: invalid error code %s"), r->name,
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

/* Checks the parsed object OBJ and appends its response.  */
static bool
take_response (struct reader *r, struct json_object *obj)
{
  struct json_object *response, *error, *request_id;
  struct cli_response resp = { NULL, { NULL, 0 }, { NULL, 0 } };
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
    ok = take_error (r, error, &resp);
  if (!ok)
    {
      free_response (&resp);
      return false;
    }
  struct cli_responses *rs = r->rs;
  if (rs->count == rs->alloc)
    {
      rs->alloc = rs->alloc != 0 ? 2 * rs->alloc : 16;
      if (rs->alloc > (size_t) -1 / sizeof *rs->v)
        xalloc_die ();
      rs->v = xrealloc (rs->v, rs->alloc * sizeof *rs->v);
    }
  rs->v[rs->count++] = resp;
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
      cli_error (_("%s:%zu: malformed JSON (%s)"), r->name, r->line,
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
      cli_error (_("%s:%zu: malformed JSON (a NUL byte)"), r->name, r->line);
      return false;
    }
  return true;
}

/* Reads F to its end; false (reported) on any problem.  */
static bool
read_stream (struct reader *r, FILE *f)
{
  static char buf[CHUNK];
  size_t n;
  size_t before = r->rs->count;
  const size_t max = (size_t) CLI_EXPLAIN_MAX_MIB * 1024 * 1024;
  while ((n = fread (buf, 1, sizeof buf, f)) > 0)
    {
      if (n > max - r->rs->bytes)
        {
          cli_error (_("%s: input too large (more than %d MiB)"), r->name,
                     CLI_EXPLAIN_MAX_MIB);
          return false;
        }
      r->rs->bytes += n;
      if (!feed (r, buf, n))
        return false;
    }
  if (ferror (f))
    {
      cli_error ("%s: %s", r->name, strerror (errno));
      return false;
    }
  if (r->in_object)
    {
      cli_error (_("%s:%zu: malformed JSON (unexpected end of input)"),
                 r->name, r->line);
      return false;
    }
  if (r->rs->count == before)
    {
      cli_error (_("%s: no API response in the input"), r->name);
      return false;
    }
  return true;
}

bool
cli_explain_read (const char *file, struct cli_responses *rs)
{
  bool is_stdin = strcmp (file, "-") == 0;
  struct reader r = { NULL, NULL, false, 1, 1, rs };
  const char *name = is_stdin ? _("standard input") : file;
  /* A file name is shown made safe for a terminal.  */
  r.name = cli_text_terminal (name, strlen (name));
  FILE *f = is_stdin ? stdin : fopen (file, "rb");
  bool ok = false;
  if (f == NULL)
    cli_error ("%s: %s", r.name, strerror (errno));
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

void
cli_explain_free (struct cli_responses *rs)
{
  for (size_t i = 0; i < rs->count; i++)
    free_response (&rs->v[i]);
  free (rs->v);
  rs->v = NULL;
  rs->count = rs->alloc = 0;
}
