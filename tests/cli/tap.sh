# SPDX-License-Identifier: LGPL-2.1-or-later
# Shared by the tests of the tcerr command (tests/cli/*.test): TAP output,
# running the command in a pinned environment, and the documented pages.
#
# From AM_TESTS_ENVIRONMENT: TCERR (the command), tests (the build tree's
# tests/), TCERR_PAGES (upstream/pages), LOCPATH (the build tree's locales:
# zh_CN.UTF-8, en_US.UTF-8, zh_CN.GB18030), TCERR_LOCALEDIR (its catalogs),
# and TEST_RUNNER (empty, or valgrind under "make check-valgrind").

# Nothing of the caller's locale, whatever the category.
for var in `env | sed -n 's/^\(LC_[A-Z_]*\)=.*/\1/p'`; do
  unset $var
done
unset LANG LANGUAGE

if test -z "${TCERR-}" || test -z "${tests-}" || test -z "${TCERR_PAGES-}"
then
  echo "Bail out! TCERR, tests and TCERR_PAGES must be set (make check does)"
  exit 99
fi
json_check=$tests/cli/json-check

# Files of one test, in the build tree; removed at the end.
work=$tests/cli/work-`basename "$0" .test`
rm -rf "$work" && mkdir -p "$work" || {
  echo "Bail out! cannot make $work"
  exit 99
}
trap 'rm -rf "$work"' 0
out=$work/out
err=$work/err

# --- TAP (tests/tap.sh), with the last command's output on failure ------------
. "$srcdir_tests/helpers/tap.sh"
tap_diagnostics ()
{
  echo "# exit status: $status"
  head -n 5 "$out" | sed 's/^/# stdout: /'
  head -n 5 "$err" | sed 's/^/# stderr: /'
}

# --- Running the command -----------------------------------------------------
# in_env "VAR=VALUE..." ARG...: runs tcerr with those variables added to the
# pinned environment (values without spaces), standard output in $out,
# standard error in $err, exit status in $status.
in_env ()
{
  vars=$1
  shift
  env $vars $TEST_RUNNER "$TCERR" "$@" >"$out" 2>"$err"
  status=$?
}

# usage_error: exit status 2, a "tcerr: " message, nothing on stdout.
usage_error ()
{
  test "$status" -eq 2 && test ! -s "$out" && grep -q '^tcerr: ' "$err"
}

# quiet: the command said nothing on stderr (sanitizers may add their
# own reports: lines not from tcerr).
quiet ()
{
  ! grep -q '^tcerr: ' "$err"
}

# ascii FILE: the file is printable ASCII text, so no Chinese.
ascii ()
{
  test -s "$1" && ! LC_ALL=C grep -q '[^ -~]' "$1"
}

# has_cjk FILE: the file has a Chinese character (UTF-8).
has_cjk ()
{
  LC_ALL=C grep -q "`printf '[\344-\351][\200-\277][\200-\277]'`" "$1"
}

# sample: standard input; under valgrind ("make check-valgrind", TEST_RUNNER
# set), ten of its lines, spread over it (the first, the last and eight
# between).  For the loops that run the command once for each of hundreds
# of entries: "make check" runs every one; under valgrind, each run costs
# a second, and ten kinds of entry show what valgrind looks for.
sample ()
{
  if test -n "$TEST_RUNNER"; then
    awk '{ line[NR] = $0 }
         END {
           n = NR < 10 ? NR : 10
           for (i = 0; i < n; i++) {
             j = 1
             if (n > 1)
               j = 1 + int (i * (NR - 1) / (n - 1))
             print line[j]
           }
         }'
  else
    cat
  fi
}

# --- Upstream's keys ----------------------------------------------------------
# From the tests' oracle of upstream (the pages and the Go SDKs kept in
# upstream/sdk, by the rules of po/README.md), through tests/helpers/upstream-keys:
# upstream_keys                every key, PRODUCT<TAB>CODE, sorted
# upstream_keys PRODUCT        that product's codes, sorted
# upstream_keys --products     the products, sorted
# upstream_keys --zh           PRODUCT<TAB>CODE<TAB>its text for zh_CN
upstream_keys ()
{
  "$tests/helpers/upstream-keys" "$@"
}

# upstream_products: every product upstream defines (the Go SDKs' product
# folders, the pages) and common, sorted, each as PRODUCT<TAB>its Chinese
# name in products.md (empty where it has none), through
# tests/helpers/upstream-products.
upstream_products ()
{
  "$tests/helpers/upstream-products"
}

# --- The documented pages ----------------------------------------------------
# All of it from the tests' one reader of the pages, the oracle
# (tests/helpers/oracle.c), through tests/helpers/page-rows.
page_rows=$tests/helpers/page-rows

# rows PAGE TABLE: "CODE<TAB>TEXT" for each row of TABLE ("common" or
# "product") of upstream/pages/PAGE.md, texts trimmed as the catalogs keep them.
rows ()
{
  "$page_rows" "$1" "$2"
}

# products: the products with a page (upstream/pages/PRODUCT.md), sorted.
products ()
{
  for page in "$TCERR_PAGES"/*.md; do
    basename "$page" .md
  done | LC_ALL=C sort
}

# all_common_codes: the codes of every page's common table, each once.
all_common_codes ()
{
  for product in `products`; do
    rows "$product" common
  done | cut -f 1 | LC_ALL=C sort -u
}

# documented PAGE TABLE CODE: the text of CODE in that table.
documented ()
{
  "$page_rows" "$1" "$2" "$3"
}

# codes PAGE TABLE: the codes of that table, one argument each ("set --").
codes ()
{
  rows "$1" "$2" | cut -f 1
}

# example_response: the example API response of upstream/pages/cbs.md (its
# first fenced block).
example_response ()
{
  "$page_rows" --example cbs
}
