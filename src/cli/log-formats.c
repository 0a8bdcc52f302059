/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The errors that the official Tencent Cloud SDKs, and the programs
   built on them, print, found in any text: one table of formats, and the
   scanner (log-formats.h).

   Each line is searched (memmem) for the markers of the table; where one
   stands, the code is read from the front after it (letters, digits, '.'
   and '_', as tcerr_is_code wants), then the text the format puts between
   the code and the message must follow.  The message runs to the LAST
   request-id marker of the error (messages contain ", ", "Code=" and
   "message:"), and the error runs to the next marker on the line, so
   two errors on one line stay two.  A RequestId is a UUID, bare or
   quoted, and whatever follows it but a hex digit, '-' or '_' (".",
   "\"", "]", ")", an escape, a word glued on); empty, "None" or "null"
   is none.
   Other clouds' look-alikes (an AWS "An error occurred
   (InvalidInstanceID.NotFound)", an Apple "Code=-1001") carry none of
   the markers, or no code after one.

   Some errors run over lines, and the scanner (struct cli_format_scan)
   holds one for a few lines at most, so that --filter still follows a
   growing log: a permission error, whose server message carries raw
   newlines and a nested "[request id:...]" (not its RequestId), is held
   when its line has no request-id marker and its message says it goes
   on, until the line with the marker (CONT_LINES at most); Node.js's
   console.error of an error, its stack then its own properties, is held
   from the stack's first line to the "}" (its code is the property
   "code"); the serverless CLI's "ErrorCode:" line waits for its
   "RequestId:" line.  */
#include <config.h>

#include "log-formats.h"
#include "log-scan.h"
#include "product-hints.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <tcerr.h>

enum shape
{
  CODE_FIRST, /* MARKER code AFTER_CODE message BEFORE_ID id */
  CODE_GLUED, /* MARKER code "-" message BEFORE_ID id (older releases) */
  ID_FIRST,   /* "RequestId=" id MARKER code AFTER_CODE message */
  NO_CODE,    /* MARKER message BEFORE_ID id: the SDK prints no code */
  ID_BEFORE,  /* ["requestId: " id " "] MARKER message, no code */
  HEADER,     /* MARKER (" [Error]: " | ": ") message: the first line of
                 a stack; the code comes after it, if at all */
  OLD_DUMP,   /* MARKER message: Node.js 10's "{ Error: ", a stack and
                 the properties after it, to " }" */
  CODE_LINE   /* MARKER spaces code, alone on its line; the RequestId on
                 the next (the serverless CLI) */
};

struct format
{
  const char *name;       /* in --json: "format" */
  enum shape shape;
  const char *marker;     /* what is searched for; the code follows it */
  const char *after_code; /* between the code and the message */
  const char *before_id;  /* the last one ends the message; NULL: the
                             message runs to the end of the error */
  const char *needle;     /* what a line with the marker holds
                             (prefilter.h) */
  const char *example;    /* what the SDK prints */
};

static const struct format formats[] = {
#define FORMAT(name, shape, marker, after_code, before_id, needle, example) \
  { name, shape, marker, after_code, before_id, needle, example },
#include "log-formats.def"
#undef FORMAT
};

#define FORMATS (sizeof formats / sizeof formats[0])
/* formats_present's bits: one a format.  */
_Static_assert (FORMATS <= sizeof (unsigned long) * 8, "too many formats");

#define UUID_LEN 36
static const char id_key[] = "RequestId=";
#define ID_KEY_LEN (sizeof id_key - 1)

static bool
is_hex (char c)
{
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')
         || (c >= 'A' && c <= 'F');
}

static bool
is_alnum (char c)
{
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
         || (c >= '0' && c <= '9');
}

static bool
is_code_char (char c)
{
  return is_alnum (c) || c == '.' || c == '_';
}

/* Whether the bytes from P to END start with a UUID (8-4-4-4-12 hex)
   that does not go on (no hex digit, '-' or '_' after it: punctuation,
   an escape, the end, or a word glued on may follow, as a release of the
   Node.js SDK glues "status:" to it).  */
static bool
is_uuid (const char *p, const char *end)
{
  if (end - p < UUID_LEN)
    return false;
  for (int i = 0; i < UUID_LEN; i++)
    if (i == 8 || i == 13 || i == 18 || i == 23 ? p[i] != '-'
                                                : !is_hex (p[i]))
      return false;
  return p + UUID_LEN == end
         || !(is_hex (p[UUID_LEN]) || p[UUID_LEN] == '-'
              || p[UUID_LEN] == '_');
}

/* Where the UUID at P (before END) starts, past a quote that may open it
   ('...', "...", or \"...\" in text still escaped); NULL: no UUID.  */
static const char *
uuid_at (const char *p, const char *end)
{
  if (p < end && p[0] == '\\' && end - p > 1 && p[1] == '"')
    p += 2;
  else if (p < end && (*p == '\'' || *p == '"'))
    p++;
  return is_uuid (p, end) ? p : NULL;
}

static bool
starts_with (const char *p, const char *end, const char *s)
{
  size_t n = strlen (s);
  return (size_t) (end - p) >= n && memcmp (p, s, n) == 0;
}

/* The last occurrence of S from P to END, or NULL.  */
static const char *
last_of (const char *p, const char *end, const char *s)
{
  size_t n = strlen (s);
  const char *last = NULL;
  for (const char *q; p < end && (q = memmem (p, (size_t) (end - p), s, n));
       p = q + 1)
    last = q;
  return last;
}

/* Where a C++ error whose ", ErrorCode=" stands at POS starts (its
   "RequestId="), or NULL when the text before POS is not one.  */
static const char *
id_first_start (const char *line, const char *pos)
{
  if (pos - line >= (ptrdiff_t) ID_KEY_LEN
      && memcmp (pos - ID_KEY_LEN, id_key, ID_KEY_LEN) == 0)
    return pos - ID_KEY_LEN;
  if (pos - line >= (ptrdiff_t) (ID_KEY_LEN + UUID_LEN)
      && memcmp (pos - ID_KEY_LEN - UUID_LEN, id_key, ID_KEY_LEN) == 0
      && is_uuid (pos - UUID_LEN, pos))
    return pos - ID_KEY_LEN - UUID_LEN;
  return NULL;
}

/* Where a .NET error whose marker stands at POS starts: at the
   "requestId: ID " before it, when there is one (the id may be empty),
   else at POS.  */
static const char *
id_before_start (const char *line, const char *pos)
{
  static const char key[] = "requestId: ";
  const size_t n = sizeof key - 1;
  if (pos - line >= (ptrdiff_t) (n + 1)
      && memcmp (pos - n - 1, key, n) == 0 && pos[-1] == ' ')
    return pos - n - 1;
  if (pos - line >= (ptrdiff_t) (n + UUID_LEN + 1)
      && memcmp (pos - n - UUID_LEN - 1, key, n) == 0 && pos[-1] == ' '
      && is_uuid (pos - UUID_LEN - 1, pos - 1))
    return pos - n - UUID_LEN - 1;
  return pos;
}

/* A marker found on a line.  */
struct hit
{
  const struct format *format;
  const char *start; /* where the error starts */
  const char *body;  /* after the marker */
};

/* Whether the LINE before POS holds only blanks.  */
static bool
at_line_start (const char *line, const char *pos)
{
  while (pos > line && (pos[-1] == ' ' || pos[-1] == '\t'))
    pos--;
  return pos == line;
}

/* Where the error of F whose marker stands at POS starts, or NULL.  */
static const char *
hit_start (const struct format *f, const char *line, const char *pos)
{
  switch (f->shape)
    {
    case ID_FIRST:
      return id_first_start (line, pos);
    case ID_BEFORE:
      return id_before_start (line, pos);
    case CODE_LINE:
      return at_line_start (line, pos) ? pos : NULL;
    case CODE_FIRST:
    case CODE_GLUED:
    case NO_CODE:
    case HEADER:
    case OLD_DUMP:
    default:
      return pos;
    }
}

/* The formats whose needle the bytes from LINE to END hold, a bit each
   (in the table's order): the others' markers are not there.  Each
   needle is searched for once.  */
static unsigned long
formats_present (const char *line, const char *end)
{
  /* The first format with the same needle as each.  */
  static unsigned char same[FORMATS];
  static bool same_known;
  if (!same_known)
    {
      for (size_t i = 0; i < FORMATS; i++)
        for (same[i] = 0; strcmp (formats[same[i]].needle,
                                  formats[i].needle) != 0; same[i]++)
          continue;
      same_known = true;
    }
  unsigned long present = 0;
  for (size_t i = 0; i < FORMATS; i++)
    {
      bool here = same[i] < i
        ? (present >> same[i] & 1) != 0
        : memmem (line, (size_t) (end - line), formats[i].needle,
                  strlen (formats[i].needle)) != NULL;
      present |= (unsigned long) here << i;
    }
  return present;
}

/* The first error from FROM to END of LINE, into *H; false: none.  Of
   formats that start at the same place, the first in the table.  Only
   the formats of PRESENT (formats_present) are looked for.  */
static bool
find_hit (const char *line, const char *from, const char *end,
          unsigned long present, struct hit *h)
{
  h->format = NULL;
  h->start = NULL;
  h->body = NULL;
  for (size_t i = 0; i < FORMATS; i++)
    {
      const struct format *f = &formats[i];
      if ((present >> i & 1) == 0)
        continue;
      size_t n = strlen (f->marker);
      const char *p = from, *pos = NULL, *start = NULL;
      while (p < end && (pos = memmem (p, (size_t) (end - p), f->marker, n)))
        {
          start = hit_start (f, line, pos);
          if (start != NULL && start >= from)
            break;
          start = NULL;
          p = pos + 1;
        }
      if (start != NULL && (h->start == NULL || start < h->start))
        {
          h->format = f;
          h->start = start;
          h->body = pos + n;
        }
    }
  return h->start != NULL;
}

/* The RequestId from P to END into E; none unless a UUID.  */
static void
take_id (const char *p, const char *end, struct cli_api_error *e)
{
  static const char go_d[] = "%!d(string=";
  if (starts_with (p, end, go_d))
    p += sizeof go_d - 1;
  const char *id = uuid_at (p, end);
  if (id != NULL)
    {
      e->request_id = id;
      e->request_id_len = UUID_LEN;
    }
}

/* The length of the code at P (before END): letters, digits, '.' and
   '_', a valid code that is not "None" or "null"; 0 when none.  */
static size_t
code_len (const char *p, const char *end)
{
  const char *q = p;
  while (q < end && is_code_char (*q))
    q++;
  size_t len = (size_t) (q - p);
  if (len == 0 || len > TCERR_CODE_MAX)
    return 0;
  char code[TCERR_CODE_MAX + 1];
  memcpy (code, p, len);
  code[len] = '\0';
  if (!tcerr_is_code (code) || strcmp (code, "None") == 0
      || strcmp (code, "null") == 0)
    return 0;
  return len;
}

/* Reads the code of H's error (ending at END) into E and returns where
   its message starts, or NULL when the format wants a code and there is
   none.  */
static const char *
take_code (const struct hit *h, const char *end, struct cli_api_error *e)
{
  const struct format *f = h->format;
  e->code = NULL;
  e->code_len = 0;
  if (f->shape == HEADER)
    {
      static const char error_tag[] = " [Error]: ";
      if (starts_with (h->body, end, error_tag))
        return h->body + sizeof error_tag - 1;
      return starts_with (h->body, end, ": ") ? h->body + 2 : NULL;
    }
  if (f->shape == OLD_DUMP)
    return h->body;
  if (f->shape == NO_CODE || f->shape == ID_BEFORE)
    {
      /* .NET's message is "code:C message:M " for an API error.  */
      static const char code_key[] = "code:", message_key[] = " message:";
      const char *p = h->body + sizeof code_key - 1;
      size_t len;
      if (starts_with (h->body, end, code_key)
          && (len = code_len (p, end)) > 0
          && starts_with (p + len, end, message_key))
        {
          e->code = p;
          e->code_len = len;
          return p + len + sizeof message_key - 1;
        }
      return h->body;
    }
  const char *p = h->body;
  if (f->shape == CODE_LINE)
    {
      /* "ErrorCode:   C", and nothing after it but blanks.  */
      while (p < end && *p == ' ')
        p++;
      size_t len = p > h->body ? code_len (p, end) : 0;
      const char *rest = p + len;
      while (rest < end && (*rest == ' ' || *rest == '\t'))
        rest++;
      if (len == 0 || rest != end)
        return NULL;
      e->code = p;
      e->code_len = len;
      return end;
    }
  size_t len = code_len (p, end);
  if (len == 0 || !starts_with (p + len, end, f->after_code))
    return NULL;
  /* Glued to the message by '-': a word of the message is no code.  */
  if (f->shape == CODE_GLUED && memchr (p, '.', len) == NULL)
    {
      char code[TCERR_CODE_MAX + 1];
      memcpy (code, p, len);
      code[len] = '\0';
      if (tcerr_lookup_any (code, NULL, 0) == 0)
        return NULL;
    }
  e->code = p;
  e->code_len = len;
  return p + len + strlen (f->after_code);
}

/* What became of a hit.  */
enum taken
{
  NOT_TAKEN, /* no error */
  TAKEN,     /* an error, in E */
  WANTS_ID   /* an error only if its request-id marker comes (nodejs),
                or a code after it (nodejs-stack, no message) */
};

/* Reads the error of H, which ends at END, into E.  *NO_ID: the format
   prints a request-id marker, and it is not there (the message may go on
   over the next lines).  */
static enum taken
take (const struct hit *h, const char *end, struct cli_api_error *e,
      bool *no_id)
{
  const struct format *f = h->format;
  memset (e, 0, sizeof *e);
  *no_id = false;
  e->message = take_code (h, end, e);
  if (e->message == NULL)
    return NOT_TAKEN;
  e->format = f->name;
  e->error = true;
  e->code_from = e->code != NULL ? "printed" : NULL;
  const char *message_end = end;
  const char *id = f->before_id != NULL
    ? last_of (e->message, end, f->before_id) : NULL;
  if (id != NULL)
    {
      message_end = id;
      take_id (id + strlen (f->before_id), end, e);
    }
  else if (f->before_id != NULL)
    *no_id = true;
  if (f->shape == ID_FIRST)
    take_id (h->start + ID_KEY_LEN, end, e);
  if (f->shape == ID_BEFORE && h->start != h->body - strlen (f->marker))
    take_id (h->start + strlen ("requestId: "), end, e);
  while (message_end > e->message
         && (message_end[-1] == ' ' || message_end[-1] == '\t'))
    message_end--;
  e->message_len = (size_t) (message_end - e->message);
  if (f->shape == CODE_LINE)
    e->message = NULL, e->message_len = 0;
  /* Node.js always prints it: without, a look-alike, unless it comes.  */
  if (f->shape == NO_CODE && id == NULL)
    return WANTS_ID;
  if (f->shape == CODE_LINE || f->shape == OLD_DUMP)
    return WANTS_ID;
  /* Without a code, the message is all there is to go on (a stack's
     first line may get its code from the properties after it).  */
  if (e->code != NULL || e->message_len > 0)
    return TAKEN;
  return f->shape == HEADER ? WANTS_ID : NOT_TAKEN;
}

/* Reads the error of H as its format, or else as a later format with the
   same marker (java-old, then nodejs): the first that takes it, else the
   first that wants its id.  */
static enum taken
take_any (const struct hit *h, const char *end, struct cli_api_error *e,
          bool *no_id)
{
  enum taken best = NOT_TAKEN;
  struct cli_api_error wants;
  bool wants_no_id = false;
  for (const struct format *f = h->format; f < formats + FORMATS; f++)
    if (strcmp (f->marker, h->format->marker) == 0)
      {
        struct hit as_f = { f, h->start, h->body };
        enum taken t = take (&as_f, end, e, no_id);
        if (t == TAKEN)
          return TAKEN;
        if (t == WANTS_ID && best == NOT_TAKEN)
          {
            best = WANTS_ID;
            wants = *e;
            wants_no_id = *no_id;
          }
      }
  if (best == WANTS_ID)
    {
      *e = wants;
      *no_id = wants_no_id;
    }
  return best;
}

/* --- The scanner -------------------------------------------------------------- */

/* The most lines a server message goes on over after its first.  */
#define CONT_LINES 4
/* The most frames of a Node.js stack (10 by default), and properties.  */
#define NODE_FRAMES 16
#define NODE_PROPS 12
/* How far before the serverless CLI's "ErrorCode:" its message may
   stand, and the most of it kept.  */
#define MESSAGE_LINES 8
_Static_assert (MESSAGE_LINES <= CLI_LOG_SCAN_DISTANCE_MAX,
                "log-scan.h's CLI_LOG_SCAN_DISTANCE_MAX is too short");
#define MESSAGE_MAX 4096

enum held
{
  HELD_NONE,
  HELD_CONT, /* an error whose message goes on (its request-id marker
                to come) */
  HELD_NODE, /* a Node.js stack's first line: frames, properties */
  HELD_CODE  /* the serverless CLI's "ErrorCode:" line */
};

enum node_part
{
  NODE_MESSAGE, /* lines of the message, before the frames */
  NODE_STACK,   /* "    at ..." */
  NODE_OBJECT   /* the properties, after " {" (or the frames: old) */
};

struct cli_format_scan
{
  cli_error_found found;
  void *arg;
  /* The error held.  */
  enum held held;
  const struct format *format;
  size_t held_line;          /* its line */
  char *text;                /* HELD_CONT: its text from its start, the
                                lines joined by '\n'; HELD_NODE: its
                                message */
  size_t len, alloc;
  size_t first_len;          /* what of TEXT its first line is */
  size_t body;               /* HELD_CONT: where its marker ends */
  size_t lines;              /* lines read of the part it is in */
  enum node_part part;
  char code[TCERR_CODE_MAX]; /* HELD_NODE: the property "code";
                                HELD_CODE: the code */
  size_t code_len;
  char id[UUID_LEN];         /* the property "requestId" */
  size_t id_len;
  const char *product;       /* named by its frames */
  bool sdk_frame;            /* a frame of the SDK in its stack */
  /* The serverless CLI's lines before its "ErrorCode:".  */
  char message[MESSAGE_MAX]; /* after "错误信息: " */
  size_t message_len;
  size_t message_line;       /* 0: none */
  size_t environment_line;   /* "Environment: ", 0: none */
  const char *source;        /* the product its step's source names */
  const char *source_from;
  size_t source_line;        /* 0: none */
  /* Every error whose request-id marker is not on its line may go on
     over the next: the text is a quoted string's, decoded.  */
  bool whole_text;
};

struct cli_format_scan *
cli_format_scan_new (cli_error_found found, void *arg)
{
  struct cli_format_scan *s = xcalloc (1, sizeof *s);
  s->found = found;
  s->arg = arg;
  return s;
}

void
cli_format_scan_free (struct cli_format_scan *s)
{
  if (s == NULL)
    return;
  free (s->text);
  free (s);
}

/* Adds the LEN bytes at P to the text held (after a '\n' with NL).  */
static void
hold_text (struct cli_format_scan *s, bool nl, const char *p, size_t len)
{
  size_t need = s->len + nl + len;
  if (need < len)
    xalloc_die ();
  if (need > s->alloc)
    {
      s->alloc = need > 2 * s->alloc ? need : 2 * s->alloc;
      s->text = xrealloc (s->text, s->alloc);
    }
  if (nl)
    s->text[s->len++] = '\n';
  if (len == 0)
    return; /* s->text may still be NULL: no memcpy from or to it */
  memcpy (s->text + s->len, p, len);
  s->len += len;
}

/* Reports E, which starts on line NUMBER.  */
static size_t
report (struct cli_format_scan *s, struct cli_api_error *e, size_t number)
{
  e->line = number;
  e->error = true;
  s->found (e, s->arg);
  return 1;
}

/* The serverless CLI's message, when it stood close enough before
   NUMBER, into E: without the " (reqId: ...)" the component added.  */
static void
code_line_message (const struct cli_format_scan *s, size_t number,
                   struct cli_api_error *e)
{
  if (s->source_line != 0 && number - s->source_line <= MESSAGE_LINES)
    {
      e->product = s->source;
      e->product_from = s->source_from;
    }
  if (s->message_line == 0 || number - s->message_line > MESSAGE_LINES)
    return;
  size_t len = s->message_len;
  const char *m = s->message, *reqid = last_of (m, m + len, " (reqId: ");
  if (reqid != NULL && m[len - 1] == ')')
    len = (size_t) (reqid - m);
  e->message = m;
  e->message_len = len;
}

/* Reports the error held, as far as it has come (the serverless CLI's:
   when NUMBER, the line after it, confirmed it); returns how many.  */
static size_t
flush (struct cli_format_scan *s)
{
  struct cli_api_error e;
  bool no_id;
  size_t n = 0;
  memset (&e, 0, sizeof e);
  if (s->held == HELD_CONT)
    {
      /* Its first line only, as an error alone on it.  */
      struct hit h = { s->format, s->text, s->text + s->body };
      if (take_any (&h, s->text + s->first_len, &e, &no_id) == TAKEN)
        n = report (s, &e, s->held_line);
    }
  else if (s->held == HELD_NODE)
    {
      e.format = s->format->name;
      e.message = s->text;
      /* Lines before any frame were no message of its.  */
      e.message_len = s->part == NODE_MESSAGE ? s->first_len : s->len;
      if (s->code_len > 0)
        {
          e.code = s->code;
          e.code_len = s->code_len;
          e.code_from = "property";
        }
      if (s->id_len > 0)
        {
          e.request_id = s->id;
          e.request_id_len = s->id_len;
        }
      if (s->product != NULL)
        {
          e.product = s->product;
          e.product_from = CLI_FROM_STACK;
        }
      /* Node.js 10's "{ Error: " is any error's: the SDK's when a frame
         is its.  */
      bool ours = s->format->shape != OLD_DUMP || s->sdk_frame;
      if (ours && (e.code != NULL || e.message_len > 0))
        n = report (s, &e, s->held_line);
    }
  else if (s->held == HELD_CODE
           && (s->id_len > 0 || s->environment_line + 1 == s->held_line))
    {
      e.format = s->format->name;
      e.code = s->code;
      e.code_len = s->code_len;
      e.code_from = "printed";
      if (s->id_len > 0)
        {
          e.request_id = s->id;
          e.request_id_len = s->id_len;
        }
      code_line_message (s, s->held_line, &e);
      n = report (s, &e, s->held_line);
    }
  s->held = HELD_NONE;
  s->len = 0;
  return n;
}

/* Whether the message of E goes on over the next lines: a permission
   error's, "... [[request id:R]you are not authorized to perform
   operation (cvm:Action)" then "resource (...) has no permission" and
   "]" on lines of their own.  */
static bool
goes_on (const struct cli_api_error *e)
{
  const char *m = e->message, *end = m + e->message_len;
  static const char nested[] = "[request id:";
  static const char denied[] = "authorized to perform operation (";
  const char *p = memmem (m, e->message_len, nested, sizeof nested - 1);
  if (p != NULL)
    {
      int depth = 0;
      for (const char *q = m; q < end; q++)
        depth += *q == '[' ? 1 : *q == ']' ? -1 : 0;
      if (depth > 0)
        return true;
    }
  return memmem (m, e->message_len, denied, sizeof denied - 1) != NULL
         && memmem (m, e->message_len, "has no permission", 17) == NULL;
}

/* Holds the error of H, which runs to the END of LINE, as E read it.  */
static void
hold (struct cli_format_scan *s, const struct hit *h, const char *end,
      const struct cli_api_error *e, size_t number)
{
  s->format = h->format;
  s->held_line = number;
  s->len = 0;
  s->lines = 0;
  s->code_len = s->id_len = 0;
  s->product = NULL;
  s->sdk_frame = false;
  if (h->format->shape == CODE_LINE)
    {
      s->held = HELD_CODE;
      memcpy (s->code, e->code, e->code_len);
      s->code_len = e->code_len;
    }
  else if (h->format->shape == HEADER || h->format->shape == OLD_DUMP)
    {
      s->held = HELD_NODE;
      s->part = NODE_MESSAGE;
      hold_text (s, false, e->message, e->message_len);
    }
  else
    {
      s->held = HELD_CONT;
      s->body = (size_t) (h->body - h->start);
      hold_text (s, false, h->start, (size_t) (end - h->start));
    }
  s->first_len = s->len;
}

/* The errors from FROM to END of LINE, number NUMBER; the last one may
   be held.  Returns how many were reported.  */
static size_t
scan_errors (struct cli_format_scan *s, const char *from, const char *end,
             size_t number)
{
  const char *line = from;
  size_t n = 0;
  struct hit h, next;
  unsigned long present = formats_present (from, end);
  bool more = present != 0 && find_hit (line, from, end, present, &h);
  while (more)
    {
      more = find_hit (line, h.body, end, present, &next);
      const char *error_end = more ? next.start : end;
      struct cli_api_error e;
      bool no_id;
      enum taken t = take_any (&h, error_end, &e, &no_id);
      enum shape shape = h.format->shape;
      if (!more && t != NOT_TAKEN
          && (shape == HEADER || shape == OLD_DUMP || shape == CODE_LINE
              || ((t == WANTS_ID || no_id)
                  && (s->whole_text || goes_on (&e)))))
        hold (s, &h, end, &e, number);
      else if (t == TAKEN)
        n += report (s, &e, number);
      h = next;
    }
  return n;
}

/* LINE (to END) after a held error whose message goes on: the line of
   its request-id marker ends it, and the line goes on from *FROM; a line
   with another error, or too many lines, end it as it was.  */
static size_t
cont_line (struct cli_format_scan *s, const char *line, const char *end,
           const char **from, bool *consumed)
{
  struct hit h;
  const char *stop = find_hit (line, line, end, formats_present (line, end),
                               &h) ? h.start : end;
  const char *key = s->format->before_id != NULL
    ? last_of (line, stop, s->format->before_id) : NULL;
  if (key != NULL)
    {
      hold_text (s, true, line, (size_t) (stop - line));
      struct hit held = { s->format, s->text, s->text + s->body };
      struct cli_api_error e;
      bool no_id;
      size_t n = 0;
      if (take_any (&held, s->text + s->len, &e, &no_id) == TAKEN)
        n = report (s, &e, s->held_line);
      s->held = HELD_NONE;
      s->len = 0;
      *from = stop;
      return n;
    }
  if (stop != end || s->lines == CONT_LINES)
    return flush (s);
  hold_text (s, true, line, (size_t) (end - line));
  s->lines++;
  *consumed = true;
  return 0;
}

/* The quoted value ('...', "..." or `...`) at P, before END (a ',' may
   follow it): into *VALUE and *LEN; false when it is not one.  */
static bool
quoted (const char *p, const char *end, const char **value, size_t *len)
{
  if (p == end || (*p != '\'' && *p != '"' && *p != '`'))
    return false;
  const char *q = end;
  if (q[-1] == ',')
    q--;
  if (q - p < 2 || q[-1] != *p)
    return false;
  *value = p + 1;
  *len = (size_t) (q - 1 - (p + 1));
  return true;
}

/* A line of the properties of a Node.js error held: "  name: value[,]";
   keeps its code and requestId.  False: no such line.  */
static bool
node_property (struct cli_format_scan *s, const char *line, const char *end)
{
  const char *p = line;
  while (p < end && *p == ' ')
    p++;
  const char *name = p;
  while (p < end && (is_alnum (*p) || *p == '_' || *p == '$'))
    p++;
  if (p == line || name == line || p == name || !starts_with (p, end, ": "))
    return false;
  size_t name_len = (size_t) (p - name);
  const char *value;
  size_t len;
  if (!quoted (p + 2, end, &value, &len))
    return true; /* httpCode: 502, and the like */
  if (name_len == 4 && memcmp (name, "code", 4) == 0
      && code_len (value, value + len) == len)
    {
      memcpy (s->code, value, len);
      s->code_len = len;
    }
  else if (name_len == 9 && memcmp (name, "requestId", 9) == 0
           && len == UUID_LEN && is_uuid (value, value + len))
    {
      memcpy (s->id, value, len);
      s->id_len = len;
    }
  return true;
}

/* A frame "    at ..." of a Node.js stack held, from P (after its
   blanks) to END: may name the product, and (Node.js 12 on) end with
   " {" before the properties.  */
static size_t
node_frame (struct cli_format_scan *s, const char *line, const char *p,
            const char *end)
{
  s->lines = s->part == NODE_STACK ? s->lines + 1 : 1;
  s->part = NODE_STACK;
  const char *from;
  if (s->product == NULL)
    s->product = cli_hint_find (line, (size_t) (end - line), true, &from);
  if (memmem (line, (size_t) (end - line), "encent", 6) != NULL)
    s->sdk_frame = true;
  const char *last = end;
  while (last > p && last[-1] == ' ')
    last--;
  if (last[-1] == '{' && last - 1 > p && last[-2] == ' ')
    {
      s->part = NODE_OBJECT;
      s->lines = 0;
    }
  else if (s->lines > NODE_FRAMES)
    return flush (s);
  return 0;
}

/* A property of Node.js 10's dump, after its frames: the last one ends
   in " }" and ends the error.  */
static size_t
old_property (struct cli_format_scan *s, const char *line, const char *end,
              bool *consumed)
{
  const char *last = end;
  while (last > line && last[-1] == ' ')
    last--;
  bool closing = last - line >= 2 && last[-1] == '}' && last[-2] == ' ';
  const char *prop_end = closing ? last - 2 : end;
  if (s->lines >= NODE_PROPS || !node_property (s, line, prop_end))
    {
      *consumed = false;
      return flush (s);
    }
  s->part = NODE_OBJECT;
  s->lines++;
  return closing ? flush (s) : 0;
}

/* LINE (to END) after the first line of a Node.js stack held: more of
   its message, its frames, its properties; anything else ends it, and
   the line goes on.  */
static size_t
node_line (struct cli_format_scan *s, const char *line, const char *end,
           bool *consumed)
{
  const char *p = line;
  while (p < end && (*p == ' ' || *p == '\t'))
    p++;
  bool old = s->format->shape == OLD_DUMP;
  *consumed = true;
  if (s->part != NODE_OBJECT && p > line && starts_with (p, end, "at "))
    return node_frame (s, line, p, end);
  struct hit h;
  if (s->part == NODE_MESSAGE && s->lines < CONT_LINES
      && !find_hit (line, line, end, formats_present (line, end), &h))
    {
      hold_text (s, true, line, (size_t) (end - line));
      s->lines++;
      return 0;
    }
  if (old && s->part != NODE_MESSAGE && p > line)
    return old_property (s, line, end, consumed);
  if (s->part == NODE_OBJECT)
    {
      if (p > line && p < end && *p == '}')
        return flush (s);
      if (s->lines < NODE_PROPS && node_property (s, line, end))
        {
          s->lines++;
          return 0;
        }
    }
  *consumed = false;
  return flush (s);
}

/* LINE (to END) after the serverless CLI's "ErrorCode:": its
   "RequestId:   ID" line, or anything else; the error is reported.  */
static size_t
code_next_line (struct cli_format_scan *s, const char *line,
                const char *end, bool *consumed)
{
  static const char key[] = "RequestId:";
  const char *p = line;
  while (p < end && *p == ' ')
    p++;
  if (starts_with (p, end, key))
    {
      p += sizeof key - 1;
      while (p < end && *p == ' ')
        p++;
      if (is_uuid (p, end))
        {
          memcpy (s->id, p, UUID_LEN);
          s->id_len = UUID_LEN;
          *consumed = true;
        }
    }
  return flush (s);
}

/* Keeps what the serverless CLI prints before its "ErrorCode:" line:
   its message, and the "Environment:" line just before.  */
static void
note_lines_before (struct cli_format_scan *s, const char *line,
                   const char *end, size_t number)
{
  static const char message_key[] = "\xe9\x94\x99\xe8\xaf\xaf\xe4\xbf\xa1"
                                    "\xe6\x81\xaf: "; /* 错误信息: */
  static const char environment_key[] = "Environment: ";
  const char *from, *product;
  if (starts_with (line, end, environment_key))
    s->environment_line = number;
  else if (memmem (line, (size_t) (end - line), "API_", 4) != NULL
           && (product = cli_hint_beside (line, (size_t) (end - line),
                                          &from)) != NULL)
    {
      s->source = product;
      s->source_from = from;
      s->source_line = number;
    }
  else if (starts_with (line, end, message_key))
    {
      const char *m = line + sizeof message_key - 1;
      size_t len = (size_t) (end - m);
      if (len > MESSAGE_MAX)
        len = MESSAGE_MAX;
      memcpy (s->message, m, len);
      s->message_len = len;
      s->message_line = number;
    }
}

/* Forgets the lines kept for an error to come that stand too far before
   NUMBER now.  */
static void
forget_far_lines (struct cli_format_scan *s, size_t number)
{
  if (s->message_line != 0 && number - s->message_line > MESSAGE_LINES)
    s->message_line = 0;
  if (s->source_line != 0 && number - s->source_line > MESSAGE_LINES)
    s->source_line = 0;
  if (s->environment_line != 0 && number - s->environment_line > 1)
    s->environment_line = 0;
}

bool
cli_format_scan_weighs_distance (const struct cli_format_scan *s)
{
  return s->message_line != 0 || s->source_line != 0
         || s->environment_line != 0;
}

size_t
cli_format_scan_line (struct cli_format_scan *s, const char *line,
                      size_t len, size_t number)
{
  const char *end = line + len, *from = line;
  forget_far_lines (s, number);
  size_t n = 0;
  bool consumed = false;
  if (s->held == HELD_CONT)
    n += cont_line (s, line, end, &from, &consumed);
  else if (s->held == HELD_NODE)
    n += node_line (s, line, end, &consumed);
  else if (s->held == HELD_CODE)
    n += code_next_line (s, line, end, &consumed);
  if (consumed)
    return n;
  note_lines_before (s, line, end, number);
  return n + scan_errors (s, from, end, number);
}

void
cli_format_scan_whole_text (struct cli_format_scan *s)
{
  s->whole_text = true;
}

bool
cli_format_scan_waiting (const struct cli_format_scan *s)
{
  return s->held != HELD_NONE;
}

size_t
cli_format_scan_end (struct cli_format_scan *s)
{
  return flush (s);
}
