/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Colour on a terminal, as GNU programs do it: --color[=WHEN], NO_COLOR,
   TERM=dumb, and TCERR_COLORS to choose the colours.  */
#ifndef TCERR_CLI_COLOR_H
#define TCERR_CLI_COLOR_H

#include <stdbool.h>

/* --color's WHEN.  */
enum cli_color_when
{
  CLI_COLOR_AUTO,   /* the default: only when standard output is a terminal */
  CLI_COLOR_ALWAYS,
  CLI_COLOR_NEVER
};

/* What stands out, each in its own colour.  */
enum cli_color_part
{
  CLI_COLOR_CODE,     /* an error code */
  CLI_COLOR_PRODUCT,  /* the product a code belongs to */
  CLI_COLOR_MATCH,    /* where a text came from, when not from the code's
                         own entry: the common table, a category */
  CLI_COLOR_MARK,     /* --filter's "[tcerr]" */
  CLI_COLOR_PARTS
};

/* WHEN as --color spells it (always, yes, force; never, no, none; auto,
   tty, if-tty; as getopt gives it, so NULL for a bare --color, which is
   always).  False when ARG is none of them.  */
bool cli_color_parse_when (const char *arg, enum cli_color_when *when);

/* Whether to colour standard output: WHEN, and for auto the terminal,
   TERM and NO_COLOR.  Reads TCERR_COLORS when it says yes.  */
bool cli_color_setup (enum cli_color_when when);

/* S, coloured as PART when colour is on (cli_color_setup), in a new
   string.  */
char *cli_color_paint (bool on, enum cli_color_part part, const char *s);

/* Prints S on standard output, coloured as PART when ON.  */
void cli_color_print (bool on, enum cli_color_part part, const char *s);

#endif
