#!/bin/sh
# entities-eval.sh: the evaluation figures of entities(1) as regression
# guards, a little below what was measured (see the closing note of
# issue 6): the seed article's PERSON/ORG/LOC entities under their
# canonical names, and mention-level F1 on Universal NER (EWT dev and
# train).
. tests/lib.sh

E=$SHARED/eval
eval_min entities-seed-f1 99 F1 python3 "$E/entities.py" \
    --cmd "$BIN/entities --header" "$SHARED/seed/entities.gold.tsv" \
    "$SHARED/seed/article.txt"
eval_min entities-uner-ewt-dev-f1 78.6 F1 python3 "$E/ner.py" \
    --cmd "$BIN/entities --header" "$E/data/uner_ewt_dev.txt" \
    "$E/data/uner_ewt_dev.conll"
# the six-times-larger set (every rule is measured on both)
eval_min entities-uner-ewt-train-f1 75.3 F1 python3 "$E/ner.py" \
    --cmd "$BIN/entities --header" "$E/data/uner_ewt_train.txt" \
    "$E/data/uner_ewt_train.conll"

# PERSON F1 on the same data (the figure to watch)
if [ -d "$E" ] && command -v python3 >/dev/null; then
	last=$(python3 "$E/ner.py" --cmd "$BIN/entities --header" \
	    "$E/data/uner_ewt_dev.txt" "$E/data/uner_ewt_dev.conll" 2>/dev/null |
	    tail -n 1)
	v=$(printf '%s\n' "$last" | sed -n 's/.*PER F1=\([0-9.]*\).*/\1/p')
	if [ -n "$v" ] && awk -v v="$v" 'BEGIN { exit !(v >= 85) }'; then
		pass "entities-uner-ewt-dev-per-f1 (PER F1=$v)"
	else
		fail entities-uner-ewt-dev-per-f1 "want PER F1 >= 85, got: $last"
	fi
else
	echo "SKIP entities-uner-ewt-dev-per-f1: no ../shared/eval or python3"
fi
