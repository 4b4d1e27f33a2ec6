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

/* The output buffer: records are built here and written in big chunks. */
#define OBUF	(1 << 16)
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

/* The token itself, normalised as asked, invalid bytes as U+FFFD. */
static void
put_token(const char *s, size_t n)
{
	size_t i, bad;
	int ascii = 1;
	char *p;

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

static int
tokenize(struct input *in, void *arg)
{
	struct line l;
	struct tok t = TOK_INIT;
	const char *cls;
	char num[24], *p;
	size_t pos, cl;
	int r, flags = ptbflag ? TOK_PTB : 0;
	uint64_t off;

	(void)arg;
	if (cli.with_filename)
		set_fname(in->name);
	while ((r = input_line(in, &l)) == 1) {
		pos = 0;
		t.np = 0;
		while (tok_next(l.s, l.len, &pos, &t, flags)) {
			if (wflag && !tok_is_wordlike(t.cls))
				continue;
			if (OBUF - olen < 128)
				oflush();
			if (cli.with_filename)
				oput(fname.s, fname.len);
			put_token(l.s + t.start, t.end - t.start);
			cls = tok_class_name(t.cls);
			cl = strlen(cls);
			if (OBUF - olen < 96)
				oflush();
			p = obuf + olen;
			*p++ = '\t';
			memcpy(p, cls, cl);
			p += cl;
			*p++ = '\t';
			p += fmt_u64(p, l.lineno);
			*p++ = '\t';
			off = l.off + t.start;
			p += fmt_u64(p, off);
			*p++ = '\t';
			p += fmt_u64(p, off + (t.end - t.start));
			*p++ = '\n';
			olen = (size_t)(p - obuf);
		}
		if (out_error())
			break;
	}
	(void)num;
	oflush();
	return r == -1;
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
	if (cli.header) {
		tsv_header("token\tclass\tline\tstart\tend", cli.with_filename);
	}
	rv = cli_run(&cli, argc, argv, tokenize, NULL);
	buf_free(&fname);
	buf_free(&norm);
	return rv | out_close();
}
