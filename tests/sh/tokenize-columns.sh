#!/bin/sh
# tokenize-columns.sh: -o gives the columns of the full row, no more and
# no less: all five in their order are the full output in every format,
# with and without -H, -l and --ptb; one column is cut -f of the full
# output; a reordered list is the same fields reordered.
. tests/lib.sh

set -- tests/tokenize/*.in samples/*.txt
all=token,class,line,start,end
bad=
for fmt in --format=tsv --csv --jsonl; do
	for flags in "" "-H -l" "--ptb -w"; do
		# shellcheck disable=SC2086
		"$BIN/tokenize" $fmt $flags --header "$@" > "$T/full" 2>/dev/null
		# shellcheck disable=SC2086
		"$BIN/tokenize" $fmt $flags --header -o $all "$@" > "$T/cols" \
		    2>/dev/null
		cmp -s "$T/full" "$T/cols" || bad="$bad $fmt/$flags"
	done
done
if [ -z "$bad" ]; then pass tokenize-columns-all
else fail tokenize-columns-all "differs from the full rows:$bad"; fi

"$BIN/tokenize" -l "$@" 2>/dev/null | cut -f1 > "$T/want"
"$BIN/tokenize" -l -o token "$@" > "$T/got" 2>/dev/null
same tokenize-columns-token "$T/want" "$T/got"

"$BIN/tokenize" -H "$@" 2>/dev/null |
    awk -F'\t' -v OFS='\t' '{ print $1, $6, $2, $4 }' > "$T/want"
"$BIN/tokenize" -H -o end,token,line "$@" > "$T/got" 2>/dev/null
same tokenize-columns-order "$T/want" "$T/got"
