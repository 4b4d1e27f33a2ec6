#!/bin/sh
# sentsplit-stream.sh: what sentsplit(1) promises about positions and
# memory: offsets and line numbers exact in the original bytes (BOM, CRLF,
# invalid UTF-8, -w), positions restarting with every file, paragraphs
# longer than the buffer written whole with nothing lost, and a bounded
# resident size on input far larger than the buffer.
. "$TOP/tests/lib.sh"
S=$BIN/sentsplit
W=$T/sentsplit-stream
mkdir -p "$W"

{
	printf '\357\273\277Sen. Paul said so. He left at 5 p.m. Wednesday.\r\n'
	printf 'Bad \300\200 bytes here. And\tthen   more.\r\n\r\n'
	printf 'A wrapped\nparagraph goes on. Here\nit ends.\n\n'
	printf '\342\200\234Why?\342\200\235 he asked. \342\200\234Because.\342\200\235 She left\342\200\246 Then rain.'
} > "$W/mixed"
[ -f "$SHARED/seed/article.txt" ] && cp "$SHARED/seed/article.txt" "$W/seed"

# offsets: the bytes [start, end) collapse to the sentence, line = 1 +
# newlines before start, and no non-space byte is lost or repeated
if command -v python3 >/dev/null; then
	for f in "$W"/mixed "$W"/seed; do
		[ -f "$f" ] || continue
		for o in -n "-n -w"; do
			n=sentsplit-offsets-${f##*/}$(echo $o | tr -d ' ')
			"$S" $o "$f" > "$W/out" 2>/dev/null
			r=$(python3 - "$f" "$W/out" <<'PY'
import re, sys
doc = open(sys.argv[1], "rb").read()
ws = re.compile(rb"[\x00-\x20\x7f]+")
def norm(b):
    b = ws.sub(b" ", b).strip(b" ")
    return b.decode("utf-8", "replace").replace("\u00a0", " ")
seen = b""
for row in open(sys.argv[2], "rb").read().split(b"\n")[:-1]:
    para, line, start, end, text = row.split(b"\t")
    start, end = int(start), int(end)
    if norm(doc[start:end]) != text.decode("utf-8"):
        print("text of %d-%d: %r != %r" % (start, end, doc[start:end], text)); sys.exit()
    if int(line) != doc.count(b"\n", 0, start) + 1:
        print("line of %d: %s" % (start, line)); sys.exit()
    seen += doc[start:end]
body = doc[3:] if doc.startswith(b"\xef\xbb\xbf") else doc
if ws.sub(b"", seen) != ws.sub(b"", body):
    print("bytes lost or repeated")
else:
    print("ok")
PY
)
			if [ "$r" = ok ]; then pass "$n"; else fail "$n" "$r"; fi
		done
	done
else
	echo "SKIP sentsplit-offsets: no python3"
fi

# several files: each a document, positions restart
printf 'One. Two.\n' > "$W/a"
printf 'Three. Four.\n' > "$W/b"
"$S" -H -n "$W/a" "$W/b" | cut -f1-5 > "$W/out"
printf '%s\t1\t1\t0\t4\n%s\t1\t1\t5\t9\n%s\t1\t1\t0\t6\n%s\t1\t1\t7\t12\n' \
    "$W/a" "$W/a" "$W/b" "$W/b" > "$W/want"
same sentsplit-files-restart "$W/want" "$W/out"

# -p: one empty line between paragraphs, none before the first
printf 'One. Two.\n\nThree.\n' > "$W/p"
"$S" -w -p "$W/p" > "$W/out"
printf 'One.\nTwo.\n\nThree.\n' > "$W/want"
same sentsplit-paragraph-breaks "$W/want" "$W/out"

# a paragraph of 3 MB on one line: every sentence, nothing lost
yes 'The senator said no to the plan on Wednesday. ' | head -n 65536 |
    tr -d '\n' > "$W/long"
"$S" "$W/long" > "$W/out"
n=$(wc -l < "$W/out")
if [ "$n" -eq 65536 ] && [ "$(sort -u "$W/out")" = \
    'The senator said no to the plan on Wednesday.' ]; then
	pass sentsplit-long-paragraph
else
	fail sentsplit-long-paragraph "$n sentences, want 65536"
fi

# one sentence of 3 MB without a mark: broken at white space, no byte lost
yes 'word word word word word word word word word word' | head -n 60000 |
    tr '\n' ' ' > "$W/one"
"$S" "$W/one" > "$W/out"
a=$(tr -d ' \n' < "$W/one" | wc -c)
b=$(tr -d ' \n' < "$W/out" | wc -c)
n=$(wc -l < "$W/out")
if [ "$a" -eq "$b" ] && [ "$n" -gt 1 ] && ! grep -q 'wo$' "$W/out"; then
	pass "sentsplit-force-break ($n pieces)"
else
	fail sentsplit-force-break "$a bytes in, $b out, $n lines"
fi

# memory: 50 MB through a pipe, one line and hard-wrapped without blank
# lines, stays under 64 MB of resident size
if [ -z "${SANITIZED:-}" ] && [ -x /usr/bin/time ]; then
	for o in "" -w; do
		yes 'Mr. Smith went to Washington, D.C. He said: “No.” Then he left.' |
		    head -c 50000000 | { [ -z "$o" ] && tr -d '\n' || cat; } |
		    /usr/bin/time -f %M "$S" $o > /dev/null 2> "$W/rss"
		kb=$(tail -n 1 "$W/rss")
		if [ "$kb" -lt 65536 ]; then pass "sentsplit-memory$o (${kb} KB)"
		else fail "sentsplit-memory$o" "${kb} KB resident"; fi
	done
else
	echo "SKIP sentsplit-memory: sanitized build or no /usr/bin/time"
fi
