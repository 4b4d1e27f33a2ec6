#!/bin/sh
# valgrind.sh: every program in $BIN under valgrind's memcheck, on
# samples/article.txt, a hostile file and a spread of its golden inputs
# (VALGRIND_CASES of them, default 1; VALGRIND_CASES=all for every one):
# no memory error and no definite leak.  Skipped under the sanitizers
# ("make check" runs the whole suite under ASan and UBSan too) and when
# valgrind is missing.
. tests/lib.sh

if [ -n "$SANITIZED" ]; then
	echo "SKIP valgrind: sanitized build"
	exit 0
fi
if ! command -v valgrind > /dev/null 2>&1; then
	echo "SKIP valgrind: not installed (sh .ci/deps check)"
	exit 0
fi
N=${VALGRIND_CASES:-1}
W=$T/valgrind
mkdir -p "$W"
printf '\357\273\277Bad \300\200 bytes\000and NUL\r\n“Quoted,” he said \355\240\200.\rSen. Paul\n\342\200' > "$W/hostile"
tr -s ' \t' '\n\n' < "$TOP/samples/article.txt" > "$W/words"

# vg NAME PROG ARGS... < INPUT
vg() {
	name=$1; shift
	valgrind -q --error-exitcode=99 --leak-check=full \
	    --errors-for-leak-kinds=definite "$@" > /dev/null 2> "$W/err"
	st=$?
	if [ $st -eq 99 ] || [ $st -ge 128 ]; then
		fail "$name" "exit $st: $(grep -m 3 -E '==[0-9]+== [A-Z]|at 0x|by 0x' "$W/err" | tr '\n' ' ' | head -c 400)"
	else
		pass "$name"
	fi
}

for prog in "$BIN"/*; do
	[ -f "$prog" ] && [ -x "$prog" ] || continue
	t=${prog##*/}
	case $t in
	freq)	vg "$t-valgrind-article" "$prog" -l -g 2 "$W/words"
		vg "$t-valgrind-article-H" "$prog" -H -p "$W/words" "$W/hostile" ;;
	*)	vg "$t-valgrind-article" "$prog" --header "$TOP/samples/article.txt"
		vg "$t-valgrind-hostile" "$prog" -H "$W/hostile" "$TOP/samples/article.txt" ;;
	esac
	set -- "$TOP"/tests/"$t"/*.in
	[ -f "$1" ] || continue
	step=1
	[ "$N" != all ] && [ $# -gt "$N" ] && step=$(($# / N))
	i=0
	for in in "$@"; do
		i=$((i + 1))
		[ $(((i - 1) % step)) -eq 0 ] || continue
		c=${in%.in}
		args=
		[ -f "$c.args" ] && args=$(cat "$c.args")
		(eval "set -- $args"; vg "$t-valgrind-${c##*/}" "$prog" "$@" < "$in")
	done
done
