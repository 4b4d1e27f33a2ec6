/*
 * sentsplit: split English text into sentences, one a line.
 *
 * Paragraphs are gathered in a buffer of bounded size (a line by default,
 * the lines up to a blank one with -w) and handed to the segmenter of
 * common/sent.c.  A paragraph longer than the buffer is cut: the complete
 * sentences are written and the unfinished one is carried on; a single
 * sentence longer than the buffer is broken at its last white space.
 */
#include <err.h>
#include <getopt.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "input.h"
#include "sent.h"
#include "tsv.h"
#include "utf8.h"
#include "util.h"

#ifndef PARA_CAP
#define PARA_CAP	(256u << 10)	/* bytes of a paragraph held at once */
#endif

static int	nflag, pflag, wflag;
static int	anyout;			/* a paragraph has been written */
static struct buf out;			/* records not yet written */
static struct buf fname;		/* the file column, cleaned */
static struct buf sent;			/* csv, jsonl: a sentence, cleaned */

#define OUT_CHUNK	(64u << 10)

static struct cli cli = {
	"sentsplit",
	"sentsplit [-Hnpw] [--header] [--csv | --jsonl | --format=fmt] [file ...]",
	"Split English text into sentences, one a line.\n"
	"\n"
	"  -n, --positions   prefix columns para, line, start, end\n"
	"  -p, --paragraphs  an empty line between paragraphs (tsv only)\n"
	"  -w, --wrapped     hard-wrapped text: only blank lines end "
	"paragraphs\n"
	"                    (default: every line break ends one)\n"
	"  -H, --with-filename  prefix a file column\n"
	"      --csv, --jsonl  --format=csv, --format=jsonl\n"
	"      --format=FMT  tsv (the default), csv or jsonl\n"
	"      --header      a first row of column names\n"
	"      --help        this text\n"
	"      --version     the version\n",
	0, 0
};

struct para {
	struct buf	 b;		/* the paragraph (or its unwritten tail) */
	uint64_t	 off;		/* document offset of b.s[0] */
	uint64_t	 line;		/* line number at b.s[lpos] */
	size_t		 lpos;
	uint64_t	 para;		/* paragraphs written in this document */
	int		 counted;	/* this paragraph has a number */
	struct spanv	 v;
};

static void	field(struct buf *, const char *, size_t);

static void
outflush(void)
{
	tsv_raw(out.s, out.len);
	buf_reset(&out);
}

static void
addnum(uint64_t v)
{
	buf_grow(&out, 24);
	out.len += fmt_u64(out.s + out.len, v);
	out.s[out.len++] = '\t';
}

/* csv, jsonl: a record through tsv.h, straight to stdout (out stays
 * empty) */
static void
emit_fmt(const struct para *p, size_t a, size_t b)
{
	if (cli.with_filename) {
		tsv_field(fname.s, fname.len);
		tsv_tab();
	}
	if (nflag) {
		tsv_u64(p->para);
		tsv_tab();
		tsv_u64(p->line);
		tsv_tab();
		tsv_u64(p->off + a);
		tsv_tab();
		tsv_u64(p->off + b);
		tsv_tab();
	}
	buf_reset(&sent);
	field(&sent, p->b.s + a, b - a);
	tsv_field(sent.s, sent.len);
	tsv_end();
}

static void
emit(struct para *p, size_t a, size_t b)
{
	const char *q;

	if (!p->counted) {
		if (pflag && anyout)
			buf_addc(&out, '\n');
		p->counted = 1;
		p->para++;
		anyout = 1;
	}
	if (nflag) {
		while ((q = memchr(p->b.s + p->lpos, '\n', a - p->lpos)) !=
		    NULL) {
			p->line++;
			p->lpos = q - p->b.s + 1;
		}
		p->lpos = a;
	}
	if (tsv_format != TSV_TSV) {
		emit_fmt(p, a, b);
		return;
	}
	if (cli.with_filename) {
		buf_add(&out, fname.s, fname.len);
		buf_addc(&out, '\t');
	}
	if (nflag) {
		addnum(p->para);
		addnum(p->line);
		addnum(p->off + a);
		addnum(p->off + b);
	}
	field(&out, p->b.s + a, b - a);
	buf_addc(&out, '\n');
	if (out.len >= OUT_CHUNK)
		outflush();
}

/*
 * Append s[0..n) to o as a text field: what tsv_text() does, with a fast
 * path for printable ASCII.
 */
#define ONES	0x0101010101010101ull
#define HIGHS	0x8080808080808080ull

/* The high bit of every byte of v that is zero, exactly. */
static uint64_t
zeros(uint64_t v)
{
	uint64_t t = (v & ~HIGHS) + ~HIGHS;

	return ~(t | v | ~HIGHS);
}

/*
 * The 8 bytes of x for the fast path: 0 when they need the slow one (a
 * control other than a line feed, a byte past 0x7E, two white space
 * bytes in a row); otherwise 1, or 2 when the last byte is white space
 * (the next one must not be), and *fix holds 0x2A at every line feed,
 * which turns it into a space.  False alarms only cost the slow path.
 */
static int
plain(uint64_t x, uint64_t *fix)
{
	uint64_t lo, hi, nl, ws;

	lo = (x - ONES * 0x20) & ~x & HIGHS;		/* a byte < 0x20 */
	hi = ((x + ONES * 1) | x) & HIGHS;		/* a byte > 0x7E */
	nl = zeros(x ^ (ONES * '\n'));
	ws = nl | zeros(x ^ (ONES * ' '));
	if ((lo & ~nl) | hi | (ws & (ws << 8)))
		return 0;
	*fix = (nl >> 7) * 0x2A;
	return 1 + (int)(ws >> 63);
}

#define PRINT(c)	((unsigned char)(c) > 0x20 && (unsigned char)(c) < 0x7F)

static void
field(struct buf *ob, const char *s, size_t n)
{
	size_t i = 0, run = 0, k;
	uint64_t x, fix;
	int r;
	int32_t cp;
	unsigned char c;
	char *o, *o0;

	buf_grow(ob, 3 * n + 1);	/* U+FFFD for every byte at worst */
	o = o0 = ob->s + ob->len;
	while (i < n) {
		if (i + 8 <= n) {
			/* 8 bytes at a time, line feeds made spaces */
			memcpy(o, s + run, i - run);
			o += i - run;
			while (i + 8 <= n) {
				memcpy(&x, s + i, 8);
				if ((r = plain(x, &fix)) == 0 || (r == 2 &&
				    (i + 8 == n || !PRINT(s[i + 8]))) ||
				    (o == o0 && (unsigned char)s[i] <= ' '))
					break;
				x ^= fix;
				memcpy(o, &x, 8);
				o += 8;
				i += 8;
			}
			run = i;
		}
		while (i < n && PRINT(s[i]))
			i++;
		if (i >= n)
			break;
		c = s[i];
		if (c == ' ' && i + 1 < n && PRINT(s[i + 1]) && i > run) {
			i++;			/* one space between words */
			continue;
		}
		if (c >= 0x80) {
			k = u8_decode(s + i, n - i, &cp);
			if (cp != U8_BAD && !u8_isspace(cp)) {
				i += k;
				continue;
			}
			memcpy(o, s + run, i - run);
			o += i - run;
			if (cp == U8_BAD) {
				memcpy(o, "\xEF\xBF\xBD", 3);
				o += 3;
				run = i += k;
				continue;
			}
		} else {
			memcpy(o, s + run, i - run);
			o += i - run;
		}
		/* a run of white space or controls becomes one space */
		while (i < n) {
			c = s[i];
			if (c <= 0x20 || c == 0x7F) {
				i++;
				continue;
			}
			if (c >= 0x80) {
				k = u8_decode(s + i, n - i, &cp);
				if (cp != U8_BAD && u8_isspace(cp)) {
					i += k;
					continue;
				}
			}
			break;
		}
		if (o > o0 && i < n)
			*o++ = ' ';
		run = i;
	}
	memcpy(o, s + run, n - run);
	o += n - run;
	ob->len += o - o0;
}

/* Drop the first d bytes of the buffer (written already). */
static void
shift(struct para *p, size_t d)
{
	const char *q;

	while ((q = memchr(p->b.s + p->lpos, '\n', d - p->lpos)) != NULL) {
		p->line++;
		p->lpos = q - p->b.s + 1;
	}
	memmove(p->b.s, p->b.s + d, p->b.len - d);
	p->b.len -= d;
	p->off += d;
	p->lpos = 0;
}

/*
 * Write the sentences of the buffer.  At the end of a paragraph (last)
 * all of them; otherwise all but the last, which may go on, unless it is
 * over the cap by itself: then it is broken at its last white space.
 */
static void
flush(struct para *p, int last)
{
	size_t i, upto, cut;

	if (p->b.len == 0)
		return;
	p->v.n = 0;
	sent_split(p->b.s, p->b.len, &p->v);
	if (last) {
		for (i = 0; i < p->v.n; i++)
			emit(p, p->v.v[i].start, p->v.v[i].end);
		p->b.len = 0;
		p->lpos = 0;
		p->counted = 0;
		return;
	}
	upto = p->v.n > 0 ? p->v.n - 1 : 0;
	for (i = 0; i < upto; i++)
		emit(p, p->v.v[i].start, p->v.v[i].end);
	if (upto < p->v.n && p->v.v[upto].start > 0)
		shift(p, p->v.v[upto].start);
	else if (upto == p->v.n)
		shift(p, p->b.len);	/* only white space */
	if (p->b.len < PARA_CAP)
		return;
	/* one sentence over the cap: break it */
	for (cut = p->b.len; cut > 0 && (unsigned char)p->b.s[cut - 1] > ' ';
	    cut--)
		;
	if (cut == 0)
		cut = p->b.len;
	p->v.n = 0;
	i = cut;
	while (i > 0 && (unsigned char)p->b.s[i - 1] <= ' ')
		i--;
	if (i > 0)
		emit(p, 0, i);
	shift(p, cut);
}

static int
split(struct input *in, void *arg)
{
	struct para *p = arg;
	struct line l;
	int r;

	p->b.len = 0;
	p->lpos = 0;
	p->para = 0;
	p->counted = 0;
	buf_reset(&fname);
	if (cli.with_filename)
		field(&fname, in->name, strlen(in->name));
	while ((r = input_line(in, &l)) > 0 && !out_error()) {
		if (wflag && input_blank(&l)) {
			flush(p, 1);
			continue;
		}
		if (p->b.len == 0) {
			p->off = l.off;
			p->line = l.lineno;
			p->lpos = 0;
		}
		buf_add(&p->b, l.s, l.len);
		if (wflag && !l.more && l.eol > 0)
			buf_add(&p->b, l.eol == 2 ? "\r\n" : "\n", l.eol);
		if (!wflag && !l.more)
			flush(p, 1);
		else if (p->b.len >= PARA_CAP)
			flush(p, 0);
	}
	flush(p, 1);
	outflush();
	return r < 0;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "positions", no_argument, NULL, 'n' },
		{ "paragraphs", no_argument, NULL, 'p' },
		{ "wrapped", no_argument, NULL, 'w' },
		CLI_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct para p;
	int ch, rv;

	while ((ch = getopt_long(argc, argv, "Hnpw", longopts, NULL)) != -1)
		switch (ch) {
		case 'n':
			nflag = 1;
			break;
		case 'p':
			pflag = 1;
			break;
		case 'w':
			wflag = 1;
			break;
		default:
			cli_common(&cli, ch);
		}
	argc -= optind;
	argv += optind;

	if (pflag && tsv_format != TSV_TSV) {
		warnx("-p: the empty lines are TSV only");
		cli_usage(&cli);
	}

	out_init();
	memset(&p, 0, sizeof(p));
	cli_columns(&cli, nflag ? "para\tline\tstart\tend\tsentence" :
	    "sentence");
	rv = cli_run(&cli, argc, argv, split, &p);
	buf_free(&p.b);
	buf_free(&out);
	buf_free(&fname);
	buf_free(&sent);
	spanv_free(&p.v);
	return rv | out_close();
}
