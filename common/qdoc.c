/*
 * qdoc.c: the chunk of a document that quotes(1) reads (lines, positions,
 * sentences), the quotations found in it, and the order of the stages:
 * pair the marks, attribute, print.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "attrib.h"
#include "blocks.h"
#include "marks.h"
#include "qdoc.h"
#include "qmodel.h"
#include "qwords.h"
#include "speakers.h"

static const char *kindname[K_N] = {
	"direct", "partial", "block", "indirect", "nested"
};

int
qd_cclass(int32_t c)
{
	if (isspace8(c))
		return C_SP;
	if (isalnum8(c))
		return C_AL;
	if (c == '(' || c == '[' || c == '{' || c == '-' || c == '/' ||
	    isdash8(c) || isquote8(c))
		return C_PO;
	return C_PC;
}

int32_t
qd_cp_before(struct qdoc *d, size_t lo, size_t p)
{
	int32_t c;

	if (p <= lo)
		return ' ';
	u8_decode_back(d->ck.s + lo, p - lo, &c);
	return c;
}

int32_t
qd_cp_at(struct qdoc *d, size_t p, size_t hi, size_t *len)
{
	int32_t c;
	size_t n;

	if (p >= hi) {
		if (len)
			*len = 0;
		return ' ';
	}
	n = u8_decode(d->ck.s + p, hi - p, &c);
	if (len)
		*len = n;
	return c;
}

void
qd_fld_set(char *dst, const char *s, size_t n)
{
	size_t i, j = 0;
	int sp = 0;

	for (i = 0; i < n && j + 1 < FLD; i++) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
		    s[i] == '\r') {
			sp = j > 0;
			continue;
		}
		if (sp && j + 2 < FLD)
			dst[j++] = ' ';
		sp = 0;
		dst[j++] = s[i];
	}
	/* do not end inside a UTF-8 sequence */
	while (j > 0 && i < n && ((unsigned char)dst[j - 1] & 0xC0) == 0x80)
		j--;
	if (j > 0 && i < n && (unsigned char)dst[j - 1] >= 0xC0)
		j--;
	dst[j] = '\0';
}

uint64_t
qd_docoff(struct qdoc *d, size_t li, size_t p)
{
	return d->lns[li].off + (p - d->lns[li].pos);
}

/* The document offset of chunk position p. */
uint64_t
qd_pos2off(struct qdoc *d, size_t p)
{
	size_t lo = 0, hi = d->nlns, m;

	while (hi - lo > 1) {
		m = lo + (hi - lo) / 2;
		if (d->lns[m].pos <= p)
			lo = m;
		else
			hi = m;
	}
	if (p > d->lns[lo].pos + d->lns[lo].len)
		p = d->lns[lo].pos + d->lns[lo].len;
	return d->lns[lo].off + (p - d->lns[lo].pos);
}

void
qd_warn_unclosed(struct qdoc *d, size_t li)
{
	if (d->nwarn++ < MAXWARN)
		warnx("%s: line %llu: quotation not closed; cut at the end "
		    "of its paragraph", d->label,
		    (unsigned long long)d->lns[li].lineno);
	else if (d->nwarn == MAXWARN + 1)
		warnx("%s: more quotations not closed", d->label);
}

void
qd_split_line(struct qdoc *d, size_t li)
{
	struct ln *l = &d->lns[li];
	size_t i, n;

	if (l->split)
		return;
	l->split = 1;
	l->s0 = d->sv.n;
	n = sent_split(d->ck.s + l->pos, l->len, &d->sv);
	for (i = l->s0; i < d->sv.n; i++) {
		d->sv.v[i].start += l->pos;
		d->sv.v[i].end += l->pos;
	}
	l->ns = n;
	if (n >= 2)
		d->multi = 1;
}

/* The sentence of line li around p: [*a, *b). */
void
qd_sent_at(struct qdoc *d, size_t li, size_t p, size_t *a, size_t *b)
{
	struct ln *l = &d->lns[li];
	size_t i, lo, hi, m;

	qd_split_line(d, li);
	*a = l->pos;
	*b = l->pos + l->len;
	/* the first sentence that ends at or after p */
	lo = l->s0;
	hi = l->s0 + l->ns;
	while (lo < hi) {
		m = lo + (hi - lo) / 2;
		if (d->sv.v[m].end < p)
			lo = m + 1;
		else
			hi = m;
	}
	i = lo;
	if (i > l->s0)
		*a = d->sv.v[i - 1].end;
	if (i == l->s0 + l->ns)
		return;
	if (d->sv.v[i].start <= p)
		*a = d->sv.v[i].start;
	if (d->sv.v[i].start > p && i > l->s0) {
		*b = d->sv.v[i].start;
		return;
	}
	*b = d->sv.v[i].end;
}

size_t
qd_new_quote(struct qdoc *d, size_t li, size_t os, size_t qs, int parent)
{
	struct quote *q;

	if (d->nq == d->capq) {
		d->capq = d->capq ? 2 * d->capq : 64;
		d->qv = xreallocarray(d->qv, d->capq, sizeof(*d->qv));
	}
	q = &d->qv[d->nq];
	memset(q, 0, sizeof(*q));
	q->os = os;
	q->qs = qs;
	q->l0 = q->l1 = li;
	q->parent = parent;
	q->kind = parent >= 0 ? K_NESTED : K_DIRECT;
	q->g0 = d->ngv;
	return d->nq++;
}

void
qd_add_gap(struct qdoc *d, size_t q, size_t a, size_t b)
{
	if (d->ngv == d->capgv) {
		d->capgv = d->capgv ? 2 * d->capgv : 16;
		d->gv = xreallocarray(d->gv, d->capgv, sizeof(*d->gv));
	}
	d->gv[d->ngv].a = a;
	d->gv[d->ngv].b = b;
	d->ngv++;
	d->qv[q].ng++;
}

/* The first letter or digit of ck.s[a..b), or 0; *lead is set when a
 * period or an ellipsis comes before it. */
int32_t
qd_first_alnum(struct qdoc *d, size_t a, size_t b, int *lead)
{
	size_t p, n;
	int32_t c;

	for (p = a; p < b; p += n) {
		c = qd_cp_at(d, p, b, &n);
		if (isalnum8(c))
			return c;
		if (lead != NULL && (c == 0x2026 || c == '.'))
			*lead = 1;
	}
	return 0;
}

int
qd_only_punct(struct qdoc *d, size_t a, size_t b)
{
	return qd_first_alnum(d, a, b, NULL) == 0;
}

/* The last character of ck.s[a..b) that is not a space or a mark. */
int32_t
qd_last_char(struct qdoc *d, size_t a, size_t b)
{
	int32_t c;

	while (b > a) {
		b -= u8_decode_back(d->ck.s + a, b - a, &c);
		if (!isspace8(c) && !isquote8(c))
			return c;
	}
	return 0;
}

int
qd_starts_upper(struct qdoc *d, size_t a, size_t b)
{
	int lead = 0;
	int32_t c = qd_first_alnum(d, a, b, &lead);

	return lead || c == 0 || u8_isupper(c) || u8_isdigit(c);
}

/* Number of words (roughly) in ck.s[a..b). */
size_t
qd_nwords(struct qdoc *d, size_t a, size_t b)
{
	size_t p, k = 0;
	int in = 0;

	for (p = a; p < b; p++) {
		if (d->ck.s[p] == ' ' || d->ck.s[p] == '\n' ||
		    d->ck.s[p] == '\t')
			in = 0;
		else if (!in) {
			in = 1;
			k++;
		}
	}
	return k;
}

/* Does line li end with a colon? */
int
qd_ends_colon(struct qdoc *d, size_t li)
{
	size_t e = d->lns[li].pos + d->lns[li].len, lo = d->lns[li].pos;

	while (e > lo && spacebyte(d->ck.s[e - 1]))
		e--;
	return e > lo && d->ck.s[e - 1] == ':';
}

/* The next (dir 1) or previous (dir -1) line that is not blank. */
size_t
qd_line_near(struct qdoc *d, size_t li, int dir)
{
	do
		li += (size_t)dir;
	while (li < d->nlns && d->lns[li].blank);
	return li;
}

static int
cmp_order(const void *x, const void *y)
{
	const struct quote *a = *(const struct quote *const *)x;
	const struct quote *b = *(const struct quote *const *)y;

	if (a->qs != b->qs)
		return a->qs < b->qs ? -1 : 1;
	if (a->parent != b->parent)
		return a->parent < b->parent ? -1 : 1;
	return 0;
}

/* The number in the document of the sentence of line li that holds
 * chunk position p (the first that ends after it). */
static uint64_t
sent_of(struct qdoc *d, size_t li, size_t p)
{
	const struct ln *l = &d->lns[li];
	size_t i;

	for (i = 0; i + 1 < l->ns; i++)
		if (d->sv.v[l->s0 + i].end > p)
			break;
	return l->sbase + i + 1;
}

/* Every line's sentences, so that the rows can name theirs: the lines
 * split before (they are kept) and the others, in document order. */
static void
count_sents(struct qdoc *d)
{
	size_t li;

	for (li = 0; li < d->nlns; li++) {
		qd_split_line(d, li);
		d->lns[li].sbase = d->nsent;
		d->nsent += d->lns[li].ns;
	}
}

/* Hand quotation q to the caller as a row. */
static void
emit_row(struct qdoc *d, struct quote *q)
{
	struct qrow r;
	size_t a = q->qs, b = q->qe, g, p;

	while (a < b && spacebyte(d->ck.s[a]))
		a++;
	while (b > a && spacebyte(d->ck.s[b - 1]))
		b--;
	spk_model_name(d, &q->a);
	r.speaker = q->a.spk;
	r.mention = q->a.men;
	r.cue = q->a.cue;
	r.kind = kindname[q->kind];
	r.gender = names_gender_name(q->a.g);
	r.line = d->lns[q->l0].lineno;
	r.start = a >= d->lns[q->l0].pos &&
	    a <= d->lns[q->l0].pos + d->lns[q->l0].len ?
	    qd_docoff(d, q->l0, a) : qd_pos2off(d, a);
	r.end = b >= d->lns[q->l1].pos &&
	    b <= d->lns[q->l1].pos + d->lns[q->l1].len ?
	    qd_docoff(d, q->l1, b) : qd_pos2off(d, b);
	buf_reset(&d->qtext);
	p = a;
	for (g = q->g0; g < q->g0 + q->ng; g++) {
		if (d->gv[g].a < p || d->gv[g].a > b)
			continue;
		buf_add(&d->qtext, d->ck.s + p, d->gv[g].a - p);
		buf_addc(&d->qtext, ' ');
		p = d->gv[g].b;
	}
	if (p < b)
		buf_add(&d->qtext, d->ck.s + p, b - p);
	r.sent = sent_of(d, q->l0, a);
	r.text = d->qtext.s;
	r.len = d->qtext.len;
	d->emit(&r, d->emit_arg);
}

/*
 * Line li, [pos, hi) of the chunk, holds no quotation: after "X said:"
 * it is X's statement when a blank line sets it off, or when lines are
 * paragraphs (a line held several sentences); after "X denied the
 * claims:" only when a blank line sets it off.
 */
static void
statement(struct qdoc *d, size_t li, size_t hi)
{
	int par = li > 0 && d->lns[li - 1].blank;

	if (!d->intro.ok || d->intro_gap != 0 || !d->intro_colon ||
	    d->lns[li].marks || !(par || (d->multi && !d->intro_frag)))
		return;
	blk_push_block(d, li, li, d->lns[li].pos, hi, &d->intro);
	spk_note_speaker(d, &d->intro, qd_docoff(d, li, d->lns[li].pos));
	d->intro.ok = 0;
}

/*
 * Line li is an answer of a transcript (A: ..., NAME: ...) that holds
 * quotations T[0..nt) of its own: the answer is the block quotation, and
 * they are nested in it.  The number of them, or 0 when the line is no
 * answer or a quotation runs on past it.
 */
static size_t
answer(struct qdoc *d, size_t li, const size_t *T, size_t nt)
{
	size_t k, n, bq;

	for (n = 0; n < nt && d->qv[T[n]].l0 == li; n++)
		if (d->qv[T[n]].l1 != li)
			return 0;
	if (n == 0 || !blk_transcript(d, li, &bq))
		return 0;
	if (bq == SIZE_MAX)
		return 0;	/* a question: its marks stay quotations */
	for (k = 0; k < n; k++) {
		d->qv[T[k]].parent = (int)bq;
		d->qv[T[k]].kind = K_NESTED;
	}
	return n;
}

/* Is the chunk hard-wrapped text: do most lines go on in the next one? */
static int
chunk_wrapped(struct qdoc *d)
{
	size_t li, k = 0, nt = 0;

	for (li = 0; li + 1 < d->nlns; li++)
		if (!d->lns[li].blank) {
			nt++;
			if (!d->lns[li + 1].blank &&
			    !marks_ends_sentence(d, li))
				k++;
		}
	return nt >= 4 && k * 3 >= nt;
}

static void
process_chunk(struct qdoc *d)
{
	size_t li, ti, t0, k, nt = 0, cur, hi, qi;
	size_t *T;
	int touched;

	if (d->nlns == 0)
		return;
	d->wrapped = chunk_wrapped(d);
	d->pending = (size_t)-1;
	nt = 0;
	/* pair the marks */
	d->sd = 0;
	d->reopen_at = (size_t)-1;
	for (li = 0; li < d->nlns; li++) {
		if (d->lns[li].blank)
			continue;
		if (d->lns[li].marks || d->sd > 0)
			marks_scan_line(d, li);
		if (d->sd > 0 && d->reopen_at == (size_t)-1)
			marks_line_end(d, li);
	}
	if (d->sd > 0) {		/* the chunk was cut inside a quotation */
		qi = d->st[0].q;
		d->qv[qi].qe = d->qv[qi].ce = d->lns[d->nlns - 1].pos +
		    d->lns[d->nlns - 1].len;
		d->qv[qi].l1 = d->nlns - 1;
		d->qv[qi].unclosed = 1;
		while (d->sd > 1)
			d->qv[d->st[--d->sd].q].dead = 1;
		d->sd = 0;
		qd_warn_unclosed(d, d->qv[qi].l0);
	}
	d->npair = d->nq;
	/* the top-level quotations, in order */
	T = xreallocarray(NULL, d->nq + 1, sizeof(*T));
	for (k = 0; k < d->nq; k++)
		if (d->qv[k].parent < 0 && !d->qv[k].dead &&
		    d->qv[k].qe >= d->qv[k].qs)
			T[nt++] = k;
	ti = 0;
	for (li = 0; li < d->nlns; li++) {
		if (d->lns[li].blank)
			continue;
		if (ti < nt && d->qv[T[ti]].l0 == li &&
		    (k = answer(d, li, T + ti, nt - ti)) > 0) {
			ti += k;	/* A: ... "emergency," ...: nested */
			spk_scan_names(d, d->lns[li].pos, d->lns[li].pos +
			    d->lns[li].len, li);
			d->pending = (size_t)-1;
			continue;
		}
		if (ti < nt && d->qv[T[ti]].l0 < li && d->qv[T[ti]].l1 > li)
			continue;
		if (!d->lns[li].marks && blk_is_byline(d, li, &cur)) {
			blk_byline(d, li, cur);
			continue;
		}
		cur = d->lns[li].pos;
		hi = cur + d->lns[li].len;
		t0 = ti;
		touched = 0;
		/* paragraphs since the last speaker (lines unless wrapped) */
		if (!d->wrapped || li == 0 || d->lns[li - 1].blank)
			d->cont_gap++;
		while (ti < nt && d->qv[T[ti]].l0 <= li) {
			qi = T[ti];
			if (d->qv[qi].l0 == li) {
				spk_scan_names(d, cur, d->qv[qi].os, li);
				touched = 1;
			}
			if (d->qv[qi].l1 != li) {
				cur = hi;
				break;
			}
			touched = 1;
			attrib_attribute(d, qi, ti > 0 ? T[ti - 1] : (size_t)-1,
			    ti + 1 < nt ? T[ti + 1] : (size_t)-1);
			cur = d->qv[qi].ce;
			ti++;
		}
		if (!touched && !d->lns[li].marks &&
		    blk_transcript(d, li, NULL)) {
			spk_scan_names(d, d->lns[li].pos, hi, li);
			d->intro.ok = 0;
			d->pending = (size_t)-1;
			continue;
		}
		if (!touched && !d->lns[li].marks &&
		    (blk_name_line(d, li) || blk_pull_quote(d, li))) {
			spk_scan_names(d, d->lns[li].pos, hi, li);
			d->pending = (size_t)-1;
			continue;
		}
		if (!touched) {
			/* a paragraph or sentence with no quotation */
			d->pending = (size_t)-1;
			statement(d, li, hi);
			spk_scan_names(d, d->lns[li].pos, hi, li);
			d->intro_gap++;
			if (d->iflag)
				blk_indirect(d, li);
			attrib_set_intro(d, li, d->lns[li].pos);
			continue;
		}
		if (cur < hi)
			spk_scan_names(d, cur, hi, li);
		attrib_carry_speakers(d, T, t0, ti);
		for (k = t0; k < ti; k++)
			blk_said(d, &d->qv[T[k]]);
		if (ti > t0)
			d->lastq_at = qd_docoff(d, d->qv[T[ti - 1]].l1,
			    d->qv[T[ti - 1]].ce);
		if (cur < hi)
			attrib_set_intro(d, li, cur);
	}
	free(T);
	if (d->nflag)
		attrib_nested_attr(d);
	/* print in document order */
	if (d->caporder < d->nq) {
		d->caporder = d->nq;
		d->order = xreallocarray(d->order, d->caporder,
		    sizeof(*d->order));
	}
	nt = 0;
	for (k = 0; k < d->nq; k++) {
		if (d->qv[k].dead || d->qv[k].qe < d->qv[k].qs)
			continue;
		if (d->qv[k].parent >= 0 &&
		    (!d->nflag || d->qv[d->qv[k].parent].dead))
			continue;
		if (!(d->keep & (1u << d->qv[k].kind)))
			continue;
		d->order[nt++] = &d->qv[k];
	}
	if (nt > 1)
		qsort(d->order, nt, sizeof(*d->order), cmp_order);
	count_sents(d);
	for (k = 0; k < nt && !out_error(); k++)
		emit_row(d, d->order[k]);
	/* empty the chunk */
	d->nlns = d->nq = d->ngv = 0;
	d->sv.n = 0;
	buf_reset(&d->ck);
}

/* Trade the lines of the chunk in d for those of slot s. */
static void
swap_chunk(struct qdoc *d, struct qslot *s)
{
	struct buf b = d->ck;
	struct ln *l = d->lns;
	size_t n = d->nlns, cap = d->caplns;
	struct names nm = d->qnames;

	d->ck = s->ck;
	d->lns = s->lns;
	d->nlns = s->nlns;
	d->caplns = s->caplns;
	d->qnames = s->names;
	s->ck = b;
	s->lns = l;
	s->nlns = n;
	s->caplns = cap;
	s->names = nm;
}

/* Print the chunk of slot s, whose model is made. */
static void
print_slot(struct qdoc *d, struct qslot *s)
{
	swap_chunk(d, s);
	process_chunk(d);
	swap_chunk(d, s);
}

/* Print the oldest chunk waiting, once its model is made, and free its
 * slot. */
static void
print_head(struct qdoc *d)
{
	struct qslot *s = &d->slot[d->head];

	qmodel_wait(d, s);
	print_slot(d, s);
	d->head = (d->head + 1) % NSLOT;
	d->nslot--;
}

/*
 * The chunk read is cut: it goes to the next free slot and its model is
 * started.  The oldest chunk waiting is printed when its model is made,
 * or, when no slot is left for the next chunk, once it is made; the
 * chunks are printed in the order they were cut.
 */
static void
cut_chunk(struct qdoc *d)
{
	struct qslot *s = &d->slot[(d->head + d->nslot) % NSLOT];

	swap_chunk(d, s);
	d->bal_dq = d->bal_gu = d->n_straight = 0;
	qmodel_start(d, s);
	d->nslot++;
	if (d->nslot == NSLOT || qmodel_made(&d->slot[d->head]))
		print_head(d);
}

/* At the end of the document: print the chunks that wait. */
static void
print_pending(struct qdoc *d)
{
	while (d->nslot > 0)
		print_head(d);
}

/* Does the line hold a quotation mark (an apostrophe is none)? */
static int
has_marks(const char *s, size_t n)
{
	static const unsigned char hot[256] = {
		['"'] = 1, ['\''] = 1, [0xE2] = 1, [0xC2] = 1
	};
	size_t i;
	unsigned char c;

	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (!hot[c])
			continue;
		if (c == '"')
			return 1;
		if (c == '\'' && (i == 0 || s[i - 1] == ' ' ||
		    s[i - 1] == '(' || s[i - 1] == '"'))
			return 1;
		if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
			c = (unsigned char)s[i + 2];
			if (c == 0x9C || c == 0x9D || c == 0x9E || c == 0x9F ||
			    c == 0x98 || c == 0x9A || c == 0xB9 || c == 0xBA)
				return 1;
		}
		if (c == 0xC2 && i + 1 < n &&
		    ((unsigned char)s[i + 1] == 0xAB ||
		    (unsigned char)s[i + 1] == 0xBB))
			return 1;
	}
	return 0;
}

/* Count opening and closing double marks, to cut chunks where all are
 * closed. */
static void
count_marks(struct qdoc *d, const char *s, size_t n)
{
	size_t i;
	unsigned char c;

	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c == '"')
			d->n_straight++;
		else if (c == 0xE2 && i + 2 < n &&
		    (unsigned char)s[i + 1] == 0x80) {
			c = (unsigned char)s[i + 2];
			if (c == 0x9C || c == 0x9E)
				d->bal_dq++;
			else if (c == 0x9D)
				d->bal_dq--;
		} else if (c == 0xC2 && i + 1 < n) {
			if ((unsigned char)s[i + 1] == 0xAB)
				d->bal_gu++;
			else if ((unsigned char)s[i + 1] == 0xBB)
				d->bal_gu--;
		}
	}
}

static void
doc_reset(struct qdoc *d, struct input *in)
{
	ws_free(&d->said);
	ws_free(&d->saidpre);
	ws_init(&d->said, 0);
	ws_init(&d->saidpre, 0);
	d->nsaid = 0;
	memset(&d->subj, 0, sizeof(d->subj));
	memset(&d->lastspk, 0, sizeof(d->lastspk));
	memset(d->recent, 0, sizeof(d->recent));
	memset(d->others, 0, sizeof(d->others));
	d->nrecent = d->nothers = 0;
	memset(&d->cont, 0, sizeof(d->cont));
	memset(&d->intro, 0, sizeof(d->intro));
	d->cont_gap = d->intro_gap = 99;
	d->lastq_at = 0;
	d->nsent = 0;
	d->multi = 0;
	d->nwarn = 0;
	d->label = in->label;
	d->curin = in;
	d->nlns = d->nq = d->ngv = 0;
	d->sv.n = 0;
	buf_reset(&d->ck);
	d->bal_dq = d->bal_gu = d->n_straight = 0;
}

static void
end_line(struct qdoc *d)
{
	struct ln *l = &d->lns[d->nlns - 1];
	size_t i;

	buf_addc(&d->ck, '\n');
	for (i = 0; i < l->len && ((unsigned char)d->ck.s[l->pos + i] <= ' ' ||
	    spacebyte(d->ck.s[l->pos + i])); i++)
		;
	l->blank = i == l->len;
	l->marks = !l->blank && has_marks(d->ck.s + l->pos, l->len);
	if (l->marks)
		count_marks(d, d->ck.s + l->pos, l->len);
}

struct qdoc *
qdoc_new(unsigned keep, qrow_fn *emit, void *arg)
{
	static int lists;
	struct qdoc *d;

	if (!lists) {
		qw_init();
		spk_tables();
		lists = 1;
	}
	d = xcalloc(1, sizeof(*d));
	d->keep = keep;
	d->iflag = (keep & (1u << K_INDIRECT)) != 0;
	d->nflag = (keep & (1u << K_NESTED)) != 0;
	d->emit = emit;
	d->emit_arg = arg;
	d->pending = d->reopen_at = (size_t)-1;
	ws_init(&d->said, 0);
	ws_init(&d->saidpre, 0);
	return d;
}

void
qdoc_free(struct qdoc *d)
{
	if (d == NULL)
		return;
	qmodel_free(d);
	ws_free(&d->said);
	ws_free(&d->saidpre);
	free(d->saidv);
	buf_free(&d->skey);
	buf_free(&d->ck);
	buf_free(&d->qtext);
	spanv_free(&d->sv);
	free(d->lns);
	free(d->qv);
	free(d->gv);
	free(d->order);
	free(d);
}

const char *
qdoc_kind(int k)
{
	return k >= 0 && k < K_N ? kindname[k] : NULL;
}

void
qdoc_begin(struct qdoc *d, struct input *in)
{
	doc_reset(d, in);
	d->open = 0;
}

void
qdoc_line(struct qdoc *d, const char *s, size_t n, uint64_t off,
    uint64_t lineno, int more)
{
	struct ln *p;

	if (!d->open) {
		if (d->nlns == d->caplns) {
			d->caplns = d->caplns ? 2 * d->caplns : 256;
			d->lns = xreallocarray(d->lns, d->caplns,
			    sizeof(*d->lns));
		}
		p = &d->lns[d->nlns++];
		memset(p, 0, sizeof(*p));
		p->pos = d->ck.len;
		p->off = off;
		p->lineno = lineno;
		d->open = 1;
	}
	buf_add(&d->ck, s, n);
	d->lns[d->nlns - 1].len += n;
	if (more && d->ck.len < CHUNK_MAX)
		return;
	end_line(d);
	d->open = 0;
	if ((d->ck.len >= CHUNK_MIN && d->bal_dq == 0 && d->bal_gu == 0 &&
	    d->n_straight % 2 == 0) || d->ck.len >= CHUNK_MAX)
		cut_chunk(d);
}

void
qdoc_end(struct qdoc *d)
{
	if (d->open)
		end_line(d);
	d->open = 0;
	if (d->nlns > 0)
		cut_chunk(d);
	print_pending(d);
}
