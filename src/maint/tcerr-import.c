/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* tcerr-import — add or refresh a product's error-code page in the
   catalogs, sync them with Tencent Cloud's Go SDKs, add a language,
   refresh the translators' references.  A maintainer tool, run at the top
   of the source tree.  */
#include <config.h>

#include "diag.h"
#include "files.h"
#include "page-import.h"
#include "project.h"
#include "sdk-import.h"
#include "tcerr.h"
#include "xalloc.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum
{
  EXIT_REFUSED = 1, /* a malformed page or catalog, a failed write: the
                       tree is as it was */
  EXIT_USAGE = 2
};

enum
{
  OPT_ADD_LANGUAGE = 256,
  OPT_DRY_RUN,
  OPT_REFRESH,
  OPT_SDK,
  OPT_SRCDIR,
  OPT_TWIN
};

static const struct option long_options[] = {
  { "product", required_argument, NULL, 'p' },
  { "twin", required_argument, NULL, OPT_TWIN },
  { "sdk", required_argument, NULL, OPT_SDK },
  { "dry-run", no_argument, NULL, OPT_DRY_RUN },
  { "srcdir", required_argument, NULL, OPT_SRCDIR },
  { "add-language", required_argument, NULL, OPT_ADD_LANGUAGE },
  { "refresh-references", no_argument, NULL, OPT_REFRESH },
  { "verbose", no_argument, NULL, 'v' },
  { "help", no_argument, NULL, 'h' },
  { "version", no_argument, NULL, 'V' },
  { NULL, 0, NULL, 0 }
};

static void
usage (void)
{
  printf ("Usage: %s --product=NAME [--twin=LANG=FILE]... [OPTION]... [PAGE]\n"
          "  or:  %s --sdk=LANG=DIR... [OPTION]...\n"
          "  or:  %s --add-language=LANG [OPTION]...\n"
          "  or:  %s --refresh-references [OPTION]...\n", program_name,
          program_name, program_name, program_name);
  fputs ("Import a Tencent Cloud error-code page (markdown, in Chinese) into\n"
         "the tcerr catalogs: src/registry.def, po/tcerr.pot, po/LINGUAS,\n"
         "every po/LANG.po, and a copy of the page in upstream/pages/NAME.md.\n"
         "Or bring them in line with Tencent Cloud's Go SDKs: every\n"
         "tencentcloud/PRODUCT/VERSION/errors.go of each, kept in\n"
         "upstream/sdk/NAME/.\n"
         "Then \"make && make install\" is all it takes.\n\n", stdout);
  fputs ("  -p, --product=NAME     the product's short name (msgctxt), such"
         " as cbs\n", stdout);
  fputs ("      --twin=LANG=FILE   the same page in LANG (en, ja ...): fills"
         " po/LANG.po\n                           where it has no"
         " translation; repeatable.  Without\n                           PAGE"
         " (no Chinese page), the first twin's codes\n                       "
         "    are the keys\n", stdout);
  fputs ("      --sdk=LANG=DIR     the SDK checkout DIR (the folder holding"
         " tencentcloud/)\n                           has LANG's texts (zh_CN:"
         " tencentcloud-sdk-go, en:\n                           "
         "tencentcloud-sdk-go-intl-en); repeatable\n", stdout);
  fputs ("      --add-language=LANG  create po/LANG.po with every key, the"
         " English\n                           and Chinese texts as"
         " comments, and add LANG\n                           to"
         " po/LINGUAS; also the command's po/cli/LANG.po\n"
         "                           and po/cli/LINGUAS\n", stdout);
  fputs ("      --refresh-references  update those comments in every"
         " language\n                           (run by \"make"
         " update-po\")\n", stdout);
  fputs ("      --dry-run          say what would change, write nothing\n",
         stdout);
  fputs ("      --srcdir=DIR       the top of the source tree (default:"
         " .)\n", stdout);
  fputs ("  -v, --verbose          also list the translations kept where a"
         " twin differs,\n                           every new key of a new"
         " product (--sdk)\n", stdout);
  fputs ("  -h, --help             display this help and exit\n", stdout);
  fputs ("  -V, --version          output version information and exit\n",
         stdout);
  fputs ("\nExit status: 0 done (or nothing to change), 1 a malformed page,"
         " SDK file\nor catalog, or a file that could not be written (the"
         " tree is then as it was),\n2 usage error.\n", stdout);
}

static _Noreturn void
usage_error (const char *message, const char *arg)
{
  diag ("%s%s%s", message, arg ? ": " : "", arg ? arg : "");
  diag_try_help ();
  exit (EXIT_USAGE);
}

/* A language as po/LANG.po names go: ll, ll_CC or ll_CC@variant, written
   as the library writes it (tcerr_language_name), so that one language
   never gets two catalogs.  */
static bool
valid_language (const char *s)
{
  char name[TCERR_LANGUAGE_MAX];
  return tcerr_language_name (s, name, sizeof name) == 0
         && strcmp (name, s) == 0;
}

struct request
{
  const char *product;
  const char *page;
  const char *srcdir;
  const char *add_language;
  struct import_twin *twins;
  size_t twin_count;
  struct sdk_source *sdks;
  size_t sdk_count;
  bool refresh, dry_run, verbose;
};

static void
add_twin (struct request *r, char *arg)
{
  char *eq = strchr (arg, '=');
  if (eq == NULL || eq[1] == '\0')
    usage_error ("--twin wants LANG=FILE", arg);
  *eq = '\0';
  if (!valid_language (arg) || strcmp (arg, "zh_CN") == 0)
    usage_error ("not a language for a twin page (ll or ll_CC, not zh_CN)",
                 arg);
  for (size_t i = 0; i < r->twin_count; i++)
    if (strcmp (r->twins[i].lang, arg) == 0)
      usage_error ("two twins for one language", arg);
  r->twins = xreallocarray (r->twins, r->twin_count + 1, sizeof *r->twins);
  r->twins[r->twin_count++] = (struct import_twin) { arg, eq + 1 };
}

static void
add_sdk (struct request *r, char *arg)
{
  char *eq = strchr (arg, '=');
  if (eq == NULL || eq[1] == '\0')
    usage_error ("--sdk wants LANG=DIR", arg);
  *eq = '\0';
  if (!valid_language (arg))
    usage_error ("not a language for an SDK (ll or ll_CC)", arg);
  for (size_t i = 0; i < r->sdk_count; i++)
    if (strcmp (r->sdks[i].lang, arg) == 0)
      usage_error ("two SDKs for one language", arg);
  r->sdks = xreallocarray (r->sdks, r->sdk_count + 1, sizeof *r->sdks);
  r->sdks[r->sdk_count++] = (struct sdk_source) { arg, eq + 1 };
}

static void
parse_arguments (int argc, char **argv, struct request *r)
{
  int c;
  while ((c = getopt_long (argc, argv, "p:vhV", long_options, NULL)) != -1)
    switch (c)
      {
      case 'p':
        r->product = optarg;
        break;
      case OPT_TWIN:
        add_twin (r, optarg);
        break;
      case OPT_SDK:
        add_sdk (r, optarg);
        break;
      case OPT_DRY_RUN:
        r->dry_run = true;
        break;
      case OPT_SRCDIR:
        r->srcdir = optarg;
        break;
      case OPT_ADD_LANGUAGE:
        r->add_language = optarg;
        break;
      case OPT_REFRESH:
        r->refresh = true;
        break;
      case 'v':
        r->verbose = true;
        break;
      case 'h':
        usage ();
        exit (close_stdout () == 0 ? EXIT_SUCCESS : EXIT_REFUSED);
      case 'V':
        printf ("%s (%s) %s\n", program_name, PACKAGE_NAME, PACKAGE_VERSION);
        exit (close_stdout () == 0 ? EXIT_SUCCESS : EXIT_REFUSED);
      default:
        diag_try_help ();
        exit (EXIT_USAGE);
      }

  int modes = (r->product != NULL) + (r->add_language != NULL) + r->refresh
              + (r->sdk_count > 0);
  if (modes != 1)
    usage_error ("give one of --product, --sdk, --add-language, "
                 "--refresh-references", NULL);
  if (r->product != NULL)
    {
      /* A product may have twins only, no Chinese page.  */
      if (optind != argc - 1 && !(optind == argc && r->twin_count > 0))
        usage_error ("--product takes one PAGE (or, without it, a --twin)",
                     NULL);
      r->page = optind < argc ? argv[optind] : NULL;
      if (!tcerr_is_product_name (r->product)
          || strcmp (r->product, TCERR_COMMON) == 0)
        usage_error ("not a product name (lower case letters, digits, '_',"
                     " '-'; not common)", r->product);
    }
  else if (optind != argc)
    usage_error ("unexpected argument", argv[optind]);
  else if (r->twin_count > 0)
    usage_error ("--twin goes with --product", NULL);
  if (r->add_language != NULL && !valid_language (r->add_language))
    usage_error ("not a language (ll or ll_CC)", r->add_language);
}

static int
run (const struct request *r, struct project *p)
{
  if (r->product != NULL)
    return import_page (p, r->product, r->page, r->twins, r->twin_count,
                        r->verbose);
  if (r->sdk_count > 0)
    return import_sdks (p, r->sdks, r->sdk_count, r->verbose);
  if (r->add_language != NULL)
    {
      if (project_language (p, r->add_language) != NULL)
        {
          printf ("po/%s.po exists already\n", r->add_language);
          return 0;
        }
      if (project_add_language (p, r->add_language) != 0)
        return -1;
      printf ("%s: new language, po/%s.po\n", r->add_language,
              r->add_language);
    }
  project_refresh_references (p);
  return 0;
}

int
main (int argc, char **argv)
{
  program_name = "tcerr-import";
  struct request r = { .srcdir = "." };
  parse_arguments (argc, argv, &r);

  struct stat st;
  char *registry = path_join (r.srcdir, "src/registry.def");
  if (stat (registry, &st) != 0)
    {
      diag ("%s: not found; run at the top of the tcerr source tree, or "
            "give --srcdir", registry);
      free (registry);
      free (r.twins);
      free (r.sdks);
      return EXIT_USAGE;
    }
  free (registry);

  struct project p;
  enum staging_result saved = STAGING_UNCHANGED;
  if (project_load (&p, r.srcdir) == 0 && run (&r, &p) == 0)
    saved = project_save (&p, r.dry_run);
  int status = saved == STAGING_DONE ? EXIT_SUCCESS : EXIT_REFUSED;
  if (saved == STAGING_UNCHANGED)
    diag ("nothing changed: the tree is as it was before this run");
  else if (saved == STAGING_PARTLY)
    diag ("the tree is NOT as it was: put back the files named above");
  else if (saved == STAGING_NOT_SYNCED)
    diag ("the files above are changed, but may not be on disk yet");
  project_free (&p);
  free (r.twins);
  free (r.sdks);
  if (fclose (stdout) != 0)
    {
      perror (program_name);
      status = EXIT_REFUSED;
    }
  return status;
}
