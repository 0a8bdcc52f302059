# SPDX-License-Identifier: LGPL-2.1-or-later
# TAP for the shell tests (*.test), sourced by them: one line per check,
# the plan printed last by tap_done, when the number of checks is known.
tap_count=0

# tap_result STATUS NAME: ok when STATUS is 0.  On a failure, the test's own
# tap_diagnostics function, if it has one, prints what it knows.
tap_result ()
{
  tap_count=`expr $tap_count + 1`
  if test "$1" -eq 0; then
    printf 'ok %s - %s\n' $tap_count "$2"
  else
    printf 'not ok %s - %s\n' $tap_count "$2"
    if command -v tap_diagnostics >/dev/null 2>&1; then
      tap_diagnostics
    fi
  fi
}

# tap_is GOT WANT NAME
tap_is ()
{
  test "x$1" = "x$2"
  tap_result $? "$3"
  if test "x$1" != "x$2"; then
    printf '# got:  %s\n# want: %s\n' "$1" "$2"
  fi
}

tap_done ()
{
  echo "1..$tap_count"
}
