/*
 * sentsplit: split English text into sentences, one a line.
 *
 * Paragraphs are gathered in a buffer of bounded size (a line by default,
 * the lines up to a blank one with -w) and handed to the segmenter of
 * common/sent.c.  A paragraph longer than the buffer is cut: the complete
 * sentences are written and the unfinished one is carried on; a single
 * sentence longer than the buffer is broken at its last white space.
 */
#include <getopt.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "input.h"
#include "sent.h"
#include "tsv.h"
#include "util.h"

#ifndef PARA_CAP
#define PARA_CAP	(256u << 10)	/* bytes of a paragraph held at once */
#endif

static int	nflag, pflag, wflag;
static int	anyout;			/* a paragraph has been written */

static struct cli cli = {
	"sentsplit",
	"sentsplit [-Hnpw] [--header] [file ...]",
	"Split English text into sentences, one a line.\n"
	"\n"
	"  -n, --positions   prefix columns para, line, start, end\n"
	"  -p, --paragraphs  an empty line between paragraphs\n"
	"  -w, --wrapped     hard-wrapped text: only blank lines end "
	"paragraphs\n"
	"                    (default: every line break ends one)\n"
	"  -H, --with-filename  prefix a file column\n"
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

static void
emit(struct para *p, const struct input *in, size_t a, size_t b)
{
	const char *q;

	if (!p->counted) {
		if (pflag && anyout)
			tsv_end();
		p->counted = 1;
		p->para++;
		anyout = 1;
	}
	cli_file_field(&cli, in);
	if (nflag) {
		while ((q = memchr(p->b.s + p->lpos, '\n', a - p->lpos)) !=
		    NULL) {
			p->line++;
			p->lpos = q - p->b.s + 1;
		}
		p->lpos = a;
		tsv_u64(p->para);
		tsv_tab();
		tsv_u64(p->line);
		tsv_tab();
		tsv_u64(p->off + a);
		tsv_tab();
		tsv_u64(p->off + b);
		tsv_tab();
	}
	tsv_text(p->b.s + a, b - a);
	tsv_end();
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
flush(struct para *p, const struct input *in, int last)
{
	size_t i, upto, cut;

	if (p->b.len == 0)
		return;
	p->v.n = 0;
	sent_split(p->b.s, p->b.len, &p->v);
	if (last) {
		for (i = 0; i < p->v.n; i++)
			emit(p, in, p->v.v[i].start, p->v.v[i].end);
		p->b.len = 0;
		p->lpos = 0;
		p->counted = 0;
		return;
	}
	upto = p->v.n > 0 ? p->v.n - 1 : 0;
	for (i = 0; i < upto; i++)
		emit(p, in, p->v.v[i].start, p->v.v[i].end);
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
		emit(p, in, 0, i);
	shift(p, cut);
}

static int
blank(const struct line *l)
{
	size_t i;

	if (l->cont || l->more)
		return 0;
	for (i = 0; i < l->len; i++)
		if ((unsigned char)l->s[i] > ' ')
			return 0;
	return 1;
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
	while ((r = input_line(in, &l)) > 0 && !out_error()) {
		if (wflag && blank(&l)) {
			flush(p, in, 1);
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
			flush(p, in, 1);
		else if (p->b.len >= PARA_CAP)
			flush(p, in, 0);
	}
	flush(p, in, 1);
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

	out_init();
	memset(&p, 0, sizeof(p));
	if (cli.header)
		tsv_header(nflag ? "para\tline\tstart\tend\tsentence" :
		    "sentence", cli.with_filename);
	rv = cli_run(&cli, argc, argv, split, &p);
	buf_free(&p.b);
	spanv_free(&p.v);
	return rv | out_close();
}
