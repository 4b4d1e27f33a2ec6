/*
 * quotes: who said what.  Finds the quotations of English news text and
 * the speaker each is attributed to, one a line: speaker, mention, cue,
 * kind, line, start, end, quote.
 *
 * The document is read in chunks of whole lines that end where every
 * quotation mark is closed (bounded in size).  In a chunk, quotation marks
 * are paired line by line (a quotation may run over lines: the news habit
 * of re-opening the mark at each new paragraph, hard-wrapped text, one
 * sentence a line); then every quotation is attributed from the words
 * around it in its sentence, from the sentence or paragraph that
 * introduces it, from a "— Name (@handle) Date" line after it, or as the
 * continuation of the last speaker.  Names, pronouns and descriptions are
 * resolved against what the document said before.
 */
#include <err.h>
#include <getopt.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "cli.h"
#include "coref.h"
#include "input.h"
#include "names.h"
#include "ner.h"
#include "sent.h"
#include "tsv.h"
#include "utf8.h"
#include "util.h"
#include "wordset.h"

DATA(ent_common);
DATA(ent_given);
DATA(quote_common);
DATA(quote_labels);
DATA(quote_female);
DATA(quote_male);
DATA(quote_nouns);
DATA(quote_orgwords);
DATA(quote_pronouns);
DATA(quote_skip);
DATA(quote_titles);
DATA(quote_verbs);

#define CHUNK_MIN	(256u << 10)	/* cut a chunk after this, when balanced */
#define CHUNK_MAX	(1u << 20)	/* and always after this */
#define CONTEXT		1500		/* bytes of context on each side */
#define LOOK_LINES	64		/* an open quotation looks this far */
#define LOOK_BYTES	(16u << 10)
#define MAXDEPTH	6
#define FLD		120		/* longest speaker, mention, cue */
#define NTOK		48		/* words of context on each side */
#define MAXNAMES	8192		/* names remembered per document */
#define MAXWARN		5
#define MODEL_PIECE	(64u << 10)	/* longest piece the model reads */

enum { K_DIRECT, K_PARTIAL, K_BLOCK, K_INDIRECT, K_NESTED, K_N };
static const char *kindname[K_N] = {
	"direct", "partial", "block", "indirect", "nested"
};

enum { F_DQ = 1, F_SQ, F_GU, F_SG };	/* families of marks */

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
	"quotes [-Hin] [-k kinds] [--header] [file ...]",
	"  -H, --with-filename  prefix each row with the file name\n"
	"  -i, --indirect       also report indirect speech (Paul said that ...)\n"
	"  -k, --kinds=LIST     keep only these kinds (comma-separated): direct,\n"
	"                       partial, block, indirect, nested (default:\n"
	"                       direct,partial,block; any case)\n"
	"  -n, --nested         report quotations nested in another as rows of\n"
	"                       their own (kind nested)\n"
	"      --header         print a first row of column names\n"
	"      --help           print this help and exit\n"
	"      --version        print the version and exit\n"
	"Columns: speaker mention cue kind line start end gender quote.\n",
	0, 0
};


static struct wordset w_dict, w_given;	/* the entities' lists */
static struct wordset w_female, w_male, w_labels;
static struct wordset w_common, w_nouns, w_org, w_pron, w_skip, w_titles,
    w_verbs;

/* ---- the chunk ---- */

struct ln {
	size_t		 pos, len;	/* the line is ck.s[pos..pos+len) */
	uint64_t	 off, lineno;
	int		 marks, blank;
	size_t		 s0, ns;	/* its sentences: sv.v[s0..s0+ns) */
	int		 split;		/* sentences computed */
};

struct attr {
	char	 spk[FLD], men[FLD], cue[FLD];
	int	 ok, person;
	int	 g;		/* 'f', 'm' or 0: the gender column */
	int	 named;		/* spk is an entity of the model */
};

struct quote {
	size_t		 os, qs, qe, ce;	/* open mark, text, after close */
	size_t		 l0, l1;
	int		 parent, dead, unclosed, kind;
	int		 other;		/* words around it name no speaker */
	size_t		 g0, ng;		/* gaps left out of the text */
	struct attr	 a;
};

struct gap {
	size_t	 a, b;
};


/* ---- the document's memory ---- */

struct ref {
	char		 name[FLD];
	uint64_t	 at, lineno;
	int		 person, ok;
	int		 g;		/* 'f', 'm' or 0: for she and he */
};

#define NRECENT	8

struct open {
	int	 fam;
	int32_t	 cp;
	size_t	 q;
};

/* A document being read: its current chunk, the quotations found in it,
 * what the document said before (for names and speakers), the model of
 * who is who of the chunk, and the options. */
struct qdoc {
	/* the chunk */
	struct buf	 ck;
	struct ln	*lns;
	size_t		 nlns, caplns;
	struct quote	*qv;
	size_t		 nq, capq;
	struct gap	*gv;
	size_t		 ngv, capgv;
	struct spanv	 sv;
	size_t		 npair;		/* quotations from pairing marks */
	struct quote	**order;	/* the printing order */
	size_t		 caporder;
	long		 bal_dq, bal_gu, n_straight;
	int		 multi;		/* a line held several sentences */
	int		 wrapped;	/* lines are hard-wrapped */
	/* pairing marks */
	struct open	 st[MAXDEPTH];
	int		 sd;
	size_t		 reopen_at;	/* a re-opening mark to skip */
	/* the document's memory */
	struct ref	 recent[NRECENT];	/* the last subjects, speakers */
	size_t		 nrecent;
	struct ref	 others[NRECENT];	/* other persons named */
	size_t		 nothers;
	struct wordset	 names;		/* last word (lower case) -> name */
	struct wordset	 descs;		/* description -> name */
	size_t		 nnames;
	struct ref	 subj, lastspk;
	struct attr	 cont;		/* the last speaker, for quote-only text */
	int		 cont_gap;
	uint64_t	 lastq_at;	/* where the last full quotation ended */
	struct attr	 intro;		/* "X said:" waiting for its quotation */
	int		 intro_gap, intro_colon;
	struct attr	 iview;		/* who answers the "A:" lines */
	size_t		 pending;	/* a quotation-only paragraph */
	int		 nwarn;
	const char	*label;
	struct input	*curin;
	/* the model of who is who of the chunk (names.h, coref.h) */
	struct ner	*qner;
	struct names	 qnames;
	struct doc_para	*qdv;
	size_t		 qdn, qdcap;
	uint64_t	*qdline;	/* the line of each piece of qdv */
	/* options */
	int		 iflag, nflag;
	unsigned	 keep;		/* kinds printed */
};

/* ---- the model of who is who (names.h, coref.h), shared with entities */


/*
 * A helper thread reads the second half of a chunk's pieces into its own
 * recogniser while the main thread reads the first; ner_merge() then
 * joins them, so the model is the one a single thread makes (see
 * model_read).  Started on first use when there are two processors.
 */
static struct {
	pthread_t	 th;
	pthread_mutex_t	 mu;
	pthread_cond_t	 cv;
	struct ner	*nr;
	size_t		 from, to;	/* its pieces: qdv[from..to) */
	int		 on, busy, quit;
} helper = { .mu = PTHREAD_MUTEX_INITIALIZER,
    .cv = PTHREAD_COND_INITIALIZER };

/* ---- the lexicon: every word list in one table, one look-up a word ---- */

enum { X_COMMON, X_NOUNS, X_ORG, X_PRON, X_SKIP, X_TITLES, X_VERBS, X_N };

struct lex {
	char		 key[24];
	size_t		 len;
	const char	*val[X_N];	/* the value in each list, or NULL */
};

#define LEXSIZE	4096
static struct lex lextab[LEXSIZE];
static struct wordset *lexsets[X_N] = {
	&w_common, &w_nouns, &w_org, &w_pron, &w_skip, &w_titles, &w_verbs
};

static uint32_t
lexhash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* The entry of a lower-case key, or a free slot. */
static struct lex *
lexslot(const char *s, size_t n)
{
	uint32_t i = lexhash(s, n) & (LEXSIZE - 1);

	while (lextab[i].len != 0 && (lextab[i].len != n ||
	    memcmp(lextab[i].key, s, n) != 0))
		i = (i + 1) & (LEXSIZE - 1);
	return &lextab[i];
}

static void
lex_build(void)
{
	struct lex *x;
	size_t i, k, used = 0;

	for (k = 0; k < X_N; k++)
		for (i = 0; i < lexsets[k]->cap; i++) {
			struct wsent *e = &lexsets[k]->tab[i];

			if (e->key == NULL || e->len == 0 ||
			    e->len >= sizeof(x->key))
				continue;
			x = lexslot(e->key, e->len);
			if (x->len == 0) {
				if (++used > LEXSIZE / 2)
					errx(1, "lexicon too large");
				memcpy(x->key, e->key, e->len);
				x->len = e->len;
			}
			x->val[k] = e->val;
		}
}

/* The entry of the word s[0..n), any case, or NULL. */
static const struct lex *
lex_get(const char *s, size_t n)
{
	char b[24];
	size_t i;
	const struct lex *x;

	if (n == 0 || n >= sizeof(b))
		return NULL;
	for (i = 0; i < n; i++)
		b[i] = (s[i] >= 'A' && s[i] <= 'Z') ? s[i] | 0x20 : s[i];
	x = lexslot(b, n);
	return x->len ? x : NULL;
}

static const char *
lk(const struct wordset *ws, const char *s, size_t n)
{
	const struct lex *x = lex_get(s, n);
	size_t k;

	if (x == NULL)
		return NULL;
	for (k = 0; k < X_N; k++)
		if (lexsets[k] == ws)
			return x->val[k];
	return NULL;
}

/* ---- small helpers ---- */

static inline int
isalnum8(int32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9');
	return c != U8_BAD && (u8_isalpha(c) || u8_isdigit(c));
}

/* An ASCII white-space byte (or NUL): for trimming bytes, where a byte
 * of 0x80 or more is part of a character (U+0301 ends in 0x81, à in 0xA0)
 * and no space. */
static inline int
spacebyte(char ch)
{
	unsigned char c = (unsigned char)ch;

	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v' || c == 0;
}

static inline int
isspace8(int32_t c)
{
	if (c < 0x80)
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		    c == '\f' || c == '\v' || c == 0;
	return c != U8_BAD && u8_isspace(c);
}

static int
isquote8(int32_t c)
{
	switch (c) {
	case '"': case '\'': case 0x2018: case 0x2019: case 0x201A:
	case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0xAB:
	case 0xBB: case 0x2039: case 0x203A:
		return 1;
	}
	return 0;
}

static int
isdash8(int32_t c)
{
	return c == 0x2014 || c == 0x2013 || c == 0x2015 || c == 0x2012;
}

/* Character classes around a mark: space, letter or digit, opening
 * punctuation, other punctuation. */
enum { C_SP, C_AL, C_PO, C_PC };

static int
cclass(int32_t c)
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

static int32_t
cp_before(struct qdoc *d, size_t lo, size_t p)
{
	int32_t c;

	if (p <= lo)
		return ' ';
	u8_decode_back(d->ck.s + lo, p - lo, &c);
	return c;
}

static int32_t
cp_at(struct qdoc *d, size_t p, size_t hi, size_t *len)
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

static void
fld_set(char *dst, const char *s, size_t n)
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

static uint64_t
docoff(struct qdoc *d, size_t li, size_t p)
{
	return d->lns[li].off + (p - d->lns[li].pos);
}

/* The document offset of chunk position p. */
static uint64_t
pos2off(struct qdoc *d, size_t p)
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

static void
warn_unclosed(struct qdoc *d, size_t li)
{
	if (d->nwarn++ < MAXWARN)
		warnx("%s: line %llu: quotation not closed; cut at the end "
		    "of its paragraph", d->label,
		    (unsigned long long)d->lns[li].lineno);
	else if (d->nwarn == MAXWARN + 1)
		warnx("%s: more quotations not closed", d->label);
}

/* ---- sentences ---- */

static void
split_line(struct qdoc *d, size_t li)
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
static void
sent_at(struct qdoc *d, size_t li, size_t p, size_t *a, size_t *b)
{
	struct ln *l = &d->lns[li];
	size_t i, lo, hi, m;

	split_line(d, li);
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

/* ---- pairing quotation marks ---- */



static size_t
new_quote(struct qdoc *d, size_t li, size_t os, size_t qs, int parent)
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

static void
add_gap(struct qdoc *d, size_t q, size_t a, size_t b)
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
	q = new_quote(d, li, p, p + n,
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
			c = cp_at(d, i, hi, &n);
			if (c != '\'' && c != 0x2019 && c != 0x2018)
				continue;
			if ((c == '\'') != straight)
				continue;
			pc = cp_before(d, p, i);
			nc = cp_at(d, i + n, hi, NULL);
			if (cclass(pc) != C_SP && !isalnum8(nc))
				return 1;
		}
	}
	return 0;
}

/* Scan the marks of line li, pairing them. */
static void
scan_line(struct qdoc *d, size_t li)
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
		c = cp_at(d, p, hi, &n);
		if (!isquote8(c))
			continue;
		if (p == d->reopen_at) {
			d->reopen_at = (size_t)-1;
			continue;
		}
		pc = cp_before(d, lo, p);
		nc = cp_at(d, p + n, hi, NULL);
		pcl = cclass(pc);
		ncl = cclass(nc);
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
			    single_closes(d, p + n, hi, c == '\''))
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
static int
ends_sentence(struct qdoc *d, size_t li)
{
	size_t e = d->lns[li].pos + d->lns[li].len, lo = d->lns[li].pos;
	int32_t c;

	while (e > lo) {
		c = cp_before(d, lo, e);
		if (isspace8(c) || isquote8(c) || c == ')') {
			e -= c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
			continue;
		}
		return c == '.' || c == '!' || c == '?' || c == 0x2026 ||
		    c == ':';
	}
	return 1;
}

enum { M_NONE, M_OPEN0, M_OPEN, M_CLOSE };

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
		c = cp_at(d, p, hi, &n);
		if (isspace8(c))
			continue;
		if ((fam == F_DQ && (c == '"' || c == 0x201C || c == 0x201D ||
		    c == 0x201E)) || (fam == F_GU && (c == 0xAB ||
		    c == 0xBB)) || (fam == F_SQ && (c == 0x2018 ||
		    c == '\''))) {
			pcl = cclass(cp_before(d, lo, p));
			ncl = cclass(cp_at(d, p + n, hi, NULL));
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
	add_gap(d, d->st[0].q, at, at + n);
	d->reopen_at = at;
}

/* Does line j start with a quotation mark? */
static int
starts_mark(struct qdoc *d, size_t j)
{
	size_t p = d->lns[j].pos, hi = p + d->lns[j].len;

	while (p < hi && (d->ck.s[p] == ' ' || d->ck.s[p] == '\t'))
		p++;
	return p < hi && isquote8(cp_at(d, p, hi, NULL));
}

/*
 * A quotation is open at the end of line li: does it go on?  In
 * hard-wrapped text it goes on to the end of the paragraph (a blank
 * line); with a paragraph a line, it stops at the end of the line; with a
 * sentence a line, it goes on while no other mark says otherwise.  In
 * every case a paragraph that opens with the same mark re-opens it, and
 * one whose first mark closes continues it.
 */
static void
line_end(struct qdoc *d, size_t li)
{
	struct quote *q;
	size_t j, at, bytes, e;
	int fam, m, n = 0, blank = 0;

	if (d->sd == 0)
		return;
	fam = d->st[0].fam;
	q = &d->qv[d->st[0].q];
	split_line(d, li);
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
		    !blank && n <= 4 && ends_sentence(d, li)))) {
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
	warn_unclosed(d, q->l0);
}

/* ---- words of a context ---- */

struct wt {
	size_t		 s, e;
	int32_t		 p;	/* 0 for a word, else the punctuation */
	int		 cap;
	const struct lex *x;	/* the word in the lexicon */
};

static int
abbrev_dot(struct qdoc *d, size_t s, size_t e)
{
	size_t i;
	int dot = 0;

	for (i = s; i < e; i++)
		if (d->ck.s[i] == '.')
			dot = 1;
	if (dot || (e - s == 1 && d->ck.s[s] >= 'A' && d->ck.s[s] <= 'Z'))
		return 1;
	return lk(&w_titles, d->ck.s + s, e - s + 1) != NULL ||
	    (e - s == 2 && (strncasecmp(d->ck.s + s, "jr", 2) == 0 ||
	    strncasecmp(d->ck.s + s, "sr", 2) == 0 ||
	    strncasecmp(d->ck.s + s, "st", 2) == 0 ||
	    strncasecmp(d->ck.s + s, "co", 2) == 0)) ||
	    (e - s == 3 && (strncasecmp(d->ck.s + s, "inc", 3) == 0 ||
	    strncasecmp(d->ck.s + s, "ltd", 3) == 0));
}

/*
 * The next free entry of t (k used of max), or NULL when it is full; with
 * fromend == 1 the oldest entry makes room instead.
 */
static struct wt *
wt_slot(struct wt *t, size_t *k, size_t max, int fromend)
{
	if (*k == max) {
		if (fromend != 1)
			return NULL;
		memmove(t, t + 1, (max - 1) * sizeof(*t));
		(*k)--;
	}
	return &t[(*k)++];
}

/*
 * Split ck.s[a..b) into at most max words and punctuation marks: the
 * first ones (mode 0), the last ones (mode 1), or the first ones up to
 * the first word that is not capitalised (mode 2, for names).
 */
static size_t
words(struct qdoc *d, size_t a, size_t b, struct wt *t, size_t max, int fromend)
{
	int capsonly = fromend == 2;
	struct wt *tw;
	size_t p = a, n, k = 0, s;
	int32_t c;

	while (p < b) {
		c = cp_at(d, p, b, &n);
		if (isspace8(c)) {
			p += n;
			continue;
		}
		s = p;
		if (isalnum8(c) || ((c == '@' || c == '#') &&
		    isalnum8(cp_at(d, p + 1, b, NULL)))) {
			int cap = c < 0x80 ? (c >= 'A' && c <= 'Z') :
			    u8_isupper(c);

			if (c == '@' || c == '#')
				cap = 1;
			p += n;
			for (;;) {
				c = cp_at(d, p, b, &n);
				if (isalnum8(c) || c == '_') {
					p += n;
					continue;
				}
				if ((c == '\'' || c == 0x2019 || c == '-' ||
				    c == '.' || c == '&') &&
				    isalnum8(cp_at(d, p + n, b, NULL))) {
					p += n;
					continue;
				}
				break;
			}
			if (p < b && d->ck.s[p] == '.' && abbrev_dot(d, s, p))
				p++;
			/* a plural possessive: senators' */
			if (p < b && (d->ck.s[p] == '\'' || (c == 0x2019)) &&
			    p > s && (d->ck.s[p - 1] == 's') &&
			    !isalnum8(cp_at(d, p + n, b, NULL)))
				p += c == 0x2019 ? 3 : 1;
			if ((tw = wt_slot(t, &k, max, fromend)) == NULL)
				return k;
			tw->s = s;
			tw->e = p;
			tw->p = 0;
			tw->cap = cap;
			tw->x = lex_get(d->ck.s + s, p - s);
			if (capsonly && !cap)
				return k;
			continue;
		}
		p += n;
		if (c == '-' && p < b && d->ck.s[p] == '-') {
			c = 0x2014;
			while (p < b && d->ck.s[p] == '-')
				p++;
		} else if (c == '.' && p + 1 < b && d->ck.s[p] == '.' &&
		    d->ck.s[p + 1] == '.') {
			c = 0x2026;
			p += 2;
		}
		if ((tw = wt_slot(t, &k, max, fromend)) == NULL)
			return k;
		tw->s = s;
		tw->e = p;
		tw->p = c;
		tw->cap = 0;
		tw->x = NULL;
		if (capsonly)
			return k;
	}
	return k;
}

#define W(t)		((t).p == 0)
#define WLEN(t)		((t).e - (t).s)
#define IS(t, str)	(W(t) && WLEN(t) == strlen(str) && \
			    strncasecmp(d->ck.s + (t).s, (str), WLEN(t)) == 0)

static const char *
wval(const struct wordset *ws, const struct wt *t)
{
	size_t k;

	if (!W(*t) || t->x == NULL)
		return NULL;
	for (k = 0; k < X_N; k++)
		if (lexsets[k] == ws)
			return t->x->val[k];
	return NULL;
}

static int
is_verb(const struct wt *t)
{
	return wval(&w_verbs, t) != NULL && !t->cap;
}

/* A verb of fiction's dialogue tags (cried, returned): only right next to
 * the quotation. */
static int
fiction_verb(const struct wt *t)
{
	const char *v = wval(&w_verbs, t);

	return v != NULL && v[0] == 'n';
}

static int
is_verb_any(const struct wt *t)
{
	return wval(&w_verbs, t) != NULL;
}

static int
is_skip(struct qdoc *d, const struct wt *t)
{
	size_t n = WLEN(*t);

	if (!W(*t))
		return 0;
	if (wval(&w_skip, t) != NULL)
		return 1;
	return !t->cap && n > 4 && d->ck.s[t->e - 1] == 'y' &&
	    d->ck.s[t->e - 2] == 'l' && !is_verb(t);
}

/* An article or a possessive: "the", "a", "his". */
static int
is_art(struct qdoc *d, const struct wt *t)
{
	return IS(*t, "a") || IS(*t, "an") || IS(*t, "the") ||
	    IS(*t, "his") || IS(*t, "her") || IS(*t, "their") ||
	    IS(*t, "its") || IS(*t, "our") || IS(*t, "another");
}

static int
is_det(struct qdoc *d, const struct wt *t)
{
	return is_art(d, t) || IS(*t, "one") || IS(*t, "two") ||
	    IS(*t, "three") || IS(*t, "several") || IS(*t, "some") ||
	    IS(*t, "many");
}

/* A number made an adjective: "67-year-old", "2-year". */
static int
num_adj(struct qdoc *d, const struct wt *t)
{
	return W(*t) && d->ck.s[t->s] >= '0' && d->ck.s[t->s] <= '9' &&
	    memchr(d->ck.s + t->s, '-', t->e - t->s) != NULL;
}

/* A verb's form after an article or a possessive is a noun: "the state
 * news agency", "a tweet", "his reply". */
static int
noun_after_det(struct qdoc *d, const struct wt *t, size_t i)
{
	return i > 0 && W(t[i - 1]) && is_art(d, &t[i - 1]);
}

static int
is_conn(struct qdoc *d, const struct wt *t)
{
	return IS(*t, "of") || IS(*t, "for") || IS(*t, "from") ||
	    IS(*t, "by") || IS(*t, "at") || IS(*t, "with");
}

static int
is_pron(const struct wt *t)
{
	return wval(&w_pron, t) != NULL;
}

/* A possessive word (the senator's, Putin's): the length without it. */
static size_t
poss(struct qdoc *d, const struct wt *t)
{
	const char *s = d->ck.s + t->s;
	size_t n = WLEN(*t);

	if (!W(*t))
		return 0;
	if (n > 2 && s[n - 2] == '\'' && (s[n - 1] == 's' || s[n - 1] == 'S'))
		return n - 2;
	if (n > 4 && memcmp(s + n - 4, "\xE2\x80\x99s", 4) == 0)
		return n - 4;
	if (n > 1 && s[n - 1] == '\'' && s[n - 2] == 's')
		return n - 1;
	if (n > 3 && memcmp(s + n - 3, "\xE2\x80\x99", 3) == 0 &&
	    s[n - 4] == 's')
		return n - 3;
	return 0;
}

static const char *
noun_kind(struct qdoc *d, const struct wt *t)
{
	size_t n = poss(d, t);

	if (!W(*t))
		return NULL;
	if (n == 0)
		return wval(&w_nouns, t);
	return lk(&w_nouns, d->ck.s + t->s, n);
}

static int
is_common(const struct wt *t)
{
	return wval(&w_common, t) != NULL;
}

static void
lower(char *d, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		d[i] = (s[i] >= 'A' && s[i] <= 'Z') ? s[i] | 0x20 : s[i];
	d[n] = '\0';
}

/* A capitalised word that is a common English word and no given name
 * ("Whereupon", "Poor", "Till"), so no name when a sentence starts with
 * it. */
static int
is_dictcap(struct qdoc *d, const struct wt *t)
{
	char b[32];
	size_t n = WLEN(*t);

	if (!W(*t) || !t->cap || n >= sizeof(b) || t->x != NULL)
		return t->x != NULL && t->x->val[X_COMMON] != NULL;
	lower(b, d->ck.s + t->s, n);
	return ws_has(&w_dict, b, n) &&
	    !ws_has(&w_given, d->ck.s + t->s, n);
}

/* A given name. */
static int
given(struct qdoc *d, const struct wt *t)
{
	return W(*t) && ws_has(&w_given, d->ck.s + t->s, WLEN(*t));
}

static int
is_capname(const struct wt *t)
{
	return W(*t) && t->cap && !is_common(t) && !is_pron(t);
}

/* ---- names and speakers ---- */


/* The fullest known name ending in the word s[0..n). */
static const char *
known(struct qdoc *d, const char *s, size_t n)
{
	char b[64];

	if (n >= sizeof(b))
		return NULL;
	lower(b, s, n);
	return ws_value(&d->names, b, n);
}

static void
remember(struct qdoc *d, const char *full, const char *last, size_t n,
    const char *desc)
{
	char b[64];
	const char *old;

	if (n == 0 || n >= sizeof(b))
		return;
	lower(b, last, n);
	old = ws_value(&d->names, b, n);
	if (old == NULL && d->nnames >= MAXNAMES)
		return;
	if (old == NULL)
		d->nnames++;
	if (old == NULL || (strcmp(old, full) != 0 &&
	    (strlen(full) >= strlen(old) || strchr(full, ' ') != NULL)))
		ws_add(&d->names, b, n, full);
	if (desc != NULL && *desc && d->nnames < MAXNAMES &&
	    ((old = ws_value(&d->descs, desc, strlen(desc))) == NULL ||
	    strcmp(old, full) != 0))
		ws_add(&d->descs, desc, strlen(desc), full);
}

/*
 * A run of name words t[a..b) (titles possibly first): the name without
 * titles into out, and whether it looks like a person.  Returns the
 * index of the first name word.
 */
static size_t
name_of(struct qdoc *d, const struct wt *t, size_t a, size_t b, char *out,
    int *person,
    const char **desc)
{
	size_t i, s, k, pl;
	const char *v, *f;
	int org = 0;

	*desc = NULL;
	s = a;
	for (i = a; i < b; i++)
		if (W(t[i]) && (v = wval(&w_titles, &t[i])) != NULL &&
		    i + 1 < b) {
			s = i + 1;
			if (strcmp(v, "former") != 0 && strcmp(v, "acting") &&
			    strcmp(v, "u.s.") && strcmp(v, "state"))
				*desc = v;
		}
	out[0] = '\0';
	k = 0;
	for (i = s; i < b; i++) {
		if (!W(t[i]))
			break;
		pl = poss(d, &t[i]);
		if (pl == 0)
			pl = WLEN(t[i]);
		if (wval(&w_org, &t[i]) != NULL)
			org = 1;
		if (k + pl + 2 >= FLD)
			break;
		if (k)
			out[k++] = ' ';
		memcpy(out + k, d->ck.s + t[i].s, pl);
		k += pl;
		out[k] = '\0';
		if (poss(d, &t[i])) {
			i++;
			break;
		}
	}
	*person = !org && (*desc != NULL || i - s >= 2);
	if (i - s == 1 && !org) {
		pl = poss(d, &t[s]) ? poss(d, &t[s]) : WLEN(t[s]);
		if ((f = known(d, d->ck.s + t[s].s, pl)) != NULL) {
			fld_set(out, f, strlen(f));
			*person = 1;
		}
	}
	return s;
}

/* 'f' or 'm' when a word (a given name or a title) says so, else 0. */
static int
gender_word(const char *s, size_t n)
{
	char b[32];

	if (n == 0 || n >= sizeof(b))
		return 0;
	if (ws_has(&w_female, s, n))
		return 'f';
	if (ws_has(&w_male, s, n))
		return 'm';
	if (s[n - 1] == '.')
		n--;
	lower(b, s, n);
	if (ws_has(&w_female, b, n))
		return 'f';
	if (ws_has(&w_male, b, n))
		return 'm';
	return 0;
}

/* The gender the words of a mention, then a name, say. */
static int
gender_of(const char *men, const char *name)
{
	const char *p, *e;
	int g;

	for (p = men; *p; p = *e ? e + 1 : e) {
		if ((e = strchr(p, ' ')) == NULL)
			e = p + strlen(p);
		if ((g = gender_word(p, (size_t)(e - p))) != 0)
			return g;
	}
	if ((e = strchr(name, ' ')) == NULL)
		e = name + strlen(name);
	return gender_word(name, (size_t)(e - name));
}

static void
push_recent(struct qdoc *d, const struct ref *r)
{
	d->recent[d->nrecent++ % NRECENT] = *r;
}

/* Bytes that matter to scan_names: sentence ends, capitals, UTF-8 leads. */
static unsigned char hotname[256], alnum_ascii[256];

static void
tables(void)
{
	int c;

	for (c = 0; c < 256; c++) {
		hotname[c] = c == '.' || c == '?' || c == '!' ||
		    (c >= 'A' && c <= 'Z') || c >= 0xC0;
		alnum_ascii[c] = (c >= 'a' && c <= 'z') ||
		    (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}
}

/* Names in ck.s[a..b) (text outside quotations): remember them, and the
 * first person of each sentence becomes the subject. */
static void
scan_names(struct qdoc *d, size_t a, size_t b, size_t li)
{
	struct wt t[12];
	char name[FLD];
	const char *desc;
	size_t p = a, s, e, n, k, i, first;
	int32_t c;
	int person, newsent = 1;
	unsigned char ch;

	while (p < b) {
		while (p < b && !hotname[(unsigned char)d->ck.s[p]])
			p++;
		if (p == b)
			break;
		ch = (unsigned char)d->ck.s[p];
		if (ch == '.' || ch == '?' || ch == '!') {
			if (p + 1 < b && d->ck.s[p + 1] == ' ')
				newsent = 1;
			p++;
			continue;
		}
		if (!(ch >= 'A' && ch <= 'Z') && ch < 0xC0) {
			p++;
			continue;
		}
		if (p > a && ((unsigned char)d->ck.s[p - 1] < 0x80 ?
		    alnum_ascii[(unsigned char)d->ck.s[p - 1]] :
		    isalnum8(cp_before(d, a, p)))) {
			p++;
			continue;
		}
		if (ch >= 0xC0) {
			n = u8_decode(d->ck.s + p, b - p, &c);
			if (c == U8_BAD || !u8_isupper(c)) {
				p += n;
				continue;
			}
		}
		/* a run of capitalised words */
		s = p;
		k = 0;
		e = p;
		k = words(d, s, b, t, LEN(t), 2);
		for (i = 0; i < k; i++) {
			if (!W(t[i]))
				break;
			if (t[i].cap)
				continue;
			if ((IS(t[i], "de") || IS(t[i], "van") ||
			    IS(t[i], "von") || IS(t[i], "bin") ||
			    IS(t[i], "al") || IS(t[i], "da") ||
			    IS(t[i], "der") || IS(t[i], "la") ||
			    IS(t[i], "del") || IS(t[i], "di")) &&
			    i + 1 < k && t[i + 1].cap && W(t[i + 1]))
				continue;
			break;
		}
		/* words must follow each other with one space */
		for (n = 1; n < i; n++)
			if (t[n].s - t[n - 1].e > 1 || poss(d, &t[n - 1]))
				break;
		k = n < i ? n : i;
		e = k > 0 ? t[k - 1].e : p + 1;
		first = 0;
		while (first < k && (is_common(&t[first]) ||
		    is_pron(&t[first]) || (first + 1 < k &&
		    (newsent || first > 0) && is_dictcap(d, &t[first]) &&
		    given(d, &t[first + 1]))))
			first++;
		person = 0;
		if (first < k) {
			i = name_of(d, t, first, k, name, &person, &desc);
			if (i < k && name[0]) {
				size_t lw = k - 1, pl;

				pl = poss(d, &t[lw]) ? poss(d, &t[lw]) :
				    WLEN(t[lw]);
				if (person && (k - i >= 2 || desc != NULL))
					remember(d, name, d->ck.s + t[lw].s, pl,
					    desc);
				if (person && !newsent) {
					struct ref o;

					memset(&o, 0, sizeof(o));
					fld_set(o.name, name, strlen(name));
					o.at = docoff(d, li, s);
					o.person = o.ok = 1;
					o.g = gender_of(desc ? desc : "",
					    name);
					if (o.g)
						d->others[d->nothers++ % NRECENT] = o;
				}
				if (person && newsent) {
					fld_set(d->subj.name, name,
					    strlen(name));
					d->subj.at = docoff(d, li, s);
					d->subj.lineno = d->lns[li].lineno;
					d->subj.person = 1;
					d->subj.ok = 1;
					d->subj.g = gender_of(desc ? desc : "",
					    name);
					push_recent(d, &d->subj);
				}
			}
		}
		if (first < k && person)
			newsent = 0;
		p = e > p ? e : p + 1;
	}
}

/* Resolve a pronoun or description into out; 0 if unknown. */
static int
resolve(struct qdoc *d, const char *kind, char *out)
{
	struct ref *r = NULL;

	if (kind[0] == '1' || kind[0] == '2')
		return 0;
	if (kind[0] == 'm' || kind[0] == 'f') {
		/* the latest person of no other gender */
		size_t i;

		for (i = 0; i < NRECENT && i < d->nrecent; i++)
			if (d->recent[i].person && d->recent[i].g != (kind[0] ==
			    'm' ? 'f' : 'm') && (r == NULL ||
			    d->recent[i].at > r->at))
				r = &d->recent[i];
		/* none: a person of that gender named in passing */
		for (i = 0; r == NULL && i < NRECENT && i < d->nothers; i++)
			if (d->others[i].g == kind[0] && (r == NULL ||
			    d->others[i].at > r->at))
				r = &d->others[i];
	} else if (kind[0] == 'n') {
		if (d->lastspk.ok && !d->lastspk.person)
			r = &d->lastspk;
	} else if (d->subj.ok && d->lastspk.ok)
		r = d->subj.at > d->lastspk.at ? &d->subj : &d->lastspk;
	else if (d->subj.ok)
		r = &d->subj;
	else if (d->lastspk.ok)
		r = &d->lastspk;
	if (r == NULL || (kind[0] != 'p' && kind[0] != 'n' && !r->person))
		return 0;
	fld_set(out, r->name, strlen(r->name));
	return 1;
}

/*
 * Fill a's speaker from the mention t[a..b) (already in a->men);
 * person says whether it is a person.
 */
static void
canon(struct qdoc *d, const struct wt *t, size_t a, size_t b, struct attr *at)
{
	char name[FLD];
	const char *v, *desc;
	size_t i, j, k;
	int person;

	at->person = 0;
	at->spk[0] = '\0';
	if (a >= b)
		return;
	/* a pronoun */
	if (b - a == 1 && (v = wval(&w_pron, &t[a])) != NULL) {
		if (resolve(d, v, at->spk))
			at->person = v[0] != 'n';
		return;
	}
	/* a parenthesis (@handle, R-KY) ends the name */
	for (i = a; i < b; i++)
		if (!W(t[i]) && t[i].p == '(') {
			b = i;
			break;
		}
	/* a statement from X, a report by X: X */
	for (i = a; i + 1 < b; i++)
		if ((IS(t[i], "by") || IS(t[i], "from") || IS(t[i], "of")) &&
		    i > a && (v = noun_kind(d, &t[i - 1])) != NULL &&
		    *v == 'd') {
			canon(d, t, i + 1, b, at);
			return;
		}
	/* the union's statement: the union */
	if (b - a >= 2 && (v = noun_kind(d, &t[b - 1])) != NULL && *v == 'd' &&
	    poss(d, &t[b - 2])) {
		fld_set(at->spk, d->ck.s + t[a].s,
		    t[b - 2].s + poss(d, &t[b - 2]) -
		    t[a].s);
		at->person = 0;
		return;
	}
	/* The Hill report: The Hill */
	if (b - a >= 2 && (v = noun_kind(d, &t[b - 1])) != NULL && *v == 'd' &&
	    t[b - 2].cap && !is_det(d, &t[b - 2]) && !poss(d, &t[b - 1])) {
		canon(d, t, a, b - 1, at);
		return;
	}
	/* drop determiners before a name: the Rev. X */
	i = a;
	while (i < b && (is_det(d, &t[i]) || (is_common(&t[i]) && t[i].cap &&
	    !IS(t[i], "the"))))
		i++;
	if (i < b && t[i].cap && W(t[i])) {
		for (j = i; j < b && W(t[j]) && (t[j].cap || IS(t[j], "de") ||
		    IS(t[j], "van") || IS(t[j], "von") || IS(t[j], "al") ||
		    IS(t[j], "bin")); j++)
			if (poss(d, &t[j])) {
				j++;
				break;
			}
		for (k = i; k < j && wval(&w_titles, &t[k]) != NULL; k++)
			;
		if (k == j && (j == b || !W(t[j]))) {
			/* only titles: the Prime Minister, the Chancellor */
			v = wval(&w_titles, &t[j - 1]);
			if ((desc = ws_value(&d->descs, v,
			    strlen(v))) != NULL) {
				fld_set(at->spk, desc, strlen(desc));
				at->person = 1;
			} else {
				fld_set(at->spk, d->ck.s + t[a].s, t[b - 1].e -
				    t[a].s);
				at->person = 1;
			}
			return;
		}
		if (j == b || (j < b && !W(t[j]))) {
			if (i > a && IS(t[i - 1], "the") && j - i >= 1 &&
			    wval(&w_titles, &t[i]) == NULL) {
				/* The Hill; the RCMP */
				size_t f = t[i - 1].cap ? i - 1 : i;

				fld_set(at->spk, d->ck.s + t[f].s,
				    t[j - 1].e - t[f].s);
				return;
			}
			name_of(d, t, i, j, name, &person, &desc);
			if (name[0] == '\0')
				return;
			if (person && desc == NULL && j - i == 1 &&
			    known(d, name, strlen(name)) == NULL)
				person = 0;
			fld_set(at->spk, name, strlen(name));
			at->person = person || desc != NULL;
			if (at->person && strchr(name, ' ') != NULL) {
				size_t lw = j - 1, pl;

				pl = poss(d, &t[lw]) ? poss(d, &t[lw]) :
				    WLEN(t[lw]);
				remember(d, name, d->ck.s + t[lw].s, pl, desc);
			}
			return;
		}
	}
	/* TTC spokesperson Stuart Green: the name at the end */
	for (j = b; j > a && W(t[j - 1]) && t[j - 1].cap && !poss(d, &t[j - 1]);
	    j--)
		;
	if (j > a && j < b && W(t[j - 1]) && !t[j - 1].cap &&
	    noun_kind(d, &t[j - 1]) != NULL && !poss(d, &t[j - 1])) {
		canon(d, t, j, b, at);
		return;
	}
	/* a description: the senator, a spokesman for the company */
	if (b - a <= 3 && !poss(d, &t[b - 1]) &&
	    (v = wval(&w_titles, &t[b - 1])) != NULL &&
	    (desc = ws_value(&d->descs, v, strlen(v))) != NULL &&
	    is_det(d, &t[a]) && IS(t[a], "the")) {
		fld_set(at->spk, desc, strlen(desc));
		at->person = 1;
		return;
	}
	fld_set(at->spk, d->ck.s + t[a].s, t[b - 1].e - t[a].s);
	v = noun_kind(d, &t[b - 1]);
	at->person = v != NULL && *v == 'p';
}

/* The speaker as entity id of the model. */
static void
set_entity(struct qdoc *d, struct attr *at, uint32_t id)
{
	const struct entity *e = &d->qnames.ev[id];

	fld_set(at->spk, e->name, strlen(e->name));
	at->person = e->type == NER_PERSON;
	at->g = names_gender(&d->qnames, id);
	at->named = 1;
}

/* Do names a and b end with the same word? */
static int
same_last(const char *a, const char *b)
{
	const char *p = strrchr(a, ' '), *q = strrchr(b, ' ');

	p = p ? p + 1 : a;
	q = q ? q + 1 : b;
	return strcmp(p, q) == 0;
}

/*
 * The mention by name of a person or organisation inside the document
 * span [s, e): the first whose entity's name ends with the word that
 * last does, or with last NULL the last one; NULL when there is none.
 */
static const struct nmention *
span_name(struct qdoc *d, uint64_t s, uint64_t e, const char *last)
{
	const unsigned who = (1u << NER_PERSON) | (1u << NER_ORG);
	const struct nmention *x, *best = NULL;

	if ((x = names_in(&d->qnames, s, e, who)) == NULL)
		return NULL;
	for (; x < d->qnames.mv + d->qnames.nm && x->start < e; x++) {
		if (x->end > e || !((1u << d->qnames.ev[x->ent].type) & who))
			continue;
		if (last == NULL)
			best = x;
		else if (same_last(d->qnames.ev[x->ent].name, last))
			return x;
	}
	return best;
}

/* The gender the words of a description say (a spokeswoman for X). */
static int
words_gender(const char *s)
{
	size_t p = 0, a, b, n = strlen(s);
	int g;

	while (doc_word(s, n, p, &a, &b)) {
		if ((g = names_word_gender(s + a, b - a)) != 0)
			return g;
		p = b;
	}
	return 0;
}

/*
 * The speaker canon() read from t[a..b), through the model: a pronoun is
 * the entity coref.h linked it to; a name is the entity of the mention by
 * name it holds that ends with the same word (Senator Rand Paul: Rand
 * Paul); a description stays as written (A Downing Street spokesman).
 */
static void
model_speaker(struct qdoc *d, struct attr *at, const struct wt *t, size_t a,
    size_t b)
{
	const struct nmention *m;
	uint64_t s = pos2off(d, t[a].s), e = pos2off(d, t[b - 1].e);
	unsigned char c = (unsigned char)at->spk[0];

	at->named = at->g = 0;
	if (b - a == 1 && wval(&w_pron, &t[a]) != NULL) {
		if ((m = names_pronoun(&d->qnames, s)) != NULL &&
		    m->ent != NAMES_NONE)
			set_entity(d, at, m->ent);
		return;
	}
	if (c == '\0' || (c >= 'a' && c <= 'z')) {
		at->g = words_gender(at->men);
		return;
	}
	if (strstr(at->spk, " and ") != NULL)
		return;		/* Smith and Jones: two of them */
	if ((m = span_name(d, s, e, at->spk)) != NULL)
		set_entity(d, at, m->ent);
}

/*
 * A speaker that no mention gave (a description resolved to a name, a
 * subject carried on): the entity of that canonical name, or the one
 * person whose name ends with it.
 */
static void
model_name(struct qdoc *d, struct attr *at)
{
	const unsigned who = (1u << NER_PERSON) | (1u << NER_ORG);
	unsigned char c = (unsigned char)at->spk[0];
	uint32_t id, i;

	if (at->named || c == '\0' || (c >= 'a' && c <= 'z') ||
	    strstr(at->spk, " and ") != NULL)
		return;
	if ((id = names_find(&d->qnames, at->spk, who)) == NAMES_NONE)
		for (i = 0; i < d->qnames.ne; i++) {
			if (d->qnames.ev[i].type != NER_PERSON ||
			    !same_last(d->qnames.ev[i].name, at->spk))
				continue;
			if (id != NAMES_NONE)
				return;		/* two of them */
			id = i;
		}
	if (id != NAMES_NONE)
		set_entity(d, at, id);
}

/* Is name s a person of the model (Senators Warn, a headline, is not)? */
static int
model_person(struct qdoc *d, const char *s)
{
	struct attr at;

	memset(&at, 0, sizeof(at));
	fld_set(at.spk, s, strlen(s));
	model_name(d, &at);
	return at.named && at.person;
}

static void
set_attr(struct qdoc *d, struct attr *at, const struct wt *t, size_t a,
    size_t b,
    const char *cue, size_t cuelen)
{
	size_t e = b;

	/* the mention keeps a parenthesis right after the name */
	fld_set(at->men, d->ck.s + t[a].s, t[e - 1].e - t[a].s);
	fld_set(at->cue, cue, cuelen);
	canon(d, t, a, b, at);
	model_speaker(d, at, t, a, b);
	at->ok = 1;
}

/* Does t[a..b) look like a noun phrase that can speak? */
static int
np_ok(struct qdoc *d, const struct wt *t, size_t a, size_t b)
{
	size_t i;
	const char *v;
	int caps = 0;

	if (a >= b || b - a > 12)
		return 0;
	if (b - a == 1 && is_pron(&t[a]))
		return 1;
	for (i = a; i < b; i++) {
		if (!W(t[i]) && t[i].p != '(' && t[i].p != ')' &&
		    t[i].p != '@' && t[i].p != '-')
			return 0;
		if (W(t[i]) && is_verb(&t[i]) && noun_kind(d, &t[i]) == NULL)
			return 0;
		if (is_capname(&t[i]))
			caps++;
	}
	if (caps)
		return 1;
	for (i = a; i < b; i++)
		if ((v = noun_kind(d, &t[i])) != NULL)
			return 1;
	/* said his lady, said the crowd */
	if (b - a <= 4 && is_det(d, &t[a]) && b - a >= 2 && W(t[b - 1]) &&
	    !is_skip(d, &t[b - 1]) && !is_common(&t[b - 1]) &&
	    !is_conn(d, &t[b - 1]))
		return 1;
	return 0;
}

/*
 * Is t[a..b) an appositive or aside between commas (", a doctor,",
 * ", 54,", ", D-Calif.,", ", who has led the union since 2009,")?
 */
static int
appos(struct qdoc *d, const struct wt *t, size_t a, size_t b)
{
	size_t i;

	if (a >= b || b - a > 14)
		return 0;
	for (i = a; i < b; i++)
		if (W(t[i]) && is_verb(&t[i]) && !IS(t[a], "who") &&
		    !IS(t[a], "whose") && !IS(t[a], "which"))
			return 0;
		else if (!W(t[i]) && t[i].p != '-' && t[i].p != '(' &&
		    t[i].p != ')' && t[i].p != '.' && t[i].p != ',')
			return 0;
	if (!t[a].cap || is_det(d, &t[a]) || IS(t[a], "the") ||
	    wval(&w_titles, &t[a]) != NULL)
		return 1;
	for (i = t[a].s; i < t[a].e; i++)
		if (d->ck.s[i] == '-' || d->ck.s[i] == '.')
			return 1;
	return 0;
}

/* Several speakers: "Smith and Jones", "Smith, Jones and Lee". */
static size_t np_fwd(struct qdoc *, const struct wt *, size_t, size_t);

static int
np_and(struct qdoc *d, const struct wt *t, size_t a, size_t b)
{
	size_t e;
	int and = 0;

	while (a < b) {
		e = np_fwd(d, t, a, b);
		if (e == a)
			return 0;
		if (e == b)
			return and;
		if (IS(t[e], "and") || (!W(t[e]) && t[e].p == ','))
			and = 1;
		else
			return 0;
		a = e + 1;
		if (a < b && IS(t[a], "and"))
			a++;
	}
	return 0;
}

/* Skip a parenthesis that starts at t[i]: the index after it, or i. */
static size_t
paren(const struct wt *t, size_t i, size_t n)
{
	size_t j;

	if (i >= n || W(t[i]) || t[i].p != '(')
		return i;
	for (j = i + 1; j < n && j < i + 8; j++)
		if (!W(t[j]) && t[j].p == ')')
			return j + 1;
		else if (!W(t[j]) && t[j].p != '-' && t[j].p != '@' &&
		    t[j].p != '.')
			return i;
	return i;
}

/* A noun phrase forward from t[i]: its end. */
static size_t
np_fwd(struct qdoc *d, const struct wt *t, size_t i, size_t n)
{
	size_t j = i, k;
	const char *v;
	int lowers = 0, name = 0, det = 0;

	if (i >= n)
		return i;
	if (is_pron(&t[i]) && !t[i].cap)
		return i + 1;
	if (is_pron(&t[i]) && (i + 1 >= n || !W(t[i + 1]) ||
	    is_skip(d, &t[i + 1]) || is_conn(d, &t[i + 1]) || !t[i + 1].cap))
		return i + 1;
	while (j < n) {
		if (!W(t[j])) {
			if (t[j].p == '(' && j > i &&
			    (k = paren(t, j, n)) > j) {
				j = k;
				break;
			}
			break;
		}
		if (t[j].cap && !(j > i && wval(&w_skip, &t[j]) != NULL &&
		    !(j + 1 < n && W(t[j + 1]) && t[j + 1].cap))) {
			name = 1;
			j++;
			if (poss(d, &t[j - 1]))
				name = 0, lowers = 0;
			continue;
		}
		if ((is_det(d, &t[j]) && (j == i || is_conn(d, &t[j - 1]))) ||
		    (j == i && num_adj(d, &t[j]))) {
			det = 1;	/* the, a; 67-year-old */
			j++;
			continue;
		}
		if (j > i && is_conn(d, &t[j]) && j + 1 < n &&
		    (t[j + 1].cap || is_det(d, &t[j + 1])) &&
		    (v = noun_kind(d, &t[j - 1])) != NULL && !name) {
			j++;
			continue;
		}
		if (poss(d, &t[j]) && (det || j == i)) {
			j++;
			continue;
		}
		if ((v = noun_kind(d, &t[j])) != NULL && (det || j > i ||
		    (*v == 'p' && j + 1 < n && W(t[j + 1]) && t[j + 1].cap))) {
			/* the senator; economist Mark Zandi */
			j++;
			lowers = 0;
			continue;
		}
		if (det && !t[j].cap && lowers < 3 && !is_verb_any(&t[j]) &&
		    !is_skip(d, &t[j]) && !is_common(&t[j]) &&
		    !is_conn(d, &t[j]) &&
		    !IS(t[j], "who") && !IS(t[j], "in") && !IS(t[j], "on")) {
			j++;
			lowers++;
			continue;
		}
		break;
	}
	/* no trailing time words or connectors */
	while (j > i && W(t[j - 1]) && (is_skip(d, &t[j - 1]) ||
	    is_conn(d, &t[j - 1]) || is_det(d, &t[j - 1])))
		j--;
	return j;
}

/* A noun phrase that ends at t[e - 1], backward: its start. */
static size_t
np_bwd(struct qdoc *d, const struct wt *t, size_t e, size_t lo)
{
	size_t k = e, s = e;
	const char *v;
	int head = 0, lowers = 0;

	if (e <= lo)
		return e;
	if (is_pron(&t[e - 1]))
		return e - 1;
	/* the head */
	if (!W(t[e - 1]) && t[e - 1].p == ')') {
		for (k = e - 1; k > lo && (W(t[k - 1]) || t[k - 1].p != '(');
		    k--)
			;
		if (k == lo || e - k > 8)
			return e;
		k--;
		s = k;
	}
	while (s > lo) {
		const struct wt *w = &t[s - 1];

		if (!W(*w))
			break;
		if (w->cap && !is_common(w) && !is_pron(w)) {
			s--;
			head = 1;
			continue;
		}
		if (is_det(d, w) || (w->cap && IS(*w, "the"))) {
			s--;
			break;
		}
		if (poss(d, w) && s < e) {
			s--;
			continue;
		}
		if ((v = noun_kind(d, w)) != NULL) {
			s--;
			head = 1;
			continue;
		}
		if (is_conn(d, w) && s < e && s - 1 > lo && head &&
		    (W(t[s - 2]) && (noun_kind(d, &t[s - 2]) != NULL))) {
			s--;
			continue;
		}
		if (!w->cap && head && lowers < 2 && s < e &&
		    noun_kind(d, &t[e - 1]) != NULL && !is_verb_any(w) &&
		    !is_skip(d, w) && !is_common(w) && !is_conn(d, w)) {
			s--;
			lowers++;
			continue;
		}
		break;
	}
	/* a sentence-initial capital that is no name */
	while (s < e && W(t[s]) && t[s].cap && (is_common(&t[s]) ||
	    (s + 1 < e && t[s + 1].cap && is_dictcap(d, &t[s]) &&
	    given(d, &t[s + 1]))) && !is_det(d, &t[s]))
		s++;
	return s;
}

/* Skip words that may stand between a speaker and its verb, backward. */
static size_t
skip_back(struct qdoc *d, const struct wt *t, size_t v, size_t lo)
{
	while (v > lo && W(t[v - 1]) && is_skip(d, &t[v - 1]) && !t[v - 1].cap)
		v--;
	return v;
}

/* The speaker after a quotation: ", X said" / ", said X" / "— X". */
/*
 * Attribution after a quotation that the patterns above left open, read
 * through the model: the speech verb's subject or object counts only when
 * it holds a person or organisation of the document (names.h).  Each
 * pass takes the words t[i..n) after the closing mark.
 */

/* The words of t[a..b): no preposition, so that "an aide to Jim Roe"
 * stays a description. */
static int
no_preposition(struct qdoc *d, const struct wt *t, size_t a, size_t b)
{
	static const char *const preps[] = { "to", "for", "of", "at", "with",
	    "from", "by", "on", "in", "about", "and", "who", "that" };
	size_t k, m;

	for (k = a; k < b; k++)
		for (m = 0; m < LEN(preps); m++)
			if (IS(t[k], preps[m]))
				return 0;
	return 1;
}

/* The last person or organisation of the model named in t[a..b), as the
 * speaker, with the mention t[a..b) and the cue t[v]. */
static int
model_attr(struct qdoc *d, const struct wt *t, size_t a, size_t b, size_t v,
    struct attr *at)
{
	const struct nmention *m;

	if (a >= b ||
	    (m = span_name(d, pos2off(d, t[a].s), pos2off(d, t[b - 1].e),
	    NULL)) == NULL)
		return 0;
	fld_set(at->men, d->ck.s + t[a].s, t[b - 1].e - t[a].s);
	fld_set(at->cue, d->ck.s + t[v].s, WLEN(t[v]));
	set_entity(d, at, m->ent);
	at->ok = 1;
	return 1;
}

/* A speaker as written, t[a..b), with the cue t[v]: a description or an
 * indefinite speaker; its gender what its words say. */
static void
set_written(struct qdoc *d, struct attr *at, const struct wt *t, size_t a,
    size_t b,
    size_t v)
{
	fld_set(at->men, d->ck.s + t[a].s, t[b - 1].e - t[a].s);
	fld_set(at->spk, at->men, strlen(at->men));
	fld_set(at->cue, d->ck.s + t[v].s, WLEN(t[v]));
	at->person = at->ok = 1;
	at->named = 0;
	at->g = words_gender(at->men);
}

/* The end of the words after t[i] up to punctuation (a full stop of an
 * abbreviation is part of its word). */
static size_t
words_end(const struct wt *t, size_t i, size_t n)
{
	while (i < n && W(t[i]))
		i++;
	return i;
}

/* "...," responded finance director Jim Roe.  "...?" asked team manager
 * Ann Roe. */
static int
verb_then_role_name(struct qdoc *d, const struct wt *t, size_t i, size_t n,
    struct attr *at)
{
	size_t e;

	if (i >= n || !W(t[i]) || !is_verb(&t[i]))
		return 0;
	e = words_end(t, i + 1, n);
	if (e - i > 7 || !no_preposition(d, t, i + 1, e))
		return 0;
	return model_attr(d, t, i + 1, e, i, at);
}

/*
 * "...," campaign chairman Jon Roe told reporters.  "...," Senator Jim
 * Roe, Republican of Ohio, said.  "...," Rep. Ann Roe (D-Vt.) said.  The
 * words before the verb: a role and a name, then at most an apposition
 * between commas or a parenthesis.
 */
static int
role_name_then_verb(struct qdoc *d, const struct wt *t, size_t i, size_t n,
    struct attr *at)
{
	size_t j, e, k;

	if (i >= n || !W(t[i]))
		return 0;
	for (e = i; e < n && W(t[e]) && !is_verb(&t[e]); e++)
		;
	if (e == i || e - i > 6 || !no_preposition(d, t, i, e))
		return 0;
	j = e;
	if (j < n && t[j].p == '(') {
		for (k = j; k < n && k < j + 8 && t[k].p != ')'; k++)
			;
		j = k + 1;
	} else if (j < n && t[j].p == ',') {
		for (k = j + 1; k < n && k < j + 8 && W(t[k]); k++)
			;
		if (k >= n || t[k].p != ',')
			return 0;
		j = k + 1;
	}
	if (j >= n || !W(t[j]) || !is_verb(&t[j]))
		return 0;
	return model_attr(d, t, i, e, j, at);
}

/* "...," said another.  "...," one said.  An indefinite speaker, as
 * written. */
static int
indefinite(struct qdoc *d, const struct wt *t, size_t i, size_t n,
    struct attr *at)
{
	size_t w, v;

	if (i + 1 >= n || !W(t[i]) || !W(t[i + 1]))
		return 0;
	if (is_verb(&t[i]) && (IS(t[i + 1], "another") ||
	    IS(t[i + 1], "one")) && (i + 2 == n || !W(t[i + 2])))
		w = i + 1, v = i;
	else if ((IS(t[i], "another") || IS(t[i], "one") ||
	    IS(t[i], "Another") || IS(t[i], "One")) && is_verb(&t[i + 1]))
		w = i, v = i + 1;
	else
		return 0;
	set_written(d, at, t, w, w + 1, v);
	return 1;
}

static int (*const model_sieves[])(struct qdoc *, const struct wt *, size_t,
    size_t, struct attr *) = {
	verb_then_role_name,
	role_name_then_verb,
	indefinite,
};

static int
after_attr(struct qdoc *d, size_t a, size_t b, struct attr *at)
{
	struct wt t[NTOK];
	size_t n, i, j, e, v, s;
	int dash = 0, rel = 0;

	n = words(d, a, b, t, NTOK, 0);
	i = 0;
	while (i < n && !W(t[i]) && (t[i].p == ',' || isdash8(t[i].p) ||
	    t[i].p == '-' || t[i].p == 0x2026 || (i == 0 && t[i].p == ':') ||
	    (i == 0 && t[i].p == '\''))) {
		if (isdash8(t[i].p) || t[i].p == '-' || t[i].p == ':')
			dash = t[i].p == ':' ? 2 : 1;
		i++;
	}
	if (i == n)
		return 0;
	if (W(t[i]) && is_verb_any(&t[i]) &&
	    !(t[i].cap && i + 1 < n && !W(t[i + 1]))) {
		v = i;
		j = v + 1;
		/* said in a statement Smith? rare; said Wednesday Smith? */
		while (j < n && W(t[j]) && is_skip(d, &t[j]) && !t[j].cap)
			j++;
		e = np_fwd(d, t, j, n);
		if (e > j && np_ok(d, t, j, e)) {
			size_t e2;

			/* said the union's director, Jane Smith */
			if (e + 1 < n && !W(t[e]) && t[e].p == ',' &&
			    !t[e - 1].cap && t[e + 1].cap && W(t[e + 1]) &&
			    (e2 = np_fwd(d, t, e + 1, n)) > e + 1 &&
			    is_capname(&t[e2 - 1]) && (e2 == n || !W(t[e2])) &&
			    (e2 == n || t[e2].p != '(')) {
				set_attr(d, at, t, e + 1, e2, d->ck.s + t[v].s,
				    WLEN(t[v]));
				return 1;
			}
			set_attr(d, at, t, j, e, d->ck.s + t[v].s, WLEN(t[v]));
			return 1;
		}
	}
	/* X said (not the verb of "who asked not to be named") */
	for (j = i; j < n && j < i + 24; j++) {
		if (!W(t[j])) {
			if (t[j].p == ',') {
				rel = j + 1 < n && (IS(t[j + 1], "who") ||
				    IS(t[j + 1], "which") ||
				    IS(t[j + 1], "whose"));
				continue;
			}
			if (t[j].p == '(' || t[j].p == ')' ||
			    t[j].p == '@' || t[j].p == '-')
				continue;
			break;
		}
		if (rel)
			continue;
		if (is_verb(&t[j]) && j > i && noun_kind(d, &t[j]) != NULL &&
		    j + 1 < n && W(t[j + 1]) && is_verb(&t[j + 1]))
			continue;
		if (is_verb(&t[j]) && j > i) {
			v = skip_back(d, t, j, i);
			e = v;
			/* an appositive: Smith, a doctor, said */
			for (s = i; s < e; s++)
				if (!W(t[s]) && t[s].p == ',')
					break;
			if (s < e) {
				size_t e2 = e - (!W(t[e - 1]) &&
				    t[e - 1].p == ',');

				if (s + 1 < e && appos(d, t, s + 1, e2))
					e = s;
				else if (s + 1 < e2 &&
				    np_fwd(d, t, s + 1, e2) ==
				    e2 && np_ok(d, t, s + 1, e2) &&
				    t[s + 1].cap && np_ok(d, t, i, s) &&
				    !t[s - 1].cap) {
					/* his neighbour, Jean Amos, said */
					set_attr(d, at, t, s + 1, e2,
					    d->ck.s + t[j].s, WLEN(t[j]));
					return 1;
				} else
					break;
			}
			if (np_ok(d, t, i, e) && (np_fwd(d, t, i, e) >= e - 1 ||
			    np_and(d, t, i, e))) {
				set_attr(d, at, t, i, e, d->ck.s + t[j].s,
				    WLEN(t[j]));
				return 1;
			}
			break;
		}
	}
	/* — Commissioner X */
	if (dash && W(t[i]) && t[i].cap && !is_pron(&t[i]) &&
	    !(is_common(&t[i]) && !IS(t[i], "the"))) {
		e = np_fwd(d, t, i, n);
		if (e > i && np_ok(d, t, i, e)) {
			if (dash == 2)
				set_attr(d, at, t, i, e, ":", 1);
			else
				set_attr(d, at, t, i, e, "\xE2\x80\x94", 3);
			return 1;
		}
	}
	/* according to X */
	for (j = i; j + 2 < n; j++)
		if (IS(t[j], "according") && IS(t[j + 1], "to")) {
			e = np_fwd(d, t, j + 2, n);
			if (e > j + 2 && np_ok(d, t, j + 2, e)) {
				set_attr(d, at, t, j + 2, e, "according to",
				    12);
				return 1;
			}
		}
	for (j = 0; j < LEN(model_sieves); j++)
		if (model_sieves[j](d, t, i, n, at))
			return 1;
	return 0;
}

/* Are t[a..b) only adverbials, times, places or a listener ("to her
 * husband", "in a statement", "Wednesday morning", "The Hill")? */
static int
adverbials(struct qdoc *d, const struct wt *t, size_t a, size_t b)
{
	size_t i;

	for (i = a; i < b; i++) {
		if (W(t[i]) && (IS(t[i], "was") || IS(t[i], "is") ||
		    IS(t[i], "were") || IS(t[i], "are") || IS(t[i], "be") ||
		    IS(t[i], "been") || IS(t[i], "has") || IS(t[i], "have") ||
		    IS(t[i], "had") || IS(t[i], "will") || IS(t[i], "would")))
			return 0;
		if (!W(t[i]) || is_skip(d, &t[i]) || t[i].cap ||
		    is_det(d, &t[i]) || noun_kind(d, &t[i]) || poss(d, &t[i]) ||
		    IS(t[i], "in") || IS(t[i], "on") ||
		    IS(t[i], "to") || IS(t[i], "at") ||
		    IS(t[i], "during") || IS(t[i], "via") ||
		    IS(t[i], "reporters") || IS(t[i], "interview") ||
		    IS(t[i], "conference") || IS(t[i], "news") ||
		    IS(t[i], "press") || IS(t[i], "twitter") ||
		    IS(t[i], "with") || IS(t[i], "him") || IS(t[i], "her") ||
		    IS(t[i], "them") || IS(t[i], "me") || IS(t[i], "us"))
			continue;
		return 0;
	}
	return 1;
}

/* A sentence that is only an attribution ("Paul asked.", "Smith said in
 * a statement."), for the quotation just before it. */
static int
bare_attr(struct qdoc *d, size_t a, size_t b, struct attr *at)
{
	struct wt t[16];
	size_t n, v, e;

	n = words(d, a, b, t, LEN(t), 0);
	while (n > 0 && !W(t[n - 1]) && (t[n - 1].p == '.' ||
	    t[n - 1].p == '!' || t[n - 1].p == '?'))
		n--;
	if (n < 2 || n > 10)
		return 0;
	for (v = 0; v < n && !(W(t[v]) && is_verb(&t[v])); v++)
		if (!W(t[v]))
			return 0;
	if (v == n)
		return 0;
	if (v == 0) {
		e = np_fwd(d, t, 1, n);
		if (e > 1 && np_ok(d, t, 1, e) && adverbials(d, t, e, n)) {
			set_attr(d, at, t, 1, e, d->ck.s + t[0].s, WLEN(t[0]));
			return 1;
		}
		return 0;
	}
	e = skip_back(d, t, v, 0);
	if (e > 0 && np_ok(d, t, 0, e) && np_fwd(d, t, 0, e) == e &&
	    adverbials(d, t, v + 1, n)) {
		set_attr(d, at, t, 0, e, d->ck.s + t[v].s, WLEN(t[v]));
		return 1;
	}
	return 0;
}

/*
 * The speaker before a quotation: "X said:", "X said,", "X tweeted
 * Wednesday:", "According to X,", "From X:".  *frag is set when the words
 * before the quotation are not an attribution alone (a fragment).
 */
/*
 * A full sentence quoted inside the reporter's: "The mayor spoke for an
 * hour, adding, \"Let us finish.\""; "Jim Roe went on to say, ...".  The
 * words t[0..n) before the mark at b end with a speech verb; the speaker
 * is the sentence's subject, its first words up to a verb or a comma:
 * a person or organisation of the model, a pronoun, or a description
 * (the mayor) as written.  Direct when the quotation starts with a
 * capital.
 */
static int
verb_subject(struct qdoc *d, const struct wt *t, size_t n, size_t b,
    struct attr *at,
    int *frag)
{
	size_t k, v = n - 1, p;
	const char *nk;

	if (n < 2 || !W(t[v]) || !is_verb(&t[v]))
		return 0;
	for (k = 0; k < v && W(t[k]) && !is_verb(&t[k]) && (t[k].cap ||
	    is_det(d, &t[k]) || noun_kind(d, &t[k]) != NULL); k++)
		;
	if (k == 0)
		return 0;
	for (p = b; p < b + 4 && p < d->ck.len && !alnum_ascii[(unsigned char)
	    d->ck.s[p]]; p++)
		;
	if (p == d->ck.len || !(d->ck.s[p] >= 'A' && d->ck.s[p] <= 'Z'))
		return 0;
	*frag = 0;
	if (k == 1 && is_pron(&t[0])) {
		set_attr(d, at, t, 0, 1, d->ck.s + t[v].s, WLEN(t[v]));
		return 1;
	}
	if (model_attr(d, t, 0, k, v, at))
		return 1;
	if (k >= 2 && is_det(d, &t[0]) &&
	    (nk = noun_kind(d, &t[k - 1])) != NULL &&
	    *nk == 'p') {
		set_written(d, at, t, 0, k, v);
		return 1;
	}
	return 0;
}

static int
before_attr(struct qdoc *d, size_t a, size_t b, struct attr *at, int *frag)
{
	struct wt t[NTOK];
	size_t n, v, s, e, lim, after;
	int colon = 0, comma = 0, that = 0;

	*frag = 0;
	n = words(d, a, b, t, NTOK, 1);
	while (n > 0 && !W(t[n - 1]) && (t[n - 1].p == ':' ||
	    t[n - 1].p == ',' || isdash8(t[n - 1].p) ||
	    t[n - 1].p == '(' || t[n - 1].p == '[')) {
		if (t[n - 1].p == ':')
			colon = 1;
		else if (t[n - 1].p == ',')
			comma = 1;
		n--;
	}
	if (n == 0)
		return 0;
	if (IS(t[n - 1], "that") || IS(t[n - 1], "as")) {
		that = 1;
		n--;
	}
	/* From X: */
	if (colon && IS(t[0], "from") && n >= 2 && np_ok(d, t, 1, n) &&
	    np_fwd(d, t, 1, n) == n) {
		set_attr(d, at, t, 1, n, ":", 1);
		return 1;
	}
	/* According to X, */
	if (n >= 3 && IS(t[0], "according") && IS(t[1], "to") &&
	    np_fwd(d, t, 2, n) == n && np_ok(d, t, 2, n)) {
		set_attr(d, at, t, 2, n, "according to", 12);
		return 1;
	}
	/* According to X, the shift "could take years" */
	if (n >= 4 && IS(t[0], "according") && IS(t[1], "to") &&
	    (e = np_fwd(d, t, 2, n)) > 2 && e < n && !W(t[e]) &&
	    t[e].p == ',' &&
	    np_ok(d, t, 2, e)) {
		set_attr(d, at, t, 2, e, "according to", 12);
		*frag = 1;
		return 1;
	}
	lim = colon ? 10 : comma ? 5 : 2;
	/* the last speech verb before the quotation */
	for (v = n; v > 0; v--) {
		if (!W(t[v - 1])) {
			if (t[v - 1].p == '.' || t[v - 1].p == ';' ||
			    t[v - 1].p == '?' || t[v - 1].p == '!')
				break;
			continue;
		}
		if (is_verb(&t[v - 1]) && !noun_after_det(d, t, v - 1))
			break;
	}
	if (v > 0 && W(t[v - 1]) && is_verb(&t[v - 1]) &&
	    !(fiction_verb(&t[v - 1]) && n - v > 0)) {
		const struct wt *w = &t[v - 1];

		after = n - v;
		/* Said X: / said Mrs. Bennet to her husband, */
		if (v == 1 || (!W(t[v - 2]) && t[v - 2].p != ',')) {
			e = np_fwd(d, t, v, n);
			if (e > v && np_ok(d, t, v, e) &&
			    adverbials(d, t, e, n)) {
				set_attr(d, at, t, v, e, d->ck.s + w->s,
				    WLEN(*w));
				*frag = that;
				return 1;
			}
		}
		/* what follows the verb must be adverbials or a listener */
		if (!adverbials(d, t, v, n) || after > lim)
			*frag = 1;
		e = skip_back(d, t, v - 1, 0);
		/* Hugh Hill, a doctor, said: */
		if (e > 0 && !W(t[e - 1]) && t[e - 1].p == ',') {
			for (s = e - 1; s > 0 && (W(t[s - 1]) ||
			    t[s - 1].p != ','); s--)
				;
			if (s > 0 && appos(d, t, s, e - 1))
				e = s - 1;
			else if (s > 0 && s < e - 1 && np_fwd(d, t, s, e - 1) ==
			    e - 1 && is_capname(&t[e - 2]) && t[s].cap &&
			    (s < 2 || !t[s - 2].cap || given(d, &t[s]))) {
				/* the union's director, Jane Smith, said: */
				set_attr(d, at, t, s, e - 1, d->ck.s + w->s,
				    WLEN(*w));
				return 1;
			}
		}
		s = np_bwd(d, t, e, 0);
		if (s < e && np_ok(d, t, s, e)) {
			set_attr(d, at, t, s, e, d->ck.s + w->s, WLEN(*w));
			if (that || (after > 0 && !colon && !comma))
				*frag = 1;
			if (!colon && !comma && !that && after == 0)
				*frag = 0;
			return 1;
		}
	}
	/* Smith put it this way: "..." */
	if (colon && !IS(t[0], "dear") && (e = np_fwd(d, t, 0, n)) > 0 &&
	    np_ok(d, t, 0, e) &&
	    ((is_pron(&t[0]) && e == 1 && !IS(t[0], "it")) ||
	    (is_capname(&t[e - 1]) && (e >= 2 || given(d, &t[0]) ||
	    known(d, d->ck.s + t[0].s, WLEN(t[0])) != NULL)))) {
		set_attr(d, at, t, 0, e, ":", 1);
		*frag = 0;
		/* a label alone ("Media Contact:") speaks only when the
		 * model knows it for a person or an organisation */
		if (e < n || at->named || is_pron(&t[0]))
			return 1;
		memset(at, 0, sizeof(*at));
		*frag = 1;
		return 0;
	}
	if (verb_subject(d, t, n, b, at, frag))
		return 1;
	*frag = 1;
	return 0;
}

/* ---- attribution of the quotations of a chunk ---- */

/* The first letter or digit of ck.s[a..b), or 0; *lead is set when a
 * period or an ellipsis comes before it. */
static int32_t
first_alnum(struct qdoc *d, size_t a, size_t b, int *lead)
{
	size_t p, n;
	int32_t c;

	for (p = a; p < b; p += n) {
		c = cp_at(d, p, b, &n);
		if (isalnum8(c))
			return c;
		if (lead != NULL && (c == 0x2026 || c == '.'))
			*lead = 1;
	}
	return 0;
}

static int
only_punct(struct qdoc *d, size_t a, size_t b)
{
	return first_alnum(d, a, b, NULL) == 0;
}

/* The last character of ck.s[a..b) that is not a space or a mark. */
static int32_t
last_char(struct qdoc *d, size_t a, size_t b)
{
	int32_t c;

	while (b > a) {
		b -= u8_decode_back(d->ck.s + a, b - a, &c);
		if (!isspace8(c) && !isquote8(c))
			return c;
	}
	return 0;
}

static int
starts_upper(struct qdoc *d, size_t a, size_t b)
{
	int lead = 0;
	int32_t c = first_alnum(d, a, b, &lead);

	return lead || c == 0 || u8_isupper(c) || u8_isdigit(c);
}


/*
 * A name or title in quotation marks, no quotation: after "dubbed",
 * "titled", "called", "known as" (a plan dubbed "Operation Clean Sweep"),
 * starting with a capital and ending without a stop or comma.
 */
static int
name_in_marks(struct qdoc *d, const struct quote *q, size_t lo)
{
	static const char *const namers[] = { "dubbed", "nicknamed",
	    "titled", "entitled", "named", "renamed", "called", "labeled",
	    "labelled", "branded", "as" };
	size_t e = q->os, a, i;
	int32_t c;
	int lead;

	while (e > lo && spacebyte(d->ck.s[e - 1]))
		e--;
	for (a = e; a > lo && alnum_ascii[(unsigned char)d->ck.s[a - 1]]; a--)
		;
	for (i = 0; i < LEN(namers); i++)
		if (e - a == strlen(namers[i]) &&
		    strncasecmp(d->ck.s + a, namers[i], e - a) == 0)
			break;
	if (i == LEN(namers) || (i == LEN(namers) - 1 && !((a >= lo + 6 &&
	    strncasecmp(d->ck.s + a - 6, "known ", 6) == 0) || (a >= lo + 7 &&
	    strncasecmp(d->ck.s + a - 7, "billed ", 7) == 0))))
		return 0;
	if (!u8_isupper(first_alnum(d, q->qs, q->qe, &lead)))
		return 0;
	c = last_char(d, q->qs, q->qe);
	return c != '.' && c != ',' && c != '!' && c != '?' && c != 0x2026;
}

static int
is_pronoun_mention(const char *men)
{
	return lk(&w_pron, men, strlen(men)) != NULL;
}

/* he: 'm', she: 'f', else 0. */
static int
pronoun_gender(const char *men)
{
	const char *v = lk(&w_pron, men, strlen(men));

	return v != NULL && (*v == 'm' || *v == 'f') ? *v : 0;
}

static void
note_speaker(struct qdoc *d, const struct attr *at, uint64_t where)
{
	if (!at->ok || at->spk[0] == '\0')
		return;
	memcpy(d->lastspk.name, at->spk, FLD);
	d->lastspk.at = where;
	d->lastspk.person = at->person;
	d->lastspk.ok = 1;
	d->lastspk.g = 0;
	if (at->person && !is_pronoun_mention(at->men))
		d->lastspk.g = gender_of(at->men, at->spk);
	else if (at->person)
		d->lastspk.g = pronoun_gender(at->men);
	if (at->person)
		push_recent(d, &d->lastspk);
}

/* Number of words (roughly) in ck.s[a..b). */
static size_t
nwords(struct qdoc *d, size_t a, size_t b)
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

static void
attribute(struct qdoc *d, size_t qi, size_t prev, size_t next)
{
	struct quote *q = &d->qv[qi];
	struct attr ab, aa;
	size_t sa, sb, ea, eb, ba, ae;
	int frag = 0, hb, ha, bempty, aempty;
	int32_t c;

	memset(&ab, 0, sizeof(ab));
	memset(&aa, 0, sizeof(aa));
	if (name_in_marks(d, q, d->lns[q->l0].pos)) {
		q->dead = 1;
		return;
	}
	sent_at(d, q->l0, q->os, &sa, &sb);
	ba = sa;
	if (prev != (size_t)-1 && d->qv[prev].l1 == q->l0 &&
	    d->qv[prev].ce > ba &&
	    d->qv[prev].ce <= q->os)
		ba = d->qv[prev].ce;
	sent_at(d, q->l1, q->ce > d->lns[q->l1].pos ? q->ce - 1 : q->ce, &ea,
	    &eb);
	ae = eb;
	if (next != (size_t)-1 && d->qv[next].l0 == q->l1 &&
	    d->qv[next].os < ae &&
	    d->qv[next].os >= q->ce)
		ae = d->qv[next].os;
	if (ae < q->ce)
		ae = q->ce;
	/* a bounded context, whatever the length of the sentence */
	if (q->os - ba > CONTEXT)
		ba = q->os - CONTEXT;
	if (ae - q->ce > CONTEXT)
		ae = q->ce + CONTEXT;
	bempty = only_punct(d, ba, q->os);
	aempty = only_punct(d, q->ce, ae);
	hb = !bempty && before_attr(d, ba, q->os, &ab, &frag);
	ha = !aempty && after_attr(d, q->ce, ae, &aa);
	if (!ha) {
		/* "..." — Commissioner X, past the end of the sentence */
		size_t le = d->lns[q->l1].pos + d->lns[q->l1].len, p = q->ce;

		if (next != (size_t)-1 && d->qv[next].l0 == q->l1)
			le = d->qv[next].os;
		while (p < le && spacebyte(d->ck.s[p]))
			p++;
		if (p < le && le > ae && (isdash8(cp_at(d, p, le, NULL)) ||
		    (d->ck.s[p] == '-' && p + 1 < le &&
		    (d->ck.s[p + 1] == '-' ||
		    d->ck.s[p + 1] == ' '))) &&
		    after_attr(d, q->ce, le, &aa))
			ha = 1, aempty = 0;
	}
	if (!ha && !hb && aempty && bempty) {
		/* "It is over." Smith said. (cut into two sentences) */
		size_t le = d->lns[q->l1].pos + d->lns[q->l1].len, na = 0,
		    nb = 0;

		if (eb < le &&
		    (next == (size_t)-1 || d->qv[next].l0 != q->l1)) {
			sent_at(d, q->l1, eb + 1 < le ? eb + 1 : eb, &na, &nb);
			if (na < eb)
				na = nb = 0;
		} else if (eb >= le && !d->multi && q->l1 + 1 < d->nlns &&
		    !d->lns[q->l1 + 1].blank && !d->lns[q->l1 + 1].marks) {
			na = d->lns[q->l1 + 1].pos;
			nb = na + d->lns[q->l1 + 1].len;
		}
		if (nb > na && bare_attr(d, na, nb, &aa))
			ha = 1;
	}
	c = last_char(d, q->qs, q->qe);
	/* a fragment: words before it that are no attribution, or after it
	 * that are neither attribution nor the end of the sentence */
	if (!bempty && !hb) {
		frag = 1;
		if (last_char(d, ba, q->os) == ':' &&
		    starts_upper(d, q->qs, q->qe))
			frag = 0;
	}
	if (bempty && !aempty && !ha) {
		int32_t a0 = cp_at(d, q->ce + (d->ck.s[q->ce] == ' '), ae,
		    NULL);

		frag = !(c == ',' || c == '.' || c == '!' || c == '?' ||
		    c == 0x2026 || a0 == ',' || isdash8(a0) ||
		    (a0 >= 'A' && a0 <= 'Z'));
	}
	if (hb && !ha && !aempty && !(c == ',' || c == '.' || c == '!' ||
	    c == '?' || c == 0x2026) && !starts_upper(d, q->ce, ae))
		frag = 1;	/* would later add "Protector of Mexico" to it */
	if (q->unclosed)
		frag = 0;
	if (!bempty && !starts_upper(d, q->qs, q->qe) && !hb)
		frag = 1;
	q->kind = frag ? K_PARTIAL : K_DIRECT;
	if (ha)
		q->a = aa;
	else if (hb)
		q->a = ab;
	else if (bempty && d->intro.ok && d->intro_gap <= 1) {
		q->a = d->intro;
		d->intro.ok = 0;
	}
	if (q->a.ok)
		note_speaker(d, &q->a, docoff(d, q->l0, q->qs));
	else if (!aempty && !starts_upper(d, q->ce, ae))
		q->other = 1;
	d->intro.ok = 0;
}

/* Quotations with no speaker take one from a later quotation of the same
 * sentence, or continue the last speaker. */
static void
continuation(struct qdoc *d, size_t qi, size_t next)
{
	struct quote *q = &d->qv[qi];

	if (q->a.ok)
		return;
	if (next != (size_t)-1 && d->qv[next].a.ok && d->qv[next].l0 == q->l1) {
		size_t sa, sb;

		sent_at(d, q->l1, q->ce > 0 ? q->ce - 1 : 0, &sa, &sb);
		if (d->qv[next].os < sb && (q->kind == K_DIRECT ||
		    d->qv[next].kind == K_PARTIAL)) {
			q->a = d->qv[next].a;
			return;
		}
	}
	if (q->kind != K_DIRECT || q->other)
		return;
	if (!d->cont.ok || d->cont_gap > (d->multi ? 1 : 2)) {
		/* Smith was blunt. "We failed." */
		if (d->subj.ok && d->subj.person &&
		    model_person(d, d->subj.name) &&
		    d->subj.at >= d->lastq_at &&
		    d->subj.at < docoff(d, q->l0, q->os) &&
		    d->lns[q->l0].lineno <= d->subj.lineno + 1) {
			memset(&q->a, 0, sizeof(q->a));
			memcpy(q->a.spk, d->subj.name, FLD);
			memcpy(q->a.men, d->subj.name, FLD);
			q->a.ok = q->a.person = 1;
		} else if (!d->wrapped &&
		    only_punct(d, d->lns[q->l0].pos, q->os) &&
		    only_punct(d, q->ce, d->lns[q->l1].pos + d->lns[q->l1].len))
			d->pending = qi;	/* its paragraph is the quotation */
		return;
	}
	q->a = d->cont;
	q->a.cue[0] = '\0';
	fld_set(q->a.men, d->cont.spk[0] ? d->cont.spk : d->cont.men,
	    strlen(d->cont.spk[0] ? d->cont.spk : d->cont.men));
}

/* Does line li end with a colon? */
static int
ends_colon(struct qdoc *d, size_t li)
{
	size_t e = d->lns[li].pos + d->lns[li].len, lo = d->lns[li].pos;

	while (e > lo && spacebyte(d->ck.s[e - 1]))
		e--;
	return e > lo && d->ck.s[e - 1] == ':';
}

/* ---- blocks: an embedded post and its "— Name (@handle) Date" line ---- */

static int
is_byline(struct qdoc *d, size_t li, size_t *np)
{
	struct ln *l = &d->lns[li];
	size_t p = l->pos, hi = l->pos + l->len, n;
	int32_t c;

	if (l->len > 300 || l->len < 4)
		return 0;
	while (p < hi && isspace8(cp_at(d, p, hi, &n)))
		p += n;
	c = cp_at(d, p, hi, &n);
	if (hi - p > 17 && strncasecmp(d->ck.s + p, "a post shared by ", 17) == 0) {
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
	while (p < hi && isspace8(cp_at(d, p, hi, &n)))
		p += n;
	c = cp_at(d, p, hi, &n);
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

static size_t
push_block(struct qdoc *d, size_t l0, size_t l1, size_t a, size_t b,
    const struct attr *at)
{
	size_t qi;

	while (a < b && spacebyte(d->ck.s[a]))
		a++;
	while (b > a && spacebyte(d->ck.s[b - 1]))
		b--;
	qi = new_quote(d, l0, a, a, -1);
	d->qv[qi].qe = d->qv[qi].ce = b;
	d->qv[qi].l1 = l1;
	d->qv[qi].kind = K_BLOCK;
	d->qv[qi].a = *at;
	return qi;
}

static void
byline(struct qdoc *d, size_t li, size_t p)
{
	struct wt t[NTOK];
	struct attr at;
	size_t n, e, j, k, first, bytes, lo, hi, lastq = (size_t)-1;

	memset(&at, 0, sizeof(at));
	n = words(d, p, d->lns[li].pos + d->lns[li].len, t, NTOK, 0);
	e = np_fwd(d, t, 0, n);
	if (e == 0 || !np_ok(d, t, 0, e))
		return;
	set_attr(d, &at, t, 0, e, "\xE2\x80\x94", 3);
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
		if (only_punct(d, d->qv[lastq].ce,
		    d->lns[j].pos + d->lns[j].len) &&
		    (!d->qv[lastq].a.ok || d->qv[lastq].a.cue[0] == '\0')) {
			d->qv[lastq].a = at;
			note_speaker(d, &at, docoff(d, li, p));
		}
		return;
	}
	if (d->lns[j].marks || !post_line(d, t, e, n))
		return;
	/* one paragraph; with one sentence a line, the lines of a post */
	split_line(d, j);
	first = j;
	bytes = d->lns[j].len;
	if (!d->multi)
		while (first > 0 && !d->lns[first - 1].blank &&
		    !d->lns[first - 1].marks &&
		    bytes + d->lns[first - 1].len <= 320 &&
		    !is_byline(d, first - 1, &k) && !ends_colon(d, first - 1)) {
			first--;
			bytes += d->lns[first].len;
		}
	push_block(d, first, j, d->lns[first].pos,
	    d->lns[j].pos + d->lns[j].len, &at);
	note_speaker(d, &at, docoff(d, li, p));
}

/* ---- indirect speech ---- */

static void
push_indirect(struct qdoc *d, size_t li, size_t a, size_t b,
    const struct attr *at)
{
	size_t qi;
	int32_t c;

	while (b > a) {
		c = cp_before(d, a, b);
		if (!(isspace8(c) || c == '.' || c == ',' || c == ';' ||
		    c == '!' || c == '?'))
			break;
		b -= c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
	}
	if (nwords(d, a, b) < 3)
		return;
	qi = new_quote(d, li, a, a, -1);
	d->qv[qi].qe = d->qv[qi].ce = b;
	d->qv[qi].kind = K_INDIRECT;
	d->qv[qi].a = *at;
}

static void
indirect(struct qdoc *d, size_t li)
{
	struct wt t[NTOK];
	struct attr at;
	size_t i, k, n, a, b, e, v, c;

	split_line(d, li);
	for (i = d->lns[li].s0; i < d->lns[li].s0 + d->lns[li].ns; i++) {
		a = d->sv.v[i].start;
		b = d->sv.v[i].end;
		memset(&at, 0, sizeof(at));
		/* ..., he said Wednesday. */
		n = words(d, a, b, t, 14, 1);
		for (c = n; c > 0 && (W(t[c - 1]) || t[c - 1].p != ','); c--)
			;
		if (c > 0 && c < n && after_attr(d, t[c - 1].s, b, &at)) {
			for (k = c; k < n && (W(t[k]) || t[k].p == '.'); k++)
				if (W(t[k]) && is_verb(&t[k]))
					break;
			for (k++; k < n; k++)
				if (W(t[k]) && !is_skip(d, &t[k]))
					break;
			if (k >= n || !W(t[k])) {
				note_speaker(d, &at, docoff(d, li, a));
				push_indirect(d, li, a, t[c - 1].s, &at);
				continue;
			}
		}
		/* He said (that) ... */
		n = words(d, a, b, t, 16, 0);
		e = np_fwd(d, t, 0, n);
		if (e == 0 || !np_ok(d, t, 0, e))
			continue;
		v = e;
		while (v < n && W(t[v]) && is_skip(d, &t[v]) && !t[v].cap)
			v++;
		if (v >= n || !is_verb(&t[v]) || fiction_verb(&t[v]) ||
		    IS(t[v], "asked") || IS(t[v], "told"))
			continue;
		k = v + 1;
		while (k < n && W(t[k]) && is_skip(d, &t[k]) && !t[k].cap)
			k++;
		if (k < n && IS(t[k], "that"))
			k++;
		else if (!IS(t[v], "said") && !IS(t[v], "says") &&
		    !IS(t[v], "say"))
			continue;	/* "emphasized the importance" */
		if (k >= n || !W(t[k]) || nwords(d, t[k].s, b) < 4)
			continue;
		set_attr(d, &at, t, 0, e, d->ck.s + t[v].s, WLEN(t[v]));
		note_speaker(d, &at, docoff(d, li, a));
		push_indirect(d, li, t[k].s, b, &at);
	}
}

/* ---- the chunk: pair, attribute, print ---- */

/* ---- transcripts: "Q: ..." and "A: ...", "NAME: ..." ---- */

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
	return nwords(d, p, hi) >= 2;
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
		return d->ck.s[la] == 'Q' ? L_Q : d->ck.s[la] == 'A' ? L_A : L_NONE;
	if (n >= FLD || ws_has(&w_labels, d->ck.s + la, n))
		return L_NONE;
	memset(at, 0, sizeof(*at));
	fld_set(at->men, d->ck.s + la, n);
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
	fld_set(at->spk, s, n);
	model_name(d, at);
	if (!at->named && !caps)
		return L_NONE;
	if (!at->named) {
		fld_set(at->spk, at->men, n);
		at->person = 1;
	}
	fld_set(at->cue, ":", 1);
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

/* The next (dir 1) or previous (dir -1) line that is not blank. */
static size_t
line_near(struct qdoc *d, size_t li, int dir)
{
	do
		li += (size_t)dir;
	while (li < d->nlns && d->lns[li].blank);
	return li;
}

/* The last person the model names before document offset o. */
static int
person_before(struct qdoc *d, uint64_t o, struct attr *at)
{
	size_t i;

	for (i = d->qnames.nm; i > 0; i--) {
		const struct nmention *m = &d->qnames.mv[i - 1];

		if (m->start >= o || m->ent == NAMES_NONE ||
		    d->qnames.ev[m->ent].type != NER_PERSON)
			continue;
		memset(at, 0, sizeof(*at));
		set_entity(d, at, m->ent);
		fld_set(at->men, at->spk, strlen(at->spk));
		fld_set(at->cue, ":", 1);
		at->ok = 1;
		return 1;
	}
	return 0;
}

/*
 * A line of a transcript, labelled like a line next to it: an "A:" line
 * is a quotation of the person the text names last before the first
 * "Q:" or "A:", a "NAME:" line one of that name; "Q:" lines are the
 * interviewer's and are no quotation.
 */
static int
transcript(struct qdoc *d, size_t li)
{
	struct attr at, other;
	size_t tx, tx2, p = line_near(d, li, -1);
	int k, kp;

	if ((k = line_label(d, li, &at, &tx)) == L_NONE)
		return 0;
	kp = p < li ? line_label(d, p, &other, &tx2) : L_NONE;
	if (kp == L_NONE && line_label(d, line_near(d, li, 1), &other, &tx2) ==
	    L_NONE)
		return 0;
	if (kp == L_NONE &&
	    !person_before(d, docoff(d, li, d->lns[li].pos), &d->iview))
		memset(&d->iview, 0, sizeof(d->iview));
	if (k == L_Q)
		return 1;
	if (k == L_A)
		at = d->iview;
	push_block(d, li, li, tx, d->lns[li].pos + d->lns[li].len, &at);
	note_speaker(d, &at, docoff(d, li, tx));
	return 1;
}

static void
set_intro(struct qdoc *d, size_t li, size_t from)
{
	size_t a, b, e = d->lns[li].pos + d->lns[li].len;
	int frag;
	struct attr at;

	while (e > from && spacebyte(d->ck.s[e - 1]))
		e--;
	/* "X said:", or a paragraph that ends "X stated," (a line of
	 * hard-wrapped text may end with any comma) */
	if (e <= from || (d->ck.s[e - 1] != ':' && (d->ck.s[e - 1] != ',' ||
	    d->wrapped)))
		return;
	sent_at(d, li, e - 1, &a, &b);
	if (a < from)
		a = from;
	memset(&at, 0, sizeof(at));
	if (before_attr(d, a, e, &at, &frag) && !frag &&
	    nwords(d, a, e) <= 14) {
		d->intro = at;
		d->intro_gap = 0;
		d->intro_colon = d->ck.s[e - 1] == ':';
	}
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

static struct buf qtext, otext;

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
		if (b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xE3) {
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
	tsv_raw(otext.s, otext.len);
}

static void
put_quote(struct qdoc *d, struct quote *q)
{
	size_t a = q->qs, b = q->qe, g, p;

	while (a < b && spacebyte(d->ck.s[a]))
		a++;
	while (b > a && spacebyte(d->ck.s[b - 1]))
		b--;
	model_name(d, &q->a);
	cli_file_field(&cli, d->curin);
	tsv_text(q->a.spk, strlen(q->a.spk));
	tsv_tab();
	tsv_text(q->a.men, strlen(q->a.men));
	tsv_tab();
	tsv_text(q->a.cue, strlen(q->a.cue));
	tsv_tab();
	tsv_str(kindname[q->kind]);
	tsv_tab();
	tsv_u64(d->lns[q->l0].lineno);
	tsv_tab();
	tsv_u64(a >= d->lns[q->l0].pos &&
	    a <= d->lns[q->l0].pos + d->lns[q->l0].len ?
	    docoff(d, q->l0, a) : pos2off(d, a));
	tsv_tab();
	tsv_u64(b >= d->lns[q->l1].pos &&
	    b <= d->lns[q->l1].pos + d->lns[q->l1].len ?
	    docoff(d, q->l1, b) : pos2off(d, b));
	tsv_tab();
	tsv_str(names_gender_name(q->a.g));
	tsv_tab();
	buf_reset(&qtext);
	p = a;
	for (g = q->g0; g < q->g0 + q->ng; g++) {
		if (d->gv[g].a < p || d->gv[g].a > b)
			continue;
		buf_add(&qtext, d->ck.s + p, d->gv[g].a - p);
		buf_addc(&qtext, ' ');
		p = d->gv[g].b;
	}
	if (p < b)
		buf_add(&qtext, d->ck.s + p, b - p);
	put_text(qtext.s, qtext.len);
	tsv_end();
}

/*
 * A nested quotation whose speaker the words before it inside its parent
 * name: "Senator Paul says the committee 'has failed,' but ...".  A person,
 * and not a pronoun (who "he" is was decided in document order) nor a
 * contraction ("Don't say 'never'").
 */
static void
nested_attr(struct qdoc *d)
{
	struct attr at;
	struct quote *q, *p;
	size_t k;
	int frag;

	for (k = 0; k < d->nq; k++) {
		q = &d->qv[k];
		if (q->parent < 0 || q->dead || q->qe < q->qs || q->a.ok)
			continue;
		p = &d->qv[q->parent];
		if (p->dead || q->os <= p->qs)
			continue;
		memset(&at, 0, sizeof(at));
		if (before_attr(d, p->qs, q->os, &at, &frag) && at.ok &&
		    at.person && strlen(at.spk) > 2 &&
		    strchr(at.men, '\'') == NULL &&
		    strstr(at.men, "\xe2\x80\x99") == NULL &&
		    !is_pronoun_mention(at.men))
			q->a = at;
	}
}

/*
 * Where the piece of line li from p that the model reads ends: the
 * line's end, or a sentence end (". ") or else a space before
 * MODEL_PIECE bytes, so that the recogniser's memory stays small on a
 * long line.  A news paragraph is one piece, as entities reads it.
 */
static size_t
model_cut(struct qdoc *d, size_t li, size_t p)
{
	const char *s = d->ck.s + d->lns[li].pos;
	size_t n = d->lns[li].len, e, sp = 0;

	if (n - p <= MODEL_PIECE)
		return n;
	for (e = p + MODEL_PIECE; e > p + MODEL_PIECE / 2; e--)
		if (s[e - 1] == ' ') {
			if (e >= 2 && s[e - 2] == '.')
				return e;
			if (sp == 0)
				sp = e;
		}
	if (sp)
		return sp;
	for (e = p + MODEL_PIECE; e > p + 1 &&
	    ((unsigned char)s[e] & 0xC0) == 0x80; e--)
		;		/* not inside a character */
	return e;
}

/* The pieces of the chunk the model reads, into qdv and qdline. */
static void
model_pieces(struct qdoc *d)
{
	size_t li, p, e;

	d->qdn = 0;
	for (li = 0; li < d->nlns; li++)
		for (p = 0, e = 0; p < d->lns[li].len || e == 0; p = e) {
			e = model_cut(d, li, p);
			if (d->qdn == d->qdcap) {
				d->qdcap = d->qdcap ? 2 * d->qdcap : 256;
				d->qdv = xreallocarray(d->qdv, d->qdcap,
				    sizeof(*d->qdv));
				d->qdline = xreallocarray(d->qdline, d->qdcap,
				    sizeof(*d->qdline));
			}
			d->qdv[d->qdn].s = d->ck.s + d->lns[li].pos + p;
			d->qdv[d->qdn].len = e - p;
			d->qdv[d->qdn].off = d->lns[li].off + p;
			d->qdline[d->qdn++] = d->lns[li].lineno;
			if (e == 0)
				break;
		}
}

static void
feed(struct qdoc *d, struct ner *nr, size_t from, size_t to)
{
	size_t i;

	for (i = from; i < to; i++)
		ner_para(nr, d->qdv[i].s, d->qdv[i].len, d->qdv[i].off,
		    d->qdline[i]);
}

static void *
help(void *arg)
{
	struct qdoc *d = arg;

	pthread_mutex_lock(&helper.mu);
	for (;;) {
		while (!helper.busy && !helper.quit)
			pthread_cond_wait(&helper.cv, &helper.mu);
		if (helper.quit)
			break;
		pthread_mutex_unlock(&helper.mu);
		feed(d, helper.nr, helper.from, helper.to);
		pthread_mutex_lock(&helper.mu);
		helper.busy = 0;
		pthread_cond_broadcast(&helper.cv);
	}
	pthread_mutex_unlock(&helper.mu);
	sent_free();
	return NULL;
}

static void
helper_start(struct qdoc *d)
{
	if (helper.on || sysconf(_SC_NPROCESSORS_ONLN) < 2)
		return;
	helper.nr = ner_new();
	helper.quit = helper.busy = 0;
	if (pthread_create(&helper.th, NULL, help, d) != 0) {
		ner_free(helper.nr);
		return;			/* one thread does it all */
	}
	helper.on = 1;
}

static void
helper_stop(void)
{
	if (!helper.on)
		return;
	pthread_mutex_lock(&helper.mu);
	helper.quit = 1;
	pthread_cond_broadcast(&helper.cv);
	pthread_mutex_unlock(&helper.mu);
	pthread_join(helper.th, NULL);
	ner_free(helper.nr);
	helper.on = 0;
}

/*
 * Read the pieces into the recogniser and its mentions into the model,
 * resolving whenever it is full, as entities does.  With the helper, a
 * chunk under a window is read in two halves at once and merged; should
 * the merged window be full (text dense with names), where one thread
 * might have resolved early, it is read again by one thread.
 */
static void
model_read(struct qdoc *d)
{
	const struct ner_mention *m;
	size_t i, n, h, fed = 0;

	for (i = 0; i < d->qdn; i++)
		fed += d->qdv[i].len + 1;		/* as ner_fed() counts */
	for (h = 0, n = 0; h < d->qdn && 2 * n < fed; h++)
		n += d->qdv[h].len + 1;
	if (helper.on && h > 0 && h < d->qdn && fed < NER_WINDOW) {
		pthread_mutex_lock(&helper.mu);
		helper.from = h;
		helper.to = d->qdn;
		helper.busy = 1;
		pthread_cond_broadcast(&helper.cv);
		pthread_mutex_unlock(&helper.mu);
		feed(d, d->qner, 0, h);
		pthread_mutex_lock(&helper.mu);
		while (helper.busy)
			pthread_cond_wait(&helper.cv, &helper.mu);
		pthread_mutex_unlock(&helper.mu);
		ner_merge(d->qner, helper.nr);
		ner_reset(helper.nr);
		if (!ner_full(d->qner)) {
			m = ner_resolve(d->qner, &n);
			names_add(&d->qnames, m, n);
			ner_reset(d->qner);
			return;
		}
		ner_reset(d->qner);
	}
	for (i = 0; i < d->qdn; i++) {
		feed(d, d->qner, i, i + 1);
		if (ner_full(d->qner) || i + 1 == d->qdn) {
			m = ner_resolve(d->qner, &n);
			names_add(&d->qnames, m, n);
			ner_reset(d->qner);
		}
	}
}

/* The model of the chunk: its names, their entities, the pronouns. */
static void
model_chunk(struct qdoc *d)
{
	if (d->qner == NULL) {
		d->qner = ner_new();
		names_init(&d->qnames);
		helper_start(d);
	}
	names_clear(&d->qnames);
	model_pieces(d);
	model_read(d);
	names_evidence(&d->qnames, d->qdv, d->qdn);
	coref_pronouns(&d->qnames, d->qdv, d->qdn);
}

/*
 * A paragraph that is one quotation with no speaker, after a paragraph
 * with none, continues into the next paragraph that opens with an
 * attributed quotation: "...". / "...," Roe said.  Not a question,
 * which the next speaker may answer.
 */
static void
next_paragraph(struct qdoc *d, size_t qi)
{
	struct quote *q = &d->qv[qi], *p = &d->qv[d->pending];

	if (!q->a.ok || q->a.cue[0] == '\0' || q->kind != K_DIRECT ||
	    line_near(d, p->l1, 1) != q->l0 ||
	    !only_punct(d, d->lns[q->l0].pos, q->os))
		return;
	if (last_char(d, p->qs, p->qe) == '?')
		return;		/* a question: someone else answers */
	p->a = q->a;
	p->a.cue[0] = '\0';
	fld_set(p->a.men, q->a.spk[0] ? q->a.spk : q->a.men,
	    strlen(q->a.spk[0] ? q->a.spk : q->a.men));
}

/* The top-level quotations T[t0..ti) of a line, in order: speakers
 * carry on to quote-only sentences. */
static void
carry_speakers(struct qdoc *d, const size_t *T, size_t t0, size_t ti)
{
	size_t k, qi, nx;

	if (d->pending != (size_t)-1 && ti > t0)
		next_paragraph(d, T[t0]);
	d->pending = (size_t)-1;
	for (k = t0; k < ti; k++) {
		qi = T[k];
		if (d->qv[qi].dead)
			continue;	/* a name in marks */
		nx = k + 1 < ti ? T[k + 1] : (size_t)-1;
		if (d->qv[qi].kind == K_DIRECT && k > t0)
			d->lastq_at = docoff(d, d->qv[T[k - 1]].l1,
			    d->qv[T[k - 1]].ce);
		if (d->qv[qi].a.ok && d->qv[qi].a.cue[0] != '\0') {
			/* a partial quotation of a clause is speech too:
			 * Roe said the forms "have to be filed" (not a
			 * title: add "Protector of Mexico") */
			if (d->qv[qi].kind == K_DIRECT ||
			    (d->qv[qi].kind == K_PARTIAL &&
			    !starts_upper(d, d->qv[qi].qs, d->qv[qi].qe))) {
				d->cont = d->qv[qi].a;
				d->cont_gap = 0;
			}
			continue;
		}
		continuation(d, qi, nx);
		if (d->qv[qi].a.ok && d->qv[qi].kind == K_DIRECT) {
			d->cont = d->qv[qi].a;
			d->cont_gap = 0;
		} else if (d->qv[qi].kind == K_DIRECT)
			d->cont_gap = 99;	/* someone else speaks */
	}
}

static void
process_chunk(struct qdoc *d)
{
	size_t li, ti, t0, k, nt = 0, cur, hi, qi;
	size_t *T;
	int touched;

	if (d->nlns == 0)
		return;
	/* hard-wrapped text: most lines go on in the next one */
	for (li = 0, k = 0, nt = 0; li + 1 < d->nlns; li++)
		if (!d->lns[li].blank) {
			nt++;
			if (!d->lns[li + 1].blank && !ends_sentence(d, li))
				k++;
		}
	d->wrapped = nt >= 4 && k * 3 >= nt;
	d->pending = (size_t)-1;
	nt = 0;
	model_chunk(d);
	/* pair the marks */
	d->sd = 0;
	d->reopen_at = (size_t)-1;
	for (li = 0; li < d->nlns; li++) {
		if (d->lns[li].blank)
			continue;
		if (d->lns[li].marks || d->sd > 0)
			scan_line(d, li);
		if (d->sd > 0 && d->reopen_at == (size_t)-1)
			line_end(d, li);
	}
	if (d->sd > 0) {		/* the chunk was cut inside a quotation */
		qi = d->st[0].q;
		d->qv[qi].qe = d->qv[qi].ce = d->lns[d->nlns - 1].pos + d->lns[d->nlns - 1].len;
		d->qv[qi].l1 = d->nlns - 1;
		d->qv[qi].unclosed = 1;
		while (d->sd > 1)
			d->qv[d->st[--d->sd].q].dead = 1;
		d->sd = 0;
		warn_unclosed(d, d->qv[qi].l0);
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
		if (ti < nt && d->qv[T[ti]].l0 < li && d->qv[T[ti]].l1 > li)
			continue;
		if (!d->lns[li].marks && is_byline(d, li, &cur)) {
			byline(d, li, cur);
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
				scan_names(d, cur, d->qv[qi].os, li);
				touched = 1;
			}
			if (d->qv[qi].l1 != li) {
				cur = hi;
				break;
			}
			touched = 1;
			attribute(d, qi, ti > 0 ? T[ti - 1] : (size_t)-1,
			    ti + 1 < nt ? T[ti + 1] : (size_t)-1);
			cur = d->qv[qi].ce;
			ti++;
		}
		if (!touched && !d->lns[li].marks && transcript(d, li)) {
			scan_names(d, d->lns[li].pos, hi, li);
			d->intro.ok = 0;
			d->pending = (size_t)-1;
			continue;
		}
		if (!touched) {
			/* a paragraph or sentence with no quotation */
			d->pending = (size_t)-1;
			if (d->intro.ok && d->intro_gap == 0 && d->multi &&
			    d->intro_colon && !d->lns[li].marks) {
				qi = push_block(d, li, li, d->lns[li].pos, hi,
				    &d->intro);
				note_speaker(d, &d->intro,
				    docoff(d, li, d->lns[li].pos));
				d->intro.ok = 0;
			}
			scan_names(d, d->lns[li].pos, hi, li);
			d->intro_gap++;
			if (d->iflag)
				indirect(d, li);
			set_intro(d, li, d->lns[li].pos);
			continue;
		}
		if (cur < hi)
			scan_names(d, cur, hi, li);
		carry_speakers(d, T, t0, ti);
		if (ti > t0)
			d->lastq_at = docoff(d, d->qv[T[ti - 1]].l1,
			    d->qv[T[ti - 1]].ce);
		if (cur < hi)
			set_intro(d, li, cur);
	}
	free(T);
	if (d->nflag)
		nested_attr(d);
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
	for (k = 0; k < nt && !out_error(); k++)
		put_quote(d, d->order[k]);
	/* empty the chunk */
	d->nlns = d->nq = d->ngv = 0;
	d->sv.n = 0;
	buf_reset(&d->ck);
	d->bal_dq = d->bal_gu = d->n_straight = 0;
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
	ws_free(&d->names);
	ws_free(&d->descs);
	ws_init(&d->names, 0);
	ws_init(&d->descs, 0);
	d->nnames = 0;
	memset(&d->subj, 0, sizeof(d->subj));
	memset(&d->lastspk, 0, sizeof(d->lastspk));
	memset(d->recent, 0, sizeof(d->recent));
	memset(d->others, 0, sizeof(d->others));
	d->nrecent = d->nothers = 0;
	memset(&d->cont, 0, sizeof(d->cont));
	memset(&d->intro, 0, sizeof(d->intro));
	d->cont_gap = d->intro_gap = 99;
	d->lastq_at = 0;
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

static int
quotes(struct input *in, void *arg)
{
	struct qdoc *d = arg;
	struct line l;
	struct ln *p;
	int r, open = 0;

	doc_reset(d, in);
	while ((r = input_line(in, &l)) == 1) {
		if (!open) {
			if (d->nlns == d->caplns) {
				d->caplns = d->caplns ? 2 * d->caplns : 256;
				d->lns = xreallocarray(d->lns, d->caplns,
				    sizeof(*d->lns));
			}
			p = &d->lns[d->nlns++];
			memset(p, 0, sizeof(*p));
			p->pos = d->ck.len;
			p->off = l.off;
			p->lineno = l.lineno;
			open = 1;
		}
		buf_add(&d->ck, l.s, l.len);
		d->lns[d->nlns - 1].len += l.len;
		if (l.more && d->ck.len < CHUNK_MAX)
			continue;
		end_line(d);
		open = 0;
		if ((d->ck.len >= CHUNK_MIN && d->bal_dq == 0 &&
		    d->bal_gu == 0 &&
		    d->n_straight % 2 == 0) || d->ck.len >= CHUNK_MAX) {
			process_chunk(d);
			if (out_error())
				break;
		}
	}
	if (open)
		end_line(d);
	process_chunk(d);
	return r == -1;
}

/* A set holding one of the word lists. */
static void
wlist(struct wordset *ws, const char *data, size_t len)
{
	ws_init(ws, 0);
	ws_load(ws, data, len);
}

int
main(int argc, char *argv[])
{
	static struct qdoc doc;
	struct qdoc *d = &doc;
	const char *p, *e;
	size_t i, n;
	int ch, rv;

	d->keep = (1u << K_DIRECT) | (1u << K_PARTIAL) | (1u << K_BLOCK);
	d->pending = d->reopen_at = (size_t)-1;

	while ((ch = getopt_long(argc, argv, "Hik:n", longopts, NULL)) != -1)
		switch (ch) {
		case 'i':
			d->iflag = 1;
			d->keep |= 1u << K_INDIRECT;
			break;
		case 'k':
			d->keep = 0;
			for (p = optarg; *p; p = *e ? e + 1 : e) {
				e = strchr(p, ',');
				if (e == NULL)
					e = p + strlen(p);
				n = (size_t)(e - p);
				for (i = 0; i < K_N; i++)
					if (strlen(kindname[i]) == n &&
					    strncasecmp(kindname[i], p, n) == 0)
						break;
				if (i == K_N) {
					warnx("-k: %.*s: unknown kind",
					    (int)n, p);
					cli_usage(&cli);
				}
				d->keep |= 1u << i;
				if (i == K_INDIRECT)
					d->iflag = 1;
				if (i == K_NESTED)
					d->nflag = 1;
			}
			break;
		case 'n':
			d->nflag = 1;
			d->keep |= 1u << K_NESTED;
			break;
		default:
			cli_common(&cli, ch);
		}
	argc -= optind;
	argv += optind;

	out_init();
	wlist(&w_common, data_quote_common, data_quote_common_len);
	wlist(&w_nouns, data_quote_nouns, data_quote_nouns_len);
	wlist(&w_org, data_quote_orgwords, data_quote_orgwords_len);
	wlist(&w_pron, data_quote_pronouns, data_quote_pronouns_len);
	wlist(&w_skip, data_quote_skip, data_quote_skip_len);
	wlist(&w_titles, data_quote_titles, data_quote_titles_len);
	wlist(&w_verbs, data_quote_verbs, data_quote_verbs_len);
	ws_init(&w_labels, WS_FOLD);
	ws_load(&w_labels, data_quote_labels, data_quote_labels_len);
	ws_init(&d->names, 0);
	ws_init(&d->descs, 0);
	lex_build();
	tables();
	wlist(&w_dict, data_ent_common, data_ent_common_len);
	wlist(&w_given, data_ent_given, data_ent_given_len);
	wlist(&w_female, data_quote_female, data_quote_female_len);
	wlist(&w_male, data_quote_male, data_quote_male_len);
	if (cli.header)
		tsv_header("speaker\tmention\tcue\tkind\tline\tstart\tend\t"
		    "gender\tquote", cli.with_filename);
	rv = cli_run(&cli, argc, argv, quotes, d);
	helper_stop();
	ner_free(d->qner);
	names_free(&d->qnames);
	free(d->qdv);
	free(d->qdline);
	d->qner = NULL;
	d->qdv = NULL;
	d->qdline = NULL;
	d->qdcap = 0;
	return rv | out_close();
}
