/*
 * Unit tests of the tables built with the programs (common/data/tabgen.c):
 * each must hold exactly what building it from its list at run time
 * gives, entry for entry and value for value.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "utf8.h"
#include "util.h"
#include "wordset.h"

/* every set a program reads as a fixed table: X plain, F folded */
#define SETS \
	X(ent_aliases, 0) X(ent_common, 0) X(ent_events, 0) X(ent_family, 0) \
	X(ent_given, 0) X(ent_surnames, 0) X(names_gender, 0) \
	X(names_given, 0) X(quote_common, 0) X(quote_female, 0) \
	X(quote_male, 0) X(quote_nouns, 0) X(quote_orgwords, 0) \
	X(quote_pronouns, 0) X(quote_skip, 0) X(quote_titles, 0) \
	X(quote_verbs, 0) X(sent_abbrev, 0) X(sent_closings, 0) \
	X(sent_speech, 0) X(sent_starters, 0) X(tok_abbrev, 0) \
	X(tok_emoticons, 0) F(quote_labels, 1) F(quote_titles, 1) \
	F(tok_aposwords, 1) F(tok_prefixes, 1) F(tok_ptb, 1) F(tok_units, 1)

#define X(name, fold) DATA(name);
#define F X
SETS
#undef X
#undef F
WS_TABLE(ent_aliases); WS_TABLE(ent_common); WS_TABLE(ent_events);
WS_TABLE(ent_family); WS_TABLE(ent_given); WS_TABLE(ent_surnames);
WS_TABLE(names_gender); WS_TABLE(names_given); WS_TABLE(quote_common);
WS_TABLE(quote_female); WS_TABLE(quote_male); WS_TABLE(quote_nouns);
WS_TABLE(quote_orgwords); WS_TABLE(quote_pronouns); WS_TABLE(quote_skip);
WS_TABLE(quote_titles); WS_TABLE(quote_verbs); WS_TABLE(sent_abbrev);
WS_TABLE(sent_closings); WS_TABLE(sent_speech); WS_TABLE(sent_starters);
WS_TABLE(tok_abbrev); WS_TABLE(tok_emoticons); WS_TABLE_FOLD(quote_labels);
WS_TABLE_FOLD(quote_titles); WS_TABLE_FOLD(tok_aposwords);
WS_TABLE_FOLD(tok_prefixes); WS_TABLE_FOLD(tok_ptb); WS_TABLE_FOLD(tok_units);

static int nfail;

static void
check(int ok, const char *name)
{
	printf("%s unit/%s\n", ok ? "PASS" : "FAIL", name);
	nfail += !ok;
}

/* Every entry of a in b with the same value; the count of entries. */
static size_t
within(const struct wordset *a, const struct wordset *b, int *ok)
{
	struct wsline l;
	const char *v;
	size_t i = 0, n = 0;

	while (ws_next(a, &i, &l)) {
		n++;
		v = ws_value(b, l.key, l.klen);
		if (v == NULL || strcmp(v, l.val) != 0)
			*ok = 0;
	}
	return n;
}

/* The fixed set f against the set its list gives at run time. */
static void
same_set(const char *name, const struct wsfixed *f, int fold,
    const char *data, size_t len)
{
	struct wordset built, fixed;
	char label[128];
	int ok = 1;
	size_t nb, nf;

	ws_init(&built, fold ? WS_FOLD : 0);
	ws_load(&built, data, len);
	ws_fixed(&fixed, f);
	nb = within(&built, &fixed, &ok);
	nf = within(&fixed, &built, &ok);
	ok = ok && nb == nf && nb == built.n && fixed.n == built.n &&
	    nb > 0 && !ws_has(&fixed, "\x01no such entry", 14);
	snprintf(label, sizeof(label), "table-%s%s", name,
	    fold ? "-folded" : "");
	check(ok, label);
	ws_free(&built);
	ws_free(&fixed);
}

static int
same_ents(const struct lent *a, const struct lent *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (a[i].len != b[i].len || (a[i].len != 0 &&
		    (a[i].hash != b[i].hash || a[i].off != b[i].off ||
		    a[i].bits != b[i].bits)))
			return 0;
	return 1;
}

static void
test_lexicon(void)
{
	const struct lexicon *b = lex_build(), *t = &tab_lexicon;
	const struct lent *e;
	size_t i;
	int ok;

	check(b->cap == t->cap && b->n == t->n && b->hotcap == t->hotcap &&
	    b->keylen == t->keylen && b->n > 0 &&
	    memcmp(b->keys, t->keys, b->keylen) == 0, "table-lexicon-size");
	check(same_ents(b->lex, t->lex, b->cap) &&
	    same_ents(b->hot, t->hot, b->hotcap), "table-lexicon-entries");
	check(memcmp(b->lcfilt, t->lcfilt, LCBITS / 8) == 0 &&
	    memcmp(b->pnfilt, t->pnfilt, LCBITS / 8) == 0 &&
	    memcmp(b->lc2filt, t->lc2filt, (1u << 16) / 8) == 0,
	    "table-lexicon-filters");
	lex_use(t);
	ok = 1;
	for (i = 0; i < b->cap; i++) {
		if (b->lex[i].len == 0)
			continue;
		e = lex_find(b->keys + b->lex[i].off, b->lex[i].len);
		if (e == NULL || e->bits != b->lex[i].bits)
			ok = 0;
	}
	check(ok && lex_find("\x01no such entry", 14) == NULL,
	    "table-lexicon-lookup");
}

int
main(void)
{
#define X(name, fold) \
	same_set(#name, &wst_##name, fold, data_##name, data_##name##_len);
#define F(name, fold) \
	same_set(#name, &wstf_##name, fold, data_##name, data_##name##_len);
	SETS
#undef X
#undef F
	test_lexicon();
	return nfail != 0;
}
