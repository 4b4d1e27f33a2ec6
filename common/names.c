/*
 * names.c: the entities of a document and the gender the text gives
 * them (see names.h).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "names.h"
#include "util.h"
#include "wordset.h"

WS_TABLE(names_gender);
WS_TABLE(names_given);
WS_TABLE(quote_nouns);
WS_TABLE_FOLD(quote_titles);

#define W_TEXT	3	/* the weight of a title or noun (a pronoun: 1) */
#define APPOS	80	/* bytes of an apposition read after a name */

static struct wordset gwords, given, roles, pnouns;

static size_t first_from(const struct nmention *, size_t, uint64_t);
static int ready;

/* Load the word lists: once, before any thread uses them. */
static void
lists(void)
{
	if (ready)
		return;
	ws_fixed(&gwords, &wst_names_gender);
	ws_fixed(&pnouns, &wst_quote_nouns);
	ws_fixed(&given, &wst_names_given);
	ws_fixed(&roles, &wstf_quote_titles);
	ready = 1;
}

void
names_init(struct names *nm)
{
	lists();
	memset(nm, 0, sizeof(*nm));
}

void
names_clear(struct names *nm)
{
	size_t i;

	for (i = 0; i < nm->ne; i++)
		free(nm->ev[i].name);
	nm->ne = nm->nm = nm->np = nm->nsur = 0;
	if (nm->tab != NULL)
		memset(nm->tab, 0xFF, nm->tabcap * sizeof(*nm->tab));
	if (nm->sur != NULL)
		memset(nm->sur, 0, nm->surcap * sizeof(*nm->sur));
}

void
names_free(struct names *nm)
{
	names_clear(nm);
	free(nm->ev);
	free(nm->mv);
	free(nm->pv);
	free(nm->tab);
	free(nm->sur);
	memset(nm, 0, sizeof(*nm));
}

int
names_person_noun(const char *s, size_t n)
{
	const char *v;

	return (v = ws_value(&pnouns, s, n)) != NULL && v[0] == 'p';
}

int
names_word_gender(const char *s, size_t n)
{
	char b[32];
	const char *v;
	size_t i;

	if (n > 0 && s[n - 1] == '.')
		n--;
	if (n == 0 || n >= sizeof(b))
		return 0;
	for (i = 0; i < n; i++)
		b[i] = s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i];
	if ((v = ws_value(&gwords, b, n)) == NULL)
		return 0;
	return v[0] == 'f' ? GENDER_F : v[0] == 'm' ? GENDER_M : 0;
}

static uint64_t
key_hash(const char *s, int type)
{
	return hash_bytes(s, strlen(s)) ^ (uint64_t)type;
}

static void
rehash(struct names *nm)
{
	size_t i, j;

	free(nm->tab);
	nm->tabcap = nm->tabcap ? 2 * nm->tabcap : 256;
	nm->tab = xreallocarray(NULL, nm->tabcap, sizeof(*nm->tab));
	memset(nm->tab, 0xFF, nm->tabcap * sizeof(*nm->tab));
	for (i = 0; i < nm->ne; i++) {
		j = key_hash(nm->ev[i].name, nm->ev[i].type) &
		    (nm->tabcap - 1);
		while (nm->tab[j] != NAMES_NONE)
			j = (j + 1) & (nm->tabcap - 1);
		nm->tab[j] = (uint32_t)i;
	}
}

/* The hash of s[0..n), ASCII letters in lower case. */
static uint64_t
fold_hash(const char *s, size_t n)
{
	char b[64];
	size_t i;

	if (n > sizeof(b))
		return hash_bytes(s, n);
	for (i = 0; i < n; i++)
		b[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	return hash_bytes(b, n);
}

/* The last word of a name of two words or more, or NULL. */
static const char *
last_word(const char *name)
{
	const char *w = strrchr(name, ' ');

	return w != NULL ? w + 1 : NULL;
}

/* The slot of last word w[0..n) in the surname index (empty or its). */
static struct nsur *
sur_slot(const struct names *nm, const char *w, size_t n, uint64_t h)
{
	struct nsur *x;
	const char *l;
	size_t j;

	for (j = h & (nm->surcap - 1);; j = (j + 1) & (nm->surcap - 1)) {
		x = &nm->sur[j];
		if (x->n == 0 || (x->h == h && (l = last_word(nm->ev[x->id].
		    name)) != NULL && strlen(l) == n && strncasecmp(l, w, n) ==
		    0))
			return x;
	}
}

static void sur_grow(struct names *);

/* Index person id under its last word. */
static void
sur_add(struct names *nm, uint32_t id)
{
	const char *w = last_word(nm->ev[id].name);
	struct nsur *x;
	size_t n;
	uint64_t h;

	if (nm->ev[id].type != NER_PERSON || w == NULL)
		return;
	if (2 * (nm->nsur + 1) > nm->surcap) {
		sur_grow(nm);	/* which indexes id too */
		return;
	}
	n = strlen(w);
	h = fold_hash(w, n);
	x = sur_slot(nm, w, n, h);
	if (x->n == 0) {
		x->h = h;
		x->id = id;
		nm->nsur++;
	}
	if (x->n == 0 || x->id != id)
		x->n++;
}

/* A larger index, every person of the document in it again. */
static void
sur_grow(struct names *nm)
{
	size_t i;

	free(nm->sur);
	nm->surcap = nm->surcap ? 2 * nm->surcap : 256;
	nm->sur = xcalloc(nm->surcap, sizeof(*nm->sur));
	nm->nsur = 0;
	for (i = 0; i < nm->ne; i++)
		sur_add(nm, (uint32_t)i);
}

uint32_t
names_surname(const struct names *nm, const char *s, size_t n)
{
	const struct nsur *x;

	if (nm->surcap == 0)
		return NAMES_NONE;
	x = sur_slot(nm, s, n, fold_hash(s, n));
	return x->n == 1 ? x->id : NAMES_NONE;
}

/* The entity (s, type), made when it is new. */
static uint32_t
entity_get(struct names *nm, const char *s, int type)
{
	size_t j;
	uint32_t id;

	if (2 * (nm->ne + 1) > nm->tabcap)
		rehash(nm);
	j = key_hash(s, type) & (nm->tabcap - 1);
	for (; (id = nm->tab[j]) != NAMES_NONE; j = (j + 1) & (nm->tabcap - 1))
		if (nm->ev[id].type == type && strcmp(nm->ev[id].name, s) == 0)
			return id;
	if (nm->ne == nm->ecap) {
		nm->ecap = nm->ecap ? 2 * nm->ecap : 64;
		nm->ev = xreallocarray(nm->ev, nm->ecap, sizeof(*nm->ev));
	}
	id = (uint32_t)nm->ne++;
	memset(&nm->ev[id], 0, sizeof(nm->ev[id]));
	nm->ev[id].name = xstrdup(s);
	nm->ev[id].type = type;
	nm->tab[j] = id;
	sur_add(nm, id);
	return id;
}

uint32_t
names_find(const struct names *nm, const char *s, unsigned types)
{
	size_t j;
	uint32_t id;
	int t;

	if (nm->tabcap == 0)
		return NAMES_NONE;
	for (t = 0; t < NER_NTYPES; t++) {
		if (!(types & (1u << t)))
			continue;
		j = key_hash(s, t) & (nm->tabcap - 1);
		for (; (id = nm->tab[j]) != NAMES_NONE;
		    j = (j + 1) & (nm->tabcap - 1))
			if (nm->ev[id].type == t &&
			    strcmp(nm->ev[id].name, s) == 0)
				return id;
	}
	return NAMES_NONE;
}

/* Evidence from the words of a title (Mr., Congresswoman). */
static void
title_evidence(struct entity *e, const char *t)
{
	const char *p, *q;
	int g;

	for (p = t; *p; p = *q ? q + 1 : q) {
		if ((q = strchr(p, ' ')) == NULL)
			q = p + strlen(p);
		if ((g = names_word_gender(p, (size_t)(q - p))) == GENDER_F)
			e->evf += W_TEXT;
		else if (g == GENDER_M)
			e->evm += W_TEXT;
	}
}

const char *
names_role(const char *s, size_t n)
{
	return ws_value(&roles, s, n);
}

/* The role the last word of a title that gives one names: Prime
 * Minister: "minister"; a former senator is one (but not "former"). */
static const char *
title_role(const char *t)
{
	const char *p, *q, *v, *r = NULL;

	for (p = t; *p; p = *q ? q + 1 : q) {
		if ((q = strchr(p, ' ')) == NULL)
			q = p + strlen(p);
		if ((v = names_role(p, (size_t)(q - p))) != NULL &&
		    strcmp(v, "former") != 0 && strcmp(v, "acting") != 0 &&
		    strcmp(v, "u.s.") != 0 && strcmp(v, "state") != 0)
			r = v;
	}
	return r;
}

uint32_t
names_holder(const struct names *nm, const char *role, uint64_t o)
{
	size_t i;

	for (i = first_from(nm->mv, nm->nm, o); i > 0; i--)
		if (nm->mv[i - 1].role != NULL &&
		    strcmp(nm->mv[i - 1].role, role) == 0)
			return nm->mv[i - 1].ent;
	return NAMES_NONE;
}

void
names_add(struct names *nm, const struct ner_mention *m, size_t n)
{
	size_t i;
	uint32_t id;
	struct nmention *x;

	for (i = 0; i < n; i++) {
		if (m[i].type > NER_NORP)
			continue;
		id = entity_get(nm, m[i].entity, m[i].type);
		nm->ev[id].nment++;
		if (m[i].type == NER_PERSON)
			title_evidence(&nm->ev[id], m[i].title);
		if (nm->nm == nm->mcap) {
			nm->mcap = nm->mcap ? 2 * nm->mcap : 256;
			nm->mv = xreallocarray(nm->mv, nm->mcap,
			    sizeof(*nm->mv));
		}
		x = &nm->mv[nm->nm++];
		x->start = m[i].start;
		x->end = m[i].end;
		x->ent = id;
		x->pron = 0;
		x->role = m[i].type == NER_PERSON && m[i].title[0] != '\0' ?
		    title_role(m[i].title) : NULL;
		x->age = 0;
	}
}

/* The paragraph that holds document offset o, or NULL. */
static const struct doc_para *
para_of(const struct doc_para *pv, size_t np, uint64_t o)
{
	size_t lo = 0, hi = np, m;

	while (lo < hi) {
		m = lo + (hi - lo) / 2;
		if (pv[m].off + pv[m].len < o)
			lo = m + 1;
		else if (pv[m].off > o)
			hi = m;
		else
			return &pv[m];
	}
	return NULL;
}

/* What the word before s[p] says: "spokeswoman Jane Roe", "her husband,
 * Tom Roe". */
static int
before_gender(const char *s, size_t p)
{
	size_t b;

	while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == ','))
		p--;
	b = p;
	while (p > 0 && (((unsigned char)s[p - 1] | 0x20) >= 'a' &&
	    ((unsigned char)s[p - 1] | 0x20) <= 'z'))
		p--;
	return names_word_gender(s + p, b - p);
}

/* What an apposition after s[p] says: "Tom Roe, the victim's father,"
 * ("Jane Roe, a lawyer for the man" stops at "for"). */
static int
appos_gender(const char *s, size_t n, size_t p)
{
	static const char *const dets[] = { "a", "an", "the", "his", "her",
	    "their", "its", "our" };
	static const char *const stops[] = { "for", "of", "at", "to", "with",
	    "from", "in", "on", "who", "which", "that", "and", "whose" };
	size_t a, b, e, i, k = 0;
	int g;

	if (p >= n || s[p] != ',')
		return 0;
	e = MIN(n, p + APPOS);
	for (i = p + 1; i < e; i++)
		if (s[i] == ',' || s[i] == '.' || s[i] == ';' || s[i] == ':' ||
		    s[i] == '(')
			break;
	e = i;
	for (p++; doc_word(s, e, p, &a, &b); p = b, k++) {
		for (i = 0; i < LEN(stops); i++)
			if (k > 0 && doc_is(s + a, b - a, stops[i]))
				return 0;
		if (k == 0) {
			for (i = 0; i < LEN(dets); i++)
				if (doc_is(s + a, b - a, dets[i]))
					break;
			if (i == LEN(dets) && !(s[a] >= '0' && s[a] <= '9'))
				return 0;
		}
		if ((g = names_word_gender(s + a, b - a)) != 0)
			return g;
	}
	return 0;
}

/* The number of 1 to 3 digits s[i..) starts with, 1 to 120, and its
 * end in *e; or 0. */
static unsigned
number_at(const char *s, size_t n, size_t i, size_t *e)
{
	unsigned v = 0;
	size_t k;

	for (k = i; k < n && k < i + 3 && s[k] >= '0' && s[k] <= '9'; k++)
		v = v * 10 + (unsigned)(s[k] - '0');
	if (k == i || (k < n && s[k] >= '0' && s[k] <= '9') || v == 0 ||
	    v > 120)
		return 0;
	*e = k;
	return v;
}

/* The age the text gives the person named at p->s[a..b): "Jo Roe, 45,"
 * or "45-year-old Jo Roe"; or 0. */
static unsigned
age_of(const struct doc_para *p, size_t a, size_t b)
{
	const char *s = p->s;
	size_t e, k;
	unsigned v;

	if (b + 3 < p->len && s[b] == ',' && s[b + 1] == ' ' &&
	    (v = number_at(s, p->len, b + 2, &e)) != 0 && (e == p->len ||
	    s[e] == ',' || s[e] == '.' || s[e] == ';' || s[e] == ')'))
		return v;
	if (a >= 11 && memcmp(s + a - 10, "-year-old ", 10) == 0) {
		for (k = a - 10; k > 0 && s[k - 1] >= '0' && s[k - 1] <= '9';
		    k--)
			;
		if ((k == 0 || s[k - 1] == ' ') &&
		    (v = number_at(s, p->len, k, &e)) != 0 && e == a - 10)
			return v;
	}
	return 0;
}

uint32_t
names_age_holder(const struct names *nm, unsigned age, uint64_t o)
{
	size_t i;

	for (i = first_from(nm->mv, nm->nm, o); i > 0; i--)
		if (nm->mv[i - 1].age == age)
			return nm->mv[i - 1].ent;
	return NAMES_NONE;
}

void
names_evidence(struct names *nm, const struct doc_para *pv, size_t np)
{
	const struct doc_para *p;
	struct entity *e;
	size_t i;
	int g;

	for (i = 0; i < nm->nm; i++) {
		e = &nm->ev[nm->mv[i].ent];
		if (e->type != NER_PERSON ||
		    (p = para_of(pv, np, nm->mv[i].start)) == NULL ||
		    nm->mv[i].end > p->off + p->len)
			continue;
		nm->mv[i].age = age_of(p, (size_t)(nm->mv[i].start - p->off),
		    (size_t)(nm->mv[i].end - p->off));
		g = before_gender(p->s, (size_t)(nm->mv[i].start - p->off));
		if (g == 0)
			g = appos_gender(p->s, p->len,
			    (size_t)(nm->mv[i].end - p->off));
		if (g == GENDER_F)
			e->evf += W_TEXT;
		else if (g == GENDER_M)
			e->evm += W_TEXT;
	}
}

/* The first of v[0..n) (sorted by start) that starts at start or after. */
static size_t
first_from(const struct nmention *v, size_t n, uint64_t start)
{
	size_t lo = 0, hi = n, m;

	while (lo < hi) {
		m = lo + (hi - lo) / 2;
		if (v[m].start < start)
			lo = m + 1;
		else
			hi = m;
	}
	return lo;
}

const struct nmention *
names_in(const struct names *nm, uint64_t start, uint64_t end,
    unsigned types)
{
	size_t lo = first_from(nm->mv, nm->nm, start);

	for (; lo < nm->nm && nm->mv[lo].start < end; lo++)
		if (nm->mv[lo].end <= end &&
		    (types & (1u << nm->ev[nm->mv[lo].ent].type)))
			return &nm->mv[lo];
	return NULL;
}

uint32_t
names_last_before(const struct names *nm, uint64_t o, uint64_t win,
    unsigned types)
{
	size_t i;
	const struct nmention *m;

	for (i = first_from(nm->mv, nm->nm, o); i > 0; i--) {
		m = &nm->mv[i - 1];
		if (m->start + win < o)
			break;
		if (m->end <= o && (types & (1u << nm->ev[m->ent].type)))
			return m->ent;
	}
	return NAMES_NONE;
}

const struct nmention *
names_pronoun(const struct names *nm, uint64_t start)
{
	size_t lo = first_from(nm->pv, nm->np, start);

	return lo < nm->np && nm->pv[lo].start == start ? &nm->pv[lo] : NULL;
}

int
names_decide(int type, uint32_t evf, uint32_t evm)
{
	if (type != NER_PERSON || evf == evm)
		return 0;
	return evf > evm ? GENDER_F : GENDER_M;
}

int
names_gender(const struct names *nm, uint32_t id)
{
	if (id == NAMES_NONE || id >= nm->ne)
		return 0;
	return names_decide(nm->ev[id].type, nm->ev[id].evf, nm->ev[id].evm);
}

int
names_guess(const struct names *nm, uint32_t id)
{
	const char *s, *e, *v;

	if (id == NAMES_NONE || id >= nm->ne)
		return 0;
	s = nm->ev[id].name;
	if ((e = strchr(s, ' ')) == NULL)
		return 0;	/* a surname alone says nothing */
	if ((v = ws_value(&given, s, (size_t)(e - s))) == NULL)
		return 0;
	return v[0] == 'f' ? GENDER_F : v[0] == 'm' ? GENDER_M : 0;
}

const char *
names_gender_name(int g)
{
	return g == GENDER_F ? "female" : g == GENDER_M ? "male" : "";
}
