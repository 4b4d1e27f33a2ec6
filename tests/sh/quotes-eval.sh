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
