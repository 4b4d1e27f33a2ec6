/* Unit tests of common/: UTF-8, lines, numbers, fields, word sets. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "input.h"
#include "utf8.h"
#include "util.h"
#include "wordset.h"

static int nfail;

static void
check(int ok, const char *name)
{
	printf("%s unit/%s\n", ok ? "PASS" : "FAIL", name);
	nfail += !ok;
}

static void
test_decode(void)
{
	int32_t cp;
	size_t n, bad;

	check(u8_decode("\xE2\x80\x9C", 3, &cp) == 3 && cp == 0x201C,
	    "decode-3byte");
	check(u8_decode("\xF0\x9F\x98\x80", 4, &cp) == 4 && cp == 0x1F600,
	    "decode-4byte");
	n = u8_decode("\xC0\x80", 2, &cp);
	check(n == 1 && cp == U8_BAD, "decode-overlong");
	n = u8_decode("\xED\xA0\x80", 3, &cp);
	check(n == 1 && cp == U8_BAD, "decode-surrogate");
	n = u8_decode("\xF5\x80\x80\x80", 4, &cp);
	check(n == 1 && cp == U8_BAD, "decode-too-large");
	n = u8_decode("\xE2\x80", 2, &cp);
	check(n == 1 && cp == U8_BAD, "decode-truncated");
	check(u8_check("abc\x80" "def\xC0\x80", 10, &bad) == 3 && bad == 3,
	    "check-counts");
	check(u8_decode_back("a\xE2\x80\x94", 4, &cp) == 3 && cp == 0x2014,
	    "decode-back");
}

static void
test_normalize(void)
{
	struct buf b = { 0 };

	u8_normalize(&b, "e\xCC\x81", 3, U8_NFC);
	check(b.len == 2 && memcmp(b.s, "\xC3\xA9", 2) == 0, "nfc-compose");
	u8_normalize(&b, "STRASSE Stra\xC3\x9F" "e", 15, U8_FOLD);
	check(b.len == 15 && memcmp(b.s, "strasse strasse", 15) == 0,
	    "casefold-sharp-s");
	u8_normalize(&b, "a\x80", 2, U8_NFC);
	check(b.len == 4 && memcmp(b.s, "a\xEF\xBF\xBD", 4) == 0,
	    "normalize-invalid");
	u8_normalize(&b, "\xEF\xAC\x81", 3, U8_NFKC);
	check(b.len == 2 && memcmp(b.s, "fi", 2) == 0, "nfkc-ligature");
	{
		char w[8];

		check(u8_ascii_fold("Mar\xC3\xAD" "a", 6, w, sizeof(w)) == 5 &&
		    memcmp(w, "Maria", 5) == 0, "fold-accent");
		check(u8_ascii_fold("\xC5\x81\xC3\xB3" "d\xC5\xBA", 7, w,
		    sizeof(w)) == 0, "fold-no-base");	/* Łódź: Ł */
		check(u8_ascii_fold("Cl\xC3\xA9" "mentine", 11, w, sizeof(w)) ==
		    0, "fold-too-long");
		check(u8_ascii_fold("a\x80", 2, w, sizeof(w)) == 0,
		    "fold-invalid");
	}
	buf_free(&b);
}

static void
test_grapheme(void)
{
	const char *fam = "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9x";
	const char *flag = "\xF0\x9F\x87\xBA\xF0\x9F\x87\xB8 ";

	check(u8_grapheme_end(fam, strlen(fam), 0) == strlen(fam) - 1,
	    "grapheme-zwj");
	check(u8_grapheme_end(flag, strlen(flag), 0) == 8, "grapheme-flag");
}

/* fmt_u64 against printf at every length and at the edges. */
static void
test_fmt(void)
{
	char got[32], want[32];
	uint64_t v, p;
	int ok = 1, k;
	size_t n;

	for (p = 1, k = 0; k < 20; k++, p *= 10) {
		for (v = p - 1; v <= p + 1; v++) {
			n = fmt_u64(got, v);
			got[n] = '\0';
			snprintf(want, sizeof(want), "%llu",
			    (unsigned long long)v);
			ok &= strcmp(got, want) == 0;
		}
		if (p > UINT64_MAX / 10)
			break;
	}
	for (v = 0; v < 100000; v += 7) {
		got[fmt_u64(got, v)] = '\0';
		snprintf(want, sizeof(want), "%llu", (unsigned long long)v);
		ok &= strcmp(got, want) == 0;
	}
	got[fmt_u64(got, UINT64_MAX)] = '\0';
	ok &= strcmp(got, "18446744073709551615") == 0;
	check(ok, "fmt-u64");
}

static void
test_num(void)
{
	long long v;
	const char *e;
	struct fields f;

	check(num_parse("42", 0, 100, &v, &e) == 0 && v == 42, "num-ok");
	check(num_parse("4x", 0, 100, &v, &e) == -1, "num-invalid");
	check(num_parse("101", 0, 100, &v, &e) == -1, "num-large");
	check(fields_parse(&f, "1,3-4") == 0 && f.n == 3 && f.v[2] == 4,
	    "fields-list");
	free(f.v);
	check(fields_parse(&f, "2-") == 0 && f.open && f.v[0] == 2,
	    "fields-open");
	free(f.v);
	check(fields_parse(&f, "0") == -1 && fields_parse(&f, "3-1") == -1 &&
	    fields_parse(&f, "1,,2") == -1, "fields-bad");
	test_fmt();
}

static void
test_wordset(void)
{
	struct wordset ws;
	const char *list = "# comment\nSen.\n  Gov. \nM\xC3\x9CLLER\tx\n";

	ws_init(&ws, WS_FOLD);
	ws_load(&ws, list, strlen(list));
	check(ws.n == 3, "wordset-count");
	check(ws_has(&ws, "sen.", 4) && ws_has(&ws, "GOV.", 4),
	    "wordset-fold");
	check(!ws_has(&ws, "# comment", 9), "wordset-comment");
	check(ws_value(&ws, "m\xC3\xBCller", 7) != NULL &&
	    strcmp(ws_value(&ws, "m\xC3\xBCller", 7), "x") == 0,
	    "wordset-value");
	ws_free(&ws);
}

/* Lines from a file: CRLF, a BOM, no final newline, NUL. */
static void
test_input(void)
{
	char path[] = "/tmp/unitXXXXXX";
	struct input in;
	struct line l;
	int fd;
	const char text[] = "\xEF\xBB\xBF" "ab\r\nc\0d\n\nlast";

	if ((fd = mkstemp(path)) == -1 ||
	    write(fd, text, sizeof(text) - 1) != (ssize_t)sizeof(text) - 1) {
		check(0, "input-setup");
		return;
	}
	close(fd);
	check(input_open(&in, path) == 0, "input-open");
	check(input_line(&in, &l) == 1 && l.len == 2 && l.off == 3 &&
	    l.eol == 2 && l.lineno == 1, "input-bom-crlf");
	check(input_line(&in, &l) == 1 && l.len == 3 && l.s[1] == '\0' &&
	    l.off == 7, "input-nul");
	check(input_line(&in, &l) == 1 && l.len == 0 && l.lineno == 3,
	    "input-empty-line");
	check(input_line(&in, &l) == 1 && l.len == 4 && l.eol == 0 &&
	    l.off == 12, "input-no-final-newline");
	check(input_line(&in, &l) == 0, "input-eof");
	input_close(&in);
	unlink(path);
}

/* A line longer than a piece comes in pieces that add up to it. */
static void
test_pieces(void)
{
	char path[] = "/tmp/unitXXXXXX";
	struct input in;
	struct line l;
	size_t n = 3 * INPUT_PIECE + 12345, total = 0, i;
	uint64_t off = 0;
	char *big;
	int fd, ok = 1, npieces = 0;

	big = xmalloc(n);
	for (i = 0; i < n; i++)
		big[i] = (i % 7 == 6) ? ' ' : 'x';
	if ((fd = mkstemp(path)) == -1 || write(fd, big, n) != (ssize_t)n) {
		check(0, "pieces-setup");
		return;
	}
	close(fd);
	input_open(&in, path);
	while (input_line(&in, &l) == 1) {
		ok &= l.off == off && l.len <= INPUT_PIECE &&
		    memcmp(l.s, big + off, l.len) == 0 && l.lineno == 1;
		ok &= npieces == 0 ? !l.cont : l.cont;
		off += l.len;
		total += l.len;
		npieces++;
	}
	check(ok && total == n && npieces == 4, "pieces-long-line");
	input_close(&in);
	unlink(path);
	free(big);
}

int
main(void)
{
	test_decode();
	test_normalize();
	test_grapheme();
	test_num();
	test_wordset();
	test_input();
	test_pieces();
	return nfail != 0;
}
