#!/bin/sh
# sentsplit-eval.sh: the evaluation figures of sentsplit(1) as regression
# guards, thresholds a little below what was measured: the 48 English
# Golden Rules (all pass), sentence F1 on UD English EWT and GUM dev (raw
# text, default and -w), and the seed article reproduced exactly.
. "$TOP/tests/lib.sh"

if [ ! -d "$SHARED/eval" ] || ! command -v python3 >/dev/null; then
	echo "SKIP sentsplit-eval: no ../shared/eval or python3"
	exit 0
fi
E=$SHARED/eval
D=$E/data

# Golden Rules: "golden rules: PASSED/TOTAL"
last=$(python3 "$E/golden_rules.py" --cmd "$BIN/sentsplit" 2>&1 | tail -n 1)
got=$(printf '%s\n' "$last" | sed -n 's|^golden rules: \([0-9]*\)/\([0-9]*\)$|\1 \2|p')
set -- $got
if [ "${1:-0}" -ge 48 ] && [ "${2:-0}" -eq 48 ]; then
	pass "sentsplit-golden-rules ($last)"
else
	fail "sentsplit-golden-rules" "want 48/48, got: $last"
fi

# Measured: EWT dev F1 89.12, GUM dev F1 95.95 (both modes).
for m in "" "-w"; do
	eval_min "sentsplit-ewt-dev$m" 88.7 F1 python3 "$E/sentences.py" \
	    --cmd "$BIN/sentsplit $m" "$D/ewt_dev.txt" "$D/ewt_dev.sents"
	eval_min "sentsplit-gum-dev$m" 95.5 F1 python3 "$E/sentences.py" \
	    --cmd "$BIN/sentsplit $m" "$D/gum_dev.txt" "$D/gum_dev.sents"
done

# The seed article, exactly (also a golden case in tests/sentsplit/).
"$BIN/sentsplit" "$SHARED/seed/article.txt" > "$T/seed.out"
same sentsplit-seed-exact "$SHARED/seed/sentences.gold.txt" "$T/seed.out"
