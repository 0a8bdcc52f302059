# SPDX-License-Identifier: LGPL-2.1-or-later
# Sourced by the replay-*.test scripts: replays every file of the seed
# corpus of harness $1 (tests/fuzz/corpus/$1) through tests/fuzz/fuzz-$1,
# the harness built as an ordinary program, under $TEST_RUNNER (valgrind
# for "make check-valgrind").  The program prints the TAP itself.
replay ()
{
  set -- "$1" "$srcdir_tests/fuzz/corpus/$1"/*
  harness=$1
  shift
  if test ! -f "$1"; then
    echo "1..0 # SKIP no corpus for $harness"
    exit 0
  fi
  exec $TEST_RUNNER "$tests/fuzz/fuzz-$harness" "$@"
}
