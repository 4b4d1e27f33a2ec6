#!/bin/sh
# fuzz-regress.sh: inputs that once crashed a fuzz harness (or broke one of
# its checks), kept in tests/fuzz/regress/TOOL-WHAT.in (+ optional
# TOOL-WHAT.args, one line of shell words), run through $BIN/TOOL: no
# crash, no sanitizer report, exit 0, well-formed output.  Under
# "make check-asan" this is where the sanitizers see them again.
. tests/lib.sh

PY=$(python3 -c 'import sys; print(sys.executable)' 2> /dev/null)
WF=$TOP/tests/sh/wellformed.py
for in in tests/fuzz/regress/*.in; do
	[ -f "$in" ] || continue
	c=${in%.in}
	name=${c##*/}
	t=${name%%-*}
	if [ ! -x "$BIN/$t" ]; then
		echo "SKIP fuzz-regress-$name: no $t"
		continue
	fi
	args=
	[ -f "$c.args" ] && args=$(cat "$c.args")
	(eval "set -- $args"; "$BIN/$t" "$@" "$in") > "$T/o" 2> "$T/e"
	st=$?
	if [ $st -ne 0 ] || grep -q 'runtime error\|Sanitizer' "$T/e"; then
		fail "fuzz-regress-$name" "exit $st: $(grep -v '^    #' "$T/e" | head -c 300)"
	elif [ -n "$PY" ] && ! r=$("$PY" "$WF" tsv 0 "$T/o"); then
		fail "fuzz-regress-$name" "output: $r"
	elif [ -n "$PY" ] && [ "$t" = tokenize ] && [ -z "$args" ] &&
	    ! r=$("$PY" "$WF" tokoff "$in" "$T/o"); then
		fail "fuzz-regress-$name" "offsets: $r"
	elif [ -n "$PY" ] && [ "$t" = sentsplit ] && [ -z "$args" ] &&
	    ! r=$("$PY" "$WF" text "$in" "$T/o"); then
		fail "fuzz-regress-$name" "text: $r"
	else
		pass "fuzz-regress-$name"
	fi
done
