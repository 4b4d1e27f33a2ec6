/* qwords.c: the words of a context and the word lists (qwords.h). */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "qdoc.h"
#include "qwords.h"

WS_TABLE(ent_common);
WS_TABLE(ent_given);
WS_TABLE(quote_common);
WS_TABLE_FOLD(quote_labels);
WS_TABLE(quote_female);
WS_TABLE(quote_male);
WS_TABLE(quote_nouns);
WS_TABLE(quote_orgwords);
WS_TABLE(quote_pronouns);
WS_TABLE(quote_skip);
WS_TABLE(quote_titles);
WS_TABLE(quote_verbs);

struct wordset w_dict, w_given;	/* the entities' lists */
struct wordset w_female, w_male, w_labels;
struct wordset w_common, w_nouns, w_org, w_pron, w_skip, w_titles,
    w_verbs;

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

void
qw_lex_build(void)
{
	struct wsline l;
	struct lex *x;
	size_t i, k, used = 0;

	for (k = 0; k < X_N; k++)
		for (i = 0; ws_next(lexsets[k], &i, &l); ) {
			if (l.klen == 0 || l.klen >= sizeof(x->key))
				continue;
			x = lexslot(l.key, l.klen);
			if (x->len == 0) {
				if (++used > LEXSIZE / 2)
					errx(1, "lexicon too large");
				memcpy(x->key, l.key, l.klen);
				x->len = l.klen;
			}
			x->val[k] = l.val;
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

const char *
qw_lk(const struct wordset *ws, const char *s, size_t n)
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
	return qw_lk(&w_titles, d->ck.s + s, e - s + 1) != NULL ||
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
static int is_art(struct qdoc *, const struct wt *);

size_t
qw_words(struct qdoc *d, size_t a, size_t b, struct wt *t, size_t max,
    int fromend)
{
	int capsonly = fromend == 2, art = 0;
	struct wt *tw;
	size_t p = a, n, k = 0, s;
	int32_t c;

	while (p < b) {
		c = qd_cp_at(d, p, b, &n);
		if (isspace8(c)) {
			p += n;
			continue;
		}
		s = p;
		if (isalnum8(c) || ((c == '@' || c == '#') &&
		    isalnum8(qd_cp_at(d, p + 1, b, NULL)))) {
			int cap = c < 0x80 ? (c >= 'A' && c <= 'Z') :
			    u8_isupper(c);

			if (c == '@' || c == '#')
				cap = 1;
			p += n;
			for (;;) {
				c = qd_cp_at(d, p, b, &n);
				if (isalnum8(c) || c == '_') {
					p += n;
					continue;
				}
				if ((c == '\'' || c == 0x2019 || c == '-' ||
				    c == '.' || c == '&') &&
				    isalnum8(qd_cp_at(d, p + n, b, NULL))) {
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
			    !isalnum8(qd_cp_at(d, p + n, b, NULL)))
				p += c == 0x2019 ? 3 : 1;
			if ((tw = wt_slot(t, &k, max, fromend)) == NULL)
				return k;
			tw->s = s;
			tw->e = p;
			tw->p = 0;
			tw->cap = cap;
			tw->afterart = art;
			tw->x = lex_get(d->ck.s + s, p - s);
			art = is_art(d, tw);
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
		tw->afterart = art = 0;
		tw->x = NULL;
		if (capsonly)
			return k;
	}
	return k;
}

const char *
qw_wval(const struct wordset *ws, const struct wt *t)
{
	size_t k;

	if (!W(*t) || t->x == NULL)
		return NULL;
	for (k = 0; k < X_N; k++)
		if (lexsets[k] == ws)
			return t->x->val[k];
	return NULL;
}

int
qw_is_verb(const struct wt *t)
{
	return qw_wval(&w_verbs, t) != NULL && !t->cap;
}

/* A verb of fiction's dialogue tags (cried, returned): only right next to
 * the quotation. */
int
qw_fiction_verb(const struct wt *t)
{
	const char *v = qw_wval(&w_verbs, t);

	return v != NULL && v[0] == 'n';
}

int
qw_is_verb_any(const struct wt *t)
{
	return qw_wval(&w_verbs, t) != NULL;
}

int
qw_is_skip(struct qdoc *d, const struct wt *t)
{
	size_t n = WLEN(*t);

	if (!W(*t))
		return 0;
	if (qw_wval(&w_skip, t) != NULL)
		return 1;
	/* an adverb in -ly, but not a noun after an article ("the
	 * family", "the daily") */
	return !t->cap && n > 4 && d->ck.s[t->e - 1] == 'y' &&
	    d->ck.s[t->e - 2] == 'l' && !t->afterart && !qw_is_verb(t);
}

/* An article or a possessive: "the", "a", "his". */
static int
is_art(struct qdoc *d, const struct wt *t)
{
	unsigned char c;

	if (!W(*t) || WLEN(*t) == 0 || WLEN(*t) > 7)
		return 0;
	c = (unsigned char)(d->ck.s[t->s] | 0x20);
	if (c != 'a' && c != 't' && c != 'h' && c != 'i' && c != 'o')
		return 0;	/* (most words: the first byte says so) */
	return IS(*t, "a") || IS(*t, "an") || IS(*t, "the") ||
	    IS(*t, "his") || IS(*t, "her") || IS(*t, "their") ||
	    IS(*t, "its") || IS(*t, "our") || IS(*t, "another");
}

int
qw_is_det(struct qdoc *d, const struct wt *t)
{
	return is_art(d, t) || IS(*t, "one") || IS(*t, "two") ||
	    IS(*t, "three") || IS(*t, "several") || IS(*t, "some") ||
	    IS(*t, "many");
}

/* A number made an adjective: "67-year-old", "2-year". */
int
qw_num_adj(struct qdoc *d, const struct wt *t)
{
	return W(*t) && d->ck.s[t->s] >= '0' && d->ck.s[t->s] <= '9' &&
	    memchr(d->ck.s + t->s, '-', t->e - t->s) != NULL;
}

/* A verb's form after an article or a possessive is a noun: "the state
 * news agency", "a tweet", "his reply". */
int
qw_noun_after_det(struct qdoc *d, const struct wt *t, size_t i)
{
	size_t n = WLEN(t[i]);
	const char *k = d->ck.s + t[i].s;

	if (i > 0 && IS(t[i - 1], "another") && ((n > 3 && k[n - 2] == 'e' &&
	    k[n - 1] == 'd') || IS(t[i], "said") || IS(t[i], "told") ||
	    IS(t[i], "wrote")))
		return 0;	/* another said: a speaker, not another report */
	return i > 0 && W(t[i - 1]) && is_art(d, &t[i - 1]);
}

int
qw_is_conn(struct qdoc *d, const struct wt *t)
{
	return IS(*t, "of") || IS(*t, "for") || IS(*t, "from") ||
	    IS(*t, "by") || IS(*t, "at") || IS(*t, "with");
}

int
qw_is_pron(const struct wt *t)
{
	return qw_wval(&w_pron, t) != NULL;
}

/* A possessive word (the senator's, Putin's): the length without it. */
size_t
qw_poss(struct qdoc *d, const struct wt *t)
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

const char *
qw_noun_kind(struct qdoc *d, const struct wt *t)
{
	size_t n = qw_poss(d, t);

	if (!W(*t))
		return NULL;
	if (n == 0)
		return qw_wval(&w_nouns, t);
	return qw_lk(&w_nouns, d->ck.s + t->s, n);
}

int
qw_is_common(const struct wt *t)
{
	return qw_wval(&w_common, t) != NULL;
}

void
qw_lower(char *d, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		d[i] = (s[i] >= 'A' && s[i] <= 'Z') ? s[i] | 0x20 : s[i];
	d[n] = '\0';
}

/* A capitalised word that is a common English word and no given name
 * ("Whereupon", "Poor", "Till"), so no name when a sentence starts with
 * it. */
int
qw_is_dictcap(struct qdoc *d, const struct wt *t)
{
	char b[32];
	size_t n = WLEN(*t);

	if (!W(*t) || !t->cap || n >= sizeof(b) || t->x != NULL)
		return t->x != NULL && t->x->val[X_COMMON] != NULL;
	qw_lower(b, d->ck.s + t->s, n);
	return ws_has(&w_dict, b, n) &&
	    !ws_has(&w_given, d->ck.s + t->s, n);
}

/* A given name. */
int
qw_given(struct qdoc *d, const struct wt *t)
{
	return W(*t) && ws_has(&w_given, d->ck.s + t->s, WLEN(*t));
}

int
qw_is_capname(const struct wt *t)
{
	return W(*t) && t->cap && !qw_is_common(t) && !qw_is_pron(t);
}

/* Read the lists and build the table. */
void
qw_init(void)
{
	ws_fixed(&w_common, &wst_quote_common);
	ws_fixed(&w_nouns, &wst_quote_nouns);
	ws_fixed(&w_org, &wst_quote_orgwords);
	ws_fixed(&w_pron, &wst_quote_pronouns);
	ws_fixed(&w_skip, &wst_quote_skip);
	ws_fixed(&w_titles, &wst_quote_titles);
	ws_fixed(&w_verbs, &wst_quote_verbs);
	ws_fixed(&w_labels, &wstf_quote_labels);
	qw_lex_build();
	ws_fixed(&w_dict, &wst_ent_common);
	ws_fixed(&w_given, &wst_ent_given);
	ws_fixed(&w_female, &wst_quote_female);
	ws_fixed(&w_male, &wst_quote_male);
}
