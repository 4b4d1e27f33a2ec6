#!/bin/sh
# run.sh: the test driver.  Runs, against the programs in $BIN (default bin):
#   tests/TOOL/NAME.in   golden cases: NAME.in on stdin, exact NAME.out on
#                        stdout; optional NAME.args (one line, shell words),
#                        NAME.status (default 0), NAME.err (exact stderr)
#   tests/unit/*         unit tests of common/ (built by "make unit")
#   tests/sh/*.sh        scripted checks (conventions, bad input, evaluation)
# Unit tests and scripts print "PASS name" or "FAIL name: why" lines.
# Ends with "N passed, N failed"; exit 1 if anything failed.
LC_ALL=C; export LC_ALL
BIN=${BIN:-bin}
case $BIN in /*) ;; *) BIN=$(pwd)/$BIN ;; esac
export BIN
TOP=$(pwd); export TOP
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
export TMPDIR="$tmp"
pass=0 fail=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

for in in tests/*/*.in; do
	[ -f "$in" ] || continue
	t=${in%.in}; tool=${t%/*}; tool=${tool##*/}
	case $tool in unit|sh|fuzz|data) continue ;; esac
	args=
	[ -f "$t.args" ] && args=$(cat "$t.args")
	want=0
	[ -f "$t.status" ] && want=$(cat "$t.status")
	eval "set -- $args"
	"$BIN/$tool" "$@" < "$in" > "$tmp/out" 2> "$tmp/err"
	got=$?
	if [ "$got" -ne "$want" ]; then
		bad "$t: exit $got, want $want"; sed 's/^/  /' "$tmp/err" | head -5
	elif ! cmp -s "$t.out" "$tmp/out"; then
		bad "$t: output differs"; diff -u "$t.out" "$tmp/out" | head -20
	elif [ -f "$t.err" ] && ! cmp -s "$t.err" "$tmp/err"; then
		bad "$t: stderr differs"; diff -u "$t.err" "$tmp/err" | head -10
	else
		ok
	fi
done

count() {	# count PASS/FAIL lines of a runner's output in $tmp/log
	p=$(grep -c '^PASS ' "$tmp/log")
	f=$(grep -c '^FAIL ' "$tmp/log")
	pass=$((pass + p)); fail=$((fail + f))
	grep '^FAIL ' "$tmp/log"
	grep -v '^PASS \|^FAIL ' "$tmp/log" | head -30
}

for u in "$BIN"/unit/*; do
	[ -x "$u" ] || continue
	"$u" > "$tmp/log" 2>&1
	rc=$?
	count
	[ $rc -eq 0 ] || [ "$f" -gt 0 ] || bad "$u: exit $rc"
done

for s in tests/sh/*.sh; do
	[ -f "$s" ] || continue
	sh "$s" > "$tmp/log" 2>&1
	rc=$?
	count
	[ $rc -eq 0 ] || [ "$f" -gt 0 ] || bad "$s: exit $rc"
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
