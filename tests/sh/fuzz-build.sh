#!/bin/sh
# fuzz-build.sh: every libFuzzer harness of tests/fuzz/ still compiles
# against the current sources (checked with the C compiler, syntax only,
# so that no libFuzzer is needed): a harness includes a tool's source
# whole, and a name the tool gains can clash with one of the harness's.
. tests/lib.sh

CC=${CC:-cc}
PKG=${PKG_CONFIG:-pkg-config}
if ! command -v "$CC" > /dev/null 2>&1 ||
    ! flags=$($PKG --cflags libutf8proc libpcre2-8 2> /dev/null); then
	echo "SKIP fuzz-build: no $CC or $PKG"
	exit 0
fi
CF="-fsyntax-only -std=c99 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -DINPUT_PIECE=512 -Icommon -I. $flags"
for c in cmd/*.c; do
	n=$(basename "$c" .c)
	if $CC $CF -DFUZZ_TOOL_$n "-DTOOL_SRC=\"$c\"" tests/fuzz/fuzz_tool.c \
	    2> "$T/e"; then
		pass "fuzz-build-tool-$n"
	else
		fail "fuzz-build-tool-$n" "$(head -c 300 "$T/e")"
	fi
done
for n in $(sed -n 's/^#.*defined(FUZZ_\([a-z0-9]*\)).*/\1/p' \
    tests/fuzz/fuzz_common.c | sort -u); do
	if $CC $CF -DFUZZ_$n tests/fuzz/fuzz_common.c 2> "$T/e"; then
		pass "fuzz-build-common-$n"
	else
		fail "fuzz-build-common-$n" "$(head -c 300 "$T/e")"
	fi
done
