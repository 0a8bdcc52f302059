/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* tcerr_key_compare: the order of tcerr_keys (), by product then code in
   byte order, NULL first; every documented key found by a binary search
   with it.  */
#include <config.h>

#include "cases.h"

#include <stdlib.h>
#include <string.h>
#include <tcerr.h>

/* The sign of N: -1, 0 or 1.  */
static int
sign (int n)
{
  return (n > 0) - (n < 0);
}

static int
order (const char *p1, const char *c1, const char *p2, const char *c2)
{
  return sign (tcerr_key_compare (&(struct tcerr_key) { p1, c1 },
                                  &(struct tcerr_key) { p2, c2 }));
}

/* The product first, then the code, each as strcmp has it: upper case
   before lower case, '.' before letters, a prefix first.  */
static void
byte_order (void **state)
{
  (void) state;
  assert_int_equal (order ("cbs", "Z", "cdb", "A"), -1);
  assert_int_equal (order ("cdb", "A", "cbs", "Z"), 1);
  assert_int_equal (order ("cvm", "A", "cvm", "A"), 0);
  assert_int_equal (order ("cvm", "Z", "cvm", "a"), -1);
  assert_int_equal (order ("cvm", "A.B", "cvm", "AB"), -1);
  assert_int_equal (order ("cvm", "Auth", "cvm", "AuthFailure"), -1);
  assert_int_equal (order ("cvm", "X", "cvmx", "A"), -1);
  assert_int_equal (order ("common", "X", "cbs", "X"), 1);
  assert_int_equal (order ("a_b", "X", "a-b", "X"), 1);
}

/* NULL, as a key or a name, sorts first and equals only NULL.  */
static void
null_first (void **state)
{
  (void) state;
  struct tcerr_key key = { "cbs", "X" };
  assert_int_equal (sign (tcerr_key_compare (NULL, NULL)), 0);
  assert_int_equal (sign (tcerr_key_compare (NULL, &key)), -1);
  assert_int_equal (sign (tcerr_key_compare (&key, NULL)), 1);
  assert_int_equal (order (NULL, "X", "cbs", "X"), -1);
  assert_int_equal (order ("cbs", NULL, "cbs", ""), -1);
  assert_int_equal (order ("cbs", NULL, "cbs", NULL), 0);
  assert_int_equal (order (NULL, NULL, NULL, NULL), 0);
  assert_int_equal (order ("", "X", NULL, "X"), 1);
}

/* tcerr_keys () is strictly in this order, and strcmp agrees.  */
static void
keys_in_order (void **state)
{
  (void) state;
  size_t n;
  const struct tcerr_key *keys = tcerr_keys (&n);
  assert_true (n > 1000);
  size_t wrong = 0;
  for (size_t i = 1; i < n; i++)
    {
      int c = strcmp (keys[i - 1].product, keys[i].product);
      if (c == 0)
        c = strcmp (keys[i - 1].code, keys[i].code);
      if (tcerr_key_compare (&keys[i - 1], &keys[i]) >= 0 || c >= 0
          || tcerr_key_compare (&keys[i], &keys[i - 1]) <= 0)
        {
          print_message ("# %s %s before %s %s\n", keys[i - 1].product,
                         keys[i - 1].code, keys[i].product, keys[i].code);
          wrong++;
        }
    }
  assert_int_equal (wrong, 0);
}

static int
compare_for_bsearch (const void *a, const void *b)
{
  return tcerr_key_compare (a, b);
}

/* A binary search with it finds every key in its place, and no key that
   is not documented.  */
static void
bsearch_finds_every_key (void **state)
{
  (void) state;
  size_t n;
  const struct tcerr_key *keys = tcerr_keys (&n);
  for (size_t i = 0; i < n; i++)
    {
      struct tcerr_key probe = { keys[i].product, keys[i].code };
      assert_ptr_equal (bsearch (&probe, keys, n, sizeof *keys,
                                 compare_for_bsearch), &keys[i]);
    }
  struct tcerr_key absent = { "cbs", "No.Such.Code" };
  assert_null (bsearch (&absent, keys, n, sizeof *keys,
                        compare_for_bsearch));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (byte_order),
    cmocka_unit_test (null_first),
    cmocka_unit_test (keys_in_order),
    cmocka_unit_test (bsearch_finds_every_key),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
