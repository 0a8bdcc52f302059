/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The command's own JSON reader of log lines (src/cli/json-scan.c) and
   its string decoder (src/cli/unquote.c) against json-c, the reference
   they stand in for (json-c's tokener cannot be called per line: glibc
   leaks at each of its newlocale calls when LOCPATH is set).

   - Strings: random pieces (plain bytes, UTF-8, every escape, \u of the
     BMP and surrogate pairs) written as a JSON string by json-c and read
     back by json-c and by cli_unquote: the same bytes.
   - Objects: random responses, valid and not (wrong types, bad codes,
     extra members, nesting), written by json-c plain, spaced or pretty
     over lines, after a log prefix: cli_json_scan reports exactly those
     that json-c's tree says are responses, with their code, message and
     RequestId.  */
#include <config.h>

#include "cases.h"
#include "json-scan.h"
#include "unquote.h"

#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tcerr.h>

/* A fixed generator (xorshift64*), as bench-filter.c's.  */
static uint64_t seed = 0x9e3779b97f4a7c15u;

static uint32_t
rnd (void)
{
  seed ^= seed >> 12;
  seed ^= seed << 25;
  seed ^= seed >> 27;
  return (uint32_t) ((seed * 0x2545f4914f6cdd1du) >> 32);
}

static unsigned
below (unsigned n)
{
  return rnd () % n;
}

/* --- Strings ------------------------------------------------------------------ */

/* Appends a random piece of text to BUF (LEN so far; room for 64 more).  */
static size_t
piece (char *buf, size_t len)
{
  static const char *const pieces[] = {
    "a", "Code=", " ", "\"", "\\", "/", "\b", "\f", "\n", "\r", "\t",
    "\x01", "\x1f", "\x7f", "\xc3\xa9", "\xe6\xb2\xa1\xe6\x9c\x89",
    "\xf0\x9f\x98\x80", "RequestId", "{\"Response\":{}}", "\\n", "\\\""
  };
  const char *p = pieces[below (sizeof pieces / sizeof pieces[0])];
  size_t n = strlen (p);
  memcpy (buf + len, p, n);
  return len + n;
}

static void
strings (void **state)
{
  (void) state;
  char text[4096], decoded[8192];
  for (int round = 0; round < 20000; round++)
    {
      size_t len = 0;
      for (unsigned i = below (24); i > 0; i--)
        len = piece (text, len);
      struct json_object *s = json_object_new_string_len (text, (int) len);
      /* json-c's writing, escapes and all ("\/" too, unless asked not).  */
      const char *json = json_object_to_json_string_ext
        (s, round % 2 ? JSON_C_TO_STRING_PLAIN
                      : JSON_C_TO_STRING_NOSLASHESCAPE);
      size_t jlen = strlen (json);
      assert_true (jlen >= 2 && json[0] == '"' && json[jlen - 1] == '"');
      assert_ptr_equal (cli_quote_end (json, json + jlen), json + jlen - 1);
      size_t n = cli_unquote (json + 1, jlen - 2, decoded);
      assert_true (n <= jlen - 2);
      struct json_object *back = json_tokener_parse (json);
      assert_non_null (back);
      assert_int_equal (n, (size_t) json_object_get_string_len (back));
      assert_memory_equal (decoded, json_object_get_string (back), n);
      assert_memory_equal (decoded, text, len);
      json_object_put (back);
      json_object_put (s);
    }
}

/* \u escapes json-c writes none of: a surrogate pair, a lone one, \x,
   \U; and what is no escape.  */
static void
escapes (void **state)
{
  (void) state;
  static const struct
  {
    const char *in, *out;
  } cases[] = {
    { "\\ud83d\\ude00", "\xf0\x9f\x98\x80" },
    { "\\ud83d", "\xef\xbf\xbd" },
    { "\\ude00x", "\xef\xbf\xbdx" },
    { "\\u00e9\\u6ca1", "\xc3\xa9\xe6\xb2\xa1" },
    { "\\x41\\U0001F600", "A\xf0\x9f\x98\x80" },
    { "\\q\\u12", "\\q\\u12" },
    { "end\\", "end\\" },
  };
  char out[64];
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      size_t n = cli_unquote (cases[i].in, strlen (cases[i].in), out);
      assert_int_equal (n, strlen (cases[i].out));
      assert_memory_equal (out, cases[i].out, n);
    }
  const char quoted[] = "\"a\\\"b\\\\\" rest";
  assert_ptr_equal (cli_quote_end (quoted, quoted + sizeof quoted - 1),
                    quoted + 7);
  assert_null (cli_quote_end (quoted, quoted + 7));
}

/* --- Objects --------------------------------------------------------------------- */

/* A random value that is no response.  */
static struct json_object *
filler (int depth)
{
  switch (below (depth > 2 ? 4 : 6))
    {
    case 0:
      return json_object_new_int (below (1000) - 500);
    case 1:
      return json_object_new_double (below (1000) / 7.0);
    case 2:
      return NULL;
    case 3:
      return json_object_new_string (below (2) ? "x \"y\"\n" : "\xe6\xb2\xa1");
    case 4:
      {
        struct json_object *a = json_object_new_array ();
        for (unsigned i = below (3); i > 0; i--)
          json_object_array_add (a, filler (depth + 1));
        return a;
      }
    default:
      {
        struct json_object *o = json_object_new_object ();
        for (unsigned i = below (3); i > 0; i--)
          json_object_object_add (o, below (2) ? "level" : "msg",
                                  filler (depth + 1));
        return o;
      }
    }
}

/* A string, or sometimes another type (BAD), for a member.  */
static struct json_object *
maybe_string (const char *s, bool *bad)
{
  switch (below (10))
    {
    case 0:
      *bad = true;
      return json_object_new_int (7);
    case 1:
      return NULL;
    default:
      return json_object_new_string (s);
    }
}

static const char *const codes[] = {
  "InvalidParameter", "ResourceNotFound.Disk", "Invalid Code", "42",
  "\xe5\x8f\x82\xe6\x95\xb0", ""
};

/* What a response says, as json-c's tree has it.  */
struct expected
{
  bool response, error;
  const char *code, *message, *request_id;
};

/* OBJ's "Response" judged as the reader must: a RequestId string (or
   none), and no "Error" or one with a valid "Code" (and a "Message"
   string, or none).  */
static struct expected
judge (struct json_object *obj)
{
  struct expected x = { false, false, NULL, NULL, NULL };
  struct json_object *resp, *error, *v;
  if (!json_object_object_get_ex (obj, "Response", &resp)
      || !json_object_is_type (resp, json_type_object))
    return x;
  if (json_object_object_get_ex (resp, "RequestId", &v) && v != NULL)
    {
      if (!json_object_is_type (v, json_type_string))
        return x;
      x.request_id = json_object_get_string (v);
    }
  if (json_object_object_get_ex (resp, "Error", &error) && error != NULL)
    {
      if (!json_object_is_type (error, json_type_object)
          || !json_object_object_get_ex (error, "Code", &v)
          || !json_object_is_type (v, json_type_string)
          || !tcerr_is_code (json_object_get_string (v)))
        return x;
      x.code = json_object_get_string (v);
      if (json_object_object_get_ex (error, "Message", &v) && v != NULL)
        {
          if (!json_object_is_type (v, json_type_string))
            return x;
          x.message = json_object_get_string (v);
        }
      x.error = true;
    }
  x.response = true;
  return x;
}

/* A random log object holding a response (ALONE: its only member).  */
static struct json_object *
random_response (bool alone)
{
  struct json_object *obj = json_object_new_object ();
  if (!alone && below (2))
    json_object_object_add (obj, "level", filler (1));
  struct json_object *resp = json_object_new_object ();
  bool bad = false;
  if (below (5) != 0)
    {
      struct json_object *error = json_object_new_object ();
      json_object_object_add (error, "Code",
                              maybe_string (codes[below (6)], &bad));
      if (below (3) != 0)
        json_object_object_add (error, "Message",
                                maybe_string (below (2) ? "m \"q\"\n"
                                              : "\xe6\xb2\xa1", &bad));
      if (below (12) == 0)
        {
          json_object_put (error);
          error = NULL; /* "Error": null */
        }
      json_object_object_add (resp, "Error", error);
    }
  if (below (4) != 0)
    json_object_object_add (resp, "RequestId",
                            maybe_string ("5f8a3c2e-1b4d", &bad));
  if (!alone && below (3) == 0)
    json_object_object_add (resp, "Data", filler (2));
  if (below (15) == 0)
    {
      json_object_put (resp);
      resp = json_object_new_string ("x"); /* no object: no response */
    }
  json_object_object_add (obj, "Response", resp);
  if (!alone && below (2))
    json_object_object_add (obj, "ts", filler (1));
  return obj;
}

/* What the reader reported.  */
struct reported
{
  int count;
  bool error;
  char code[64], message[64], request_id[64];
};

static void
collect (const struct cli_api_error *e, void *arg)
{
  struct reported *r = arg;
  r->count++;
  r->error = e->error;
  snprintf (r->code, sizeof r->code, "%.*s", (int) e->code_len,
            e->code != NULL ? e->code : "");
  snprintf (r->message, sizeof r->message, "%.*s", (int) e->message_len,
            e->message != NULL ? e->message : "");
  snprintf (r->request_id, sizeof r->request_id, "%.*s",
            (int) e->request_id_len,
            e->request_id != NULL ? e->request_id : "");
}

/* Feeds TEXT to S line by line.  */
static void
feed_lines (struct cli_json_scan *s, const char *text)
{
  size_t number = 0;
  for (const char *p = text; *p != '\0';)
    {
      const char *nl = strchr (p, '\n');
      size_t len = nl != NULL ? (size_t) (nl - p) : strlen (p);
      cli_json_scan_line (s, p, len, ++number);
      p += len + (nl != NULL);
    }
}

static void
objects (void **state)
{
  (void) state;
  static const int flags[] = { JSON_C_TO_STRING_PLAIN,
                               JSON_C_TO_STRING_SPACED,
                               JSON_C_TO_STRING_PRETTY };
  for (int round = 0; round < 20000; round++)
    {
      int f = flags[below (3)];
      bool pretty = f == JSON_C_TO_STRING_PRETTY;
      struct json_object *obj = random_response (pretty);
      struct expected x = judge (obj);
      const char *json = json_object_to_json_string_ext
        (obj, f | JSON_C_TO_STRING_NOSLASHESCAPE);
      char *text = malloc (strlen (json) + 64);
      sprintf (text, "%s%s\nnext line\n", pretty ? "" : "E1201 resp=", json);
      struct reported r;
      memset (&r, 0, sizeof r);
      struct cli_json_scan *s = cli_json_scan_new (collect, &r);
      feed_lines (s, text);
      if (r.count != (x.response ? 1 : 0))
        fail_msg ("%s: %d reported, %d expected", text, r.count,
                  x.response ? 1 : 0);
      if (x.response)
        {
          assert_int_equal (r.error, x.error);
          assert_string_equal (r.code, x.code != NULL ? x.code : "");
          assert_string_equal (r.message, x.message != NULL ? x.message : "");
          assert_string_equal (r.request_id,
                               x.request_id != NULL ? x.request_id : "");
        }
      assert_false (cli_json_scan_waiting (s));
      cli_json_scan_free (s);
      free (text);
      json_object_put (obj);
    }
}

int
main (void)
{
  struct cases cases = { NULL, NULL, 0 };
  cases_add (&cases, "strings: decoded as json-c decodes them", strings,
             NULL);
  cases_add (&cases, "escapes json-c never writes", escapes, NULL);
  cases_add (&cases, "responses: those json-c's tree says, with their"
             " fields", objects, NULL);
  return cases_run ("JSON in log lines", &cases);
}
