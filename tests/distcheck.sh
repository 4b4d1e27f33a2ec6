#!/bin/sh
# distcheck.sh DIST: "make distcheck".  DIST.tar.gz, unpacked in a new
# temporary directory (no ../shared beside it, so the evaluation tests
# print SKIP lines), must build with -Werror, pass "make check", install
# into a staging DESTDIR and uninstall from it leaving no file behind.
set -u
dist=${1:?usage: sh tests/distcheck.sh newsfilters-VERSION}
tgz=$(pwd)/$dist.tar.gz
tmp=$(mktemp -d) || exit 1
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT INT TERM
say() { echo "distcheck: $*"; }

gzip -dc "$tgz" | (cd "$tmp" && tar -xf -) || { say "cannot unpack $tgz"; exit 1; }
cd "$tmp/$dist" || exit 1
[ ! -e ../shared ] || { say "$tmp/shared exists"; exit 1; }
make CI=1 > "$tmp/build.log" 2>&1 || { tail -20 "$tmp/build.log"; say "build failed"; exit 1; }
make check > "$tmp/check.log" 2>&1
st=$?
grep '^FAIL\|passed, .* failed$' "$tmp/check.log"
[ $st -eq 0 ] || { say "make check failed"; exit 1; }
say "$(grep -c '^SKIP' "$tmp/check.log") SKIP lines, among them:"
grep '^SKIP' "$tmp/check.log" | sort -u | head -8
make install DESTDIR="$tmp/stage" > /dev/null || { say "install failed"; exit 1; }
[ -x "$tmp/stage/usr/local/bin/tokenize" ] || { say "nothing installed"; exit 1; }
make uninstall DESTDIR="$tmp/stage" > /dev/null || { say "uninstall failed"; exit 1; }
left=$(find "$tmp/stage" ! -type d)
[ -z "$left" ] || { say "left after uninstall: $left"; exit 1; }
say "$dist.tar.gz: built, checked, installed and uninstalled on its own"
