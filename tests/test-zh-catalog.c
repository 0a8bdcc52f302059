/* Every documented row, looked up in Chinese, is its documented cell byte
   for byte; and the registry holds exactly the documented keys.  */
#include <config.h>

#include "cases.h"
#include "pages.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <tcerr.h>

static struct pages pages;

static void
row_is_documented_text (void **state)
{
  const struct page_row *row = *state;
  struct tcerr_result r;
  assert_int_equal (tcerr_lookup (row->product, row->code, &r), 0);
  assert_int_equal (r.match, TCERR_MATCH_EXACT);
  assert_string_equal (r.product, row->product);
  assert_string_equal (r.code, row->code);
  assert_string_equal (r.message, row->text);
  assert_string_equal (tcerr_message (row->product, row->code), row->text);
}

static void
every_key_is_documented (void **state)
{
  (void) state;
  size_t n;
  const struct tcerr_key *keys = tcerr_keys (&n);
  for (size_t i = 0; i < n; i++)
    if (pages_text (&pages, keys[i].product, keys[i].code) == NULL)
      fail_msg ("%s %s is not on a documented page",
                keys[i].product, keys[i].code);
  assert_int_equal (n, pages.count);
}

/* The oracle itself: the row counts the pages are known to have.  */
static void
pages_have_their_rows (void **state)
{
  (void) state;
  size_t common = 0, cbs = 0, sqlserver = 0;
  for (size_t i = 0; i < pages.count; i++)
    {
      const char *p = pages.rows[i].product;
      common += strcmp (p, "common") == 0;
      cbs += strcmp (p, "cbs") == 0;
      sqlserver += strcmp (p, "sqlserver") == 0;
    }
  assert_int_equal (common, 26);
  assert_int_equal (cbs, 44);
  assert_int_equal (sqlserver, 27);
  assert_int_equal (pages.count, 97);
}

int
main (void)
{
  if (setlocale (LC_ALL, "") == NULL)
    {
      puts ("Bail out! the locale of this test is not available");
      return 1;
    }
  pages_load (&pages);

  struct cases cases = { NULL, NULL, 0 };
  cases_add (&cases, "pages have their rows", pages_have_their_rows, NULL);
  cases_add (&cases, "every key is documented", every_key_is_documented,
             NULL);
  for (size_t i = 0; i < pages.count; i++)
    {
      char name[512];
      snprintf (name, sizeof name, "%s %s", pages.rows[i].product,
                pages.rows[i].code);
      cases_add (&cases, name, row_is_documented_text, &pages.rows[i]);
    }
  int status = cases_run ("zh_CN catalog = documented pages", &cases);
  pages_free (&pages);
  return status;
}
