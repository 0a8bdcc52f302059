/* Errors found in a text read line by line: the SDKs' error lines
   (sdk-errors.c) and the API's JSON responses inside log lines.

   A response starts where '{' and "Response" follow each other, blanks
   and one line end allowed between them (pretty-printed:
   `resp={` on one line, `  "Response": {` on the next).  From there
   json-c reads it, fed line by line, so a response may run over many
   lines among others; its line is the one of its '{'.  Something that
   starts so but is no JSON is dropped where json-c says so, and a
   response never closed is dropped after RESPONSE_MAX bytes: every line
   is scanned for SDK errors whatever the JSON, so nothing hides them.  */
#include <config.h>

#include "log-scan.h"
#include "xalloc.h"

#include <json-c/json.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <tcerr.h>

/* The most bytes a response pretty-printed over lines may take.  */
#define RESPONSE_MAX (1024 * 1024)

static const char response_key[] = "\"Response\"";
#define RESPONSE_KEY_LEN (sizeof response_key - 1)

struct cli_log_scan
{
  struct cli_sdk_scan *sdk; /* the SDKs' errors */
  cli_sdk_found found;
  void *arg;
  size_t number;         /* the line being read */
  struct json_tokener *tok;
  bool in_response;      /* the tokener holds part of a response */
  size_t response_line;  /* where it starts */
  size_t response_bytes; /* fed so far */
  bool brace_pending;    /* the last line ended with '{' */
  char *clean;           /* the line without ANSI escapes */
  size_t clean_size;
};

struct cli_log_scan *
cli_log_scan_new (cli_sdk_found found, cli_sdk_hint hint, void *arg)
{
  struct cli_log_scan *s = xcalloc (1, sizeof *s);
  s->sdk = cli_sdk_scan_new (found, hint, arg);
  s->found = found;
  s->arg = arg;
  s->tok = json_tokener_new ();
  if (s->tok == NULL)
    xalloc_die ();
  json_tokener_set_flags (s->tok, JSON_TOKENER_STRICT
                                  | JSON_TOKENER_ALLOW_TRAILING_CHARS
                                  | JSON_TOKENER_VALIDATE_UTF8);
  return s;
}

void
cli_log_scan_free (struct cli_log_scan *s)
{
  if (s == NULL)
    return;
  cli_sdk_scan_free (s->sdk);
  json_tokener_free (s->tok);
  free (s->clean);
  free (s);
}

bool
cli_log_scan_waiting (const struct cli_log_scan *s)
{
  return cli_sdk_scan_waiting (s->sdk) || s->in_response || s->brace_pending;
}

size_t
cli_log_scan_end (struct cli_log_scan *s)
{
  return cli_sdk_scan_end (s->sdk);
}

/* --- Lines ---------------------------------------------------------------- */

/* Copies the LEN bytes of S to OUT without ANSI escape sequences (CSI:
   ESC [ ... final byte; OSC: ESC ] ... BEL or ESC \; others: ESC and one
   byte); returns the length.  */
static size_t
strip_ansi (const char *s, size_t len, char *out)
{
  size_t o = 0, i = 0;
  while (i < len)
    {
      if (s[i] != '\033')
        {
          out[o++] = s[i++];
          continue;
        }
      i++;
      if (i < len && s[i] == '[')
        {
          for (i++; i < len && !(s[i] >= 0x40 && s[i] <= 0x7e); i++)
            continue;
          i += i < len;
        }
      else if (i < len && s[i] == ']')
        {
          for (i++; i < len && s[i] != '\a'
                    && !(s[i] == '\033' && i + 1 < len && s[i + 1] == '\\');
               i++)
            continue;
          if (i < len)
            i += s[i] == '\a' ? 1 : 2;
        }
      else
        i += i < len;
    }
  return o;
}

/* LINE without ANSI escapes and '\r's at its end; *LEN updated.  */
static const char *
clean_line (struct cli_log_scan *s, const char *line, size_t *len)
{
  if (memchr (line, '\033', *len) != NULL)
    {
      if (s->clean_size < *len)
        {
          s->clean_size = *len;
          s->clean = xrealloc (s->clean, s->clean_size);
        }
      *len = strip_ansi (line, *len, s->clean);
      line = s->clean;
    }
  while (*len > 0 && line[*len - 1] == '\r')
    --*len;
  return line;
}

/* --- JSON responses ------------------------------------------------------- */

/* The string member KEY of OBJ into *S and *LEN; false when absent or not
   a string.  */
static bool
member_string (struct json_object *obj, const char *key, const char **s,
               size_t *len)
{
  struct json_object *value;
  if (!json_object_object_get_ex (obj, key, &value)
      || !json_object_is_type (value, json_type_string))
    return false;
  *s = json_object_get_string (value);
  *len = (size_t) json_object_get_string_len (value);
  return true;
}

/* Reports OBJ when it is an API response, as explain.c would take
   it (a malformed one is no response here: logs hold all sorts).  */
static size_t
report_response (struct cli_log_scan *s, struct json_object *obj)
{
  struct json_object *response, *error;
  struct cli_sdk_error e;
  memset (&e, 0, sizeof e);
  e.format = "json";
  e.line = s->response_line;
  if (!json_object_object_get_ex (obj, "Response", &response)
      || !json_object_is_type (response, json_type_object))
    return 0;
  /* As explain.c reads a response: null is absent.  */
  struct json_object *id;
  if (json_object_object_get_ex (response, "RequestId", &id) && id != NULL
      && !member_string (response, "RequestId", &e.request_id,
                         &e.request_id_len))
    return 0;
  if (json_object_object_get_ex (response, "Error", &error) && error != NULL)
    {
      if (!json_object_is_type (error, json_type_object)
          || !member_string (error, "Code", &e.code, &e.code_len)
          || strlen (e.code) != e.code_len || !tcerr_is_code (e.code))
        return 0;
      member_string (error, "Message", &e.message, &e.message_len);
      e.error = true;
    }
  s->found (&e, s->arg);
  return 1;
}

/* Feeds the LEN bytes of TEXT to the open response; returns how many
   bytes it took (LEN while it stays open), and what became of it in
   *DONE (the response reported) or *FAILED (dropped).  */
static size_t
feed (struct cli_log_scan *s, const char *text, size_t len, size_t *found,
      bool *failed)
{
  /* json-c would take a NUL for the end of its input.  */
  const char *nul = memchr (text, '\0', len);
  size_t n = nul != NULL ? (size_t) (nul - text) : len;
  *failed = false;
  if (n > INT_MAX || s->response_bytes + n > RESPONSE_MAX)
    n = 0, nul = text;
  struct json_object *obj = json_tokener_parse_ex (s->tok, text, (int) n);
  enum json_tokener_error err = json_tokener_get_error (s->tok);
  s->response_bytes += n;
  if (err == json_tokener_continue && nul == NULL)
    return len;
  s->in_response = false;
  if (err != json_tokener_success)
    {
      *failed = true;
      json_tokener_reset (s->tok);
      return 0;
    }
  size_t used = json_tokener_get_parse_end (s->tok);
  *found += report_response (s, obj);
  json_object_put (obj);
  json_tokener_reset (s->tok);
  return used;
}

/* Whether a response starts at the "Response" at Q of LINE (not before
   FROM): after '{' and blanks, or after blanks only on a line that
   follows one ending with '{'.  *BRACE: where its '{' is, or NULL.  */
static bool
response_starts (bool brace_pending, const char *line, const char *from,
                 const char *q, const char **brace)
{
  const char *p = q;
  while (p > from && (p[-1] == ' ' || p[-1] == '\t'))
    p--;
  *brace = NULL;
  if (p > from && p[-1] == '{')
    {
      *brace = p - 1;
      return true;
    }
  return p == line && brace_pending;
}

/* Starts a response at the "Response" at Q (its '{' at BRACE, or on the
   line before) and feeds it the rest of the line; returns where the
   search goes on.  */
static const char *
start_response (struct cli_log_scan *s, const char *q, const char *brace,
                const char *end, size_t *found)
{
  bool failed;
  json_tokener_reset (s->tok);
  s->in_response = true;
  s->response_bytes = 0;
  s->response_line = brace != NULL ? s->number : s->number - 1;
  const char *p = brace != NULL ? brace : q;
  if (brace == NULL)
    feed (s, "{", 1, found, &failed);
  size_t used = feed (s, p, (size_t) (end - p), found, &failed);
  if (failed)
    return q + RESPONSE_KEY_LEN;
  return p + used;
}

/* The responses of the LEN bytes of LINE; how many were reported.  */
static size_t
scan_json (struct cli_log_scan *s, const char *line, size_t len)
{
  const char *from = line, *end = line + len, *q;
  size_t found = 0;
  bool failed, brace_pending = s->brace_pending;
  s->brace_pending = false;
  if (s->in_response)
    {
      /* A line end is blank between tokens.  */
      size_t used = feed (s, line, len, &found, &failed);
      if (s->in_response)
        {
          feed (s, "\n", 1, &found, &failed);
          return found;
        }
      from = failed ? line : line + used;
    }
  const char *search = from;
  while (search < end
         && (q = memmem (search, (size_t) (end - search), response_key,
                         RESPONSE_KEY_LEN)) != NULL)
    {
      const char *brace;
      if (!response_starts (brace_pending, line, from, q, &brace))
        {
          search = q + 1;
          continue;
        }
      from = search = start_response (s, q, brace, end, &found);
      if (s->in_response)
        {
          feed (s, "\n", 1, &found, &failed);
          return found;
        }
    }
  const char *last = end;
  while (last > from && (last[-1] == ' ' || last[-1] == '\t'))
    last--;
  s->brace_pending = last > from && last[-1] == '{';
  return found;
}

size_t
cli_log_scan_line (struct cli_log_scan *s, const char *line, size_t len)
{
  s->number++;
  line = clean_line (s, line, &len);
  size_t n = cli_sdk_scan_line (s->sdk, line, len, s->number);
  return n + scan_json (s, line, len);
}
