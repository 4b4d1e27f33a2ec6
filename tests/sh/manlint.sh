#!/bin/sh
# manlint.sh: the manual pages are clean for mandoc -Tlint at its default
# level (style messages included), and every .Xr names a page that exists.
#
# mandoc checks .Xr against the system's manual tree only (-M and MANPATH
# do not reach that check), where the suite's pages are not until they are
# installed.  So the pages are installed here into a manual tree of their
# own, indexed with makewhatis as "make install" and a package would, and
# a reference that mandoc misses is good when that tree holds the page.
# One to another program's page missing from this system (parallel(1)
# where GNU parallel is not installed) is a SKIP, not a failure.
# Also "make lint".
TOP=${TOP:-$(pwd)}
. "$TOP/tests/lib.sh"
cd "$TOP" || exit 1

if ! command -v mandoc >/dev/null 2>&1; then
	echo "SKIP docs/mandoc-lint: no mandoc"
	exit 0
fi
d=$(mktemp -d "$T/manlint.XXXXXX") || exit 1
trap 'rm -rf "$d"' EXIT
mkdir -p "$d/tree/man1" "$d/tree/man7"
cp man/*.1 "$d/tree/man1/" && cp man/*.7 "$d/tree/man7/" || exit 1

# the index: makewhatis reads each page's NAME section as man(1) will
mw=$(command -v makewhatis || { [ -x /usr/sbin/makewhatis ] &&
    echo /usr/sbin/makewhatis; })
if [ -n "$mw" ]; then
	if "$mw" -p "$d/tree" > "$d/mw" 2>&1 && [ ! -s "$d/mw" ] &&
	    [ -f "$d/tree/mandoc.db" ]; then
		pass "docs/makewhatis"
	else
		fail "docs/makewhatis" "$(head -3 "$d/mw" | tr '\n' ' ')"
	fi
else
	echo "SKIP docs/makewhatis: no makewhatis"
fi

# Messages are on standard output; standard error has only mandoc's notes
# on the system's index ("mandoc.db lacks sort(1) entry"): the page was
# found all the same.
mandoc -Tlint man/*.[17] > "$d/lint" 2> /dev/null
bad=
while IFS= read -r msg; do
	ref=$(printf '%s\n' "$msg" |
	    sed -n 's/.*: referenced manual not found: Xr \([^ ]*\) \([^ ]*\).*/\1 \2/p')
	if [ -z "$ref" ]; then
		bad="$bad${bad:+; }$msg"
		continue
	fi
	set -- $ref
	if [ -f "$d/tree/man$2/$1.$2" ]; then
		continue
	elif [ -f "man/$1.$2" ] || [ -f "$TOP/cmd/$1.c" ]; then
		bad="$bad${bad:+; }$msg"
	else
		echo "SKIP docs/xr-$1.$2: $1($2) is not installed here"
	fi
done < "$d/lint"
if [ -z "$bad" ]; then
	pass "docs/mandoc-lint"
else
	fail "docs/mandoc-lint" "$(printf '%s' "$bad" | head -c 600)"
fi
