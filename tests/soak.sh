#!/bin/sh
# soak.sh: a long run through a pipe ("make soak", issue 17).  SOAK_GB
# gigabytes (default 10) of news text, generated on the fly and never
# stored, go through each program; its peak resident memory must stay
# under 64 MiB (freq counts the tokens of that text, few distinct keys, so
# it must stay under it too), and the run must end with status 0 and
# nothing on stderr.  One line a program: bytes, seconds, MB/s, peak RSS.
set -u
BIN=${BIN:-bin}
GB=${SOAK_GB:-10}
LIMIT=65536	# KiB
T=${TMPDIR:-/tmp}/newsfilters-soak
mkdir -p "$T" || exit 1
WF=tests/sh/wellformed.py
bytes=$((GB * 1073741824))
fails=0

# The text: a block of our own news paragraphs (names, numbers and
# quotations varying), written once, then repeated through a pipe.
block=$T/block.txt
awk 'BEGIN {
	split("Dana Quill|Ravi Tembe|Alma Sorby|Ike Varga|Lena Marsh|Tim Oduya|Jo Bartlett|Ben Yarrow", who, "|")
	split("said|told reporters|added|wrote|argued", verb, "|")
	for (n = 0; n < 4000; n++) {
		i = n % 8 + 1; j = int(n / 7) % 5 + 1
		printf "Mayor %s met the Valley Town council on Monday, %d May, and the vote was %d to %d. \342\200\234We will rebuild the bridge this year, and nobody will pay a toll on it,\342\200\235 %s %s. Sen. Lena Marsh (D-Vt.) said the plan would cost $%d.%d million, or %d%% more than last year. Follow @vtcouncil for more.\n\n", who[i], n % 28 + 1, n % 9, n % 5, who[(i % 8) + 1], verb[j], n % 90 + 1, n % 10, n % 40
	}
}' > "$block" || exit 1
bsize=$(wc -c < "$block")
reps=$((bytes / bsize + 1))
news() {
	i=0
	while [ $i -lt $reps ]; do cat "$block"; i=$((i + 1)); done
}

run() {
	name=$1; shift
	start=$(date +%s)
	news | python3 "$WF" maxrss "$T/rss" "$@" > /dev/null 2> "$T/err"
	secs=$(($(date +%s) - start))
	[ "$secs" -gt 0 ] || secs=1
	read -r st kib < "$T/rss"
	mbs=$((reps * bsize / 1000000 / secs))
	if [ "$st" -ne 0 ] || [ -s "$T/err" ] || [ "$kib" -gt $LIMIT ]; then
		echo "FAIL soak $name: exit $st, peak RSS $kib KiB, stderr: $(head -c 200 "$T/err")"
		fails=$((fails + 1))
	else
		echo "PASS soak $name: $GB GiB in ${secs}s ($mbs MB/s), peak RSS $kib KiB"
	fi
}

for t in tokenize sentsplit quotes entities freq; do
	[ -x "$BIN/$t" ] || continue
	case $t in
	entities) run "$t (-j 2)" "$BIN/$t" -j 2 ;;
	freq)	run "tokenize -l | freq" sh -c "'$BIN/tokenize' -l | cut -f1 | '$BIN/freq'" ;;
	*)	run "$t" "$BIN/$t" ;;
	esac
done
[ "$fails" -eq 0 ]
