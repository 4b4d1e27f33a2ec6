/* attrib.c: attribution of the quotations of a chunk (attrib.h). */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "attrib.h"
#include "qdoc.h"
#include "qwords.h"
#include "speakers.h"

#define CONTEXT		1500		/* bytes of context on each side */

/*
 * Attribution after a quotation that the patterns above left open, read
 * through the model: the speech verb's subject or object counts only when
 * it holds a person or organisation of the document (names.h).  Each
 * pass takes the words t[i..n) after the closing mark.
 */

/* "...," responded finance director Jim Roe.  "...?" asked team manager
 * Ann Roe. */
static int
verb_then_role_name(struct qdoc *d, const struct wt *t, size_t i, size_t n,
    struct attr *at)
{
	size_t e;

	if (i >= n || !W(t[i]) || !qw_is_verb(&t[i]))
		return 0;
	e = spk_words_end(t, i + 1, n);
	if (e - i > 7 || !spk_no_preposition(d, t, i + 1, e))
		return 0;
	return spk_model_attr(d, t, i + 1, e, i, at);
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
	for (e = i; e < n && W(t[e]) && !qw_is_verb(&t[e]); e++)
		;
	if (e == i || e - i > 6 || !spk_no_preposition(d, t, i, e))
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
	if (j >= n || !W(t[j]) || !qw_is_verb(&t[j]))
		return 0;
	return spk_model_attr(d, t, i, e, j, at);
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
	if (qw_is_verb(&t[i]) && (IS(t[i + 1], "another") ||
	    IS(t[i + 1], "one")) && (i + 2 == n || !W(t[i + 2])))
		w = i + 1, v = i;
	else if ((IS(t[i], "another") || IS(t[i], "one") ||
	    IS(t[i], "Another") || IS(t[i], "One")) && qw_is_verb(&t[i + 1]))
		w = i, v = i + 1;
	else
		return 0;
	spk_set_written(d, at, t, w, w + 1, v);
	return 1;
}

/* Is t a form of be (is, was, were, are, be, been)? */
static int
be_form(struct qdoc *d, const struct wt *t)
{
	return IS(*t, "was") || IS(*t, "is") || IS(*t, "were") ||
	    IS(*t, "are") || IS(*t, "be") || IS(*t, "been");
}

/*
 * Is the verb t[v - 1] passive ("is called", "was often described as"):
 * a form of be before it, perhaps with one adverb between, and the verb
 * not in -ing ("was saying" is its subject's)?  Its subject then is not
 * the speaker.
 */
static int
passive(struct qdoc *d, const struct wt *t, size_t v)
{
	const struct wt *w = &t[v - 1];
	size_t k = v - 1;

	if (WLEN(*w) > 3 && memcmp(d->ck.s + w->e - 3, "ing", 3) == 0)
		return 0;
	if (k > 0 && W(t[k - 1]) && WLEN(t[k - 1]) > 3 &&
	    memcmp(d->ck.s + t[k - 1].e - 2, "ly", 2) == 0)
		k--;		/* widely, often */
	else if (k > 0 && (IS(t[k - 1], "often") || IS(t[k - 1], "also") ||
	    IS(t[k - 1], "once") || IS(t[k - 1], "now")))
		k--;
	return k > 0 && (be_form(d, &t[k - 1]) || IS(t[k - 1], "being"));
}

/* Another said, "...".  One said: "...".  An indefinite speaker before
 * the quotation: the word alone before the verb v of t. */
static int
indefinite_before(struct qdoc *d, const struct wt *t, size_t v,
    struct attr *at)
{
	if (v < 2 || (v > 2 && W(t[v - 3])) || !(IS(t[v - 2], "another") ||
	    IS(t[v - 2], "one")))
		return 0;
	spk_set_written(d, at, t, v - 2, v - 1, v - 1);
	return 1;
}

static int (*const model_sieves[])(struct qdoc *, const struct wt *, size_t,
    size_t, struct attr *) = {
	verb_then_role_name,
	role_name_then_verb,
	indefinite,
};

/* The speaker after a quotation: ", X said" / ", said X" / "— X". */
int
attrib_after_attr(struct qdoc *d, size_t a, size_t b, struct attr *at)
{
	struct wt t[NTOK];
	size_t n, i, j, e, v, s;
	int dash = 0, rel = 0;

	n = qw_words(d, a, b, t, NTOK, 0);
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
	if (W(t[i]) && qw_is_verb_any(&t[i]) &&
	    !(t[i].cap && i + 1 < n && !W(t[i + 1]))) {
		v = i;
		j = v + 1;
		/* said in a statement Smith? rare; said Wednesday Smith? */
		while (j < n && W(t[j]) && qw_is_skip(d, &t[j]) && !t[j].cap)
			j++;
		e = spk_np_fwd(d, t, j, n);
		if (e > j && spk_np_ok(d, t, j, e)) {
			size_t e2;

			/* said the union's director, Jane Smith */
			if (e + 1 < n && !W(t[e]) && t[e].p == ',' &&
			    !t[e - 1].cap && t[e + 1].cap && W(t[e + 1]) &&
			    (e2 = spk_np_fwd(d, t, e + 1, n)) > e + 1 &&
			    qw_is_capname(&t[e2 - 1]) &&
			    (e2 == n || !W(t[e2])) &&
			    (e2 == n || t[e2].p != '(')) {
				spk_set_attr(d, at, t, e + 1, e2,
				    d->ck.s + t[v].s,
				    WLEN(t[v]));
				return 1;
			}
			spk_set_attr(d, at, t, j, e, d->ck.s + t[v].s,
			    WLEN(t[v]));
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
		if (qw_is_verb(&t[j]) && j > i &&
		    qw_noun_kind(d, &t[j]) != NULL &&
		    j + 1 < n && W(t[j + 1]) && qw_is_verb(&t[j + 1]))
			continue;
		if (qw_is_verb(&t[j]) && j > i) {
			v = spk_skip_back(d, t, j, i);
			e = v;
			/* an appositive: Smith, a doctor, said */
			for (s = i; s < e; s++)
				if (!W(t[s]) && t[s].p == ',')
					break;
			if (s < e) {
				size_t e2 = e - (!W(t[e - 1]) &&
				    t[e - 1].p == ',');

				if (s + 1 < e && spk_appos(d, t, s + 1, e2))
					e = s;
				else if (s + 1 < e2 &&
				    spk_np_fwd(d, t, s + 1, e2) ==
				    e2 && spk_np_ok(d, t, s + 1, e2) &&
				    t[s + 1].cap && spk_np_ok(d, t, i, s) &&
				    !t[s - 1].cap) {
					/* his neighbour, Jean Amos, said */
					spk_set_attr(d, at, t, s + 1, e2,
					    d->ck.s + t[j].s, WLEN(t[j]));
					return 1;
				} else
					break;
			}
			if (spk_np_ok(d, t, i, e) &&
			    (spk_np_fwd(d, t, i, e) >= e - 1 ||
			    spk_np_and(d, t, i, e))) {
				spk_set_attr(d, at, t, i, e, d->ck.s + t[j].s,
				    WLEN(t[j]));
				return 1;
			}
			break;
		}
	}
	/* — Commissioner X */
	if (dash && W(t[i]) && t[i].cap && !qw_is_pron(&t[i]) &&
	    !(qw_is_common(&t[i]) && !IS(t[i], "the"))) {
		e = spk_np_fwd(d, t, i, n);
		if (e > i && spk_np_ok(d, t, i, e)) {
			if (dash == 2)
				spk_set_attr(d, at, t, i, e, ":", 1);
			else
				spk_set_attr(d, at, t, i, e, "\xE2\x80\x94", 3);
			return 1;
		}
	}
	/* according to X */
	for (j = i; j + 2 < n; j++)
		if (IS(t[j], "according") && IS(t[j + 1], "to")) {
			e = spk_np_fwd(d, t, j + 2, n);
			if (e > j + 2 && spk_np_ok(d, t, j + 2, e)) {
				spk_set_attr(d, at, t, j + 2, e, "according to",
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
		if (be_form(d, &t[i]) || IS(t[i], "has") ||
		    IS(t[i], "have") || IS(t[i], "had") || IS(t[i], "will") ||
		    IS(t[i], "would"))
			return 0;
		if (!W(t[i]) || qw_is_skip(d, &t[i]) || t[i].cap ||
		    qw_is_det(d, &t[i]) || qw_noun_kind(d, &t[i]) ||
		    qw_poss(d, &t[i]) ||
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

	n = qw_words(d, a, b, t, LEN(t), 0);
	while (n > 0 && !W(t[n - 1]) && (t[n - 1].p == '.' ||
	    t[n - 1].p == '!' || t[n - 1].p == '?'))
		n--;
	if (n < 2 || n > 10)
		return 0;
	for (v = 0; v < n && !(W(t[v]) && qw_is_verb(&t[v])); v++)
		if (!W(t[v]))
			return 0;
	if (v == n)
		return 0;
	if (v == 0) {
		e = spk_np_fwd(d, t, 1, n);
		if (e > 1 && spk_np_ok(d, t, 1, e) && adverbials(d, t, e, n)) {
			spk_set_attr(d, at, t, 1, e, d->ck.s + t[0].s,
			    WLEN(t[0]));
			return 1;
		}
		return 0;
	}
	e = spk_skip_back(d, t, v, 0);
	if (e > 0 && spk_np_ok(d, t, 0, e) && spk_np_fwd(d, t, 0, e) == e &&
	    adverbials(d, t, v + 1, n)) {
		spk_set_attr(d, at, t, 0, e, d->ck.s + t[v].s, WLEN(t[v]));
		return 1;
	}
	return 0;
}

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

	if (n < 2 || !W(t[v]) || !qw_is_verb(&t[v]))
		return 0;
	for (k = 0; k < v && W(t[k]) && !qw_is_verb(&t[k]) && (t[k].cap ||
	    qw_is_det(d, &t[k]) || qw_noun_kind(d, &t[k]) != NULL); k++)
		;
	if (k == 0)
		return 0;
	for (p = b; p < b + 4 && p < d->ck.len && !spk_alnum[(unsigned char)
	    d->ck.s[p]]; p++)
		;
	if (p == d->ck.len || !(d->ck.s[p] >= 'A' && d->ck.s[p] <= 'Z'))
		return 0;
	*frag = 0;
	if (k == 1 && qw_is_pron(&t[0])) {
		spk_set_attr(d, at, t, 0, 1, d->ck.s + t[v].s, WLEN(t[v]));
		return 1;
	}
	if (spk_model_attr(d, t, 0, k, v, at))
		return 1;
	if (k >= 2 && qw_is_det(d, &t[0]) &&
	    (nk = qw_noun_kind(d, &t[k - 1])) != NULL &&
	    *nk == 'p') {
		spk_set_written(d, at, t, 0, k, v);
		return 1;
	}
	return 0;
}

/*
 * "In the words of the prosecutor, Jane Roe, ...": the name in apposition,
 * or the noun phrase when none follows (in the words of the mayor); the
 * words t[0..n) before the mark, their last comma dropped.
 */
static int
words_of(struct qdoc *d, const struct wt *t, size_t n, struct attr *at)
{
	size_t e;

	if (n < 5 || !IS(t[0], "in") || !IS(t[1], "the") ||
	    !IS(t[2], "words") || !IS(t[3], "of") ||
	    (e = spk_np_fwd(d, t, 4, n)) <= 4 || !spk_np_ok(d, t, 4, e))
		return 0;
	if (e == n)
		spk_set_attr(d, at, t, 4, n, "in the words of", 15);
	else if (!W(t[e]) && t[e].p == ',' && e + 1 < n && t[e + 1].cap &&
	    spk_np_fwd(d, t, e + 1, n) == n && spk_np_ok(d, t, e + 1, n))
		spk_set_attr(d, at, t, e + 1, n, "in the words of", 15);
	else
		return 0;
	return 1;
}

/*
 * The speaker before a quotation: "X said:", "X said,", "X tweeted
 * Wednesday:", "According to X,", "From X:".  *frag is set when the words
 * before the quotation are not an attribution alone (a fragment).
 */
static int
before_attr(struct qdoc *d, size_t a, size_t b, struct attr *at, int *frag)
{
	struct wt t[NTOK];
	size_t n, v, s, e, lim, after;
	int colon = 0, comma = 0, that = 0;

	*frag = 0;
	n = qw_words(d, a, b, t, NTOK, 1);
	if (n > 0 && !W(t[n - 1]) && t[n - 1].p == '\'')
		n--;		/* the first apostrophe of ''...'' */
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
	if (colon && IS(t[0], "from") && n >= 2 && spk_np_ok(d, t, 1, n) &&
	    spk_np_fwd(d, t, 1, n) == n) {
		spk_set_attr(d, at, t, 1, n, ":", 1);
		return 1;
	}
	if (comma && words_of(d, t, n, at))
		return 1;
	/* According to X, */
	if (n >= 3 && IS(t[0], "according") && IS(t[1], "to") &&
	    spk_np_fwd(d, t, 2, n) == n && spk_np_ok(d, t, 2, n)) {
		spk_set_attr(d, at, t, 2, n, "according to", 12);
		return 1;
	}
	/* According to X, the shift "could take years" */
	if (n >= 4 && IS(t[0], "according") && IS(t[1], "to") &&
	    (e = spk_np_fwd(d, t, 2, n)) > 2 && e < n && !W(t[e]) &&
	    t[e].p == ',' &&
	    spk_np_ok(d, t, 2, e)) {
		spk_set_attr(d, at, t, 2, e, "according to", 12);
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
		if (qw_is_verb(&t[v - 1]) && !qw_noun_after_det(d, t, v - 1))
			break;
	}
	if (v > 0 && W(t[v - 1]) && qw_is_verb(&t[v - 1]) &&
	    !(qw_fiction_verb(&t[v - 1]) && n - v > 0)) {
		const struct wt *w = &t[v - 1];

		after = n - v;
		/* Said X: / said Mrs. Bennet to her husband, */
		if (v == 1 || (!W(t[v - 2]) && t[v - 2].p != ',')) {
			e = spk_np_fwd(d, t, v, n);
			if (e > v && spk_np_ok(d, t, v, e) &&
			    adverbials(d, t, e, n)) {
				spk_set_attr(d, at, t, v, e, d->ck.s + w->s,
				    WLEN(*w));
				*frag = that;
				return 1;
			}
		}
		/* what follows the verb must be adverbials or a listener */
		if (!adverbials(d, t, v, n) || after > lim)
			*frag = 1;
		if (passive(d, t, v))
			return 0;
		if (indefinite_before(d, t, v, at))
			return 1;
		e = spk_skip_back(d, t, v - 1, 0);
		/* Hugh Hill, a doctor, said: */
		if (e > 0 && !W(t[e - 1]) && t[e - 1].p == ',') {
			for (s = e - 1; s > 0 && (W(t[s - 1]) ||
			    t[s - 1].p != ','); s--)
				;
			if (s > 0 && spk_appos(d, t, s, e - 1))
				e = s - 1;
			else if (s > 0 && s < e - 1 &&
			    spk_np_fwd(d, t, s, e - 1) ==
			    e - 1 && qw_is_capname(&t[e - 2]) && t[s].cap &&
			    (s < 2 || !t[s - 2].cap || qw_given(d, &t[s]))) {
				/* the union's director, Jane Smith, said: */
				spk_set_attr(d, at, t, s, e - 1, d->ck.s + w->s,
				    WLEN(*w));
				return 1;
			}
		}
		s = spk_np_bwd(d, t, e, 0);
		if (s < e && spk_np_ok(d, t, s, e)) {
			spk_set_attr(d, at, t, s, e, d->ck.s + w->s, WLEN(*w));
			if (that || (after > 0 && !colon && !comma))
				*frag = 1;
			if (!colon && !comma && !that && after == 0)
				*frag = 0;
			return 1;
		}
	}
	/* Smith put it this way: "..." */
	if (colon && !IS(t[0], "dear") && (e = spk_np_fwd(d, t, 0, n)) > 0 &&
	    spk_np_ok(d, t, 0, e) &&
	    ((qw_is_pron(&t[0]) && e == 1 && !IS(t[0], "it")) ||
	    (qw_is_capname(&t[e - 1]) && (e >= 2 || qw_given(d, &t[0]) ||
	    spk_known(d, d->ck.s + t[0].s, WLEN(t[0])) != NULL)))) {
		spk_set_attr(d, at, t, 0, e, ":", 1);
		*frag = 0;
		/* a label alone ("Media Contact:") speaks only when the
		 * model knows it for a person or an organisation */
		if (e < n || at->named || qw_is_pron(&t[0]))
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

/* Does a new clause start after the quotation, at ck.s[p..e) (", and her
 * deputy called it ...", "but Roe said")?  Then an attribution before
 * the quotation is its own. */
static int
new_clause(struct qdoc *d, size_t p, size_t e)
{
	static const char *const conj[] = { "and", "but", "while", "whereas" };
	size_t i, k;

	while (p < e && (d->ck.s[p] == ',' || spacebyte(d->ck.s[p])))
		p++;
	for (k = p; k < e && d->ck.s[k] >= 'a' && d->ck.s[k] <= 'z'; k++)
		;
	if (k == e || d->ck.s[k] != ' ')
		return 0;
	for (i = 0; i < LEN(conj); i++)
		if (k - p == strlen(conj[i]) && memcmp(d->ck.s + p, conj[i],
		    k - p) == 0)
			return 1;
	return 0;
}

/*
 * The words of ck.s[p..e) when they read as a title: each capitalised but
 * the short words of titles (of, the, in...), the first one too, and no
 * comma, question or exclamation mark, or semicolon; else 0.
 */
static size_t
title_words(struct qdoc *d, size_t p, size_t e)
{
	static const char *const small[] = { "a", "an", "and", "as", "at",
	    "but", "by", "for", "from", "in", "into", "of", "on", "or", "the",
	    "to", "up", "with", "vs." };
	size_t a, i, words = 0;
	int32_t c;

	while (p < e) {
		while (p < e && spacebyte(d->ck.s[p]))
			p++;
		if (p >= e)
			break;
		for (a = p; p < e && !spacebyte(d->ck.s[p]); p++)
			if (d->ck.s[p] == ',' || d->ck.s[p] == '?' ||
			    d->ck.s[p] == '!' || d->ck.s[p] == ';')
				return 0;
		words++;
		c = qd_cp_at(d, a, p, NULL);
		if (u8_isupper(c) || (c >= '0' && c <= '9'))
			continue;
		for (i = 0; i < LEN(small); i++)
			if (p - a == strlen(small[i]) &&
			    strncmp(d->ck.s + a, small[i], p - a) == 0)
				break;
		if (i == LEN(small) || words == 1)
			return 0;
	}
	return words;
}

/* Does the text of q end in a stop or a mark of a sentence? */
static int
ends_sentence(struct qdoc *d, const struct quote *q)
{
	int32_t c = qd_last_char(d, q->qs, q->qe);

	return c == '.' || c == ',' || c == '!' || c == '?' || c == 0x2026 ||
	    c == ':' || c == ';' || c == 0x2014 || c == '-';
}

/*
 * A title in marks, no quotation: three words or more that read as a
 * title, and no stop or mark of a sentence at its end ("Old Feud Flares
 * Again", a headline quoted in a list of sources); two words or more when
 * a dash and a capital follow, as in a list of sources ("Rising Waters" -
 * The Daily Ledger, May 3).
 */
static int
title_in_marks(struct qdoc *d, const struct quote *q)
{
	size_t words, p = q->ce, le = d->lns[q->l1].pos + d->lns[q->l1].len;

	if (ends_sentence(d, q) ||
	    (words = title_words(d, q->qs, q->qe)) < 2)
		return 0;
	if (words >= 3)
		return 1;
	while (p < le && spacebyte(d->ck.s[p]))
		p++;
	if (p >= le || !(isdash8(qd_cp_at(d, p, le, NULL)) ||
	    d->ck.s[p] == '-'))
		return 0;
	/* and a name after it ("Aunt Ann"--she said--"..." is speech) */
	while (p < le && !spk_alnum[(unsigned char)d->ck.s[p]])
		p++;
	return p < le && u8_isupper(qd_cp_at(d, p, le, NULL));
}

/*
 * A name or title in quotation marks, no quotation: after "dubbed",
 * "titled", "called", "known as" (a plan dubbed "Operation Clean Sweep"),
 * starting with a capital and ending without a stop or comma, or with a
 * comma (the American way) when it reads as a title (a report titled "A
 * Plan for the Valley," out on Monday).
 */
static int
name_in_marks(struct qdoc *d, const struct quote *q, size_t lo)
{
	static const char *const namers[] = { "dubbed", "nicknamed",
	    "titled", "entitled", "named", "renamed", "called", "labeled",
	    "labelled", "branded", "as" };
	size_t e = q->os, a, i;
	int32_t c;
	int lead, obj;

	for (obj = 0; ; obj++) {
		while (e > lo && spacebyte(d->ck.s[e - 1]))
			e--;
		for (a = e; a > lo && spk_alnum[(unsigned char)d->ck.s[a -
		    1]]; a--)
			;
		for (i = 0; i < LEN(namers); i++)
			if (e - a == strlen(namers[i]) &&
			    strncasecmp(d->ck.s + a, namers[i], e - a) == 0)
				break;
		if (i < LEN(namers) || obj == 3 || a == e ||
		    d->ck.s[a] < 'a' || d->ck.s[a] > 'z')
			break;		/* the object: lower-case words */
		e = a;
	}
	if (obj > 0) {
		/* called it "Project Blue", nicknamed the bridge "the
		 * Rattler": a short name, no words of a sentence */
		if (i >= LEN(namers) - 1 || qd_nwords(d, q->qs, q->qe) > 4 ||
		    ends_sentence(d, q))
			return 0;
		a = q->qs;
		if (q->qe - a > 4 && strncmp(d->ck.s + a, "the ", 4) == 0)
			a += 4;
		return u8_isupper(qd_first_alnum(d, a, q->qe, &lead)) &&
		    title_words(d, a, q->qe) >= 1;
	}
	/* the word just before the mark, namers[i] */
	if (i == LEN(namers) || (i == LEN(namers) - 1 && !((a >= lo + 6 &&
	    strncasecmp(d->ck.s + a - 6, "known ", 6) == 0) || (a >= lo + 7 &&
	    strncasecmp(d->ck.s + a - 7, "billed ", 7) == 0))))
		return 0;
	if (!u8_isupper(qd_first_alnum(d, q->qs, q->qe, &lead)))
		return 0;
	c = qd_last_char(d, q->qs, q->qe);
	if (c == ',') {
		for (e = q->qe; e > q->qs && d->ck.s[e - 1] != ','; e--)
			;
		return e > q->qs && title_words(d, q->qs, e - 1) >= 2;
	}
	return c != '.' && c != '!' && c != '?' && c != 0x2026;
}

void
attrib_attribute(struct qdoc *d, size_t qi, size_t prev, size_t next)
{
	struct quote *q = &d->qv[qi];
	struct attr ab, aa;
	size_t sa, sb, ea, eb, ba, ae;
	int frag = 0, hb, ha, bempty, aempty;
	int32_t c;

	memset(&ab, 0, sizeof(ab));
	memset(&aa, 0, sizeof(aa));
	if (name_in_marks(d, q, d->lns[q->l0].pos) || title_in_marks(d, q)) {
		q->dead = 1;
		return;
	}
	qd_sent_at(d, q->l0, q->os, &sa, &sb);
	ba = sa;
	if (prev != (size_t)-1 && d->qv[prev].l1 == q->l0 &&
	    d->qv[prev].ce > ba &&
	    d->qv[prev].ce <= q->os)
		ba = d->qv[prev].ce;
	qd_sent_at(d, q->l1, q->ce > d->lns[q->l1].pos ? q->ce - 1 : q->ce, &ea,
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
	bempty = qd_only_punct(d, ba, q->os);
	aempty = qd_only_punct(d, q->ce, ae);
	hb = !bempty && before_attr(d, ba, q->os, &ab, &frag);
	ha = !aempty && attrib_after_attr(d, q->ce, ae, &aa);
	if (!ha) {
		/* "..." — Commissioner X, past the end of the sentence */
		size_t le = d->lns[q->l1].pos + d->lns[q->l1].len, p = q->ce;

		if (next != (size_t)-1 && d->qv[next].l0 == q->l1)
			le = d->qv[next].os;
		while (p < le && spacebyte(d->ck.s[p]))
			p++;
		if (p < le && le > ae && (isdash8(qd_cp_at(d, p, le, NULL)) ||
		    (d->ck.s[p] == '-' && p + 1 < le &&
		    (d->ck.s[p + 1] == '-' ||
		    d->ck.s[p + 1] == ' '))) &&
		    attrib_after_attr(d, q->ce, le, &aa))
			ha = 1, aempty = 0;
	}
	if (!ha && !hb && aempty && bempty) {
		/* "It is over." Smith said. (cut into two sentences) */
		size_t le = d->lns[q->l1].pos + d->lns[q->l1].len, na = 0,
		    nb = 0;

		if (eb < le &&
		    (next == (size_t)-1 || d->qv[next].l0 != q->l1)) {
			qd_sent_at(d, q->l1, eb + 1 < le ? eb + 1 : eb, &na,
			    &nb);
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
	c = qd_last_char(d, q->qs, q->qe);
	/* a fragment: words before it that are no attribution, or after it
	 * that are neither attribution nor the end of the sentence */
	if (!bempty && !hb) {
		frag = 1;
		if (qd_last_char(d, ba, q->os) == ':' &&
		    qd_starts_upper(d, q->qs, q->qe))
			frag = 0;
	}
	if (bempty && !aempty && !ha) {
		int32_t a0 = qd_cp_at(d, q->ce + (d->ck.s[q->ce] == ' '), ae,
		    NULL);

		frag = !(c == ',' || c == '.' || c == '!' || c == '?' ||
		    c == 0x2026 || a0 == ',' || isdash8(a0) ||
		    (a0 >= 'A' && a0 <= 'Z'));
	}
	if (hb && !ha && !aempty && !(c == ',' || c == '.' || c == '!' ||
	    c == '?' || c == 0x2026) && !qd_starts_upper(d, q->ce, ae))
		frag = 1;	/* would later add "Protector of Mexico" to it */
	if (q->unclosed)
		frag = 0;
	if (!bempty && !qd_starts_upper(d, q->qs, q->qe) && !hb)
		frag = 1;
	q->kind = frag ? K_PARTIAL : K_DIRECT;
	if (ha && !(hb && new_clause(d, q->ce, ae)))
		q->a = aa;
	else if (hb)
		q->a = ab;
	else if (bempty && d->intro.ok && d->intro_gap <= 1) {
		q->a = d->intro;
		d->intro.ok = 0;
	}
	if (q->a.ok)
		spk_note_speaker(d, &q->a, qd_docoff(d, q->l0, q->qs));
	else if (!aempty && !qd_starts_upper(d, q->ce, ae))
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

		qd_sent_at(d, q->l1, q->ce > 0 ? q->ce - 1 : 0, &sa, &sb);
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
		    spk_model_person(d, d->subj.name) &&
		    d->subj.at >= d->lastq_at &&
		    d->subj.at < qd_docoff(d, q->l0, q->os) &&
		    d->lns[q->l0].lineno <= d->subj.lineno + 1) {
			memset(&q->a, 0, sizeof(q->a));
			memcpy(q->a.spk, d->subj.name, FLD);
			memcpy(q->a.men, d->subj.name, FLD);
			q->a.ok = q->a.person = 1;
		} else if (!d->wrapped &&
		    qd_only_punct(d, d->lns[q->l0].pos, q->os) &&
		    qd_only_punct(d, q->ce,
		    d->lns[q->l1].pos + d->lns[q->l1].len))
			d->pending = qi;	/* its paragraph is the quotation */
		return;
	}
	q->a = d->cont;
	q->a.cue[0] = '\0';
	qd_fld_set(q->a.men, d->cont.spk[0] ? d->cont.spk : d->cont.men,
	    strlen(d->cont.spk[0] ? d->cont.spk : d->cont.men));
}

void
attrib_set_intro(struct qdoc *d, size_t li, size_t from)
{
	size_t a, b, e = d->lns[li].pos + d->lns[li].len;
	int frag;
	struct attr at;

	while (e > from && spacebyte(d->ck.s[e - 1]))
		e--;
	/* "X said:", "X denied the claims:", or a paragraph that ends "X
	 * stated," (a line of hard-wrapped text may end with any comma) */
	if (e <= from || (d->ck.s[e - 1] != ':' && (d->ck.s[e - 1] != ',' ||
	    d->wrapped)))
		return;
	qd_sent_at(d, li, e - 1, &a, &b);
	if (a < from)
		a = from;
	if (qd_nwords(d, a, e) > 14 && d->ck.s[e - 1] == ':') {
		/* "The plant will close in June, the company said in a
		 * statement Tuesday:": the clause after the last comma */
		for (b = e - 1; b > a && d->ck.s[b - 1] != ','; b--)
			;
		if (b > a)
			a = b;
	}
	memset(&at, 0, sizeof(at));
	if (before_attr(d, a, e, &at, &frag) && (!frag ||
	    d->ck.s[e - 1] == ':') && qd_nwords(d, a, e) <= 14) {
		d->intro = at;
		d->intro_gap = 0;
		d->intro_colon = d->ck.s[e - 1] == ':';
		d->intro_frag = frag;
	}
}

/*
 * A nested quotation whose speaker the words before it inside its parent
 * name: "Senator Paul says the committee 'has failed,' but ...".  A person,
 * and not a pronoun (who "he" is was decided in document order) nor a
 * contraction ("Don't say 'never'").
 */
void
attrib_nested_attr(struct qdoc *d)
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
		    !spk_is_pronoun_mention(at.men))
			q->a = at;
	}
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
	    qd_line_near(d, p->l1, 1) != q->l0 ||
	    !qd_only_punct(d, d->lns[q->l0].pos, q->os))
		return;
	if (qd_last_char(d, p->qs, p->qe) == '?')
		return;		/* a question: someone else answers */
	p->a = q->a;
	p->a.cue[0] = '\0';
	qd_fld_set(p->a.men, q->a.spk[0] ? q->a.spk : q->a.men,
	    strlen(q->a.spk[0] ? q->a.spk : q->a.men));
}

/* The top-level quotations T[t0..ti) of a line, in order: speakers
 * carry on to quote-only sentences. */
void
attrib_carry_speakers(struct qdoc *d, const size_t *T, size_t t0, size_t ti)
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
			d->lastq_at = qd_docoff(d, d->qv[T[k - 1]].l1,
			    d->qv[T[k - 1]].ce);
		if (d->qv[qi].a.ok && d->qv[qi].a.cue[0] != '\0') {
			/* a partial quotation of a clause is speech too:
			 * Roe said the forms "have to be filed" (not a
			 * title: add "Protector of Mexico") */
			if (d->qv[qi].kind == K_DIRECT ||
			    (d->qv[qi].kind == K_PARTIAL &&
			    !qd_starts_upper(d, d->qv[qi].qs, d->qv[qi].qe))) {
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
