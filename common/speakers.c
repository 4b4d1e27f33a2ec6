/* speakers.c: names, descriptions and pronouns as speakers (speakers.h). */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "qdoc.h"
#include "qwords.h"
#include "speakers.h"

/* How far back (bytes) an organisation may be that "it said" means. */
#define IT_BACK	300

/* Bytes that matter to scan_names: sentence ends, capitals, UTF-8 leads. */
static unsigned char hotname[256];
unsigned char spk_alnum[256];	/* ASCII letters and digits */

/* The full name of the one person of the model whose name of two words
 * or more ends with the word s[0..n) (any case); NULL when there is none,
 * or two (Ann Roe and Jo Roe). */
const char *
spk_known(struct qdoc *d, const char *s, size_t n)
{
	uint32_t id = names_surname(&d->qnames, s, n);

	return id != NAMES_NONE ? d->qnames.ev[id].name : NULL;
}

/* The person the model names at chunk positions [a, b): its canonical
 * name, or NULL. */
static const char *
person_at(struct qdoc *d, size_t a, size_t b)
{
	const struct nmention *m;

	m = names_in(&d->qnames, qd_pos2off(d, a), qd_pos2off(d, b),
	    1u << NER_PERSON);
	return m != NULL ? d->qnames.ev[m->ent].name : NULL;
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
		if (W(t[i]) && (v = qw_wval(&w_titles, &t[i])) != NULL &&
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
		pl = qw_poss(d, &t[i]);
		if (pl == 0)
			pl = WLEN(t[i]);
		if (qw_wval(&w_org, &t[i]) != NULL)
			org = 1;
		if (k + pl + 2 >= FLD)
			break;
		if (k)
			out[k++] = ' ';
		memcpy(out + k, d->ck.s + t[i].s, pl);
		k += pl;
		out[k] = '\0';
		if (qw_poss(d, &t[i])) {
			i++;
			break;
		}
	}
	*person = !org && (*desc != NULL || i - s >= 2);
	if (i - s == 1 && !org) {
		pl = qw_poss(d, &t[s]) ? qw_poss(d, &t[s]) : WLEN(t[s]);
		if ((f = person_at(d, t[s].s, t[s].s + pl)) != NULL ||
		    (f = spk_known(d, d->ck.s + t[s].s, pl)) != NULL) {
			qd_fld_set(out, f, strlen(f));
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
	qw_lower(b, s, n);
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

void
spk_tables(void)
{
	int c;

	for (c = 0; c < 256; c++) {
		hotname[c] = c == '.' || c == '?' || c == '!' ||
		    (c >= 'A' && c <= 'Z') || c >= 0xC0;
		spk_alnum[c] = (c >= 'a' && c <= 'z') ||
		    (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}
}

/* Names in ck.s[a..b) (text outside quotations): remember them, and the
 * first person of each sentence becomes the subject. */
void
spk_scan_names(struct qdoc *d, size_t a, size_t b, size_t li)
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
		    spk_alnum[(unsigned char)d->ck.s[p - 1]] :
		    isalnum8(qd_cp_before(d, a, p)))) {
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
		k = qw_words(d, s, b, t, LEN(t), 2);
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
			if (t[n].s - t[n - 1].e > 1 || qw_poss(d, &t[n - 1]))
				break;
		k = n < i ? n : i;
		e = k > 0 ? t[k - 1].e : p + 1;
		first = 0;
		while (first < k && (qw_is_common(&t[first]) ||
		    qw_is_pron(&t[first]) || (first + 1 < k &&
		    (newsent || first > 0) && qw_is_dictcap(d, &t[first]) &&
		    qw_given(d, &t[first + 1]))))
			first++;
		person = 0;
		if (first < k) {
			i = name_of(d, t, first, k, name, &person, &desc);
			if (i < k && name[0]) {
				if (person && !newsent) {
					struct ref o;

					memset(&o, 0, sizeof(o));
					qd_fld_set(o.name, name, strlen(name));
					o.at = qd_docoff(d, li, s);
					o.person = o.ok = 1;
					o.g = gender_of(desc ? desc : "",
					    name);
					if (o.g)
						d->others[d->nothers++ %
						    NRECENT] = o;
				}
				if (person && newsent) {
					qd_fld_set(d->subj.name, name,
					    strlen(name));
					d->subj.at = qd_docoff(d, li, s);
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
	qd_fld_set(out, r->name, strlen(r->name));
	return 1;
}

/* A role noun (the senator) at chunk position pos: its holder, the last
 * person the model names with that title before it, as the speaker. */
static int
holder(struct qdoc *d, const char *role, size_t pos, struct attr *at)
{
	uint32_t id;
	const char *name;

	id = names_holder(&d->qnames, role, qd_pos2off(d, pos));
	if (id == NAMES_NONE)
		return 0;
	name = d->qnames.ev[id].name;
	qd_fld_set(at->spk, name, strlen(name));
	at->person = 1;
	return 1;
}

/* "the 45-year-old" or "the 45-year-old miner" at t[a..b): the person
 * the model gave that age before it, as the speaker. */
static int
age_holder(struct qdoc *d, const struct wt *t, size_t a, size_t b,
    struct attr *at)
{
	const char *k;
	const char *name;
	size_t n, i;
	unsigned v = 0;
	uint32_t id;

	if (b - a < 2 || b - a > 3 || !IS(t[a], "the") || !W(t[a + 1]) ||
	    (b - a == 3 && (!W(t[a + 2]) || t[a + 2].cap)))
		return 0;
	k = d->ck.s + t[a + 1].s;
	n = WLEN(t[a + 1]);
	for (i = 0; i < n && i < 3 && k[i] >= '0' && k[i] <= '9'; i++)
		v = v * 10 + (unsigned)(k[i] - '0');
	if (i == 0 || n != i + 9 || memcmp(k + i, "-year-old", 9) != 0 ||
	    (id = names_age_holder(&d->qnames, v, qd_pos2off(d, t[a].s))) ==
	    NAMES_NONE)
		return 0;
	name = d->qnames.ev[id].name;
	qd_fld_set(at->spk, name, strlen(name));
	at->person = 1;
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
	if (b - a == 1 && (v = qw_wval(&w_pron, &t[a])) != NULL) {
		if (resolve(d, v, at->spk))
			at->person = v[0] != 'n';
		return;
	}
	if (age_holder(d, t, a, b, at))
		return;
	/* a parenthesis (@handle, R-KY) ends the name */
	for (i = a; i < b; i++)
		if (!W(t[i]) && t[i].p == '(') {
			b = i;
			break;
		}
	if (a >= b)
		return;		/* "(R-KY) said": no name before it */
	/* a statement from X, a report by X: X */
	for (i = a; i + 1 < b; i++)
		if ((IS(t[i], "by") || IS(t[i], "from") || IS(t[i], "of")) &&
		    i > a && (v = qw_noun_kind(d, &t[i - 1])) != NULL &&
		    *v == 'd') {
			canon(d, t, i + 1, b, at);
			return;
		}
	/* the union's statement: the union */
	if (b - a >= 2 && (v = qw_noun_kind(d, &t[b - 1])) != NULL &&
	    *v == 'd' &&
	    qw_poss(d, &t[b - 2])) {
		qd_fld_set(at->spk, d->ck.s + t[a].s,
		    t[b - 2].s + qw_poss(d, &t[b - 2]) -
		    t[a].s);
		at->person = 0;
		return;
	}
	/* The Hill report: The Hill */
	if (b - a >= 2 && (v = qw_noun_kind(d, &t[b - 1])) != NULL &&
	    *v == 'd' &&
	    t[b - 2].cap && !qw_is_det(d, &t[b - 2]) &&
	    !qw_poss(d, &t[b - 1])) {
		canon(d, t, a, b - 1, at);
		return;
	}
	/* drop determiners before a name: the Rev. X */
	i = a;
	while (i < b &&
	    (qw_is_det(d, &t[i]) || (qw_is_common(&t[i]) && t[i].cap &&
	    !IS(t[i], "the"))))
		i++;
	if (i < b && t[i].cap && W(t[i])) {
		for (j = i; j < b && W(t[j]) && (t[j].cap || IS(t[j], "de") ||
		    IS(t[j], "van") || IS(t[j], "von") || IS(t[j], "al") ||
		    IS(t[j], "bin")); j++)
			if (qw_poss(d, &t[j])) {
				j++;
				break;
			}
		for (k = i; k < j && qw_wval(&w_titles, &t[k]) != NULL; k++)
			;
		if (k == j && (j == b || !W(t[j]))) {
			/* only titles: the Prime Minister, the Chancellor */
			v = qw_wval(&w_titles, &t[j - 1]);
			if (holder(d, v, t[a].s, at) == 0) {
				qd_fld_set(at->spk, d->ck.s + t[a].s,
				    t[b - 1].e -
				    t[a].s);
				at->person = 1;
			}
			return;
		}
		if (j == b || (j < b && !W(t[j]))) {
			if (i > a && IS(t[i - 1], "the") && j - i >= 1 &&
			    qw_wval(&w_titles, &t[i]) == NULL) {
				/* The Hill; the RCMP */
				size_t f = t[i - 1].cap ? i - 1 : i;

				qd_fld_set(at->spk, d->ck.s + t[f].s,
				    t[j - 1].e - t[f].s);
				return;
			}
			name_of(d, t, i, j, name, &person, &desc);
			if (name[0] == '\0')
				return;
			if (person && desc == NULL && j - i == 1 &&
			    spk_known(d, name, strlen(name)) == NULL)
				person = 0;
			qd_fld_set(at->spk, name, strlen(name));
			at->person = person || desc != NULL;
			return;
		}
	}
	/* TTC spokesperson Stuart Green: the name at the end */
	for (j = b; j > a && W(t[j - 1]) && t[j - 1].cap &&
	    !qw_poss(d, &t[j - 1]);
	    j--)
		;
	if (j > a && j < b && W(t[j - 1]) && !t[j - 1].cap &&
	    qw_noun_kind(d, &t[j - 1]) != NULL && !qw_poss(d, &t[j - 1])) {
		canon(d, t, j, b, at);
		return;
	}
	/* a description: the senator, a spokesman for the company */
	if (b - a <= 3 && !qw_poss(d, &t[b - 1]) &&
	    (v = qw_wval(&w_titles, &t[b - 1])) != NULL &&
	    qw_is_det(d, &t[a]) && IS(t[a], "the") &&
	    holder(d, v, t[a].s, at))
		return;
	qd_fld_set(at->spk, d->ck.s + t[a].s, t[b - 1].e - t[a].s);
	v = qw_noun_kind(d, &t[b - 1]);
	at->person = v != NULL && *v == 'p';
}

/* The speaker as entity id of the model. */
void
spk_set_entity(struct qdoc *d, struct attr *at, uint32_t id)
{
	const struct entity *e = &d->qnames.ev[id];

	qd_fld_set(at->spk, e->name, strlen(e->name));
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
const struct nmention *
spk_span_name(struct qdoc *d, uint64_t s, uint64_t e, const char *last)
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

/* A description, no name: "the Prime Minister", "a spokeswoman". */
static int
description(const char *s)
{
	return (s[0] >= 'a' && s[0] <= 'z') || strncasecmp(s, "the ", 4) ==
	    0 || strncasecmp(s, "a ", 2) == 0 || strncasecmp(s, "an ", 3) == 0;
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
	uint64_t s = qd_pos2off(d, t[a].s), e = qd_pos2off(d, t[b - 1].e);
	unsigned char c = (unsigned char)at->spk[0];
	const char *v;
	uint32_t id;

	at->named = at->g = 0;
	if (b - a == 1 && (v = qw_wval(&w_pron, &t[a])) != NULL) {
		if ((m = names_pronoun(&d->qnames, s)) == NULL) {
			/* it: the organisation named last before it, a
			 * person never (Acme ... it said); they, we: as read
			 * above */
			if (*v == 'n' && (id = names_last_before(&d->qnames,
			    s, IT_BACK, 1u << NER_ORG)) != NAMES_NONE)
				spk_set_entity(d, at, id);
			return;
		}
		if (m->ent != NAMES_NONE)
			spk_set_entity(d, at, m->ent);
		else if (!description(at->spk))
			at->spk[0] = '\0';	/* he, she: no person fits */
		else if (*v == 'm' || *v == 'f')
			at->g = *v;	/* "he" for "an old man" */
		return;
	}
	if (c == '\0' || (c >= 'a' && c <= 'z')) {
		at->g = words_gender(at->men);
		return;
	}
	if (description(at->spk))	/* A spokeswoman for X */
		at->g = words_gender(at->men);
	if (strstr(at->spk, " and ") != NULL)
		return;		/* Smith and Jones: two of them */
	if ((m = spk_span_name(d, s, e, at->spk)) != NULL)
		spk_set_entity(d, at, m->ent);
}

/*
 * A speaker that no mention gave (a description resolved to a name, a
 * subject carried on): the entity of that canonical name, or the one
 * person whose name ends with it.
 */
void
spk_model_name(struct qdoc *d, struct attr *at)
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
		spk_set_entity(d, at, id);
}

/* Is name s a person of the model (Senators Warn, a headline, is not)? */
int
spk_model_person(struct qdoc *d, const char *s)
{
	struct attr at;

	memset(&at, 0, sizeof(at));
	qd_fld_set(at.spk, s, strlen(s));
	spk_model_name(d, &at);
	return at.named && at.person;
}

void
spk_set_attr(struct qdoc *d, struct attr *at, const struct wt *t, size_t a,
    size_t b,
    const char *cue, size_t cuelen)
{
	size_t e = b;

	/* the mention keeps a parenthesis right after the name */
	qd_fld_set(at->men, d->ck.s + t[a].s, t[e - 1].e - t[a].s);
	qd_fld_set(at->cue, cue, cuelen);
	canon(d, t, a, b, at);
	model_speaker(d, at, t, a, b);
	at->ok = 1;
}

/* "the head of the agency": is t[i] head, t[i + 1] of (i + 1 < n)? */
static int
head_of(struct qdoc *d, const struct wt *t, size_t i, size_t n)
{
	return i + 1 < n && W(t[i]) && IS(t[i], "head") && W(t[i + 1]) &&
	    IS(t[i + 1], "of");
}

/* Does t[a..b) look like a noun phrase that can speak? */
int
spk_np_ok(struct qdoc *d, const struct wt *t, size_t a, size_t b)
{
	size_t i;
	const char *v;
	int caps = 0;

	if (a >= b || b - a > 12)
		return 0;
	if (b - a == 1 && qw_is_pron(&t[a]))
		return 1;
	for (i = a; i < b; i++) {
		if (!W(t[i]) && t[i].p != '(' && t[i].p != ')' &&
		    t[i].p != '@' && t[i].p != '-')
			return 0;
		if (W(t[i]) && qw_is_verb(&t[i]) &&
		    qw_noun_kind(d, &t[i]) == NULL)
			return 0;
		if (qw_is_capname(&t[i]))
			caps++;
	}
	if (caps)
		return 1;
	for (i = a; i < b; i++)
		if ((v = qw_noun_kind(d, &t[i])) != NULL || head_of(d, t, i, b))
			return 1;
	/* said his lady, said the crowd */
	if (b - a <= 4 && qw_is_det(d, &t[a]) && b - a >= 2 && W(t[b - 1]) &&
	    !qw_is_skip(d, &t[b - 1]) && !qw_is_common(&t[b - 1]) &&
	    !qw_is_conn(d, &t[b - 1]))
		return 1;
	return 0;
}

/*
 * Is t[a..b) an appositive or aside between commas (", a doctor,",
 * ", 54,", ", D-Calif.,", ", who has led the union since 2009,")?
 */
int
spk_appos(struct qdoc *d, const struct wt *t, size_t a, size_t b)
{
	size_t i;

	if (a >= b || b - a > 14)
		return 0;
	for (i = a; i < b; i++)
		if (W(t[i]) && qw_is_verb(&t[i]) && !IS(t[a], "who") &&
		    !IS(t[a], "whose") && !IS(t[a], "which"))
			return 0;
		else if (!W(t[i]) && t[i].p != '-' && t[i].p != '(' &&
		    t[i].p != ')' && t[i].p != '.' && t[i].p != ',')
			return 0;
	if (qw_wval(&w_titles, &t[a]) != NULL) {
		/* Mayor of Valley Town, Senator: an apposition; but Mrs
		 * Helen Roe, in "Its chair, Mrs Helen Roe, said", a name */
		for (i = a + 1; i < b && W(t[i]) && t[i].cap; i++)
			;
		return i < b || b - a == 1;
	}
	if (!t[a].cap || qw_is_det(d, &t[a]) || IS(t[a], "the"))
		return 1;
	for (i = t[a].s; i < t[a].e; i++)
		if (d->ck.s[i] == '-' || d->ck.s[i] == '.')
			return 1;
	return 0;
}

int
spk_np_and(struct qdoc *d, const struct wt *t, size_t a, size_t b)
{
	size_t e;
	int and = 0;

	while (a < b) {
		e = spk_np_fwd(d, t, a, b);
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

/* A preposition of place (behind, near, outside). */
static int
place_word(struct qdoc *d, const struct wt *t)
{
	static const char *const w[] = { "in", "on", "at", "behind", "beside",
	    "near", "under", "above", "below", "inside", "outside", "across",
	    "beyond", "around", "through", "toward", "towards", "along" };
	size_t k;

	for (k = 0; k < LEN(w); k++)
		if (IS(*t, w[k]))
			return 1;
	return 0;
}

/* A noun phrase forward from t[i]: its end. */
size_t
spk_np_fwd(struct qdoc *d, const struct wt *t, size_t i, size_t n)
{
	size_t j = i, k;
	const char *v;
	int lowers = 0, name = 0, det = 0;

	if (i >= n)
		return i;
	if (qw_is_pron(&t[i]) && !t[i].cap)
		return i + 1;
	if (qw_is_pron(&t[i]) && (i + 1 >= n || !W(t[i + 1]) ||
	    qw_is_skip(d, &t[i + 1]) || qw_is_conn(d, &t[i + 1]) ||
	    !t[i + 1].cap))
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
		if (t[j].cap && !(j > i && qw_wval(&w_skip, &t[j]) != NULL &&
		    !(j + 1 < n && W(t[j + 1]) && t[j + 1].cap))) {
			name = 1;
			j++;
			if (qw_poss(d, &t[j - 1]))
				name = 0, lowers = 0;
			continue;
		}
		if ((qw_is_det(d, &t[j]) &&
		    (j == i || qw_is_conn(d, &t[j - 1]))) ||
		    (j == i && qw_num_adj(d, &t[j]))) {
			det = 1;	/* the, a; 67-year-old */
			j++;
			continue;
		}
		if (det && head_of(d, t, j, n)) {
			j++;		/* the head of the agency */
			continue;
		}
		if (j > i && qw_is_conn(d, &t[j]) && j + 1 < n &&
		    (t[j + 1].cap || qw_is_det(d, &t[j + 1])) &&
		    ((v = qw_noun_kind(d, &t[j - 1])) != NULL ||
		    head_of(d, t, j - 1, n)) && !name) {
			j++;
			continue;
		}
		if (qw_poss(d, &t[j]) && (det || j == i)) {
			j++;
			continue;
		}
		if ((v = qw_noun_kind(d, &t[j])) != NULL && (det || j > i ||
		    (*v == 'p' && j + 1 < n && W(t[j + 1]) && t[j + 1].cap))) {
			/* the senator; economist Mark Zandi */
			j++;
			lowers = 0;
			continue;
		}
		if (det && !t[j].cap && lowers < 3 && !qw_is_verb_any(&t[j]) &&
		    !qw_is_skip(d, &t[j]) && !qw_is_common(&t[j]) &&
		    !qw_is_conn(d, &t[j]) &&
		    !IS(t[j], "who") && !IS(t[j], "in") && !IS(t[j], "on")) {
			j++;
			lowers++;
			continue;
		}
		break;
	}
	/* no trailing time words, connectors or prepositions (a voice
	 * behind, its object cut off) */
	while (j > i && W(t[j - 1]) && (qw_is_skip(d, &t[j - 1]) ||
	    qw_is_conn(d, &t[j - 1]) || qw_is_det(d, &t[j - 1]) ||
	    place_word(d, &t[j - 1])))
		j--;
	return j;
}

/*
 * "a spokeswoman for the police union", "an aide to the mayor": a noun
 * for a person, a preposition and at most four words of a noun phrase,
 * ending at e; where it starts, or e.
 */
static size_t
of_description(struct qdoc *d, const struct wt *t, size_t e, size_t lo)
{
	const char *v;
	size_t k;

	for (k = e; k > lo && e - k < 4 && W(t[k - 1]) &&
	    !qw_is_conn(d, &t[k - 1]) && !IS(t[k - 1], "to") &&
	    !qw_is_verb_any(&t[k - 1]) && !qw_is_pron(&t[k - 1]) &&
	    !qw_is_skip(d, &t[k - 1]); k--)
		;
	if (k == e || (k < e && qw_is_det(d, &t[e - 1])) || k < lo + 2 ||
	    !W(t[k - 1]) || !(qw_is_conn(d, &t[k - 1]) ||
	    IS(t[k - 1], "to")) || !W(t[k - 2]) || t[k - 2].cap ||
	    (!head_of(d, t, k - 2, e) &&
	    ((v = qw_noun_kind(d, &t[k - 2])) == NULL || *v != 'p')))
		return e;
	k -= 2;
	if (k > lo && W(t[k - 1]) && qw_is_det(d, &t[k - 1]))
		k--;
	return k;
}

/* A noun phrase that ends at t[e - 1], backward: its start. */
size_t
spk_np_bwd(struct qdoc *d, const struct wt *t, size_t e, size_t lo)
{
	size_t k = e, s = e;
	const char *v;
	int head = 0, lowers = 0;

	if (e <= lo)
		return e;
	if (qw_is_pron(&t[e - 1]))
		return e - 1;
	if ((k = of_description(d, t, e, lo)) < e)
		return k;
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
		if (w->cap && !qw_is_common(w) && !qw_is_pron(w)) {
			s--;
			head = 1;
			continue;
		}
		if (qw_is_det(d, w) || (w->cap && IS(*w, "the"))) {
			s--;
			break;
		}
		if (qw_poss(d, w) && s < e) {
			s--;
			continue;
		}
		if ((v = qw_noun_kind(d, w)) != NULL) {
			s--;
			head = 1;
			continue;
		}
		if (qw_is_conn(d, w) && s < e && s - 1 > lo && head &&
		    (W(t[s - 2]) && (qw_noun_kind(d, &t[s - 2]) != NULL))) {
			s--;
			continue;
		}
		if (!w->cap && head && lowers < 2 && s < e &&
		    qw_noun_kind(d, &t[e - 1]) != NULL && !qw_is_verb_any(w) &&
		    !qw_is_skip(d, w) && !qw_is_common(w) &&
		    !qw_is_conn(d, w)) {
			s--;
			lowers++;
			continue;
		}
		break;
	}
	/* a sentence-initial capital that is no name */
	while (s < e && W(t[s]) && t[s].cap && (qw_is_common(&t[s]) ||
	    (s + 1 < e && t[s + 1].cap && qw_is_dictcap(d, &t[s]) &&
	    qw_given(d, &t[s + 1]))) && !qw_is_det(d, &t[s]))
		s++;
	return s;
}

/* Skip words that may stand between a speaker and its verb, backward. */
size_t
spk_skip_back(struct qdoc *d, const struct wt *t, size_t v, size_t lo)
{
	while (v > lo && W(t[v - 1]) && qw_is_skip(d, &t[v - 1]) &&
	    !t[v - 1].cap)
		v--;
	return v;
}

/* The words of t[a..b): no preposition, so that "an aide to Jim Roe"
 * stays a description. */
int
spk_no_preposition(struct qdoc *d, const struct wt *t, size_t a, size_t b)
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
int
spk_model_attr(struct qdoc *d, const struct wt *t, size_t a, size_t b, size_t v,
    struct attr *at)
{
	const struct nmention *m;

	if (a >= b ||
	    (m = spk_span_name(d, qd_pos2off(d, t[a].s), qd_pos2off(d, t[b - 1].e),
	    NULL)) == NULL)
		return 0;
	qd_fld_set(at->men, d->ck.s + t[a].s, t[b - 1].e - t[a].s);
	qd_fld_set(at->cue, d->ck.s + t[v].s, WLEN(t[v]));
	spk_set_entity(d, at, m->ent);
	at->ok = 1;
	return 1;
}

/* A speaker as written, t[a..b), with the cue t[v]: a description or an
 * indefinite speaker; its gender what its words say. */
void
spk_set_written(struct qdoc *d, struct attr *at, const struct wt *t, size_t a,
    size_t b,
    size_t v)
{
	qd_fld_set(at->men, d->ck.s + t[a].s, t[b - 1].e - t[a].s);
	qd_fld_set(at->spk, at->men, strlen(at->men));
	qd_fld_set(at->cue, d->ck.s + t[v].s, WLEN(t[v]));
	at->person = at->ok = 1;
	at->named = 0;
	at->g = words_gender(at->men);
}

/* The end of the words after t[i] up to punctuation (a full stop of an
 * abbreviation is part of its word). */
size_t
spk_words_end(const struct wt *t, size_t i, size_t n)
{
	while (i < n && W(t[i]))
		i++;
	return i;
}

int
spk_is_pronoun_mention(const char *men)
{
	return qw_lk(&w_pron, men, strlen(men)) != NULL;
}

/* he: 'm', she: 'f', else 0. */
static int
pronoun_gender(const char *men)
{
	const char *v = qw_lk(&w_pron, men, strlen(men));

	return v != NULL && (*v == 'm' || *v == 'f') ? *v : 0;
}

void
spk_note_speaker(struct qdoc *d, const struct attr *at, uint64_t where)
{
	if (!at->ok || at->spk[0] == '\0')
		return;
	memcpy(d->lastspk.name, at->spk, FLD);
	d->lastspk.at = where;
	d->lastspk.person = at->person;
	d->lastspk.ok = 1;
	d->lastspk.g = 0;
	if (at->person && !spk_is_pronoun_mention(at->men)) {
		d->lastspk.g = gender_of(at->men, at->spk);
		if (d->lastspk.g == 0)	/* a man, a spokeswoman */
			d->lastspk.g = words_gender(at->men);
	} else if (at->person)
		d->lastspk.g = pronoun_gender(at->men);
	if (at->person)
		push_recent(d, &d->lastspk);
}

/* The last person the model names before document offset o. */
int
spk_person_before(struct qdoc *d, uint64_t o, struct attr *at)
{
	size_t i;

	for (i = d->qnames.nm; i > 0; i--) {
		const struct nmention *m = &d->qnames.mv[i - 1];

		if (m->start >= o || m->ent == NAMES_NONE ||
		    d->qnames.ev[m->ent].type != NER_PERSON)
			continue;
		memset(at, 0, sizeof(*at));
		spk_set_entity(d, at, m->ent);
		qd_fld_set(at->men, at->spk, strlen(at->spk));
		qd_fld_set(at->cue, ":", 1);
		at->ok = 1;
		return 1;
	}
	return 0;
}
