#!/bin/sh
# quotes-eval.sh: the evaluation figures of quotes(1) as regression guards,
# a little below what was measured (see the closing note of issue 7): the
# seed article's 11 quotations and their speakers, one sentence a line
# (sentsplit | quotes) and from raw paragraphs, and the way independent
# news gold is scored (mention column, kinds direct and block).
. tests/lib.sh

E=$SHARED/eval
G=$SHARED/seed/quotes.gold.tsv
A=$SHARED/seed/article.txt
for cmd in "$BIN/sentsplit | $BIN/quotes --header" "$BIN/quotes --header"; do
	case $cmd in *sentsplit*) n=sentsplit ;; *) n=raw ;; esac
	eval_min quotes-seed-$n-end-to-end-f1 99 F1 python3 "$E/quotes.py" \
	    --cmd "$cmd" "$G" "$A"
	eval_min quotes-seed-$n-speaker-accuracy 99 speaker-accuracy \
	    python3 "$E/quotes.py" --cmd "$cmd" "$G" "$A"
	eval_min quotes-seed-$n-direct-block-quote-f1 99 R python3 \
	    "$E/quotes.py" --cmd "$cmd" --speaker-col mention \
	    --kinds direct,block "$G" "$A"
done

# Mentions as written: the seed gold's mention column taken as the speaker
# (its two continuation rows have none, so 9 of 11 at best).
if [ -f "$G" ]; then
	awk -F '\t' 'BEGIN { OFS = "\t" } NR == 1 { print "line", "speaker",
	    "quote"; next } { print $1, $3, $5 }' "$G" > "$T/quotes-mention.tsv"
	eval_min quotes-seed-mentions-as-written 81 speaker-accuracy \
	    python3 "$E/quotes.py" --cmd "$BIN/quotes --header" \
	    --speaker-col mention --kinds direct,block "$T/quotes-mention.tsv" "$A"
fi
