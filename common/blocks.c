/* blocks.c: bylines, transcripts and indirect speech (blocks.h). */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "attrib.h"
#include "blocks.h"
#include "qdoc.h"
#include "qwords.h"
#include "speakers.h"

int
blk_is_byline(struct qdoc *d, size_t li, size_t *np)
{
	struct ln *l = &d->lns[li];
	size_t p = l->pos, hi = l->pos + l->len, n;
	int32_t c;

	if (l->len > 300 || l->len < 4)
		return 0;
	while (p < hi && isspace8(qd_cp_at(d, p, hi, &n)))
		p += n;
	c = qd_cp_at(d, p, hi, &n);
	if (hi - p > 17 &&
	    strncasecmp(d->ck.s + p, "a post shared by ", 17) == 0) {
		*np = p + 17;
		return 1;
	}
	if (isdash8(c))
		p += n;
	else if (c == '-' && p + 1 < hi && (d->ck.s[p + 1] == '-' ||
	    d->ck.s[p + 1] == ' '))
		p += d->ck.s[p + 1] == '-' ? 2 : 1;
	else
		return 0;
	while (p < hi && isspace8(qd_cp_at(d, p, hi, &n)))
		p += n;
	c = qd_cp_at(d, p, hi, &n);
	if (!(c < 0x80 ? (c >= 'A' && c <= 'Z') || c == '@' : u8_isupper(c)))
		return 0;
	*np = p;
	return 1;
}

/* After the name of a byline: a handle or a date, as under a post
 * ("(@handle) August 8, 2018"), not a credit line ("— The Canadian Press"). */
static int
post_line(struct qdoc *d, const struct wt *t, size_t e, size_t n)
{
	static const char *mon[] = { "jan", "feb", "mar", "apr", "may", "jun",
	    "jul", "aug", "sep", "oct", "nov", "dec" };
	size_t i, k;

	for (i = 0; i < n; i++) {
		if (W(t[i]) && d->ck.s[t[i].s] == '@')
			return 1;
		if (i < e || !W(t[i]))
			continue;
		if (WLEN(t[i]) == 4 && (d->ck.s[t[i].s] == '1' ||
		    d->ck.s[t[i].s] == '2') && d->ck.s[t[i].s + 1] >= '0' &&
		    d->ck.s[t[i].s + 1] <= '9')
			return 1;
		for (k = 0; k < LEN(mon); k++)
			if (WLEN(t[i]) >= 3 && strncasecmp(d->ck.s + t[i].s,
			    mon[k], 3) == 0 && t[i].cap)
				return 1;
	}
	return 0;
}

size_t
blk_push_block(struct qdoc *d, size_t l0, size_t l1, size_t a, size_t b,
    const struct attr *at)
{
	size_t qi;

	while (a < b && spacebyte(d->ck.s[a]))
		a++;
	while (b > a && spacebyte(d->ck.s[b - 1]))
		b--;
	qi = qd_new_quote(d, l0, a, a, -1);
	d->qv[qi].qe = d->qv[qi].ce = b;
	d->qv[qi].l1 = l1;
	d->qv[qi].kind = K_BLOCK;
	d->qv[qi].a = *at;
	return qi;
}

void
blk_byline(struct qdoc *d, size_t li, size_t p)
{
	struct wt t[NTOK];
	struct attr at;
	size_t n, e, j, k, first, bytes, lo, hi, lastq = (size_t)-1;

	memset(&at, 0, sizeof(at));
	n = qw_words(d, p, d->lns[li].pos + d->lns[li].len, t, NTOK, 0);
	e = spk_np_fwd(d, t, 0, n);
	if (e == 0 || !spk_np_ok(d, t, 0, e))
		return;
	spk_set_attr(d, &at, t, 0, e, "\xE2\x80\x94", 3);
	/* the line before: a quotation that ends it, or a plain paragraph */
	for (j = li; j > 0 && d->lns[j - 1].blank; j--)
		;
	if (j == 0)
		return;
	j--;
	/* the quotations found by pairing are in order: the last one that
	 * starts before this line, and a few before it */
	lo = 0;
	hi = d->npair;
	while (lo < hi) {
		k = lo + (hi - lo) / 2;
		if (d->qv[k].os < d->lns[li].pos)
			lo = k + 1;
		else
			hi = k;
	}
	for (k = lo; k > 0 && lo - k < 64; k--)
		if (d->qv[k - 1].parent < 0 && !d->qv[k - 1].dead &&
		    d->qv[k - 1].l1 == j) {
			lastq = k - 1;
			break;
		}
	if (lastq != (size_t)-1) {
		if (qd_only_punct(d, d->qv[lastq].ce,
		    d->lns[j].pos + d->lns[j].len) &&
		    (!d->qv[lastq].a.ok || d->qv[lastq].a.cue[0] == '\0')) {
			d->qv[lastq].a = at;
			spk_note_speaker(d, &at, qd_docoff(d, li, p));
		}
		return;
	}
	if (d->lns[j].marks || !post_line(d, t, e, n))
		return;
	/* one paragraph; with one sentence a line, the lines of a post */
	qd_split_line(d, j);
	first = j;
	bytes = d->lns[j].len;
	if (!d->multi)
		while (first > 0 && !d->lns[first - 1].blank &&
		    !d->lns[first - 1].marks &&
		    bytes + d->lns[first - 1].len <= 320 &&
		    !blk_is_byline(d, first - 1, &k) &&
		    !qd_ends_colon(d, first - 1)) {
			first--;
			bytes += d->lns[first].len;
		}
	blk_push_block(d, first, j, d->lns[first].pos,
	    d->lns[j].pos + d->lns[j].len, &at);
	spk_note_speaker(d, &at, qd_docoff(d, li, p));
}

static void
push_indirect(struct qdoc *d, size_t li, size_t a, size_t b,
    const struct attr *at)
{
	size_t qi;
	int32_t c;

	while (b > a) {
		c = qd_cp_before(d, a, b);
		if (!(isspace8(c) || c == '.' || c == ',' || c == ';' ||
		    c == '!' || c == '?'))
			break;
		b -= c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
	}
	if (qd_nwords(d, a, b) < 3)
		return;
	qi = qd_new_quote(d, li, a, a, -1);
	d->qv[qi].qe = d->qv[qi].ce = b;
	d->qv[qi].kind = K_INDIRECT;
	d->qv[qi].a = *at;
}

void
blk_indirect(struct qdoc *d, size_t li)
{
	struct wt t[NTOK];
	struct attr at;
	size_t i, k, n, a, b, e, v, c;

	qd_split_line(d, li);
	for (i = d->lns[li].s0; i < d->lns[li].s0 + d->lns[li].ns; i++) {
		a = d->sv.v[i].start;
		b = d->sv.v[i].end;
		memset(&at, 0, sizeof(at));
		/* ..., he said Wednesday. */
		n = qw_words(d, a, b, t, 14, 1);
		for (c = n; c > 0 && (W(t[c - 1]) || t[c - 1].p != ','); c--)
			;
		if (c > 0 && c < n &&
		    attrib_after_attr(d, t[c - 1].s, b, &at)) {
			for (k = c; k < n && (W(t[k]) || t[k].p == '.'); k++)
				if (W(t[k]) && qw_is_verb(&t[k]))
					break;
			for (k++; k < n; k++)
				if (W(t[k]) && !qw_is_skip(d, &t[k]))
					break;
			if (k >= n || !W(t[k])) {
				spk_note_speaker(d, &at, qd_docoff(d, li, a));
				push_indirect(d, li, a, t[c - 1].s, &at);
				continue;
			}
		}
		/* He said (that) ... */
		n = qw_words(d, a, b, t, 16, 0);
		e = spk_np_fwd(d, t, 0, n);
		if (e == 0 || !spk_np_ok(d, t, 0, e))
			continue;
		v = e;
		while (v < n && W(t[v]) && qw_is_skip(d, &t[v]) && !t[v].cap)
			v++;
		if (v >= n || !qw_is_verb(&t[v]) || qw_fiction_verb(&t[v]) ||
		    IS(t[v], "asked") || IS(t[v], "told"))
			continue;
		k = v + 1;
		while (k < n && W(t[k]) && qw_is_skip(d, &t[k]) && !t[k].cap)
			k++;
		if (k < n && IS(t[k], "that"))
			k++;
		else if (!IS(t[v], "said") && !IS(t[v], "says") &&
		    !IS(t[v], "say"))
			continue;	/* "emphasized the importance" */
		if (k >= n || !W(t[k]) || qd_nwords(d, t[k].s, b) < 4)
			continue;
		spk_set_attr(d, &at, t, 0, e, d->ck.s + t[v].s, WLEN(t[v]));
		spk_note_speaker(d, &at, qd_docoff(d, li, a));
		push_indirect(d, li, t[k].s, b, &at);
	}
}

/*
 * The label of line li: one to three words of letters that start with a
 * capital, then a colon and a space, then two words or more ("KELLER:
 * Can you hear me?", "Q: Why now?").  The label is ck.s[*la..*lb), the
 * text starts at *tx.
 */
static int
label_of(struct qdoc *d, size_t li, size_t *la, size_t *lb, size_t *tx)
{
	size_t p = d->lns[li].pos, hi = p + d->lns[li].len, w = 0;
	unsigned char c;

	while (p < hi && spacebyte(d->ck.s[p]))
		p++;
	*la = p;
	for (;;) {
		if (p >= hi || d->ck.s[p] < 'A' || d->ck.s[p] > 'Z' || ++w > 3)
			return 0;
		while (p < hi && ((c = (unsigned char)d->ck.s[p]) >= 0x80 ||
		    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    c == '.' || c == '\'' || c == '-'))
			p++;
		if (p < hi && d->ck.s[p] == ':')
			break;
		if (p >= hi || d->ck.s[p] != ' ')
			return 0;
		p++;
	}
	*lb = p++;
	if (p >= hi || d->ck.s[p] != ' ')
		return 0;
	while (p < hi && spacebyte(d->ck.s[p]))
		p++;
	*tx = p;
	return qd_nwords(d, p, hi) >= 2;
}

/* Q or A, or a name in capitals or of the model: not a field of a form. */
enum { L_NONE, L_Q, L_A, L_NAME };

static int
label_kind(struct qdoc *d, size_t la, size_t lb, struct attr *at)
{
	char s[FLD];
	size_t i, n = lb - la;
	int up = 0, caps;

	if (n == 1)
		return d->ck.s[la] == 'Q' ? L_Q : d->ck.s[la] == 'A' ? L_A :
		    L_NONE;
	if (n >= FLD || ws_has(&w_labels, d->ck.s + la, n))
		return L_NONE;
	memset(at, 0, sizeof(*at));
	qd_fld_set(at->men, d->ck.s + la, n);
	for (i = 0; i < n &&
	    !(d->ck.s[la + i] >= 'a' && d->ck.s[la + i] <= 'z');
	    i++)
		up += d->ck.s[la + i] >= 'A' && d->ck.s[la + i] <= 'Z';
	caps = i == n && up >= 2;
	/* SAM KELLER is Sam Keller of the model */
	memcpy(s, at->men, n + 1);
	for (i = 1; caps && i < n; i++)
		if (s[i - 1] != ' ' && s[i] >= 'A' && s[i] <= 'Z')
			s[i] = (char)(s[i] - 'A' + 'a');
	qd_fld_set(at->spk, s, n);
	spk_model_name(d, at);
	if (!at->named && !caps)
		return L_NONE;
	if (!at->named) {
		qd_fld_set(at->spk, at->men, n);
		at->person = 1;
	}
	qd_fld_set(at->cue, ":", 1);
	at->ok = 1;
	return L_NAME;
}

/* The kind of label of line li, 0 when it has none (or its line is
 * blank); *at is the speaker of a name label. */
static int
line_label(struct qdoc *d, size_t li, struct attr *at, size_t *tx)
{
	size_t la, lb;

	if (li >= d->nlns || d->lns[li].blank || !label_of(d, li, &la, &lb, tx))
		return L_NONE;
	return label_kind(d, la, lb, at);
}

/*
 * A line of a transcript, labelled like a line next to it: an "A:" line
 * is a quotation of the person the text names last before the first
 * "Q:" or "A:", a "NAME:" line one of that name; "Q:" lines are the
 * interviewer's and are no quotation.
 */
int
blk_transcript(struct qdoc *d, size_t li, size_t *bq)
{
	struct attr at, other;
	size_t tx, tx2, q, p = qd_line_near(d, li, -1);
	int k, kp;

	if (bq != NULL)
		*bq = SIZE_MAX;
	if ((k = line_label(d, li, &at, &tx)) == L_NONE)
		return 0;
	kp = p < li ? line_label(d, p, &other, &tx2) : L_NONE;
	if (kp == L_NONE &&
	    line_label(d, qd_line_near(d, li, 1), &other, &tx2) ==
	    L_NONE)
		return 0;
	if (kp == L_NONE &&
	    !spk_person_before(d, qd_docoff(d, li, d->lns[li].pos), &d->iview))
		memset(&d->iview, 0, sizeof(d->iview));
	if (k == L_Q)
		return 1;
	if (k == L_A)
		at = d->iview;
	q = blk_push_block(d, li, li, tx, d->lns[li].pos + d->lns[li].len,
	    &at);
	if (bq != NULL)
		*bq = q;
	spk_note_speaker(d, &at, qd_docoff(d, li, tx));
	return 1;
}

/* ---- pull quotes and name lines ---- */

/* The words of ck.s[a..b) in lower case, one space apart, into o (the
 * first max words only, with max > 0): what two copies of a quotation
 * share; the number of words. */
static size_t
said_key(struct qdoc *d, size_t a, size_t b, struct buf *o, size_t max)
{
	size_t p, words = 0;
	unsigned char c;
	int gap = 0;

	buf_reset(o);
	buf_grow(o, b - a + 1);
	for (p = a; p < b; p++) {
		c = (unsigned char)d->ck.s[p];
		if (c >= 0x80 || spk_alnum[c]) {
			if (gap || o->len == 0) {
				if (max > 0 && words == max)
					break;
				words++;
				if (o->len > 0)
					o->s[o->len++] = ' ';
			}
			gap = 0;
			o->s[o->len++] = (char)(c >= 'A' && c <= 'Z' ?
			    c - 'A' + 'a' : c);
		} else if (c != '\'' && c != '-')
			gap = 1;
	}
	return words;
}

#define SAID_PRE	3	/* words of a quotation looked up first */

/* Remember quotation q and its speaker for a pull quote later. */
void
blk_said(struct qdoc *d, const struct quote *q)
{
	struct buf *k = &d->skey;
	char num[24];
	size_t pre, w;

	if (!q->a.ok || q->kind != K_DIRECT || q->dead ||
	    d->nsaid >= MAXSAID)
		return;
	if (said_key(d, q->qs, q->qe, k, 0) >= 4 &&
	    ws_value(&d->said, k->s, k->len) == NULL) {
		if (d->nsaid % 64 == 0)
			d->saidv = xreallocarray(d->saidv, d->nsaid + 64,
			    sizeof(*d->saidv));
		d->saidv[d->nsaid] = q->a;
		snprintf(num, sizeof(num), "%zu", d->nsaid++);
		ws_add(&d->said, k->s, k->len, num);
		/* its first words: the key up to the SAID_PRE-th space */
		for (pre = 0, w = 0; pre < k->len; pre++)
			if (k->s[pre] == ' ' && ++w == SAID_PRE)
				break;
		ws_add(&d->saidpre, k->s, pre, NULL);
	}
}

/*
 * A pull quote: a paragraph without marks that repeats, word for word,
 * a quotation the document attributed before.  A block quotation of
 * the same speaker.
 */
int
blk_pull_quote(struct qdoc *d, size_t li)
{
	struct attr at;
	const char *v = NULL;
	size_t a = d->lns[li].pos, b = a + d->lns[li].len, nx, np;

	nx = qd_line_near(d, li, 1);
	if (nx < d->nlns && !d->lns[nx].marks && blk_is_byline(d, nx, &np))
		return 0;	/* a post: its byline names who wrote it */
	if (d->nsaid == 0 || said_key(d, a, b, &d->skey, SAID_PRE) <
	    SAID_PRE || !ws_has(&d->saidpre, d->skey.s, d->skey.len))
		return 0;	/* (most paragraphs: a look at three words) */
	if (said_key(d, a, b, &d->skey, 0) >= 4)
		v = ws_value(&d->said, d->skey.s, d->skey.len);
	if (v == NULL)
		return 0;
	at = d->saidv[strtoul(v, NULL, 10)];
	at.cue[0] = '\0';	/* the speaker again, as for a continuation */
	qd_fld_set(at.men, at.spk, strlen(at.spk));
	blk_push_block(d, li, li, a, b, &at);
	return 1;
}

/*
 * A name line after a paragraph that is a quotation no words attribute:
 * a person or organisation of the document, a comma, and a title ("Dana
 * Quill, Mayor of Valley Town"), no sentence.  The quotation's speaker.
 */
int
blk_name_line(struct qdoc *d, size_t li)
{
	const struct nmention *m;
	struct attr at;
	size_t a = d->lns[li].pos, b = a + d->lns[li].len, c;
	int32_t e;

	if (d->pending == (size_t)-1 || qd_line_near(d, d->qv[d->pending].l1,
	    1) != li || qd_nwords(d, a, b) > 15)
		return 0;
	e = qd_last_char(d, a, b);
	if (e == '.' || e == '?' || e == '!' || e == ':' || e == 0x2026)
		return 0;
	for (c = a; c < b && d->ck.s[c] != ','; c++)
		;
	if (c == b || (m = spk_span_name(d, qd_docoff(d, li, a),
	    qd_docoff(d, li, c), NULL)) == NULL ||
	    m->start != qd_docoff(d, li, a) || m->end != qd_docoff(d, li, c))
		return 0;
	memset(&at, 0, sizeof(at));
	spk_set_entity(d, &at, m->ent);
	qd_fld_set(at.men, d->ck.s + a, c - a);
	at.ok = 1;
	d->qv[d->pending].a = at;
	return 1;
}
