/* Bad arguments get NULL / ENOENT / EINVAL, never a crash and never another
   key's text.  */
#include <config.h>

#include "cases.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tcerr.h>

#define MIB (1024 * 1024)

/* Asserts that (PRODUCT, CODE) is refused by every entry point.  */
static void
refused (const char *product, const char *code, int want_errno)
{
  struct tcerr_result r = { "x", "x", "x", TCERR_MATCH_EXACT };
  errno = 0;
  assert_null (tcerr_message (product, code));
  assert_int_equal (errno, want_errno);
  assert_int_equal (tcerr_lookup (product, code, &r), want_errno);
  assert_null (r.message);
  assert_null (r.product);
  assert_null (r.code);
  assert_int_equal (r.match, TCERR_MATCH_NONE);

  char buf[64];
  memset (buf, 'G', sizeof buf);
  assert_int_equal (tcerr_message_r (product, code, buf, sizeof buf), ENOENT);
  assert_int_equal (buf[0], 'G');

  locale_t c = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
  assert_non_null (c);
  assert_null (tcerr_message_l (product, code, c));
  freelocale (c);
}

static void
null_code (void **state)
{
  (void) state;
  refused (NULL, NULL, EINVAL);
  refused ("cbs", NULL, EINVAL);
}

static void
empty_code (void **state)
{
  (void) state;
  refused (NULL, "", EINVAL);
  refused ("cbs", "", EINVAL);
}

static char *
huge (const char *prefix, char fill)
{
  char *s = malloc (MIB + 1);
  assert_non_null (s);
  memset (s, fill, MIB);
  memcpy (s, prefix, strlen (prefix));
  s[MIB] = '\0';
  return s;
}

static void
huge_code (void **state)
{
  (void) state;
  char *code = huge ("InvalidDisk.Busy", 'A');
  refused ("cbs", code, EINVAL);
  free (code);
  code = huge ("ResourceNotFound.", 'x'); /* would have a category */
  refused (NULL, code, EINVAL);
  free (code);
}

static void
huge_product (void **state)
{
  (void) state;
  char *product = huge ("cbs", 'b');
  refused (product, "InvalidDisk.Busy", EINVAL);
  free (product);
}

static void
invalid_utf8 (void **state)
{
  (void) state;
  refused (NULL, "\xff\xfe", EINVAL);
  refused ("cbs", "InvalidDisk.Bu\xe5sy", EINVAL);
  refused ("cbs", "InvalidDisk.Busy\xc3", EINVAL);
  refused ("c\x80s", "InternalError", EINVAL);
  /* Well-formed UTF-8 is no code either.  */
  refused (NULL, "资源不存在", EINVAL);
}

/* gettext keys are "context\004msgid": a \004 in an argument must not be
   able to name another context's entry.  */
static void
embedded_context_separator (void **state)
{
  (void) state;
  refused (NULL, "cbs\004InvalidDisk.Busy", EINVAL);
  refused ("common", "cbs\004InvalidDisk.Busy", EINVAL);
  refused ("cbs\004InvalidDisk.Busy", "InternalError", EINVAL);
  refused ("cbs\004InvalidDisk", "Busy", EINVAL);
  refused ("common\004", "InternalError", EINVAL);
}

static void
spaces_and_controls (void **state)
{
  (void) state;
  refused (NULL, " InternalError", EINVAL);
  refused (NULL, "InternalError ", EINVAL);
  refused (NULL, "Internal\nError", EINVAL);
  refused ("cbs ", "InvalidDisk.Busy", EINVAL);
}

static void
null_arguments (void **state)
{
  (void) state;
  assert_int_equal (tcerr_lookup (NULL, "InternalError", NULL), 0);
  assert_int_equal (tcerr_message_r (NULL, "InternalError", NULL, 0),
                    ERANGE);
  assert_int_equal (tcerr_message_r (NULL, "InternalError", NULL, 8), EINVAL);
  errno = 0;
  assert_null (tcerr_message_l (NULL, "InternalError", (locale_t) 0));
  assert_int_equal (errno, EINVAL);
}

int
main (void)
{
  cases_setlocale ();
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (null_code),
    cmocka_unit_test (empty_code),
    cmocka_unit_test (huge_code),
    cmocka_unit_test (huge_product),
    cmocka_unit_test (invalid_utf8),
    cmocka_unit_test (embedded_context_separator),
    cmocka_unit_test (spaces_and_controls),
    cmocka_unit_test (null_arguments),
  };
  return cmocka_run_group_tests_name ("bad input", tests, NULL, NULL);
}
