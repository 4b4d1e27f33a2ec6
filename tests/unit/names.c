/*
 * Unit tests of the model of who is who: doc.c (quotation spans, words),
 * names.c (entities, gender evidence), coref.c (each pronoun pass) and
 * ner_merge().
 * The mentions are made by hand, so that each stage is tested alone.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coref.h"
#include "doc.h"
#include "names.h"
#include "ner.h"
#include "util.h"

static int nfail;

static void
check(int ok, const char *name)
{
	printf("%s unit/%s\n", ok ? "PASS" : "FAIL", name);
	nfail += !ok;
}

static void
test_quoted(void)
{
	struct spanv v = { NULL, 0, 0 };
	const char *s = "He said \"no\" and \xE2\x80\x9Cyes\xE2\x80\x9D.";
	const char *r = "went on.\xE2\x80\x9D Roe said.";

	doc_quoted(s, strlen(s), &v);
	check(v.n == 2 && v.v[0].start == 9 && v.v[0].end == 11 &&
	    v.v[1].start == 20 && v.v[1].end == 23, "doc-quoted-pairs");
	check(doc_inside(&v, 9) && !doc_inside(&v, 11) && doc_inside(&v, 20),
	    "doc-inside");
	v.n = 0;
	doc_quoted(r, strlen(r), &v);
	check(v.n == 1 && v.v[0].start == 0 && v.v[0].end == 8,
	    "doc-quoted-runs-on");
	v.n = 0;
	doc_quoted("a \"b c", 6, &v);
	check(v.n == 1 && v.v[0].start == 3 && v.v[0].end == 6,
	    "doc-quoted-left-open");
	spanv_free(&v);
}

static void
test_word(void)
{
	const char *s = "\xE2\x80\x94O'Neill's \xE2\x80\x9Cplan\xE2\x80\x9D";
	size_t a, b;

	check(doc_word(s, strlen(s), 0, &a, &b) && a == 3 && b == 12,
	    "doc-word-apostrophes");
	check(doc_word(s, strlen(s), b, &a, &b) && a == 16 && b == 20,
	    "doc-word-after-mark");
	check(doc_is("She", 3, "she") && !doc_is("Shed", 4, "she"),
	    "doc-is");
}

/* A mention by name of s (its canonical name ent) in text t. */
static struct ner_mention
men(const char *t, const char *s, const char *ent, int type,
    const char *title)
{
	struct ner_mention m;
	const char *p = strstr(t, s);

	memset(&m, 0, sizeof(m));
	m.entity = ent;
	m.mention = s;
	m.mlen = strlen(s);
	m.title = title;
	m.type = type;
	m.start = (uint64_t)(p - t);
	m.end = m.start + strlen(s);
	return m;
}

/* Build the model of text t with mentions m[0..n), one paragraph a line. */
static void
model(struct names *nm, const char *t, const struct ner_mention *m,
    size_t n)
{
	struct doc_para pv[16];
	size_t np = 0;
	const char *p = t, *e;

	while (*p && np < LEN(pv)) {
		e = strchr(p, '\n');
		if (e == NULL)
			e = p + strlen(p);
		pv[np].s = p;
		pv[np].len = (size_t)(e - p);
		pv[np].off = (uint64_t)(p - t);
		np++;
		p = *e ? e + 1 : e;
	}
	names_clear(nm);
	names_add(nm, m, n);
	names_evidence(nm, pv, np);
	coref_pronouns(nm, pv, np);
}

/* The entity the pronoun at the first occurrence of w refers to. */
static const char *
ref(const struct names *nm, const char *t, const char *w)
{
	const struct nmention *x;

	x = names_pronoun(nm, (uint64_t)(strstr(t, w) - t));
	if (x == NULL)
		return "(no pronoun)";
	return x->ent == NAMES_NONE ? "" : nm->ev[x->ent].name;
}

static void
test_gender(struct names *nm)
{
	const char *t = "Ms. Ada Holt met spokeswoman Bea Imre and Cal Jory, "
	    "the girl's father, and Dee Kemp.";
	struct ner_mention m[4];

	m[0] = men(t, "Ada Holt", "Ada Holt", NER_PERSON, "Ms.");
	m[1] = men(t, "Bea Imre", "Bea Imre", NER_PERSON, "");
	m[2] = men(t, "Cal Jory", "Cal Jory", NER_PERSON, "");
	m[3] = men(t, "Dee Kemp", "Dee Kemp", NER_PERSON, "");
	model(nm, t, m, 4);
	check(nm->ne == 4, "names-entities");
	check(names_gender(nm, 0) == GENDER_F, "names-gender-title");
	check(names_gender(nm, 1) == GENDER_F, "names-gender-noun-before");
	check(names_gender(nm, 2) == GENDER_M, "names-gender-apposition");
	check(names_gender(nm, 3) == 0, "names-gender-none-said");
	check(names_find(nm, "Cal Jory", 1u << NER_PERSON) == 2 &&
	    names_find(nm, "Cal Jory", 1u << NER_ORG) == NAMES_NONE,
	    "names-find-by-type");
}

/* A role noun to its holder: the last person named with such a title. */
static void
test_holder(struct names *nm)
{
	const char *t = "Sen. Ada Holt met Gov. Cal Jory and Senator Dee "
	    "Kemp. The senator said no. Former Sen. Bea Imre agreed.";
	struct ner_mention m[4];
	const char *said = strstr(t, "The senator");

	m[0] = men(t, "Ada Holt", "Ada Holt", NER_PERSON, "Sen.");
	m[1] = men(t, "Cal Jory", "Cal Jory", NER_PERSON, "Gov.");
	m[2] = men(t, "Dee Kemp", "Dee Kemp", NER_PERSON, "Senator");
	m[3] = men(t, "Bea Imre", "Bea Imre", NER_PERSON, "Former Sen.");
	model(nm, t, m, 4);
	check(names_holder(nm, "senator", (uint64_t)(said - t)) == 2,
	    "names-holder-last-named");
	check(names_holder(nm, "governor", (uint64_t)(said - t)) == 1,
	    "names-holder-role");
	check(names_holder(nm, "senator", 4) == NAMES_NONE &&
	    names_holder(nm, "mayor", strlen(t)) == NAMES_NONE,
	    "names-holder-none-before");
	check(names_holder(nm, "senator", strlen(t)) == 3,
	    "names-holder-former-is-one");
	check(names_surname(nm, "KEMP", 4) == 2 &&
	    names_surname(nm, "Imre", 4) == 3 &&
	    names_surname(nm, "Ada", 3) == NAMES_NONE, "names-surname");
	check(names_role("SEN.", 4) != NULL &&
	    strcmp(names_role("Sen.", 4), "senator") == 0 &&
	    names_role("said", 4) == NULL, "names-role-any-case");
}

/* A surname two persons share names neither. */
static void
test_surname_shared(struct names *nm)
{
	const char *t = "Ann Roe and Jo Roe met Cy Tam.";
	struct ner_mention m[3];

	m[0] = men(t, "Ann Roe", "Ann Roe", NER_PERSON, "");
	m[1] = men(t, "Jo Roe", "Jo Roe", NER_PERSON, "");
	m[2] = men(t, "Cy Tam", "Cy Tam", NER_ORG, "");
	model(nm, t, m, 3);
	check(names_surname(nm, "Roe", 3) == NAMES_NONE &&
	    names_surname(nm, "Tam", 3) == NAMES_NONE, "names-surname-shared");
	check(names_last_before(nm, strlen(t), 300, 1u << NER_ORG) == 2 &&
	    names_last_before(nm, 12, 300, 1u << NER_PERSON) == 0 &&
	    names_last_before(nm, strlen(t), 3, 1u << NER_ORG) ==
	    NAMES_NONE && names_last_before(nm, 5, 300, 1u << NER_PERSON) ==
	    NAMES_NONE, "names-last-before");
}

static void
test_passes(struct names *nm)
{
	const char *t1 = "Ada Holt told Cal Jory that she would stay.";
	const char *t2 = "Jerome Nash met Janet Orr.\n\"No,\" she said.";
	const char *t3 = "Ada Holt left. \"I met Cal Jory,\" she said. "
	    "Later he called.";
	const char *t4 = "Acme Corp. said he was wrong.";
	const char *t5 = "Mr. Dee Kemp met Ada Holt. She spoke first.";
	struct ner_mention m[3];

	m[0] = men(t1, "Ada Holt", "Ada Holt", NER_PERSON, "");
	m[1] = men(t1, "Cal Jory", "Cal Jory", NER_PERSON, "");
	model(nm, t1, m, 2);
	check(strcmp(ref(nm, t1, "she"), "Ada Holt") == 0,
	    "coref-same-sentence-subject");
	check(nm->ev[0].npron == 1 && nm->ev[1].npron == 0,
	    "coref-pronoun-count");

	m[0] = men(t2, "Jerome Nash", "Jerome Nash", NER_PERSON, "");
	m[1] = men(t2, "Janet Orr", "Janet Orr", NER_PERSON, "");
	model(nm, t2, m, 2);
	check(strcmp(ref(nm, t2, "she"), "Janet Orr") == 0,
	    "coref-earlier-sentence-given-name-hint");
	check(names_gender(nm, 1) == GENDER_F && names_gender(nm, 0) == 0,
	    "coref-gender-from-pronoun-only");

	m[0] = men(t3, "Ada Holt", "Ada Holt", NER_PERSON, "");
	m[1] = men(t3, "Cal Jory", "Cal Jory", NER_PERSON, "");
	model(nm, t3, m, 2);
	check(strcmp(ref(nm, t3, "he called"), "") == 0,
	    "coref-no-antecedent-inside-quotation");

	m[0] = men(t4, "Acme Corp.", "Acme Corp.", NER_ORG, "");
	model(nm, t4, m, 1);
	check(strcmp(ref(nm, t4, "he"), "") == 0, "coref-org-never-he");

	m[0] = men(t5, "Dee Kemp", "Dee Kemp", NER_PERSON, "Mr.");
	m[1] = men(t5, "Ada Holt", "Ada Holt", NER_PERSON, "");
	model(nm, t5, m, 2);
	check(strcmp(ref(nm, t5, "She"), "Ada Holt") == 0,
	    "coref-skips-other-gender");
}

/* Two recognisers that each read half of a document, merged, resolve as
 * one that read it all (quotes reads a chunk so, on two threads). */
static void
test_merge(void)
{
	static const char *const para[] = {
		"Sen. Walter Brennan of Ohio met Dana Whitlock in Boston.",
		"Whitlock, a lawyer for Vantrex Holdings, said nothing.",
		"Brennan left for Washington on Friday.",
		"Later Brennan and Whitlock spoke to the Times."
	};
	struct ner *one = ner_new(), *a = ner_new(), *b = ner_new();
	const struct ner_mention *m1, *m2;
	size_t i, n1, n2, off = 0;
	int same;

	for (i = 0; i < LEN(para); i++) {
		ner_para(one, para[i], strlen(para[i]), off, i + 1);
		ner_para(i < 2 ? a : b, para[i], strlen(para[i]), off, i + 1);
		off += strlen(para[i]) + 1;
	}
	ner_merge(a, b);
	m1 = ner_resolve(one, &n1);
	m2 = ner_resolve(a, &n2);
	same = n1 == n2 && n1 > 6;
	for (i = 0; same && i < n1; i++)
		same = m1[i].start == m2[i].start && m1[i].end == m2[i].end &&
		    m1[i].type == m2[i].type &&
		    strcmp(m1[i].entity, m2[i].entity) == 0;
	check(same, "ner-merge-as-one");
	check(ner_fed(a) == ner_fed(one), "ner-merge-fed");
	ner_free(one);
	ner_free(a);
	ner_free(b);
}

int
main(void)
{
	struct names nm;

	names_init(&nm);
	test_quoted();
	test_word();
	test_gender(&nm);
	test_holder(&nm);
	test_surname_shared(&nm);
	test_passes(&nm);
	test_merge();
	names_free(&nm);
	return nfail != 0;
}
