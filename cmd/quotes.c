/*
 * quotes: who said what.  Finds the quotations of English news text and
 * the speaker each is attributed to, one a line: speaker, mention, cue,
 * kind, line, start, end, gender, sent, quote.  This is the driver (options,
 * the document loop, printing); the engine is quote.h, its stages are
 * described in qdoc.h.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "input.h"
#include "quote.h"
#include "sentin.h"
#include "tsv.h"
#include "utf8.h"
#include "util.h"

enum {
	OPT_NESTED = CLI_FIRST_TOOL_OPT
};

static const struct option longopts[] = {
	{ "indirect", no_argument, NULL, 'i' },
	{ "kinds", required_argument, NULL, 'k' },
	{ "nested", no_argument, NULL, 'n' },
	CLI_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

static struct cli cli = {
	"quotes",
	"quotes [-Hin] [-k kinds] [--header] [--csv | --jsonl | --format=fmt]\n"
	"              [file ...]",
	"Find the quotations of English news and who said each one.\n"
	"\n"
	"  -H, --with-filename  prefix each row with the file name\n"
	"  -i, --indirect       also report indirect speech (Paul said that ...)\n"
	"  -k, --kinds=LIST     keep only these kinds (comma-separated): direct,\n"
	"                       partial, block, indirect, nested (default:\n"
	"                       direct,partial,block; any case)\n"
	"  -n, --nested         report quotations nested in another as rows of\n"
	"                       their own (kind nested)\n"
	"      --csv, --jsonl   --format=csv, --format=jsonl\n"
	"      --format=FMT     tsv (the default), csv or jsonl\n"
	"      --header         print a first row of column names\n"
	"      --help           print this help and exit\n"
	"      --version        print the version and exit\n"
	"Columns: speaker mention cue kind line start end gender sent quote.\n",
	0, 0
};

static struct buf otext;	/* a field being written */

/*
 * A text field, as tsv_text() writes it (white space and control
 * characters collapsed, invalid bytes as U+FFFD), but built in one buffer
 * and written at once.
 */
static void
put_text(const char *s, size_t n)
{
	size_t i, k, bad;
	int32_t c;
	int sp = 0;
	unsigned char b;
	char *o;

	u8_check(s, n, &bad);
	if (bad) {
		tsv_text(s, n);
		return;
	}
	buf_reset(&otext);
	buf_grow(&otext, n);
	o = otext.s;
	for (i = 0; i < n; i++) {
		b = (unsigned char)s[i];
		if (b <= ' ' || b == 0x7F) {
			sp = 1;
			continue;
		}
		if (b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xE3 ||
		    b == 0xEF) {
			k = u8_decode(s + i, n - i, &c);
			if (c < 0xA0 || u8_isspace(c)) {
				sp = 1;
				i += k - 1;
				continue;
			}
		}
		if (sp && o > otext.s)
			*o++ = ' ';
		sp = 0;
		*o++ = (char)b;
	}
	otext.len = (size_t)(o - otext.s);
	tsv_field(otext.s, otext.len);
}

static struct input *curin;	/* the document being read */

/* Print one row. */
static void
put_row(const struct qrow *r, void *arg)
{
	(void)arg;
	cli_file_field(&cli, curin);
	tsv_text(r->speaker, strlen(r->speaker));
	tsv_tab();
	tsv_text(r->mention, strlen(r->mention));
	tsv_tab();
	tsv_text(r->cue, strlen(r->cue));
	tsv_tab();
	tsv_str(r->kind);
	tsv_tab();
	tsv_u64(r->line);
	tsv_tab();
	tsv_u64(r->start);
	tsv_tab();
	tsv_u64(r->end);
	tsv_tab();
	tsv_str(r->gender);
	tsv_tab();
	tsv_u64(r->sent);
	tsv_tab();
	put_text(r->text, r->len);
	tsv_end();
}

/* One document: its lines into the engine, its rows out; 1 on a read
 * error. */
static int
document(struct sentin *si, struct input *in, void *arg)
{
	struct qdoc *d = arg;
	struct line l;
	int r;

	qdoc_begin(d, in);
	while ((r = sentin_line(si, &l)) == 1) {
		qdoc_line(d, l.s, l.len, l.off, l.lineno, l.more);
		if (out_error())
			break;
	}
	qdoc_end(d);
	fflush(stdout);
	return r == -1;
}

static int
quotes(struct input *in, void *arg)
{
	curin = in;
	return sentin_each(in, document, arg);
}

int
main(int argc, char *argv[])
{
	struct qdoc *d;
	unsigned keep, more = 0;
	int ch, rv;

	keep = (1u << K_DIRECT) | (1u << K_PARTIAL) | (1u << K_BLOCK);
	while ((ch = getopt_long(argc, argv, "Hik:n", longopts, NULL)) != -1)
		switch (ch) {
		case 'i':
			more |= 1u << K_INDIRECT;
			break;
		case 'k':
			keep = cli_list(&cli, 'k', optarg, "kind", qdoc_kind,
			    NULL);
			break;
		case 'n':
			more |= 1u << K_NESTED;
			break;
		default:
			cli_common(&cli, ch);
		}
	argc -= optind;
	argv += optind;

	out_init();
	d = qdoc_new(keep | more, put_row, NULL);
	cli_columns(&cli, "speaker\tmention\tcue\tkind\tline\tstart\tend\t"
	    "gender\tsent\tquote");
	rv = cli_run(&cli, argc, argv, quotes, d);
	qdoc_free(d);
	return rv | out_close();
}
