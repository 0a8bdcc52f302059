/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* json-check: the JSON lines checker of the tcerr command's tests.

   Usage: json-check [-k KEY]... [-g KEY]...
   Every line of standard input must be one JSON object (strict JSON, valid
   UTF-8, nothing after it) that has every KEY given with -k or -g; there
   must be at least one line.  For each line, the values of the -g KEYs are
   printed, separated by tabs: strings as their text, null as "(null)",
   anything else as JSON.  Exit status 0 when all is well, else 1 with the
   reason on standard error.  */
#include <config.h>

#include <json-c/json.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_KEYS 16

struct keys
{
  const char *need[MAX_KEYS];
  size_t need_count;
  const char *get[MAX_KEYS];
  size_t get_count;
};

static void
print_value (struct json_object *value)
{
  if (value == NULL)
    fputs ("(null)", stdout);
  else if (json_object_is_type (value, json_type_string))
    fwrite (json_object_get_string (value), 1,
            (size_t) json_object_get_string_len (value), stdout);
  else
    fputs (json_object_to_json_string_ext (value, JSON_C_TO_STRING_PLAIN),
           stdout);
}

/* Checks LINE (number N); prints its -g values.  */
static bool
check_line (const char *line, size_t len, size_t n, const struct keys *k)
{
  struct json_tokener *tok = json_tokener_new ();
  json_tokener_set_flags (tok, JSON_TOKENER_STRICT
                               | JSON_TOKENER_VALIDATE_UTF8);
  struct json_object *obj = json_tokener_parse_ex (tok, line, (int) len);
  enum json_tokener_error err = json_tokener_get_error (tok);
  bool ok = err == json_tokener_success
            && json_tokener_get_parse_end (tok) == len
            && json_object_is_type (obj, json_type_object);
  json_tokener_free (tok);
  if (!ok)
    fprintf (stderr, "json-check: line %zu: not one JSON object (%s)\n", n,
             json_tokener_error_desc (err));
  for (size_t i = 0; ok && i < k->need_count; i++)
    if (!json_object_object_get_ex (obj, k->need[i], NULL))
      {
        fprintf (stderr, "json-check: line %zu: no key \"%s\"\n", n,
                 k->need[i]);
        ok = false;
      }
  for (size_t i = 0; ok && i < k->get_count; i++)
    {
      struct json_object *value;
      json_object_object_get_ex (obj, k->get[i], &value);
      if (i > 0)
        putchar ('\t');
      print_value (value);
    }
  if (ok && k->get_count > 0)
    putchar ('\n');
  json_object_put (obj);
  return ok;
}

int
main (int argc, char **argv)
{
  struct keys k = { { NULL }, 0, { NULL }, 0 };
  int c;
  while ((c = getopt (argc, argv, "k:g:")) != -1)
    {
      if ((c != 'k' && c != 'g') || k.need_count == MAX_KEYS)
        {
          fputs ("usage: json-check [-k KEY]... [-g KEY]...\n", stderr);
          return 2;
        }
      k.need[k.need_count++] = optarg;
      if (c == 'g')
        k.get[k.get_count++] = optarg;
    }
  char *line = NULL;
  size_t size = 0;
  ssize_t len;
  size_t n = 0;
  bool ok = true;
  while (ok && (len = getline (&line, &size, stdin)) > 0)
    {
      n++;
      if (line[len - 1] == '\n')
        line[--len] = '\0';
      ok = check_line (line, (size_t) len, n, &k);
    }
  free (line);
  if (ok && n == 0)
    {
      fputs ("json-check: no line\n", stderr);
      ok = false;
    }
  return ok && fflush (stdout) == 0 ? 0 : 1;
}
