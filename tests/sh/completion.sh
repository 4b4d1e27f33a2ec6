#!/bin/sh
# completion.sh: the bash completion (completion/newsfilters.bash), sourced
# into bash and asked as bash asks it: COMP_WORDS and COMP_CWORD in,
# COMPREPLY out.  Also: it offers every option that each program's --help
# lists, and each list value it offers is one the program takes.
. tests/lib.sh

if ! bash -c '[ "${BASH_VERSINFO[0]}" -ge 4 ]' 2>/dev/null; then
	echo "SKIP completion: no bash 4 or later"
	exit 0
fi
W=$T/completion
mkdir -p "$W"
C=$TOP/completion/newsfilters.bash

# reply WORD...: what the completion offers for the last word (empty for
# the cursor after a space), one a line, sorted.
reply() {
	bash -c '. "$1" || exit 1; shift
	COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
	_newsfilters "$1" && printf "%s\n" "${COMPREPLY[@]}"' sh "$C" "$@" |
	    sort
}

# check NAME WANT WORD...: the offers, space-separated, are WANT
check() {
	name=$1 want=$2; shift 2
	got=$(reply "$@" | tr '\n' ' ' | sed 's/ $//')
	if [ "$got" = "$want" ]; then pass "completion/$name"
	else fail "completion/$name" "'$*': got '$got', want '$want'"; fi
}

check quotes-kind direct quotes -k dir
check quotes-kind-list 'direct,block' quotes --kinds = direct,b
check quotes-kind-unsplit '--kinds=direct,block' quotes --kinds=direct,b
check quotes-kind-rest 'Partial,block Partial,direct Partial,indirect Partial,nested' \
    quotes -k Partial,
check entities-type-any-case 'PERCENT PERSON' entities -t per
check entities-type-list 'LOC,ORG' entities -t LOC,o
check entities-long-option '--types=' entities --ty
check format 'csv jsonl tsv' tokenize --format =
check format-unsplit '--format=jsonl' freq --format=j
check freq-no-value-for-pattern '' freq -e ''
check sentsplit-options '--paragraphs --positions' sentsplit --p
: > "$W/notes-one.txt"
: > "$W/notes-two.txt"
check file-operand "$W/notes-one.txt $W/notes-two.txt" quotes -n "$W/notes-"

# all five are bound
got=$(bash -c '. "$1" && complete -p tokenize sentsplit quotes entities freq' \
    sh "$C" 2>&1 | grep -c '_newsfilters')
if [ "$got" -eq 5 ]; then pass completion/bound
else fail completion/bound "$got of 5 programs bound"; fi

for prog in "$BIN"/*; do
	[ -f "$prog" ] && [ -x "$prog" ] || continue
	t=${prog##*/}
	reply "$t" - | sed 's/=$//' > "$W/offered"
	"$prog" --help > "$W/help"
	missing=
	for o in $(grep -o -- '--[a-z][a-z-]*' "$W/help" | sort -u) \
	    $(sed -n 's/^ *\(-[a-zA-Z]\)[ ,].*/\1/p' "$W/help" | sort -u); do
		grep -qx -- "$o" "$W/offered" || missing="$missing $o"
	done
	[ -z "$missing" ] && pass "completion/$t-every-option" ||
	    fail "completion/$t-every-option" "not offered:$missing"
done

# every value offered is taken
for c in quotes:-k entities:-t; do
	t=${c%%:*} o=${c#*:}
	[ -x "$BIN/$t" ] || continue
	bad=
	for v in $(reply "$t" "$o" ''); do
		"$BIN/$t" "$o" "$v" < /dev/null > /dev/null 2>&1 || bad="$bad $v"
	done
	[ -z "$bad" ] && pass "completion/$t$o-values-taken" ||
	    fail "completion/$t$o-values-taken" "refused:$bad"
done
