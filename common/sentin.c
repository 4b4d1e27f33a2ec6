/* sentin.c: sentsplit's rows read back as documents (see sentin.h). */
#include <err.h>
#include <string.h>

#include "sentin.h"


#define PAD_MAX	4096	/* more white space than this starts a line */

static const char zeros[INPUT_PAD + 1];	/* an empty line, and after it */

/* state: no document handed on yet, or some */
enum { S_FIRST, S_MORE };

static const char *headers[] = {
	"sentence", "file\tsentence", "para\tline\tstart\tend\tsentence",
	"file\tpara\tline\tstart\tend\tsentence"
};

/* A decimal number ending at a TAB: *v, and the byte after the TAB. */
static const char *
number(const char *s, const char *e, uint64_t *v)
{
	const char *p;

	*v = 0;
	for (p = s; p < e && *p >= '0' && *p <= '9' && p - s < 19; p++)
		*v = *v * 10 + (uint64_t)(*p - '0');
	if (p == s || p >= e || *p != '\t')
		return NULL;
	return p + 1;
}

/* Parse row s[0..n) into the r* fields, by the columns of si. */
static int
parse_row(struct sentin *si, const char *s, size_t n)
{
	const char *p = s, *e = s + n, *tab = NULL;

	if (si->hasfile) {
		if ((tab = memchr(s, '\t', n)) == NULL)
			return 0;
		p = tab + 1;
	}
	if (si->haspos) {
		if ((p = number(p, e, &si->rpara)) == NULL ||
		    (p = number(p, e, &si->rline)) == NULL ||
		    (p = number(p, e, &si->rstart)) == NULL ||
		    (p = number(p, e, &si->rend)) == NULL ||
		    si->rend < si->rstart)
			return 0;
	}
	buf_reset(&si->rfile);
	if (tab != NULL)
		buf_add(&si->rfile, s, (size_t)(tab - s));
	buf_addc(&si->rfile, '\0');
	si->rtext = p;
	si->rlen = (size_t)(e - p);
	return 1;
}

/* Is the first line a header, or a row of sentsplit -n? */
static int
decide(struct sentin *si, const struct line *l)
{
	size_t i;

	for (i = 0; i < LEN(headers); i++)
		if (l->len == strlen(headers[i]) &&
		    memcmp(l->s, headers[i], l->len) == 0 && !l->more) {
			si->hasfile = i == 1 || i == 3;
			si->haspos = i >= 2;
			return i > 0 ? 1 : -1;
		}
	if (l->more)
		return 0;
	si->haspos = 1;
	for (si->hasfile = 0; si->hasfile < 2; si->hasfile++)
		if (parse_row(si, l->s, l->len))
			return 2;
	si->haspos = si->hasfile = 0;
	return 0;
}

/* Keep line l as the pending row, with the zeros after it that input.h
 * promises after a line. */
static void
keep_row(struct sentin *si, const struct line *l)
{
	buf_reset(&si->row);
	buf_add(&si->row, l->s, l->len);
	buf_grow(&si->row, INPUT_PAD + 1);
	memset(si->row.s + si->row.len, 0, INPUT_PAD + 1);
	si->pend = 1;
}

/* Read the next row into the r* fields: 1, or 0 at the end (-1: error). */
static int
read_row(struct sentin *si)
{
	struct line l;
	int r;

	si->pend = 0;
	if ((r = input_line(si->in, &l)) != 1)
		return r;
	keep_row(si, &l);
	if (!l.cont && parse_row(si, si->row.s, si->row.len)) {
		if (!si->haspos) {	/* offsets into what is read */
			si->rpara = 0;	/* and no paragraphs */
			si->rline = l.lineno;
			si->rstart = l.off + (uint64_t)(si->rtext - si->row.s);
			si->rend = si->rstart + si->rlen;
		}
	} else {		/* taken as a paragraph of text */
		if (!si->warned++)
			warnx("%s: line %llu: not a sentsplit row; read as "
			    "text", si->label0, (unsigned long long)l.lineno);
		buf_reset(&si->rfile);
		buf_add(&si->rfile, si->name.s, si->name.len);
		buf_addc(&si->rfile, '\0');
		si->rpara = si->lastpara + 1;
		si->rline = si->lastline + 1;
		si->rstart = si->lastend + 1;
		si->rtext = si->row.s;
		si->rlen = si->row.len;
		si->rend = si->rstart + si->rlen;
	}
	/* a new document: another file, or para or start going back */
	si->newdoc = (si->hasfile && strcmp(si->rfile.s, si->name.s) != 0) ||
	    (si->haspos && (si->rpara < si->lastpara ||
	    si->rstart < si->lastend));
	return 1;
}

/* Add the pending row's sentence to the paragraph being joined, at its
 * offset (the white space between sentences as spaces). */
static void
add_sentence(struct sentin *si)
{
	uint64_t gap;

	if (si->para.len == 0)
		si->vend = si->rstart;
	for (gap = si->rstart - si->vend; gap > 0; gap--)
		buf_addc(&si->para, ' ');
	buf_add(&si->para, si->rtext, si->rlen);
	si->vend = si->rstart + si->rlen;
	si->exact = si->rlen == si->rend - si->rstart;
	si->lastpara = si->rpara;
	si->lastline = si->rline;
	si->lastend = si->rend;
	si->pend = 0;
}

/* Does the pending row go on the line being joined?  It does when it is
 * of the same paragraph, close after, and the sentence before it was
 * written as long as its span (else its offset would be off). */
static int
joins(const struct sentin *si)
{
	return si->pend && !si->newdoc && si->haspos && si->exact &&
	    si->rpara == si->lastpara && si->rstart >= si->vend &&
	    si->rstart - si->vend <= PAD_MAX && si->para.len < INPUT_PIECE;
}

/* The next line of a document read from rows: the sentences of a
 * paragraph joined, at their own offsets, or an empty line where the
 * file had one between two paragraphs. */
static int
row_line(struct sentin *si, struct line *l)
{
	uint64_t off, line;
	int r = 1;

	memset(l, 0, sizeof(*l));
	l->eol = 1;
	if (!si->pend) {
		if (si->eof)
			return 0;
		if ((r = read_row(si)) != 1) {
			si->eof = 1;
			return r;
		}
	}
	if (si->newdoc)
		return 0;
	if (si->nlines > 0 && !si->blank && si->rpara != si->lastpara &&
	    si->rline > si->lastline + 1) {
		si->blank = 1;
		l->s = zeros;
		l->off = si->lastend;
		l->lineno = si->lastline + 1;
		return 1;
	}
	si->blank = 0;
	si->nlines++;
	buf_reset(&si->para);
	off = si->rstart;
	line = si->rline;
	add_sentence(si);
	while (si->exact && (r = read_row(si)) == 1 && joins(si))
		add_sentence(si);
	if (r != 1)
		si->eof = 1;
	buf_grow(&si->para, INPUT_PAD + 1);
	memset(si->para.s + si->para.len, 0, INPUT_PAD + 1);
	l->s = si->para.s;
	l->len = si->para.len;
	l->off = off;
	l->lineno = line;
	return 1;
}

int
sentin_open(struct sentin *si, struct input *in)
{
	struct line l;
	int r, k;

	memset(si, 0, sizeof(*si));
	si->in = in;
	si->name0 = in->name;
	si->label0 = in->label;
	buf_add(&si->name, in->name, strlen(in->name) + 1);
	si->name.len--;
	si->state = S_FIRST;
	if ((r = input_line(in, &l)) != 1) {
		si->eof = 1;
		return r;
	}
	k = decide(si, &l);
	si->rows = k > 0;
	if (k <= 0) {		/* text; a "sentence" header is dropped */
		if (k == 0)
			si->first = l;
		return 0;
	}
	if (k == 2) {		/* the row is the first of the document */
		keep_row(si, &l);
		parse_row(si, si->row.s, si->row.len);
	}
	return 0;
}

int
sentin_doc(struct sentin *si)
{
	if (si->state == S_FIRST) {
		si->state = S_MORE;	/* even an empty input is one */
		if (si->rows && !si->pend && !si->eof && read_row(si) != 1)
			si->eof = 1;
	} else if (!si->rows || !si->pend)
		return 0;
	if (si->rows && si->pend && si->hasfile) {
		buf_reset(&si->name);
		buf_add(&si->name, si->rfile.s, strlen(si->rfile.s) + 1);
		si->name.len--;
		si->in->name = si->in->label = si->name.s;
	}
	si->newdoc = 0;
	si->lastpara = si->lastline = si->lastend = 0;
	si->nlines = 0;
	si->blank = 0;
	return 1;
}

int
sentin_line(struct sentin *si, struct line *l)
{
	if (si->rows)
		return row_line(si, l);
	if (si->first.s != NULL) {
		*l = si->first;
		si->first.s = NULL;
		return 1;
	}
	if (si->eof)
		return 0;
	return input_line(si->in, l);
}

void
sentin_close(struct sentin *si)
{
	si->in->name = si->name0;
	si->in->label = si->label0;
	buf_free(&si->name);
	buf_free(&si->row);
	buf_free(&si->para);
	buf_free(&si->rfile);
}

int
sentin_each(struct input *in,
    int (*fn)(struct sentin *, struct input *, void *), void *arg)
{
	struct sentin si;
	int rv;

	rv = sentin_open(&si, in) == -1;
	while (!rv && !out_error() && sentin_doc(&si))
		rv = fn(&si, in, arg) != 0;
	sentin_close(&si);
	return rv;
}
