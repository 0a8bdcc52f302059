#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# scale_over_base for "make bench": the same lookups on the library of the
# full registry and on a library of the seed pages' keys alone (upstream/pages:
# cbs and sqlserver, the first version's catalog), built here, now, from
# the same sources.
#
# The base tree is what tcerr-import makes of the pages in an empty tree;
# its English is the full catalog's for the same keys (msgmerge with
# po/en.po as compendium).  Its library is the library's sources compiled
# with the base tree's generated tables (src/maint/gen-tables on its
# registry and en.po).
#
# Usage (from the build tree, environment of the tests):
#   bench-scale.sh SRCDIR CC CFLAGS LIBS
# MSGFMT, MSGATTRIB and MSGMERGE name gettext's tools.
set -e
srcdir=$1 cc=$2 cflags=$3 libs=$4
work=`pwd`/tests/bench-base
rm -rf "$work"
mkdir -p "$work/tree/src/lib" "$work/tree/po" "$work/tree/upstream/pages" \
  "$work/catalogs"
tree=$work/tree

# An empty tree, then the pages.
grep -v '^TCERR_KEY' "$srcdir/src/registry.def" > "$tree/src/registry.def"
for file in tcerr.pot en.po zh_CN.po; do
  $MSGATTRIB --force-po --only-obsolete -o "$tree/po/$file" \
    "$srcdir/po/$file"
done
printf 'en\nzh_CN\n' > "$tree/po/LINGUAS"
for page in "$srcdir"/upstream/pages/*.md; do
  name=`basename "$page" .md`
  src/maint/tcerr-import --srcdir="$tree" --product="$name" "$page" \
    > /dev/null
done
$MSGMERGE --quiet --no-fuzzy-matching --compendium="$srcdir/po/en.po" \
  -o "$tree/po/en.po" "$tree/po/en.po" "$tree/po/tcerr.pot"
for lang in en zh_CN; do
  mkdir -p "$work/catalogs/$lang/LC_MESSAGES"
  $MSGFMT -o "$work/catalogs/$lang/LC_MESSAGES/tcerr.mo" "$tree/po/$lang.po"
done

# The base library's tables, by the build tree's generator; key-table.c
# is copied beside them (it includes key-table.inc by a relative path).
includes="-I. -I$srcdir/include -I$srcdir/src/lib -Isrc/lib"
cp "$srcdir/src/lib/key-table.c" "$tree/src/lib/"
src/maint/gen-tables "$tree/src/registry.def" "$tree/po/en.po" \
  "$tree/src/lib/key-table.inc"

# The benchmark, linked with the base library's objects.
objects=
for file in "$tree/src/lib/key-table.c" "$srcdir/src/lib/lookup.c" \
            "$srcdir/src/lib/names.c" "$srcdir/src/lib/language.c" \
            "$srcdir/src/lib/textdomain.c" "$srcdir/src/lib/copy.c" \
            "$srcdir/src/lib/lookup-lang.c" "$srcdir/src/lib/catalogs.c" \
            "$srcdir/src/lib/mo-file.c" "$srcdir/src/lib/key-order.c"; do
  object=$work/`basename "$file" .c`.o
  $cc $cflags $includes -DLOCALEDIR="\"$work/catalogs\"" -c -o "$object" \
    "$file"
  objects="$objects $object"
done
$cc $cflags -o "$work/bench-lookup" $objects \
  tests/lib/bench_lookup-bench-lookup.o \
  tests/lib/bench_lookup-bench-perfect-hash.o $libs

# The same keys in both: the base registry's, but for the common table's.
sed -n 's/^TCERR_KEY ("\([^"]*\)", "\([^"]*\)").*/\1 \2/p' \
  "$tree/src/registry.def" | grep -v '^common ' > "$work/keys"
keys=`wc -l < "$work/keys"`
base_keys=`grep -c '^TCERR_KEY' "$tree/src/registry.def"`

# figure NAME OUTPUT: NAME's value in bench-lookup's OUTPUT.
figure ()
{
  printf '%s\n' "$2" | sed -n "s/^$1=//p"
}
# Rounds in turn, the best of each.
best_full= best_base=
for round in 1 2 3; do
  for lib in full base; do
    if test $lib = full; then
      out=`tests/lib/bench-lookup --keys "$work/keys"`
    else
      out=`TCERR_LOCALEDIR=$work/catalogs "$work/bench-lookup" --keys "$work/keys"`
    fi
    samples=`figure hit_samples "$out"`
    if test "$samples" != "$keys"; then
      echo "bench-scale.sh: $lib: $samples exact hits of $keys keys" >&2
      exit 1
    fi
    ns=`figure hit_ns "$out"`
    eval best=\$best_$lib
    best=`echo "$ns $best" | awk '{ print ($2 == "" || $1 < $2) ? $1 : $2 }'`
    eval best_$lib=$best
  done
done
echo "base_keys=$base_keys"
echo "scale_lookups=$keys"
echo "scale_hit_ns=$best_full"
echo "base_hit_ns=$best_base"
echo "scale_over_base=`echo "$best_full $best_base" | awk '{ printf "%.2f", $1 / $2 }'`"
rm -rf "$work"
