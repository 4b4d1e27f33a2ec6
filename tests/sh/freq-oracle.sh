#!/bin/sh
# freq-oracle.sh: freq against the classic pipelines on real text.
# "sort | uniq -c", reshaped to freq's columns and order (count
# descending, then key bytes), must give exactly freq's output; the same
# for -l (tr A-Z a-z), -g 2 (paste of a token and the next one), -f (cut)
# and -H (per file).
. "$TOP/tests/lib.sh"

d=$T/freq-oracle
mkdir -p "$d"
if [ -d "$SHARED/bench/novels" ]; then
	cat "$SHARED/bench/novels/DaisyMiller.txt" \
	    "$SHARED/bench/novels/WinnieThePooh.txt" > "$d/text"
else
	cat "$TOP"/samples/*.txt > "$d/text"
fi
tab=$(printf '\t')
tr -cs '[:alnum:]' '\n' < "$d/text" | grep -v '^$' > "$d/tok"

# uniq -c output to "count<TAB>key", sorted as freq sorts
reshape() {
	sed 's/^ *\([0-9]*\) /\1\t/' | sort -t "$tab" -k1,1nr -k2
}

sort "$d/tok" | uniq -c | reshape > "$d/want"
"$BIN/freq" "$d/tok" > "$d/got"
same freq-oracle-sort-uniq "$d/want" "$d/got"

tr 'A-Z' 'a-z' < "$d/tok" | sort | uniq -c | reshape > "$d/want"
"$BIN/freq" -l < "$d/tok" > "$d/got"
same freq-oracle-lower-ascii "$d/want" "$d/got"

sed '$d' "$d/tok" > "$d/a"
sed '1d' "$d/tok" > "$d/b"
paste "$d/a" "$d/b" | sort | uniq -c | reshape > "$d/want"
"$BIN/freq" -g 2 "$d/tok" > "$d/got"
same freq-oracle-bigrams "$d/want" "$d/got"

# a TSV of several columns: key fields 3,1 in that order
awk '{ print $0 "\t" length($0) "\t" substr($0, 1, 1) }' "$d/tok" > "$d/tsv"
awk -F '\t' '{ print $3 "\t" $1 }' "$d/tsv" | sort | uniq -c |
    reshape > "$d/want"
"$BIN/freq" -f 3,1 "$d/tsv" > "$d/got"
same freq-oracle-fields "$d/want" "$d/got"

sort -t "$tab" -k1,1nr -k2 "$d/got" > "$d/resorted"
same freq-oracle-output-sorted "$d/got" "$d/resorted"

# -n is head, -m is a filter on the count, -p is count / total
"$BIN/freq" -n 25 "$d/tok" > "$d/got"
"$BIN/freq" "$d/tok" | head -n 25 > "$d/want"
same freq-oracle-top-is-head "$d/want" "$d/got"
"$BIN/freq" -m 7 "$d/tok" > "$d/got"
"$BIN/freq" "$d/tok" | awk -F '\t' '$1 >= 7' > "$d/want"
same freq-oracle-min-count "$d/want" "$d/got"
total=$(grep -c '' "$d/tok")
"$BIN/freq" "$d/tok" | awk -F '\t' -v t="$total" \
    'BEGIN { OFS = FS } { $1 = $1 "\t" sprintf("%.6f", $1 / t); print }' \
    > "$d/want"
"$BIN/freq" -p "$d/tok" > "$d/got"
same freq-oracle-proportion "$d/want" "$d/got"

# -H: each file counted on its own
head -n 3000 "$d/tok" > "$d/f1"
tail -n 2000 "$d/tok" > "$d/f2"
for f in "$d/f1" "$d/f2"; do
	"$BIN/freq" "$f" | sed "s|^|$f	|"
done > "$d/want"
"$BIN/freq" -H "$d/f1" "$d/f2" > "$d/got"
same freq-oracle-with-filename "$d/want" "$d/got"
rm -rf "$d"
