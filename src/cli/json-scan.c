/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The JSON objects of a log's lines: see json-scan.h.

   A byte-at-a-time tokenizer with a stack of the open containers.  Each
   object keeps what its members of interest held (the keys of
   struct key_name below): their strings, decoded, in an arena that the
   outermost object owns.  When an object closes it is judged: as the
   value of "Error" (a valid "Code"), of "Response" (then it is reported:
   an API response), or as an error object of Node.js's SDK.  A syntax
   error drops what is open, and the search for a '{' goes on where the
   error stood: linear in the line, and an object that closed inside a
   broken one (a response among other things) was reported already.  */
#include <config.h>

#include "json-scan.h"
#include "unquote.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <tcerr.h>

/* The most containers open at once, and the most bytes an object may
   take (a response pretty-printed over lines included).  */
#define DEPTH_MAX 32
#define OBJECT_MAX (1024 * 1024)
#define KEY_MAX 16

/* The members of interest.  */
enum key
{
  KEY_OTHER,
  KEY_RESPONSE,   /* an object: the response */
  KEY_ERROR,      /* its error, an object */
  KEY_CODE,       /* the error's */
  KEY_MESSAGE,
  KEY_REQUEST_ID, /* the response's */
  KEY_PCODE,      /* an SDK exception's own properties (Node.js) */
  KEY_PMESSAGE,
  KEY_PREQUEST_ID,
  KEY_TYPE,       /* pino: the class */
  KEY_NAME,       /* bunyan: err.name */
  KEY_STACK,
  KEYS
};

static const struct
{
  const char *name;
  enum key key;
} key_names[] = {
  { "Response", KEY_RESPONSE }, { "Error", KEY_ERROR },
  { "Code", KEY_CODE }, { "Message", KEY_MESSAGE },
  { "RequestId", KEY_REQUEST_ID }, { "code", KEY_PCODE },
  { "message", KEY_PMESSAGE }, { "requestId", KEY_PREQUEST_ID },
  { "reqId", KEY_PREQUEST_ID }, { "type", KEY_TYPE }, { "name", KEY_NAME },
  { "stack", KEY_STACK },
};

/* What a member's value was.  */
enum kind
{
  ABSENT,
  STRING,
  NUL_VALUE,
  OTHER
};

/* The "Error" member of an object: absent (or null), an object with a
   valid code, or something else.  */
enum error_state
{
  ERROR_NONE,
  ERROR_VALID,
  ERROR_INVALID
};

struct span
{
  size_t off, len;
};

/* An open container.  */
struct frame
{
  bool object;
  bool brace_only;         /* opened by the '{' that ended a line */
  bool has_member;
  size_t line;             /* where it starts */
  enum key key;            /* the member being read */
  unsigned char kind[KEYS];
  struct span str[KEYS];   /* in the arena */
  enum error_state error;  /* its "Error" member */
  struct span error_code, error_message;
  bool error_message_set;
};

enum state
{
  S_IDLE,         /* looking for a '{' */
  S_VALUE,        /* a value must come */
  S_KEY_OR_END,   /* after '{' */
  S_KEY,          /* after ',' in an object */
  S_COLON,        /* after a key */
  S_NEXT,         /* after a value: ',' or the end of the container */
  S_VALUE_OR_END, /* after '[' */
  S_STRING,
  S_ESCAPE,
  S_HEX,
  S_NUMBER,
  S_LITERAL
};

/* Where a number is, as its grammar goes.  */
enum number
{
  N_MINUS, N_ZERO, N_INT, N_DOT, N_FRAC, N_EXP, N_EXP_SIGN, N_EXP_DIGITS
};

struct cli_json_scan
{
  cli_json_found found;
  void *arg;
  size_t number;           /* the line being read */
  enum state state;
  struct frame stack[DEPTH_MAX];
  int depth;
  /* The string being read.  */
  bool in_key;
  const char *string_start; /* its first byte, in the line */
  int hex_left;
  enum number num;
  const char *literal;      /* "true", "false" or "null" */
  int literal_at;
  size_t bytes;             /* fed to the outermost object */
  char *arena;
  size_t arena_len, arena_alloc;
  size_t reported;          /* by the line being read */
};

struct cli_json_scan *
cli_json_scan_new (cli_json_found found, void *arg)
{
  struct cli_json_scan *s = xcalloc (1, sizeof *s);
  s->found = found;
  s->arg = arg;
  return s;
}

void
cli_json_scan_free (struct cli_json_scan *s)
{
  if (s == NULL)
    return;
  free (s->arena);
  free (s);
}

bool
cli_json_scan_waiting (const struct cli_json_scan *s)
{
  return s->depth > 0;
}

/* --- What objects hold ---------------------------------------------------- */

static const char *
arena_at (const struct cli_json_scan *s, struct span sp)
{
  return s->arena + sp.off;
}

/* Keeps the LEN bytes of the string content at P, decoded; its place in
   *SP.  */
static void
keep_string (struct cli_json_scan *s, const char *p, size_t len,
             struct span *sp)
{
  /* An empty string is kept too: the arena exists once a string is.  */
  if (s->arena == NULL || len > s->arena_alloc - s->arena_len)
    {
      size_t need = s->arena_len + len > 64 ? s->arena_len + len : 64;
      s->arena_alloc = need > 2 * s->arena_alloc ? need : 2 * s->arena_alloc;
      s->arena = xrealloc (s->arena, s->arena_alloc);
    }
  sp->off = s->arena_len;
  sp->len = cli_unquote (p, len, s->arena + s->arena_len);
  s->arena_len += sp->len;
}

/* Whether the string at SP is a code the registry could have.  */
static bool
valid_code (const struct cli_json_scan *s, struct span sp)
{
  char code[TCERR_CODE_MAX + 1];
  if (sp.len == 0 || sp.len > TCERR_CODE_MAX)
    return false;
  memcpy (code, arena_at (s, sp), sp.len);
  code[sp.len] = '\0';
  return strlen (code) == sp.len && tcerr_is_code (code);
}

/* Whether the member K of F, when there, is a string or null.  */
static bool
string_or_null (const struct frame *f, enum key k)
{
  return f->kind[k] == ABSENT || f->kind[k] == STRING
         || f->kind[k] == NUL_VALUE;
}

static bool
has_prefix (const struct cli_json_scan *s, const struct frame *f, enum key k,
            const char *prefix)
{
  size_t n = strlen (prefix);
  return f->kind[k] == STRING && f->str[k].len >= n
         && memcmp (arena_at (s, f->str[k]), prefix, n) == 0;
}

/* Reports F, which closed as the value of "Response", when it is one: a
   RequestId string (or none), and no "Error" or a valid one.  */
static void
judge_response (struct cli_json_scan *s, const struct frame *f, size_t line)
{
  if (!string_or_null (f, KEY_REQUEST_ID) || f->error == ERROR_INVALID)
    return;
  struct cli_api_error e;
  memset (&e, 0, sizeof e);
  e.format = "json";
  e.line = line;
  if (f->kind[KEY_REQUEST_ID] == STRING)
    {
      e.request_id = arena_at (s, f->str[KEY_REQUEST_ID]);
      e.request_id_len = f->str[KEY_REQUEST_ID].len;
    }
  if (f->error == ERROR_VALID)
    {
      e.error = true;
      e.code = arena_at (s, f->error_code);
      e.code_len = f->error_code.len;
      e.code_from = "printed";
      if (f->error_message_set)
        {
          e.message = arena_at (s, f->error_message);
          e.message_len = f->error_message.len;
        }
    }
  s->found (&e, s->arg);
  s->reported++;
}

/* Reports F when it is the SDK's exception as Node.js loggers write it:
   pino's {"type": "TencentCloudSDKHttpException", "message", "stack",
   "requestId", "code"}, bunyan's {"message", "name", "stack", "code"}
   whose stack runs through the SDK.  */
static void
judge_node_error (struct cli_json_scan *s, const struct frame *f)
{
  bool sdk = has_prefix (s, f, KEY_TYPE, "TencentCloudSDK")
             || has_prefix (s, f, KEY_NAME, "TencentCloudSDK");
  if (!sdk && f->kind[KEY_STACK] == STRING)
    sdk = memmem (arena_at (s, f->str[KEY_STACK]), f->str[KEY_STACK].len,
                  "tencentcloud-sdk", 16) != NULL;
  bool code = f->kind[KEY_PCODE] == STRING && valid_code (s, f->str[KEY_PCODE]);
  bool message = f->kind[KEY_PMESSAGE] == STRING
                 && f->str[KEY_PMESSAGE].len > 0;
  if (!sdk || !(code || message))
    return;
  struct cli_api_error e;
  memset (&e, 0, sizeof e);
  e.format = "nodejs-json";
  e.line = f->line;
  e.error = true;
  if (code)
    {
      e.code = arena_at (s, f->str[KEY_PCODE]);
      e.code_len = f->str[KEY_PCODE].len;
      e.code_from = "property";
    }
  if (message)
    {
      e.message = arena_at (s, f->str[KEY_PMESSAGE]);
      e.message_len = f->str[KEY_PMESSAGE].len;
    }
  if (f->kind[KEY_PREQUEST_ID] == STRING && f->str[KEY_PREQUEST_ID].len > 0)
    {
      e.request_id = arena_at (s, f->str[KEY_PREQUEST_ID]);
      e.request_id_len = f->str[KEY_PREQUEST_ID].len;
    }
  s->found (&e, s->arg);
  s->reported++;
}

/* The object F has closed, inside PARENT (NULL: the outermost): what it
   is to its parent, and what it is itself.  */
static void
object_closed (struct cli_json_scan *s, const struct frame *f,
               struct frame *parent)
{
  if (parent != NULL && parent->object && parent->key == KEY_ERROR)
    {
      bool valid = f->kind[KEY_CODE] == STRING
                   && valid_code (s, f->str[KEY_CODE])
                   && string_or_null (f, KEY_MESSAGE);
      parent->error = valid ? ERROR_VALID : ERROR_INVALID;
      if (valid)
        {
          parent->error_code = f->str[KEY_CODE];
          parent->error_message_set = f->kind[KEY_MESSAGE] == STRING;
          parent->error_message = f->str[KEY_MESSAGE];
        }
    }
  else if (parent != NULL && parent->object && parent->key == KEY_RESPONSE)
    judge_response (s, f, parent->line);
  judge_node_error (s, f);
}

/* A value other than an object or a string (KIND) was read for the
   member being read.  */
static void
scalar_read (struct cli_json_scan *s, enum kind kind)
{
  if (s->depth == 0)
    return;
  struct frame *f = &s->stack[s->depth - 1];
  if (!f->object)
    return;
  if (f->key == KEY_ERROR)
    f->error = kind == NUL_VALUE ? ERROR_NONE : ERROR_INVALID;
  else if (f->key != KEY_OTHER)
    f->kind[f->key] = (unsigned char) kind;
}

/* --- The tokenizer -------------------------------------------------------- */

/* What became of the bytes fed.  */
enum fed
{
  FED_ALL,   /* taken; an object is still open */
  FED_DONE,  /* the outermost object closed at *STOP - 1 */
  FED_FAILED /* a syntax error at *STOP */
};

static bool
push (struct cli_json_scan *s, bool object)
{
  if (s->depth == DEPTH_MAX)
    return false;
  struct frame *f = &s->stack[s->depth++];
  memset (f, 0, sizeof *f);
  f->object = object;
  f->line = s->number;
  s->state = object ? S_KEY_OR_END : S_VALUE_OR_END;
  return true;
}

/* Closes the container on top; true when it was the outermost.  */
static bool
pop (struct cli_json_scan *s)
{
  struct frame *f = &s->stack[--s->depth];
  if (f->object)
    object_closed (s, f, s->depth > 0 ? &s->stack[s->depth - 1] : NULL);
  s->state = S_NEXT;
  return s->depth == 0;
}

/* The key that the string from START to P (its closing quote) names.  */
static enum key
key_of (const char *start, const char *p)
{
  size_t n = (size_t) (p - start);
  if (n > KEY_MAX)
    return KEY_OTHER;
  for (size_t i = 0; i < sizeof key_names / sizeof key_names[0]; i++)
    if (strlen (key_names[i].name) == n
        && memcmp (key_names[i].name, start, n) == 0)
      return key_names[i].key;
  return KEY_OTHER;
}

/* The string that ends at P (its closing quote) has been read.  False
   when a line-ending object's first member is not "Response".  */
static bool
string_read (struct cli_json_scan *s, const char *p)
{
  struct frame *f = &s->stack[s->depth - 1];
  if (s->in_key)
    {
      f->key = s->string_start != NULL ? key_of (s->string_start, p)
                                       : KEY_OTHER;
      if (f->brace_only && !f->has_member && f->key != KEY_RESPONSE)
        return false;
      f->has_member = true;
      s->state = S_COLON;
      return true;
    }
  s->state = S_NEXT;
  if (f->object && f->key != KEY_OTHER && f->key != KEY_RESPONSE
      && f->key != KEY_ERROR && s->string_start != NULL)
    {
      keep_string (s, s->string_start, (size_t) (p - s->string_start),
                   &f->str[f->key]);
      f->kind[f->key] = STRING;
    }
  else
    scalar_read (s, OTHER);
  return true;
}

/* Starts a value with the byte C at P; false when none can start so.  */
static bool
value_start (struct cli_json_scan *s, const char *p)
{
  char c = *p;
  switch (c)
    {
    case '{':
      if (s->depth > 0 && s->stack[s->depth - 1].object
          && s->stack[s->depth - 1].key != KEY_RESPONSE
          && s->stack[s->depth - 1].key != KEY_ERROR)
        scalar_read (s, OTHER);
      return push (s, true);
    case '[':
      scalar_read (s, OTHER);
      return push (s, false);
    case '"':
      s->in_key = false;
      s->string_start = p + 1;
      s->state = S_STRING;
      return true;
    case 't':
    case 'f':
    case 'n':
      s->literal = c == 't' ? "true" : c == 'f' ? "false" : "null";
      s->literal_at = 1;
      s->state = S_LITERAL;
      scalar_read (s, c == 'n' ? NUL_VALUE : OTHER);
      return true;
    case '-':
      s->num = N_MINUS;
      s->state = S_NUMBER;
      scalar_read (s, OTHER);
      return true;
    default:
      if (c < '0' || c > '9')
        return false;
      s->num = c == '0' ? N_ZERO : N_INT;
      s->state = S_NUMBER;
      scalar_read (s, OTHER);
      return true;
    }
}

/* The next state of a number at the byte C; false: C is not of it (the
   number ends, if it may end there: *ENDS).  */
static bool
number_step (struct cli_json_scan *s, char c, bool *ends)
{
  bool digit = c >= '0' && c <= '9';
  *ends = false;
  switch (s->num)
    {
    case N_MINUS:
      if (!digit)
        return false;
      s->num = c == '0' ? N_ZERO : N_INT;
      return true;
    case N_INT:
      if (digit)
        return true;
      /* Fall through.  */
    case N_ZERO:
      if (c == '.')
        s->num = N_DOT;
      else if (c == 'e' || c == 'E')
        s->num = N_EXP;
      else
        return *ends = true, false;
      return true;
    case N_DOT:
      return digit ? (s->num = N_FRAC, true) : false;
    case N_FRAC:
      if (digit)
        return true;
      if (c == 'e' || c == 'E')
        return s->num = N_EXP, true;
      return *ends = true, false;
    case N_EXP:
      if (c == '+' || c == '-')
        return s->num = N_EXP_SIGN, true;
      /* Fall through.  */
    case N_EXP_SIGN:
      return digit ? (s->num = N_EXP_DIGITS, true) : false;
    case N_EXP_DIGITS:
    default:
      return digit ? true : (*ends = true, false);
    }
}

static bool
is_blank (char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Takes the byte at P; returns false on a syntax error.  *AGAIN: the
   byte must be taken once more (it ended a number).  */
static bool
step (struct cli_json_scan *s, const char *p, bool *again)
{
  unsigned char c = (unsigned char) *p;
  struct frame *f = &s->stack[s->depth - 1];
  *again = false;
  switch (s->state)
    {
    case S_STRING:
      if (c == '"')
        return string_read (s, p);
      if (c == '\\')
        s->state = S_ESCAPE;
      else if (c < 0x20)
        return false;
      return true;
    case S_ESCAPE:
      if (c == 'u')
        {
          s->hex_left = 4;
          s->state = S_HEX;
          return true;
        }
      s->state = S_STRING;
      return strchr ("\"\\/bfnrt", c) != NULL && c != '\0';
    case S_HEX:
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')
            || (c >= 'A' && c <= 'F')))
        return false;
      if (--s->hex_left == 0)
        s->state = S_STRING;
      return true;
    case S_LITERAL:
      if (c != (unsigned char) s->literal[s->literal_at])
        return false;
      if (s->literal[++s->literal_at] == '\0')
        s->state = S_NEXT;
      return true;
    case S_NUMBER:
      {
        bool ends;
        if (number_step (s, (char) c, &ends))
          return true;
        if (!ends)
          return false;
        s->state = S_NEXT;
        *again = true;
        return true;
      }
    default:
      break;
    }
  if (is_blank ((char) c))
    return true;
  switch (s->state)
    {
    case S_VALUE:
      return value_start (s, p);
    case S_VALUE_OR_END:
      if (c == ']')
        return pop (s), true;
      return value_start (s, p);
    case S_KEY_OR_END:
      if (c == '}')
        return f->brace_only ? false : (pop (s), true);
      /* Fall through.  */
    case S_KEY:
      if (c != '"')
        return false;
      s->in_key = true;
      s->string_start = p + 1;
      s->state = S_STRING;
      return true;
    case S_COLON:
      if (c != ':')
        return false;
      s->state = S_VALUE;
      return true;
    case S_NEXT:
      if (c == ',')
        {
          s->state = f->object ? S_KEY : S_VALUE;
          if (f->object)
            f->key = KEY_OTHER;
          return true;
        }
      if (c == (f->object ? '}' : ']'))
        {
          pop (s);
          return true;
        }
      return false;
    default:
      return false;
    }
}

/* Feeds the bytes from P to END to the open object; *STOP: where it
   ended (FED_DONE: after the outermost '}'), or failed.  */
static enum fed
feed (struct cli_json_scan *s, const char *p, const char *end,
      const char **stop)
{
  if ((size_t) (end - p) > OBJECT_MAX - s->bytes)
    end = p + (OBJECT_MAX - s->bytes);
  s->bytes += (size_t) (end - p);
  /* A string that started on an earlier feed was not kept: its bytes
     are gone (only a line's own strings are).  */
  if (s->state == S_STRING || s->state == S_ESCAPE || s->state == S_HEX)
    s->string_start = NULL;
  while (p < end)
    {
      bool again;
      if (!step (s, p, &again))
        {
          *stop = p;
          return FED_FAILED;
        }
      if (!again)
        p++;
      if (s->depth == 0)
        {
          *stop = p;
          return FED_DONE;
        }
    }
  *stop = p;
  return s->bytes >= OBJECT_MAX ? (*stop = p, FED_FAILED) : FED_ALL;
}

/* Drops what is open.  */
static void
reset (struct cli_json_scan *s)
{
  s->depth = 0;
  s->state = S_IDLE;
  s->bytes = 0;
  s->arena_len = 0;
}

/* Starts an object at a '{'.  */
static void
start (struct cli_json_scan *s)
{
  reset (s);
  push (s, true);
  s->bytes = 1;
}

/* Whether the object open at the end of a line goes on over the next:
   inside a "Response", or only its '{' read (BRACE_LAST: that '{' ended
   the line).  */
static bool
goes_on (struct cli_json_scan *s, bool brace_last)
{
  for (int i = 0; i < s->depth; i++)
    if (s->stack[i].object && s->stack[i].key == KEY_RESPONSE)
      return true;
  if (s->depth == 1 && brace_last && s->state == S_KEY_OR_END
      && !s->stack[0].has_member)
    {
      s->stack[0].brace_only = true;
      return true;
    }
  return false;
}

/* Whether the line from P to END starts (after blanks) with the member
   "Response": what a line after one that ended with '{' must.  */
static bool
opens_with_response (const char *p, const char *end)
{
  static const char key[] = "\"Response\"";
  while (p < end && is_blank (*p))
    p++;
  if ((size_t) (end - p) < sizeof key - 1
      || memcmp (p, key, sizeof key - 1) != 0)
    return false;
  for (p += sizeof key - 1; p < end && is_blank (*p); p++)
    continue;
  return p < end && *p == ':';
}

/* The objects from P to END of a line.  */
static void
scan_objects (struct cli_json_scan *s, const char *p,
              const char *end)
{
  const char *stop;
  if (s->depth == 1 && s->stack[0].brace_only && !s->stack[0].has_member
      && !opens_with_response (p, end))
    /* The line-ending '{' opened no response: the line is read anew,
       as if that line had not been read (--filter may not read it).  */
    reset (s);
  if (s->depth > 0)
    {
      static const char nl[] = "\n";
      enum fed r = feed (s, nl, nl + 1, &stop);
      if (r == FED_ALL)
        r = feed (s, p, end, &stop);
      else
        stop = p; /* the line end broke it: the line is searched whole */
      if (r == FED_ALL)
        {
          /* Over the next line end too only inside a response.  */
          if (!goes_on (s, false))
            reset (s);
          return;
        }
      reset (s);
      p = r == FED_DONE ? stop : stop < end ? stop : end;
    }
  while (p < end && (p = memchr (p, '{', (size_t) (end - p))) != NULL)
    {
      const char *brace = p;
      start (s);
      enum fed r = feed (s, brace + 1, end, &stop);
      if (r == FED_ALL)
        {
          const char *last = end;
          while (last > brace && is_blank (last[-1]))
            last--;
          if (!goes_on (s, last == brace + 1))
            reset (s);
          /* The rest of the line was inside it: each object that closed
             there was judged.  */
          return;
        }
      reset (s);
      p = stop > brace ? stop : brace + 1;
    }
}

size_t
cli_json_scan_line (struct cli_json_scan *s, const char *line, size_t len,
                    size_t number)
{
  s->number = number;
  s->reported = 0;
  scan_objects (s, line, line + len);
  return s->reported;
}
