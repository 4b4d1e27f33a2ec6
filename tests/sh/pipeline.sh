#!/bin/sh
# pipeline.sh: sentsplit's rows read back.  `sentsplit -n` (with -H,
# --header, several files) piped into quotes, entities and tokenize gives
# the rows each gives on the files themselves: the same documents kept
# apart, paragraphs, lines and offsets.  The plain pipeline of the README
# (`cat article | sentsplit | quotes`) gives the same quotations and
# speakers, its positions into sentsplit's output.
. tests/lib.sh
W=$T/pipeline
mkdir -p "$W"
docs="tests/pipeline/council.txt tests/pipeline/clinic.txt"
for f in samples/*.txt; do docs="$docs $f"; done
[ -f "$SHARED/seed/article.txt" ] && docs="$docs $SHARED/seed/article.txt"

for p in quotes entities tokenize; do
	# one file at a time, with and without the header
	for f in $docs; do
		n=${f##*/}
		"$BIN/$p" "$f" > "$W/want" 2>/dev/null
		"$BIN/sentsplit" -n "$f" | "$BIN/$p" > "$W/got" 2>/dev/null
		same "pipeline-$p-n-$n" "$W/want" "$W/got"
		"$BIN/sentsplit" -n --header "$f" | "$BIN/$p" > "$W/got" \
		    2>/dev/null
		same "pipeline-$p-n-header-$n" "$W/want" "$W/got"
	done
	# several files: the file column names them, and they stay apart
	# shellcheck disable=SC2086
	"$BIN/$p" -H $docs > "$W/want" 2>/dev/null
	# shellcheck disable=SC2086
	"$BIN/sentsplit" -n -H $docs | "$BIN/$p" -H > "$W/got" 2>/dev/null
	same "pipeline-$p-nH-files" "$W/want" "$W/got"
	# shellcheck disable=SC2086
	"$BIN/sentsplit" -n -H --header $docs | "$BIN/$p" -H > "$W/got" \
	    2>/dev/null
	same "pipeline-$p-nH-header-files" "$W/want" "$W/got"
	# no file column: a document ends where para and start go back
	for f in $docs; do "$BIN/$p" "$f" 2>/dev/null; done > "$W/want"
	# shellcheck disable=SC2086
	"$BIN/sentsplit" -n $docs | "$BIN/$p" > "$W/got" 2>/dev/null
	same "pipeline-$p-n-files-apart" "$W/want" "$W/got"
done

# the plain pipeline: the same quotations, kinds and speakers, where
# the quotations are in double marks and no answer of an interview runs
# over sentences (samples/council.txt, in single marks, and the Q: and A:
# of samples/interview.txt need the paragraphs that -n keeps)
plain="tests/pipeline/council.txt tests/pipeline/clinic.txt samples/article.txt"
[ -f "$SHARED/seed/article.txt" ] && plain="$plain $SHARED/seed/article.txt"
for f in $plain; do
	"$BIN/quotes" "$f" 2>/dev/null | cut -f1-4,8,10 > "$W/want"
	"$BIN/sentsplit" < "$f" | "$BIN/quotes" 2>/dev/null |
	    cut -f1-4,8,10 > "$W/got"
	same "pipeline-plain-quotes-${f##*/}" "$W/want" "$W/got"
done
# sentsplit -H --header: files kept apart, speakers the same
# shellcheck disable=SC2086
"$BIN/quotes" -H $plain 2>/dev/null | cut -f1-5,11 > "$W/want"
# shellcheck disable=SC2086
"$BIN/sentsplit" -H --header $plain | "$BIN/quotes" -H 2>/dev/null |
    cut -f1-5,11 > "$W/got"
same pipeline-H-header-quotes "$W/want" "$W/got"

# a pronoun of the second file never goes to a person of the first
printf 'Lena Marsh chairs the board.\n' > "$W/a.txt"
printf '"We will not sell the land," she said.\n' > "$W/b.txt"
"$BIN/sentsplit" -n "$W/a.txt" "$W/b.txt" | "$BIN/quotes" > "$W/got"
grepq pipeline-pronoun-stays '^	she	said	direct	1	1	' "$W/got"

# a line that is no row is read as text, with a warning
{ "$BIN/sentsplit" -n tests/pipeline/clinic.txt
  echo '"This line is no row at all," Ada Orr said.'; } |
    "$BIN/quotes" > "$W/got" 2> "$W/err"
grepq pipeline-bad-row-kept '^Ada Orr	Ada Orr	said	direct	' "$W/got"
grepq pipeline-bad-row-warns 'not a sentsplit row; read as text' "$W/err"

# text that only looks like a row on its first line is read as rows: but
# prose never starts with four numbers and a TAB; a first line with one
# TAB is text
printf 'Name\tAge\n"It is a fine day for it," Ada Orr said.\n' |
    "$BIN/quotes" > "$W/got" 2> "$W/err"
grepq pipeline-tab-text '^Ada Orr	Ada Orr	said	direct	2	' "$W/got"
if [ -s "$W/err" ]; then fail pipeline-tab-text-quiet "$(cat "$W/err")"
else pass pipeline-tab-text-quiet; fi

# with a file column, a line that is no row stays in the document of the
# row before it, under its name
{ "$BIN/sentsplit" -n -H tests/pipeline/clinic.txt
  echo '"This line is no row at all," Ada Orr said.'; } |
    "$BIN/quotes" -H 2>/dev/null > "$W/got"
grepq pipeline-bad-row-file \
    '^tests/pipeline/clinic.txt	Ada Orr	Ada Orr	said	direct	' "$W/got"
