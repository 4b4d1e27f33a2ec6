/*
 * tok.h: the tokenizer shared by tokenize, entities and quotes.
 *
 * tok_next() finds the next token in s[0..n) at or after *pos, the way a
 * careful reader of English news splits text: abbreviations and
 * initialisms (U.S., Sen., a.m.), hyphenated compounds, numbers with
 * separators, decimals and signs, times, ordinals, URLs, e-mail
 * addresses, @handles, #tags and emoji grapheme clusters stay whole;
 * contractions and possessives stay whole too unless TOK_PTB asks for the
 * Penn Treebank / Universal Dependencies split (do n't, Putin 's).
 *
 * The buffer may hold NUL and invalid UTF-8 (an invalid byte is a symbol
 * token of its own).  White space separates tokens and is never part of
 * one.  Offsets are byte offsets into s.  Nothing is allocated per call;
 * tok_init() builds the tables once (tok_next calls it when needed).
 *
 * struct tok also carries state between calls (the rest of a token being
 * split under TOK_PTB): zero it (TOK_INIT) before the first call on a
 * buffer and pass the same one each time.
 */
#ifndef TOK_H
#define TOK_H

#include <stddef.h>

enum tok_class {
	TOK_WORD,		/* words, contractions, abbreviations */
	TOK_NUMBER,		/* 2,500  8.5  -3  10:30  1st  1990s */
	TOK_PUNCT,		/* . , ; : ! ? quotes brackets dashes ... */
	TOK_SYMBOL,		/* $ % & + = < > © invalid bytes ... */
	TOK_URL,
	TOK_EMAIL,
	TOK_MENTION,		/* @handle */
	TOK_HASHTAG,		/* #tag */
	TOK_EMOJI,		/* one whole grapheme cluster */
	TOK_NCLASS
};

/* Flags for tok_next. */
#define TOK_PTB		0x1	/* split clitics the PTB/UD way */

struct tok {
	size_t	 start, end;	/* the token is s[start..end) */
	int	 cls;		/* enum tok_class */
	/* private: pieces still to come from a split token */
	const char	*ps;
	size_t	 pend[4];
	int	 pcls[4];
	int	 np, pi;
};

#define TOK_INIT	{ 0, 0, 0, NULL, { 0 }, { 0 }, 0, 0 }

void		 tok_init(void);
/*
 * The next token at or after *pos: 1 with *t filled and *pos moved past
 * it, or 0 when only white space is left (*pos = n).
 */
int		 tok_next(const char *, size_t, size_t *, struct tok *, int);
/*
 * The same for many tokens at once (fewer calls where speed matters):
 * up to max of them into v, with *pos and *t as for tok_next.  Returns
 * how many; 0 when only white space is left.
 */
struct tokspan {
	size_t	 start, end;
	int	 cls;
};
size_t		 tok_many(const char *, size_t, size_t *, struct tok *,
		    struct tokspan *, size_t, int);
/* "word", "number", ... */
const char	*tok_class_name(int);
/* 1 for the classes -w keeps: word, number, url, email, mention,
 * hashtag (not punct, symbol, emoji). */
int		 tok_is_wordlike(int);

#endif
