/* What the command prints.

   Plain output is for people: one line per code, in the locale's codeset,
   with inline markdown made readable (markdown.c) unless --raw, which
   prints the text as stored.  JSON output is for programs: one object per
   line, built by json-c, in UTF-8 (see cli_lang_use_utf8), texts exactly
   as stored.  Messages are always data, never a format.  */
#include <config.h>

#include "cli.h"
#include "markdown.h"
#include "output.h"
#include "text.h"
#include "utf8.h"
#include "xalloc.h"

#include <json-c/json.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- JSON ---------------------------------------------------------------- */

static struct json_object *
checked (struct json_object *obj)
{
  if (obj == NULL)
    xalloc_die ();
  return obj;
}

/* Sets KEY of OBJ to the string S of LEN bytes, or null when S is NULL.  */
static void
put_string (struct json_object *obj, const char *key, const char *s,
            size_t len)
{
  struct json_object *value
    = s != NULL ? checked (json_object_new_string_len (s, (int) len)) : NULL;
  if (json_object_object_add (obj, key, value) != 0)
    xalloc_die ();
}

static void
put_cstring (struct json_object *obj, const char *key, const char *s)
{
  put_string (obj, key, s, s != NULL ? strlen (s) : 0);
}

/* The object for CODE found as R (NULL: not found).  */
static struct json_object *
hit_object (const char *code, const struct tcerr_result *r)
{
  struct json_object *obj = checked (json_object_new_object ());
  put_cstring (obj, "code", code);
  put_cstring (obj, "product", r != NULL ? r->product : NULL);
  put_cstring (obj, "matched_code", r != NULL ? r->code : NULL);
  put_cstring (obj, "match",
               tcerr_match_name (r != NULL ? r->match : TCERR_MATCH_NONE));
  put_cstring (obj, "message", r != NULL ? r->message : NULL);
  return obj;
}

/* Prints OBJ as one line, and frees it.  */
static void
print_object (struct json_object *obj)
{
  const char *line = json_object_to_json_string_ext
    (obj, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE);
  if (line == NULL)
    xalloc_die ();
  fputs (line, stdout);
  putchar ('\n');
  json_object_put (obj);
}

/* --- Plain text ---------------------------------------------------------- */

/* The documentation site for the links of a message, by the language it is
   written in: gettext does not say which catalog answered (with
   LANGUAGE=ja:zh_CN a key missing from ja comes from zh_CN, or is the
   compiled-in English), so the text itself tells.  Han characters without
   kana or hangul: Chinese, the Chinese site; anything else: the
   international one.  UTF8 is the message in UTF-8.  */
static const char *
message_site (const char *utf8)
{
  bool han = false;
  const char *s = utf8;
  size_t left = strlen (utf8);
  while (left > 0)
    {
      uint32_t c;
      int n = cli_utf8_decode (s, left, &c);
      if (n < 0)
        n = 1;
      if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF))
        return cli_markdown_site ("en"); /* Japanese or Korean */
      if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF))
        han = true;
      s += n;
      left -= (size_t) n;
    }
  return cli_markdown_site (han ? "zh" : "en");
}

/* The message of R for a terminal, in a new string.  */
static char *
terminal_message (const struct cli_output *o, const struct tcerr_result *r)
{
  size_t len = strlen (r->message);
  if (o->raw)
    return xmemdup0 (r->message, len);
  /* cmark-gfm reads UTF-8; messages come in the locale's codeset.  */
  char *utf8 = cli_text_to_utf8 (r->message);
  if (utf8 == NULL)
    return cli_text_terminal (r->message, len);
  char *plain = cli_markdown_render (utf8, strlen (utf8), message_site (utf8));
  free (utf8);
  char *message = cli_text_from_utf8 (plain, strlen (plain));
  free (plain);
  return message;
}

/* FORMAT and its arguments, in a new string.  */
static char *
format_text (const char *format, ...)
  __attribute__ ((__format__ (__printf__, 1, 2)));
static char *
format_text (const char *format, ...)
{
  va_list ap;
  va_start (ap, format);
  int n = vsnprintf (NULL, 0, format, ap);
  va_end (ap);
  if (n < 0)
    xalloc_die ();
  char *text = xmalloc ((size_t) n + 1);
  va_start (ap, format);
  vsnprintf (text, (size_t) n + 1, format, ap);
  va_end (ap);
  return text;
}

/* The line for HIT (its '\n' included), in a new string.  */
static char *
hit_line (const struct cli_output *o, const struct cli_hit *hit)
{
  const struct tcerr_result *r = &hit->result;
  char *message = terminal_message (o, r), *line;
  bool elsewhere = strcmp (r->product, o->product) != 0;
  if (r->match == TCERR_MATCH_CATEGORY && elsewhere)
    /* TRANSLATORS: an error code, the product whose table has the text,
       the code's category (the part before the first '.'), the text.  */
    line = format_text (_("%s (%s, category %s): %s\n"), hit->code,
                        r->product, r->code, message);
  else if (r->match == TCERR_MATCH_CATEGORY)
    /* TRANSLATORS: an error code, its category (the part before the
       first '.'), whose text this is, and the text.  */
    line = format_text (_("%s (category %s): %s\n"), hit->code, r->code,
                        message);
  else if (elsewhere)
    /* TRANSLATORS: an error code, the product whose table has the text
       ("common": the table shared by all products), and the text.  */
    line = format_text (_("%s (%s): %s\n"), hit->code, r->product, message);
  else
    /* TRANSLATORS: an error code and its text.  */
    line = format_text (_("%s: %s\n"), hit->code, message);
  free (message);
  return line;
}

static void
print_plain_hit (const struct cli_output *o, const struct cli_hit *hit)
{
  char *line = hit_line (o, hit);
  fputs (line, stdout);
  free (line);
}

/* --- The interface ------------------------------------------------------- */

void
cli_output_hit (const struct cli_output *o, const struct cli_hit *hit,
                const char *indent)
{
  if (o->json)
    print_object (hit_object (hit->code, &hit->result));
  else
    {
      fputs (indent, stdout);
      print_plain_hit (o, hit);
    }
}

void
cli_output_missing (const struct cli_output *o, const char *code)
{
  if (o->json)
    print_object (hit_object (code, NULL));
}

void
cli_output_group (const struct cli_output *o, const char *product,
                  bool first)
{
  if (o->json)
    return;
  if (!first)
    putchar ('\n');
  /* TRANSLATORS: the heading of a product's codes in --list.  */
  printf (_("%s:\n"), product);
}

void
cli_output_product (const struct cli_output *o, const char *product,
                    size_t codes)
{
  if (!o->json)
    {
      fputs (product, stdout);
      putchar ('\n');
      return;
    }
  struct json_object *obj = checked (json_object_new_object ());
  put_cstring (obj, "product", product);
  if (json_object_object_add (obj, "codes",
                              checked (json_object_new_int64
                                       ((int64_t) codes))) != 0)
    xalloc_die ();
  print_object (obj);
}

/* Sets KEY of OBJ to the number N.  */
static void
put_number (struct json_object *obj, const char *key, size_t n)
{
  if (json_object_object_add (obj, key,
                              checked (json_object_new_int64 ((int64_t) n)))
      != 0)
    xalloc_die ();
}

/* The candidates of A, as a JSON array of {"product", "code"}.  */
static struct json_object *
candidates_array (const struct cli_answer *a)
{
  struct json_object *array = checked (json_object_new_array ());
  for (size_t i = 0; i < a->candidate_count; i++)
    {
      struct json_object *c = checked (json_object_new_object ());
      put_cstring (c, "product", a->candidates[i].product);
      put_cstring (c, "code", a->candidates[i].code != NULL
                              ? a->candidates[i].code : a->hit.code);
      if (json_object_array_add (array, c) != 0)
        xalloc_die ();
    }
  return array;
}

/* The object --explain prints for the error E, answered by A.  */
static struct json_object *
answer_object (const struct cli_api_error *e, const struct cli_answer *a)
{
  struct json_object *obj
    = hit_object (a->found ? a->hit.code : e->code,
                  a->found ? &a->hit.result : NULL);
  if (!a->found)
    /* Not in the catalog: the server's words are the best there are.  */
    put_string (obj, "message", e->message, e->message_len);
  put_string (obj, "server_message", e->message, e->message_len);
  put_string (obj, "request_id", e->request_id, e->request_id_len);
  /* Where it stands in the input, and how it was read.  */
  put_number (obj, "line", e->line);
  put_cstring (obj, "format", e->format);
  put_cstring (obj, "code_from", a->code_from);
  put_cstring (obj, "product_from", a->product_from);
  if (json_object_object_add (obj, "candidates", candidates_array (a)) != 0
      || json_object_object_add (obj, "error",
                                 checked (json_object_new_boolean
                                          (e->error))) != 0)
    xalloc_die ();
  return obj;
}

/* The others that fit A, as "cvm, vpc" (a product of the answer's code)
   or "cam RequestLimitExceeded.UinLimitExceeded" (another code), in a
   new string for a terminal.  */
static char *
candidates_text (const struct cli_answer *a)
{
  size_t size = 1;
  for (size_t i = 0; i < a->candidate_count; i++)
    size += strlen (a->candidates[i].product) + 3
            + (a->candidates[i].code != NULL
               ? strlen (a->candidates[i].code) : 0);
  char *text = xmalloc (size);
  text[0] = '\0';
  for (size_t i = 0; i < a->candidate_count; i++)
    {
      if (i > 0)
        strcat (text, ", ");
      strcat (text, a->candidates[i].product);
      if (a->candidates[i].code != NULL)
        {
          strcat (text, " ");
          strcat (text, a->candidates[i].code);
        }
    }
  return text;
}

/* What explains E, answered by A, after MARK: the answer's line, or the
   server's message; with ONE_LINE, the others that fit on it too.  */
static void
plain_explanation (const struct cli_output *o, const struct cli_api_error *e,
                   const struct cli_answer *a, bool one_line,
                   const char *mark)
{
  fputs (mark, stdout);
  if (a->found && !(one_line && a->candidate_count > 0))
    print_plain_hit (o, &a->hit);
  else if (a->found)
    {
      /* The answer's line, and the others at its end.  */
      char *line = hit_line (o, &a->hit);
      size_t len = strlen (line);
      if (len > 0 && line[len - 1] == '\n')
        line[len - 1] = '\0';
      char *others = candidates_text (a);
      /* TRANSLATORS: an explanation, then the other products (and
         codes) that document the error with other texts.  */
      printf (_("%s (or: %s)\n"), line, others);
      free (others);
      free (line);
    }
  if (a->found)
    return;
  char *message = e->message != NULL
    ? cli_text_from_utf8 (e->message, e->message_len) : NULL;
  if (!e->error)
    fputs (_("No error.\n"), stdout);
  else if (e->code == NULL)
    /* TRANSLATORS: an error printed without its code, whose message
       is no documented text; the message the server sent.  */
    printf (_("error without a code (server message): %s\n"),
            message != NULL ? message : "");
  else if (message != NULL)
    /* TRANSLATORS: an error code that is not in the catalog, and the
       message the server sent with it.  */
    printf (_("%s (server message): %s\n"), e->code, message);
  else
    printf (_("%s: not in the catalog, and the response has no message\n"),
            e->code);
  free (message);
}

void
cli_output_filter (const struct cli_output *o, const char *mark,
                   const struct cli_api_error *e, const struct cli_answer *a)
{
  plain_explanation (o, e, a, true, mark);
}

void
cli_output_answer (const struct cli_output *o, const struct cli_api_error *e,
                   const struct cli_answer *a)
{
  if (o->json)
    {
      print_object (answer_object (e, a));
      return;
    }
  plain_explanation (o, e, a, false, "");
  if (a->candidate_count > 0)
    {
      char *others = candidates_text (a);
      /* TRANSLATORS: the other products (and codes) that document the
         error above, with other texts.  */
      printf (_("  Also documented, with other texts: %s\n"), others);
      free (others);
    }
  if (e->request_id != NULL)
    {
      char *id = cli_text_from_utf8 (e->request_id, e->request_id_len);
      /* TRANSLATORS: "RequestId" is the name of the field in the API
         response; keep it so that users can search their logs.  */
      printf (_("  RequestId: %s\n"), id);
      free (id);
    }
}
