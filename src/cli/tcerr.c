/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* tcerr — look up, list, search and explain Tencent Cloud API errors in
   the user's language.  */
#include <config.h>

#include "cli.h"
#include "color.h"
#include "complete.h"
#include "diag.h"
#include "explain.h"
#include "filter.h"
#include "user-language.h"
#include "output.h"
#include "query.h"
#include "suggest.h"
#include "text.h"
#include "xalloc.h"

#include "tcerr.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

enum mode
{
  MODE_LOOKUP,
  MODE_LIST,
  MODE_PRODUCTS,
  MODE_SEARCH,
  MODE_EXPLAIN,
  MODE_FILTER,
  MODE_COMPLETE
};

/* A problem with the command line, found while parsing it and reported
   once the language is set up.  */
enum problem
{
  PROBLEM_NONE,
  PROBLEM_UNKNOWN_OPTION,
  PROBLEM_AMBIGUOUS_OPTION,
  PROBLEM_NO_ARGUMENT_ALLOWED,
  PROBLEM_ARGUMENT_REQUIRED,
  PROBLEM_MODES,
  PROBLEM_COLOR_WHEN,
  PROBLEM_COMPLETE_WHAT
};

struct options
{
  enum mode mode;
  const char *mode_option;  /* the option that chose MODE */
  const char *product;      /* -p, lowercased when checked */
  const char *lang;         /* -L */
  const char *search;       /* -s */
  enum cli_color_when color;   /* --color */
  enum cli_complete_what complete; /* --complete */
  bool json, raw, help, version;
  char **operands;
  int operand_count;
  enum problem problem;
  const char *problem_args[2];
  char short_option[3];     /* "-x", for a problem with one */
};

enum
{
  OPT_PRODUCTS = 256,
  OPT_JSON,
  OPT_RAW,
  OPT_FILTER,
  OPT_COLOR,
  OPT_COMPLETE
};

static const struct option long_options[] = {
  { "product", required_argument, NULL, 'p' },
  { "list", no_argument, NULL, 'l' },
  { "products", no_argument, NULL, OPT_PRODUCTS },
  { "search", required_argument, NULL, 's' },
  { "explain", no_argument, NULL, 'e' },
  { "filter", no_argument, NULL, OPT_FILTER },
  { "lang", required_argument, NULL, 'L' },
  { "json", no_argument, NULL, OPT_JSON },
  { "raw", no_argument, NULL, OPT_RAW },
  { "color", optional_argument, NULL, OPT_COLOR },
  { "colour", optional_argument, NULL, OPT_COLOR },
  /* For the shells' completion scripts, not in --help.  */
  { "complete", required_argument, NULL, OPT_COMPLETE },
  { "help", no_argument, NULL, 'h' },
  { "version", no_argument, NULL, 'V' },
  { NULL, 0, NULL, 0 }
};

/* --- Help and version ---------------------------------------------------- */

/* The width on a terminal of the N bytes at S, in the locale's codeset.  */
static size_t
text_width (const char *s, size_t n)
{
  mbstate_t state;
  memset (&state, 0, sizeof state);
  size_t width = 0;
  while (n > 0)
    {
      wchar_t wc;
      size_t k = mbrtowc (&wc, s, n, &state);
      if (k == (size_t) -1 || k == (size_t) -2 || k == 0)
        {
          k = 1;
          memset (&state, 0, sizeof state);
          wc = L'?';
        }
      int w = wcwidth (wc);
      width += w > 0 ? (size_t) w : 0;
      s += k;
      n -= k;
    }
  return width;
}

/* The help's languages: those this build has catalogs for
   (tcerr_languages), so --help and the manual made from it say what the
   build has; the words wrapped as the other options' are.  */
static void
print_languages (void)
{
  size_t size = 1;
  for (const char *const *l = tcerr_languages (); *l != NULL; l++)
    size += strlen (*l) + 2;
  char *list = xmalloc (size);
  *list = '\0';
  for (const char *const *l = tcerr_languages (); *l != NULL; l++)
    {
      strcat (list, *l);
      if (l[1] != NULL)
        strcat (list, ", ");
    }
  char *text;
  /* TRANSLATORS: %s is a list of language names, such as "en, zh_CN";
     this goes on the help of --lang, "... gets simplified Chinese;".  */
  if (asprintf (&text, _("catalogs: %s; any other language gets English"),
                list) < 0)
    xalloc_die ();
  const size_t indent = 27, width = 79;
  size_t column = width; /* a new line first */
  for (const char *word = text; *word != '\0';)
    {
      size_t n = strcspn (word, " ");
      size_t w = text_width (word, n);
      if (column + 1 + w > width)
        {
          printf ("%s%*s", column == width ? "" : "\n", (int) indent, "");
          column = indent;
        }
      else
        {
          putchar (' ');
          column++;
        }
      fwrite (word, 1, n, stdout);
      column += w;
      word += n;
      word += strspn (word, " ");
    }
  putchar ('\n');
  free (text);
  free (list);
}

static void
usage (void)
{
  printf (_("Usage: %s [OPTION]... CODE...\n"), PROGRAM_NAME);
  printf (_("  or:  %s [OPTION]... --explain [FILE]...\n"), PROGRAM_NAME);
  printf (_("  or:  %s [OPTION]... --filter [FILE]...\n"), PROGRAM_NAME);
  printf (_("  or:  %s [OPTION]... --list | --products | --search=TEXT\n"),
          PROGRAM_NAME);
  fputs (_("Look up Tencent Cloud API error codes, and explain the errors of"
           " API\nresponses, in your language.\n"), stdout);
  putchar ('\n');
  fputs (_("Without --product, a CODE is looked up in the table common to all"
           "\nproducts, or else in every product that documents it.\n"),
         stdout);
  putchar ('\n');
  fputs (_("Mandatory arguments to long options are mandatory for short"
           " options too.\n"), stdout);
  /* TRANSLATORS: each option's help is a separate message; keep the
     option names, and align the descriptions as in the original.  */
  fputs (_("  -p, --product=PRODUCT  look codes up for PRODUCT (see --products),"
           "\n                           falling back to the common table\n"),
         stdout);
  fputs (_("  -l, --list             list every code with its message (with -p,"
           "\n                           only PRODUCT's table)\n"), stdout);
  fputs (_("      --products         list the known products\n"), stdout);
  fputs (_("  -s, --search=TEXT      list the codes whose code or message"
           " contains\n                           TEXT, ASCII letters in either"
           " case (with -p,\n                           only PRODUCT's"
           " table)\n"), stdout);
  fputs (_("  -e, --explain          explain the Tencent Cloud API errors in"
           " FILEs:\n                           API responses (JSON, or inside"
           " log lines),\n                           and what the official SDKs"
           " and the\n                           programs built on them print"
           " (Go, Python,\n                           Java, Node.js, .NET, PHP,"
           " C++, tccli,\n                           Terraform, Packer, the"
           " serverless CLI...);\n                           one answer per"
           " error; with no FILE, or\n                           when FILE is"
           " -, read standard input\n"), stdout);
  /* TRANSLATORS: "[tcerr] " is printed as is, untranslated: keep it.  */
  fputs (_("      --filter           copy FILEs (or standard input) to"
           " standard\n                           output unchanged, and after"
           " each line\n                           holding an error add a line"
           " \"[tcerr] \"\n                           and its explanation;"
           " line by line, so\n                           tail -f LOG | tcerr"
           " --filter is live\n"), stdout);
  /* TRANSLATORS: keep the language names as they are.  */
  fputs (_("  -L, --lang=LANG        answer in LANG, as POSIX or BCP 47 write it:"
           "\n                           zh, zh_CN, zh-Hans, en, en-US...;"
           " Chinese of\n                           another region (zh-TW,"
           " zh-HK) gets simplified\n                           Chinese;\n"),
         stdout);
  print_languages ();
  fputs (_("      --json             print one JSON object per line, in"
           " UTF-8\n"), stdout);
  fputs (_("      --raw              print the messages as stored, markdown"
           " and all\n"), stdout);
  /* TRANSLATORS: keep "always", "never" and "auto": they are the
     values of the option.  */
  fputs (_("      --color[=WHEN]     colour codes and products: WHEN is always"
           " (when\n                           omitted), never, or auto (the"
           " default: only\n                           on a terminal)\n"),
         stdout);
  fputs (_("  -h, --help             display this help and exit\n"), stdout);
  fputs (_("  -V, --version          output version information and exit\n"),
         stdout);
  putchar ('\n');
  fputs (_("Exit status:\n"), stdout);
  fputs (_("  0  every code was found; with --explain, the input holds no"
           " API\n     error (a log without one, an empty file); with"
           " --filter, the\n     input was copied\n"),
         stdout);
  fputs (_("  1  a code is not in the catalog, or --search found nothing\n"),
         stdout);
  fputs (_("  2  usage error, a file that cannot be read, or a write error\n"),
         stdout);
  fputs (_("  3  with --explain, an API error was explained\n"), stdout);
}

static void
version (void)
{
  printf ("%s (%s) %s\n", PROGRAM_NAME, PACKAGE_NAME, PACKAGE_VERSION);
  if (strcmp (tcerr_version (), PACKAGE_VERSION) != 0)
    /* TRANSLATORS: the version of the library the command runs with.  */
    printf (_("libtcerr %s\n"), tcerr_version ());
  /* TRANSLATORS: the year and the copyright holders.  */
  printf (_("Copyright (C) %d %s.\n"), 2026, _("The tcerr authors"));
  fputs (_("License LGPLv2.1+: GNU LGPL version 2.1 or later"
           " <https://gnu.org/licenses/lgpl.html>.\n"
           "This is free software: you are free to change and redistribute"
           " it.\nThere is NO WARRANTY, to the extent permitted by law.\n"),
         stdout);
}

/* --- The command line ---------------------------------------------------- */

static void
set_mode (struct options *opt, enum mode mode, const char *name)
{
  if (opt->mode_option != NULL && opt->mode != mode
      && opt->problem == PROBLEM_NONE)
    {
      opt->problem = PROBLEM_MODES;
      opt->problem_args[0] = opt->mode_option;
      opt->problem_args[1] = name;
    }
  opt->mode = mode;
  opt->mode_option = name;
}

/* Whether the long option NAME ("prod" or "prod=x") abbreviates several
   options.  */
static bool
is_ambiguous (const char *name)
{
  size_t len = strcspn (name, "=");
  int matches = 0;
  for (const struct option *o = long_options; o->name != NULL; o++)
    matches += strncmp (o->name, name, len) == 0;
  return matches > 1;
}

/* Records what getopt_long found wrong with the option before OPTIND.  */
static void
bad_option (struct options *opt, char **argv, int c)
{
  if (opt->problem != PROBLEM_NONE)
    return;
  const char *arg = argv[optind - 1];
  bool is_long = strncmp (arg, "--", 2) == 0;
  opt->short_option[0] = '-';
  opt->short_option[1] = (char) optopt;
  opt->short_option[2] = '\0';
  opt->problem_args[0] = is_long ? arg : opt->short_option;
  if (c == ':')
    opt->problem = PROBLEM_ARGUMENT_REQUIRED;
  else if (is_long && optopt != 0)
    opt->problem = PROBLEM_NO_ARGUMENT_ALLOWED;
  else if (is_long && is_ambiguous (arg + 2))
    opt->problem = PROBLEM_AMBIGUOUS_OPTION;
  else
    opt->problem = PROBLEM_UNKNOWN_OPTION;
}

/* Parses the command line without printing: nothing may call gettext
   before the language is set up.  */
static void
parse_options (int argc, char **argv, struct options *opt)
{
  int c;
  opterr = 0;
  while ((c = getopt_long (argc, argv, ":p:ls:eL:hV", long_options, NULL))
         != -1)
    switch (c)
      {
      case 'p':
        opt->product = optarg;
        break;
      case 'l':
        set_mode (opt, MODE_LIST, "--list");
        break;
      case OPT_PRODUCTS:
        set_mode (opt, MODE_PRODUCTS, "--products");
        break;
      case 's':
        set_mode (opt, MODE_SEARCH, "--search");
        opt->search = optarg;
        break;
      case 'e':
        set_mode (opt, MODE_EXPLAIN, "--explain");
        break;
      case OPT_FILTER:
        set_mode (opt, MODE_FILTER, "--filter");
        break;
      case 'L':
        opt->lang = optarg;
        break;
      case OPT_JSON:
        opt->json = true;
        break;
      case OPT_RAW:
        opt->raw = true;
        break;
      case OPT_COLOR:
        if (!cli_color_parse_when (optarg, &opt->color)
            && opt->problem == PROBLEM_NONE)
          {
            opt->problem = PROBLEM_COLOR_WHEN;
            opt->problem_args[0] = optarg;
          }
        break;
      case OPT_COMPLETE:
        set_mode (opt, MODE_COMPLETE, "--complete");
        if (!cli_complete_parse_what (optarg, &opt->complete)
            && opt->problem == PROBLEM_NONE)
          {
            opt->problem = PROBLEM_COMPLETE_WHAT;
            opt->problem_args[0] = optarg;
          }
        break;
      case 'h':
        opt->help = true;
        break;
      case 'V':
        opt->version = true;
        break;
      default:
        bad_option (opt, argv, c);
        break;
      }
  opt->operands = argv + optind;
  opt->operand_count = argc - optind;
}

/* Reports a usage error (the format and its arguments) with the hint to
   --help; returns the exit status.  */
__attribute__ ((__format__ (__printf__, 1, 2)))
static int
usage_error (const char *format, ...)
{
  va_list ap;
  va_start (ap, format);
  vdiag (format, ap);
  va_end (ap);
  diag_try_help ();
  return CLI_EXIT_TROUBLE;
}

/* Reports the problem the parse recorded.  */
static int
report_problem (const struct options *opt)
{
  const char *arg = opt->problem_args[0];
  switch (opt->problem)
    {
    case PROBLEM_UNKNOWN_OPTION:
      return usage_error (_("unrecognized option %s"),
                          cli_text_quote (arg));
    case PROBLEM_AMBIGUOUS_OPTION:
      return usage_error (_("option %s is ambiguous"), cli_text_quote (arg));
    case PROBLEM_NO_ARGUMENT_ALLOWED:
      return usage_error (_("option %s doesn't allow an argument"),
                          cli_text_quote (arg));
    case PROBLEM_ARGUMENT_REQUIRED:
      return usage_error (_("option %s requires an argument"),
                          cli_text_quote (arg));
    case PROBLEM_MODES:
      return usage_error (_("options '%s' and '%s' cannot be used together"),
                          arg, opt->problem_args[1]);
    case PROBLEM_COLOR_WHEN:
      /* TRANSLATORS: keep the option's values, they are not translated.  */
      return usage_error (_("invalid argument %s for '--color' (valid:"
                            " 'always', 'never', 'auto')"),
                          cli_text_quote (arg));
    case PROBLEM_COMPLETE_WHAT:
      return usage_error (_("invalid argument %s for '--complete' (valid:"
                            " 'products', 'codes', 'languages')"),
                          cli_text_quote (arg));
    case PROBLEM_NONE:
    default:
      return CLI_EXIT_OK;
    }
}

/* --- The modes ----------------------------------------------------------- */

/* Says on stderr what the N suggestions S for CODE are, as git's "did you
   mean": a code of another product with that product.  */
static void
print_suggestions (const struct options *opt,
                   const struct cli_suggestion *s, size_t n)
{
  if (n == 0)
    return;
  fputc ('\n', stderr);
  fprintf (stderr, "%s\n", ngettext ("The most similar code is",
                                     "The most similar codes are", n));
  for (size_t i = 0; i < n; i++)
    if (s[i].product == NULL
        || (opt->product != NULL && strcmp (s[i].product, opt->product) == 0))
      fprintf (stderr, "\t%s\n", s[i].code);
    else
      /* TRANSLATORS: a suggested error code, and the product (for -p)
         whose code it is.  */
      fprintf (stderr, _("\t%s (%s)\n"), s[i].code, s[i].product);
}

/* Whether HITS (N of them) are all answers by a category: the code
   itself is documented nowhere the lookup looked.  */
static bool
only_categories (const struct cli_hit *hits, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (hits[i].result.match != TCERR_MATCH_CATEGORY)
      return false;
  return true;
}

static int
lookup_codes (const struct options *opt, const struct cli_output *out)
{
  if (opt->operand_count == 0)
    return usage_error ("%s", _("missing error code"));
  /* Every code is checked before anything is printed.  */
  for (int i = 0; i < opt->operand_count; i++)
    if (!cli_query_is_code (opt->operands[i]))
      return usage_error (_("invalid error code %s"),
                          cli_text_quote (opt->operands[i]));
  int status = CLI_EXIT_OK;
  struct cli_hit *hits = xmalloc (cli_query_max_hits () * sizeof *hits);
  for (int i = 0; i < opt->operand_count; i++)
    {
      const char *code = opt->operands[i];
      size_t n = cli_query_code (opt->product, code, hits);
      /* A code documented nowhere may be a slip: the closest codes, on
         stderr and in the JSON.  */
      struct cli_suggestion s[CLI_SUGGEST_MAX];
      size_t ns = 0;
      bool suggest = only_categories (hits, n);
      if (suggest)
        ns = cli_suggest_codes (opt->product, code, n == 0, s);
      cli_output_lookup (out, code, hits, n, suggest ? s : NULL, ns);
      if (n == 0)
        {
          diag (_("%s: not in the catalog"), code);
          status = CLI_EXIT_NOT_FOUND;
        }
      else if (ns > 0)
        {
          /* After the answer, which it is about.  */
          fflush (stdout);
          /* TRANSLATORS: an error code that is not documented, only its
             category (the part before the first '.'), whose text was
             shown.  */
          diag (_("%s: not in the catalog, only its category"), code);
        }
      print_suggestions (opt, s, ns);
    }
  free (hits);
  return status;
}

/* Where --list and --search are in their output.  */
struct listing
{
  const struct cli_output *out;
  const char *pattern;     /* --search, in UTF-8 */
  bool message_is_utf8;
  size_t found;
};

static void
list_hit (const struct cli_hit *hit, void *data)
{
  struct listing *l = data;
  if (l->pattern != NULL
      && !cli_query_matches (hit, l->pattern, l->message_is_utf8))
    return;
  cli_output_hit (l->out, hit);
  l->found++;
}

/* --list, and --search with the UTF-8 PATTERN: a line per key, naming
   its product, so that grep keeps what a line means.  */
static int
list_codes (const struct options *opt, const struct cli_output *out,
            const char *pattern)
{
  if (opt->operand_count > 0)
    return usage_error (_("extra operand %s"),
                        cli_text_quote (opt->operands[0]));
  struct listing l = { out, pattern, out->json || cli_text_locale_is_utf8 (),
                       0 };
  cli_query_each (opt->product, list_hit, &l);
  if (l.found == 0 && pattern == NULL && opt->product != NULL)
    /* A product whose every code reads as the common table's: say where
       its answers come from rather than print nothing.
       TRANSLATORS: %s is a product's short name, quoted.  */
    diag (_("%s documents no code of its own: the common table answers its"
            " errors (tcerr --list -p common)"),
          cli_text_quote (opt->product));
  return l.found > 0 || pattern == NULL ? CLI_EXIT_OK : CLI_EXIT_NOT_FOUND;
}

static int
search_codes (const struct options *opt, const struct cli_output *out)
{
  char *pattern = cli_text_to_utf8 (opt->search);
  if (pattern == NULL)
    return usage_error (_("invalid search text %s (not valid in the"
                          " locale's character set)"),
                        cli_text_quote (opt->search));
  int status = list_codes (opt, out, pattern);
  free (pattern);
  return status;
}

static int
list_products (const struct options *opt, const struct cli_output *out)
{
  if (opt->operand_count > 0)
    return usage_error (_("extra operand %s"),
                        cli_text_quote (opt->operands[0]));
  size_t count;
  const struct tcerr_key *keys = tcerr_keys (&count);
  for (const char *const *p = tcerr_products (); *p != NULL; p++)
    {
      size_t codes = 0;
      for (size_t i = 0; i < count; i++)
        codes += strcmp (keys[i].product, *p) == 0;
      cli_output_product (out, *p, tcerr_product_name (*p), codes);
    }
  return CLI_EXIT_OK;
}

/* --explain: each FILE (standard input without) in turn, explained as
   it is read.  */
static int
explain (const struct options *opt, const struct cli_output *out)
{
  bool ok = true, errors = false;
  if (opt->operand_count == 0)
    ok = cli_explain_file ("-", opt->product, out, &errors);
  for (int i = 0; i < opt->operand_count; i++)
    ok = cli_explain_file (opt->operands[i], opt->product, out, &errors)
         && ok;
  return !ok ? CLI_EXIT_TROUBLE
         : errors ? CLI_EXIT_API_ERROR : CLI_EXIT_OK;
}

/* --filter: each FILE (standard input without) in turn.  */
static int
filter (const struct options *opt, const struct cli_output *out)
{
  if (opt->json)
    return usage_error (_("options '%s' and '%s' cannot be used together"),
                        "--filter", "--json");
  /* A filter's status says whether it could copy its input, whatever
     the input holds: "build | tcerr --filter" under "set -o pipefail"
     fails only when the build does (--explain tells errors apart).  */
  bool ok = true;
  if (opt->operand_count == 0)
    ok = cli_filter ("-", opt->product, out);
  for (int i = 0; i < opt->operand_count; i++)
    ok = cli_filter (opt->operands[i], opt->product, out) && ok;
  return ok ? CLI_EXIT_OK : CLI_EXIT_TROUBLE;
}

/* --complete: what the shells' completion scripts ask for.  */
static int
complete (const struct options *opt)
{
  const char *prefix = opt->operand_count > 0 ? opt->operands[0] : "";
  cli_complete (opt->complete, opt->product, prefix);
  return CLI_EXIT_OK;
}

static int
run (const struct options *opt)
{
  struct cli_output out = { opt->json, opt->raw,
                            opt->product != NULL ? opt->product : TCERR_COMMON,
                            opt->mode == MODE_LIST || opt->mode == MODE_SEARCH,
                            !opt->json && cli_color_setup (opt->color) };
  switch (opt->mode)
    {
    case MODE_COMPLETE:
      return complete (opt);
    case MODE_LIST:
      return list_codes (opt, &out, NULL);
    case MODE_PRODUCTS:
      return list_products (opt, &out);
    case MODE_SEARCH:
      return search_codes (opt, &out);
    case MODE_EXPLAIN:
      return explain (opt, &out);
    case MODE_FILTER:
      return filter (opt, &out);
    case MODE_LOOKUP:
    default:
      return lookup_codes (opt, &out);
    }
}

/* Checks -p and lowercases it into BUF (product names are lowercase).  */
static bool
take_product (struct options *opt, char *buf, size_t size)
{
  if (opt->product == NULL)
    return true;
  if (strlen (opt->product) >= size)
    return false;
  size_t i = 0;
  for (; opt->product[i] != '\0'; i++)
    {
      char c = opt->product[i];
      buf[i] = c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'a') : c;
    }
  buf[i] = '\0';
  if (!cli_query_is_product (buf))
    return false;
  opt->product = buf;
  return true;
}

/* Reports that -p names no known product, with the closest ones; returns
   the exit status (a usage error).  */
static int
unknown_product (const char *product)
{
  diag (_("unknown product %s (see --products)"), cli_text_quote (product));
  const char *s[CLI_SUGGEST_MAX];
  size_t n = cli_suggest_products (product, s);
  if (n > 0)
    {
      fputc ('\n', stderr);
      fprintf (stderr, "%s\n", ngettext ("The most similar product is",
                                         "The most similar products are",
                                         n));
      for (size_t i = 0; i < n; i++)
        fprintf (stderr, "\t%s\n", s[i]);
    }
  return CLI_EXIT_TROUBLE;
}

/* Sets up the language and reports problems with the command line;
   returns the exit status, or -1 when all is well.  */
static int
start (struct options *opt, char *product, size_t size)
{
  enum cli_lang lang = cli_lang_setup (opt->lang);
  if (opt->json)
    cli_lang_use_utf8 ();
  if (opt->problem != PROBLEM_NONE)
    return report_problem (opt);
  if (lang == CLI_LANG_INVALID)
    return usage_error (_("invalid language %s (try zh_CN or en)"),
                        cli_text_quote (opt->lang));
  if (opt->mode == MODE_COMPLETE)
    {
      /* Completing for a product that is not one: nothing to offer, and
         nothing to say while a person types.  */
      if (opt->product != NULL && !(take_product (opt, product, size)
                                    && cli_query_has_product (product)))
        opt->product = "";
      return -1;
    }
  if (!take_product (opt, product, size))
    return usage_error (_("invalid product name %s"),
                        cli_text_quote (opt->product));
  if (opt->product != NULL && !cli_query_has_product (opt->product))
    return unknown_product (opt->product);
  if (lang == CLI_LANG_NO_CATALOG)
    /* TRANSLATORS: %s is the language --lang names, quoted.  */
    diag (_("no catalog for the language %s: answering in English"),
          cli_text_quote (opt->lang));
  return -1;
}

int
main (int argc, char **argv)
{
  /* Memory exhausted: "tcerr: memory exhausted", status 2.  */
  program_name = PROGRAM_NAME;
  exit_failure = CLI_EXIT_TROUBLE;
  struct options opt;
  memset (&opt, 0, sizeof opt);
  parse_options (argc, argv, &opt);
  char product[128];
  int status = start (&opt, product, sizeof product);
  if (status < 0 && (opt.help || opt.version))
    {
      if (opt.help)
        usage ();
      else
        version ();
      status = CLI_EXIT_OK;
    }
  else if (status < 0)
    status = run (&opt);
  if (close_stdout () != 0)
    status = CLI_EXIT_TROUBLE;
  return status;
}
