# SPDX-License-Identifier: LGPL-2.1-or-later
# Sourced by tests/python/*.test: runs the unittest file $python_test of
# this folder with TAP output (tap.py), on the module as installed
# (tests/python/site, on the build tree's libtcerr), with the pinned
# environment of the tests.
# Not under valgrind ("make check-valgrind"): the interpreter is not ours,
# and the C under the module is the library the cmocka tests run there.
# In a sanitizer build, libtcerr needs its sanitizer's runtime loaded
# before anything else in an interpreter built without it: preloaded, and
# the interpreter's own leaks not reported.
if test -z "${PYTHON-}" || test "x$PYTHON" = x: || test -z "${PYTHON_SITE-}"
then
  echo "Bail out! PYTHON and PYTHON_SITE must be set (make check does)"
  exit 99
fi
lib="$tests/../src/lib/.libs/libtcerr.so.0"
preload=
if test -f "$lib"; then
  preload=`ldd "$lib" 2>/dev/null \
    | sed -n 's/^[ 	]*lib\(asan\|tsan\|ubsan\)\.so[^ ]* => \([^ ]*\).*/\2/p' \
    | tr '\n' ' '`
fi
if test -n "$preload"; then
  LD_PRELOAD="$preload${LD_PRELOAD:+ $LD_PRELOAD}"
  ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
  export LD_PRELOAD ASAN_OPTIONS
fi
PYTHONPATH=$PYTHON_SITE PYTHONDONTWRITEBYTECODE=1
export PYTHONPATH PYTHONDONTWRITEBYTECODE
exec $PYTHON "$srcdir_tests/python/tap.py" "$srcdir_tests/python/$python_test"
