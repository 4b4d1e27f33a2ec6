#!/bin/sh
# run.sh [SECONDS [HARNESS...]]: build the libFuzzer harnesses and run each
# for SECONDS (default 60), one after the other, at low priority.
#
# Harnesses: tool-NAME for every cmd/NAME.c (tests/fuzz/fuzz_tool.c) and
# common-input, common-tok, common-sent, common-tsv, common-utf8,
# common-names, common-sentin, common-tables
# (tests/fuzz/fuzz_common.c).  common/ is built with a small INPUT_PIECE
# (FUZZ_PIECE, default 512) so that short inputs make long-line pieces.
# Seeds: samples/, tests/*/*.in and tests/fuzz/regress/; the growing
# corpus stays in bin/fuzz/corpus/HARNESS, crashes go to bin/fuzz/crash/,
# logs to bin/fuzz/log/.  Exit 1 if a harness crashed.
#
# Needs clang with libFuzzer (Debian: clang libclang-rt-14-dev, or
# "sh .ci/deps fuzz").  FUZZ_JOBS=N runs N harnesses at a time; FUZZ_CPU=1
# counts SECONDS in CPU time (on Linux).  A harness's log from its
# previous run is kept as bin/fuzz/log/HARNESS.log.old.
LC_ALL=C; export LC_ALL
secs=${1:-60}
[ $# -gt 0 ] && shift
CC=${FUZZ_CC:-clang}
B=bin/fuzz
PIECE=${FUZZ_PIECE:-512}

if ! command -v "$CC" > /dev/null 2>&1; then
	echo "fuzz: $CC not found; run: sh .ci/deps fuzz" >&2
	exit 1
fi
SAN='-fsanitize=address,undefined -fno-sanitize-recover=all'
CFLAGS="-g -O1 -fno-omit-frame-pointer $SAN -std=c99 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -DINPUT_PIECE=$PIECE -Icommon $(${PKG_CONFIG:-pkg-config} --cflags libutf8proc libpcre2-8)"
LIBS="$(${PKG_CONFIG:-pkg-config} --libs libutf8proc libpcre2-8) -pthread"
mkdir -p $B/obj $B/corpus $B/crash $B/log $B/seed || exit 1

# common/ and the word lists, with coverage instrumentation
objs=
for c in common/*.c; do
	o=$B/obj/$(basename "$c" .c).o
	if [ ! -f "$o" ] || [ "$c" -nt "$o" ] || [ -n "$(find common -name '*.h' -newer "$o")" ]; then
		$CC $CFLAGS -fsanitize=fuzzer-no-link -c -o "$o" "$c" || exit 1
	fi
	objs="$objs $o"
done
for d in common/data/*.txt; do
	[ -f "$d" ] || continue
	n=$(basename "$d" .txt)
	o=$B/obj/data_$n.o
	if [ ! -f "$o" ] || [ "$d" -nt "$o" ]; then
		awk -v name="$n" -f common/data/embed.awk "$d" > $B/obj/data_$n.c &&
		    $CC $CFLAGS -c -o "$o" $B/obj/data_$n.c || exit 1
	fi
	objs="$objs $o"
done
# the word lists' finished tables, written by the Makefile's generator
${MAKE:-make} -s B=$B/gen tables || exit 1
for t in $B/gen/obj/wst_*.c $B/gen/obj/wstf_*.c $B/gen/obj/tab_*.c; do
	o=$B/obj/$(basename "$t" .c).o
	if [ ! -f "$o" ] || [ "$t" -nt "$o" ]; then
		$CC $CFLAGS -c -o "$o" "$t" || exit 1
	fi
	objs="$objs $o"
done
rm -f $B/libfuzz.a
ar rc $B/libfuzz.a $objs || exit 1

# the harnesses
all=
for c in cmd/*.c; do
	[ -f "$c" ] && all="$all tool-$(basename "$c" .c)"
done
all="$all common-input common-tok common-sent common-tsv common-utf8 common-names common-sentin common-tables"
[ $# -gt 0 ] && all=$*
for h in $all; do
	case $h in
	tool-*)	n=${h#tool-}
		$CC $CFLAGS -fsanitize=fuzzer -I. -DFUZZ_TOOL_$n \
		    "-DTOOL_SRC=\"cmd/$n.c\"" -o $B/$h tests/fuzz/fuzz_tool.c \
		    $B/libfuzz.a $LIBS ;;
	common-*) n=${h#common-}
		$CC $CFLAGS -fsanitize=fuzzer -DFUZZ_$n -o $B/$h \
		    tests/fuzz/fuzz_common.c $B/libfuzz.a $LIBS ;;
	*)	echo "fuzz: $h: unknown harness" >&2; exit 2 ;;
	esac || { echo "fuzz: $h: build failed" >&2; exit 1; }
done

# seeds: every sample and test input (cut to 64 KiB), and past crashes
i=0
for f in samples/* tests/*/*.in tests/fuzz/regress/*; do
	[ -f "$f" ] || continue
	head -c 65536 "$f" > $B/seed/$(echo "$f" | tr '/' '_')
	i=$((i + 1))
done

# watch_cpu PID: stop the fuzzer (PID or its child, under time(1)) once
# it has used $secs seconds of CPU time; SIGUSR1 makes libFuzzer stop
# cleanly, with its final statistics.
watch_cpu() {
	while kill -0 "$1" 2> /dev/null; do
		sleep 5
		fp=$(pgrep -P "$1" 2> /dev/null | head -n 1)
		[ -n "$fp" ] || fp=$1
		t=$(awk -v hz="$hz" '{ printf "%d", ($14 + $15) / hz }' \
		    /proc/"$fp"/stat 2> /dev/null)
		if [ -n "$t" ] && [ "$t" -ge "$secs" ]; then
			kill -USR1 "$fp" 2> /dev/null
			break
		fi
	done
}

# run_one HARNESS: run it, print a summary line, return non-zero on a crash
run_one() {
	h=$1
	mkdir -p $B/corpus/$h
	# -close_fd_mask=2: the tools' warnings go nowhere; libFuzzer and
	# the sanitizers keep a copy of stderr for their reports.
	tm=
	[ -x /usr/bin/time ] && tm="/usr/bin/time -f %U+%S -o $B/log/$h.cpu"
	wall=$secs
	[ -n "$cpu" ] && wall=$((secs * 8))
	[ -f $B/log/$h.log ] && mv $B/log/$h.log $B/log/$h.log.old
	nice -n 19 $tm ./$B/$h -max_total_time="$wall" -max_len=16384 \
	    -timeout=20 -rss_limit_mb=2048 -close_fd_mask=2 \
	    -print_final_stats=1 -artifact_prefix=$B/crash/$h- \
	    $B/corpus/$h $B/seed > $B/log/$h.log 2>&1 &
	wpid=$!
	[ -n "$cpu" ] && watch_cpu $wpid
	wait $wpid
	st=$?
	{
	printf 'fuzz: %s: ' "$h"
	grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' $B/log/$h.log |
	    tr '\n' ' ' | sed 's/stat:://g; s/  */ /g'
	if [ -f $B/log/$h.cpu ]; then
		tail -n 1 $B/log/$h.cpu | tr '+' ' ' |
		    awk '{ printf "cpu %.0f s", $1 + $2 }'
	fi
	echo
	if [ $st -ne 0 ]; then
		echo "fuzz: $h: FAILED (status $st), see $B/log/$h.log:"
		grep -E 'ERROR|SUMMARY|broken promise|Test unit written' $B/log/$h.log | head -5
	fi
	} > $B/log/$h.sum
	cat $B/log/$h.sum
	return $st
}

# FUZZ_CPU=1: SECONDS are of CPU time, not of wall-clock time (Linux:
# read from /proc), so that a harness that shares the machine still gets
# its full time.
cpu=
if [ -n "${FUZZ_CPU:-}" ] && [ -r /proc/self/stat ]; then
	cpu=1
	hz=$(getconf CLK_TCK)
fi

# FUZZ_JOBS workers; worker k runs every FUZZ_JOBS-th harness from the kth
jobs=${FUZZ_JOBS:-1}
echo "fuzz: $all: ${secs}s each, $jobs at a time"
k=0 pids=
while [ $k -lt "$jobs" ]; do
	(
	i=0 rv=0
	for h in $all; do
		[ $((i % jobs)) -eq $k ] && { run_one $h || rv=1; }
		i=$((i + 1))
	done
	exit $rv
	) &
	pids="$pids $!"
	k=$((k + 1))
done
rv=0
for p in $pids; do
	wait "$p" || rv=1
done
exit $rv
