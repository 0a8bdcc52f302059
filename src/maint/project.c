/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The source tree's catalogs, loaded, edited and saved together.  */
#include <config.h>

#include "project.h"

#include "diag.h"
#include "files.h"
#include "xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

char *
project_path (const struct project *p, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  char *name;
  int n = vasprintf (&name, format, args);
  va_end (args);
  if (n < 0)
    xalloc_die ();
  char *path = path_join (p->srcdir, name);
  free (name);
  return path;
}

/* --- po/LINGUAS ----------------------------------------------------------- */

static int
compare_languages (const void *a, const void *b)
{
  return strcmp (((const struct language *) a)->lang,
                 ((const struct language *) b)->lang);
}

/* Reads po/LINGUAS: comment lines are kept, words are languages, whose
   catalogs are read.  */
static int
load_linguas (struct project *p)
{
  char *path = project_path (p, "po/LINGUAS");
  size_t len;
  char *data = maint_read_file (path, &len);
  if (data == NULL)
    {
      diag_file (path, errno);
      free (path);
      return -1;
    }
  size_t preamble_len = 0;
  FILE *preamble = xopen_memstream (&p->linguas_preamble, &preamble_len);
  int errors = 0;
  struct lines lines;
  const char *line;
  size_t n;
  lines_init (&lines, data, len);
  while (lines_next (&lines, &line, &n))
    {
      if (n > 0 && line[0] == '#')
        {
          fwrite (line, 1, n, preamble);
          putc ('\n', preamble);
          continue;
        }
      char *words = xmemdup0 (line, n);
      for (char *save, *word = strtok_r (words, " \t", &save); word != NULL;
           word = strtok_r (NULL, " \t", &save))
        {
          char *po_path = project_path (p, "po/%s.po", word);
          po_file_t po = pofile_read (po_path);
          bool missing = po == NULL && access (po_path, F_OK) != 0;
          free (po_path);
          if (missing)
            diag ("po/LINGUAS lists %s, which has no catalog: take %s out"
                  " of po/LINGUAS, then run tcerr-import"
                  " --add-language=%s", word, word, word);
          if (po == NULL)
            {
              errors++;
              continue;
            }
          p->languages = xreallocarray (p->languages, p->language_count + 1,
                                       sizeof *p->languages);
          p->languages[p->language_count++]
            = (struct language) { xstrdup (word), po, NULL };
        }
      free (words);
    }
  xclose_memstream (preamble);
  free (data);
  free (path);
  qsort (p->languages, p->language_count, sizeof *p->languages,
         compare_languages);
  return errors == 0 ? 0 : -1;
}

static char *
format_linguas (const struct project *p)
{
  char *text = NULL;
  size_t len = 0;
  FILE *out = xopen_memstream (&text, &len);
  fputs (p->linguas_preamble, out);
  for (size_t i = 0; i < p->language_count; i++)
    fprintf (out, "%s\n", p->languages[i].lang);
  xclose_memstream (out);
  return text;
}

/* --- Loading -------------------------------------------------------------- */

int
project_load (struct project *p, const char *srcdir)
{
  memset (p, 0, sizeof *p);
  p->srcdir = xstrdup (srcdir);
  char *registry = project_path (p, "src/registry.def");
  char *pot = project_path (p, "po/" PACKAGE ".pot");
  int status = registry_file_read (registry, &p->registry);
  if (load_linguas (p) != 0)
    status = -1;
  p->pot = pofile_read (pot);
  if (p->pot == NULL)
    status = -1;
  else
    p->pot_index = pofile_index_new (p->pot, pot);
  for (size_t i = 0; i < p->language_count; i++)
    {
      char *po_path = project_path (p, "po/%s.po", p->languages[i].lang);
      p->languages[i].index = pofile_index_new (p->languages[i].po, po_path);
      free (po_path);
    }
  /* The source (zh_CN) and the fallback (en) catalogs must be there.  */
  if (status == 0
      && (project_language (p, "zh_CN") == NULL
          || project_language (p, "en") == NULL))
    {
      diag ("po/LINGUAS must list en and zh_CN");
      status = -1;
    }
  free (registry);
  free (pot);
  return status;
}

void
project_free (struct project *p)
{
  registry_file_free (&p->registry);
  /* The indexes first: entries added since the last save belong to their
     files only once flushed.  */
  for (size_t i = 0; i < p->language_count; i++)
    {
      free (p->languages[i].lang);
      pofile_index_free (p->languages[i].index);
      po_file_free (p->languages[i].po);
    }
  free (p->languages);
  pofile_index_free (p->pot_index);
  if (p->pot != NULL)
    po_file_free (p->pot);
  for (size_t i = 0; i < p->file_count; i++)
    {
      free (p->files[i].path);
      free (p->files[i].data);
    }
  free (p->files);
  for (size_t i = 0; i < p->same_file_count; i++)
    free (p->same_files[i]);
  free (p->same_files);
  free (p->linguas_preamble);
  staging_free (&p->extra);
  free (p->srcdir);
  memset (p, 0, sizeof *p);
}

/* --- Keys and texts ------------------------------------------------------- */

struct language *
project_language (struct project *p, const char *lang)
{
  for (size_t i = 0; i < p->language_count; i++)
    if (strcmp (p->languages[i].lang, lang) == 0)
      return &p->languages[i];
  return NULL;
}

bool
project_has_key (const struct project *p, const char *product,
                 const char *code)
{
  return registry_file_has (&p->registry, product, code);
}

bool
project_add_product (struct project *p, const char *product)
{
  bool added = registry_file_add_product (&p->registry, product);
  pofile_add_name (p->pot, product);
  for (size_t i = 0; i < p->language_count; i++)
    pofile_add_name (p->languages[i].po, product);
  return added;
}

po_message_t
project_name_entry (struct project *p, const char *lang,
                    const char *product)
{
  struct language *l = project_language (p, lang);
  return l != NULL ? pofile_find_name (l->po, product) : NULL;
}

void
project_add_key (struct project *p, const char *product, const char *code)
{
  project_add_product (p, product);
  registry_file_add (&p->registry, product, code);
  pofile_index_add (p->pot_index, product, code);
  for (size_t i = 0; i < p->language_count; i++)
    pofile_index_add (p->languages[i].index, product, code);
}

po_message_t
project_entry (struct project *p, const char *lang, const char *product,
               const char *code)
{
  struct language *c = project_language (p, lang);
  return c != NULL ? pofile_index_find (c->index, product, code) : NULL;
}

const char *
project_text (struct project *p, const char *lang, const char *product,
              const char *code)
{
  po_message_t msg = project_entry (p, lang, product, code);
  return msg != NULL ? po_message_msgstr (msg) : "";
}

/* --- A new language ------------------------------------------------------- */

/* Runs msginit, which knows every language's header (its Plural-Forms,
   say), on the template: the new catalog in PO_PATH.  */
static int
run_msginit (const char *lang, const char *pot_path, const char *po_path)
{
  const char *const args[] = { "msginit", "--no-translator",
                               "--locale", lang, "--input", pot_path,
                               "--output-file", po_path };
  enum { ARGC = sizeof args / sizeof args[0] };
  char *argv[ARGC + 1];
  for (size_t i = 0; i < ARGC; i++)
    argv[i] = xstrdup (args[i]);
  argv[ARGC] = NULL;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_addopen (&actions, STDOUT_FILENO, "/dev/null",
                                    O_WRONLY, 0);
  posix_spawn_file_actions_addopen (&actions, STDERR_FILENO, "/dev/null",
                                    O_WRONLY, 0);
  pid_t pid;
  int err = posix_spawnp (&pid, "msginit", &actions, NULL, argv, environ);
  posix_spawn_file_actions_destroy (&actions);
  for (size_t i = 0; i < ARGC; i++)
    free (argv[i]);
  int status;
  if (err != 0 || waitpid (pid, &status, 0) < 0 || !WIFEXITED (status)
      || WEXITSTATUS (status) != 0)
    {
      diag ("msginit could not create a catalog for %s%s%s", lang,
            err != 0 ? ": " : "", err != 0 ? strerror (err) : "");
      return -1;
    }
  return 0;
}

/* po/cli/LINGUAS with LANG added (caller frees): its lines as they are,
   then LANG; NULL when it names LANG already.  */
static char *
cli_linguas_with (const char *data, const char *lang)
{
  struct lines lines;
  const char *line;
  size_t n, len = strlen (data);
  lines_init (&lines, data, len);
  while (lines_next (&lines, &line, &n))
    {
      /* The words of the line before any comment.  */
      const char *end = memchr (line, '#', n);
      end = end != NULL ? end : line + n;
      for (const char *w = line; w < end; )
        {
          while (w < end && (*w == ' ' || *w == '\t'))
            w++;
          const char *e = w;
          while (e < end && *e != ' ' && *e != '\t')
            e++;
          if ((size_t) (e - w) == strlen (lang)
              && memcmp (w, lang, strlen (lang)) == 0)
            return NULL;
          w = e;
        }
    }
  char *text = xmalloc (len + strlen (lang) + 3);
  memcpy (text, data, len);
  if (len > 0 && data[len - 1] != '\n')
    text[len++] = '\n';
  strcpy (text + len, lang);
  strcat (text + len, "\n");
  return text;
}

/* The command's own catalog for LANG, po/cli/LANG.po (msginit on its
   template, po/cli/tcerr-cli.pot), and LANG in po/cli/LINGUAS, both added
   to what project_save writes; nothing for English (the command's words
   are English) or a language that has one; -1 after reporting.  */
static int
add_cli_language (struct project *p, const char *lang, const char *tmpdir)
{
  if (strcmp (lang, "en") == 0)
    return 0;
  char *linguas_path = project_path (p, "po/cli/LINGUAS");
  char *po_target = project_path (p, "po/cli/%s.po", lang);
  char *pot_path = project_path (p, "po/cli/%s-cli.pot", PACKAGE);
  char *out_path = path_join (tmpdir, "cli.po");
  size_t len;
  /* Its LINGUAS as this run has it: with the languages added before.  */
  char *linguas = NULL;
  for (size_t i = 0; i < p->file_count; i++)
    if (strcmp (p->files[i].path, linguas_path) == 0)
      linguas = xstrdup (p->files[i].data);
  if (linguas == NULL)
    linguas = maint_read_file (linguas_path, &len);
  struct stat st;
  int status = 0;
  if (linguas == NULL)
    {
      diag_file (linguas_path, errno);
      status = -1;
    }
  else if (stat (po_target, &st) != 0)
    {
      char *data = NULL;
      if (run_msginit (lang, pot_path, out_path) == 0)
        {
          po_file_t po = pofile_read (out_path);
          if (po != NULL)
            {
              pofile_set_header_field (po, "Content-Type",
                                       "text/plain; charset=UTF-8");
              if (pofile_write (po, out_path) == 0)
                data = maint_read_file (out_path, &len);
              po_file_free (po);
            }
        }
      if (data != NULL)
        {
          char *name = xmalloc (strlen (lang) + sizeof "po/cli/.po");
          sprintf (name, "po/cli/%s.po", lang);
          project_add_file (p, name, data, len);
          free (name);
          printf ("%s: new language of the command, po/cli/%s.po\n", lang,
                  lang);
        }
      else
        status = -1;
      free (data);
    }
  char *with = status == 0 && linguas != NULL
               ? cli_linguas_with (linguas, lang) : NULL;
  if (with != NULL)
    project_add_file (p, "po/cli/LINGUAS", with, strlen (with));
  free (with);
  unlink (out_path);
  free (linguas);
  free (out_path);
  free (pot_path);
  free (po_target);
  free (linguas_path);
  return status;
}

int
project_add_language (struct project *p, const char *lang)
{
  const char *base = getenv ("TMPDIR");
  if (base == NULL || *base == '\0')
    base = "/tmp";
  char *tmpdir = path_join (base, "tcerr-import-XXXXXX");
  if (mkdtemp (tmpdir) == NULL)
    {
      diag_file (tmpdir, errno);
      free (tmpdir);
      return -1;
    }
  char *pot_path = path_join (tmpdir, "in.pot");
  char *po_path = path_join (tmpdir, "out.po");
  po_file_t po = NULL;
  if (pofile_write (p->pot, pot_path) == 0
      && run_msginit (lang, pot_path, po_path) == 0
      && add_cli_language (p, lang, tmpdir) == 0)
    po = pofile_read (po_path);
  unlink (pot_path);
  unlink (po_path);
  rmdir (tmpdir);
  free (pot_path);
  free (po_path);
  free (tmpdir);
  if (po == NULL)
    return -1;

  /* Without a locale for LANG, msginit names the ASCII charset.  */
  pofile_set_header_field (po, "Content-Type", "text/plain; charset=UTF-8");
  /* The template lacks the keys added since it was loaded.  */
  char *path = project_path (p, "po/%s.po", lang);
  struct pofile_index *index = pofile_index_new (po, path);
  free (path);
  for (size_t i = 0; i < p->registry.count; i++)
    pofile_index_add (index, p->registry.keys[i].product,
                      p->registry.keys[i].code);
  p->languages = xreallocarray (p->languages, p->language_count + 1,
                               sizeof *p->languages);
  p->languages[p->language_count++]
    = (struct language) { xstrdup (lang), po, index };
  qsort (p->languages, p->language_count, sizeof *p->languages,
         compare_languages);
  return 0;
}

/* --- References for translators ------------------------------------------- */

/* The languages the others translate from: what the references show.  */
static bool
is_reference_language (const char *lang)
{
  return strcmp (lang, "en") == 0 || strcmp (lang, "zh_CN") == 0;
}

void
project_refresh_references (struct project *p)
{
  for (size_t c = 0; c < p->language_count; c++)
    {
      if (is_reference_language (p->languages[c].lang))
        continue;
      for (size_t k = 0; k < p->registry.count; k++)
        {
          const struct registry_key *key = &p->registry.keys[k];
          po_message_t msg = pofile_index_find (p->languages[c].index,
                                                key->product, key->code);
          if (msg == NULL)
            continue;
          const char *en = project_text (p, "en", key->product, key->code);
          const char *zh = project_text (p, "zh_CN", key->product, key->code);
          char *comments = xmalloc (strlen (en) + strlen (zh)
                                    + sizeof "en: \nzh_CN: \n");
          sprintf (comments, "%s%s%s%s%s%s", *en ? "en: " : "", en,
                   *en ? "\n" : "", *zh ? "zh_CN: " : "", zh, *zh ? "\n" : "");
          po_message_set_extracted_comments (msg, comments);
          free (comments);
        }
    }
}

/* --- Saving --------------------------------------------------------------- */

void
project_add_file (struct project *p, const char *name, const char *data,
                  size_t len)
{
  char *path = project_path (p, "%s", name);
  /* Added again: the new content replaces the one held.  */
  for (size_t i = 0; i < p->file_count; i++)
    if (strcmp (p->files[i].path, path) == 0)
      {
        free (p->files[i].path);
        free (p->files[i].data);
        p->files[i--] = p->files[--p->file_count];
      }
  size_t old_len;
  char *old = maint_read_file (path, &old_len);
  bool same = old != NULL && old_len == len && memcmp (old, data, len) == 0;
  free (old);
  if (same)
    {
      p->same_files = xreallocarray (p->same_files, p->same_file_count + 1,
                                     sizeof *p->same_files);
      p->same_files[p->same_file_count++] = path;
      return;
    }
  p->files = xreallocarray (p->files, p->file_count + 1, sizeof *p->files);
  char *copy = xmalloc (len + 1);
  memcpy (copy, data, len);
  copy[len] = '\0';
  p->files[p->file_count++] = (struct project_file) { path, copy, len };
}

/* Makes the folders of PATH below the tree's top that are missing, each
   noted in *MADE (to take them back if the save fails); 0, or -1 after
   reporting.  */
static int
make_folders (const struct project *p, const char *path, char ***made,
              size_t *made_count)
{
  char *dir = xstrdup (path);
  size_t top = strlen (p->srcdir);
  int status = 0;
  for (char *slash = dir + top + 1; status == 0
       && (slash = strchr (slash, '/')) != NULL; slash++)
    {
      *slash = '\0';
      if (mkdir (dir, 0777) == 0)
        {
          *made = xreallocarray (*made, *made_count + 1, sizeof **made);
          (*made)[(*made_count)++] = xstrdup (dir);
        }
      else if (errno != EEXIST)
        {
          diag_file (dir, errno);
          status = -1;
        }
      *slash = '/';
    }
  free (dir);
  return status;
}

/* Prints what the commit of S changed, or would change.  */
static void
say_changes (const struct project *p, const struct staging *s, bool dry_run)
{
  size_t prefix = strlen (p->srcdir) + 1;
  for (size_t i = 0; i < s->count; i++)
    printf ("%s %s\n", dry_run ? "would change" : "changed",
            s->files[i].path + prefix);
  for (size_t i = 0; dry_run && i < p->file_count; i++)
    printf ("would change %s\n", p->files[i].path + prefix);
  if (s->count == 0 && (!dry_run || p->file_count == 0))
    puts ("nothing to change");
}

/* Removes what a killed run left beside the files of S (the staged ones,
   PATHS) and beside the files added with the bytes they have.  */
static void
remove_leftovers (const struct project *p, char **paths, size_t count)
{
  for (size_t i = 0; i < count; i++)
    staging_remove_leftovers (paths[i]);
  for (size_t i = 0; i < p->same_file_count; i++)
    staging_remove_leftovers (p->same_files[i]);
}

enum staging_result
project_save (struct project *p, bool dry_run)
{
  struct staging s = { NULL, 0 };
  int status = 0;
  /* The new entries into their files, in registry order.  */
  status |= pofile_index_flush (p->pot_index);
  for (size_t i = 0; i < p->language_count; i++)
    status |= pofile_index_flush (p->languages[i].index);
  char *path = project_path (p, "src/registry.def");
  char *text = registry_file_format (&p->registry);
  status |= staging_add_text (&s, path, text);
  free (text);
  free (path);

  path = project_path (p, "po/LINGUAS");
  text = format_linguas (p);
  status |= staging_add_text (&s, path, text);
  free (text);
  free (path);

  path = project_path (p, "po/" PACKAGE ".pot");
  status |= pofile_write (p->pot, staging_add (&s, path));
  free (path);
  for (size_t i = 0; i < p->language_count; i++)
    {
      path = project_path (p, "po/%s.po", p->languages[i].lang);
      status |= pofile_write (p->languages[i].po, staging_add (&s, path));
      free (path);
    }
  for (size_t i = 0; i < p->extra.count; i++)
    {
      struct staged *e = &p->extra.files[i];
      s.files = xreallocarray (s.files, s.count + 1, sizeof *s.files);
      s.files[s.count++] = *e;
    }
  p->extra.count = 0;

  /* The files held in memory differ from their targets (project_add_file
     compared them); a dry run makes no folder for them.  */
  char **made = NULL;
  size_t made_count = 0;
  for (size_t i = 0; status == 0 && i < p->file_count && !dry_run; i++)
    {
      struct project_file *f = &p->files[i];
      status = make_folders (p, f->path, &made, &made_count);
      if (status == 0)
        status = staging_add_data (&s, f->path, f->data, f->len);
    }

  enum staging_result result = STAGING_UNCHANGED;
  if (status == 0)
    {
      size_t staged_count = s.count;
      char **staged = xreallocarray (NULL, staged_count + 1, sizeof *staged);
      for (size_t i = 0; i < staged_count; i++)
        staged[i] = xstrdup (s.files[i].path);
      staging_drop_unchanged (&s);
      if (dry_run)
        {
          say_changes (p, &s, true);
          result = STAGING_DONE;
        }
      else
        {
          result = staging_commit (&s);
          if (result == STAGING_DONE || result == STAGING_NOT_SYNCED)
            {
              say_changes (p, &s, false);
              remove_leftovers (p, staged, staged_count);
            }
        }
      for (size_t i = 0; i < staged_count; i++)
        free (staged[i]);
      free (staged);
    }
  staging_free (&s);
  /* Folders made for a save that left the tree as it was are taken back
     (the temporary files in them are gone).  */
  for (size_t i = made_count; i-- > 0;)
    {
      if (result == STAGING_UNCHANGED)
        rmdir (made[i]);
      free (made[i]);
    }
  free (made);
  return result;
}
