# SPDX-License-Identifier: LGPL-2.1-or-later
# The checks every shell's completion of tcerr passes, sourced by
# tests/cli/completion-{bash,zsh,fish}.test after tap.sh.  The test
# defines complete_line LINE: the words the shell offers for the command
# line LINE (the cursor at its end), one a line, without descriptions.
# tcerr is found on PATH (the build tree's, through $work/bin); the
# expected words come from upstream (the tests' oracle) and --help.

mkdir -p "$work/bin" || exit 99
cat > "$work/bin/tcerr" <<WRAPPER
#!/bin/sh
exec $TEST_RUNNER "$TCERR" "\$@"
WRAPPER
chmod +x "$work/bin/tcerr" || exit 99
PATH=$work/bin:$PATH
export PATH LC_ALL=C
completion_dir=$srcdir_tests/../src/cli/completion

upstream_keys > "$work/keys"
upstream_products | cut -f 1 > "$work/products"

# words: the words offered, as the shells write them alike: without an
# option's "=" after it or before its value ("--product=cbs" in fish),
# files without their folder (zsh's), sorted and each once.
words ()
{
  sed -e 's/=$//' -e 's/^--[a-z-]*=//' -e 's|.*/||' | LC_ALL=C sort -u
}

# offers NAME LINE EXPECTED-FILE: the words offered for LINE are those of
# EXPECTED-FILE.
offers ()
{
  complete_line "$2" | words > "$work/offered"
  test -s "$3" && words < "$3" | cmp -s - "$work/offered"
  tap_result $? "$shell: $1"
}
tap_diagnostics ()
{
  echo "# offered (`wc -l < "$work/offered"`):"
  head -n 5 "$work/offered" | sed 's/^/#   /'
}

# Every long option --help describes (and a few of its abbreviations).
"$TCERR" --help | grep -o -e '--[a-z][a-z-]*' | LC_ALL=C sort -u \
  > "$work/options"
complete_line "tcerr --" | words > "$work/offered"
missing=`LC_ALL=C comm -23 "$work/options" "$work/offered" | tr '\n' ' '`
test -s "$work/options" && test -z "$missing"
tap_result $? "$shell: every option of --help${missing:+ (lacks: $missing)}"

grep '^cv' "$work/products" > "$work/expected"
offers "the products after -p" "tcerr -p cv" "$work/expected"

grep '^cb' "$work/products" > "$work/expected"
offers "the products after --product=" "tcerr --product=cb" "$work/expected"

awk -F '\t' '($1 == "cvm" || $1 == "common") && $2 ~ /^InvalidInstanceId\./ { print $2 }' \
  "$work/keys" > "$work/expected"
offers "the codes of the product given with -p" \
  "tcerr -p cvm InvalidInstanceId." "$work/expected"

awk -F '\t' '($1 == "cbs" || $1 == "common") && $2 ~ /^InvalidDisk/ { print $2 }' \
  "$work/keys" > "$work/expected"
offers "the codes of the product given with --product=" \
  "tcerr --json --product=cbs InvalidDisk" "$work/expected"

awk -F '\t' '$2 ~ /^InvalidInstanceId\./ { print $2 }' "$work/keys" \
  > "$work/expected"
offers "without -p, every product's codes" "tcerr InvalidInstanceId." \
  "$work/expected"

"$TCERR" --complete=languages > "$work/expected"
offers "the languages after --lang" "tcerr --lang " "$work/expected"

printf '%s\n' always never auto > "$work/expected"
offers "the values of --color=" "tcerr --color=" "$work/expected"

mkdir "$work/logs" && : > "$work/logs/app.log" && : > "$work/logs/resp.json"
printf '%s\n' "$work/logs/app.log" "$work/logs/resp.json" > "$work/expected"
offers "files after --explain" "tcerr --explain $work/logs/" "$work/expected"
offers "files after --filter" "tcerr --filter $work/logs/" "$work/expected"
