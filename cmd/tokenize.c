/*
 * tokenize: split English news text into tokens, one a line:
 * token, class, line, start, end.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "input.h"
#include "sentin.h"
#include "tok.h"
#include "tsv.h"
#include "utf8.h"
#include "util.h"

enum {
	OPT_NFKC = CLI_FIRST_TOOL_OPT,
	OPT_PTB
};

static const struct option longopts[] = {
	{ "columns", required_argument, NULL, 'o' },
	{ "lower", no_argument, NULL, 'l' },
	{ "nfkc", no_argument, NULL, OPT_NFKC },
	{ "ptb", no_argument, NULL, OPT_PTB },
	{ "words", no_argument, NULL, 'w' },
	CLI_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

static struct cli cli = {
	"tokenize",
	"tokenize [-Hlw] [-o columns] [--header] [--nfkc] [--ptb]\n"
	"                [--csv | --jsonl | --format=fmt] [file ...]",
	"Split English text into tokens, one a line, with their classes.\n"
	"\n"
	"  -H, --with-filename  prefix each row with the file name\n"
	"  -l, --lower          full Unicode case folding of the token\n"
	"  -o, --columns=LIST   print these columns, in this order\n"
	"                       (token,class,line,start,end)\n"
	"  -w, --words          words, numbers, URLs, e-mail addresses,\n"
	"                       handles and tags only (no punctuation,\n"
	"                       symbols or emoji)\n"
	"      --csv, --jsonl   --format=csv, --format=jsonl\n"
	"      --format=FMT     tsv (the default), csv or jsonl\n"
	"      --header         print a first row of column names\n"
	"      --nfkc           NFKC-normalise the token\n"
	"      --ptb            split the Penn Treebank / Universal\n"
	"                       Dependencies way (do n't, Putin 's, 15 - year)\n"
	"      --help           print this help and exit\n"
	"      --version        print the version and exit\n"
	"Columns: token class line start end.  Classes: word number punct\n"
	"symbol url email mention hashtag emoji.\n",
	0, 0
};

static int lflag, nfkcflag, ptbflag, wflag;

/* -o: the columns asked for, in their order */
enum { COL_TOKEN, COL_CLASS, COL_LINE, COL_START, COL_END, NCOLNAMES };
static const char *const colnames[] = {
	"token", "class", "line", "start", "end", NULL
};
/* jsonl: what comes before each one's value */
static const char *const jsonkeys[] = {
	"\"token\":\"", "\"class\":\"", "\"line\":", "\"start\":", "\"end\":"
};
#define MAXCOLS	16
static int cols[MAXCOLS];
static size_t ncols;
static const uint64_t lowmask[9] = {
	0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFFULL, 0xFFFFFFFFFFULL,
	0xFFFFFFFFFFFFULL, 0xFFFFFFFFFFFFFFULL, 0xFFFFFFFFFFFFFFFFULL
};
/* "\tclass\t" for each class, padded to 16 bytes, and its length */
static char cname[TOK_NCLASS][16];
static size_t clen[TOK_NCLASS];

/* csv, jsonl: what follows the token up to the line number, for each
 * class */
static char fcname[TOK_NCLASS][32];
static size_t fclen[TOK_NCLASS];
/* csv, jsonl: a token of one ASCII character, as written (lowered with -l) */
static char one[128][8];
static size_t onelen[128];

/* The output buffer: records are built here and written in big chunks. */
#define OBUF	(1 << 20)
static char obuf[OBUF];
static size_t olen;
static struct buf fname, norm;
static struct buf pre, enc;	/* csv, jsonl: a row's start; a long token */

static void
oflush(void)
{
	if (olen > 0)
		fwrite(obuf, 1, olen, stdout);
	olen = 0;
}

static void
oput(const char *s, size_t n)
{
	if (n > OBUF - olen) {
		oflush();
		if (n > OBUF / 2) {
			fwrite(s, 1, n, stdout);
			return;
		}
	}
	memcpy(obuf + olen, s, n);
	olen += n;
}

/*
 * Offsets grow by small steps from token to token, so each is kept as
 * decimal digits, one a byte, units in the lowest byte of lo (digits
 * 0-7) and hi (digits 8-15), and advanced by a SWAR decimal addition;
 * printing is a byte swap, no division.  Values of 10^16 and more take
 * the slow path.
 */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define DEC_FAST	1		/* GCC or Clang, little-endian */
#else
#define DEC_FAST	0
#endif
/* the decimals are inlined in both row writers (GCC would stop at one) */
#if defined(__GNUC__)
#define ALWAYS_INLINE	inline __attribute__((always_inline))
#else
#define ALWAYS_INLINE	inline
#endif
#define DEC_MAX		10000000000000000ULL
#define DEC_K		0xF6F6F6F6F6F6F6F6ULL
#define DEC_HIGH	0x8080808080808080ULL
#define DEC_ASCII	0x3030303030303030ULL

struct dec {
	uint64_t	 lo, hi;	/* unpacked digits */
	uint64_t	 v;
	int		 fast;		/* lo and hi hold v */
};

static uint64_t decsmall[256];		/* 0..255 as unpacked digits */

static uint64_t
unpack(uint64_t v)
{
	uint64_t r = 0;
	int sh = 0;

	while (v && sh < 64) {
		r |= (v % 10) << sh;
		v /= 10;
		sh += 8;
	}
	return r;
}

static inline void
dec_set(struct dec *c, uint64_t v)
{
	c->v = v;
	c->fast = DEC_FAST && v < DEC_MAX;
	if (c->fast) {
		c->lo = unpack(v % 100000000);
		c->hi = unpack(v / 100000000);
	}
}

/* a + b, both unpacked; *carry set when the sum has a ninth digit. */
static inline uint64_t
dec_sum(uint64_t a, uint64_t b, int *carry)
{
	uint64_t x = a + (b + DEC_K);

	*carry = x < a;
	return x - ((x & DEC_HIGH) >> 7) * 0xF6;
}

static ALWAYS_INLINE void
dec_add(struct dec *c, uint64_t d)
{
	int carry;

	c->v += d;
	if (d >= LEN(decsmall) || !c->fast) {
		dec_set(c, c->v);
		return;
	}
	c->lo = dec_sum(c->lo, decsmall[d], &carry);
	if (carry) {
		c->hi = dec_sum(c->hi, 1, &carry);
		if (carry || c->v >= DEC_MAX)
			dec_set(c, c->v);
	}
}

/* Write the digits at p, which has room for 24 bytes (the bytes after
 * the digits are scratch). */
static inline char *
dec_put(char *p, const struct dec *c)
{
	uint64_t x;
	int nd;

	if (!c->fast)
		return p + fmt_u64(p, c->v);
#if DEC_FAST
	if (c->hi == 0) {
		nd = c->lo == 0 ? 1 : (71 - __builtin_clzll(c->lo)) / 8;
		x = __builtin_bswap64(c->lo | DEC_ASCII) >> (8 * (8 - nd));
		memcpy(p, &x, 8);
		return p + nd;
	}
	nd = (71 - __builtin_clzll(c->hi)) / 8;
	x = __builtin_bswap64(c->hi | DEC_ASCII) >> (8 * (8 - nd));
	memcpy(p, &x, 8);
	x = __builtin_bswap64(c->lo | DEC_ASCII);
	memcpy(p + nd, &x, 8);
	return p + nd + 8;
#else
	(void)x;
	(void)nd;
	return p;
#endif
}

/* A new line number n (most often the one after line's): its digits at
 * p, their length. */
static ALWAYS_INLINE size_t
line_digits(struct dec *line, uint64_t n, char *p)
{
	if (n == line->v + 1)
		dec_add(line, 1);
	else
		dec_set(line, n);
	return (size_t)(dec_put(p, line) - p);
}

/* The file column: the name as a clean text field. */
static void
set_fname(const char *name)
{
	size_t i;

	buf_reset(&fname);
	u8_scrub(&fname, name, strlen(name));
	for (i = 0; i < fname.len; i++)
		if (fname.s[i] == '\t' || fname.s[i] == '\n' ||
		    fname.s[i] == '\r')
			fname.s[i] = ' ';
	buf_add(&fname, "\t", 1);
}

/* csv, jsonl: what comes before the token, for the document. */
static void
set_pre(void)
{
	size_t n;
	int q;

	buf_reset(&pre);
	if (tsv_format == TSV_JSONL)
		buf_addc(&pre, '{');
	if (cli.with_filename) {
		n = fname.len - 1;		/* without its TAB */
		q = tsv_format == TSV_JSONL || tsv_csv_quoted(fname.s, n);
		if (tsv_format == TSV_JSONL)
			buf_add(&pre, "\"file\":", 7);
		buf_grow(&pre, 6 * n + 4);
		if (q)
			pre.s[pre.len++] = '"';
		pre.len += tsv_escape(pre.s + pre.len, fname.s, n);
		if (q)
			pre.s[pre.len++] = '"';
		buf_addc(&pre, ',');
	}
	if (tsv_format == TSV_JSONL)
		buf_add(&pre, "\"token\":\"", 9);
	buf_grow(&pre, 16);
}

/*
 * The high bit of the bytes of x that need care in a csv field
 * or a JSON string: those below 0x23 (controls, space, '!' as a false
 * alarm, and '"') and those of quote2 (',' or '\\').  A byte past a
 * real one may raise a false alarm too (the borrow), which does no harm:
 * only whether there is one in the token counts.
 */
static uint64_t quote2;

static inline uint64_t
special8(uint64_t x)
{
	uint64_t b = x ^ quote2;

	return ((x - 0x2323232323232323ULL) & ~x) |
	    ((b - 0x0101010101010101ULL) & ~b);
}

/* ASCII upper-case letters of eight bytes below 0x80 in lower case. */
static inline uint64_t
lower8(uint64_t x)
{
	uint64_t up;

	up = (x + 0x3F3F3F3F3F3F3F3FULL) & ~(x + 0x2525252525252525ULL) &
	    DEC_HIGH;
	return x | (up >> 2);
}

/*
 * The token as a field, normalised as asked, invalid bytes as U+FFFD: s
 * itself or the bytes of norm; *len set.
 */
static const char *
clean_token(const char *s, size_t n, size_t *len)
{
	size_t i, bad;

	*len = n;
	for (i = 0; i < n && (unsigned char)s[i] < 0x80; i++)
		;
	if (i == n) {
		if (!lflag)
			return s;
		buf_reset(&norm);
		buf_grow(&norm, n);
		for (i = 0; i < n; i++)
			norm.s[i] = (s[i] >= 'A' && s[i] <= 'Z') ?
			    s[i] | 0x20 : s[i];
		return norm.s;
	}
	if (lflag || nfkcflag) {
		u8_normalize(&norm, s, n, (lflag ? U8_FOLD : 0) |
		    (nfkcflag ? U8_NFKC : U8_NFC));
		for (i = 0; i < norm.len; i++)
			if (norm.s[i] == '\t' || norm.s[i] == '\n' ||
			    norm.s[i] == '\r')
				norm.s[i] = ' ';
		*len = norm.len;
		return norm.s;
	}
	if (u8_check(s, n, &bad) == n)
		return s;
	buf_reset(&norm);
	u8_scrub(&norm, s, n);
	*len = norm.len;
	return norm.s;
}

/* The token itself, normalised as asked, invalid bytes as U+FFFD. */
static void
put_token(const char *s, size_t n)
{
	size_t i, bad;
	int ascii = 1;
	char *p;

	if (DEC_FAST && n <= 16 && !nfkcflag && OBUF - olen >= 64) {
		/*
		 * short tokens: two 8-byte copies, high bits checked; the
		 * bytes past the line are readable (INPUT_PAD)
		 */
		uint64_t a, b, m;

		memcpy(&a, s, 8);
		memcpy(&b, s + 8, 8);
		m = n >= 8 ? (a & DEC_HIGH) | (b & DEC_HIGH & lowmask[n - 8]) :
		    a & DEC_HIGH & lowmask[n];
		if (m == 0) {
			p = obuf + olen;
			if (lflag) {
				a = lower8(a);
				b = lower8(b);
			}
			memcpy(p, &a, 8);
			memcpy(p + 8, &b, 8);
			olen += n;
			return;
		}
	} else if (n <= 64 && !lflag && OBUF - olen >= 64) {
		/* short tokens: copy while checking for ASCII */
		unsigned char hi = 0;

		p = obuf + olen;
		for (i = 0; i < n; i++)
			hi |= (unsigned char)(p[i] = s[i]);
		if (!(hi & 0x80)) {
			olen += n;
			return;
		}
	}
	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80) {
			ascii = 0;
			break;
		}
	if (ascii) {
		if (!lflag) {
			oput(s, n);
			return;
		}
		if (n > OBUF - olen)
			oflush();
		if (n > OBUF) {
			u8_normalize(&norm, s, n, U8_FOLD);
			oput(norm.s, norm.len);
			return;
		}
		p = obuf + olen;
		for (i = 0; i < n; i++)
			p[i] = (s[i] >= 'A' && s[i] <= 'Z') ? s[i] | 0x20 : s[i];
		olen += n;
		return;
	}
	if (lflag || nfkcflag) {
		u8_normalize(&norm, s, n, (lflag ? U8_FOLD : 0) |
		    (nfkcflag ? U8_NFKC : U8_NFC));
		for (i = 0; i < norm.len; i++)
			if (norm.s[i] == '\t' || norm.s[i] == '\n' ||
			    norm.s[i] == '\r')
				norm.s[i] = ' ';
		oput(norm.s, norm.len);
		return;
	}
	if (u8_check(s, n, &bad) == n) {
		oput(s, n);
		return;
	}
	buf_reset(&norm);
	u8_scrub(&norm, s, n);
	oput(norm.s, norm.len);
}

/*
 * csv, jsonl: a short ASCII token with nothing to quote or escape (most
 * are) at p, which has room for 16 bytes, copied as put_token() does,
 * or a token of one ASCII character as one[] has it: its length, or 0
 * when it needs put_token_fmt().  care 0 (jsonl: a word or a number,
 * which never hold a '"', a '\\' or a control character: tok.c splits
 * them off, as tests/sh/property.py checks), so only the high bits are
 * looked at.
 */
static ALWAYS_INLINE size_t
plain_token(char *p, const char *s, size_t n, int care)
{
	uint64_t a, b, m;
	unsigned char c = (unsigned char)*s;

	if (n == 1 && c < 0x80) {	/* punctuation, mostly */
		memcpy(p, one[c], 8);
		return onelen[c];
	}
	if (!DEC_FAST || n > 16 || nfkcflag)
		return 0;
	memcpy(&a, s, 8);	/* the bytes past the line are readable */
	memcpy(&b, s + 8, 8);
	/* non-ASCII bytes (high bits) or bytes that need care */
	if (care)
		m = n >= 8 ? a | special8(a) | ((b | special8(b)) &
		    lowmask[n - 8]) : (a | special8(a)) & lowmask[n];
	else
		m = n >= 8 ? a | (b & lowmask[n - 8]) : a & lowmask[n];
	if ((m & DEC_HIGH) != 0)
		return 0;
	if (lflag) {
		a = lower8(a);
		b = lower8(b);
	}
	memcpy(p, &a, 8);
	memcpy(p + 8, &b, 8);
	return n;
}

/* csv, jsonl: any token, quoted when csv needs it, escaped (jsonl: the
 * quotes are in the strings around it). */
static void
put_token_fmt(const char *s, size_t n)
{
	size_t need;
	int q = 0;
	char *p;

	s = clean_token(s, n, &n);
	if (tsv_format == TSV_CSV)
		q = tsv_csv_quoted(s, n);
	need = 6 * n + 2;
	if (need > OBUF - olen)
		oflush();
	if (need > OBUF) {	/* a token of 170 KB or more */
		buf_grow(&enc, need);
		p = enc.s;
	} else
		p = obuf + olen;
	if (q)
		*p++ = '"';
	p += tsv_escape(p, s, n);
	if (q)
		*p++ = '"';
	if (need > OBUF)
		oput(enc.s, (size_t)(p - enc.s));
	else
		olen = (size_t)(p - obuf);
}

/* csv (json 0) or jsonl (json 1): a row.  line: the line number's
 * digits and the separator after them.  json is a constant where it is inlined, so that each format
 * has its own code, with separators of known lengths. */
static ALWAYS_INLINE void
put_row(const char *s, const struct tokspan *tv, const char *line,
    size_t lnlen, uint64_t at, struct dec *off, const int json)
{
	size_t k;
	char *p;

	if (OBUF - olen < 256)
		oflush();
	p = obuf + olen;
	if (!cli.with_filename) {
		if (json) {
			memcpy(p, "{\"token\":\"", 10);
			p += 10;
		}
	} else if (pre.len <= 16) {	/* pre has room for 16 */
		memcpy(p, pre.s, 16);
		p += pre.len;
	} else {
		oput(pre.s, pre.len);
		if (OBUF - olen < 256)
			oflush();
		p = obuf + olen;
	}
	if ((k = plain_token(p, s + tv->start, tv->end - tv->start,
	    !json || (tv->cls != TOK_WORD && tv->cls != TOK_NUMBER))) > 0)
		p += k;
	else {
		olen = (size_t)(p - obuf);
		put_token_fmt(s + tv->start, tv->end - tv->start);
		if (OBUF - olen < 128)
			oflush();
		p = obuf + olen;
	}
	memcpy(p, fcname[tv->cls], json ? 32 : 16);
	p += fclen[tv->cls];
	memcpy(p, line, 16);
	if (lnlen > 16)
		memcpy(p, line, lnlen);
	p += lnlen;
	if (at + tv->start >= off->v)
		dec_add(off, at + tv->start - off->v);
	else
		dec_set(off, at + tv->start);
	p = dec_put(p, off);
	if (json) {	/* one store each: the byte after is scratch */
		memcpy(p, ",\"end\":", 8);
		p += 7;
	} else
		*p++ = ',';
	dec_add(off, tv->end - tv->start);
	p = dec_put(p, off);
	memcpy(p, json ? "}\n" : "\r\n", 2);
	p += 2;
	olen = (size_t)(p - obuf);
}

/* csv, jsonl: what tokenize() does, with put_row() for the rows; a
 * loop of its own, so that the TSV one compiles as it did (and one for
 * each format, json constant). */
static ALWAYS_INLINE int
tokenize_fmt(struct sentin *si, struct input *in, const int json)
{
	struct line l;
	struct tok t = TOK_INIT;
	struct tokspan v[256];
	struct dec off, line;
	char lnum[32];
	size_t lnlen = 0, pos, nv, i;
	int r, flags = ptbflag ? TOK_PTB : 0;

	if (cli.with_filename)
		set_fname(in->name);
	set_pre();
	dec_set(&off, 0);
	dec_set(&line, 0);
	while ((r = sentin_line(si, &l)) == 1) {
		pos = 0;
		t.np = 0;
		if (l.lineno != line.v || lnlen == 0) {
			lnlen = line_digits(&line, l.lineno, lnum);
			/* and what follows, up to the start */
			if (json) {
				memcpy(lnum + lnlen, ",\"start\":", 9);
				lnlen += 9;
			} else
				lnum[lnlen++] = ',';
		}
		while ((nv = tok_many(l.s, l.len, &pos, &t, v, LEN(v),
		    flags)) > 0)
			for (i = 0; i < nv; i++)
				if (!wflag || tok_is_wordlike(v[i].cls))
					put_row(l.s, &v[i], lnum, lnlen,
					    l.off, &off, json);
		if (out_error())
			break;
	}
	oflush();
	return r == -1;
}

static int
tokenize_csv(struct sentin *si, struct input *in, void *arg)
{
	(void)arg;
	return tokenize_fmt(si, in, 0);
}

static int
tokenize_jsonl(struct sentin *si, struct input *in, void *arg)
{
	(void)arg;
	return tokenize_fmt(si, in, 1);
}

/* One document, its lines from si, in TSV. */
static int
tokenize_tsv(struct sentin *si, struct input *in, void *arg)
{
	struct line l;
	struct tok t = TOK_INIT;
	struct tokspan v[256], *tv;
	struct dec off, line;
	char *p, lnum[32];
	size_t lnlen = 0;
	size_t pos, cl, nv, iv;
	int r, flags = ptbflag ? TOK_PTB : 0;

	(void)arg;
	if (cli.with_filename)
		set_fname(in->name);
	dec_set(&off, 0);
	dec_set(&line, 0);
	while ((r = sentin_line(si, &l)) == 1) {
		pos = 0;
		t.np = 0;
		if (l.lineno != line.v || lnlen == 0)
			lnlen = line_digits(&line, l.lineno, lnum);
		while ((nv = tok_many(l.s, l.len, &pos, &t, v, LEN(v),
		    flags)) > 0)
		for (iv = 0, tv = v; iv < nv; iv++, tv++) {
			if (wflag && !tok_is_wordlike(tv->cls))
				continue;
			if (OBUF - olen < 128)
				oflush();
			if (cli.with_filename)
				oput(fname.s, fname.len);
			put_token(l.s + tv->start, tv->end - tv->start);
			if (OBUF - olen < 128)
				oflush();
			p = obuf + olen;
			cl = clen[tv->cls];
			memcpy(p, cname[tv->cls], sizeof(cname[0]));
			p += cl;
			memcpy(p, lnum, 16);
			if (lnlen > 16)
				memcpy(p, lnum, lnlen);
			p += lnlen;
			*p++ = '\t';
			if (l.off + tv->start >= off.v)
				dec_add(&off, l.off + tv->start - off.v);
			else
				dec_set(&off, l.off + tv->start);
			p = dec_put(p, &off);
			*p++ = '\t';
			dec_add(&off, tv->end - tv->start);
			p = dec_put(p, &off);
			*p++ = '\n';
			olen = (size_t)(p - obuf);
		}
		if (out_error())
			break;
	}
	oflush();
	return r == -1;
}

/* -o: one value of a row, in the format's way. */
static void
put_col(int col, const char *s, const struct tokspan *tv, uint64_t lineno,
    uint64_t at)
{
	const char *cn;
	char *p;
	size_t n;
	int json = tsv_format == TSV_JSONL;

	if (OBUF - olen < 64)
		oflush();
	if (json) {
		n = strlen(jsonkeys[col]);
		memcpy(obuf + olen, jsonkeys[col], n);
		olen += n;
	}
	p = obuf + olen;
	switch (col) {
	case COL_TOKEN:
		if (tsv_format == TSV_TSV)
			put_token(s + tv->start, tv->end - tv->start);
		else
			put_token_fmt(s + tv->start, tv->end - tv->start);
		if (OBUF - olen < 128)
			oflush();
		break;
	case COL_CLASS:
		cn = tok_class_name(tv->cls);
		n = strlen(cn);
		memcpy(p, cn, n);
		olen += n;
		break;
	default:
		olen += fmt_u64(p, col == COL_LINE ? lineno : col == COL_START ?
		    at + tv->start : at + tv->end);
		break;
	}
	if (json && (col == COL_TOKEN || col == COL_CLASS))
		obuf[olen++] = '"';
}

/* -o: one row, of the columns asked for. */
static void
put_cols(const char *s, const struct tokspan *tv, uint64_t lineno,
    uint64_t at)
{
	size_t k;
	char sep = tsv_format == TSV_TSV ? '\t' : ',';

	if (OBUF - olen < 128 + pre.len)
		oflush();
	if (pre.len > OBUF / 2)
		oput(pre.s, pre.len);
	else {
		memcpy(obuf + olen, pre.s, pre.len);
		olen += pre.len;
	}
	for (k = 0; k < ncols; k++) {
		if (k > 0)
			obuf[olen++] = sep;
		put_col(cols[k], s, tv, lineno, at);
	}
	if (tsv_format == TSV_JSONL)
		oput("}\n", 2);
	else if (tsv_format == TSV_CSV)
		oput("\r\n", 2);
	else
		oput("\n", 1);
}

/* -o: what tokenize_tsv() does, in any format, for the columns asked for;
 * the row starts with pre (the file name with -H, "{" in jsonl). */
static int
tokenize_cols(struct sentin *si, struct input *in, void *arg)
{
	struct line l;
	struct tok t = TOK_INIT;
	struct tokspan v[256];
	size_t pos, nv, i;
	int r, flags = ptbflag ? TOK_PTB : 0;

	(void)arg;
	if (cli.with_filename)
		set_fname(in->name);
	set_pre();
	if (tsv_format == TSV_JSONL)
		pre.len -= 9;			/* without its "token":" */
	else if (tsv_format == TSV_TSV && cli.with_filename) {
		buf_reset(&pre);
		buf_add(&pre, fname.s, fname.len);
	}
	while ((r = sentin_line(si, &l)) == 1) {
		pos = 0;
		t.np = 0;
		while ((nv = tok_many(l.s, l.len, &pos, &t, v, LEN(v),
		    flags)) > 0)
			for (i = 0; i < nv; i++)
				if (!wflag || tok_is_wordlike(v[i].cls))
					put_cols(l.s, &v[i], l.lineno, l.off);
		if (out_error())
			break;
	}
	oflush();
	return r == -1;
}

/* -o: a name of the list, kept in order. */
static const char *
colname(int i)
{
	return i >= 0 && i < NCOLNAMES ? colnames[i] : NULL;
}

static int
colfind(const char *s, size_t n)
{
	int i;

	for (i = 0; i < NCOLNAMES; i++)
		if (strlen(colnames[i]) == n &&
		    strncasecmp(colnames[i], s, n) == 0)
			break;
	if (i == NCOLNAMES)
		return -1;
	if (ncols == MAXCOLS) {
		warnx("-o: more than %d columns", MAXCOLS);
		cli_usage(&cli);
	}
	cols[ncols++] = i;
	return i;
}

/* -o: the header's names. */
static void
col_header(struct buf *b)
{
	size_t k;

	for (k = 0; k < ncols; k++) {
		if (k > 0)
			buf_addc(b, '\t');
		buf_add(b, colnames[cols[k]], strlen(colnames[cols[k]]));
	}
	buf_addc(b, '\0');
}

/* csv, jsonl: what follows a token, for each class; the tokens of one
 * character. */
static int (*fmtfn)(struct sentin *, struct input *, void *);	/* tokenize_tsv... */

/* Each document of the input (sentsplit's rows may hold several), in
 * the format asked for. */
static int
tokenize(struct input *in, void *arg)
{
	return sentin_each(in, fmtfn, arg);
}

static void
fmt_init(void)
{
	int c, q, j = tsv_format == TSV_JSONL;
	char t, *p;

	quote2 = 0x0101010101010101ULL * (j ? '\\' : ',');
	for (c = 0; c < 128; c++) {
		t = (char)(lflag && c >= 'A' && c <= 'Z' ? c | 0x20 : c);
		p = one[c];
		q = !j && tsv_csv_quoted(&t, 1);
		if (q)
			*p++ = '"';
		p += tsv_escape(p, &t, 1);
		if (q)
			*p++ = '"';
		onelen[c] = (size_t)(p - one[c]);
	}
	for (c = 0; c < TOK_NCLASS; c++)
		if (j)
			fclen[c] = (size_t)snprintf(fcname[c], sizeof(fcname[c]),
			    "\",\"class\":\"%s\",\"line\":", tok_class_name(c));
		else
			fclen[c] = (size_t)snprintf(fcname[c], sizeof(fcname[c]),
			    ",%s,", tok_class_name(c));
}

int
main(int argc, char *argv[])
{
	struct buf names = { 0 };
	int ch, rv;

	out_init();
	while ((ch = getopt_long(argc, argv, "Hlo:w", longopts, NULL)) != -1)
		switch (ch) {
		case 'l':
			lflag = 1;
			break;
		case 'o':
			ncols = 0;
			cli_list(&cli, 'o', optarg, "column", colname, colfind);
			break;
		case 'w':
			wflag = 1;
			break;
		case OPT_NFKC:
			nfkcflag = 1;
			break;
		case OPT_PTB:
			ptbflag = 1;
			break;
		default:
			cli_common(&cli, ch);
			break;
		}
	argc -= optind;
	argv += optind;

	tok_init();
	for (ch = 0; ch < (int)LEN(decsmall); ch++)
		decsmall[ch] = unpack((uint64_t)ch);
	for (ch = 0; ch < TOK_NCLASS; ch++) {
		clen[ch] = strlen(tok_class_name(ch)) + 2;
		snprintf(cname[ch], sizeof(cname[ch]), "\t%s\t",
		    tok_class_name(ch));
	}
	fmt_init();
	if (ncols > 0)
		col_header(&names);
	cli_columns(&cli, ncols > 0 ? names.s : "token\tclass\tline\tstart\tend");
	buf_free(&names);
	fmtfn = ncols > 0 ? tokenize_cols : tsv_format == TSV_CSV ?
	    tokenize_csv : tsv_format == TSV_JSONL ? tokenize_jsonl :
	    tokenize_tsv;
	rv = cli_run(&cli, argc, argv, tokenize, NULL);
	buf_free(&fname);
	buf_free(&norm);
	buf_free(&pre);
	buf_free(&enc);
	return rv | out_close();
}
