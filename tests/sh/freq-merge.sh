#!/bin/sh
# freq-merge.sh: a sharded count merged with "freq -M" equals the count of
# the whole corpus, exactly.  The corpus is real text (novels from
# ../shared/bench, or samples/ without it), cut into pieces with split(1);
# each piece is counted as a map step would ("tokenize -l | freq" when
# bin/tokenize exists, else tr(1) tokens), the pieces are merged in a
# different order, some with --header, and compared byte for byte.
. "$TOP/tests/lib.sh"

d=$T/freq-merge
mkdir -p "$d/shards"
if [ -d "$SHARED/bench/novels" ]; then
	cat "$SHARED/bench/novels/TheSignOfTheFour.txt" \
	    "$SHARED/bench/novels/WinnieThePooh.txt" > "$d/corpus.txt"
else
	cat "$TOP"/samples/*.txt > "$d/corpus.txt"
fi

if [ -x "$BIN/tokenize" ]; then
	map() { "$BIN/tokenize" -l "$@" | cut -f1 | "$BIN/freq"; }
	how="tokenize -l | freq"
else
	map() { cat "$@" | tr -cs '[:alnum:]' '\n' | "$BIN/freq" -l; }
	how="tr | freq -l"
fi

map "$d/corpus.txt" > "$d/whole"
# about ten shards, whatever the corpus
per=$(( ($(wc -l < "$d/corpus.txt") + 9) / 10 ))
split -l "$per" "$d/corpus.txt" "$d/shards/x"
n=0
for f in "$d"/shards/x*; do
	n=$((n + 1))
	if [ $((n % 2)) -eq 0 ]; then
		map "$f" > "$f.freq"
	else	# half the shards with a header row, as --header writes it
		{ echo 'count	key'; map "$f"; } > "$f.freq"
	fi
done
if [ "$n" -lt 4 ] || [ ! -s "$d/whole" ]; then
	fail freq-merge-shards "only $n shards, or no output"
	exit 0
fi
# merge in reverse order: the result must not depend on it
ls "$d"/shards/*.freq | sort -r > "$d/list"
xargs "$BIN/freq" -M < "$d/list" > "$d/merged"
same "freq-merge-$n-shards-equal-whole ($how)" "$d/whole" "$d/merged"

# merging is associative: merge pairs of shards, then merge the merges
i=0
while read -r a && read -r b; do
	i=$((i + 1))
	"$BIN/freq" -M "$a" "$b" > "$d/m$i.freq"
done < "$d/list"
[ $((n % 2)) -eq 1 ] && tail -n 1 "$d/list" | xargs cat > "$d/mlast.freq"
"$BIN/freq" -M "$d"/m*.freq > "$d/merged2"
same freq-merge-two-levels "$d/whole" "$d/merged2"

# merged through a pipe from stdin, with -n and -m as a reducer would
cat "$d"/shards/*.freq | "$BIN/freq" -M -m 3 -n 100 > "$d/top"
awk -F '\t' '$1 >= 3' "$d/whole" | head -n 100 > "$d/wtop"
same freq-merge-stdin-min-top "$d/wtop" "$d/top"

# n-grams: shards that are whole documents merge exactly too
split -l $((per * 2)) "$d/corpus.txt" "$d/shards/y"
for f in "$d"/shards/y??; do
	tr -cs '[:alnum:]' '\n' < "$f" > "$f.tok"
done
"$BIN/freq" -g 2 "$d"/shards/y??.tok > "$d/g-whole"
for f in "$d"/shards/y??.tok; do
	"$BIN/freq" -g 2 "$f" > "$f.g"
done
"$BIN/freq" -M "$d"/shards/y??.tok.g > "$d/g-merged"
same freq-merge-bigrams-per-document "$d/g-whole" "$d/g-merged"

# files with a byte order mark, joined: the shard that starts with one
# (cat *.txt | parallel --pipe) counts as the whole (issue 17, finding 3)
mkdir -p "$d/bom"
printf 'the cat sat\n' > "$d/bom/a"
printf '\357\273\277the dog sat\n\357\273\277the end\n' > "$d/bom/b"
cat "$d/bom/a" "$d/bom/b" | map > "$d/bom/whole"
{ map "$d/bom/a"; map "$d/bom/b"; } | "$BIN/freq" -M > "$d/bom/merged"
same freq-merge-bom-shards "$d/bom/whole" "$d/bom/merged"
cat "$d/bom/a" "$d/bom/b" | "$BIN/freq" > "$d/bom/lwhole"
{ "$BIN/freq" "$d/bom/a"; "$BIN/freq" "$d/bom/b"; } | "$BIN/freq" -M \
    > "$d/bom/lmerged"
same freq-merge-bom-shards-lines "$d/bom/lwhole" "$d/bom/lmerged"

# GNU parallel, when installed (the recipe of the manual)
if command -v parallel > /dev/null 2>&1; then
	tr -cs '[:alnum:]' '\n' < "$d/corpus.txt" > "$d/tokens"
	"$BIN/freq" "$d/tokens" > "$d/p-whole"
	parallel --pipe --block 150k "$BIN/freq" < "$d/tokens" 2> /dev/null |
	    "$BIN/freq" -M > "$d/p-merged"
	same freq-merge-gnu-parallel "$d/p-whole" "$d/p-merged"
fi
rm -rf "$d"
