# SPDX-License-Identifier: LGPL-2.1-or-later
# The roff of the manual pages (src/lib/man) back into plain text: the
# escapes and font macros the pages use, and nothing else.  Anything else
# is an error rather than a guess, so that what a reader of a page sees is
# what the tests compile and compare.  man-pages.test and
# man-examples.test put this file's text before their own awk programs
# (awk takes -f files or a program text, not both); a program that calls
# these functions starts its END with
#   if (roff_failed) exit 1

# Reports MSG at the current line and stops (END still runs).
function roff_fail(msg)
{
  printf "%s:%d: %s\n", FILENAME, FNR, msg > "/dev/stderr"
  roff_failed = 1
  exit 1
}

# The character of the special character escape \(NAME or \[NAME].
function roff_glyph(name)
{
  if (name == "aq") return "'"
  if (name == "dq") return "\""
  if (name == "rs") return "\\"
  if (name == "ga") return "`"
  if (name == "ti") return "~"
  if (name == "ha") return "^"
  if (name == "em") return "--"
  if (name == "bu") return "*"
  roff_fail("special character \\[" name "] has no plain text here")
}

# The text the roff line S shows, font changes left out.
function roff_text(s,    out, i, c, n)
{
  out = ""
  while ((i = index(s, "\\")) > 0) {
    out = out substr(s, 1, i - 1)
    c = substr(s, i + 1, 1)
    s = substr(s, i + 2)
    if (c == "e" || c == "\\")
      out = out "\\"
    else if (c == "-")
      out = out "-"
    else if (c == ".")
      out = out "."
    else if (c == " " || c == "~")
      out = out " "
    else if (c == "&" || c == "%" || c == ":" || c == ")" || c == "c")
      ;                         # zero-width
    else if (c == "(") {
      out = out roff_glyph(substr(s, 1, 2))
      s = substr(s, 3)
    } else if (c == "[") {
      n = index(s, "]")
      if (n == 0)
        roff_fail("unterminated \\[")
      out = out roff_glyph(substr(s, 1, n - 1))
      s = substr(s, n + 1)
    } else if (c == "f") {
      c = substr(s, 1, 1)
      if (c == "[") {
        n = index(s, "]")
        if (n == 0)
          roff_fail("unterminated \\f[")
        s = substr(s, n + 1)
      } else if (c == "(")
        s = substr(s, 4)
      else if (c ~ /^[BIRP]$/)
        s = substr(s, 2)
      else
        roff_fail("font escape \\f" c)
    } else
      roff_fail("escape \\" c " (a backslash is written \\e)")
  }
  return out s
}

# Splits the arguments of the macro line LINE into roff_arg[1..N]
# (quoted or not, "" inside quotes standing for "); returns N.
function roff_args(line,    s, a, q, n)
{
  n = 0
  s = line
  sub(/^[.'][A-Za-z]+/, "", s)
  for (;;) {
    sub(/^[ \t]+/, "", s)
    if (s == "")
      break
    if (substr(s, 1, 1) == "\"") {
      s = substr(s, 2)
      a = ""
      for (;;) {
        q = index(s, "\"")
        if (q == 0) {
          a = a s
          s = ""
          break
        }
        if (substr(s, q + 1, 1) == "\"") {
          a = a substr(s, 1, q)
          s = substr(s, q + 2)
          continue
        }
        a = a substr(s, 1, q - 1)
        s = substr(s, q + 1)
        break
      }
    } else {
      q = index(s, " ")
      if (q == 0) {
        a = s
        s = ""
      } else {
        a = substr(s, 1, q - 1)
        s = substr(s, q + 1)
      }
    }
    roff_arg[++n] = a
  }
  return n
}

# The text of a font macro line (.B, .I, .BI, .BR, ...), or "" for any
# other request.
function roff_macro_text(line,    name, n, i, out, sep)
{
  name = line
  sub(/^[.'][ \t]*/, "", name)
  sub(/[ \t].*/, "", name)
  if (name != "B" && name != "I" && name != "BI" && name != "IB" \
      && name != "BR" && name != "RB" && name != "IR" && name != "RI")
    return ""
  n = roff_args(line)
  sep = length(name) == 1 ? " " : ""
  out = ""
  for (i = 1; i <= n; i++)
    out = out (i > 1 ? sep : "") roff_arg[i]
  return roff_text(out)
}
