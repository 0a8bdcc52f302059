/* tcerr-import, end to end: it runs on copies of the source tree's
   catalogs in the build tree, on pages the tests write themselves, and the
   results are read back with libgettextpo.  */
#include <config.h>

#include "cases.h"
#include "pofile.h"

#include <dirent.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static const char *srcdir; /* the source tree (its catalogs are copied) */
static const char *tool;   /* the built tcerr-import */
static const char *work;   /* a fresh directory for each case */

/* --- Files ---------------------------------------------------------------- */

static char *
path_of (const char *dir, const char *name)
{
  char *path = malloc (strlen (dir) + strlen (name) + 2);
  sprintf (path, "%s/%s", dir, name);
  return path;
}

/* The whole file (caller frees), or NULL.  */
static char *
slurp (const char *path)
{
  FILE *f = fopen (path, "rb");
  if (f == NULL)
    return NULL;
  char *text = NULL;
  size_t len = 0;
  FILE *out = open_memstream (&text, &len);
  int c;
  while ((c = getc (f)) != EOF)
    putc (c, out);
  fclose (f);
  fclose (out);
  return text;
}

static void
spit (const char *path, const char *text)
{
  FILE *f = fopen (path, "wb");
  assert_non_null (f);
  fputs (text, f);
  assert_int_equal (fclose (f), 0);
}

/* The catalogs of a tree, all files concatenated: to see that nothing
   changed.  */
static char *
snapshot (const char *tree)
{
  static const char *const names[] = {
    "src/registry.def", "po/LINGUAS", "po/tcerr.pot", "po/en.po",
    "po/zh_CN.po", "po/ja.po", "po/ko.po",
  };
  char *all = NULL;
  size_t len = 0;
  FILE *out = open_memstream (&all, &len);
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    {
      char *path = path_of (tree, names[i]), *text = slurp (path);
      fprintf (out, "== %s\n%s", names[i], text != NULL ? text : "(none)\n");
      free (text);
      free (path);
    }
  fclose (out);
  return all;
}

/* A tree named NAME with the source tree's registry, template, en and
   zh_CN catalogs (whatever other languages it has: the tests add theirs);
   with EMPTY, the same files but no keys (the headers only).  Returns its
   path.  */
static char *
make_tree (const char *name, int empty)
{
  char *tree = path_of (work, name);
  char cmd[8192];
  snprintf (cmd, sizeof cmd, "rm -rf '%s' && mkdir -p '%s/src' '%s/po/pages'"
            " && cp '%s/src/registry.def' '%s/src/'"
            " && cp '%s/po/tcerr.pot' '%s/po/en.po' '%s/po/zh_CN.po' '%s/po/'"
            " && printf '# languages\\nen\\nzh_CN\\n' > '%s/po/LINGUAS'",
            tree, tree, tree, srcdir, tree, srcdir, srcdir, srcdir, tree,
            tree);
  assert_int_equal (system (cmd), 0);
  if (empty)
    {
      /* Keys out: registry lines, and every entry after the header.  */
      snprintf (cmd, sizeof cmd, "cd '%s' && sed -i '/^TCERR_KEY/d' "
                "src/registry.def && for f in po/tcerr.pot po/en.po "
                "po/zh_CN.po; do awk '/^$/ { exit } { print }' $f > $f.t "
                "&& mv $f.t $f; done", tree);
      assert_int_equal (system (cmd), 0);
    }
  return tree;
}

/* --- Running the tool ----------------------------------------------------- */

struct run
{
  int status;
  char *out, *err;
};

/* Runs tcerr-import --srcdir=TREE ARGS... (NULL-terminated), under
   $TEST_RUNNER (valgrind, with "make check-valgrind") when it is set.  */
static struct run
run_import (const char *tree, ...)
{
  char *argv[32];
  int argc = 0;
  argv[argc++] = strdup ("/bin/sh");
  argv[argc++] = strdup ("-c");
  argv[argc++] = strdup ("exec $TEST_RUNNER \"$0\" \"$@\"");
  argv[argc++] = strdup (tool);
  argv[argc] = malloc (strlen (tree) + sizeof "--srcdir=");
  sprintf (argv[argc++], "--srcdir=%s", tree);
  va_list ap;
  va_start (ap, tree);
  for (const char *a; (a = va_arg (ap, const char *)) != NULL; )
    argv[argc++] = strdup (a);
  va_end (ap);
  argv[argc] = NULL;

  char *out_path = path_of (work, "stdout"), *err_path = path_of (work,
                                                                  "stderr");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_addopen (&actions, 1, out_path,
                                    O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen (&actions, 2, err_path,
                                    O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid;
  int wstatus = 0;
  assert_int_equal (posix_spawn (&pid, "/bin/sh", &actions, NULL, argv,
                                 environ), 0);
  assert_true (waitpid (pid, &wstatus, 0) == pid);
  posix_spawn_file_actions_destroy (&actions);
  for (int i = 0; i < argc; i++)
    free (argv[i]);

  struct run r = { WIFEXITED (wstatus) ? WEXITSTATUS (wstatus) : -1,
                   slurp (out_path), slurp (err_path) };
  free (out_path);
  free (err_path);
  return r;
}

static void
run_free (struct run *r)
{
  free (r->out);
  free (r->err);
}

/* --- Reading the results -------------------------------------------------- */

/* The entry of (PRODUCT, CODE) in TREE/po/LANG.po: its text (caller
   frees; NULL without an entry) and whether it is fuzzy.  */
static char *
entry (const char *tree, const char *lang, const char *product,
       const char *code, int *fuzzy)
{
  char name[256];
  snprintf (name, sizeof name, "po/%s.po", lang);
  char *path = path_of (tree, name);
  po_file_t po = pofile_read (path);
  free (path);
  assert_non_null (po);
  po_message_t msg = pofile_find (po, product, code);
  char *text = msg != NULL ? strdup (po_message_msgstr (msg)) : NULL;
  if (fuzzy != NULL)
    *fuzzy = msg != NULL && po_message_is_fuzzy (msg);
  po_file_free (po);
  return text;
}

static void
assert_entry (const char *tree, const char *lang, const char *product,
              const char *code, const char *want, int want_fuzzy)
{
  int fuzzy;
  char *text = entry (tree, lang, product, code, &fuzzy);
  if (text == NULL)
    fail_msg ("%s.po has no %s %s", lang, product, code);
  assert_string_equal (text, want);
  assert_int_equal (fuzzy, want_fuzzy);
  free (text);
}

/* Every (msgctxt, msgid, msgstr) of a .po, one per line.  */
static char *
entries (const char *path)
{
  po_file_t po = pofile_read (path);
  assert_non_null (po);
  char *all = NULL;
  size_t len = 0;
  FILE *out = open_memstream (&all, &len);
  po_message_iterator_t it = po_message_iterator (po, NULL);
  for (po_message_t m; (m = po_next_message (it)) != NULL; )
    if (po_message_msgctxt (m) != NULL)
      fprintf (out, "%s|%s|%s|%d\n", po_message_msgctxt (m),
               po_message_msgid (m), po_message_msgstr (m),
               po_message_is_fuzzy (m));
  po_message_iterator_free (it);
  po_file_free (po);
  fclose (out);
  return all;
}

/* TEXT with its first OLD replaced by NEW (caller frees).  */
static char *
replaced (const char *text, const char *old, const char *new)
{
  const char *at = strstr (text, old);
  assert_non_null (at);
  char *result = malloc (strlen (text) - strlen (old) + strlen (new) + 1);
  sprintf (result, "%.*s%s%s", (int) (at - text), text, new,
           at + strlen (old));
  return result;
}

/* --- A page of our own ---------------------------------------------------- */

static const char demo_page[] =
  "## 错误码列表\n\n### 公共错误码\n\n"
  "| 错误码 | 说明 |\n|--------|------|\n"
  "| InternalError | 内部错误。 |\n"                  /* as our common */
  "| InvalidParameter | 参数错误，请检查参数。 |\n"   /* worded otherwise */
  "| BrandNewCommon | 新的公共错误。 |\n\n"            /* not in common */
  "### 业务错误码\n\n"
  "| 错误码 | 说明 |\n|:-------|:-----|\n"
  "| Demo.First | 第一个错误。 |\n"
  "| Demo.Second | 第二个错误。 |\n"
  "| Demo.Third | 第三个错误。 |\n"
  "| Demo.Fourth | 第四个错误。 |\n";

/* The English twin: a wrong code cell (Demo.Wrong, for Demo.Second), no
   Demo.Fourth, and a row that fits nowhere (two where one is missing).  */
static const char demo_en[] =
  "## Error Code List\n\n### Common Error Codes\n\n"
  "| Error Code | Description |\n|---|---|\n"
  "| InternalError | Internal error (twin). |\n"
  "| BrandNewCommon | A new common error. |\n\n"
  "### Business Error Codes\n\n"
  "| error code | description |\n|:---|:---|\n"
  "| Demo.Zero1 | Fits nowhere. |\n"
  "| Demo.Zero2 | Fits nowhere either. |\n"
  "| Demo.First | The first error. |\n"
  "| Demo.Wrong | The second error. |\n"
  "| Demo.Third | The third error. |\n";

static const char demo_ja[] =
  "### 共通エラーコード\n\n| エラーコード | 説明 |\n|---|---|\n"
  "| BrandNewCommon | 新しい共通エラー。 |\n\n"
  "### 業務エラーコード\n\n| エラーコード | 説明 |\n|---|---|\n"
  "| Demo.First | 最初のエラー。 |\n";

/* Writes the demo page and its English and Japanese twins into TREE, and
   imports them as product tcerrtest.  */
static struct run
import_demo (const char *tree)
{
  char *page = path_of (tree, "demo.md"), *en = path_of (tree, "demo.en.md");
  char *ja = path_of (tree, "demo.ja.md");
  spit (page, demo_page);
  spit (en, demo_en);
  spit (ja, demo_ja);
  char twin_en[4200], twin_ja[4200];
  snprintf (twin_en, sizeof twin_en, "--twin=en=%s", en);
  snprintf (twin_ja, sizeof twin_ja, "--twin=ja=%s", ja);
  struct run r = run_import (tree, "--product=tcerrtest", twin_en, twin_ja,
                             page, NULL);
  free (page);
  free (en);
  free (ja);
  return r;
}

/* A tree with the real catalogs, the demo page imported.  */
static char *
demo_tree (const char *name, struct run *r)
{
  char *tree = make_tree (name, 0);
  *r = import_demo (tree);
  return tree;
}

/* --- The cases ------------------------------------------------------------ */

/* Every documented page of the source tree, imported into catalogs
   without keys, gives back the registry and the zh_CN catalog.  */
static void
documented_pages_rebuild_the_catalog (void **state)
{
  (void) state;
  char *tree = make_tree ("rebuild", 1);
  char *pages = path_of (srcdir, "po/pages");
  struct dirent **names;
  int n = scandir (pages, &names, NULL, alphasort);
  assert_true (n > 0);
  int imported = 0;
  for (int i = 0; i < n; i++)
    {
      const char *file = names[i]->d_name;
      size_t len = strlen (file);
      if (len > 3 && strcmp (file + len - 3, ".md") == 0)
        {
          char page[4096], product[512];
          snprintf (page, sizeof page, "%s/%s", pages, file);
          snprintf (product, sizeof product, "--product=%.*s",
                    (int) (len - 3), file);
          struct run r = run_import (tree, product, page, NULL);
          assert_int_equal (r.status, 0);
          run_free (&r);
          imported++;
        }
      free (names[i]);
    }
  free (names);
  free (pages);
  assert_true (imported >= 2);
  const char *const files[] = { "po/zh_CN.po", "po/tcerr.pot" };
  for (int i = 0; i < 2; i++)
    {
      char *got_path = path_of (tree, files[i]);
      char *want_path = path_of (srcdir, files[i]);
      char *got = entries (got_path), *want = entries (want_path);
      assert_string_equal (got, want);
      free (got);
      free (want);
      free (got_path);
      free (want_path);
    }
  char *got_path = path_of (tree, "src/registry.def");
  char *want_path = path_of (srcdir, "src/registry.def");
  char *got = slurp (got_path), *want = slurp (want_path);
  assert_string_equal (got, want);
  free (got);
  free (want);
  free (got_path);
  free (want_path);
  free (tree);
}

static void
importing_twice_changes_nothing (void **state)
{
  (void) state;
  struct run r;
  char *tree = demo_tree ("twice", &r);
  assert_int_equal (r.status, 0);
  run_free (&r);
  char *before = snapshot (tree);
  r = import_demo (tree);
  assert_int_equal (r.status, 0);
  assert_non_null (strstr (r.out, "nothing to change"));
  char *after = snapshot (tree);
  assert_string_equal (after, before);
  run_free (&r);
  free (before);
  free (after);
  free (tree);
}

static void
product_and_common_rows (void **state)
{
  (void) state;
  struct run r;
  char *tree = demo_tree ("rows", &r);
  assert_int_equal (r.status, 0);
  /* The product's table, under its name.  */
  assert_entry (tree, "zh_CN", "tcerrtest", "Demo.First", "第一个错误。", 0);
  assert_entry (tree, "zh_CN", "tcerrtest", "Demo.Fourth", "第四个错误。", 0);
  /* A common code worded otherwise: the product's own entry; common
     unchanged.  */
  assert_entry (tree, "zh_CN", "tcerrtest", "InvalidParameter",
                "参数错误，请检查参数。", 0);
  assert_entry (tree, "zh_CN", "common", "InvalidParameter", "参数错误。", 0);
  assert_non_null (strstr (r.out, "words common InvalidParameter "
                                  "differently"));
  /* A common code as worded in common: nothing new.  */
  char *same = entry (tree, "zh_CN", "tcerrtest", "InternalError", NULL);
  assert_null (same);
  /* A common code the catalog lacked: added to common.  */
  assert_entry (tree, "zh_CN", "common", "BrandNewCommon", "新的公共错误。", 0);
  /* The keys are in the registry, the template and every catalog.  */
  char *registry_path = path_of (tree, "src/registry.def");
  char *registry = slurp (registry_path);
  assert_non_null (strstr (registry, "TCERR_KEY (\"tcerrtest\", \"Demo.First\")\n"));
  assert_non_null (strstr (registry,
                           "TCERR_KEY (\"common\", \"BrandNewCommon\")\n"));
  char *pot = entry (tree, "en", "tcerrtest", "Demo.Fourth", NULL);
  assert_non_null (pot); /* present, untranslated */
  assert_string_equal (pot, "");
  /* The page is kept, unchanged, for the tests' oracle.  */
  char *copy_path = path_of (tree, "po/pages/tcerrtest.md");
  char *copy = slurp (copy_path);
  assert_non_null (copy);
  assert_string_equal (copy, demo_page);
  free (copy);
  free (copy_path);
  free (pot);
  free (registry);
  free (registry_path);
  run_free (&r);
  free (tree);
}

static void
twins_are_aligned (void **state)
{
  (void) state;
  struct run r;
  char *tree = demo_tree ("twins", &r);
  assert_int_equal (r.status, 0);
  assert_entry (tree, "en", "tcerrtest", "Demo.First", "The first error.", 0);
  /* The wrong code cell, taken by its place; reported.  */
  assert_entry (tree, "en", "tcerrtest", "Demo.Second", "The second error.", 0);
  assert_non_null (strstr (r.out, "Demo.Wrong is not on the Chinese page: "
                                  "taken for Demo.Second"));
  /* Rows that fit nowhere are reported and left out.  */
  assert_non_null (strstr (r.out, "Demo.Zero1 is not on the Chinese page "
                                  "and cannot be placed"));
  assert_non_null (strstr (r.out, "demo.en.md:14:"));
  /* No twin row: untranslated, reported as needing English.  */
  assert_entry (tree, "en", "tcerrtest", "Demo.Fourth", "", 0);
  assert_non_null (strstr (r.out, "no English yet"));
  /* The twin never replaces a translation.  */
  char *ours = entry (tree, "en", "common", "InternalError", NULL);
  assert_string_not_equal (ours, "Internal error (twin).");
  free (ours);
  assert_entry (tree, "en", "common", "BrandNewCommon",
                "A new common error.", 0);
  run_free (&r);
  free (tree);
}

static void
new_language_from_a_twin (void **state)
{
  (void) state;
  struct run r;
  char *tree = demo_tree ("ja", &r);
  assert_int_equal (r.status, 0);
  char *linguas_path = path_of (tree, "po/LINGUAS");
  char *linguas = slurp (linguas_path);
  assert_non_null (strstr (linguas, "\nja\n"));
  assert_entry (tree, "ja", "tcerrtest", "Demo.First", "最初のエラー。", 0);
  assert_entry (tree, "ja", "common", "BrandNewCommon",
                "新しい共通エラー。", 0);
  /* Every key, the others untranslated.  */
  assert_entry (tree, "ja", "cbs", "InvalidDisk.Busy", "", 0);
  free (linguas);
  free (linguas_path);
  run_free (&r);
  free (tree);
}

static void
changed_chinese_marks_translations_fuzzy (void **state)
{
  (void) state;
  struct run r;
  char *tree = demo_tree ("change", &r);
  run_free (&r);
  char *page = path_of (tree, "demo.md");
  char *changed = replaced (demo_page, "第一个错误。", "首个错误。");
  spit (page, changed);
  r = run_import (tree, "--product=tcerrtest", page, NULL);
  assert_int_equal (r.status, 0);
  assert_entry (tree, "zh_CN", "tcerrtest", "Demo.First", "首个错误。", 0);
  assert_entry (tree, "en", "tcerrtest", "Demo.First", "The first error.", 1);
  assert_entry (tree, "ja", "tcerrtest", "Demo.First", "最初のエラー。", 1);
  assert_non_null (strstr (r.out, "tcerrtest Demo.First: the Chinese text changed;"
                                  " marked fuzzy for review in en ja"));
  run_free (&r);
  free (changed);
  free (page);
  free (tree);
}

static void
malformed_page_writes_nothing (void **state)
{
  (void) state;
  char *tree = make_tree ("malformed", 0);
  char *before = snapshot (tree);
  char *page = path_of (tree, "bad.md");
  spit (page, "### 业务错误码\n\n| 错误码 | 说明 |\n|---|---|\n"
              "| Good.Row | 好。 |\n| Three | cells | here |\n"
              "|  | 没有错误码。 |\n");
  struct run r = run_import (tree, "--product=bad", page, NULL);
  assert_int_equal (r.status, 1);
  assert_non_null (strstr (r.err, "bad.md:6:"));
  assert_non_null (strstr (r.err, "bad.md:7:"));
  assert_non_null (strstr (r.err, "nothing written"));
  char *after = snapshot (tree);
  assert_string_equal (after, before);
  run_free (&r);
  free (before);
  free (after);
  free (page);
  free (tree);
}

static void
dry_run_writes_nothing (void **state)
{
  (void) state;
  char *tree = make_tree ("dry", 0);
  char *before = snapshot (tree);
  char *page = path_of (tree, "demo.md");
  spit (page, demo_page);
  struct run r = run_import (tree, "--dry-run", "--product=tcerrtest", page, NULL);
  assert_int_equal (r.status, 0);
  assert_non_null (strstr (r.out, "would change po/zh_CN.po"));
  assert_non_null (strstr (r.out, "tcerrtest Demo.First: new key"));
  char *after = snapshot (tree);
  assert_string_equal (after, before);
  char *copy = path_of (tree, "po/pages/tcerrtest.md");
  assert_int_equal (access (copy, F_OK), -1);
  free (copy);
  run_free (&r);
  free (before);
  free (after);
  free (page);
  free (tree);
}

static void
add_language (void **state)
{
  (void) state;
  char *tree = make_tree ("ko", 0);
  struct run r = run_import (tree, "--add-language=ko", NULL);
  assert_int_equal (r.status, 0);
  run_free (&r);
  char *path = path_of (tree, "po/ko.po");
  po_file_t po = pofile_read (path);
  assert_non_null (po);
  char *language = pofile_header_field (po, "Language");
  char *type = pofile_header_field (po, "Content-Type");
  char *plural = pofile_header_field (po, "Plural-Forms");
  assert_string_equal (language, "ko");
  assert_string_equal (type, "text/plain; charset=UTF-8");
  assert_non_null (plural);
  po_message_t msg = pofile_find (po, "cbs", "InvalidDisk.Busy");
  assert_non_null (msg);
  assert_string_equal (po_message_msgstr (msg), "");
  /* The English and Chinese texts, for reference.  */
  /* libgettextpo returns a copy, though declared const.  */
  char *comments = (char *) (uintptr_t) po_message_extracted_comments (msg);
  assert_non_null (strstr (comments, "en: The cloud disk is busy."));
  assert_non_null (strstr (comments, "zh_CN: 云硬盘忙，请稍后重试。"));
  free (comments);
  free (language);
  free (type);
  free (plural);
  po_file_free (po);
  char *linguas_path = path_of (tree, "po/LINGUAS");
  char *linguas = slurp (linguas_path);
  assert_non_null (strstr (linguas, "\nko\n"));
  /* It passes msgfmt -c, and refreshing the references changes nothing.  */
  char cmd[4200];
  snprintf (cmd, sizeof cmd, "msgfmt -c -o /dev/null '%s'", path);
  assert_int_equal (system (cmd), 0);
  r = run_import (tree, "--refresh-references", NULL);
  assert_int_equal (r.status, 0);
  assert_non_null (strstr (r.out, "nothing to change"));
  run_free (&r);
  free (linguas);
  free (linguas_path);
  free (path);
  free (tree);
}

static void
usage_errors (void **state)
{
  (void) state;
  char *tree = make_tree ("usage", 0);
  struct run r = run_import (tree, NULL);
  assert_int_equal (r.status, 2);
  run_free (&r);
  r = run_import (tree, "--product=common", "x.md", NULL);
  assert_int_equal (r.status, 2);
  run_free (&r);
  r = run_import (tree, "--product=tcerrtest", "--twin=zh_CN=x.md", "x.md", NULL);
  assert_int_equal (r.status, 2);
  run_free (&r);
  r = run_import (tree, "--product=Demo", "x.md", NULL);
  assert_int_equal (r.status, 2);
  run_free (&r);
  r = run_import (tree, "--product=tcerrtest", "/nonexistent.md", NULL);
  assert_int_equal (r.status, 1);
  assert_non_null (strstr (r.err, "/nonexistent.md"));
  run_free (&r);
  free (tree);
}

int
main (int argc, char **argv)
{
  if (argc != 4)
    {
      fputs ("usage: test-import SRCDIR TCERR-IMPORT WORKDIR\n", stderr);
      return 2;
    }
  srcdir = argv[1];
  tool = argv[2];
  work = argv[3];
  mkdir (work, 0755);
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (documented_pages_rebuild_the_catalog),
    cmocka_unit_test (importing_twice_changes_nothing),
    cmocka_unit_test (product_and_common_rows),
    cmocka_unit_test (twins_are_aligned),
    cmocka_unit_test (new_language_from_a_twin),
    cmocka_unit_test (changed_chinese_marks_translations_fuzzy),
    cmocka_unit_test (malformed_page_writes_nothing),
    cmocka_unit_test (dry_run_writes_nothing),
    cmocka_unit_test (add_language),
    cmocka_unit_test (usage_errors),
  };
  return cmocka_run_group_tests_name ("tcerr-import", tests, NULL, NULL);
}
