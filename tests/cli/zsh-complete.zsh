# SPDX-License-Identifier: LGPL-2.1-or-later
# zsh-complete.zsh FPATH-DIR LINE [ZSTYLE...]: the words zsh's completion
# system offers for LINE, one a line, for tests/cli/completion-zsh.test.
# zsh completes only inside its line editor, so an interactive zsh runs on
# a pseudo-terminal (zsh/zpty) with compinit and the completion functions
# of FPATH-DIR first; LINE and a TAB are typed into it.  compadd, which
# every completion function ends in, is wrapped to note the words it
# adds after zsh's own matching; when completion is over (comppostfuncs)
# they are printed between markers, and the shell exits.  Each ZSTYLE is
# a zstyle command run first (a matcher-list, say).
zmodload zsh/zpty || exit 99
dir=$1 line=$2
shift 2
zpty tcerr_zsh zsh -f -i || exit 99
zpty -w tcerr_zsh "PROMPT= RPROMPT=
fpath=(${(q)dir} \$fpath)
autoload -U compinit && compinit -u -D
bindkey '^I' complete-word
${(F)@}
typeset -ga __offered
compadd () {
  if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then
    builtin compadd \"\$@\"
    return
  fi
  local -a __added
  builtin compadd -A __added \"\$@\"
  __offered+=(\$__added)
  builtin compadd \"\$@\"
}
__tcerr_test_done () { print -r -- \"<OFFERED>\${(pj:\\0:)__offered}</OFFERED>\"; exit }
comppostfuncs=(__tcerr_test_done)
print -r -- '<RE''ADY>'"
while zpty -r tcerr_zsh chunk; do [[ $chunk == *'<READY>'* ]] && break; done
zpty -w -n tcerr_zsh "$line"$'\t'
out=
while zpty -r -t tcerr_zsh chunk || zpty -r tcerr_zsh chunk; do
  out+=$chunk
  [[ $out == *'<OFFERED>'*'</OFFERED>'* ]] && break
done
zpty -d tcerr_zsh
out=${out#*<OFFERED>}
out=${out%%</OFFERED>*}
[[ -n $out ]] && print -rl -- ${(ps:\0:)out}
return 0
