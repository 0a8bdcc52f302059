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
  char *code;                   /* Error.Code, or NULL: no error */
  struct cli_string message;    /* Error.Message, the server's text */
  struct cli_string request_id; /* RequestId */
};

struct cli_responses
{
  struct cli_response *v;
  size_t count;
  size_t alloc;
  size_t bytes; /* input read so far, against CLI_EXPLAIN_MAX */
};

/* The most input --explain reads, over all its files: what a pile of
   responses may take in memory stays bounded.  */
#define CLI_EXPLAIN_MAX_MIB 8

/* Reads every response of FILE ("-": standard input), one JSON object
   after another (JSON lines, say), onto RS.  On unreadable or malformed
   input reports the error and returns false.  */
bool cli_explain_read (const char *file, struct cli_responses *rs);

void cli_explain_free (struct cli_responses *rs);

#endif
