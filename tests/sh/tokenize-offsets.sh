#!/bin/sh
# tokenize-offsets.sh: the start/end columns give back the original bytes
# of every token (BOM, CRLF, NUL, invalid UTF-8, non-ASCII text), lines
# longer than a piece of input.h are tokenized whole (no word is cut
# where the line is cut after white space), and the options agree with
# each other.
. tests/lib.sh

W=$T/tokoff
mkdir -p "$W"
printf '\357\273\277Sen. Rand Paul (R-KY) said\r\n\342\200\234We\342\200\231re done\342\200\246\342\200\235 caf\303\251 \300\200x\000y \360\237\207\272\360\237\207\270 2,500\r\n\nlast' > "$W/mixed"

# Each ASCII or valid token is the bytes at [start, end) of the file.
if command -v python3 > /dev/null; then
	"$BIN/tokenize" "$W/mixed" > "$W/out" 2> /dev/null
	if python3 - "$W/mixed" "$W/out" <<'PY'
import sys
data = open(sys.argv[1], 'rb').read()
bad = 0
for row in open(sys.argv[2], 'rb').read().split(b'\n'):
    if not row:
        continue
    tok, cls, line, a, b = row.split(b'\t')
    raw = data[int(a):int(b)]
    want = raw.decode('utf-8', 'replace').encode('utf-8')
    if want != tok:
        print('offset mismatch', row, raw)
        bad = 1
sys.exit(bad)
PY
	then pass tokenize-offsets-exact
	else fail tokenize-offsets-exact "see above"; fi
else
	echo "SKIP tokenize-offsets-exact: no python3"
fi

# Line numbers count CRLF and LF lines; the BOM is not a token.
if awk -F'\t' '$1 == "last" && $3 == 4 { f = 1 } END { exit !f }' "$W/out" &&
    ! grep -q "$(printf '\357\273\277')" "$W/out"; then
	pass tokenize-lines-bom
else
	fail tokenize-lines-bom "$(tail -n 2 "$W/out" | tr '\t\n' '  ')"
fi

# A 3 MiB line of words: as many tokens as words, whatever the pieces.
yes 'The senator said no to U.S. plans' | head -n 100000 | tr '\n' ' ' \
    > "$W/long"
n=$("$BIN/tokenize" "$W/long" | wc -l)
want=$((100000 * 7))
if [ "$n" -eq "$want" ]; then pass tokenize-long-line
else fail tokenize-long-line "$n tokens, want $want"; fi

# The last token of the long line ends at the last non-space byte.
size=$(wc -c < "$W/long")
end=$("$BIN/tokenize" "$W/long" | tail -n 1 | cut -f5)
if [ "$end" -eq $((size - 1)) ]; then pass tokenize-long-line-offsets
else fail tokenize-long-line-offsets "end $end, file $size bytes"; fi

# -w keeps only word-like classes; -l and --nfkc change only the token.
"$BIN/tokenize" -w "$W/mixed" 2> /dev/null | cut -f2 | sort -u > "$W/cls"
if ! grep -qx 'punct\|symbol\|emoji' "$W/cls"; then pass tokenize-words-classes
else fail tokenize-words-classes "$(tr '\n' ' ' < "$W/cls")"; fi
"$BIN/tokenize" "$W/mixed" 2> /dev/null | cut -f2- > "$W/a"
"$BIN/tokenize" -l --nfkc "$W/mixed" 2> /dev/null | cut -f2- > "$W/b"
same tokenize-lower-same-columns "$W/a" "$W/b"

# Documents do not leak: a file tokenized alone or after another gives
# the same rows.
"$BIN/tokenize" "$W/mixed" > "$W/one" 2> /dev/null
"$BIN/tokenize" "$W/long" "$W/mixed" 2> /dev/null | tail -n "$(wc -l < "$W/one")" > "$W/two"
same tokenize-documents-independent "$W/one" "$W/two"
