#!/bin/sh
# tokenize-eval.sh: token F1 of "tokenize --ptb" on the Universal
# Dependencies English development data (EWT, GUM), as regression guards
# a little below what was measured (EWT 99.33, GUM 99.87; see the closing
# note of issue 2).
. tests/lib.sh

E=$SHARED/eval
eval_min tokenize-ewt-dev-f1 99.2 F1 python3 "$E/tokens.py" \
    --cmd "$BIN/tokenize --ptb | cut -f1" "$E/data/ewt_dev.txt" \
    "$E/data/ewt_dev.tokens"
eval_min tokenize-gum-dev-f1 99.7 F1 python3 "$E/tokens.py" \
    --cmd "$BIN/tokenize --ptb | cut -f1" "$E/data/gum_dev.txt" \
    "$E/data/gum_dev.tokens"
