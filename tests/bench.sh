#!/bin/sh
# bench.sh: throughput of each tool as a ratio to a Unix baseline measured
# in the same run on the same file ("make bench").
#
# The corpus: the novels of ../shared/bench (or BENCH_SRC) and the sample
# article, concatenated until BENCH_MB megabytes (default 100), built once
# in BENCH_DIR.  Times are medians of hyperfine runs (or of `time` runs when
# hyperfine is missing).  Counting baselines run sort both with LC_ALL=C (the
# faster sort) and in a UTF-8 locale (as most users run it).  A ratio is
# tool time / baseline time: below 1 is
# faster than the baseline.  Last, the start-up of each program.
set -u
BIN=${BIN:-bin}
MB=${BENCH_MB:-100}
DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/newsfilters-bench}
SRC=${BENCH_SRC:-../shared/bench/novels}
RUNS=${BENCH_RUNS:-5}
UTF8=C.UTF-8
locale -a 2>/dev/null | grep -qi '^c\.utf-\?8$' || UTF8=en_US.UTF-8
mkdir -p "$DIR" || exit 1
corpus=$DIR/corpus-$MB.txt

if [ ! -s "$corpus" ]; then
	echo "building $corpus ($MB MB) from $SRC and samples/"
	set -- "$SRC"/*.txt samples/*.txt
	[ -f "$1" ] || { echo "bench: no text in $SRC" >&2; exit 1; }
	: > "$corpus.tmp"
	while [ "$(wc -c < "$corpus.tmp")" -lt $((MB * 1000000)) ]; do
		cat "$@" >> "$corpus.tmp"
	done
	mv "$corpus.tmp" "$corpus"
fi
tokens=$DIR/tokens-$MB.txt
if [ ! -s "$tokens" ] || [ "$tokens" -ot "$BIN/tokenize" ]; then
	"$BIN/tokenize" -l "$corpus" | cut -f1 > "$tokens" || exit 1
fi
size=$(wc -c < "$corpus")
echo "corpus: $corpus, $size bytes; token column: $(wc -l < "$tokens") lines"
NPROC=$(getconf _NPROCESSORS_ONLN 2>/dev/null)
JOBS=${NPROC:-1}
[ "$JOBS" -gt 4 ] && JOBS=4
echo "processors online: ${NPROC:-?}"

# median wall-clock seconds of a shell command
measure() {
	if command -v hyperfine >/dev/null 2>&1; then
		hyperfine -N --style none --runs "$2" --warmup 1 \
		    --export-json "$DIR/h.json" "sh -c '$1'" >/dev/null 2>&1 ||
		    { echo "bench: failed: $1" >&2; echo 0; return; }
		sed -n 's/.*"median": *\([0-9.e-]*\).*/\1/p' "$DIR/h.json" |
		    head -n 1
	else
		i=0; : > "$DIR/t"
		while [ $i -lt "$2" ]; do
			s=$(date +%s.%N); sh -c "$1"; e=$(date +%s.%N)
			echo "$e - $s" | bc >> "$DIR/t"; i=$((i + 1))
		done
		sort -n "$DIR/t" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
	fi
}

# row NAME TOOLCMD BASENAME BASECMD TARGET: time both, print the ratio
row() {
	t=$(measure "$2" "$RUNS")
	b=$(measure "$4" "$6")
	awk -v n="$1" -v t="$t" -v bn="$3" -v b="$b" -v goal="$5" -v sz="$size" '
	BEGIN {
		r = b > 0 ? t / b : 0
		printf "%-22s %7.3f s %7.1f MB/s | %-28s %7.3f s | ratio %6.2f (goal %s)\n",
		    n, t, sz / t / 1e6, bn, b, r, goal
	}'
}

wcw="LC_ALL=$UTF8 wc -w < $corpus > /dev/null"
echo "tool time vs baseline time on the same file (ratio = tool / baseline)"
row tokenize "$BIN/tokenize $corpus > /dev/null" "wc -w ($UTF8)" "$wcw" "<= 1.5" "$RUNS"
# the other formats may cost 10% more than TSV: each is timed again
# with a TSV run right after it, and that pair's ratio printed too
tsv_ratio() {
	tt=$(measure "$BIN/tokenize $corpus > /dev/null" "$RUNS")
	awk -v f="$1" -v t="$t" -v tt="$tt" 'BEGIN {
		printf "%-22s %7.3f s vs tsv %7.3f s (timed right after) | ratio %6.2f (goal <= 1.10)\n",
		    "  " f " / tsv", t, tt, (tt > 0 ? t / tt : 0) }'
}
for f in csv jsonl; do
	row "tokenize --$f" "$BIN/tokenize --$f $corpus > /dev/null" "wc -w ($UTF8)" "$wcw" "tsv + 10%" "$RUNS"
	tsv_ratio "--$f"
done
[ -x "$BIN/sentsplit" ] && row sentsplit "$BIN/sentsplit $corpus > /dev/null" "wc -w ($UTF8)" "$wcw" "<= 1" "$RUNS"
[ -x "$BIN/quotes" ] && row quotes "$BIN/quotes $corpus > /dev/null" "wc -w ($UTF8)" "$wcw" "<= 3" "$RUNS"
if [ -x "$BIN/entities" ]; then
	# the default uses the processors (-j, at most 4); -j 1 for one thread
	row "entities (-j $JOBS)" "$BIN/entities $corpus > /dev/null" "wc -w ($UTF8)" "$wcw" "<= 3" "$RUNS"
	row "entities -j 1" "$BIN/entities -j 1 $corpus > /dev/null" "wc -w ($UTF8)" "$wcw" "-" "$RUNS"
fi
if [ -x "$BIN/freq" ]; then
	size=$(wc -c < "$tokens")
	for loc in C "$UTF8"; do
		row "freq (tokens)" "$BIN/freq $tokens > /dev/null" \
		    "sort|uniq -c|sort -rn ($loc)" \
		    "LC_ALL=$loc sort $tokens | uniq -c | sort -rn > /dev/null" \
		    "<= 0.05" 1
	done
	row "freq (tokens)" "$BIN/freq $tokens > /dev/null" "mawk count" \
	    "mawk \"{ c[\\\$0]++ } END { for (k in c) print c[k], k }\" $tokens > /dev/null" \
	    "<= 0.25" 3
	size=$(wc -c < "$corpus")
	for loc in C "$UTF8"; do
		row "tokenize -l | freq" \
		    "$BIN/tokenize -l $corpus | $BIN/freq > /dev/null" \
		    "tr|sort|uniq -c|sort -rn ($loc)" \
		    "tr -cs \"[:alnum:]\" \"\\n\" < $corpus | LC_ALL=$loc sort | uniq -c | sort -rn > /dev/null" \
		    "<= 0.1" 1
	done
	# -o token: the one column freq counts, a seventh of the bytes
	row "tokenize -l -o token | freq" \
	    "$BIN/tokenize -l -o token $corpus | $BIN/freq > /dev/null" \
	    "tr|sort|uniq -c|sort -rn ($UTF8)" \
	    "tr -cs \"[:alnum:]\" \"\\n\" < $corpus | LC_ALL=$UTF8 sort | uniq -c | sort -rn > /dev/null" \
	    "<= 0.067" 1
fi

# Start-up: each program on a one-line file, median of 200 runs, without
# a shell (hyperfine -N; else one shell loop of 200 runs, shell included),
# against wc -w on the same file.
one=$DIR/one.txt
echo 'Dana Pruitt said, "We will build it." She left.' > "$one"
startup() {
	if command -v hyperfine >/dev/null 2>&1; then
		hyperfine -N --style none --runs 200 --warmup 10 \
		    --export-json "$DIR/h.json" "$1" >/dev/null 2>&1 ||
		    { echo "bench: failed: $1" >&2; echo 0; return; }
		sed -n 's/.*"median": *\([0-9.e-]*\).*/\1/p' "$DIR/h.json" |
		    head -n 1
	else
		s=$(date +%s.%N)
		i=0; while [ $i -lt 200 ]; do $1 > /dev/null; i=$((i + 1)); done
		e=$(date +%s.%N)
		echo "($e - $s) / 200" | bc -l
	fi
}
if command -v hyperfine >/dev/null 2>&1; then
	echo "start-up on a one-line file (median of 200 runs)"
else
	echo "start-up on a one-line file (mean of 200 runs, shell included)"
fi
base=$(startup "wc -w $one")
for p in tokenize sentsplit quotes entities freq; do
	[ -x "$BIN/$p" ] || continue
	t=$(startup "$BIN/$p $one")
	awk -v n="$p" -v t="$t" -v b="$base" 'BEGIN {
		printf "%-22s %7.2f ms | %-28s %7.2f ms | ratio %6.2f (goal <= 3 ms)\n",
		    n, t * 1000, "wc -w", b * 1000, (b > 0 ? t / b : 0) }'
done
