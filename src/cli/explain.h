/* Tencent Cloud API responses read for --explain.  */
#ifndef TCERR_CLI_EXPLAIN_H
#define TCERR_CLI_EXPLAIN_H

#include <stdbool.h>
#include <stddef.h>

/* A string of the response: UTF-8, may hold NULs; S is NULL when the
   response has none.  */
struct cli_string
{
  char *s;
  size_t len;
};

/* What --explain needs of one response.  */
struct cli_response
{
  char *code;                   /* Error.Code, or NULL: no error, or an
                                   error whose code is unknown (ERROR) */
  struct cli_string message;    /* Error.Message, the server's text */
  struct cli_string request_id; /* RequestId */
  size_t line;                  /* an SDK's error line (from 1), or 0: a
                                   JSON response */
  const char *format;           /* the SDK's format (sdk-errors.c), or
                                   "json" for a response in a log; NULL:
                                   a JSON response */
  bool error;                   /* the response carries an error */
  const char *code_from;        /* in a log: "printed" (the code stood
                                   there), "property" (in Node.js's dump
                                   of the error's properties), "message"
                                   (the server message is its documented
                                   text), or NULL (no code known) */
  const char *product;          /* in a log: the product the text around
                                   the error names (sdk-errors.h), or
                                   NULL */
  const char *product_from;     /* "stack" (a client's stack frame),
                                   "command" (a tccli command line), or
                                   NULL */
};

struct cli_responses
{
  struct cli_response *v;
  size_t count;
  size_t alloc;
  size_t bytes; /* input read so far, against CLI_EXPLAIN_MAX */
};

/* The product asked for (-p), or NULL (the default): the codes an error
   printed without one is found by (its message) are this product's
   first.  */
void cli_explain_set_product (const char *product);

/* The most input --explain reads, over all its files: what a pile of
   responses may take in memory stays bounded.  */
#define CLI_EXPLAIN_MAX_MIB 8

/* Reads every response of FILE ("-": standard input), one JSON object
   after another (JSON lines, say), onto RS; or, when FILE is not that,
   every error that an official SDK printed in it and every response
   inside its lines (a log: log-scan.h), with its line and the product
   its text names.  An error printed without its code is looked up by its
   message (message-index.h), the codes of the product asked for
   (cli_explain_set_product) or else of the product named first: one response per code found, or one without a
   code.  On unreadable input, or input that is neither, reports the
   error (as malformed JSON) and returns false.  */
bool cli_explain_read (const char *file, struct cli_responses *rs);

void cli_explain_free (struct cli_responses *rs);

struct cli_hit;

/* The hits for the code of RESP (none without one) into HITS (room for
   cli_query_max_hits ()), looked up for PRODUCT (-p), else for the
   product its text names, else as tcerr CODE does (every product's
   answer, also when the product named has no entry for it); returns
   their number.  Sets RESP->product_from to where the product came from:
   "option", RESP's own ("stack", "command"), "code" (the lookup's), or
   NULL (none).  */
size_t cli_explain_lookup (const char *product, struct cli_response *resp,
                           struct cli_hit *hits);

/* A log read line by line (--filter): each error of a line goes onto RS
   as cli_explain_read puts it there.  */
struct cli_explain_log;
struct cli_explain_log *cli_explain_log_new (struct cli_responses *rs);
/* Reads the next line (LEN bytes, without its '\n'); returns how many
   errors and responses it added.  An error that runs over lines is added
   by the line that ends it (with the line it starts on); the stack
   frames after an error may name its product after it was added.  */
size_t cli_explain_log_line (struct cli_explain_log *log, const char *line,
                             size_t len);
/* Whether LOG waits for more lines of an error or response that started
   on an earlier line (cli_log_scan_waiting): then the next line must be
   read whatever it holds.  */
bool cli_explain_log_waiting (const struct cli_explain_log *log);
/* Ends the log: adds an error still held (its lines cut short); returns
   how many.  */
size_t cli_explain_log_end (struct cli_explain_log *log);
void cli_explain_log_free (struct cli_explain_log *log);

#endif
