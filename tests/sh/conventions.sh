#!/bin/sh
# conventions.sh: the conventions every tool follows (README, issue 2),
# checked on every program in $BIN: --help, --version, bad options,
# empty input, /dev/full, missing and directory operands, a closed pipe,
# --header and -H with several files (empty ones too).
. tests/lib.sh

W=$T/conv
mkdir -p "$W"
ART=$TOP/samples/article.txt
# A closed pipe must end a tool quietly even when whoever ran "make check"
# ignores SIGPIPE (a shell cannot undo that; env(1) of coreutils 8.31+ can).
if env --default-signal=PIPE true 2>/dev/null; then
	DFL='env --default-signal=PIPE'
else
	DFL=
fi
# ... and when SIGPIPE is ignored, a tool ends as if it had not been:
# quietly, killed by SIGPIPE (issue 17, finding 4)
IGN=
env --ignore-signal=PIPE true 2>/dev/null && IGN='env --ignore-signal=PIPE'

# Two good documents for a tool, in $W: g1 and g2.  freq counts lines, so
# its documents are tokens one a line, like "tokenize | cut -f1".
inputs() {
	case $1 in
	freq)	tr -s ' \t' '\n\n' < "$ART" > "$W/g1"
		printf 'the\nsenator\nsaid\nthe\n' > "$W/g2" ;;
	*)	cp "$ART" "$W/g1"
		printf '%s\n' 'Sen. Rand Paul said on Wednesday that he met officials in Moscow.' \
		    '“We should talk,” he said. The U.S. Embassy had no comment.' > "$W/g2" ;;
	esac
	: > "$W/empty"
}

# Bad option values of TOOL, one case a line (shell words): each must be
# a usage error, status 2 and a "usage:" line after the message, as grep
# and cut do.
bad_values() {
	case $1 in
	freq)	cat <<-'EOF'
		-n 0
		-n x
		-m 0
		-m -3
		-g 0
		-g 65
		-f 0
		-f 2-1
		-f ''
		-e '('
		-e a -e [b
		-v
		-M -g 2
		--top=99999999999999999999
		--stopwords=x=y -n
		EOF
		;;
	entities)	cat <<-'EOF'
		-j 0
		-j 99
		-j two
		--jobs=
		-t ''
		-t persn
		-t PERSON,,ORG
		-t ,
		--types=ORG,x
		EOF
		;;
	quotes)	cat <<-'EOF'
		-k ''
		-k dirct
		-k direct,,partial
		-k direct,
		--kinds=Partial,x
		EOF
		;;
	esac
	# every program: an option given a value it does not take, a value
	# missing
	echo '--header=yes'
	echo '--with-filename=1'
}

# big TOOL MB: a large document, about MB megabytes of whole lines on
# stdout (valid UTF-8 to the end: a program may read ahead of what it
# writes, entities by a few blocks)
big() {
	case $1 in
	freq)	yes 'word' | head -n "$(($2 << 18))" ;;
	*)	yes 'The senator said on Wednesday that “talks will go on,” the report added.' |
		    head -n "$(($2 << 20 >> 6))" ;;
	esac
}

for prog in "$BIN"/*; do
	[ -f "$prog" ] && [ -x "$prog" ] || continue
	t=${prog##*/}
	inputs "$t"
	cd "$W" || exit 1

	# --help and --version
	"$prog" --help > o 2> err; st=$?
	if [ $st -eq 0 ] && grep -q '^usage: ' o && [ ! -s err ]; then
		pass "$t-help"
	else
		fail "$t-help" "exit $st, stdout: $(head -c 100 o)"
	fi
	# --help opens with the usage (its synopsis may take more lines, each
	# indented), then one line that says what the program does, then a
	# blank line
	if awk -v t="$t" '
	    NR == 1 { ok = index($0, "usage: " t " ") == 1; next }
	    !ok { exit }
	    d == 0 && /^[ \t]/ { next }
	    d == 0 { d = 1; ok = /^[A-Z].*\.$/; next }
	    d == 1 { d = 2; ok = $0 == ""; exit }
	    END { exit !(ok && d == 2) }' o; then
		pass "$t-help-describes"
	else
		fail "$t-help-describes" "want usage, one line of description, a blank line: $(head -n 4 o | tr '\n' '|')"
	fi
	"$prog" --version > o 2> err; st=$?
	if [ $st -eq 0 ] && [ -s o ] && [ ! -s err ]; then pass "$t-version"
	else fail "$t-version" "exit $st, stdout: $(head -c 100 o)"; fi

	# bad usage: exit 2, usage on stderr, nothing on stdout
	for opt in --no-such-option -@; do
		"$prog" $opt g1 > o 2> err; st=$?
		if [ $st -eq 2 ] && [ ! -s o ] && grep -q 'usage: ' err; then
			pass "$t-bad-option $opt"
		else
			fail "$t-bad-option $opt" "exit $st (want 2), stdout $(wc -c < o) bytes, stderr: $(head -c 100 err)"
		fi
	done

	bad_values "$t" > cases
	while IFS= read -r args; do
		eval "set -- $args"
		"$prog" "$@" g1 > o 2> err < /dev/null; st=$?
		if [ $st -eq 2 ] && [ ! -s o ] && [ "$(wc -l < err)" -ge 2 ] &&
		    head -n 1 err | grep -q "^\(.*/\)\{0,1\}$t: " &&
		    sed 1d err | grep -q "^usage: $t "; then
			pass "$t-bad-value $args"
		else
			fail "$t-bad-value $args" "exit $st (want 2), stdout $(wc -c < o) bytes, stderr: $(head -c 200 err | tr '\n' '|')"
		fi
	done < cases
	# an unknown name in a list: the message names it
	unk=
	case $t in
	quotes)	unk=-k ;;
	entities)	unk=-t ;;
	esac
	if [ -n "$unk" ]; then
		"$prog" $unk Kestrel g1 > o 2> err
		if head -n 1 err | grep -q -- ": $unk: Kestrel: unknown "; then
			pass "$t-unknown-name-message"
		else
			fail "$t-unknown-name-message" "$(head -n 1 err)"
		fi
	fi

	# empty input: no output, exit 0, no message
	"$prog" < /dev/null > o 2> err; st=$?
	if [ $st -eq 0 ] && [ ! -s o ] && [ ! -s err ]; then pass "$t-devnull"
	else fail "$t-devnull" "exit $st, stdout $(wc -c < o) bytes, stderr: $(head -c 100 err)"; fi
	"$prog" empty empty < /dev/null > o 2> err2; st=$?
	if [ $st -eq 0 ] && [ ! -s o ] && [ ! -s err2 ]; then pass "$t-empty-files"
	else fail "$t-empty-files" "exit $st, stdout $(wc -c < o) bytes, stderr: $(head -c 100 err2)"; fi

	# a full disk
	"$prog" g1 > /dev/full 2> err; st=$?
	if [ $st -eq 1 ] && grep -qx "$t: <stdout>: No space left on device" err
	then
		pass "$t-dev-full"
	else
		fail "$t-dev-full" "exit $st, stderr: $(head -c 200 err)"
	fi
	"$prog" < g1 > /dev/full 2> err; st=$?
	if [ $st -eq 1 ] && grep -qx "$t: <stdout>: No space left on device" err
	then
		pass "$t-dev-full-stdin"
	else
		fail "$t-dev-full-stdin" "exit $st, stderr: $(head -c 200 err)"
	fi

	# stdin as "-" is the same as no operand
	"$prog" < g2 > o1 2>&1
	"$prog" - < g2 > o2 2>&1
	same "$t-dash-is-stdin" o1 o2

	# a missing file among good ones: message, exit 1, the good output
	"$prog" g1 g2 > want 2> err
	"$prog" g1 nofile g2 > o 2> err; st=$?
	if [ $st -eq 1 ] && grep -qx "$t: nofile: No such file or directory" err
	then
		pass "$t-missing-file"
	else
		fail "$t-missing-file" "exit $st, stderr: $(head -c 200 err)"
	fi
	same "$t-missing-file-output" want o
	"$prog" g1 > want 2> err
	"$prog" g1 nofile > o 2> err
	same "$t-missing-file-last" want o
	# the message is a whole line of its own, never inside a record
	"$prog" g1 nofile g2 > o 2> /dev/null
	"$prog" g1 nofile g2 > o2 2>&1
	if grep -qx "$t: nofile: No such file or directory" o2 &&
	    grep -vx "$t: nofile: No such file or directory" o2 | cmp -s - o
	then
		pass "$t-missing-file-not-interleaved"
	else
		fail "$t-missing-file-not-interleaved" "stdout and stderr mixed: $(head -c 200 o2)"
	fi

	# a directory operand: message, exit 1, the rest still done
	mkdir -p dir
	"$prog" g1 g2 > want 2> err
	"$prog" g1 dir g2 > o 2> err; st=$?
	if [ $st -eq 1 ] && grep -q "^$t: dir: " err; then pass "$t-directory"
	else fail "$t-directory" "exit $st, stderr: $(head -c 200 err)"; fi
	same "$t-directory-output" want o

	# an unreadable file (root reads everything: skip then)
	cp g2 noread && chmod 000 noread
	if ! cat noread > /dev/null 2>&1; then
		"$prog" noread g2 > o 2> err; st=$?
		"$prog" g2 > want 2> /dev/null
		if [ $st -eq 1 ] && grep -qx "$t: noread: Permission denied" err &&
		    cmp -s want o; then
			pass "$t-unreadable"
		else
			fail "$t-unreadable" "exit $st, stderr: $(head -c 200 err)"
		fi
	else
		echo "SKIP $t-unreadable: running as root"
	fi
	rm -f noread

	# a closed pipe: quiet, prompt
	n=20
	[ -n "$SANITIZED" ] && n=4
	rm -f st
	start=$(date +%s)
	big "$t" $n | { $DFL "$prog" 2> err; echo $? > st; } | head -n 1 > o
	secs=$(($(date +%s) - start))
	st=$(cat st)
	if [ ! -s err ] && [ -s o ] && [ "$secs" -le 20 ] &&
	    { [ "$st" -eq 0 ] || [ "$st" -eq 141 ]; }; then
		pass "$t-closed-pipe"
	else
		fail "$t-closed-pipe" "exit $st in ${secs}s, first line $(wc -c < o) bytes, stderr: $(head -c 200 err)"
	fi
	if [ -n "$IGN" ]; then
		rm -f st
		big "$t" $n | { $IGN "$prog" 2> err; echo $? > st; } |
		    head -n 1 > o
		st=$(cat st)
		if [ ! -s err ] && [ -s o ] &&
		    { [ "$st" -eq 0 ] || [ "$st" -eq 141 ]; }; then
			pass "$t-closed-pipe-ignored"
		else
			fail "$t-closed-pipe-ignored" "exit $st, stderr: $(head -c 200 err)"
		fi
	else
		echo "SKIP $t-closed-pipe-ignored: no env --ignore-signal"
	fi

	# --header: one header, first, whatever the files (empty ones too)
	"$prog" --header g1 > o 2> /dev/null
	head -n 1 o > hdr
	"$prog" --header empty g1 empty g2 empty > o 2> err2; st=$?
	"$prog" g1 g2 > want 2> /dev/null
	if [ $st -eq 0 ] && [ -s hdr ] && head -n 1 o | cmp -s - hdr &&
	    tail -n +2 o | cmp -s - want; then
		pass "$t-header-several-files"
	else
		fail "$t-header-several-files" "exit $st, header '$(cat hdr)', got: $(head -n 2 o | tr '\t\n' '|;')"
	fi
	if [ "$(grep -cxF -f hdr o)" -eq 1 ]; then pass "$t-header-once"
	else fail "$t-header-once" "header row appears $(grep -cxF -f hdr o) times"; fi
	"$prog" --header -H empty g1 empty > o 2> /dev/null
	if head -n 1 o | cmp -s - hdr; then
		fail "$t-header-with-filename" "header has no file column: $(head -n 1 o)"
	else
		printf 'file\t%s\n' "$(cat hdr)" > hdr2
		if head -n 1 o | cmp -s - hdr2; then pass "$t-header-with-filename"
		else fail "$t-header-with-filename" "got '$(head -n 1 o)'"; fi
	fi

	# -H: a file column on every row, the rest unchanged
	"$prog" -H g1 empty g2 > o 2> err2; st=$?
	case $t in
	freq)	# per-file counts: the rows of each file, in count order
		{ "$prog" g1 | sed 's/^/g1	/'
		  "$prog" g2 | sed 's/^/g2	/'; } | sort > want
		sort o > o2
		same "$t-with-filename" want o2 ;;
	*)	{ "$prog" g1 | sed 's/^/g1	/'
		  "$prog" g2 | sed 's/^/g2	/'; } > want
		same "$t-with-filename" want o ;;
	esac
	"$prog" --with-filename g2 > o 2> /dev/null
	"$prog" g2 | sed 's/^/g2	/' > want
	same "$t-with-filename-long" want o
	cd "$TOP" || exit 1
done
