#!/bin/sh
# memory.sh: memory stays bounded (issue 5).  Every program in $BIN reads
# MEMTEST_BYTES of news text generated on the fly through a pipe (default
# 32 MiB so that "make check" stays fast; the issue's figure is 1 GiB:
# MEMTEST_BYTES=1073741824 sh tests/run.sh) and its peak RSS must stay
# under 64 MiB.  freq's memory grows with distinct keys only: ten times the
# input with the same keys keeps the same peak RSS (within a margin).
# Peak RSS comes from getrusage(2) through python3 (wellformed.py maxrss).
. tests/lib.sh

if [ -n "$SANITIZED" ]; then
	echo "SKIP memory: peak RSS means nothing under ASan (shadow memory)"
	exit 0
fi
PY=$(python3 -c 'import sys; print(sys.executable)' 2> /dev/null)
if [ -z "$PY" ]; then
	echo "SKIP memory: no python3 to read peak RSS"
	exit 0
fi
WF=$TOP/tests/sh/wellformed.py
BYTES=${MEMTEST_BYTES:-33554432}
LIMIT=65536	# KiB
W=$T/memory
mkdir -p "$W"

# news text, whole lines (no character cut at the end)
LINE='Sen. Rand Paul (R-KY) said on Wednesday that “talks with Moscow will go on,” according to a report by The Hill. U.S. officials met Aug. 8, 2018.'
news() {
	yes "$LINE" | head -n $(($1 / (${#LINE} + 1) + 1))
}

# rss NAME BYTES PROG ARGS...: stdin through PROG; peak RSS under LIMIT.
rss() {
	name=$1 mb=$(($2 >> 20)); shift 2
	start=$(date +%s)
	"$PY" "$WF" maxrss "$W/rss" "$@" > /dev/null 2> "$W/err"
	secs=$(($(date +%s) - start))
	read -r st kib < "$W/rss"
	if [ "$st" -ne 0 ]; then
		fail "$name" "exit $st: $(head -c 200 "$W/err")"
	elif [ -s "$W/err" ]; then
		fail "$name" "stderr: $(head -c 200 "$W/err")"
	elif [ "$kib" -gt $LIMIT ]; then
		fail "$name" "peak RSS $kib KiB > $LIMIT KiB ($mb MiB in ${secs}s)"
	else
		pass "$name ($mb MiB in ${secs}s, peak RSS $kib KiB)"
	fi
}

# entities runs one recogniser a job, so its memory grows with -j (not
# with the input): two jobs here, whatever the machine has.
for prog in "$BIN"/*; do
	[ -f "$prog" ] && [ -x "$prog" ] || continue
	t=${prog##*/}
	set -- "$prog"
	[ "$t" = entities ] && set -- "$prog" -j 2
	case $t in
	freq)	# tokens, one a line, as from "tokenize | cut -f1"
		news "$BYTES" | tr ' ' '\n' | rss "$t-memory-stream" "$BYTES" "$@" ;;
	*)	news "$BYTES" | rss "$t-memory-stream" "$BYTES" "$@" ;;
	esac
	# the same text in paragraphs a megabyte long (a quarter of it)
	case $t in
	freq)	;;
	*)	news $((BYTES / 4)) | awk '{ printf "%s ", $0 } NR % 7000 == 0 { print "" }' |
		    rss "$t-memory-long-lines" $((BYTES / 4)) "$@" ;;
	esac
done

# -w (hard-wrapped text): no blank line at all, so one paragraph; and one
# line with no line break
for t in entities sentsplit; do
	[ -x "$BIN/$t" ] || continue
	set -- "$BIN/$t" -w
	[ "$t" = entities ] && set -- "$BIN/$t" -w -j 2
	news "$BYTES" | rss "$t-memory-wrapped" "$BYTES" "$@"
	news $((BYTES / 4)) | tr '\n' ' ' |
	    rss "$t-memory-wrapped-one-line" $((BYTES / 4)) "$@"
done

# freq: memory follows distinct keys, not input size
if [ -x "$BIN/freq" ]; then
	keys=200000
	seq 1 $keys | sed 's/^/key/' > "$W/keys"
	"$PY" "$WF" maxrss "$W/rss1" "$BIN/freq" "$W/keys" > /dev/null
	set --
	i=0
	while [ $i -lt 10 ]; do set -- "$@" "$W/keys"; i=$((i + 1)); done
	cat "$@" | "$PY" "$WF" maxrss "$W/rss10" "$BIN/freq" > "$W/out10"
	read -r st1 k1 < "$W/rss1"
	read -r st10 k10 < "$W/rss10"
	rows=$(wc -l < "$W/out10")
	if [ "$st1" -eq 0 ] && [ "$st10" -eq 0 ] && [ "$rows" -eq $keys ] &&
	    [ "$k10" -le $((k1 + k1 / 5 + 2048)) ]; then
		pass "freq-memory-distinct-keys ($keys keys: $k1 KiB; 10 times the input: $k10 KiB)"
	else
		fail "freq-memory-distinct-keys" "$keys keys: $k1 KiB (exit $st1); 10 times the input: $k10 KiB (exit $st10), $rows rows"
	fi
fi

# freq: a line with no key (spaces, NULs) is no key, however long; and
# endless NULs (freq /dev/zero) take no more memory than a few
# (issue 17, finding 2); 96 MiB, more than the limit, whatever BYTES
if [ -x "$BIN/freq" ]; then
	b=100663296
	head -c $b /dev/zero | tr '\0' ' ' |
	    rss freq-memory-line-of-spaces $b "$BIN/freq"
	head -c $b /dev/zero | rss freq-memory-line-of-nuls $b "$BIN/freq"
fi

# quotes: one long document where a description keeps naming someone else
# (Mayor Dana Quill, Mayor Ravi Tembe) takes the same memory at 16 and at
# 64 MiB: the latest name for it replaces the last one in its room (each
# new value used to take new memory, 440 MB in 10 GB)
if [ -x "$BIN/quotes" ]; then
	P='Mayor Dana Quill met the council. "We will go on," she said. Mayor Ravi Tembe left; "Not today," Tembe said.'
	yes "$P" | head -c 16777216 | sed '$d' |
	    "$PY" "$WF" maxrss "$W/q1" "$BIN/quotes" > /dev/null
	yes "$P" | head -c 67108864 | sed '$d' |
	    "$PY" "$WF" maxrss "$W/q4" "$BIN/quotes" > /dev/null
	read -r st1 k1 < "$W/q1"
	read -r st4 k4 < "$W/q4"
	if [ "$st1" -eq 0 ] && [ "$st4" -eq 0 ] &&
	    [ "$k4" -le $((k1 + k1 / 10 + 1024)) ]; then
		pass "quotes-memory-flat (16 MiB: $k1 KiB; 64 MiB: $k4 KiB)"
	else
		fail "quotes-memory-flat" "16 MiB: $k1 KiB (exit $st1); 64 MiB: $k4 KiB (exit $st4)"
	fi
fi
