# lib.sh: helpers for tests/sh/*.sh, sourced.  Each check prints
# "PASS name" or "FAIL name: why".  $BIN holds the programs, $TMPDIR is
# private to the run.
LC_ALL=C; export LC_ALL
T=${TMPDIR:-/tmp}
SHARED=${SHARED:-$TOP/../shared}

pass() { echo "PASS $1"; }
fail() { echo "FAIL $1: $2"; }

# expect NAME WANT_STATUS CMD...: run CMD (a shell string), check status.
expect_status() {
	name=$1 want=$2; shift 2
	sh -c "$*" > "$T/o" 2> "$T/e"; got=$?
	if [ "$got" -eq "$want" ]; then pass "$name"
	else fail "$name" "exit $got, want $want: $(head -c 300 "$T/e")"; fi
}

# same NAME FILE1 FILE2: the files are byte-identical.
same() {
	if cmp -s "$2" "$3"; then pass "$1"
	else fail "$1" "$(diff "$2" "$3" | head -5 | tr '\n' ' ')"; fi
}

# grepq NAME PATTERN FILE: FILE has a line matching PATTERN.
grepq() {
	if grep -q -- "$2" "$3"; then pass "$1"
	else fail "$1" "no '$2' in $3: $(head -c 200 "$3")"; fi
}

# Evaluation figures: eval_min NAME MIN FIELD CMD...: run an evaluation
# script, take FIELD=value from its last line, and check value >= MIN.
eval_min() {
	name=$1 min=$2 field=$3; shift 3
	if [ ! -d "$SHARED/eval" ] || ! command -v python3 >/dev/null; then
		echo "SKIP $name: no ../shared/eval or python3"; return
	fi
	last=$("$@" 2>/dev/null | tail -n 1)
	v=$(printf '%s\n' "$last" | tr ' ' '\n' | sed -n "s/^$field=//p" |
	    tail -n 1 | sed 's|/.*||')
	if [ -n "$v" ] && awk -v v="$v" -v m="$min" 'BEGIN { exit !(v + 0 >= m + 0) }'; then
		pass "$name ($last)"
	else
		fail "$name" "want $field >= $min, got: $last"
	fi
}
