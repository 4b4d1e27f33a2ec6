#!/bin/sh
# examples.sh: every example command of the documentation runs, and prints
# what tests/examples/SOURCE.out says it prints.
#
# The examples:
#   README.md   the lines that start with "$ " in its ```sh fenced blocks
#               (the indented blocks, such as the quick start, are not run)
#   man/*.[17]  the lines that start with "$ " in the EXAMPLES section:
#               .Dl lines and the lines of .Bd -literal blocks, mdoc
#               escapes undone (\e \(aq \(dq \& \- ...); mandoc, when
#               installed, must render each of them as it is run
#   Makefile    the command "make demo" shows
# A line that ends in \, |, && or ||, or inside a '...' string, goes on
# on the next one.  The other
# lines of a block are output shown to the reader, not compared.  The
# commands of one block (one ```sh block, .Bd block, or run of .Dl lines)
# run one after the other in one fresh directory that holds copies of the
# sample articles: samples/*.txt as ./*.txt, and samples/ and corpus/
# (the same articles) as directories, so "article.txt", "*.txt",
# "samples/article.txt" and "corpus/*.txt" all name them; bin/ comes
# first on PATH, LC_ALL is C and HOME is a private directory.
#
# Each command must exit 0, write nothing on stderr, and print at most 25
# lines; the last command of a block must print something.  Its output
# is compared with its section of tests/examples/SOURCE.out (README.md.out,
# freq.1.out, ...), a transcript: "$ command" ("> " before each
# continuation line), then the output.  Skipped: commands that need
# Hadoop, ssh hosts (-S host1) or the evaluation data of ../shared, those
# with GNU parallel where it is not installed, and the commands of a block
# after a skipped one.
#
# After a change of output or of examples, regenerate the transcripts
# (and read the diff) with
#	UPDATE=1 sh tests/sh/examples.sh
# from the top of the source tree (BIN=bin by default); a skipped
# command keeps its stored section.
TOP=${TOP:-$(pwd)}
BIN=${BIN:-bin}
case $BIN in /*) ;; *) BIN=$TOP/$BIN ;; esac
if [ -z "$TMPDIR" ]; then
	TMPDIR=$(mktemp -d) || exit 1
	trap 'rm -rf "$TMPDIR"' EXIT INT TERM
fi
. "$TOP/tests/lib.sh"

W=$T/examples
EX=$TOP/tests/examples
rm -rf "$W"
mkdir -p "$W" || exit 1
tab=$(printf '\t')
bs=$(printf '\b')

# The examples of README.md, as a plan: "G" starts a block, "C text" is a
# command, "K text" the next line of one.
readme() {
	awk '
	# does the command go on after line s (q: the quotes so far)?
	function more(s) {
		q += gsub(/\047/, "&", s)
		return q % 2 == 1 || s ~ /(\\|\||&&)[ \t]*$/
	}
	/^```sh[ \t]*$/ { inb = 1; cont = 0; print "G"; next }
	/^```/ { inb = 0; next }
	!inb { next }
	cont { print "K " $0; cont = more($0); next }
	/^\$ / { print "C " substr($0, 3); q = 0; cont = more($0); next }
	' "$TOP/README.md"
}

# The examples of a man page, as a plan; "E text" for a line that mdoc
# would not show as written.
manpage() {
	awk '
	# does the command go on after line s (q: the quotes so far)?
	function more(s) {
		q += gsub(/\047/, "&", s)
		return q % 2 == 1 || s ~ /(\\|\||&&)[ \t]*$/
	}
	function unescape(s, raw) {
		gsub(/\\e/, "\001", s)
		gsub(/\\\(rs/, "\001", s)
		gsub(/\\\(aq/, "\047", s)
		gsub(/\\\(dq/, "\"", s)
		gsub(/\\\(ga/, "`", s)
		gsub(/\\\(ti/, "~", s)
		gsub(/\\\(ha/, "^", s)
		gsub(/\\&/, "", s)
		gsub(/\\-/, "-", s)
		if (s ~ /\\/)
			bad = "an escape this script does not know"
		gsub(/\001/, "\\", s)
		return s
	}
	function emit(s) {
		if (bad != "") {
			print "E " bad ": " s
			bad = ""
		} else if (cont) {
			print "K " s
			cont = more(s)
		} else if (s ~ /^\$ /) {
			print "C " substr(s, 3)
			q = 0
			cont = more(s)
		}
	}
	/^\.Sh / { ex = $0 ~ /^\.Sh EXAMPLES/; bd = dl = 0; next }
	!ex { next }
	/^\.Bd -literal/ { bd = 1; dl = cont = 0; print "G"; next }
	/^\.Ed/ { bd = 0; next }
	bd { emit(unescape($0)); next }
	/^\.Dl / {
		s = substr($0, 5)
		if (!dl)
			print "G"
		dl = 1
		cont = 0
		# mdoc reads a leading " of a word as quoting
		if (s ~ /(^|[ \t])"/)
			bad = "a word that starts with \" (write \\&\")"
		emit(unescape(s))
		next
	}
	{ dl = 0 }
	' "$1"
}

# The command "make demo" shows.
demo() {
	echo G
	sed -n "/^demo:/,/^\$/s/.*echo '\\\$\\\$ \\([^']*\\)'.*/C \\1/p" \
	    "$TOP/Makefile"
}

# A fresh directory for a block.
fresh() {
	rm -rf "$W/run" "$W/home"
	mkdir -p "$W/run/samples" "$W/run/corpus" "$W/home"
	cp "$TOP"/samples/* "$W/run/samples/"
	cp "$TOP"/samples/*.txt "$W/run/"
	cp "$TOP"/samples/*.txt "$W/run/corpus/"
}

# Why a command cannot run here, if it cannot.
why_skip() {
	case $1 in
	*hadoop*)	echo "needs Hadoop" ;;
	*"-S "*host*)	echo "needs ssh hosts" ;;
	*../shared*)	echo "needs ../shared (tokenize-eval.sh runs it)" ;;
	*parallel*)	command -v parallel > /dev/null 2>&1 ||
			    echo "no GNU parallel" ;;
	esac
}

# Split transcript $1 into sections $W/old/KEY.h (the command lines) and
# KEY.b (its output), KEY the cksum of the command lines.
split_old() {
	rm -rf "$W/old"
	mkdir -p "$W/old"
	[ -f "$1" ] || return 0
	awk -v d="$W/old" '
	/^\$ / {
		if (n) {
			close(d "/" n ".h")
			close(d "/" n ".b")
		}
		n++
		h = 1
		print > (d "/" n ".h")
		printf "" > (d "/" n ".b")
		next
	}
	h && /^> / { print > (d "/" n ".h"); next }
	n { h = 0; print > (d "/" n ".b") }
	' "$1"
	for h in "$W"/old/*.h; do
		[ -f "$h" ] || continue
		k=$(cksum < "$h" | cut -d ' ' -f 1)
		# the same command twice in a source: the same output twice
		if [ -f "$W/old/$k.key" ] &&
		    ! cmp -s "${h%.h}.b" "$W/old/$k.out"; then
			fail "examples/$src-stored" "two outputs for $(head -n 1 "$h")"
		fi
		mv "$h" "$W/old/$k.key"
		mv "${h%.h}.b" "$W/old/$k.out"
	done
}

# Run the command of $W/cmd, its lines in $W/head as the transcript
# shows them; $1: is it the last of its block.
one() {
	n=$((n + 1))
	name="examples/$src:$n"
	k=$(cksum < "$W/head" | cut -d ' ' -f 1)
	first=$(head -n 1 "$W/head")
	reason=$(why_skip "$(cat "$W/cmd")")
	[ -z "$reason" ] && [ -n "$skipped" ] &&
	    reason="after a skipped command of its block"
	if [ -n "$reason" ]; then
		skipped=1
		echo "SKIP $name: $reason: $first"
		if [ -f "$W/old/$k.out" ]; then
			cat "$W/head" "$W/old/$k.out" >> "$W/new"
			rm -f "$W/old/$k.key"
		fi
		return
	fi
	(cd "$W/run" && PATH="$BIN:$PATH" HOME="$W/home" sh -c "$(cat "$W/cmd")") \
	    < /dev/null > "$W/out" 2> "$W/err"
	st=$?
	cat "$W/head" "$W/out" >> "$W/new"
	if [ "$st" -ne 0 ] || [ -s "$W/err" ]; then
		fail "$name" "exit $st: $first: $(head -c 300 "$W/err")"
	elif [ "$1" = last ] && [ ! -s "$W/out" ]; then
		fail "$name" "prints nothing: $first"
	elif [ "$(wc -l < "$W/out")" -gt 25 ]; then
		fail "$name" "more than 25 lines (head?): $first"
	elif grep -q '^\$ ' "$W/out" || head -n 1 "$W/out" | grep -q '^> '; then
		fail "$name" "output that reads as a command: $first"
	elif [ -n "$UPDATE" ]; then
		pass "$name (updated)"
	elif [ ! -f "$W/old/$k.out" ]; then
		fail "$name" "no stored output in tests/examples/$src.out: $first (UPDATE=1 sh $0)"
	elif ! cmp -s "$W/old/$k.out" "$W/out"; then
		fail "$name" "$first: $(diff "$W/old/$k.out" "$W/out" | head -n 8)"
	else
		pass "$name"
	fi
	rm -f "$W/old/$k.key"
}

# The command lines of a man page as mandoc shows them, white space
# trimmed, one a line.
rendered() {
	mandoc -Tascii -O width=1000 "$1" 2> /dev/null | sed "s/.$bs//g" |
	    sed 's/^[ \t]*//; s/[ \t]*$//'
}

# Run the plan on stdin for source $src.
run_plan() {
	: > "$W/new"
	: > "$W/head"
	n=0
	while IFS= read -r l; do
		case $l in
		K\ *)	printf '%s\n' "${l#K }" >> "$W/cmd"
			printf '> %s\n' "${l#K }" >> "$W/head"
			continue ;;
		esac
		if [ -s "$W/head" ]; then
			case $l in G|'') one last ;; *) one ;; esac
			: > "$W/head"
		fi
		case $l in
		G)	fresh
			skipped= ;;
		C\ *)	printf '%s\n' "${l#C }" > "$W/cmd"
			printf '$ %s\n' "${l#C }" > "$W/head" ;;
		E\ *)	fail "examples/$src-mdoc" "${l#E }" ;;
		esac
	done
	[ -s "$W/head" ] && one last
}

for src in README.md Makefile man/*.[17]; do
	case $src in
	README.md)	readme > "$W/plan" ;;
	Makefile)	demo > "$W/plan" ;;
	*)		manpage "$TOP/$src" > "$W/plan" ;;
	esac
	src=${src#man/}
	split_old "$EX/$src.out"
	if ! grep -q '^C ' "$W/plan"; then
		fail "examples/$src" "no examples found"
		continue
	fi
	if [ "${src%.[17]}" != "$src" ]; then
		if ! command -v mandoc > /dev/null 2>&1; then
			echo "SKIP examples/$src-rendered: no mandoc"
		else
			rendered "$TOP/man/$src" > "$W/shown"
			sed -n 's/^C /$ /p; s/^K //p' "$W/plan" |
			    sed 's/^[ \t]*//; s/[ \t]*$//' > "$W/lines"
			miss=$(grep -vxF -f "$W/shown" "$W/lines" | head -n 3)
			if [ -z "$miss" ]; then pass "examples/$src-rendered"
			else fail "examples/$src-rendered" "mandoc shows otherwise: $miss"
			fi
		fi
	fi
	run_plan < "$W/plan"
	if [ -n "$UPDATE" ]; then
		mkdir -p "$EX"
		cp "$W/new" "$EX/$src.out"
	else
		for s in "$W"/old/*.key; do
			[ -f "$s" ] || continue
			fail "examples/$src-stale" "a stored section of no example: $(head -n 1 "$s") (UPDATE=1)"
		done
	fi
done
exit 0
