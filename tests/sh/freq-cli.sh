#!/bin/sh
# freq-cli.sh: freq as a Unix citizen: memory that grows with distinct
# keys only, long lines, pipes, full disks, bad operands, headers.
. "$TOP/tests/lib.sh"

F=$BIN/freq
d=$T/freq-cli
mkdir -p "$d"

# Peak memory (KB) of a command reading $1 on stdin, or empty without
# GNU time.  Sanitised builds use much more memory: skipped there.
rss() {
	[ -n "$SANITIZED" ] && return
	[ -x /usr/bin/time ] || return
	/usr/bin/time -f '%M' -o "$d/rss" sh -c "$2" < "$1" > /dev/null \
	    2>&1 || return
	tail -n 1 "$d/rss"
}

# many lines, few keys: memory stays small, however much is read
yes 'the
senate
said' | head -n 3000000 > "$d/few"
kb=$(rss "$d/few" "$F")
if [ -z "$kb" ]; then
	echo "SKIP freq-memory-few-keys: no GNU time or sanitised build"
elif [ "$kb" -lt 16000 ]; then
	pass "freq-memory-few-keys (3M lines, ${kb} KB)"
else
	fail freq-memory-few-keys "${kb} KB for 3 distinct keys"
fi

# many distinct keys: under 120 bytes each (see the manual)
awk 'BEGIN { for (i = 0; i < 300000; i++) print "w" i }' > "$d/many"
kb=$(rss "$d/many" "$F")
base=$(rss "$d/few" "$F")
if [ -n "$kb" ] && [ -n "$base" ]; then
	per=$(( (kb - base) * 1024 / 300000 ))
	if [ "$per" -lt 120 ]; then
		pass "freq-memory-per-key ($per bytes a key)"
	else
		fail freq-memory-per-key "$per bytes a key"
	fi
fi

# a 5 MB line is one key, whole
awk 'BEGIN { s = "x"; while (length(s) < 5000000) s = s s; print s; print s;
    print "y" }' > "$d/long"
"$F" "$d/long" | awk -F '\t' '{ print $1, length($2) }' > "$d/got"
printf '2 8388608\n1 1\n' > "$d/want"
same freq-long-line-key "$d/want" "$d/got"

# fields of lines longer than a read piece (1 MiB): the key fields are
# whole, what follows the last one wanted is not kept
awk 'BEGIN { s = "y"; while (length(s) < 1500000) s = s s;
    print s "\tk\t" s; print "x\t" s s; print "x\tk" }' > "$d/longf"
"$F" -f 2 "$d/longf" | awk -F '\t' '{ print $1, length($2) }' > "$d/got"
printf '2 1\n1 4194304\n' > "$d/want"
same freq-long-line-fields "$d/want" "$d/got"
"$F" "$d/longf" | awk -F '\t' '{ print $1, length($2) }' > "$d/got"
printf '2 1\n1 2097152\n' > "$d/want"
same freq-long-line-first-field "$d/want" "$d/got"

# a closed pipe ends it quietly
"$F" "$d/many" 2> "$d/err" | head -n 1 > /dev/null
if [ ! -s "$d/err" ]; then pass freq-closed-pipe-quiet
else fail freq-closed-pipe-quiet "$(head -c 200 "$d/err")"; fi

# a full disk: status 1 and a message
if [ -w /dev/full ]; then
	"$F" "$d/few" > /dev/full 2> "$d/err"
	st=$?
	if [ "$st" -eq 1 ] && grep -q 'freq: <stdout>: No space left on device' \
	    "$d/err"; then
		pass freq-dev-full
	else
		fail freq-dev-full "exit $st: $(head -c 200 "$d/err")"
	fi
fi

# a directory and a missing file among good ones: both reported,
# status 1, the good files still counted
printf 'a\nb\na\n' > "$d/good"
"$F" "$d" "$d/good" "$d/missing" > "$d/got" 2> "$d/err"
st=$?
printf '2\ta\n1\tb\n' > "$d/want"
if [ "$st" -eq 1 ] && cmp -s "$d/want" "$d/got" &&
    [ "$(grep -c '^freq: ' "$d/err")" -eq 2 ]; then
	pass freq-bad-operands-skipped
else
	fail freq-bad-operands-skipped "exit $st: $(tr '\n' ' ' < "$d/err")"
fi

# -H and --header with empty files: one header, no rows for them
: > "$d/empty"
"$F" -H --header "$d/empty" "$d/good" "$d/empty" > "$d/got"
printf 'file\tcount\tkey\n%s\t2\ta\n%s\t1\tb\n' "$d/good" "$d/good" \
    > "$d/want"
same freq-with-filename-empty-files "$d/want" "$d/got"

# merging is idempotent, with or without a header
"$F" --header "$d/few" > "$d/c1"
"$F" -M "$d/c1" > "$d/c2"
"$F" "$d/few" > "$d/c0"
same freq-merge-of-output-is-output "$d/c0" "$d/c2"

# -l folds the same keys as tokenize -l would, on non-ASCII text
printf 'CAF\303\211\ncaf\303\251\nCafe\314\201\n\316\243\n\317\203\n' |
    "$F" -l > "$d/got"
printf '3\tcaf\303\251\n2\t\317\203\n' > "$d/want"
same freq-lower-unicode "$d/want" "$d/got"

# --help is on stdout and exits 0; --version names the tool
"$F" --help > "$d/out" 2>&1 && grep -q -- '--merge' "$d/out" &&
    pass freq-help || fail freq-help "$(head -c 200 "$d/out")"
"$F" --version | grep -q '^freq ' && pass freq-version ||
    fail freq-version "no 'freq ' in --version"

# The header row of every program of the suite (each variant, with and
# without -H's file column, and what cut keeps of two columns) is not
# counted: the counts are those of the same output without --header.
# Taken from the programs themselves, so a new column that freq does not
# know fails here.
S=$TOP/samples
run() { PATH="$BIN:$PATH" sh -c "$1"; }
for c in 'tokenize @ F' 'tokenize -H @ F' 'sentsplit -n @ F' \
    'sentsplit -n -H @ F' 'sentsplit -H @ F' 'quotes @ F' 'quotes -H @ F' \
    'entities @ F' 'entities -H @ F' 'entities -u @ F' 'entities -u -H @ F' \
    'tokenize -l F | freq @' 'tokenize -l F | freq -p @' \
    'tokenize F | freq -f 1,2 @' 'tokenize F | freq -H @' \
    'quotes @ F | cut -f1,8'; do
	c=$(echo "$c" | sed "s|F|$S/*.txt|")
	: > "$d/got"
	: > "$d/want"
	for f in 1 2; do
		run "$(echo "$c" | sed 's/@/--header/') | freq -f $f" >> "$d/got"
		run "$(echo "$c" | sed 's/@//') | freq -f $f" >> "$d/want"
	done
	name=$(echo "$c" | sed "s|$S/\*.txt||; s/@//; s/  */ /g; s/ *$//;
	    s/ | /+/g; s/ /_/g")
	if [ -s "$d/want" ] && cmp -s "$d/want" "$d/got"; then
		pass "freq-skips-header-of-$name"
	else
		fail "freq-skips-header-of-$name" \
		    "$(diff "$d/want" "$d/got" | head -3 | tr '\n\t' '  ')"
	fi
done

# ... and names our key columns after it; freq -M takes those names on
"$BIN"/entities --header "$S"/*.txt | "$F" --header -f 1,2 > "$d/c1"
"$F" -M --header -f 2 "$d/c1" "$d/c1" | head -n 1 > "$d/got"
printf 'count\ttype\n' > "$d/want"
same freq-merge-header-names "$d/want" "$d/got"
head -n 1 "$d/c1" > "$d/got"
printf 'count\tentity\ttype\n' > "$d/want"
same freq-header-names-from-input "$d/want" "$d/got"
# the output of freq --header, merged twice, is itself
"$F" -M --header "$d/c1" > "$d/c2"
same freq-merge-header-output-is-output "$d/c1" "$d/c2"

# a column by name: the counts of its number
"$BIN"/quotes --header "$S"/*.txt | "$F" -f gender > "$d/got"
"$BIN"/quotes "$S"/*.txt | "$F" -f 8 > "$d/want"
if [ -s "$d/want" ] && cmp -s "$d/want" "$d/got"; then
	pass freq-field-by-name
else
	fail freq-field-by-name "$(diff "$d/want" "$d/got" | head -3)"
fi
# with -H each document's own header row: the column may move
printf 'entity\ttype\nAda\tPERSON\n' > "$d/h1"
printf 'file\tentity\ttype\nx\tBo\tPERSON\nx\tOslo\tLOC\n' > "$d/h2"
"$F" -f type,entity "$d/h1" "$d/h2" > "$d/got"
printf '1\tLOC\tOslo\n1\tPERSON\tAda\n1\tPERSON\tBo\n' > "$d/want"
same freq-field-by-name-per-document "$d/want" "$d/got"

# sentsplit's one column is a word too: counted, unless --header-in says
"$BIN"/sentsplit --header "$S"/article.txt | "$F" | grep -c '	sentence$' \
    > "$d/got"
echo 1 > "$d/want"
same freq-one-field-header-is-a-key "$d/want" "$d/got"
"$BIN"/sentsplit --header "$S"/article.txt | "$F" --header-in --header |
    grep -n '	sentence$' > "$d/got"
printf '1:count\tsentence\n' > "$d/want"
same freq-header-in-one-field "$d/want" "$d/got"

# --header-in on a first line longer than a read piece: all of it goes
awk 'BEGIN { s = "h"; while (length(s) < 1500000) s = s s; print s "\tx";
    print "a"; print "a" }' > "$d/longh"
"$F" --header-in "$d/longh" > "$d/got"
printf '2\ta\n' > "$d/want"
same freq-header-in-long-line "$d/want" "$d/got"

rm -rf "$d"
