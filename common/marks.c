/* marks.c: pairing quotation marks (marks.h). */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "marks.h"
#include "qdoc.h"

enum { M_NONE, M_OPEN0, M_OPEN, M_CLOSE };

static int
find_open(struct qdoc *d, int fam)
{
	int k;

	for (k = d->sd - 1; k >= 0; k--)
		if (d->st[k].fam == fam)
			return k;
	return -1;
}

/* The innermost double quotation opened by a curly or low mark. */
static int
find_curly(struct qdoc *d)
{
	int k;

	for (k = d->sd - 1; k >= 0; k--)
		if (d->st[k].fam == F_DQ && d->st[k].cp != '"')
			return k;
	return -1;
}

static void
do_open(struct qdoc *d, size_t li, int fam, int32_t cp, size_t p, size_t n)
{
	size_t q;

	if (d->sd == MAXDEPTH)
		return;
	q = qd_new_quote(d, li, p, p + n,
	    d->sd > 0 ? (int)d->st[d->sd - 1].q : -1);
	d->st[d->sd].fam = fam;
	d->st[d->sd].cp = cp;
	d->st[d->sd].q = q;
	d->sd++;
}

static void
do_close(struct qdoc *d, size_t li, int k, size_t p, size_t n)
{
	struct quote *q;

	while (d->sd - 1 > k)		/* unclosed marks nested inside */
		d->qv[d->st[--d->sd].q].dead = 1;
	q = &d->qv[d->st[k].q];
	q->qe = p;
	q->ce = p + n;
	q->l1 = li;
	d->sd = k;
	/* a block of mark pairs inside a gap never happens: gaps only at
	 * re-openings, which are skipped when scanning */
}

/* Words after an apostrophe that make it one ('em, 'tis, 'n'). */
static int
elision(struct qdoc *d, size_t p, size_t hi)
{
	static const char *w[] = { "em", "tis", "twas", "cause", "til",
	    "n", "bout", "s", "d", "ll", "re", "ve", "t", "m", "ere", "un" };
	size_t i, e, k;

	for (e = p; e < hi && ((d->ck.s[e] >= 'a' && d->ck.s[e] <= 'z') ||
	    (d->ck.s[e] >= 'A' && d->ck.s[e] <= 'Z')); e++)
		;
	if (e < hi && (unsigned char)d->ck.s[e] >= 0x80) {
		int32_t c;

		u8_decode(d->ck.s + e, hi - e, &c);
		if (isalnum8(c))
			return 0;
	}
	for (i = 0; i < LEN(w); i++) {
		k = strlen(w[i]);
		if (k == e - p && strncasecmp(d->ck.s + p, w[i], k) == 0)
			return 1;
	}
	return 0;
}

/* Is there a closing single mark for an opening at p, in s[p..hi)? */
static int
single_closes(struct qdoc *d, size_t p, size_t hi, int straight)
{
	size_t i, n, lim = MIN(hi, p + 3000);
	int32_t c, pc, nc;

	for (i = p; i < lim; i += n) {
		n = 1;
		if (d->ck.s[i] == '\'' ||
		    (!straight && (unsigned char)d->ck.s[i] ==
		    0xE2)) {
			c = qd_cp_at(d, i, hi, &n);
			if (c != '\'' && c != 0x2019 && c != 0x2018)
				continue;
			if ((c == '\'') != straight)
				continue;
			pc = qd_cp_before(d, p, i);
			nc = qd_cp_at(d, i + n, hi, NULL);
			if (qd_cclass(pc) != C_SP && !isalnum8(nc))
				return 1;
		}
	}
	return 0;
}

/*
 * A single mark c that no mark closes on line li still opens when the
 * line ends a sentence and the next paragraph starts with the same mark:
 * a quotation in single marks that runs on (the style of papers that
 * quote in single marks, and of ''...'').  Not in hard-wrapped text.
 */
static int
runs_on(struct qdoc *d, size_t li, int32_t c)
{
	size_t j, p, hi;

	if (d->wrapped || !marks_ends_sentence(d, li))
		return 0;
	for (j = li + 1; j < d->nlns && d->lns[j].blank; j++)
		;
	if (j >= d->nlns)
		return 0;
	p = d->lns[j].pos;
	hi = p + d->lns[j].len;
	while (p < hi && (d->ck.s[p] == ' ' || d->ck.s[p] == '\t'))
		p++;
	return p < hi && qd_cp_at(d, p, hi, NULL) == c;
}

/* Scan the marks of line li, pairing them. */
void
marks_scan_line(struct qdoc *d, size_t li)
{
	struct ln *l = &d->lns[li];
	size_t p, n, lo = l->pos, hi = l->pos + l->len;
	int32_t c, pc, nc;
	int left, right, k, pcl, ncl;
	unsigned char b;

	for (p = lo; p < hi; p += n) {
		b = (unsigned char)d->ck.s[p];
		n = 1;
		if (b != '"' && b != '\'' && b != 0xE2 && b != 0xC2)
			continue;
		c = qd_cp_at(d, p, hi, &n);
		if (!isquote8(c))
			continue;
		if (p == d->reopen_at) {
			d->reopen_at = (size_t)-1;
			continue;
		}
		pc = qd_cp_before(d, lo, p);
		nc = qd_cp_at(d, p + n, hi, NULL);
		pcl = qd_cclass(pc);
		ncl = qd_cclass(nc);
		left = ncl != C_SP && (pcl == C_SP || pcl == C_PO);
		right = pcl != C_SP && (ncl == C_SP || ncl == C_PC ||
		    ncl == C_PO);
		switch (c) {
		case 0x201C:
			k = find_open(d, F_DQ);
			if (k >= 0 && (d->st[k].cp == 0x201E ||
			    (right && !left)))
				do_close(d, li, k, p, n);
			else if (left || !right)
				do_open(d, li, F_DQ, c, p, n);
			break;
		case 0x201E:
		case 0x201F:
			if (ncl != C_SP)
				do_open(d, li, F_DQ, c, p, n);
			break;
		case 0x201D:
			if ((k = find_curly(d)) >= 0 ||
			    (k = find_open(d, F_DQ)) >= 0)
				do_close(d, li, k, p, n);
			else if (left && !right)
				do_open(d, li, F_DQ, c, p, n);
			break;
		case '"':
			k = find_open(d, F_DQ);
			if (k >= 0 && d->st[k].cp != '"' && left && !right)
				/* “He said "no" to me” */
				do_open(d, li, F_DQ, c, p, n);
			else if (k >= 0)
				do_close(d, li, k, p, n);
			else if (left || pcl == C_SP)
				do_open(d, li, F_DQ, c, p, n);
			break;
		case '\'':
		case 0x2018:
		case 0x201A:
			if (pcl == C_AL && ncl == C_AL)
				break;
			if ((k = find_open(d, F_SQ)) >= 0 && right &&
			    ncl != C_AL) {
				do_close(d, li, k, p, n);
				break;
			}
			if (left && ncl == C_AL && !u8_isdigit(nc) &&
			    !elision(d, p + n, hi) &&
			    (single_closes(d, p + n, hi, c == '\'') ||
			    runs_on(d, li, c)))
				do_open(d, li, F_SQ, c, p, n);
			break;
		case 0x2019:
			if (pcl == C_AL && ncl == C_AL)
				break;
			if ((k = find_open(d, F_SQ)) >= 0 && right &&
			    ncl != C_AL)
				do_close(d, li, k, p, n);
			break;
		case 0xAB:
			do_open(d, li, F_GU, c, p, n);
			break;
		case 0xBB:
			if ((k = find_open(d, F_GU)) >= 0)
				do_close(d, li, k, p, n);
			break;
		case 0x2039:
			if (left)
				do_open(d, li, F_SG, c, p, n);
			break;
		case 0x203A:
			if ((k = find_open(d, F_SG)) >= 0)
				do_close(d, li, k, p, n);
			break;
		}
	}
}

/* Does line li end a sentence (so that a paragraph may end there)? */
int
marks_ends_sentence(struct qdoc *d, size_t li)
{
	size_t e = d->lns[li].pos + d->lns[li].len, lo = d->lns[li].pos;
	int32_t c;

	while (e > lo) {
		c = qd_cp_before(d, lo, e);
		if (isspace8(c) || isquote8(c) || c == ')') {
			e -= c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
			continue;
		}
		return c == '.' || c == '!' || c == '?' || c == 0x2026 ||
		    c == ':';
	}
	return 1;
}

/* The first mark of family fam in line li: what it looks like. */
static int
first_mark(struct qdoc *d, size_t li, int fam, size_t *at)
{
	struct ln *l = &d->lns[li];
	size_t p, n, lo = l->pos, hi = l->pos + l->len;
	int32_t c;
	int pcl, ncl, start = 1;
	unsigned char b;

	for (p = lo; p < hi; p += n) {
		b = (unsigned char)d->ck.s[p];
		n = 1;
		if (b < 0x80 && b != '"' && b != '\'') {
			if (b != ' ' && b != '\t')
				start = 0;
			continue;
		}
		c = qd_cp_at(d, p, hi, &n);
		if (isspace8(c))
			continue;
		if ((fam == F_DQ && (c == '"' || c == 0x201C || c == 0x201D ||
		    c == 0x201E)) || (fam == F_GU && (c == 0xAB ||
		    c == 0xBB)) || (fam == F_SQ && (c == 0x2018 ||
		    c == '\''))) {
			pcl = qd_cclass(qd_cp_before(d, lo, p));
			ncl = qd_cclass(qd_cp_at(d, p + n, hi, NULL));
			*at = p;
			if (c == 0x201D || c == 0xBB)
				return M_CLOSE;
			if (c == '"' && pcl != C_SP && pcl != C_PO)
				return M_CLOSE;
			if (c == '\'' && pcl == C_AL)
				goto next;
			if (ncl == C_SP && pcl != C_SP)
				return M_CLOSE;
			return start ? M_OPEN0 : M_OPEN;
		}
next:
		start = 0;
	}
	return M_NONE;
}

/* Re-open the quotation at the mark at of line j. */
static void
reopen(struct qdoc *d, size_t at)
{
	int32_t c;
	size_t n;

	while (d->sd > 1)
		d->qv[d->st[--d->sd].q].dead = 1;
	u8_decode(d->ck.s + at, 4, &c);
	n = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
	if (c == '\'' && at + 1 < d->ck.len && d->ck.s[at + 1] == '\'') {
		/* ''...'': the second apostrophe is the mark that opens */
		qd_add_gap(d, d->st[0].q, at, at + 2);
		d->reopen_at = at + 1;
		return;
	}
	qd_add_gap(d, d->st[0].q, at, at + n);
	d->reopen_at = at;
}

/* Does line j start with a quotation mark? */
static int
starts_mark(struct qdoc *d, size_t j)
{
	size_t p = d->lns[j].pos, hi = p + d->lns[j].len;

	while (p < hi && (d->ck.s[p] == ' ' || d->ck.s[p] == '\t'))
		p++;
	return p < hi && isquote8(qd_cp_at(d, p, hi, NULL));
}

/*
 * A quotation is open at the end of line li: does it go on?  In
 * hard-wrapped text it goes on to the end of the paragraph (a blank
 * line); with a paragraph a line, it stops at the end of the line; with a
 * sentence a line, it goes on while no other mark says otherwise.  In
 * every case a paragraph that opens with the same mark re-opens it, and
 * one whose first mark closes continues it.
 */
void
marks_line_end(struct qdoc *d, size_t li)
{
	struct quote *q;
	size_t j, at, bytes, e;
	int fam, m, n = 0, blank = 0;

	if (d->sd == 0)
		return;
	fam = d->st[0].fam;
	q = &d->qv[d->st[0].q];
	qd_split_line(d, li);
	bytes = d->lns[li].pos + d->lns[li].len - q->qs;
	for (j = li + 1; j < d->nlns && bytes < LOOK_BYTES; j++) {
		if (d->lns[j].blank) {
			blank++;
			continue;
		}
		n++;
		if (d->wrapped && !blank && !starts_mark(d, j))
			return;
		m = first_mark(d, j, fam, &at);
		if (m == M_OPEN0 && (n == 1 || (!d->multi && !d->wrapped &&
		    !blank && n <= 4 && marks_ends_sentence(d, li)))) {
			reopen(d, at);
			return;
		}
		if (d->wrapped && !blank)
			return;
		/* the next paragraph closes a mark it never opened: the
		 * quotation runs on past the break */
		if (m == M_CLOSE && n == 1)
			return;
		if (blank || m == M_OPEN || m == M_OPEN0 || n > LOOK_LINES)
			break;
		if (m == M_CLOSE) {
			if (n == 1 || !d->multi)
				return;
			break;
		}
		if (d->multi)
			break;
		bytes += d->lns[j].len;
	}
	/* not closed: cut at the end of this line */
	e = d->lns[li].pos + d->lns[li].len;
	q->qe = q->ce = e;
	q->l1 = li;
	q->unclosed = 1;
	while (d->sd > 1)
		d->qv[d->st[--d->sd].q].dead = 1;
	d->sd = 0;
	qd_warn_unclosed(d, q->l0);
}
