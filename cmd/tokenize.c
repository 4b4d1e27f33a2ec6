/*
 * tokenize: split English news text into tokens, one a line:
 * token, class, line, start, end.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	{ "lower", no_argument, NULL, 'l' },
	{ "nfkc", no_argument, NULL, OPT_NFKC },
	{ "ptb", no_argument, NULL, OPT_PTB },
	{ "words", no_argument, NULL, 'w' },
	CLI_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

static struct cli cli = {
	"tokenize",
	"tokenize [-Hlw] [--header] [--nfkc] [--ptb] [file ...]",
	"Split English text into tokens, one a line, with their classes.\n"
	"\n"
	"  -H, --with-filename  prefix each row with the file name\n"
	"  -l, --lower          full Unicode case folding of the token\n"
	"  -w, --words          words, numbers, URLs, e-mail addresses,\n"
	"                       handles and tags only (no punctuation,\n"
	"                       symbols or emoji)\n"
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
static const uint64_t lowmask[9] = {
	0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFFULL, 0xFFFFFFFFFFULL,
	0xFFFFFFFFFFFFULL, 0xFFFFFFFFFFFFFFULL, 0xFFFFFFFFFFFFFFFFULL
};
/* "\tclass\t" for each class, padded to 16 bytes, and its length */
static char cname[TOK_NCLASS][16];
static size_t clen[TOK_NCLASS];

/* The output buffer: records are built here and written in big chunks. */
#define OBUF	(1 << 20)
static char obuf[OBUF];
static size_t olen;
static struct buf fname, norm;

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

static void
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

static inline void
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

/* ASCII upper-case letters of eight bytes below 0x80 in lower case. */
static inline uint64_t
lower8(uint64_t x)
{
	uint64_t up;

	up = (x + 0x3F3F3F3F3F3F3F3FULL) & ~(x + 0x2525252525252525ULL) &
	    DEC_HIGH;
	return x | (up >> 2);
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

/* One document, its lines from si. */
static int
document(struct sentin *si, struct input *in)
{
	struct line l;
	struct tok t = TOK_INIT;
	struct tokspan v[256], *tv;
	struct dec off, line;
	char *p, lnum[32];
	size_t lnlen = 0;
	size_t pos, cl, nv, iv;
	int r, flags = ptbflag ? TOK_PTB : 0;

	if (cli.with_filename)
		set_fname(in->name);
	dec_set(&off, 0);
	dec_set(&line, 0);
	while ((r = sentin_line(si, &l)) == 1) {
		pos = 0;
		t.np = 0;
		if (l.lineno != line.v || lnlen == 0) {
			if (l.lineno == line.v + 1)
				dec_add(&line, 1);
			else
				dec_set(&line, l.lineno);
			lnlen = (size_t)(dec_put(lnum, &line) - lnum);
		}
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

static int
tokenize(struct input *in, void *arg)
{
	struct sentin si;
	int rv;

	(void)arg;
	rv = sentin_open(&si, in) == -1;
	while (!rv && !out_error() && sentin_doc(&si))
		rv = document(&si, in);
	sentin_close(&si);
	return rv;
}

int
main(int argc, char *argv[])
{
	int ch, rv;

	out_init();
	while ((ch = getopt_long(argc, argv, "Hlw", longopts, NULL)) != -1)
		switch (ch) {
		case 'l':
			lflag = 1;
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
	if (cli.header) {
		tsv_header("token\tclass\tline\tstart\tend", cli.with_filename);
	}
	rv = cli_run(&cli, argc, argv, tokenize, NULL);
	buf_free(&fname);
	buf_free(&norm);
	return rv | out_close();
}
