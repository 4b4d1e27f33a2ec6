/*
 * coref.c: pronouns to entities, by ordered passes (see coref.h).
 */
#include <stdlib.h>
#include <string.h>

#include "coref.h"
#include "util.h"

#define SENTMAX	16	/* persons remembered per sentence */

/* The persons of a sentence, in order: the first is its subject. */
struct csent {
	uint32_t	 ent[SENTMAX];
	int		 g[SENTMAX];	/* the pronoun's gender, or 0 */
	uint64_t	 end[SENTMAX];	/* where the mention ends */
	unsigned char	 poss[SENTMAX];	/* his, her, Roe's */
	size_t		 n;
};

/* A description ("a firefighter") stands in the ring as an entity id
 * from DESC_BASE, with the gender its noun says: a pronoun it takes
 * refers to no entity. */
#define DESC_BASE	(UINT32_MAX - 64)

struct coref {
	struct names	*nm;
	int		 descg[64];		/* a description's gender */
	unsigned	 ndesc;
	struct csent	 ring[COREF_BACK + 1];	/* the latest sentences */
	size_t		 cur;			/* ring[cur]: this one */
	size_t		 mi;			/* next mention by name */
	uint32_t	*pf, *pm;		/* pronoun evidence */
	struct spanv	 quoted;
};

static const struct {
	const char	*w;
	int		 g;
} prons[] = {
	{ "he", GENDER_M }, { "him", GENDER_M }, { "his", GENDER_M },
	{ "himself", GENDER_M }, { "she", GENDER_F }, { "her", GENDER_F },
	{ "hers", GENDER_F }, { "herself", GENDER_F }
};

/* The gender a pronoun word s[0..n) has ("he's" counts), or 0. */
static int
pronoun(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] == '\'' || (unsigned char)s[i] == 0xE2) {
			n = i;
			break;
		}
	if (n != 2 && n != 3 && n != 4 && n != 7)
		return 0;
	if ((s[1] | 0x20) != 'e' && (s[1] | 0x20) != 'i' &&
	    (s[1] | 0x20) != 'h')
		return 0;		/* he him his; she; her hers */
	for (i = 0; i < LEN(prons); i++)
		if (doc_is(s, n, prons[i].w))
			return prons[i].g;
	return 0;
}

/* May entity e be a pronoun of gender g? */
static int
agrees(const struct coref *c, uint32_t e, int g)
{
	const struct names *nm = c->nm;
	int h;

	if (e >= DESC_BASE && e != NAMES_NONE)
		return c->descg[e - DESC_BASE] == 0 ||
		    c->descg[e - DESC_BASE] == g;
	if (nm->ev[e].type != NER_PERSON)
		return 0;
	if ((h = names_gender(nm, e)) == 0)
		h = names_guess(nm, e);
	return h == 0 || h == g;
}

/*
 * Do the bytes of paragraph p from document offset a to b read as a
 * possessive's noun and the comma of an apposition: "Her coach, Ann Roe",
 * "Roe's mother, Ann": one to three lower-case words, then ", ".
 */
static int
appos_gap(const struct doc_para *p, uint64_t a, uint64_t b)
{
	const char *s;
	size_t i, n, words = 0;

	if (a < p->off || b <= a || b - a > 40 || b > p->off + p->len)
		return 0;
	s = p->s + (a - p->off);
	n = (size_t)(b - a);
	if (n < 4 || s[n - 1] != ' ' || s[n - 2] != ',')
		return 0;
	for (i = 0; i < n - 2; ) {
		if (s[i] != ' ')
			return 0;
		for (i++; i < n - 2 && s[i] >= 'a' && s[i] <= 'z'; i++)
			;
		if (s[i - 1] == ' ' || ++words > 3)
			return 0;
	}
	return words > 0;
}

/*
 * Entity e is named, or referred to by a pronoun of gender g, in the
 * current sentence, by a mention that ends at document offset end of
 * paragraph p (poss: a possessive).  A name in apposition to the noun of
 * a possessive before it is the subject, not the possessor: "Her coach,
 * Ann Roe, said" puts Ann Roe before the woman "her" refers to.
 */
static void
remember(struct coref *c, const struct doc_para *p, uint32_t e, int g,
    uint64_t start, uint64_t end, int poss)
{
	struct csent *s = &c->ring[c->cur];
	size_t k;

	if (s->n == SENTMAX)
		return;
	k = s->n++;
	if (!poss && k > 0 && s->poss[k - 1] && p != NULL &&
	    appos_gap(p, s->end[k - 1], start)) {
		s->g[k] = s->g[k - 1];
		s->ent[k] = s->ent[k - 1];
		s->end[k] = s->end[k - 1];
		s->poss[k] = 1;
		k--;
	}
	s->g[k] = g;
	s->ent[k] = e;
	s->end[k] = end;
	s->poss[k] = (unsigned char)poss;
}

/* May the k-th person of sentence s be a pronoun of gender g?  Not when
 * a pronoun of the other gender in that sentence, or in the current one,
 * refers to it (she ..., and he ...: he is not the woman). */
static int
agrees_at(const struct coref *c, const struct csent *s, size_t k, int g)
{
	const struct csent *now = &c->ring[c->cur];
	size_t j;

	for (j = 0; j < s->n; j++)
		if (s->ent[j] == s->ent[k] && s->g[j] != 0 && s->g[j] != g)
			return 0;
	for (j = 0; j < now->n; j++)
		if (now->ent[j] == s->ent[k] && now->g[j] != 0 &&
		    now->g[j] != g)
			return 0;
	return agrees(c, s->ent[k], g);
}

/* Pass 1: the same sentence, subject first. */
static uint32_t
same_sentence(const struct coref *c, int g)
{
	const struct csent *s = &c->ring[c->cur];
	size_t i;

	for (i = 0; i < s->n; i++)
		if (agrees_at(c, s, i, g))
			return s->ent[i];
	return NAMES_NONE;
}

/* Pass 2: the sentences before, nearest first, subject first in each. */
static uint32_t
earlier_sentences(const struct coref *c, int g)
{
	const struct csent *s;
	size_t back, i;

	for (back = 1; back <= COREF_BACK; back++) {
		s = &c->ring[(c->cur + COREF_BACK + 1 - back) %
		    (COREF_BACK + 1)];
		for (i = 0; i < s->n; i++)
			if (agrees_at(c, s, i, g))
				return s->ent[i];
	}
	return NAMES_NONE;
}

static uint32_t (*const passes[])(const struct coref *, int) = {
	same_sentence,
	earlier_sentences,
};

static void
add_pronoun(struct coref *c, const struct doc_para *p, uint64_t a, uint64_t b,
    int g)
{
	struct names *nm = c->nm;
	struct nmention *x;
	uint32_t e = NAMES_NONE, desc = NAMES_NONE;
	size_t i;

	for (i = 0; i < LEN(passes) && e == NAMES_NONE; i++)
		e = passes[i](c, g);
	if (e >= DESC_BASE && e != NAMES_NONE) {
		/* the firefighter: no entity, but the next pronoun may
		 * refer to it again */
		desc = e;
		e = NAMES_NONE;
	}
	if (nm->np == nm->pcap) {
		nm->pcap = nm->pcap ? 2 * nm->pcap : 256;
		nm->pv = xreallocarray(nm->pv, nm->pcap, sizeof(*nm->pv));
	}
	x = &nm->pv[nm->np++];
	x->start = a;
	x->end = b;
	x->ent = e;
	x->pron = g;
	x->role = NULL;
	x->age = 0;
	if (e == NAMES_NONE) {
		if (desc != NAMES_NONE)
			remember(c, p, desc, g, a, b, 0);
		return;
	}
	nm->ev[e].npron++;
	if (g == GENDER_F)
		c->pf[e]++;
	else
		c->pm[e]++;
	remember(c, p, e, g, a, b, doc_is(p->s + (a - p->off), (size_t)(b - a),
	    "his") || doc_is(p->s + (a - p->off), (size_t)(b - a), "her"));
}

/* The length of a possessive 's (straight or curly) at document offset
 * o of paragraph p, or 0. */
static size_t
possessive(const struct doc_para *p, uint64_t o)
{
	const char *s;
	size_t left;

	if (o < p->off || o > p->off + p->len)
		return 0;
	s = p->s + (o - p->off);
	left = p->len - (size_t)(o - p->off);
	if (left >= 2 && s[0] == '\'' && s[1] == 's')
		return 2;
	if (left >= 4 && memcmp(s, "\xe2\x80\x99s", 4) == 0)
		return 4;
	return 0;
}

/* The persons named before document offset o, outside quotations. */
static void
names_before(struct coref *c, const struct doc_para *p, uint64_t o)
{
	const struct nmention *m;
	size_t k;

	for (; c->mi < c->nm->nm && c->nm->mv[c->mi].start < o; c->mi++) {
		m = &c->nm->mv[c->mi];
		if (m->start < p->off || c->nm->ev[m->ent].type != NER_PERSON ||
		    doc_inside(&c->quoted, (size_t)(m->start - p->off)))
			continue;
		k = possessive(p, m->end);
		remember(c, p, m->ent, 0, m->start, m->end + k, k > 0);
	}
}

/* A new sentence: it takes the oldest slot, unless the current one
 * named nobody (sentences without persons do not count). */
static void
next_sentence(struct coref *c)
{
	if (c->ring[c->cur].n == 0)
		return;
	c->cur = (c->cur + 1) % (COREF_BACK + 1);
	c->ring[c->cur].n = 0;
}

/* Bytes that may start a pronoun or end a sentence. */
static const unsigned char hot[256] = {
	['h'] = 1, ['H'] = 1, ['s'] = 1, ['S'] = 1, ['.'] = 1, ['?'] = 1,
	['!'] = 1, ['a'] = 1, ['A'] = 1
};

static int
letter(unsigned char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
	    (ch >= '0' && ch <= '9') || ch == '\'' || ch >= 0x80;
}

/*
 * Does a sentence end at s[i] (., ? or !)?  When white space and a
 * capital or an opening mark follow, and the word before is no initial
 * or title (J. Roe, Mr. Roe, Sen. Roe).  Cruder than sent.h, and enough
 * for the order of persons.
 */
static int
sentence_end(const char *s, size_t n, size_t i)
{
	static const char *const abbr[] = { "mr", "mrs", "ms", "dr", "st",
	    "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof",
	    "rev", "mt", "no", "vs", "jr", "sr", "ft", "gens", "reps", "sens" };
	size_t j = i + 1, k, b;
	unsigned char ch;

	while (j < n && (s[j] == '"' || s[j] == ')' || (unsigned char)s[j] ==
	    0xE2))
		j += (unsigned char)s[j] == 0xE2 ? 3 : 1;
	if (j >= n || s[j] != ' ')
		return 0;
	while (j < n && s[j] == ' ')
		j++;
	ch = j < n ? (unsigned char)s[j] : 0;
	if (!((ch >= 'A' && ch <= 'Z') || ch == '"' || ch == 0xE2))
		return 0;
	if (s[i] != '.')
		return 1;
	for (b = i; b > 0 && letter((unsigned char)s[b - 1]) &&
	    s[b - 1] != '\''; b--)
		;
	if (i - b == 1 && s[b] >= 'A' && s[b] <= 'Z')
		return 0;			/* an initial */
	if (b > 0 && s[b - 1] == '.')
		return 0;			/* U.S. */
	if (i - b > 4)
		return 1;			/* longer than any title */
	for (k = 0; k < LEN(abbr); k++)
		if (doc_is(s + b, i - b, abbr[k]))
			return 0;
	return 1;
}

/* Does a subject start at s[i] of paragraph p: the paragraph's start,
 * a sentence's ("... . A firefighter") or the attribution after a
 * quotation ("...," a firefighter said)? */
static int
subject_at(const struct coref *c, const struct doc_para *p, size_t i)
{
	const unsigned char *s = (const unsigned char *)p->s;
	size_t k = i, m = 0;

	while (k > 0 && s[k - 1] == ' ')
		k--;
	if (k == 0)
		return 1;
	if (k >= 2 && (s[k - 1] == '.' || s[k - 1] == '?' || s[k - 1] == '!'))
		return sentence_end(p->s, p->len, k - 1);
	if (s[k - 1] == '"')
		m = 1;			/* the closing mark */
	else if (k >= 3 && s[k - 3] == 0xE2 && s[k - 2] == 0x80 &&
	    (s[k - 1] == 0x9D || s[k - 1] == 0x99))
		m = 3;			/* ” or ’ */
	return m > 0 && k > m && doc_inside(&c->quoted, k - m - 1) &&
	    !doc_inside(&c->quoted, i);
}

/*
 * "a firefighter", "an aide" at s[i..b) of paragraph p: a person that
 * no name gives, remembered as a description, so that "he" after it is
 * not someone named before (1); or 0.
 */
static int
description(struct coref *c, const struct doc_para *p, size_t i, size_t b)
{
	const char *s = p->s;
	size_t k, e;

	if (!doc_is(s + i, b - i, "a") && !doc_is(s + i, b - i, "an"))
		return 0;
	if (!subject_at(c, p, i))
		return 0;
	if (b >= p->len || s[b] != ' ')
		return 0;
	k = b + 1;
	for (e = k; e < p->len && s[e] >= 'a' && s[e] <= 'z'; e++)
		;
	if (e == k || (e < p->len && letter((unsigned char)s[e])) ||
	    !names_person_noun(s + k, e - k))
		return 0;
	names_before(c, p, p->off + i);
	remember(c, p, DESC_BASE + c->ndesc % 64, 0, p->off + i, p->off + e,
	    0);
	c->descg[c->ndesc % 64] = names_word_gender(s + k, e - k);
	c->ndesc++;
	return 1;
}

static void
paragraph(struct coref *c, const struct doc_para *p)
{
	const char *s = p->s;
	size_t i, b, n = p->len;
	unsigned char ch;
	int g;

	c->quoted.n = 0;
	if (memchr(s, '"', n) != NULL || memchr(s, 0xE2, n) != NULL ||
	    memchr(s, 0xC2, n) != NULL)
		doc_quoted(s, n, &c->quoted);
	next_sentence(c);
	for (i = 0; i < n; i++) {
		ch = (unsigned char)s[i];
		if (!hot[ch])
			continue;
		if (ch == '.' || ch == '?' || ch == '!') {
			if (sentence_end(s, n, i)) {
				names_before(c, p, p->off + i);
				next_sentence(c);
			}
			continue;
		}
		if (i > 0 && letter((unsigned char)s[i - 1]))
			continue;
		for (b = i + 1; b < n && b - i < 8 && letter((unsigned char)s[b]);
		    b++)
			;
		if ((ch | 0x20) == 'a') {
			if ((b - i == 1 || (b - i == 2 && (s[i + 1] | 0x20) ==
			    'n')) && !doc_inside(&c->quoted, i))
				description(c, p, i, b);
			continue;
		}
		if ((g = pronoun(s + i, b - i)) == 0 ||
		    doc_inside(&c->quoted, i))
			continue;
		names_before(c, p, p->off + i);
		if (c->mi > 0 && c->nm->mv[c->mi - 1].end > p->off + i)
			continue;	/* inside a name (Her Majesty) */
		add_pronoun(c, p, p->off + i, p->off + b, g);
	}
	names_before(c, p, p->off + n);
}

void
coref_pronouns(struct names *nm, const struct doc_para *pv, size_t np)
{
	struct coref c;
	size_t i;

	memset(&c, 0, sizeof(c));
	c.nm = nm;
	c.pf = xcalloc(nm->ne + 1, sizeof(*c.pf));
	c.pm = xcalloc(nm->ne + 1, sizeof(*c.pm));
	for (i = 0; i < np; i++)
		paragraph(&c, &pv[i]);
	/* the links are evidence of gender once all are made */
	for (i = 0; i < nm->ne; i++) {
		nm->ev[i].evf += c.pf[i];
		nm->ev[i].evm += c.pm[i];
	}
	free(c.pf);
	free(c.pm);
	spanv_free(&c.quoted);
}
