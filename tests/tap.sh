# TAP for shell tests, sourced by *.test scripts: one line per check.
tap_count=0
tap_plan () { echo "1..$1"; }
# tap_result STATUS NAME: ok when STATUS is 0.
tap_result ()
{
  tap_count=`expr $tap_count + 1`
  if test "$1" -eq 0; then
    echo "ok $tap_count - $2"
  else
    echo "not ok $tap_count - $2"
  fi
}
# tap_is GOT WANT NAME
tap_is ()
{
  if test "x$1" = "x$2"; then
    tap_result 0 "$3"
  else
    tap_result 1 "$3"
    printf '# got:  %s\n# want: %s\n' "$1" "$2"
  fi
}
