#!/bin/sh
# entities-cli.sh: entities(1) options and documents: -H with two files
# and no leaking of names from one document into the next, -t, -u,
# usage errors.
. tests/lib.sh

W=$T/ent
mkdir -p "$W"
printf 'Sen. Walter Brennan spoke in Boston.\nBrennan left.\n' > "$W/a.txt"
printf 'Brennan arrived in Boston on Monday.\n' > "$W/b.txt"

# -H: a file column; the second document does not see the first's names
"$BIN/entities" -H "$W/a.txt" "$W/b.txt" > "$W/out"
grepq entities-H-first "^$W/a.txt	Walter Brennan	PERSON	Brennan	2	" "$W/out"
if grep -q "^$W/b.txt	Walter Brennan" "$W/out"; then
	fail entities-no-leak "second file linked to the first: $(cat "$W/out")"
else
	pass entities-no-leak
fi
grepq entities-H-second "^$W/b.txt	Boston	LOC	Boston	1	" "$W/out"

# the same documents one at a time give the same rows
{ "$BIN/entities" "$W/a.txt"; "$BIN/entities" "$W/b.txt"; } > "$W/sep"
cut -f2- "$W/out" > "$W/joined"
same entities-H-same-as-separate "$W/sep" "$W/joined"

# --header with -H starts with file
"$BIN/entities" -H --header "$W/a.txt" | head -1 > "$W/h"
printf 'file\tentity\ttype\tmention\tline\tstart\tend\ttitle\tsent\n' \
    > "$W/hw"
same entities-header-H "$W/hw" "$W/h"

# -u per document, with -H
"$BIN/entities" -u -H "$W/a.txt" "$W/b.txt" > "$W/u"
grepq entities-u-count "^$W/a.txt	Walter Brennan	PERSON	2	Walter Brennan|Brennan		0$" "$W/u"
grepq entities-u-second "^$W/b.txt	Boston	LOC	1	Boston		0$" "$W/u"

# -t: types, case-insensitive, PER and GPE accepted; bad ones are usage errors
"$BIN/entities" -t loc,date "$W/b.txt" | cut -f2 | sort -u | tr '\n' ' ' > "$W/t"
printf 'DATE LOC ' > "$W/tw"
same entities-t-types "$W/tw" "$W/t"
"$BIN/entities" --types=PER "$W/a.txt" | cut -f2 | sort -u > "$W/t2"
printf 'PERSON\n' > "$W/t2w"
same entities-t-per "$W/t2w" "$W/t2"
expect_status entities-t-bad 2 "'$BIN/entities' -t PLANET '$W/a.txt'"
expect_status entities-t-empty 2 "'$BIN/entities' -t , '$W/a.txt'"
expect_status entities-missing-file 1 "'$BIN/entities' '$W/a.txt' '$W/nope' '$W/b.txt'"

# a long document: positions stay exact and output is in order
i=0
: > "$W/long"
while [ $i -lt 200 ]; do
	cat "$TOP/samples/article.txt" >> "$W/long" 2>/dev/null ||
	    printf 'Sen. Rand Paul met officials in Moscow.\n' >> "$W/long"
	i=$((i + 1))
done
"$BIN/entities" "$W/long" > "$W/lo"
awk -F'\t' 'NR > 1 && $5 < prev { bad = 1 } { prev = $5 } END { exit bad }' \
    "$W/lo" && pass entities-order || fail entities-order "starts not ascending"
if command -v python3 >/dev/null; then
	python3 - "$W/long" "$W/lo" <<'PY' && pass entities-offsets || fail entities-offsets "mention differs from the bytes at start..end"
import sys
b = open(sys.argv[1], 'rb').read()
for l in open(sys.argv[2], encoding='utf-8'):
    f = l.rstrip('\n').split('\t')
    if b[int(f[4]):int(f[5])].decode('utf-8', 'replace') != f[2]:
        sys.exit(1)
PY
fi

# -w: lines up to a blank one are a paragraph, and a name may cross a line
# break; a paragraph over 1 MiB is handed on at a line break, and every
# name keeps its own line and offsets
printf 'The senator, Rand\nPaul, spoke.\n\nPaul left.\n' > "$W/w.txt"
"$BIN/entities" -w "$W/w.txt" > "$W/wo"
grepq entities-w-across "^Rand Paul	PERSON	Rand Paul	1	13	22		1$" "$W/wo"
grepq entities-w-line "^Rand Paul	PERSON	Paul	4	.*	2$" "$W/wo"
awk 'BEGIN { for (i = 0; i < 40000; i++)
    printf "Senator Rand Paul met\nMitch McConnell today.\n" }' > "$W/wl.txt"
"$BIN/entities" -w -t PERSON "$W/wl.txt" > "$W/wlo"
n=$(wc -l < "$W/wlo")
if [ "$n" -eq 80000 ] && tail -1 "$W/wlo" | grep -q "	80000	"; then
	pass entities-w-long
else
	fail entities-w-long "$n rows; last: $(tail -1 "$W/wlo")"
fi
if command -v python3 >/dev/null; then
	python3 - "$W/wl.txt" "$W/wlo" <<'PY' && pass entities-w-offsets || fail entities-w-offsets "mention differs from the bytes at start..end"
import sys
b = open(sys.argv[1], 'rb').read()
for l in open(sys.argv[2], encoding='utf-8'):
    f = l.rstrip('\n').split('\t')
    if b[int(f[4]):int(f[5])].decode('utf-8', 'replace') != f[2]:
        sys.exit(1)
PY
fi

# -j: the rows are the same whatever the number of threads, on text of
# several blocks (1 MiB each), two files, with -H, -u and -w; and in
# every block the later Pauls still link to Rand Paul
awk 'BEGIN { for (i = 0; i < 30000; i++) {
    printf "Sen. Rand Paul (R-KY) met Mitch McConnell in Louisville on Monday.\n"
    printf "Paul said %d talks with Moscow went on.\n\n", i } }' > "$W/j1.txt"
cp "$W/wl.txt" "$W/j2.txt"
k=0
for opts in "" "-H" "-u" "-w -H" "-u -w -t PERSON"; do
	k=$((k + 1))
	# shellcheck disable=SC2086
	"$BIN/entities" -j 1 $opts "$W/j1.txt" "$W/j2.txt" > "$W/jo1"
	for j in 2 3 7; do
		# shellcheck disable=SC2086
		"$BIN/entities" -j $j $opts "$W/j1.txt" "$W/j2.txt" > "$W/jo$j"
		same "entities-j$j-same-$k" "$W/jo1" "$W/jo$j"
	done
done
n=$("$BIN/entities" -j 1 -t PERSON "$W/j1.txt" | grep -c '^Rand Paul	PERSON	Paul	')
if [ "$n" -eq 30000 ]; then
	pass entities-j-blocks-link
else
	fail entities-j-blocks-link "$n of 30000 later Pauls linked to Rand Paul"
fi
for bad in 0 65 x; do
	expect_status "entities-j-bad-$bad" 2 "$BIN/entities" -j "$bad" "$W/a.txt"
done
