/*
 * lexicon.h: the recogniser's word lists as one table, key -> kinds.
 *
 * Takes the lists ent_places, ent_norp, ent_orgs, ent_given, ent_common,
 * ent_states, ent_cues and ent_stopcaps (common/data), with the accents
 * of each place also dropped and each place also lower-cased; gives, for
 * a word or a run of words, the L_* bits of its entries (L_PREFIX when a
 * longer entry starts with it), and three bit filters that say cheaply
 * when a lower-case word cannot be an entry.
 *
 * The table is built when the programs are: common/data/tabgen.c calls
 * lex_build() and lex_write(), and the programs call lex_use() on what it
 * wrote (tab_lexicon), so that nothing is built at start-up.  Read-only
 * once in use: threads may share it.
 */
#ifndef LEXICON_H
#define LEXICON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Lexicon bits. */
#define L_PLACE		(1u << 0)
#define L_NORP		(1u << 1)
#define L_ORG		(1u << 2)
#define L_GIVEN		(1u << 3)
#define L_COMMON	(1u << 4)
#define L_STATE		(1u << 5)
#define L_TITLE		(1u << 6)
#define L_NAMESUF	(1u << 7)
#define L_ORGHEAD	(1u << 8)
#define L_ORGSUF	(1u << 9)
#define L_FACHEAD	(1u << 10)
#define L_LOCHEAD	(1u << 11)
#define L_LOCPRE	(1u << 12)
#define L_CONN		(1u << 13)
#define L_PARTICLE	(1u << 14)
#define L_MONTH		(1u << 15)
#define L_WDAY		(1u << 16)
#define L_DATEWORD	(1u << 17)
#define L_DATEREL	(1u << 18)
#define L_DATEUNIT	(1u << 19)
#define L_TIMEWORD	(1u << 20)
#define L_CURRENCY	(1u << 21)
#define L_MAG		(1u << 22)
#define L_PCT		(1u << 23)
#define L_NUMW		(1u << 24)
#define L_LOCPREP	(1u << 25)
#define L_PVERB		(1u << 26)
#define L_STOPCAP	(1u << 27)
#define L_HON		(1u << 30)	/* a title that starts a new name */
#define L_PLACELC	(1u << 28)	/* a place, lower-cased */
#define L_LCPREFIX	(1u << 29)	/* starts a lower-cased place */
#define L_PREFIX	(1u << 31)	/* starts a longer entry */

#define L_NAMEGAZ	(L_PLACE | L_NORP | L_ORG)
#define L_ANYNAME	(L_NAMEGAZ | L_GIVEN | L_TITLE | L_MONTH | L_WDAY | \
			 L_STATE)

#define L_NAMEGAZ	(L_PLACE | L_NORP | L_ORG)
#define L_ANYNAME	(L_NAMEGAZ | L_GIVEN | L_TITLE | L_MONTH | L_WDAY | \
			 L_STATE)
/* What a lower-case word is looked up for everywhere (lex_lcany()). */
#define L_LCANY	(L_DATEWORD | L_DATEREL | L_NUMW | L_PLACELC | L_LCPREFIX)

struct lent {
	uint32_t	 hash;		/* the low half of hash_bytes() */
	uint32_t	 off, len;	/* the key in keys */
	uint32_t	 bits;
};

#define LCBITS	(1u << 16)
#define KEYBITS	(1u << 20)	/* bits of the filter of all keys */
struct lexicon {
	const struct lent *lex;		/* cap slots; len 0: free */
	size_t		 cap, n;
	const struct lent *hot;		/* see hot_find() */
	size_t		 hotcap;
	const char	*keys;
	size_t		 keylen;
	const uint64_t	*lcfilt;	/* LCBITS bits, see lex_lcany() */
	const uint64_t	*pnfilt;	/* the same, person nouns */
	const uint64_t	*lc2filt;	/* 1 << 16 bits, see lex_lc2() */
	const uint64_t	*keyfilt;	/* KEYBITS bits: two per key of lex,
					   so that most words not in it are
					   told without reading the table */
	const uint64_t	*hotfilt;	/* LCBITS bits: the same for hot */
};

extern const struct lexicon tab_lexicon;

/* Use a lexicon (tab_lexicon); before any lookup. */
void		 lex_use(const struct lexicon *);
/* Build the lexicon from the lists. */
const struct lexicon *lex_build(void);
/* Write a lexicon as C: a struct lexicon named tab_lexicon. */
int		 lex_write(const struct lexicon *, FILE *);

/* The entry of k[0..n), or NULL. */
const struct lent *lex_find(const char *, size_t);
/* The same among the lower-case entries that matter for a lower-case
 * word (cues, lower-cased places, prefixes): a smaller table. */
const struct lent *hot_find(const char *, size_t);
/* A cheap hash of a word, < LCBITS. */
uint32_t	 lcslot(const char *, size_t);
/* May a lower-case word of that lcslot() have an L_LCANY bit or be a
 * name particle?  Is it perhaps a person noun (quote_nouns)? */
int		 lex_lcany(uint32_t);
int		 lex_pnoun(uint32_t);
/* Does a lower-cased place of several words have a second word that
 * starts with the bytes b (first << 8 | second)? */
int		 lex_lc2(unsigned);

#endif
