/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* What the command prints.

   Plain output is for people: one line per code, in the locale's codeset,
   with inline markdown made readable (markdown.c) unless --raw, which
   prints the text as stored.  JSON output is for programs: one object per
   line, built by json-c, in UTF-8 (see cli_lang_use_utf8), texts exactly
   as stored.  Messages are always data, never a format.  */
#include <config.h>

#include "cli.h"
#include "color.h"
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

/* The line for HIT (its '\n' included), in a new string: its code,
   where its text comes from when that is not plain from the table asked
   for, and the text.  With name_products (--list, --search) the code's
   own product is always named, and the table asked for is that product.
   Codes, products and the source of a text are coloured as O says.  */
static char *
hit_line (const struct cli_output *o, const struct cli_hit *hit)
{
  const struct tcerr_result *r = &hit->result;
  char *message = terminal_message (o, r), *line;
  const char *asked = o->name_products ? hit->product : o->product;
  bool elsewhere = strcmp (r->product, asked) != 0;
  char *code = cli_color_paint (o->color, CLI_COLOR_CODE, hit->code);
  char *named = cli_color_paint (o->color, CLI_COLOR_PRODUCT, asked);
  char *table = cli_color_paint (o->color, elsewhere ? CLI_COLOR_MATCH
                                                     : CLI_COLOR_PRODUCT,
                                 r->product);
  char *category = cli_color_paint (o->color, CLI_COLOR_MATCH, r->code);
  if (r->match == TCERR_MATCH_CATEGORY && elsewhere && o->name_products)
    /* TRANSLATORS: an error code, its product, the product whose table
       has the text ("common": the table shared by all products), the
       code's category there (the part before the first '.'), and the
       text.  */
    line = format_text (_("%s (%s, %s category %s): %s\n"), code, named,
                        table, category, message);
  else if (elsewhere && o->name_products)
    /* TRANSLATORS: an error code, its product, the product whose table
       has the text ("common": the table shared by all products), and
       the text.  */
    line = format_text (_("%s (%s, from %s): %s\n"), code, named, table,
                        message);
  else if (r->match == TCERR_MATCH_CATEGORY
           && (elsewhere || o->name_products))
    /* TRANSLATORS: an error code, the product whose table has the text,
       the code's category (the part before the first '.'), the text.  */
    line = format_text (_("%s (%s, category %s): %s\n"), code, table,
                        category, message);
  else if (r->match == TCERR_MATCH_CATEGORY)
    /* TRANSLATORS: an error code, its category (the part before the
       first '.'), whose text this is, and the text.  */
    line = format_text (_("%s (category %s): %s\n"), code, category,
                        message);
  else if (elsewhere || o->name_products)
    /* TRANSLATORS: an error code, the product whose table has the text
       ("common": the table shared by all products), and the text.  */
    line = format_text (_("%s (%s): %s\n"), code, table, message);
  else
    /* TRANSLATORS: an error code and its text.  */
    line = format_text (_("%s: %s\n"), code, message);
  free (category);
  free (table);
  free (named);
  free (code);
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
cli_output_hit (const struct cli_output *o, const struct cli_hit *hit)
{
  if (o->json)
    print_object (hit_object (hit->code, &hit->result));
  else
    print_plain_hit (o, hit);
}

/* Adds the array of the N suggestions S to OBJ as "suggestions", or null
   when S is NULL.  */
static void
put_suggestions (struct json_object *obj, const struct cli_suggestion *s,
                 size_t n)
{
  struct json_object *array = NULL;
  if (s != NULL)
    {
      array = checked (json_object_new_array ());
      for (size_t i = 0; i < n; i++)
        {
          struct json_object *one = checked (json_object_new_object ());
          put_cstring (one, "code", s[i].code);
          put_cstring (one, "product", s[i].product);
          if (json_object_array_add (array, one) != 0)
            xalloc_die ();
        }
    }
  if (json_object_object_add (obj, "suggestions", array) != 0)
    xalloc_die ();
}

void
cli_output_lookup (const struct cli_output *o, const char *code,
                   const struct cli_hit *hits, size_t n,
                   const struct cli_suggestion *suggestions, size_t ns)
{
  if (!o->json)
    {
      for (size_t i = 0; i < n; i++)
        print_plain_hit (o, &hits[i]);
      return;
    }
  for (size_t i = 0; i < n; i++)
    {
      struct json_object *obj = hit_object (code, &hits[i].result);
      put_suggestions (obj, suggestions, ns);
      print_object (obj);
    }
  if (n == 0)
    {
      struct json_object *obj = hit_object (code, NULL);
      put_suggestions (obj, suggestions, ns);
      print_object (obj);
    }
}

void
cli_output_product (const struct cli_output *o, const char *product,
                    const char *name, size_t codes)
{
  if (!o->json)
    {
      cli_color_print (o->color, CLI_COLOR_PRODUCT, product);
      if (name != NULL)
        {
          /* One line a product, whatever its name holds.  */
          char *safe = cli_text_terminal (name, strlen (name));
          printf ("  %s", safe);
          free (safe);
        }
      putchar ('\n');
      return;
    }
  struct json_object *obj = checked (json_object_new_object ());
  put_cstring (obj, "product", product);
  put_cstring (obj, "name", name);
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

/* MARK, the start of a line --filter adds (colour: it is not the
   input's), or "" before an explanation of --explain.  */
static void
print_mark (const struct cli_output *o, const char *mark)
{
  if (mark[0] == '\0')
    return;
  /* The mark without its space, so the colour ends where the word does.  */
  size_t len = strlen (mark);
  bool space = mark[len - 1] == ' ';
  char *word = xmemdup0 (mark, space ? len - 1 : len);
  cli_color_print (o->color, CLI_COLOR_MARK, word);
  free (word);
  if (space)
    putchar (' ');
}

/* What explains E, answered by A, after MARK: the answer's line, or the
   server's message; with ONE_LINE, the others that fit on it too.  */
static void
plain_explanation (const struct cli_output *o, const struct cli_api_error *e,
                   const struct cli_answer *a, bool one_line,
                   const char *mark)
{
  print_mark (o, mark);
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
  else
    {
      char *code = cli_color_paint (o->color, CLI_COLOR_CODE, e->code);
      if (message != NULL)
        /* TRANSLATORS: an error code that is not in the catalog, and the
           message the server sent with it.  */
        printf (_("%s (server message): %s\n"), code, message);
      else
        printf (_("%s: not in the catalog, and the response has no"
                  " message\n"), code);
      free (code);
    }
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
