/*
 * names.h: who is who in a document.
 *
 * Takes the name mentions that ner.h found (names_add, in document
 * order, as many windows as the caller resolves) and the paragraphs they
 * came from (doc.h).  Gives the document's entities: mentions with the
 * same canonical name and type are one entity, with its mention count,
 * the gender the text gives it and the mentions by pronoun that coref.h
 * links to it.  entities prints them; quotes names its speakers by them,
 * so that the two programs agree.
 *
 * Gender is what the text itself says (names_evidence): a title or noun
 * of the mention (Mr., Ms., Congresswoman), a gendered noun just before
 * the name (his wife Jane Roe, spokeswoman Jane Roe) or in apposition
 * after it (Tom Roe, the victim's father), and the he/she pronouns that
 * coref.h links to it.  Given names never fill it: names_guess() is only
 * a hint for pronoun agreement.  The word lists are
 * common/data/names_gender.txt (evidence) and names_given.txt (given
 * names, for the hint).
 *
 * A role noun goes to its holder (names_holder): "the senator" is the
 * last person named with a title that makes a senator (Sen. Jo Roe),
 * from common/data/quote_titles.txt.
 */
#ifndef NAMES_H
#define NAMES_H

#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "ner.h"

#define NAMES_NONE	UINT32_MAX

enum { GENDER_NONE = 0, GENDER_F = 'f', GENDER_M = 'm' };

struct entity {
	char		*name;		/* canonical name, NUL-terminated */
	int		 type;		/* enum ner_type */
	uint32_t	 nment;		/* mentions by name */
	uint32_t	 npron;		/* mentions by pronoun (coref.h) */
	uint32_t	 evf, evm;	/* weight of the text's evidence */
};

/* A mention: by name (pron 0) or by pronoun (pron 'f', 'm'). */
struct nmention {
	uint64_t	 start, end;	/* document offsets, end exclusive */
	uint32_t	 ent;		/* entity, or NAMES_NONE */
	int		 pron;
	const char	*role;		/* what its title makes it (Sen. Roe:
					   "senator"), or NULL */
	unsigned	 age;		/* Jo Roe, 45,: 45; or 0 */
};

struct names {
	struct entity	*ev;
	size_t		 ne, ecap;
	struct nmention	*mv;		/* by name, in document order */
	size_t		 nm, mcap;
	struct nmention	*pv;		/* by pronoun, in document order */
	size_t		 np, pcap;
	uint32_t	*tab;		/* (name, type) -> entity */
	size_t		 tabcap;
	struct nsur	*sur;		/* a person's last word -> entity */
	size_t		 surcap, nsur;
};

/* names_surname()'s index: entity id, and how many persons share the
 * last word. */
struct nsur {
	uint64_t	 h;
	uint32_t	 id, n;
};

void	 names_init(struct names *);
void	 names_clear(struct names *);	/* forget the document */
void	 names_free(struct names *);
/* Add n resolved mentions (PERSON, ORG, LOC, NORP are kept). */
void	 names_add(struct names *, const struct ner_mention *, size_t);
/* Gender evidence from titles and nouns, over the paragraphs (sorted by
 * offset) that the mentions came from. */
void	 names_evidence(struct names *, const struct doc_para *, size_t);
/* The entity of the canonical name s of one of the types (a bit mask of
 * 1 << type), or NAMES_NONE. */
uint32_t names_find(const struct names *, const char *, unsigned);
/* The first mention by name of one of the types inside [start, end), or
 * NULL; the mentions after it follow it in mv. */
const struct nmention *names_in(const struct names *, uint64_t, uint64_t,
	    unsigned);
/* The holder of a role (a later "the senator", "the prime minister"):
 * the entity of the last mention by name before offset o whose title
 * gives that role, or NAMES_NONE. */
uint32_t names_holder(const struct names *, const char *, uint64_t);
/* The person given age a (Jo Roe, 45,; 45-year-old Jo Roe) last before
 * document offset o: "the 45-year-old"; or NAMES_NONE. */
uint32_t names_age_holder(const struct names *, unsigned, uint64_t);
/* The role a title word gives (Sen., senator: "senator"), any case, or
 * NULL (common/data/quote_titles.txt). */
const char *names_role(const char *, size_t);
/* The one person whose name of two words or more ends with the word
 * s[0..n) (ASCII letters in any case), or NAMES_NONE (none, or two). */
uint32_t names_surname(const struct names *, const char *, size_t);
/* The entity of the last mention by name of one of the types (a bit
 * mask) that ends at or before offset o and starts at o - win or after,
 * or NAMES_NONE: an organisation's "it". */
uint32_t names_last_before(const struct names *, uint64_t, uint64_t,
	    unsigned);
/* The mention by pronoun that starts at start, or NULL. */
const struct nmention *names_pronoun(const struct names *, uint64_t);
/* 'f', 'm' or 0: the gender the text gives entity e. */
int	 names_gender(const struct names *, uint32_t);
/* The gender that evidence of weights evf and evm decides for an entity
 * of the type: the larger, for a person only; none on a tie. */
int	 names_decide(int, uint32_t, uint32_t);
/* 'f', 'm' or 0: a hint from a given name (Mary, John), for agreement. */
int	 names_guess(const struct names *, uint32_t);
/* "female", "male" or "". */
const char *names_gender_name(int);
/* 'f', 'm' or 0: what a word says (spokeswoman, Mr.), any case. */
int	 names_word_gender(const char *, size_t);
/* Is the lower-case word s[0..n) a noun for a person (firefighter,
 * spokeswoman: quote_nouns.txt)? */
int	 names_person_noun(const char *, size_t);

#endif
