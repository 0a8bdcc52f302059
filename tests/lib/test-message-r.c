/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* tcerr_message_r: every buffer size from 0 to the full length + 1 gives
   a terminated, valid, longest possible prefix and ERANGE, then 0.  */
#include <config.h>

#include "cases.h"
#include "tested-lang.h"
#include "oracle.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tcerr.h>

#define GUARD 0x5A

/* Length of the UTF-8 character that starts with byte C.  */
static size_t
char_length (unsigned char c)
{
  return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

static void
every_size (void **state)
{
  const struct tcerr_key *key = *state;
  const char *full = tcerr_message_lang (test_lang (),
                                         key->product, key->code);
  assert_non_null (full);
  size_t len = strlen (full);
  char *buf = malloc (len + 16);
  assert_non_null (buf);

  for (size_t size = 0; size <= len + 1; size++)
    {
      memset (buf, GUARD, len + 16);
      int err = tcerr_message_lang_r (test_lang (),
                                      key->product, key->code, buf, size);
      for (size_t i = size; i < len + 16; i++)
        assert_int_equal ((unsigned char) buf[i], GUARD); /* no overrun */
      if (size == 0)
        {
          assert_int_equal (err, ERANGE);
          continue;
        }
      size_t got = strnlen (buf, size);
      assert_true (got < size); /* terminated */
      assert_memory_equal (buf, full, got);
      assert_true (utf8_valid (buf, got));
      if (size == len + 1)
        {
          assert_int_equal (err, 0);
          assert_string_equal (buf, full);
        }
      else
        {
          assert_int_equal (err, ERANGE);
          /* The longest prefix: the next character would not fit.  */
          assert_true (got + char_length ((unsigned char) full[got])
                       > size - 1);
        }
    }
  free (buf);
}

static void
unknown_code_leaves_buffer (void **state)
{
  (void) state;
  char buf[8];
  memset (buf, GUARD, sizeof buf);
  assert_int_equal (tcerr_message_lang_r (test_lang (), "cbs",
                                          "NoSuchCode", buf, sizeof buf),
                    ENOENT);
  for (size_t i = 0; i < sizeof buf; i++)
    assert_int_equal ((unsigned char) buf[i], GUARD);
}

int
main (void)
{
  cases_setlocale ();
  size_t n;
  const struct tcerr_key *keys = tcerr_keys (&n);
  struct cases cases = { NULL, NULL, 0 };
  cases_add (&cases, "unknown code leaves the buffer",
             unknown_code_leaves_buffer, NULL);
  /* Every key: Chinese texts mix 1- and 3-byte characters.  */
  for (size_t i = 0; i < n; i++)
    {
      char name[512];
      snprintf (name, sizeof name, "%s %s", keys[i].product, keys[i].code);
      cases_add (&cases, name, every_size, &keys[i]);
    }
  return cases_run ("tcerr_message_r truncation", &cases);
}
