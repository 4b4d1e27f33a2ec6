#!/bin/sh
# install.sh: "make install" into a staging DESTDIR puts the programs
# (mode 755), the pages (644) and the bash completion (one file, a link
# for each other program) where PREFIX, BINDIR, MANDIR and COMPDIR say;
# "make uninstall" removes all of it and the directories left empty, and
# keeps a file it did not install.  The programs of $BIN are installed as
# they are ("-o all": nothing is rebuilt).
. tests/lib.sh

if ! command -v "${MAKE:-make}" >/dev/null 2>&1; then
	echo "SKIP install: no make"
	exit 0
fi
S=$T/stage
rm -rf "$S"
mk() {
	MAKEFLAGS= MAKELEVEL= "${MAKE:-make}" -s -o all B="$BIN" DESTDIR="$S" \
	    "$@" > "$T/make.log" 2>&1
}
# mode PATH: the permission bits as ls -l shows them
mode() { ls -ld "$1" | cut -c2-10; }

P=$S/opt/nf
if mk PREFIX=/opt/nf install; then pass install/make-install
else fail install/make-install "$(head -c 300 "$T/make.log")"; fi

bad=
for p in "$BIN"/*; do
	[ -f "$p" ] && [ -x "$p" ] || continue
	t=${p##*/}
	[ "$(mode "$P/bin/$t")" = rwxr-xr-x ] || bad="$bad bin/$t"
	[ "$(mode "$P/share/man/man1/$t.1")" = rw-r--r-- ] ||
	    bad="$bad man1/$t.1"
	c=$P/share/bash-completion/completions/$t
	[ -f "$c" ] && grep -q "complete -F _newsfilters .*$t" "$c" ||
	    bad="$bad completions/$t"
done
[ "$(mode "$P/share/man/man7/newsfilters.7")" = rw-r--r-- ] ||
    bad="$bad man7/newsfilters.7"
[ -z "$bad" ] && pass install/files || fail install/files "wrong or missing:$bad"
n=$(find "$P/share/bash-completion/completions" -type f | wc -l)
l=$(find "$P/share/bash-completion/completions" -type l | wc -l)
if [ "$n" -eq 1 ] && [ "$l" -eq 4 ]; then pass install/completion-links
else fail install/completion-links "$n files, $l links (want 1 and 4)"; fi
if "$P/bin/freq" --version > "$T/v" 2>&1 && grep -q '^freq ' "$T/v"; then
	pass install/runs
else
	fail install/runs "$(head -c 200 "$T/v")"
fi

# a file of someone else's in a directory of ours stays, and so does the
# directory; everything else goes
: > "$P/share/man/man1/other.1"
if mk PREFIX=/opt/nf uninstall; then pass install/make-uninstall
else fail install/make-uninstall "$(head -c 300 "$T/make.log")"; fi
left=$(cd "$S" && find . ! -type d | sort | tr '\n' ' ')
if [ "$left" = "./opt/nf/share/man/man1/other.1 " ] &&
    [ ! -d "$P/bin" ] && [ ! -d "$P/share/bash-completion" ] &&
    [ ! -d "$P/share/man/man7" ]; then
	pass install/uninstall-leaves-only-others
else
	fail install/uninstall-leaves-only-others "left: $left$(cd "$S" && find . -type d | tr '\n' ' ')"
fi
rm -f "$P/share/man/man1/other.1"
mk PREFIX=/opt/nf uninstall
if [ ! -d "$P" ] && [ -d "$S/opt" ]; then pass install/uninstall-empty-dirs
else fail install/uninstall-empty-dirs "left: $(cd "$S" && find . | tr '\n' ' ')"; fi

# BINDIR and MANDIR on their own
rm -rf "$S"
mk PREFIX=/usr BINDIR=/bin MANDIR=/usr/man install
if [ -x "$S/bin/tokenize" ] && [ -f "$S/usr/man/man1/tokenize.1" ] &&
    [ -f "$S/usr/share/bash-completion/completions/tokenize" ]; then
	pass install/bindir-mandir
else
	fail install/bindir-mandir "got: $(cd "$S" && find . ! -type d | head -5 | tr '\n' ' ')"
fi
mk PREFIX=/usr BINDIR=/bin MANDIR=/usr/man uninstall
left=$(cd "$S" && find . ! -type d | wc -l)
[ "$left" -eq 0 ] && pass install/bindir-mandir-uninstall ||
    fail install/bindir-mandir-uninstall "$left files left"
rm -rf "$S"
