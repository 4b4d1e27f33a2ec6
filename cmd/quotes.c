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

static int iflag, nflag;
static unsigned keep = (1u << K_DIRECT) | (1u << K_PARTIAL) | (1u << K_BLOCK);

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

static struct buf ck;
static struct ln *lns;
static size_t nlns, caplns;
static struct quote *qv;
static size_t nq, capq;
static struct gap *gv;
static size_t ngv, capgv;
static struct spanv sv;
static size_t npair;		/* quotations from pairing marks, in order */
static size_t *order;
static size_t caporder;
static long bal_dq, bal_gu, n_straight;

/* ---- the document's memory ---- */

struct ref {
	char		 name[FLD];
	uint64_t	 at, lineno;
	int		 person, ok;
	int		 g;		/* 'f', 'm' or 0: for she and he */
};

#define NRECENT	8
static struct ref recent[NRECENT];	/* the last subjects and speakers */
static size_t nrecent;
static struct ref others[NRECENT];	/* other persons named */
static size_t nothers;

static struct wordset names;	/* last word (lower case) -> full name */
static struct wordset descs;	/* description -> name */
static size_t nnames;
static struct ref subj, lastspk;
static struct attr cont;	/* the last speaker, for quote-only text */
static int cont_gap;
static uint64_t lastq_at;	/* where the last full quotation ended */
static struct attr intro;	/* "X said:" waiting for its quotation */
static int intro_gap, intro_colon;
static struct attr iview;	/* who answers the "A:" lines */
static size_t pending = (size_t)-1;	/* a quotation-only paragraph */
static int multi;		/* a line held several sentences */
static int wrapped;		/* lines are hard-wrapped */
static int nwarn;
static const char *label;
static struct input *curin;

/* ---- the model of who is who (names.h, coref.h), shared with entities */

static struct ner *qner;
static struct names qnames;
static struct doc_para *qdv;
static size_t qdn, qdcap;
static uint64_t *qdline;		/* the line of each piece of qdv */

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
cp_before(size_t lo, size_t p)
{
	int32_t c;

	if (p <= lo)
		return ' ';
	u8_decode_back(ck.s + lo, p - lo, &c);
	return c;
}

static int32_t
cp_at(size_t p, size_t hi, size_t *len)
{
	int32_t c;
	size_t n;

	if (p >= hi) {
		if (len)
			*len = 0;
		return ' ';
	}
	n = u8_decode(ck.s + p, hi - p, &c);
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
docoff(size_t li, size_t p)
{
	return lns[li].off + (p - lns[li].pos);
}

/* The document offset of chunk position p. */
static uint64_t
pos2off(size_t p)
{
	size_t lo = 0, hi = nlns, m;

	while (hi - lo > 1) {
		m = lo + (hi - lo) / 2;
		if (lns[m].pos <= p)
			lo = m;
		else
			hi = m;
	}
	if (p > lns[lo].pos + lns[lo].len)
		p = lns[lo].pos + lns[lo].len;
	return lns[lo].off + (p - lns[lo].pos);
}

static void
warn_unclosed(size_t li)
{
	if (nwarn++ < MAXWARN)
		warnx("%s: line %llu: quotation not closed; cut at the end "
		    "of its paragraph", label,
		    (unsigned long long)lns[li].lineno);
	else if (nwarn == MAXWARN + 1)
		warnx("%s: more quotations not closed", label);
}

/* ---- sentences ---- */

static void
split_line(size_t li)
{
	struct ln *l = &lns[li];
	size_t i, n;

	if (l->split)
		return;
	l->split = 1;
	l->s0 = sv.n;
	n = sent_split(ck.s + l->pos, l->len, &sv);
	for (i = l->s0; i < sv.n; i++) {
		sv.v[i].start += l->pos;
		sv.v[i].end += l->pos;
	}
	l->ns = n;
	if (n >= 2)
		multi = 1;
}

/* The sentence of line li around p: [*a, *b). */
static void
sent_at(size_t li, size_t p, size_t *a, size_t *b)
{
	struct ln *l = &lns[li];
	size_t i, lo, hi, m;

	split_line(li);
	*a = l->pos;
	*b = l->pos + l->len;
	/* the first sentence that ends at or after p */
	lo = l->s0;
	hi = l->s0 + l->ns;
	while (lo < hi) {
		m = lo + (hi - lo) / 2;
		if (sv.v[m].end < p)
			lo = m + 1;
		else
			hi = m;
	}
	i = lo;
	if (i > l->s0)
		*a = sv.v[i - 1].end;
	if (i == l->s0 + l->ns)
		return;
	if (sv.v[i].start <= p)
		*a = sv.v[i].start;
	if (sv.v[i].start > p && i > l->s0) {
		*b = sv.v[i].start;
		return;
	}
	*b = sv.v[i].end;
}

/* ---- pairing quotation marks ---- */

struct open {
	int	 fam;
	int32_t	 cp;
	size_t	 q;
};

static struct open st[MAXDEPTH];
static int sd;
static size_t reopen_at = (size_t)-1;	/* a re-opening mark to skip */

static size_t
new_quote(size_t li, size_t os, size_t qs, int parent)
{
	struct quote *q;

	if (nq == capq) {
		capq = capq ? 2 * capq : 64;
		qv = xreallocarray(qv, capq, sizeof(*qv));
	}
	q = &qv[nq];
	memset(q, 0, sizeof(*q));
	q->os = os;
	q->qs = qs;
	q->l0 = q->l1 = li;
	q->parent = parent;
	q->kind = parent >= 0 ? K_NESTED : K_DIRECT;
	q->g0 = ngv;
	return nq++;
}

static void
add_gap(size_t q, size_t a, size_t b)
{
	if (ngv == capgv) {
		capgv = capgv ? 2 * capgv : 16;
		gv = xreallocarray(gv, capgv, sizeof(*gv));
	}
	gv[ngv].a = a;
	gv[ngv].b = b;
	ngv++;
	qv[q].ng++;
}

static int
find_open(int fam)
{
	int k;

	for (k = sd - 1; k >= 0; k--)
		if (st[k].fam == fam)
			return k;
	return -1;
}

/* The innermost double quotation opened by a curly or low mark. */
static int
find_curly(void)
{
	int k;

	for (k = sd - 1; k >= 0; k--)
		if (st[k].fam == F_DQ && st[k].cp != '"')
			return k;
	return -1;
}

static void
do_open(size_t li, int fam, int32_t cp, size_t p, size_t n)
{
	size_t q;

	if (sd == MAXDEPTH)
		return;
	q = new_quote(li, p, p + n, sd > 0 ? (int)st[sd - 1].q : -1);
	st[sd].fam = fam;
	st[sd].cp = cp;
	st[sd].q = q;
	sd++;
}

static void
do_close(size_t li, int k, size_t p, size_t n)
{
	struct quote *q;

	while (sd - 1 > k)		/* unclosed marks nested inside */
		qv[st[--sd].q].dead = 1;
	q = &qv[st[k].q];
	q->qe = p;
	q->ce = p + n;
	q->l1 = li;
	sd = k;
	/* a block of mark pairs inside a gap never happens: gaps only at
	 * re-openings, which are skipped when scanning */
}

/* Words after an apostrophe that make it one ('em, 'tis, 'n'). */
static int
elision(size_t p, size_t hi)
{
	static const char *w[] = { "em", "tis", "twas", "cause", "til",
	    "n", "bout", "s", "d", "ll", "re", "ve", "t", "m", "ere", "un" };
	size_t i, e, k;

	for (e = p; e < hi && ((ck.s[e] >= 'a' && ck.s[e] <= 'z') ||
	    (ck.s[e] >= 'A' && ck.s[e] <= 'Z')); e++)
		;
	if (e < hi && (unsigned char)ck.s[e] >= 0x80) {
		int32_t c;

		u8_decode(ck.s + e, hi - e, &c);
		if (isalnum8(c))
			return 0;
	}
	for (i = 0; i < LEN(w); i++) {
		k = strlen(w[i]);
		if (k == e - p && strncasecmp(ck.s + p, w[i], k) == 0)
			return 1;
	}
	return 0;
}

/* Is there a closing single mark for an opening at p, in s[p..hi)? */
static int
single_closes(size_t p, size_t hi, int straight)
{
	size_t i, n, lim = MIN(hi, p + 3000);
	int32_t c, pc, nc;

	for (i = p; i < lim; i += n) {
		n = 1;
		if (ck.s[i] == '\'' || (!straight && (unsigned char)ck.s[i] ==
		    0xE2)) {
			c = cp_at(i, hi, &n);
			if (c != '\'' && c != 0x2019 && c != 0x2018)
				continue;
			if ((c == '\'') != straight)
				continue;
			pc = cp_before(p, i);
			nc = cp_at(i + n, hi, NULL);
			if (cclass(pc) != C_SP && !isalnum8(nc))
				return 1;
		}
	}
	return 0;
}

/* Scan the marks of line li, pairing them. */
static void
scan_line(size_t li)
{
	struct ln *l = &lns[li];
	size_t p, n, lo = l->pos, hi = l->pos + l->len;
	int32_t c, pc, nc;
	int left, right, k, pcl, ncl;
	unsigned char b;

	for (p = lo; p < hi; p += n) {
		b = (unsigned char)ck.s[p];
		n = 1;
		if (b != '"' && b != '\'' && b != 0xE2 && b != 0xC2)
			continue;
		c = cp_at(p, hi, &n);
		if (!isquote8(c))
			continue;
		if (p == reopen_at) {
			reopen_at = (size_t)-1;
			continue;
		}
		pc = cp_before(lo, p);
		nc = cp_at(p + n, hi, NULL);
		pcl = cclass(pc);
		ncl = cclass(nc);
		left = ncl != C_SP && (pcl == C_SP || pcl == C_PO);
		right = pcl != C_SP && (ncl == C_SP || ncl == C_PC ||
		    ncl == C_PO);
		switch (c) {
		case 0x201C:
			k = find_open(F_DQ);
			if (k >= 0 && (st[k].cp == 0x201E ||
			    (right && !left)))
				do_close(li, k, p, n);
			else if (left || !right)
				do_open(li, F_DQ, c, p, n);
			break;
		case 0x201E:
		case 0x201F:
			if (ncl != C_SP)
				do_open(li, F_DQ, c, p, n);
			break;
		case 0x201D:
			if ((k = find_curly()) >= 0 ||
			    (k = find_open(F_DQ)) >= 0)
				do_close(li, k, p, n);
			else if (left && !right)
				do_open(li, F_DQ, c, p, n);
			break;
		case '"':
			k = find_open(F_DQ);
			if (k >= 0 && st[k].cp != '"' && left && !right)
				/* “He said "no" to me” */
				do_open(li, F_DQ, c, p, n);
			else if (k >= 0)
				do_close(li, k, p, n);
			else if (left || pcl == C_SP)
				do_open(li, F_DQ, c, p, n);
			break;
		case '\'':
		case 0x2018:
		case 0x201A:
			if (pcl == C_AL && ncl == C_AL)
				break;
			if ((k = find_open(F_SQ)) >= 0 && right &&
			    ncl != C_AL) {
				do_close(li, k, p, n);
				break;
			}
			if (left && ncl == C_AL && !u8_isdigit(nc) &&
			    !elision(p + n, hi) &&
			    single_closes(p + n, hi, c == '\''))
				do_open(li, F_SQ, c, p, n);
			break;
		case 0x2019:
			if (pcl == C_AL && ncl == C_AL)
				break;
			if ((k = find_open(F_SQ)) >= 0 && right &&
			    ncl != C_AL)
				do_close(li, k, p, n);
			break;
		case 0xAB:
			do_open(li, F_GU, c, p, n);
			break;
		case 0xBB:
			if ((k = find_open(F_GU)) >= 0)
				do_close(li, k, p, n);
			break;
		case 0x2039:
			if (left)
				do_open(li, F_SG, c, p, n);
			break;
		case 0x203A:
			if ((k = find_open(F_SG)) >= 0)
				do_close(li, k, p, n);
			break;
		}
	}
}

/* Does line li end a sentence (so that a paragraph may end there)? */
static int
ends_sentence(size_t li)
{
	size_t e = lns[li].pos + lns[li].len, lo = lns[li].pos;
	int32_t c;

	while (e > lo) {
		c = cp_before(lo, e);
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
first_mark(size_t li, int fam, size_t *at)
{
	struct ln *l = &lns[li];
	size_t p, n, lo = l->pos, hi = l->pos + l->len;
	int32_t c;
	int pcl, ncl, start = 1;
	unsigned char b;

	for (p = lo; p < hi; p += n) {
		b = (unsigned char)ck.s[p];
		n = 1;
		if (b < 0x80 && b != '"' && b != '\'') {
			if (b != ' ' && b != '\t')
				start = 0;
			continue;
		}
		c = cp_at(p, hi, &n);
		if (isspace8(c))
			continue;
		if ((fam == F_DQ && (c == '"' || c == 0x201C || c == 0x201D ||
		    c == 0x201E)) || (fam == F_GU && (c == 0xAB ||
		    c == 0xBB)) || (fam == F_SQ && (c == 0x2018 ||
		    c == '\''))) {
			pcl = cclass(cp_before(lo, p));
			ncl = cclass(cp_at(p + n, hi, NULL));
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
reopen(size_t at)
{
	int32_t c;
	size_t n;

	while (sd > 1)
		qv[st[--sd].q].dead = 1;
	u8_decode(ck.s + at, 4, &c);
	n = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
	add_gap(st[0].q, at, at + n);
	reopen_at = at;
}

/* Does line j start with a quotation mark? */
static int
starts_mark(size_t j)
{
	size_t p = lns[j].pos, hi = p + lns[j].len;

	while (p < hi && (ck.s[p] == ' ' || ck.s[p] == '\t'))
		p++;
	return p < hi && isquote8(cp_at(p, hi, NULL));
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
line_end(size_t li)
{
	struct quote *q;
	size_t j, at, bytes, e;
	int fam, m, n = 0, blank = 0;

	if (sd == 0)
		return;
	fam = st[0].fam;
	q = &qv[st[0].q];
	split_line(li);
	bytes = lns[li].pos + lns[li].len - q->qs;
	for (j = li + 1; j < nlns && bytes < LOOK_BYTES; j++) {
		if (lns[j].blank) {
			blank++;
			continue;
		}
		n++;
		if (wrapped && !blank && !starts_mark(j))
			return;
		m = first_mark(j, fam, &at);
		if (m == M_OPEN0 && (n == 1 || (!multi && !wrapped &&
		    !blank && n <= 4 && ends_sentence(li)))) {
			reopen(at);
			return;
		}
		if (wrapped && !blank)
			return;
		/* the next paragraph closes a mark it never opened: the
		 * quotation runs on past the break */
		if (m == M_CLOSE && n == 1)
			return;
		if (blank || m == M_OPEN || m == M_OPEN0 || n > LOOK_LINES)
			break;
		if (m == M_CLOSE) {
			if (n == 1 || !multi)
				return;
			break;
		}
		if (multi)
			break;
		bytes += lns[j].len;
	}
	/* not closed: cut at the end of this line */
	e = lns[li].pos + lns[li].len;
	q->qe = q->ce = e;
	q->l1 = li;
	q->unclosed = 1;
	while (sd > 1)
		qv[st[--sd].q].dead = 1;
	sd = 0;
	warn_unclosed(q->l0);
}

/* ---- words of a context ---- */

struct wt {
	size_t		 s, e;
	int32_t		 p;	/* 0 for a word, else the punctuation */
	int		 cap;
	const struct lex *x;	/* the word in the lexicon */
};

static int
abbrev_dot(size_t s, size_t e)
{
	size_t i;
	int dot = 0;

	for (i = s; i < e; i++)
		if (ck.s[i] == '.')
			dot = 1;
	if (dot || (e - s == 1 && ck.s[s] >= 'A' && ck.s[s] <= 'Z'))
		return 1;
	return lk(&w_titles, ck.s + s, e - s + 1) != NULL ||
	    (e - s == 2 && (strncasecmp(ck.s + s, "jr", 2) == 0 ||
	    strncasecmp(ck.s + s, "sr", 2) == 0 ||
	    strncasecmp(ck.s + s, "st", 2) == 0 ||
	    strncasecmp(ck.s + s, "co", 2) == 0)) ||
	    (e - s == 3 && (strncasecmp(ck.s + s, "inc", 3) == 0 ||
	    strncasecmp(ck.s + s, "ltd", 3) == 0));
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
words(size_t a, size_t b, struct wt *t, size_t max, int fromend)
{
	int capsonly = fromend == 2;
	struct wt *tw;
	size_t p = a, n, k = 0, s;
	int32_t c, d;

	while (p < b) {
		c = cp_at(p, b, &n);
		if (isspace8(c)) {
			p += n;
			continue;
		}
		s = p;
		if (isalnum8(c) || ((c == '@' || c == '#') &&
		    isalnum8(cp_at(p + 1, b, NULL)))) {
			int cap = c < 0x80 ? (c >= 'A' && c <= 'Z') :
			    u8_isupper(c);

			if (c == '@' || c == '#')
				cap = 1;
			p += n;
			for (;;) {
				c = cp_at(p, b, &n);
				if (isalnum8(c) || c == '_') {
					p += n;
					continue;
				}
				if ((c == '\'' || c == 0x2019 || c == '-' ||
				    c == '.' || c == '&') &&
				    isalnum8(d = cp_at(p + n, b, NULL))) {
					p += n;
					continue;
				}
				break;
			}
			if (p < b && ck.s[p] == '.' && abbrev_dot(s, p))
				p++;
			/* a plural possessive: senators' */
			if (p < b && (ck.s[p] == '\'' || (c == 0x2019)) &&
			    p > s && (ck.s[p - 1] == 's') &&
			    !isalnum8(cp_at(p + n, b, NULL)))
				p += c == 0x2019 ? 3 : 1;
			if ((tw = wt_slot(t, &k, max, fromend)) == NULL)
				return k;
			tw->s = s;
			tw->e = p;
			tw->p = 0;
			tw->cap = cap;
			tw->x = lex_get(ck.s + s, p - s);
			if (capsonly && !cap)
				return k;
			continue;
		}
		p += n;
		if (c == '-' && p < b && ck.s[p] == '-') {
			c = 0x2014;
			while (p < b && ck.s[p] == '-')
				p++;
		} else if (c == '.' && p + 1 < b && ck.s[p] == '.' &&
		    ck.s[p + 1] == '.') {
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
			    strncasecmp(ck.s + (t).s, (str), WLEN(t)) == 0)

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
is_skip(const struct wt *t)
{
	size_t n = WLEN(*t);

	if (!W(*t))
		return 0;
	if (wval(&w_skip, t) != NULL)
		return 1;
	return !t->cap && n > 4 && ck.s[t->e - 1] == 'y' &&
	    ck.s[t->e - 2] == 'l' && !is_verb(t);
}

/* An article or a possessive: "the", "a", "his". */
static int
is_art(const struct wt *t)
{
	return IS(*t, "a") || IS(*t, "an") || IS(*t, "the") ||
	    IS(*t, "his") || IS(*t, "her") || IS(*t, "their") ||
	    IS(*t, "its") || IS(*t, "our") || IS(*t, "another");
}

static int
is_det(const struct wt *t)
{
	return is_art(t) || IS(*t, "one") || IS(*t, "two") ||
	    IS(*t, "three") || IS(*t, "several") || IS(*t, "some") ||
	    IS(*t, "many");
}

/* A number made an adjective: "67-year-old", "2-year". */
static int
num_adj(const struct wt *t)
{
	return W(*t) && ck.s[t->s] >= '0' && ck.s[t->s] <= '9' &&
	    memchr(ck.s + t->s, '-', t->e - t->s) != NULL;
}

/* A verb's form after an article or a possessive is a noun: "the state
 * news agency", "a tweet", "his reply". */
static int
noun_after_det(const struct wt *t, size_t i)
{
	return i > 0 && W(t[i - 1]) && is_art(&t[i - 1]);
}

static int
is_conn(const struct wt *t)
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
poss(const struct wt *t)
{
	const char *s = ck.s + t->s;
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
noun_kind(const struct wt *t)
{
	size_t n = poss(t);

	if (!W(*t))
		return NULL;
	if (n == 0)
		return wval(&w_nouns, t);
	return lk(&w_nouns, ck.s + t->s, n);
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
is_dictcap(const struct wt *t)
{
	char b[32];
	size_t n = WLEN(*t);

	if (!W(*t) || !t->cap || n >= sizeof(b) || t->x != NULL)
		return t->x != NULL && t->x->val[X_COMMON] != NULL;
	lower(b, ck.s + t->s, n);
	return ws_has(&w_dict, b, n) &&
	    !ws_has(&w_given, ck.s + t->s, n);
}

/* A given name. */
static int
given(const struct wt *t)
{
	return W(*t) && ws_has(&w_given, ck.s + t->s, WLEN(*t));
}

static int
is_capname(const struct wt *t)
{
	return W(*t) && t->cap && !is_common(t) && !is_pron(t);
}

/* ---- names and speakers ---- */


/* The fullest known name ending in the word s[0..n). */
static const char *
known(const char *s, size_t n)
{
	char b[64];

	if (n >= sizeof(b))
		return NULL;
	lower(b, s, n);
	return ws_value(&names, b, n);
}

static void
remember(const char *full, const char *last, size_t n, const char *desc)
{
	char b[64];
	const char *old;

	if (n == 0 || n >= sizeof(b))
		return;
	lower(b, last, n);
	old = ws_value(&names, b, n);
	if (old == NULL && nnames >= MAXNAMES)
		return;
	if (old == NULL)
		nnames++;
	if (old == NULL || (strcmp(old, full) != 0 &&
	    (strlen(full) >= strlen(old) || strchr(full, ' ') != NULL)))
		ws_add(&names, b, n, full);
	if (desc != NULL && *desc && nnames < MAXNAMES &&
	    ((old = ws_value(&descs, desc, strlen(desc))) == NULL ||
	    strcmp(old, full) != 0))
		ws_add(&descs, desc, strlen(desc), full);
}

/*
 * A run of name words t[a..b) (titles possibly first): the name without
 * titles into out, and whether it looks like a person.  Returns the
 * index of the first name word.
 */
static size_t
name_of(const struct wt *t, size_t a, size_t b, char *out, int *person,
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
		pl = poss(&t[i]);
		if (pl == 0)
			pl = WLEN(t[i]);
		if (wval(&w_org, &t[i]) != NULL)
			org = 1;
		if (k + pl + 2 >= FLD)
			break;
		if (k)
			out[k++] = ' ';
		memcpy(out + k, ck.s + t[i].s, pl);
		k += pl;
		out[k] = '\0';
		if (poss(&t[i])) {
			i++;
			break;
		}
	}
	*person = !org && (*desc != NULL || i - s >= 2);
	if (i - s == 1 && !org) {
		pl = poss(&t[s]) ? poss(&t[s]) : WLEN(t[s]);
		if ((f = known(ck.s + t[s].s, pl)) != NULL) {
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
push_recent(const struct ref *r)
{
	recent[nrecent++ % NRECENT] = *r;
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
scan_names(size_t a, size_t b, size_t li)
{
	struct wt t[12];
	char name[FLD];
	const char *desc;
	size_t p = a, s, e, n, k, i, first;
	int32_t c;
	int person, newsent = 1;
	unsigned char ch;

	while (p < b) {
		while (p < b && !hotname[(unsigned char)ck.s[p]])
			p++;
		if (p == b)
			break;
		ch = (unsigned char)ck.s[p];
		if (ch == '.' || ch == '?' || ch == '!') {
			if (p + 1 < b && ck.s[p + 1] == ' ')
				newsent = 1;
			p++;
			continue;
		}
		if (!(ch >= 'A' && ch <= 'Z') && ch < 0xC0) {
			p++;
			continue;
		}
		if (p > a && ((unsigned char)ck.s[p - 1] < 0x80 ?
		    alnum_ascii[(unsigned char)ck.s[p - 1]] :
		    isalnum8(cp_before(a, p)))) {
			p++;
			continue;
		}
		if (ch >= 0xC0) {
			n = u8_decode(ck.s + p, b - p, &c);
			if (c == U8_BAD || !u8_isupper(c)) {
				p += n;
				continue;
			}
		}
		/* a run of capitalised words */
		s = p;
		k = 0;
		e = p;
		k = words(s, b, t, LEN(t), 2);
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
			if (t[n].s - t[n - 1].e > 1 || poss(&t[n - 1]))
				break;
		k = n < i ? n : i;
		e = k > 0 ? t[k - 1].e : p + 1;
		first = 0;
		while (first < k && (is_common(&t[first]) ||
		    is_pron(&t[first]) || (first + 1 < k &&
		    (newsent || first > 0) && is_dictcap(&t[first]) &&
		    given(&t[first + 1]))))
			first++;
		person = 0;
		if (first < k) {
			i = name_of(t, first, k, name, &person, &desc);
			if (i < k && name[0]) {
				size_t lw = k - 1, pl;

				pl = poss(&t[lw]) ? poss(&t[lw]) :
				    WLEN(t[lw]);
				if (person && (k - i >= 2 || desc != NULL))
					remember(name, ck.s + t[lw].s, pl,
					    desc);
				if (person && !newsent) {
					struct ref o;

					memset(&o, 0, sizeof(o));
					fld_set(o.name, name, strlen(name));
					o.at = docoff(li, s);
					o.person = o.ok = 1;
					o.g = gender_of(desc ? desc : "",
					    name);
					if (o.g)
						others[nothers++ % NRECENT] = o;
				}
				if (person && newsent) {
					fld_set(subj.name, name,
					    strlen(name));
					subj.at = docoff(li, s);
					subj.lineno = lns[li].lineno;
					subj.person = 1;
					subj.ok = 1;
					subj.g = gender_of(desc ? desc : "",
					    name);
					push_recent(&subj);
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
resolve(const char *kind, char *out)
{
	struct ref *r = NULL;

	if (kind[0] == '1' || kind[0] == '2')
		return 0;
	if (kind[0] == 'm' || kind[0] == 'f') {
		/* the latest person of no other gender */
		size_t i;

		for (i = 0; i < NRECENT && i < nrecent; i++)
			if (recent[i].person && recent[i].g != (kind[0] ==
			    'm' ? 'f' : 'm') && (r == NULL ||
			    recent[i].at > r->at))
				r = &recent[i];
		/* none: a person of that gender named in passing */
		for (i = 0; r == NULL && i < NRECENT && i < nothers; i++)
			if (others[i].g == kind[0] && (r == NULL ||
			    others[i].at > r->at))
				r = &others[i];
	} else if (kind[0] == 'n') {
		if (lastspk.ok && !lastspk.person)
			r = &lastspk;
	} else if (subj.ok && lastspk.ok)
		r = subj.at > lastspk.at ? &subj : &lastspk;
	else if (subj.ok)
		r = &subj;
	else if (lastspk.ok)
		r = &lastspk;
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
canon(const struct wt *t, size_t a, size_t b, struct attr *at)
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
		if (resolve(v, at->spk))
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
		    i > a && (v = noun_kind(&t[i - 1])) != NULL && *v == 'd') {
			canon(t, i + 1, b, at);
			return;
		}
	/* the union's statement: the union */
	if (b - a >= 2 && (v = noun_kind(&t[b - 1])) != NULL && *v == 'd' &&
	    poss(&t[b - 2])) {
		fld_set(at->spk, ck.s + t[a].s, t[b - 2].s + poss(&t[b - 2]) -
		    t[a].s);
		at->person = 0;
		return;
	}
	/* The Hill report: The Hill */
	if (b - a >= 2 && (v = noun_kind(&t[b - 1])) != NULL && *v == 'd' &&
	    t[b - 2].cap && !is_det(&t[b - 2]) && !poss(&t[b - 1])) {
		canon(t, a, b - 1, at);
		return;
	}
	/* drop determiners before a name: the Rev. X */
	i = a;
	while (i < b && (is_det(&t[i]) || (is_common(&t[i]) && t[i].cap &&
	    !IS(t[i], "the"))))
		i++;
	if (i < b && t[i].cap && W(t[i])) {
		for (j = i; j < b && W(t[j]) && (t[j].cap || IS(t[j], "de") ||
		    IS(t[j], "van") || IS(t[j], "von") || IS(t[j], "al") ||
		    IS(t[j], "bin")); j++)
			if (poss(&t[j])) {
				j++;
				break;
			}
		for (k = i; k < j && wval(&w_titles, &t[k]) != NULL; k++)
			;
		if (k == j && (j == b || !W(t[j]))) {
			/* only titles: the Prime Minister, the Chancellor */
			v = wval(&w_titles, &t[j - 1]);
			if ((desc = ws_value(&descs, v, strlen(v))) != NULL) {
				fld_set(at->spk, desc, strlen(desc));
				at->person = 1;
			} else {
				fld_set(at->spk, ck.s + t[a].s, t[b - 1].e -
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

				fld_set(at->spk, ck.s + t[f].s,
				    t[j - 1].e - t[f].s);
				return;
			}
			name_of(t, i, j, name, &person, &desc);
			if (name[0] == '\0')
				return;
			if (person && desc == NULL && j - i == 1 &&
			    known(name, strlen(name)) == NULL)
				person = 0;
			fld_set(at->spk, name, strlen(name));
			at->person = person || desc != NULL;
			if (at->person && strchr(name, ' ') != NULL) {
				size_t lw = j - 1, pl;

				pl = poss(&t[lw]) ? poss(&t[lw]) :
				    WLEN(t[lw]);
				remember(name, ck.s + t[lw].s, pl, desc);
			}
			return;
		}
	}
	/* TTC spokesperson Stuart Green: the name at the end */
	for (j = b; j > a && W(t[j - 1]) && t[j - 1].cap && !poss(&t[j - 1]);
	    j--)
		;
	if (j > a && j < b && W(t[j - 1]) && !t[j - 1].cap &&
	    noun_kind(&t[j - 1]) != NULL && !poss(&t[j - 1])) {
		canon(t, j, b, at);
		return;
	}
	/* a description: the senator, a spokesman for the company */
	if (b - a <= 3 && !poss(&t[b - 1]) &&
	    (v = wval(&w_titles, &t[b - 1])) != NULL &&
	    (desc = ws_value(&descs, v, strlen(v))) != NULL &&
	    is_det(&t[a]) && IS(t[a], "the")) {
		fld_set(at->spk, desc, strlen(desc));
		at->person = 1;
		return;
	}
	fld_set(at->spk, ck.s + t[a].s, t[b - 1].e - t[a].s);
	v = noun_kind(&t[b - 1]);
	at->person = v != NULL && *v == 'p';
}

/* The speaker as entity id of the model. */
static void
set_entity(struct attr *at, uint32_t id)
{
	const struct entity *e = &qnames.ev[id];

	fld_set(at->spk, e->name, strlen(e->name));
	at->person = e->type == NER_PERSON;
	at->g = names_gender(&qnames, id);
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
span_name(uint64_t s, uint64_t e, const char *last)
{
	const unsigned who = (1u << NER_PERSON) | (1u << NER_ORG);
	const struct nmention *x, *best = NULL;

	if ((x = names_in(&qnames, s, e, who)) == NULL)
		return NULL;
	for (; x < qnames.mv + qnames.nm && x->start < e; x++) {
		if (x->end > e || !((1u << qnames.ev[x->ent].type) & who))
			continue;
		if (last == NULL)
			best = x;
		else if (same_last(qnames.ev[x->ent].name, last))
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
model_speaker(struct attr *at, const struct wt *t, size_t a, size_t b)
{
	const struct nmention *m;
	uint64_t s = pos2off(t[a].s), e = pos2off(t[b - 1].e);
	unsigned char c = (unsigned char)at->spk[0];

	at->named = at->g = 0;
	if (b - a == 1 && wval(&w_pron, &t[a]) != NULL) {
		if ((m = names_pronoun(&qnames, s)) != NULL &&
		    m->ent != NAMES_NONE)
			set_entity(at, m->ent);
		return;
	}
	if (c == '\0' || (c >= 'a' && c <= 'z')) {
		at->g = words_gender(at->men);
		return;
	}
	if (strstr(at->spk, " and ") != NULL)
		return;		/* Smith and Jones: two of them */
	if ((m = span_name(s, e, at->spk)) != NULL)
		set_entity(at, m->ent);
}

/*
 * A speaker that no mention gave (a description resolved to a name, a
 * subject carried on): the entity of that canonical name, or the one
 * person whose name ends with it.
 */
static void
model_name(struct attr *at)
{
	const unsigned who = (1u << NER_PERSON) | (1u << NER_ORG);
	unsigned char c = (unsigned char)at->spk[0];
	uint32_t id, i;

	if (at->named || c == '\0' || (c >= 'a' && c <= 'z') ||
	    strstr(at->spk, " and ") != NULL)
		return;
	if ((id = names_find(&qnames, at->spk, who)) == NAMES_NONE)
		for (i = 0; i < qnames.ne; i++) {
			if (qnames.ev[i].type != NER_PERSON ||
			    !same_last(qnames.ev[i].name, at->spk))
				continue;
			if (id != NAMES_NONE)
				return;		/* two of them */
			id = i;
		}
	if (id != NAMES_NONE)
		set_entity(at, id);
}

/* Is name s a person of the model (Senators Warn, a headline, is not)? */
static int
model_person(const char *s)
{
	struct attr at;

	memset(&at, 0, sizeof(at));
	fld_set(at.spk, s, strlen(s));
	model_name(&at);
	return at.named && at.person;
}

static void
set_attr(struct attr *at, const struct wt *t, size_t a, size_t b,
    const char *cue, size_t cuelen)
{
	size_t e = b;

	/* the mention keeps a parenthesis right after the name */
	fld_set(at->men, ck.s + t[a].s, t[e - 1].e - t[a].s);
	fld_set(at->cue, cue, cuelen);
	canon(t, a, b, at);
	model_speaker(at, t, a, b);
	at->ok = 1;
}

/* Does t[a..b) look like a noun phrase that can speak? */
static int
np_ok(const struct wt *t, size_t a, size_t b)
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
		if (W(t[i]) && is_verb(&t[i]) && noun_kind(&t[i]) == NULL)
			return 0;
		if (is_capname(&t[i]))
			caps++;
	}
	if (caps)
		return 1;
	for (i = a; i < b; i++)
		if ((v = noun_kind(&t[i])) != NULL)
			return 1;
	/* said his lady, said the crowd */
	if (b - a <= 4 && is_det(&t[a]) && b - a >= 2 && W(t[b - 1]) &&
	    !is_skip(&t[b - 1]) && !is_common(&t[b - 1]) &&
	    !is_conn(&t[b - 1]))
		return 1;
	return 0;
}

/*
 * Is t[a..b) an appositive or aside between commas (", a doctor,",
 * ", 54,", ", D-Calif.,", ", who has led the union since 2009,")?
 */
static int
appos(const struct wt *t, size_t a, size_t b)
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
	if (!t[a].cap || is_det(&t[a]) || IS(t[a], "the") ||
	    wval(&w_titles, &t[a]) != NULL)
		return 1;
	for (i = t[a].s; i < t[a].e; i++)
		if (ck.s[i] == '-' || ck.s[i] == '.')
			return 1;
	return 0;
}

/* Several speakers: "Smith and Jones", "Smith, Jones and Lee". */
static size_t np_fwd(const struct wt *, size_t, size_t);

static int
np_and(const struct wt *t, size_t a, size_t b)
{
	size_t e;
	int and = 0;

	while (a < b) {
		e = np_fwd(t, a, b);
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
np_fwd(const struct wt *t, size_t i, size_t n)
{
	size_t j = i, k;
	const char *v;
	int lowers = 0, name = 0, det = 0;

	if (i >= n)
		return i;
	if (is_pron(&t[i]) && !t[i].cap)
		return i + 1;
	if (is_pron(&t[i]) && (i + 1 >= n || !W(t[i + 1]) ||
	    is_skip(&t[i + 1]) || is_conn(&t[i + 1]) || !t[i + 1].cap))
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
			if (poss(&t[j - 1]))
				name = 0, lowers = 0;
			continue;
		}
		if ((is_det(&t[j]) && (j == i || is_conn(&t[j - 1]))) ||
		    (j == i && num_adj(&t[j]))) {
			det = 1;	/* the, a; 67-year-old */
			j++;
			continue;
		}
		if (j > i && is_conn(&t[j]) && j + 1 < n &&
		    (t[j + 1].cap || is_det(&t[j + 1])) &&
		    (v = noun_kind(&t[j - 1])) != NULL && !name) {
			j++;
			continue;
		}
		if (poss(&t[j]) && (det || j == i)) {
			j++;
			continue;
		}
		if ((v = noun_kind(&t[j])) != NULL && (det || j > i ||
		    (*v == 'p' && j + 1 < n && W(t[j + 1]) && t[j + 1].cap))) {
			/* the senator; economist Mark Zandi */
			j++;
			lowers = 0;
			continue;
		}
		if (det && !t[j].cap && lowers < 3 && !is_verb_any(&t[j]) &&
		    !is_skip(&t[j]) && !is_common(&t[j]) && !is_conn(&t[j]) &&
		    !IS(t[j], "who") && !IS(t[j], "in") && !IS(t[j], "on")) {
			j++;
			lowers++;
			continue;
		}
		break;
	}
	/* no trailing time words or connectors */
	while (j > i && W(t[j - 1]) && (is_skip(&t[j - 1]) ||
	    is_conn(&t[j - 1]) || is_det(&t[j - 1])))
		j--;
	return j;
}

/* A noun phrase that ends at t[e - 1], backward: its start. */
static size_t
np_bwd(const struct wt *t, size_t e, size_t lo)
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
		if (is_det(w) || (w->cap && IS(*w, "the"))) {
			s--;
			break;
		}
		if (poss(w) && s < e) {
			s--;
			continue;
		}
		if ((v = noun_kind(w)) != NULL) {
			s--;
			head = 1;
			continue;
		}
		if (is_conn(w) && s < e && s - 1 > lo && head &&
		    (W(t[s - 2]) && (noun_kind(&t[s - 2]) != NULL))) {
			s--;
			continue;
		}
		if (!w->cap && head && lowers < 2 && s < e &&
		    noun_kind(&t[e - 1]) != NULL && !is_verb_any(w) &&
		    !is_skip(w) && !is_common(w) && !is_conn(w)) {
			s--;
			lowers++;
			continue;
		}
		break;
	}
	/* a sentence-initial capital that is no name */
	while (s < e && W(t[s]) && t[s].cap && (is_common(&t[s]) ||
	    (s + 1 < e && t[s + 1].cap && is_dictcap(&t[s]) &&
	    given(&t[s + 1]))) && !is_det(&t[s]))
		s++;
	return s;
}

/* Skip words that may stand between a speaker and its verb, backward. */
static size_t
skip_back(const struct wt *t, size_t v, size_t lo)
{
	while (v > lo && W(t[v - 1]) && is_skip(&t[v - 1]) && !t[v - 1].cap)
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
no_preposition(const struct wt *t, size_t a, size_t b)
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
model_attr(const struct wt *t, size_t a, size_t b, size_t v,
    struct attr *at)
{
	const struct nmention *m;

	if (a >= b || (m = span_name(pos2off(t[a].s), pos2off(t[b - 1].e),
	    NULL)) == NULL)
		return 0;
	fld_set(at->men, ck.s + t[a].s, t[b - 1].e - t[a].s);
	fld_set(at->cue, ck.s + t[v].s, WLEN(t[v]));
	set_entity(at, m->ent);
	at->ok = 1;
	return 1;
}

/* A speaker as written, t[a..b), with the cue t[v]: a description or an
 * indefinite speaker; its gender what its words say. */
static void
set_written(struct attr *at, const struct wt *t, size_t a, size_t b,
    size_t v)
{
	fld_set(at->men, ck.s + t[a].s, t[b - 1].e - t[a].s);
	fld_set(at->spk, at->men, strlen(at->men));
	fld_set(at->cue, ck.s + t[v].s, WLEN(t[v]));
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
verb_then_role_name(const struct wt *t, size_t i, size_t n,
    struct attr *at)
{
	size_t e;

	if (i >= n || !W(t[i]) || !is_verb(&t[i]))
		return 0;
	e = words_end(t, i + 1, n);
	if (e - i > 7 || !no_preposition(t, i + 1, e))
		return 0;
	return model_attr(t, i + 1, e, i, at);
}

/*
 * "...," campaign chairman Jon Roe told reporters.  "...," Senator Jim
 * Roe, Republican of Ohio, said.  "...," Rep. Ann Roe (D-Vt.) said.  The
 * words before the verb: a role and a name, then at most an apposition
 * between commas or a parenthesis.
 */
static int
role_name_then_verb(const struct wt *t, size_t i, size_t n,
    struct attr *at)
{
	size_t j, e, k;

	if (i >= n || !W(t[i]))
		return 0;
	for (e = i; e < n && W(t[e]) && !is_verb(&t[e]); e++)
		;
	if (e == i || e - i > 6 || !no_preposition(t, i, e))
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
	return model_attr(t, i, e, j, at);
}

/* "...," said another.  "...," one said.  An indefinite speaker, as
 * written. */
static int
indefinite(const struct wt *t, size_t i, size_t n, struct attr *at)
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
	set_written(at, t, w, w + 1, v);
	return 1;
}

static int (*const model_sieves[])(const struct wt *, size_t, size_t,
    struct attr *) = {
	verb_then_role_name,
	role_name_then_verb,
	indefinite,
};

static int
after_attr(size_t a, size_t b, struct attr *at)
{
	struct wt t[NTOK];
	size_t n, i, j, e, v, s;
	int dash = 0, rel = 0;

	n = words(a, b, t, NTOK, 0);
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
		while (j < n && W(t[j]) && is_skip(&t[j]) && !t[j].cap)
			j++;
		e = np_fwd(t, j, n);
		if (e > j && np_ok(t, j, e)) {
			size_t e2;

			/* said the union's director, Jane Smith */
			if (e + 1 < n && !W(t[e]) && t[e].p == ',' &&
			    !t[e - 1].cap && t[e + 1].cap && W(t[e + 1]) &&
			    (e2 = np_fwd(t, e + 1, n)) > e + 1 &&
			    is_capname(&t[e2 - 1]) && (e2 == n || !W(t[e2])) &&
			    (e2 == n || t[e2].p != '(')) {
				set_attr(at, t, e + 1, e2, ck.s + t[v].s,
				    WLEN(t[v]));
				return 1;
			}
			set_attr(at, t, j, e, ck.s + t[v].s, WLEN(t[v]));
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
		if (is_verb(&t[j]) && j > i && noun_kind(&t[j]) != NULL &&
		    j + 1 < n && W(t[j + 1]) && is_verb(&t[j + 1]))
			continue;
		if (is_verb(&t[j]) && j > i) {
			v = skip_back(t, j, i);
			e = v;
			/* an appositive: Smith, a doctor, said */
			for (s = i; s < e; s++)
				if (!W(t[s]) && t[s].p == ',')
					break;
			if (s < e) {
				size_t e2 = e - (!W(t[e - 1]) &&
				    t[e - 1].p == ',');

				if (s + 1 < e && appos(t, s + 1, e2))
					e = s;
				else if (s + 1 < e2 && np_fwd(t, s + 1, e2) ==
				    e2 && np_ok(t, s + 1, e2) &&
				    t[s + 1].cap && np_ok(t, i, s) &&
				    !t[s - 1].cap) {
					/* his neighbour, Jean Amos, said */
					set_attr(at, t, s + 1, e2,
					    ck.s + t[j].s, WLEN(t[j]));
					return 1;
				} else
					break;
			}
			if (np_ok(t, i, e) && (np_fwd(t, i, e) >= e - 1 ||
			    np_and(t, i, e))) {
				set_attr(at, t, i, e, ck.s + t[j].s,
				    WLEN(t[j]));
				return 1;
			}
			break;
		}
	}
	/* — Commissioner X */
	if (dash && W(t[i]) && t[i].cap && !is_pron(&t[i]) &&
	    !(is_common(&t[i]) && !IS(t[i], "the"))) {
		e = np_fwd(t, i, n);
		if (e > i && np_ok(t, i, e)) {
			if (dash == 2)
				set_attr(at, t, i, e, ":", 1);
			else
				set_attr(at, t, i, e, "\xE2\x80\x94", 3);
			return 1;
		}
	}
	/* according to X */
	for (j = i; j + 2 < n; j++)
		if (IS(t[j], "according") && IS(t[j + 1], "to")) {
			e = np_fwd(t, j + 2, n);
			if (e > j + 2 && np_ok(t, j + 2, e)) {
				set_attr(at, t, j + 2, e, "according to",
				    12);
				return 1;
			}
		}
	for (j = 0; j < LEN(model_sieves); j++)
		if (model_sieves[j](t, i, n, at))
			return 1;
	return 0;
}

/* Are t[a..b) only adverbials, times, places or a listener ("to her
 * husband", "in a statement", "Wednesday morning", "The Hill")? */
static int
adverbials(const struct wt *t, size_t a, size_t b)
{
	size_t i;

	for (i = a; i < b; i++) {
		if (W(t[i]) && (IS(t[i], "was") || IS(t[i], "is") ||
		    IS(t[i], "were") || IS(t[i], "are") || IS(t[i], "be") ||
		    IS(t[i], "been") || IS(t[i], "has") || IS(t[i], "have") ||
		    IS(t[i], "had") || IS(t[i], "will") || IS(t[i], "would")))
			return 0;
		if (!W(t[i]) || is_skip(&t[i]) || t[i].cap ||
		    is_det(&t[i]) || noun_kind(&t[i]) || poss(&t[i]) ||
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
bare_attr(size_t a, size_t b, struct attr *at)
{
	struct wt t[16];
	size_t n, v, e;

	n = words(a, b, t, LEN(t), 0);
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
		e = np_fwd(t, 1, n);
		if (e > 1 && np_ok(t, 1, e) && adverbials(t, e, n)) {
			set_attr(at, t, 1, e, ck.s + t[0].s, WLEN(t[0]));
			return 1;
		}
		return 0;
	}
	e = skip_back(t, v, 0);
	if (e > 0 && np_ok(t, 0, e) && np_fwd(t, 0, e) == e &&
	    adverbials(t, v + 1, n)) {
		set_attr(at, t, 0, e, ck.s + t[v].s, WLEN(t[v]));
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
verb_subject(const struct wt *t, size_t n, size_t b, struct attr *at,
    int *frag)
{
	size_t k, v = n - 1, p;
	const char *nk;

	if (n < 2 || !W(t[v]) || !is_verb(&t[v]))
		return 0;
	for (k = 0; k < v && W(t[k]) && !is_verb(&t[k]) && (t[k].cap ||
	    is_det(&t[k]) || noun_kind(&t[k]) != NULL); k++)
		;
	if (k == 0)
		return 0;
	for (p = b; p < b + 4 && p < ck.len && !alnum_ascii[(unsigned char)
	    ck.s[p]]; p++)
		;
	if (p == ck.len || !(ck.s[p] >= 'A' && ck.s[p] <= 'Z'))
		return 0;
	*frag = 0;
	if (k == 1 && is_pron(&t[0])) {
		set_attr(at, t, 0, 1, ck.s + t[v].s, WLEN(t[v]));
		return 1;
	}
	if (model_attr(t, 0, k, v, at))
		return 1;
	if (k >= 2 && is_det(&t[0]) && (nk = noun_kind(&t[k - 1])) != NULL &&
	    *nk == 'p') {
		set_written(at, t, 0, k, v);
		return 1;
	}
	return 0;
}

static int
before_attr(size_t a, size_t b, struct attr *at, int *frag)
{
	struct wt t[NTOK];
	size_t n, v, s, e, lim, after;
	int colon = 0, comma = 0, that = 0;

	*frag = 0;
	n = words(a, b, t, NTOK, 1);
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
	if (colon && IS(t[0], "from") && n >= 2 && np_ok(t, 1, n) &&
	    np_fwd(t, 1, n) == n) {
		set_attr(at, t, 1, n, ":", 1);
		return 1;
	}
	/* According to X, */
	if (n >= 3 && IS(t[0], "according") && IS(t[1], "to") &&
	    np_fwd(t, 2, n) == n && np_ok(t, 2, n)) {
		set_attr(at, t, 2, n, "according to", 12);
		return 1;
	}
	/* According to X, the shift "could take years" */
	if (n >= 4 && IS(t[0], "according") && IS(t[1], "to") &&
	    (e = np_fwd(t, 2, n)) > 2 && e < n && !W(t[e]) && t[e].p == ',' &&
	    np_ok(t, 2, e)) {
		set_attr(at, t, 2, e, "according to", 12);
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
		if (is_verb(&t[v - 1]) && !noun_after_det(t, v - 1))
			break;
	}
	if (v > 0 && W(t[v - 1]) && is_verb(&t[v - 1]) &&
	    !(fiction_verb(&t[v - 1]) && n - v > 0)) {
		const struct wt *w = &t[v - 1];

		after = n - v;
		/* Said X: / said Mrs. Bennet to her husband, */
		if (v == 1 || (!W(t[v - 2]) && t[v - 2].p != ',')) {
			e = np_fwd(t, v, n);
			if (e > v && np_ok(t, v, e) && adverbials(t, e, n)) {
				set_attr(at, t, v, e, ck.s + w->s,
				    WLEN(*w));
				*frag = that;
				return 1;
			}
		}
		/* what follows the verb must be adverbials or a listener */
		if (!adverbials(t, v, n) || after > lim)
			*frag = 1;
		e = skip_back(t, v - 1, 0);
		/* Hugh Hill, a doctor, said: */
		if (e > 0 && !W(t[e - 1]) && t[e - 1].p == ',') {
			for (s = e - 1; s > 0 && (W(t[s - 1]) ||
			    t[s - 1].p != ','); s--)
				;
			if (s > 0 && appos(t, s, e - 1))
				e = s - 1;
			else if (s > 0 && s < e - 1 && np_fwd(t, s, e - 1) ==
			    e - 1 && is_capname(&t[e - 2]) && t[s].cap &&
			    (s < 2 || !t[s - 2].cap || given(&t[s]))) {
				/* the union's director, Jane Smith, said: */
				set_attr(at, t, s, e - 1, ck.s + w->s,
				    WLEN(*w));
				return 1;
			}
		}
		s = np_bwd(t, e, 0);
		if (s < e && np_ok(t, s, e)) {
			set_attr(at, t, s, e, ck.s + w->s, WLEN(*w));
			if (that || (after > 0 && !colon && !comma))
				*frag = 1;
			if (!colon && !comma && !that && after == 0)
				*frag = 0;
			return 1;
		}
	}
	/* Smith put it this way: "..." */
	if (colon && !IS(t[0], "dear") && (e = np_fwd(t, 0, n)) > 0 &&
	    np_ok(t, 0, e) &&
	    ((is_pron(&t[0]) && e == 1 && !IS(t[0], "it")) ||
	    (is_capname(&t[e - 1]) && (e >= 2 || given(&t[0]) ||
	    known(ck.s + t[0].s, WLEN(t[0])) != NULL)))) {
		set_attr(at, t, 0, e, ":", 1);
		*frag = 0;
		/* a label alone ("Media Contact:") speaks only when the
		 * model knows it for a person or an organisation */
		if (e < n || at->named || is_pron(&t[0]))
			return 1;
		memset(at, 0, sizeof(*at));
		*frag = 1;
		return 0;
	}
	if (verb_subject(t, n, b, at, frag))
		return 1;
	*frag = 1;
	return 0;
}

/* ---- attribution of the quotations of a chunk ---- */

/* The first letter or digit of ck.s[a..b), or 0; *lead is set when a
 * period or an ellipsis comes before it. */
static int32_t
first_alnum(size_t a, size_t b, int *lead)
{
	size_t p, n;
	int32_t c;

	for (p = a; p < b; p += n) {
		c = cp_at(p, b, &n);
		if (isalnum8(c))
			return c;
		if (lead != NULL && (c == 0x2026 || c == '.'))
			*lead = 1;
	}
	return 0;
}

static int
only_punct(size_t a, size_t b)
{
	return first_alnum(a, b, NULL) == 0;
}

/* The last character of ck.s[a..b) that is not a space or a mark. */
static int32_t
last_char(size_t a, size_t b)
{
	int32_t c;

	while (b > a) {
		b -= u8_decode_back(ck.s + a, b - a, &c);
		if (!isspace8(c) && !isquote8(c))
			return c;
	}
	return 0;
}

static int
starts_upper(size_t a, size_t b)
{
	int lead = 0;
	int32_t c = first_alnum(a, b, &lead);

	return lead || c == 0 || u8_isupper(c) || u8_isdigit(c);
}


/*
 * A name or title in quotation marks, no quotation: after "dubbed",
 * "titled", "called", "known as" (a plan dubbed "Operation Clean Sweep"),
 * starting with a capital and ending without a stop or comma.
 */
static int
name_in_marks(const struct quote *q, size_t lo)
{
	static const char *const namers[] = { "dubbed", "nicknamed",
	    "titled", "entitled", "named", "renamed", "called", "labeled",
	    "labelled", "branded", "as" };
	size_t e = q->os, a, i;
	int32_t c;
	int lead;

	while (e > lo && spacebyte(ck.s[e - 1]))
		e--;
	for (a = e; a > lo && alnum_ascii[(unsigned char)ck.s[a - 1]]; a--)
		;
	for (i = 0; i < LEN(namers); i++)
		if (e - a == strlen(namers[i]) &&
		    strncasecmp(ck.s + a, namers[i], e - a) == 0)
			break;
	if (i == LEN(namers) || (i == LEN(namers) - 1 && !((a >= lo + 6 &&
	    strncasecmp(ck.s + a - 6, "known ", 6) == 0) || (a >= lo + 7 &&
	    strncasecmp(ck.s + a - 7, "billed ", 7) == 0))))
		return 0;
	if (!u8_isupper(first_alnum(q->qs, q->qe, &lead)))
		return 0;
	c = last_char(q->qs, q->qe);
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
note_speaker(const struct attr *at, uint64_t where)
{
	if (!at->ok || at->spk[0] == '\0')
		return;
	memcpy(lastspk.name, at->spk, FLD);
	lastspk.at = where;
	lastspk.person = at->person;
	lastspk.ok = 1;
	lastspk.g = 0;
	if (at->person && !is_pronoun_mention(at->men))
		lastspk.g = gender_of(at->men, at->spk);
	else if (at->person)
		lastspk.g = pronoun_gender(at->men);
	if (at->person)
		push_recent(&lastspk);
}

/* Number of words (roughly) in ck.s[a..b). */
static size_t
nwords(size_t a, size_t b)
{
	size_t p, k = 0;
	int in = 0;

	for (p = a; p < b; p++) {
		if (ck.s[p] == ' ' || ck.s[p] == '\n' || ck.s[p] == '\t')
			in = 0;
		else if (!in) {
			in = 1;
			k++;
		}
	}
	return k;
}

static void
attribute(size_t qi, size_t prev, size_t next)
{
	struct quote *q = &qv[qi];
	struct attr ab, aa;
	size_t sa, sb, ea, eb, ba, ae;
	int frag = 0, hb, ha, bempty, aempty;
	int32_t c;

	memset(&ab, 0, sizeof(ab));
	memset(&aa, 0, sizeof(aa));
	if (name_in_marks(q, lns[q->l0].pos)) {
		q->dead = 1;
		return;
	}
	sent_at(q->l0, q->os, &sa, &sb);
	ba = sa;
	if (prev != (size_t)-1 && qv[prev].l1 == q->l0 && qv[prev].ce > ba &&
	    qv[prev].ce <= q->os)
		ba = qv[prev].ce;
	sent_at(q->l1, q->ce > lns[q->l1].pos ? q->ce - 1 : q->ce, &ea, &eb);
	ae = eb;
	if (next != (size_t)-1 && qv[next].l0 == q->l1 && qv[next].os < ae &&
	    qv[next].os >= q->ce)
		ae = qv[next].os;
	if (ae < q->ce)
		ae = q->ce;
	/* a bounded context, whatever the length of the sentence */
	if (q->os - ba > CONTEXT)
		ba = q->os - CONTEXT;
	if (ae - q->ce > CONTEXT)
		ae = q->ce + CONTEXT;
	bempty = only_punct(ba, q->os);
	aempty = only_punct(q->ce, ae);
	hb = !bempty && before_attr(ba, q->os, &ab, &frag);
	ha = !aempty && after_attr(q->ce, ae, &aa);
	if (!ha) {
		/* "..." — Commissioner X, past the end of the sentence */
		size_t le = lns[q->l1].pos + lns[q->l1].len, p = q->ce;

		if (next != (size_t)-1 && qv[next].l0 == q->l1)
			le = qv[next].os;
		while (p < le && spacebyte(ck.s[p]))
			p++;
		if (p < le && le > ae && (isdash8(cp_at(p, le, NULL)) ||
		    (ck.s[p] == '-' && p + 1 < le && (ck.s[p + 1] == '-' ||
		    ck.s[p + 1] == ' '))) &&
		    after_attr(q->ce, le, &aa))
			ha = 1, aempty = 0;
	}
	if (!ha && !hb && aempty && bempty) {
		/* "It is over." Smith said. (cut into two sentences) */
		size_t le = lns[q->l1].pos + lns[q->l1].len, na = 0, nb = 0;

		if (eb < le && (next == (size_t)-1 || qv[next].l0 != q->l1)) {
			sent_at(q->l1, eb + 1 < le ? eb + 1 : eb, &na, &nb);
			if (na < eb)
				na = nb = 0;
		} else if (eb >= le && !multi && q->l1 + 1 < nlns &&
		    !lns[q->l1 + 1].blank && !lns[q->l1 + 1].marks) {
			na = lns[q->l1 + 1].pos;
			nb = na + lns[q->l1 + 1].len;
		}
		if (nb > na && bare_attr(na, nb, &aa))
			ha = 1;
	}
	c = last_char(q->qs, q->qe);
	/* a fragment: words before it that are no attribution, or after it
	 * that are neither attribution nor the end of the sentence */
	if (!bempty && !hb) {
		frag = 1;
		if (last_char(ba, q->os) == ':' && starts_upper(q->qs, q->qe))
			frag = 0;
	}
	if (bempty && !aempty && !ha) {
		int32_t a0 = cp_at(q->ce + (ck.s[q->ce] == ' '), ae, NULL);

		frag = !(c == ',' || c == '.' || c == '!' || c == '?' ||
		    c == 0x2026 || a0 == ',' || isdash8(a0) ||
		    (a0 >= 'A' && a0 <= 'Z'));
	}
	if (hb && !ha && !aempty && !(c == ',' || c == '.' || c == '!' ||
	    c == '?' || c == 0x2026) && !starts_upper(q->ce, ae))
		frag = 1;	/* would later add "Protector of Mexico" to it */
	if (q->unclosed)
		frag = 0;
	if (!bempty && !starts_upper(q->qs, q->qe) && !hb)
		frag = 1;
	q->kind = frag ? K_PARTIAL : K_DIRECT;
	if (ha)
		q->a = aa;
	else if (hb)
		q->a = ab;
	else if (bempty && intro.ok && intro_gap <= 1) {
		q->a = intro;
		intro.ok = 0;
	}
	if (q->a.ok)
		note_speaker(&q->a, docoff(q->l0, q->qs));
	else if (!aempty && !starts_upper(q->ce, ae))
		q->other = 1;
	intro.ok = 0;
}

/* Quotations with no speaker take one from a later quotation of the same
 * sentence, or continue the last speaker. */
static void
continuation(size_t qi, size_t next)
{
	struct quote *q = &qv[qi];

	if (q->a.ok)
		return;
	if (next != (size_t)-1 && qv[next].a.ok && qv[next].l0 == q->l1) {
		size_t sa, sb;

		sent_at(q->l1, q->ce > 0 ? q->ce - 1 : 0, &sa, &sb);
		if (qv[next].os < sb && (q->kind == K_DIRECT ||
		    qv[next].kind == K_PARTIAL)) {
			q->a = qv[next].a;
			return;
		}
	}
	if (q->kind != K_DIRECT || q->other)
		return;
	if (!cont.ok || cont_gap > (multi ? 1 : 2)) {
		/* Smith was blunt. "We failed." */
		if (subj.ok && subj.person && model_person(subj.name) &&
		    subj.at >= lastq_at &&
		    subj.at < docoff(q->l0, q->os) &&
		    lns[q->l0].lineno <= subj.lineno + 1) {
			memset(&q->a, 0, sizeof(q->a));
			memcpy(q->a.spk, subj.name, FLD);
			memcpy(q->a.men, subj.name, FLD);
			q->a.ok = q->a.person = 1;
		} else if (!wrapped && only_punct(lns[q->l0].pos, q->os) &&
		    only_punct(q->ce, lns[q->l1].pos + lns[q->l1].len))
			pending = qi;	/* its paragraph is the quotation */
		return;
	}
	q->a = cont;
	q->a.cue[0] = '\0';
	fld_set(q->a.men, cont.spk[0] ? cont.spk : cont.men,
	    strlen(cont.spk[0] ? cont.spk : cont.men));
}

/* Does line li end with a colon? */
static int
ends_colon(size_t li)
{
	size_t e = lns[li].pos + lns[li].len, lo = lns[li].pos;

	while (e > lo && spacebyte(ck.s[e - 1]))
		e--;
	return e > lo && ck.s[e - 1] == ':';
}

/* ---- blocks: an embedded post and its "— Name (@handle) Date" line ---- */

static int
is_byline(size_t li, size_t *np)
{
	struct ln *l = &lns[li];
	size_t p = l->pos, hi = l->pos + l->len, n;
	int32_t c;

	if (l->len > 300 || l->len < 4)
		return 0;
	while (p < hi && isspace8(cp_at(p, hi, &n)))
		p += n;
	c = cp_at(p, hi, &n);
	if (hi - p > 17 && strncasecmp(ck.s + p, "a post shared by ", 17) == 0) {
		*np = p + 17;
		return 1;
	}
	if (isdash8(c))
		p += n;
	else if (c == '-' && p + 1 < hi && (ck.s[p + 1] == '-' ||
	    ck.s[p + 1] == ' '))
		p += ck.s[p + 1] == '-' ? 2 : 1;
	else
		return 0;
	while (p < hi && isspace8(cp_at(p, hi, &n)))
		p += n;
	c = cp_at(p, hi, &n);
	if (!(c < 0x80 ? (c >= 'A' && c <= 'Z') || c == '@' : u8_isupper(c)))
		return 0;
	*np = p;
	return 1;
}

/* After the name of a byline: a handle or a date, as under a post
 * ("(@handle) August 8, 2018"), not a credit line ("— The Canadian Press"). */
static int
post_line(const struct wt *t, size_t e, size_t n)
{
	static const char *mon[] = { "jan", "feb", "mar", "apr", "may", "jun",
	    "jul", "aug", "sep", "oct", "nov", "dec" };
	size_t i, k;

	for (i = 0; i < n; i++) {
		if (W(t[i]) && ck.s[t[i].s] == '@')
			return 1;
		if (i < e || !W(t[i]))
			continue;
		if (WLEN(t[i]) == 4 && (ck.s[t[i].s] == '1' ||
		    ck.s[t[i].s] == '2') && ck.s[t[i].s + 1] >= '0' &&
		    ck.s[t[i].s + 1] <= '9')
			return 1;
		for (k = 0; k < LEN(mon); k++)
			if (WLEN(t[i]) >= 3 && strncasecmp(ck.s + t[i].s,
			    mon[k], 3) == 0 && t[i].cap)
				return 1;
	}
	return 0;
}

static size_t
push_block(size_t l0, size_t l1, size_t a, size_t b, const struct attr *at)
{
	size_t qi;

	while (a < b && spacebyte(ck.s[a]))
		a++;
	while (b > a && spacebyte(ck.s[b - 1]))
		b--;
	qi = new_quote(l0, a, a, -1);
	qv[qi].qe = qv[qi].ce = b;
	qv[qi].l1 = l1;
	qv[qi].kind = K_BLOCK;
	qv[qi].a = *at;
	return qi;
}

static void
byline(size_t li, size_t p)
{
	struct wt t[NTOK];
	struct attr at;
	size_t n, e, j, k, first, bytes, lo, hi, lastq = (size_t)-1;

	memset(&at, 0, sizeof(at));
	n = words(p, lns[li].pos + lns[li].len, t, NTOK, 0);
	e = np_fwd(t, 0, n);
	if (e == 0 || !np_ok(t, 0, e))
		return;
	set_attr(&at, t, 0, e, "\xE2\x80\x94", 3);
	/* the line before: a quotation that ends it, or a plain paragraph */
	for (j = li; j > 0 && lns[j - 1].blank; j--)
		;
	if (j == 0)
		return;
	j--;
	/* the quotations found by pairing are in order: the last one that
	 * starts before this line, and a few before it */
	lo = 0;
	hi = npair;
	while (lo < hi) {
		k = lo + (hi - lo) / 2;
		if (qv[k].os < lns[li].pos)
			lo = k + 1;
		else
			hi = k;
	}
	for (k = lo; k > 0 && lo - k < 64; k--)
		if (qv[k - 1].parent < 0 && !qv[k - 1].dead &&
		    qv[k - 1].l1 == j) {
			lastq = k - 1;
			break;
		}
	if (lastq != (size_t)-1) {
		if (only_punct(qv[lastq].ce, lns[j].pos + lns[j].len) &&
		    (!qv[lastq].a.ok || qv[lastq].a.cue[0] == '\0')) {
			qv[lastq].a = at;
			note_speaker(&at, docoff(li, p));
		}
		return;
	}
	if (lns[j].marks || !post_line(t, e, n))
		return;
	/* one paragraph; with one sentence a line, the lines of a post */
	split_line(j);
	first = j;
	bytes = lns[j].len;
	if (!multi)
		while (first > 0 && !lns[first - 1].blank &&
		    !lns[first - 1].marks && bytes + lns[first - 1].len <= 320 &&
		    !is_byline(first - 1, &k) && !ends_colon(first - 1)) {
			first--;
			bytes += lns[first].len;
		}
	push_block(first, j, lns[first].pos, lns[j].pos + lns[j].len, &at);
	note_speaker(&at, docoff(li, p));
}

/* ---- indirect speech ---- */

static void
push_indirect(size_t li, size_t a, size_t b, const struct attr *at)
{
	size_t qi;
	int32_t c;

	while (b > a) {
		c = cp_before(a, b);
		if (!(isspace8(c) || c == '.' || c == ',' || c == ';' ||
		    c == '!' || c == '?'))
			break;
		b -= c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
	}
	if (nwords(a, b) < 3)
		return;
	qi = new_quote(li, a, a, -1);
	qv[qi].qe = qv[qi].ce = b;
	qv[qi].kind = K_INDIRECT;
	qv[qi].a = *at;
}

static void
indirect(size_t li)
{
	struct wt t[NTOK];
	struct attr at;
	size_t i, k, n, a, b, e, v, c;

	split_line(li);
	for (i = lns[li].s0; i < lns[li].s0 + lns[li].ns; i++) {
		a = sv.v[i].start;
		b = sv.v[i].end;
		memset(&at, 0, sizeof(at));
		/* ..., he said Wednesday. */
		n = words(a, b, t, 14, 1);
		for (c = n; c > 0 && (W(t[c - 1]) || t[c - 1].p != ','); c--)
			;
		if (c > 0 && c < n && after_attr(t[c - 1].s, b, &at)) {
			for (k = c; k < n && (W(t[k]) || t[k].p == '.'); k++)
				if (W(t[k]) && is_verb(&t[k]))
					break;
			for (k++; k < n; k++)
				if (W(t[k]) && !is_skip(&t[k]))
					break;
			if (k >= n || !W(t[k])) {
				note_speaker(&at, docoff(li, a));
				push_indirect(li, a, t[c - 1].s, &at);
				continue;
			}
		}
		/* He said (that) ... */
		n = words(a, b, t, 16, 0);
		e = np_fwd(t, 0, n);
		if (e == 0 || !np_ok(t, 0, e))
			continue;
		v = e;
		while (v < n && W(t[v]) && is_skip(&t[v]) && !t[v].cap)
			v++;
		if (v >= n || !is_verb(&t[v]) || fiction_verb(&t[v]) ||
		    IS(t[v], "asked") || IS(t[v], "told"))
			continue;
		k = v + 1;
		while (k < n && W(t[k]) && is_skip(&t[k]) && !t[k].cap)
			k++;
		if (k < n && IS(t[k], "that"))
			k++;
		else if (!IS(t[v], "said") && !IS(t[v], "says") &&
		    !IS(t[v], "say"))
			continue;	/* "emphasized the importance" */
		if (k >= n || !W(t[k]) || nwords(t[k].s, b) < 4)
			continue;
		set_attr(&at, t, 0, e, ck.s + t[v].s, WLEN(t[v]));
		note_speaker(&at, docoff(li, a));
		push_indirect(li, t[k].s, b, &at);
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
label_of(size_t li, size_t *la, size_t *lb, size_t *tx)
{
	size_t p = lns[li].pos, hi = p + lns[li].len, w = 0;
	unsigned char c;

	while (p < hi && spacebyte(ck.s[p]))
		p++;
	*la = p;
	for (;;) {
		if (p >= hi || ck.s[p] < 'A' || ck.s[p] > 'Z' || ++w > 3)
			return 0;
		while (p < hi && ((c = (unsigned char)ck.s[p]) >= 0x80 ||
		    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    c == '.' || c == '\'' || c == '-'))
			p++;
		if (p < hi && ck.s[p] == ':')
			break;
		if (p >= hi || ck.s[p] != ' ')
			return 0;
		p++;
	}
	*lb = p++;
	if (p >= hi || ck.s[p] != ' ')
		return 0;
	while (p < hi && spacebyte(ck.s[p]))
		p++;
	*tx = p;
	return nwords(p, hi) >= 2;
}

/* Q or A, or a name in capitals or of the model: not a field of a form. */
enum { L_NONE, L_Q, L_A, L_NAME };

static int
label_kind(size_t la, size_t lb, struct attr *at)
{
	char s[FLD];
	size_t i, n = lb - la;
	int up = 0, caps;

	if (n == 1)
		return ck.s[la] == 'Q' ? L_Q : ck.s[la] == 'A' ? L_A : L_NONE;
	if (n >= FLD || ws_has(&w_labels, ck.s + la, n))
		return L_NONE;
	memset(at, 0, sizeof(*at));
	fld_set(at->men, ck.s + la, n);
	for (i = 0; i < n && !(ck.s[la + i] >= 'a' && ck.s[la + i] <= 'z');
	    i++)
		up += ck.s[la + i] >= 'A' && ck.s[la + i] <= 'Z';
	caps = i == n && up >= 2;
	/* SAM KELLER is Sam Keller of the model */
	memcpy(s, at->men, n + 1);
	for (i = 1; caps && i < n; i++)
		if (s[i - 1] != ' ' && s[i] >= 'A' && s[i] <= 'Z')
			s[i] = (char)(s[i] - 'A' + 'a');
	fld_set(at->spk, s, n);
	model_name(at);
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
line_label(size_t li, struct attr *at, size_t *tx)
{
	size_t la, lb;

	if (li >= nlns || lns[li].blank || !label_of(li, &la, &lb, tx))
		return L_NONE;
	return label_kind(la, lb, at);
}

/* The next (dir 1) or previous (dir -1) line that is not blank. */
static size_t
line_near(size_t li, int dir)
{
	do
		li += (size_t)dir;
	while (li < nlns && lns[li].blank);
	return li;
}

/* The last person the model names before document offset o. */
static int
person_before(uint64_t o, struct attr *at)
{
	size_t i;

	for (i = qnames.nm; i > 0; i--) {
		const struct nmention *m = &qnames.mv[i - 1];

		if (m->start >= o || m->ent == NAMES_NONE ||
		    qnames.ev[m->ent].type != NER_PERSON)
			continue;
		memset(at, 0, sizeof(*at));
		set_entity(at, m->ent);
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
transcript(size_t li)
{
	struct attr at, other;
	size_t tx, tx2, p = line_near(li, -1);
	int k, kp;

	if ((k = line_label(li, &at, &tx)) == L_NONE)
		return 0;
	kp = p < li ? line_label(p, &other, &tx2) : L_NONE;
	if (kp == L_NONE && line_label(line_near(li, 1), &other, &tx2) ==
	    L_NONE)
		return 0;
	if (kp == L_NONE && !person_before(docoff(li, lns[li].pos), &iview))
		memset(&iview, 0, sizeof(iview));
	if (k == L_Q)
		return 1;
	if (k == L_A)
		at = iview;
	push_block(li, li, tx, lns[li].pos + lns[li].len, &at);
	note_speaker(&at, docoff(li, tx));
	return 1;
}

static void
set_intro(size_t li, size_t from)
{
	size_t a, b, e = lns[li].pos + lns[li].len;
	int frag;
	struct attr at;

	while (e > from && spacebyte(ck.s[e - 1]))
		e--;
	/* "X said:", or a paragraph that ends "X stated," (a line of
	 * hard-wrapped text may end with any comma) */
	if (e <= from || (ck.s[e - 1] != ':' && (ck.s[e - 1] != ',' ||
	    wrapped)))
		return;
	sent_at(li, e - 1, &a, &b);
	if (a < from)
		a = from;
	memset(&at, 0, sizeof(at));
	if (before_attr(a, e, &at, &frag) && !frag && nwords(a, e) <= 14) {
		intro = at;
		intro_gap = 0;
		intro_colon = ck.s[e - 1] == ':';
	}
}

static int
cmp_order(const void *x, const void *y)
{
	const struct quote *a = &qv[*(const size_t *)x];
	const struct quote *b = &qv[*(const size_t *)y];

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
put_quote(struct quote *q)
{
	size_t a = q->qs, b = q->qe, g, p;

	while (a < b && spacebyte(ck.s[a]))
		a++;
	while (b > a && spacebyte(ck.s[b - 1]))
		b--;
	model_name(&q->a);
	cli_file_field(&cli, curin);
	tsv_text(q->a.spk, strlen(q->a.spk));
	tsv_tab();
	tsv_text(q->a.men, strlen(q->a.men));
	tsv_tab();
	tsv_text(q->a.cue, strlen(q->a.cue));
	tsv_tab();
	tsv_str(kindname[q->kind]);
	tsv_tab();
	tsv_u64(lns[q->l0].lineno);
	tsv_tab();
	tsv_u64(a >= lns[q->l0].pos && a <= lns[q->l0].pos + lns[q->l0].len ?
	    docoff(q->l0, a) : pos2off(a));
	tsv_tab();
	tsv_u64(b >= lns[q->l1].pos && b <= lns[q->l1].pos + lns[q->l1].len ?
	    docoff(q->l1, b) : pos2off(b));
	tsv_tab();
	tsv_str(names_gender_name(q->a.g));
	tsv_tab();
	buf_reset(&qtext);
	p = a;
	for (g = q->g0; g < q->g0 + q->ng; g++) {
		if (gv[g].a < p || gv[g].a > b)
			continue;
		buf_add(&qtext, ck.s + p, gv[g].a - p);
		buf_addc(&qtext, ' ');
		p = gv[g].b;
	}
	if (p < b)
		buf_add(&qtext, ck.s + p, b - p);
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
nested_attr(void)
{
	struct attr at;
	struct quote *q, *p;
	size_t k;
	int frag;

	for (k = 0; k < nq; k++) {
		q = &qv[k];
		if (q->parent < 0 || q->dead || q->qe < q->qs || q->a.ok)
			continue;
		p = &qv[q->parent];
		if (p->dead || q->os <= p->qs)
			continue;
		memset(&at, 0, sizeof(at));
		if (before_attr(p->qs, q->os, &at, &frag) && at.ok &&
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
model_cut(size_t li, size_t p)
{
	const char *s = ck.s + lns[li].pos;
	size_t n = lns[li].len, e, sp = 0;

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
model_pieces(void)
{
	size_t li, p, e;

	qdn = 0;
	for (li = 0; li < nlns; li++)
		for (p = 0, e = 0; p < lns[li].len || e == 0; p = e) {
			e = model_cut(li, p);
			if (qdn == qdcap) {
				qdcap = qdcap ? 2 * qdcap : 256;
				qdv = xreallocarray(qdv, qdcap, sizeof(*qdv));
				qdline = xreallocarray(qdline, qdcap,
				    sizeof(*qdline));
			}
			qdv[qdn].s = ck.s + lns[li].pos + p;
			qdv[qdn].len = e - p;
			qdv[qdn].off = lns[li].off + p;
			qdline[qdn++] = lns[li].lineno;
			if (e == 0)
				break;
		}
}

static void
feed(struct ner *nr, size_t from, size_t to)
{
	size_t i;

	for (i = from; i < to; i++)
		ner_para(nr, qdv[i].s, qdv[i].len, qdv[i].off, qdline[i]);
}

static void *
help(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&helper.mu);
	for (;;) {
		while (!helper.busy && !helper.quit)
			pthread_cond_wait(&helper.cv, &helper.mu);
		if (helper.quit)
			break;
		pthread_mutex_unlock(&helper.mu);
		feed(helper.nr, helper.from, helper.to);
		pthread_mutex_lock(&helper.mu);
		helper.busy = 0;
		pthread_cond_broadcast(&helper.cv);
	}
	pthread_mutex_unlock(&helper.mu);
	sent_free();
	return NULL;
}

static void
helper_start(void)
{
	if (helper.on || sysconf(_SC_NPROCESSORS_ONLN) < 2)
		return;
	helper.nr = ner_new();
	helper.quit = helper.busy = 0;
	if (pthread_create(&helper.th, NULL, help, NULL) != 0) {
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
model_read(void)
{
	const struct ner_mention *m;
	size_t i, n, h, fed = 0;

	for (i = 0; i < qdn; i++)
		fed += qdv[i].len + 1;		/* as ner_fed() counts */
	for (h = 0, n = 0; h < qdn && 2 * n < fed; h++)
		n += qdv[h].len + 1;
	if (helper.on && h > 0 && h < qdn && fed < NER_WINDOW) {
		pthread_mutex_lock(&helper.mu);
		helper.from = h;
		helper.to = qdn;
		helper.busy = 1;
		pthread_cond_broadcast(&helper.cv);
		pthread_mutex_unlock(&helper.mu);
		feed(qner, 0, h);
		pthread_mutex_lock(&helper.mu);
		while (helper.busy)
			pthread_cond_wait(&helper.cv, &helper.mu);
		pthread_mutex_unlock(&helper.mu);
		ner_merge(qner, helper.nr);
		ner_reset(helper.nr);
		if (!ner_full(qner)) {
			m = ner_resolve(qner, &n);
			names_add(&qnames, m, n);
			ner_reset(qner);
			return;
		}
		ner_reset(qner);
	}
	for (i = 0; i < qdn; i++) {
		feed(qner, i, i + 1);
		if (ner_full(qner) || i + 1 == qdn) {
			m = ner_resolve(qner, &n);
			names_add(&qnames, m, n);
			ner_reset(qner);
		}
	}
}

/* The model of the chunk: its names, their entities, the pronouns. */
static void
model_chunk(void)
{
	if (qner == NULL) {
		qner = ner_new();
		names_init(&qnames);
		helper_start();
	}
	names_clear(&qnames);
	model_pieces();
	model_read();
	names_evidence(&qnames, qdv, qdn);
	coref_pronouns(&qnames, qdv, qdn);
}

/*
 * A paragraph that is one quotation with no speaker, after a paragraph
 * with none, continues into the next paragraph that opens with an
 * attributed quotation: "...". / "...," Roe said.  Not a question,
 * which the next speaker may answer.
 */
static void
next_paragraph(size_t qi)
{
	struct quote *q = &qv[qi], *p = &qv[pending];

	if (!q->a.ok || q->a.cue[0] == '\0' || q->kind != K_DIRECT ||
	    line_near(p->l1, 1) != q->l0 || !only_punct(lns[q->l0].pos, q->os))
		return;
	if (last_char(p->qs, p->qe) == '?')
		return;		/* a question: someone else answers */
	p->a = q->a;
	p->a.cue[0] = '\0';
	fld_set(p->a.men, q->a.spk[0] ? q->a.spk : q->a.men,
	    strlen(q->a.spk[0] ? q->a.spk : q->a.men));
}

/* The top-level quotations T[t0..ti) of a line, in order: speakers
 * carry on to quote-only sentences. */
static void
carry_speakers(const size_t *T, size_t t0, size_t ti)
{
	size_t k, qi, nx;

	if (pending != (size_t)-1 && ti > t0)
		next_paragraph(T[t0]);
	pending = (size_t)-1;
	for (k = t0; k < ti; k++) {
		qi = T[k];
		if (qv[qi].dead)
			continue;	/* a name in marks */
		nx = k + 1 < ti ? T[k + 1] : (size_t)-1;
		if (qv[qi].kind == K_DIRECT && k > t0)
			lastq_at = docoff(qv[T[k - 1]].l1, qv[T[k - 1]].ce);
		if (qv[qi].a.ok && qv[qi].a.cue[0] != '\0') {
			/* a partial quotation of a clause is speech too:
			 * Roe said the forms "have to be filed" (not a
			 * title: add "Protector of Mexico") */
			if (qv[qi].kind == K_DIRECT ||
			    (qv[qi].kind == K_PARTIAL &&
			    !starts_upper(qv[qi].qs, qv[qi].qe))) {
				cont = qv[qi].a;
				cont_gap = 0;
			}
			continue;
		}
		continuation(qi, nx);
		if (qv[qi].a.ok && qv[qi].kind == K_DIRECT) {
			cont = qv[qi].a;
			cont_gap = 0;
		} else if (qv[qi].kind == K_DIRECT)
			cont_gap = 99;	/* someone else speaks */
	}
}

static void
process_chunk(void)
{
	size_t li, ti, t0, k, nt = 0, cur, hi, qi;
	size_t *T;
	int touched;

	if (nlns == 0)
		return;
	/* hard-wrapped text: most lines go on in the next one */
	for (li = 0, k = 0, nt = 0; li + 1 < nlns; li++)
		if (!lns[li].blank) {
			nt++;
			if (!lns[li + 1].blank && !ends_sentence(li))
				k++;
		}
	wrapped = nt >= 4 && k * 3 >= nt;
	pending = (size_t)-1;
	nt = 0;
	model_chunk();
	/* pair the marks */
	sd = 0;
	reopen_at = (size_t)-1;
	for (li = 0; li < nlns; li++) {
		if (lns[li].blank)
			continue;
		if (lns[li].marks || sd > 0)
			scan_line(li);
		if (sd > 0 && reopen_at == (size_t)-1)
			line_end(li);
	}
	if (sd > 0) {		/* the chunk was cut inside a quotation */
		qi = st[0].q;
		qv[qi].qe = qv[qi].ce = lns[nlns - 1].pos + lns[nlns - 1].len;
		qv[qi].l1 = nlns - 1;
		qv[qi].unclosed = 1;
		while (sd > 1)
			qv[st[--sd].q].dead = 1;
		sd = 0;
		warn_unclosed(qv[qi].l0);
	}
	npair = nq;
	/* the top-level quotations, in order */
	T = xreallocarray(NULL, nq + 1, sizeof(*T));
	for (k = 0; k < nq; k++)
		if (qv[k].parent < 0 && !qv[k].dead && qv[k].qe >= qv[k].qs)
			T[nt++] = k;
	ti = 0;
	for (li = 0; li < nlns; li++) {
		if (lns[li].blank)
			continue;
		if (ti < nt && qv[T[ti]].l0 < li && qv[T[ti]].l1 > li)
			continue;
		if (!lns[li].marks && is_byline(li, &cur)) {
			byline(li, cur);
			continue;
		}
		cur = lns[li].pos;
		hi = cur + lns[li].len;
		t0 = ti;
		touched = 0;
		/* paragraphs since the last speaker (lines unless wrapped) */
		if (!wrapped || li == 0 || lns[li - 1].blank)
			cont_gap++;
		while (ti < nt && qv[T[ti]].l0 <= li) {
			qi = T[ti];
			if (qv[qi].l0 == li) {
				scan_names(cur, qv[qi].os, li);
				touched = 1;
			}
			if (qv[qi].l1 != li) {
				cur = hi;
				break;
			}
			touched = 1;
			attribute(qi, ti > 0 ? T[ti - 1] : (size_t)-1,
			    ti + 1 < nt ? T[ti + 1] : (size_t)-1);
			cur = qv[qi].ce;
			ti++;
		}
		if (!touched && !lns[li].marks && transcript(li)) {
			scan_names(lns[li].pos, hi, li);
			intro.ok = 0;
			pending = (size_t)-1;
			continue;
		}
		if (!touched) {
			/* a paragraph or sentence with no quotation */
			pending = (size_t)-1;
			if (intro.ok && intro_gap == 0 && multi &&
			    intro_colon && !lns[li].marks) {
				qi = push_block(li, li, lns[li].pos, hi, &intro);
				note_speaker(&intro, docoff(li, lns[li].pos));
				intro.ok = 0;
			}
			scan_names(lns[li].pos, hi, li);
			intro_gap++;
			if (iflag)
				indirect(li);
			set_intro(li, lns[li].pos);
			continue;
		}
		if (cur < hi)
			scan_names(cur, hi, li);
		carry_speakers(T, t0, ti);
		if (ti > t0)
			lastq_at = docoff(qv[T[ti - 1]].l1, qv[T[ti - 1]].ce);
		if (cur < hi)
			set_intro(li, cur);
	}
	free(T);
	if (nflag)
		nested_attr();
	/* print in document order */
	if (caporder < nq) {
		caporder = nq;
		order = xreallocarray(order, caporder, sizeof(*order));
	}
	nt = 0;
	for (k = 0; k < nq; k++) {
		if (qv[k].dead || qv[k].qe < qv[k].qs)
			continue;
		if (qv[k].parent >= 0 && (!nflag || qv[qv[k].parent].dead))
			continue;
		if (!(keep & (1u << qv[k].kind)))
			continue;
		order[nt++] = k;
	}
	if (nt > 1)
		qsort(order, nt, sizeof(*order), cmp_order);
	for (k = 0; k < nt && !out_error(); k++)
		put_quote(&qv[order[k]]);
	/* empty the chunk */
	nlns = nq = ngv = 0;
	sv.n = 0;
	buf_reset(&ck);
	bal_dq = bal_gu = n_straight = 0;
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
		if (c == 0xC2 && i + 1 < n && ((unsigned char)s[i + 1] == 0xAB ||
		    (unsigned char)s[i + 1] == 0xBB))
			return 1;
	}
	return 0;
}

/* Count opening and closing double marks, to cut chunks where all are
 * closed. */
static void
count_marks(const char *s, size_t n)
{
	size_t i;
	unsigned char c;

	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c == '"')
			n_straight++;
		else if (c == 0xE2 && i + 2 < n &&
		    (unsigned char)s[i + 1] == 0x80) {
			c = (unsigned char)s[i + 2];
			if (c == 0x9C || c == 0x9E)
				bal_dq++;
			else if (c == 0x9D)
				bal_dq--;
		} else if (c == 0xC2 && i + 1 < n) {
			if ((unsigned char)s[i + 1] == 0xAB)
				bal_gu++;
			else if ((unsigned char)s[i + 1] == 0xBB)
				bal_gu--;
		}
	}
}

static void
doc_reset(struct input *in)
{
	ws_free(&names);
	ws_free(&descs);
	ws_init(&names, 0);
	ws_init(&descs, 0);
	nnames = 0;
	memset(&subj, 0, sizeof(subj));
	memset(&lastspk, 0, sizeof(lastspk));
	memset(recent, 0, sizeof(recent));
	memset(others, 0, sizeof(others));
	nrecent = nothers = 0;
	memset(&cont, 0, sizeof(cont));
	memset(&intro, 0, sizeof(intro));
	cont_gap = intro_gap = 99;
	lastq_at = 0;
	multi = 0;
	nwarn = 0;
	label = in->label;
	curin = in;
	nlns = nq = ngv = 0;
	sv.n = 0;
	buf_reset(&ck);
	bal_dq = bal_gu = n_straight = 0;
}

static void
end_line(void)
{
	struct ln *l = &lns[nlns - 1];
	size_t i;

	buf_addc(&ck, '\n');
	for (i = 0; i < l->len && ((unsigned char)ck.s[l->pos + i] <= ' ' ||
	    spacebyte(ck.s[l->pos + i])); i++)
		;
	l->blank = i == l->len;
	l->marks = !l->blank && has_marks(ck.s + l->pos, l->len);
	if (l->marks)
		count_marks(ck.s + l->pos, l->len);
}

static int
quotes(struct input *in, void *arg)
{
	struct line l;
	struct ln *p;
	int r, open = 0;

	(void)arg;
	doc_reset(in);
	while ((r = input_line(in, &l)) == 1) {
		if (!open) {
			if (nlns == caplns) {
				caplns = caplns ? 2 * caplns : 256;
				lns = xreallocarray(lns, caplns, sizeof(*lns));
			}
			p = &lns[nlns++];
			memset(p, 0, sizeof(*p));
			p->pos = ck.len;
			p->off = l.off;
			p->lineno = l.lineno;
			open = 1;
		}
		buf_add(&ck, l.s, l.len);
		lns[nlns - 1].len += l.len;
		if (l.more && ck.len < CHUNK_MAX)
			continue;
		end_line();
		open = 0;
		if ((ck.len >= CHUNK_MIN && bal_dq == 0 && bal_gu == 0 &&
		    n_straight % 2 == 0) || ck.len >= CHUNK_MAX) {
			process_chunk();
			if (out_error())
				break;
		}
	}
	if (open)
		end_line();
	process_chunk();
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
	const char *p, *e;
	size_t i, n;
	int ch, rv;

	while ((ch = getopt_long(argc, argv, "Hik:n", longopts, NULL)) != -1)
		switch (ch) {
		case 'i':
			iflag = 1;
			keep |= 1u << K_INDIRECT;
			break;
		case 'k':
			keep = 0;
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
				keep |= 1u << i;
				if (i == K_INDIRECT)
					iflag = 1;
				if (i == K_NESTED)
					nflag = 1;
			}
			break;
		case 'n':
			nflag = 1;
			keep |= 1u << K_NESTED;
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
	ws_init(&names, 0);
	ws_init(&descs, 0);
	lex_build();
	tables();
	wlist(&w_dict, data_ent_common, data_ent_common_len);
	wlist(&w_given, data_ent_given, data_ent_given_len);
	wlist(&w_female, data_quote_female, data_quote_female_len);
	wlist(&w_male, data_quote_male, data_quote_male_len);
	if (cli.header)
		tsv_header("speaker\tmention\tcue\tkind\tline\tstart\tend\t"
		    "gender\tquote", cli.with_filename);
	rv = cli_run(&cli, argc, argv, quotes, NULL);
	helper_stop();
	ner_free(qner);
	names_free(&qnames);
	free(qdv);
	free(qdline);
	qner = NULL;
	qdv = NULL;
	qdline = NULL;
	qdcap = 0;
	return rv | out_close();
}
