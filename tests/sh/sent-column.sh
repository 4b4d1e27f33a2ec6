#!/bin/sh
# sent-column.sh: the sent column of quotes and entities is the number of
# the sentsplit row (of the same file, with the same -w) whose span holds
# the row's start, so that the three programs' sentences are one.  Over
# the samples, the quotes and entities test documents, a -w document, and
# two documents in one run (the count starts again at 1).
. tests/lib.sh
W=$T/sent
mkdir -p "$W"

# check NAME STARTCOL SENTCOL SPLIT OUT: every row of OUT has its start in
# the span of row SENTCOL of sentsplit output SPLIT (sentsplit -n).
check() {
	awk -F '\t' -v sc="$2" -v nc="$3" '
	NR == FNR { a[FNR] = $3; b[FNR] = $4; n = FNR; next }
	{
		rows++
		k = $nc
		if (k < 1 || k > n || $sc < a[k] || $sc >= b[k]) {
			print FNR ": sent " k " start " $sc; bad++
			exit
		}
	}
	END { if (!bad && rows == 0) print "no rows" }' "$4" "$5" > "$W/why"
	if [ -s "$W/why" ]; then fail "$1" "$(head -1 "$W/why")"
	else pass "$1"; fi
}

q=0 e=0
for f in samples/*.txt tests/quotes/*.in tests/entities/*.in; do
	[ -f "$f" ] || continue
	"$BIN/sentsplit" -n "$f" > "$W/s" 2>/dev/null
	"$BIN/quotes" "$f" > "$W/q" 2>/dev/null
	if [ -s "$W/q" ]; then
		q=$((q + 1))
		check "quotes-sent-${f##*/}" 6 9 "$W/s" "$W/q"
	fi
	"$BIN/entities" "$f" > "$W/e" 2>/dev/null
	if [ -s "$W/e" ]; then
		e=$((e + 1))
		check "entities-sent-${f##*/}" 5 8 "$W/s" "$W/e"
	fi
done
[ "$q" -ge 10 ] && [ "$e" -ge 10 ] && pass sent-checked-enough ||
    fail sent-checked-enough "$q quotes and $e entities documents"

# hard-wrapped text: entities -w counts as sentsplit -w does
printf 'Mayor Ona Brisk spoke. She thanked Tomas\nVell and left.\n\nLater Vell\nsaid "We will see what the week brings," and went home.\n' \
    > "$W/w.txt"
"$BIN/sentsplit" -w -n "$W/w.txt" > "$W/s"
"$BIN/entities" -w "$W/w.txt" > "$W/e"
check entities-sent-wrapped 5 8 "$W/s" "$W/e"
grepq entities-sent-wrapped-across '^Tomas Vell	PERSON	Tomas Vell	1	.*	2$' "$W/e"

# each document counts from 1; -j does not change the numbers
printf 'One. Two. "Three is a quote of some length," Ada Orr said.\n' \
    > "$W/a.txt"
"$BIN/quotes" -H "$W/a.txt" "$W/a.txt" | cut -f10 > "$W/o"
printf '3\n3\n' > "$W/want"
same quotes-sent-per-document "$W/want" "$W/o"
"$BIN/entities" -H -j 1 "$W/a.txt" "$W/w.txt" > "$W/j1"
"$BIN/entities" -H -j 3 "$W/a.txt" "$W/w.txt" > "$W/j3"
same entities-sent-jobs "$W/j1" "$W/j3"
grepq entities-sent-per-document "^$W/a.txt	Ada Orr	PERSON	Ada Orr	.*	3$" \
    "$W/j1"
