#!/bin/sh
# pipes.sh: on Linux a tool whose output or input is a pipe makes that
# pipe 1 MiB (README, "Pipes"), and the data through it is unchanged.
. tests/lib.sh

W=$T/pipes
mkdir -p "$W"
ART=$TOP/samples/article.txt
if [ "$(uname -s)" != Linux ] || ! command -v python3 > /dev/null; then
	echo "SKIP pipes: not Linux, or no python3"
	exit 0
fi
# F_GETPIPE_SZ is 1032 on Linux.  The reader waits until the writer has
# started (and finished: the pipe stays as long as the reader holds it).
size_of_stdin='import fcntl, sys, time
time.sleep(1)
sys.stdout.write(str(fcntl.fcntl(0, 1032)) + "\n")
sys.stdout.flush()
sys.stdin.buffer.read()'
size_of_stdout='import fcntl, sys, time
data = sys.stdin.buffer.read()
sys.stdout.buffer.write(data)
sys.stdout.flush()
time.sleep(1)
sys.stderr.write(str(fcntl.fcntl(1, 1032)) + "\n")'

for t in tokenize sentsplit quotes entities freq; do
	[ -x "$BIN/$t" ] || continue
	"$BIN/$t" "$ART" | python3 -c "$size_of_stdin" > "$W/$t.out"
	if [ "$(cat "$W/$t.out")" = 1048576 ]; then pass "pipes-$t-stdout"
	else fail "pipes-$t-stdout" "pipe size $(cat "$W/$t.out"), want 1048576"; fi
done

# freq reading a pipe grows it too, and counts the same as from a file.
"$BIN/tokenize" -l "$ART" | cut -f1 > "$W/tokens"
"$BIN/freq" "$W/tokens" > "$W/want"
python3 -c "$size_of_stdout" < "$W/tokens" 2> "$W/size" | "$BIN/freq" > "$W/got"
same pipes-freq-stdin-counts "$W/want" "$W/got"
if [ "$(cat "$W/size")" = 1048576 ]; then pass pipes-freq-stdin
else fail pipes-freq-stdin "pipe size $(cat "$W/size"), want 1048576"; fi

# The whole pipeline gives what the two steps through a file give.
"$BIN/tokenize" -l "$ART" > "$W/tsv"
"$BIN/freq" "$W/tsv" > "$W/want2"
"$BIN/tokenize" -l "$ART" | "$BIN/freq" > "$W/got2"
same pipes-pipeline "$W/want2" "$W/got2"
