/*
 * fuzz_common.c: libFuzzer harnesses for the pieces of common/, one per
 * -DFUZZ_<name>: input (the line reader), tok (tok_next), sent
 * (sent_split), tsv (tsv_text), utf8 (decoding, graphemes, normalising),
 * names (the model of who is who: doc.c, ner.c, names.c, coref.c),
 * tables (the tables built with the programs against the lists).
 * Besides the sanitizers' checks, each one asserts what its header
 * promises (abort() on a broken promise, which libFuzzer reports as a
 * crash with the input that shows it).  run.sh builds common/ with a small
 * INPUT_PIECE so that short inputs exercise long-line pieces.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "coref.h"
#include "doc.h"
#include "input.h"
#include "lexicon.h"
#include "names.h"
#include "ner.h"
#include "sent.h"
#include "sentin.h"
#include "tok.h"
#include "tsv.h"
#include "utf8.h"
#include "util.h"
#include "wordset.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

#define CHECK(c)	do { if (!(c)) { fprintf(stderr, \
	"%s:%d: broken promise: %s\n", __FILE__, __LINE__, #c); abort(); } \
	} while (0)

/* Is the character at s[i] white space by u8_isspace (bad bytes: no)? */
static size_t
space_at(const char *s, size_t n, size_t i, int *sp)
{
	int32_t cp;
	size_t k;

	k = u8_decode(s + i, n - i, &cp);
	*sp = cp != U8_BAD && u8_isspace(cp);
	return k;
}

#if defined(FUZZ_input) || defined(FUZZ_sentin)
/* The input as a file (in memory) at path, for the readers of input.h. */
static int	memfd = -1;
static char	path[64];

static void
to_file(const uint8_t *data, size_t size)
{
	if (memfd == -1) {
		if ((memfd = memfd_create("fuzz", 0)) == -1)
			abort();
		snprintf(path, sizeof(path), "/proc/self/fd/%d", memfd);
	}
	if (ftruncate(memfd, 0) == -1 ||
	    (size > 0 && pwrite(memfd, data, size, 0) != (ssize_t)size))
		abort();
}
#endif

#if defined(FUZZ_input)
/* Pieces put back together give the document; offsets and lines agree. */

static void
read_all(const uint8_t *data, size_t size, int block)
{
	struct input in;
	struct line l;
	size_t at, skip = 0;
	uint64_t lineno = 1;
	int r, midline = 0;

	if (size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		skip = 3;
	if (input_open(&in, path) == -1)
		abort();
	at = skip;
	while ((r = block ? input_block(&in, &l) : input_line(&in, &l)) == 1) {
		CHECK(l.off == at);
		CHECK(l.len <= INPUT_PIECE || !l.more);
		CHECK(at + l.len + (size_t)l.eol <= size);
		CHECK(memcmp(l.s, data + at, l.len) == 0);
		CHECK(l.cont == midline);
		if (!block) {
			CHECK(l.lineno == lineno);
			if (l.eol == 1)
				CHECK(data[at + l.len] == '\n');
			if (l.eol == 2)
				CHECK(memcmp(data + at + l.len, "\r\n", 2) == 0);
			if (!l.more && l.eol == 0)
				CHECK(at + l.len == size);
			CHECK(memchr(l.s, '\n', l.len) == NULL);
			if (!l.more)
				lineno++;
		}
		midline = l.more;
		at += l.len + (size_t)l.eol;
	}
	CHECK(r == 0);
	CHECK(at == size);
	{
		size_t nb;
		u8_check((const char *)data + skip, size - skip, &nb);
		CHECK((nb == 0) == (in.nbad == 0));
	}
	input_close(&in);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	to_file(data, size);
	read_all(data, size, 0);
	read_all(data, size, 1);
	return 0;
}

#elif defined(FUZZ_tok)
/* Tokens are ordered, non-empty, hold no white space, and cover every
 * character that is not white space. */
static void
tokens(const char *s, size_t n, int flags)
{
	struct tok t = TOK_INIT;
	size_t pos = 0, last = 0, i, k;
	int sp, guard = 0;

	while (tok_next(s, n, &pos, &t, flags)) {
		CHECK(t.start < t.end && t.end <= n);
		CHECK(t.start >= last);
		CHECK(t.cls >= 0 && t.cls < TOK_NCLASS);
		for (i = last; i < t.start; i += k) {
			k = space_at(s, n, i, &sp);
			CHECK(sp);	/* nothing between tokens but space */
		}
		for (i = t.start; i < t.end; i += k) {
			k = space_at(s, n, i, &sp);
			CHECK(!sp);
		}
		CHECK(i == t.end);	/* ends on a character boundary */
		last = t.end;
		CHECK(++guard <= (int)n + 1);
	}
	CHECK(pos == n);
	for (i = last; i < n; i += k) {
		k = space_at(s, n, i, &sp);
		CHECK(sp);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s;

	s = xmemdup((const char *)data, size);	/* s[size] readable */
	tokens(s, size, 0);
	tokens(s, size, TOK_PTB);
	free(s);
	return 0;
}

#elif defined(FUZZ_sent)
/* Sentences are ordered, non-empty, trimmed, within the paragraph, and
 * every character that is not white space is in one of them.  White space
 * here is what sent.c takes for it: ASCII up to the space, Unicode's space
 * separators and U+FEFF (a byte order mark where files were joined); not
 * DEL, C1 controls or U+1680 (unlike u8_isspace). */
static size_t
sent_space(const char *s, size_t n, size_t i, int *sp)
{
	int32_t c;
	size_t k;

	k = u8_decode(s + i, n - i, &c);
	*sp = (c >= 0 && c <= 0x20) || c == 0xA0 ||
	    (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
	    c == 0x3000 || c == 0x2028 || c == 0x2029 || c == 0xFEFF;
	return k;
}
#define space_at	sent_space

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct spanv v = { 0 };
	const char *s;
	char *p;
	size_t i, j, k, n, last = 0;
	int sp;

	p = xmemdup((const char *)data, size);
	s = p;
	n = sent_split(s, size, &v);
	CHECK(n == v.n);
	for (i = 0; i < v.n; i++) {
		CHECK(v.v[i].start < v.v[i].end && v.v[i].end <= size);
		CHECK(v.v[i].start >= last);
		space_at(s, size, v.v[i].start, &sp);
		CHECK(!sp);
		for (j = last; j < v.v[i].start; j += k) {
			k = space_at(s, size, j, &sp);
			CHECK(sp);
		}
		last = v.v[i].end;
	}
	for (j = last; j < size; j += k) {
		k = space_at(s, size, j, &sp);
		CHECK(sp);
	}
	spanv_free(&v);
	free(p);
	return 0;
}

#elif defined(FUZZ_tsv)
/* A text field: no TAB, CR or LF, valid UTF-8, no space at either end,
 * no two spaces in a row. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *real;
	char *out = NULL;
	size_t len = 0, nb;
	FILE *fp;

	if (real == NULL)
		real = stdout;
	if ((fp = open_memstream(&out, &len)) == NULL)
		abort();
	stdout = fp;
	tsv_text((const char *)data, size);
	fclose(fp);
	stdout = real;
	CHECK(memchr(out, '\t', len) == NULL);
	CHECK(memchr(out, '\r', len) == NULL);
	CHECK(memchr(out, '\n', len) == NULL);
	CHECK(memchr(out, '\0', len) == NULL);
	CHECK(u8_check(out, len, &nb) == len && nb == 0);
	if (len > 0) {
		CHECK(out[0] != ' ' && out[len - 1] != ' ');
		CHECK(memmem(out, len, "  ", 2) == NULL);
	}
	free(out);
	return 0;
}

#elif defined(FUZZ_utf8)
/* Decoding steps forward and back alike; normalising gives valid UTF-8,
 * and NFC and NFKC are idempotent; grapheme clusters make progress. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int modes[] = { U8_NFC, U8_NFKC, U8_NFC | U8_FOLD,
	    U8_NFKC | U8_FOLD };
	struct buf a = { 0 }, b = { 0 }, c = { 0 };
	const char *s = (const char *)data;
	size_t i, k, nb, m;
	int32_t cp, cp2;
	char *p;

	for (i = 0; i < size; i += k) {
		k = u8_decode(s + i, size - i, &cp);
		CHECK(k >= 1 && k <= 4 && i + k <= size);
		if (cp != U8_BAD) {
			CHECK(u8_decode_back(s, i + k, &cp2) == k);
			CHECK(cp2 == cp);
		}
	}
	p = xmemdup(s, size);
	for (i = 0; i < size; i = k) {
		k = u8_grapheme_end(p, size, i);
		CHECK(k > i && k <= size);
	}
	free(p);
	u8_scrub(&c, s, size);
	CHECK(u8_check(c.s, c.len, &nb) == c.len);
	for (m = 0; m < sizeof(modes) / sizeof(modes[0]); m++) {
		u8_normalize(&a, s, size, modes[m]);
		CHECK(u8_check(a.s, a.len, &nb) == a.len && nb == 0);
		if (!(modes[m] & U8_FOLD)) {
			u8_normalize(&b, a.s, a.len, modes[m]);
			CHECK(b.len == a.len && memcmp(a.s, b.s, a.len) == 0);
		}
	}
	buf_free(&a);
	buf_free(&b);
	buf_free(&c);
	return 0;
}

#elif defined(FUZZ_sentin)
/* Documents and lines out of text or sentsplit rows: text gives the input
 * line by line; rows give a paragraph's sentences joined (or, for a row
 * that does not parse, the row) as a line with the zeros input.h promises
 * after it; no byte but the spaces between sentences is handed on twice
 * or made up, and the input keeps its own name. */
#define PAD_ROOM	(4096 + INPUT_PIECE)	/* a gap, then a whole row */

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char zero[INPUT_PAD + 1];
	struct input in;
	struct sentin si;
	struct line l;
	const char *name;
	size_t total = 0, ndoc = 0, i;
	int r;

	to_file(data, size);
	if (input_open(&in, path) == -1)
		abort();
	name = in.name;
	r = sentin_open(&si, &in);
	CHECK(r == 0);
	while (sentin_doc(&si)) {
		CHECK(++ndoc <= size + 1);
		CHECK(in.name != NULL && in.label != NULL);
		while ((r = sentin_line(&si, &l)) == 1) {
			CHECK(l.len <= INPUT_PIECE + PAD_ROOM || !l.more);
			for (i = 0; i < l.len; i++)	/* the spaces between */
				total += l.s[i] != ' ';	/* sentences are added */
			CHECK(total <= size);
			if (si.rows)
				CHECK(memcmp(l.s + l.len, zero, INPUT_PAD) == 0);
			else
				CHECK(l.off + l.len <= size);
		}
		CHECK(r == 0);
	}
	sentin_close(&si);
	CHECK(in.name == name);
	input_close(&in);
	return 0;
}

#elif defined(FUZZ_names)
/* The input as lines, one paragraph each: quotation spans lie in their
 * paragraph, sorted and apart; every mention by name or pronoun lies in
 * the document, in order, and refers to an entity or none; pronouns refer
 * to persons only. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct ner *nr;
	static struct names nm;
	struct doc_para pv[64];
	struct spanv q = { NULL, 0, 0 };
	const struct ner_mention *m;
	char *s = xmemdup((const char *)data, size);	/* s[size] readable */
	const char *e;
	size_t np = 0, i, n, a, b, p;

	if (nr == NULL) {
		nr = ner_new();
		names_init(&nm);
	}
	for (p = 0; p < size && np < LEN(pv); p = (size_t)(e - s) + 1) {
		e = memchr(s + p, '\n', size - p);
		if (e == NULL)
			e = s + size;
		pv[np].s = s + p;
		pv[np].len = (size_t)(e - s) - p;
		pv[np].off = p;
		q.n = 0;
		doc_quoted(pv[np].s, pv[np].len, &q);
		for (i = 0; i < q.n; i++) {
			CHECK(q.v[i].start < q.v[i].end);
			CHECK(q.v[i].end <= pv[np].len);
			CHECK(i == 0 || q.v[i - 1].end <= q.v[i].start);
		}
		for (a = 0; doc_word(pv[np].s, pv[np].len, a, &a, &b); a = b)
			CHECK(a < b && b <= pv[np].len);
		ner_para(nr, pv[np].s, pv[np].len, p, np + 1);
		np++;
	}
	m = ner_resolve(nr, &n);
	names_clear(&nm);
	names_add(&nm, m, n);
	names_evidence(&nm, pv, np);
	coref_pronouns(&nm, pv, np);
	ner_reset(nr);
	for (i = 0; i < nm.nm; i++) {
		CHECK(nm.mv[i].start < nm.mv[i].end && nm.mv[i].end <= size);
		CHECK(i == 0 || nm.mv[i - 1].start <= nm.mv[i].start);
		CHECK(nm.mv[i].ent < nm.ne);
	}
	for (i = 0; i < nm.np; i++) {
		CHECK(nm.pv[i].start < nm.pv[i].end && nm.pv[i].end <= size);
		CHECK(i == 0 || nm.pv[i - 1].start < nm.pv[i].start);
		CHECK(nm.pv[i].ent == NAMES_NONE ||
		    nm.ev[nm.pv[i].ent].type == NER_PERSON);
		CHECK(names_pronoun(&nm, nm.pv[i].start) == &nm.pv[i]);
	}
	for (i = 0; i < nm.ne; i++)
		CHECK(names_gender(&nm, (uint32_t)i) == 0 ||
		    nm.ev[i].type == NER_PERSON);
	spanv_free(&q);
	free(s);
	return 0;
}

#elif defined(FUZZ_tables)
/* The tables built with the programs (common/data/tabgen.c) answer every
 * lookup as the same lists built at run time do: the input's lines as
 * keys, in a plain set, a folded one and the lexicon. */
WS_TABLE(ent_common);
WS_TABLE_FOLD(quote_titles);
DATA(ent_common);
DATA(quote_titles);

static void
same_lex(const char *k, size_t n, const struct lexicon *built)
{
	const struct lent *a, *b, *c, *d;

	lex_use(&tab_lexicon);
	a = lex_find(k, n);
	c = hot_find(k, n);
	lex_use(built);
	b = lex_find(k, n);
	d = hot_find(k, n);
	CHECK((a == NULL) == (b == NULL) && (a == NULL || a->bits == b->bits));
	CHECK((c == NULL) == (d == NULL) && (c == NULL || c->bits == d->bits));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct wordset plain, fold, fplain, ffold;
	static const struct lexicon *built;
	const char *s = (const char *)data, *e, *v, *w;
	size_t p, n;

	if (built == NULL) {
		ws_init(&plain, 0);
		ws_load(&plain, data_ent_common, data_ent_common_len);
		ws_init(&fold, WS_FOLD);
		ws_load(&fold, data_quote_titles, data_quote_titles_len);
		ws_fixed(&fplain, &wst_ent_common);
		ws_fixed(&ffold, &wstf_quote_titles);
		built = lex_build();
	}
	for (p = 0; p <= size; p = (size_t)(e - s) + 1) {
		e = memchr(s + p, '\n', size - p);
		if (e == NULL)
			e = s + size;
		n = (size_t)(e - s) - p;
		v = ws_value(&plain, s + p, n);
		w = ws_value(&fplain, s + p, n);
		CHECK((v == NULL) == (w == NULL) && (v == NULL ||
		    strcmp(v, w) == 0));
		v = ws_value(&fold, s + p, n);
		w = ws_value(&ffold, s + p, n);
		CHECK((v == NULL) == (w == NULL) && (v == NULL ||
		    strcmp(v, w) == 0));
		same_lex(s + p, n, built);
		if (e == s + size)
			break;
	}
	return 0;
}

#else
#error "define FUZZ_<name>"
#endif
