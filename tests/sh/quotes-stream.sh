#!/bin/sh
# quotes-stream.sh: what quotes(1) promises about its input: sentsplit |
# quotes loses nothing that quotes finds on raw paragraphs, unbalanced
# marks never swallow a document, long lines and big inputs stay in
# bounded memory.
. tests/lib.sh

W=$T/quotes
mkdir -p "$W"

# The same quotations and speakers from raw paragraphs and from one
# sentence a line (positions differ: line is then the sentence number).
for f in tests/quotes/news-wire.in tests/quotes/news-patterns.in \
    tests/quotes/sentence-per-line.in "$SHARED/seed/article.txt"; do
	[ -f "$f" ] || continue
	n=$(basename "$f" .in)
	"$BIN/quotes" "$f" 2>/dev/null | cut -f1,10 > "$W/raw"
	"$BIN/sentsplit" "$f" | "$BIN/quotes" 2>/dev/null | cut -f1,10 > "$W/sent"
	# every quotation (and its speaker) found in the other's output
	miss=$(awk -F '\t' 'NR == FNR { s[FNR] = $1; q[FNR] = $2; n = FNR; next }
	    { for (i = 1; i <= n; i++) if (s[i] == $1 && index(q[i], $2)) next
	      print }' "$W/sent" "$W/raw")
	if [ -z "$miss" ]; then pass "quotes-sentsplit-loses-nothing-$n"
	else fail "quotes-sentsplit-loses-nothing-$n" "$miss"; fi
done
if [ -f "$SHARED/seed/article.txt" ]; then
	"$BIN/quotes" "$SHARED/seed/article.txt" | cut -f1-4,10 > "$W/raw"
	"$BIN/sentsplit" "$SHARED/seed/article.txt" | "$BIN/quotes" |
	    cut -f1-4,10 > "$W/sent"
	same quotes-sentsplit-same-rows-seed "$W/raw" "$W/sent"
fi

# 10 000 opening marks and no closing one: every quotation is cut at the
# end of its paragraph, the next paragraph is still found.
awk 'BEGIN { for (i = 0; i < 10000; i++) printf "\342\200\234a "; print "";
    print "\342\200\234We are fine,\342\200\235 Lee said." }' > "$W/open"
"$BIN/quotes" "$W/open" > "$W/o" 2> "$W/e"
grepq quotes-unbalanced-next-paragraph 'Lee	said	direct	2' "$W/o"
grepq quotes-unbalanced-warns 'not closed' "$W/e"
if [ "$(wc -l < "$W/o")" -le 3 ]; then pass quotes-unbalanced-bounded
else fail quotes-unbalanced-bounded "$(wc -l < "$W/o") rows"; fi

# Straight marks only, no line breaks, 3 MB: pieces of a long line.
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "\"ab,\" he said. " }' \
    > "$W/long"
"$BIN/quotes" "$W/long" > "$W/o" 2> "$W/e"
rc=$?
if [ $rc -eq 0 ] && [ "$(wc -l < "$W/o")" -ge 99000 ]; then
	pass quotes-long-line
else
	fail quotes-long-line "exit $rc, $(wc -l < "$W/o") rows"
fi

# Memory stays bounded on 15 MB of quotations (skipped under sanitizers,
# whose shadow memory breaks ulimit -v).
if [ -z "${SANITIZED:-}" ]; then
	awk 'BEGIN { for (i = 0; i < 150000; i++)
	    print "\342\200\234We will rebuild, and we will do it together, " \
	    "whatever it takes,\342\200\235 Gov. Ann Liu said on Monday." }' \
	    > "$W/big"
	(ulimit -v 65536; "$BIN/quotes" "$W/big" | tail -n 1) > "$W/o" 2> "$W/e"
	grepq quotes-bounded-memory 'Ann Liu	Gov. Ann Liu	said	direct	150000' "$W/o"
fi

# A document of several chunks (about 0.7 MB; a chunk is cut after 256
# KiB): each file is a document of its own whether it is read alone, with
# others or from standard input, so the chunk that waits for its model is
# printed at the end of its own file.
i=0
: > "$W/many"
while [ $i -lt 240 ]; do
	cat tests/quotes/news-wire.in tests/quotes/news-patterns.in
	echo
	i=$((i + 1))
done >> "$W/many"
"$BIN/quotes" -H "$W/many" tests/quotes/news-wire.in "$W/many" \
    > "$W/o1" 2> /dev/null
{ "$BIN/quotes" -H "$W/many"; "$BIN/quotes" -H tests/quotes/news-wire.in
  "$BIN/quotes" -H "$W/many"; } > "$W/o2" 2> /dev/null
same quotes-chunked-files-apart "$W/o1" "$W/o2"
"$BIN/quotes" < "$W/many" > "$W/o1" 2> /dev/null
"$BIN/quotes" "$W/many" > "$W/o2" 2> /dev/null
same quotes-chunked-stdin "$W/o1" "$W/o2"
if [ "$(wc -l < "$W/o2")" -ge 2400 ]; then pass quotes-chunked-rows
else fail quotes-chunked-rows "$(wc -l < "$W/o2") rows"; fi

# Options.
expect_status quotes-bad-kind 2 "$BIN/quotes -k direct,nope < /dev/null"
grepq quotes-bad-kind-usage 'usage: quotes' "$T/e"
