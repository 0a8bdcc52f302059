/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* What a line must hold for the log scanner (log-scan.h) to find
   anything in it: the needles that each table of the scanner gives
   (log-formats.h, json-scan.h, product-hints.h), searched for many lines
   at once with one pass over a buffer, so that --filter gives the scanner
   only the lines that may matter.  */
#ifndef TCERR_CLI_PREFILTER_H
#define TCERR_CLI_PREFILTER_H

#include <stdbool.h>
#include <stddef.h>

/* A string that a line holds whenever the scanner finds a thing of its
   table's in it.  FRAME_ONLY: it counts only on a line that may be a
   stack frame (cli_hint_is_frame).  Every needle is ASCII but its first
   three bytes may be any, at least 3 bytes long, and holds no '\n'.  */
struct cli_needle
{
  const char *text;
  bool frame_only;
};

/* What the needles of a line say.  */
enum
{
  CLI_PREFILTER_NONE = 0, /* the scanner finds nothing in it */
  CLI_PREFILTER_SOME = 1, /* it may hold something */
  CLI_PREFILTER_ESC = 2   /* an ANSI escape: needles may hide behind it */
};

/* Where the needles of a buffer are, as its lines are asked for in
   order.  */
struct cli_prefilter
{
  const char *begin, *end;
  const char *next;    /* the next needle, or END */
  int next_needle;     /* its index; -1: ESC */
};

void cli_prefilter_start (struct cli_prefilter *pf, const char *begin,
                          const char *end);

/* The needles of the line from LINE to LINE_END (its '\n' or the end),
   a line after every line asked for before: CLI_PREFILTER_*.  */
int cli_prefilter_line (struct cli_prefilter *pf, const char *line,
                        const char *line_end);

/* The first needle from P on (before PF's end): where it is, or END.  */
const char *cli_prefilter_next (struct cli_prefilter *pf, const char *p);

/* The same for one line alone.  */
int cli_prefilter_text (const char *line, size_t len);

#endif
