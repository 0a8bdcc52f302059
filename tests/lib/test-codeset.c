/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* In a GB18030 locale, messages come in GB18030 (gettext converts), and
   tcerr_message_r cuts between GB18030 characters; tcerr_use_utf8 turns
   them back to UTF-8.  Run under LC_ALL=zh_CN.GB18030.  */
#include <config.h>

#include "cases.h"
#include "oracle.h"

#include <errno.h>
#include <iconv.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tcerr.h>

static struct oracle oracle;

/* TEXT converted from UTF-8 to GB18030 (caller frees).  */
static char *
to_gb18030 (const char *text)
{
  iconv_t cd = iconv_open ("GB18030", "UTF-8");
  assert_true (cd != (iconv_t) -1);
  size_t in_left = strlen (text), out_left = 4 * in_left + 1;
  char *copy = strdup (text), *out = calloc (out_left, 1);
  char *in = copy, *p = out;
  assert_true (iconv (cd, &in, &in_left, &p, &out_left) != (size_t) -1);
  iconv_close (cd);
  free (copy);
  return out;
}

/* Whether the LEN bytes at S are whole GB18030 characters.  */
static int
gb18030_valid (const char *s, size_t len)
{
  iconv_t cd = iconv_open ("UTF-8", "GB18030");
  size_t out_left = 4 * len + 1;
  char *copy = strndup (s, len), *out = malloc (out_left);
  char *in = copy, *p = out;
  size_t r = iconv (cd, &in, &len, &p, &out_left);
  iconv_close (cd);
  free (copy);
  free (out);
  return r != (size_t) -1 && len == 0;
}

static void
locale_is_gb18030 (void **state)
{
  (void) state;
  assert_string_equal (nl_langinfo (CODESET), "GB18030");
}

static void
messages_are_gb18030 (void **state)
{
  (void) state;
  for (size_t i = 0; i < oracle.lookup_count; i++)
    {
      const struct oracle_lookup *l = &oracle.lookups[i];
      char *want = to_gb18030 (l->text);
      assert_string_equal (tcerr_message (l->page, l->code), want);
      free (want);
    }
}

static void
truncation_keeps_gb18030_characters (void **state)
{
  (void) state;
  const char *full = tcerr_message ("cbs", "InternalError.ResourceOpFailed");
  size_t len = strlen (full);
  char buf[512];
  assert_true (len < sizeof buf);
  for (size_t size = 1; size <= len; size++)
    {
      assert_int_equal (tcerr_message_r ("cbs",
                                         "InternalError.ResourceOpFailed",
                                         buf, size), ERANGE);
      size_t got = strlen (buf);
      assert_true (got < size);
      assert_memory_equal (buf, full, got);
      assert_true (gb18030_valid (buf, got));
      /* Longest: at most one 4-byte character was left out.  */
      assert_true (got + 4 > size - 1);
    }
}

static void
utf8_on_request (void **state)
{
  (void) state;
  assert_int_equal (tcerr_use_utf8 (), 0);
  for (size_t i = 0; i < oracle.lookup_count; i++)
    assert_string_equal (tcerr_message (oracle.lookups[i].page,
                                        oracle.lookups[i].code),
                         oracle.lookups[i].text);
  char buf[8];
  assert_int_equal (tcerr_message_r ("cbs", "InvalidDisk.Busy", buf,
                                     sizeof buf), ERANGE);
  assert_true (utf8_valid (buf, strlen (buf)));
  assert_int_equal (strlen (buf), 6); /* two 3-byte characters fit in 7 */
}

int
main (void)
{
  cases_setlocale ();
  oracle_load (&oracle);
  /* In this order: tcerr_use_utf8 lasts for the rest of the process.  */
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (locale_is_gb18030),
    cmocka_unit_test (messages_are_gb18030),
    cmocka_unit_test (truncation_keeps_gb18030_characters),
    cmocka_unit_test (utf8_on_request),
  };
  int status = cmocka_run_group_tests_name ("codeset", tests, NULL, NULL);
  oracle_free (&oracle);
  return status;
}
