/*
 * ner.c: named entities by rules, cue words and gazetteers (the
 * gazetteers and cue words are one table, lexicon.h).
 *
 * A paragraph is tokenized (tok.h, PTB splitting, so that possessives come
 * apart) and split into sentences (sent.h).  A first pass finds handles,
 * party tags, money, percentages, dates, times and numbers.  A second
 * pass takes maximal runs of capitalised words, bridged by "of", "on",
 * "and" after an organisation's head word and by name particles, and
 * reads each run from the left: a leading "The", a sentence-initial
 * common word, a known place, nationality or organisation (longest
 * match), titles, then the head word (Committee, Embassy, River, Inc.),
 * given names and the context.  What stays unknown is decided at the end
 * of the document, when every mention of the same name has been seen.
 *
 * ner_resolve() links names within the document: a shorter name that is
 * the end of a longer person's name (Paul, Rand Paul) or of a longer
 * facility or organisation (Capitol, U.S. Capitol) takes the longer one
 * as its canonical name and type; a name's type is decided once, by the
 * strongest evidence over all its mentions.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "ner.h"
#include "sent.h"
#include "tok.h"
#include "utf8.h"
#include "util.h"
#include "wordset.h"

WS_TABLE(ent_aliases);
WS_TABLE(ent_events);
WS_TABLE(ent_family);
WS_TABLE(ent_surnames);
WS_TABLE(quote_nouns);

static struct wordset aliases, events, pnouns, surnames, families;

static const char *const tnames[NER_NTYPES] = {
	"PERSON", "ORG", "LOC", "NORP", "DATE", "TIME", "MONEY", "PERCENT",
	"CARDINAL", "HANDLE"
};

const char *
ner_type_name(int t)
{
	return t >= 0 && t < NER_NTYPES ? tnames[t] : "?";
}

int
ner_type_parse(const char *s, size_t n)
{
	char w[16];
	size_t i;
	int t;

	if (n == 0 || n >= sizeof(w))
		return -1;
	for (i = 0; i < n; i++)
		w[i] = (s[i] >= 'a' && s[i] <= 'z') ? s[i] - 32 : s[i];
	w[n] = '\0';
	for (t = 0; t < NER_NTYPES; t++)
		if (strcmp(w, tnames[t]) == 0)
			return t;
	if (strcmp(w, "PER") == 0)
		return NER_PERSON;
	if (strcmp(w, "GPE") == 0 || strcmp(w, "FAC") == 0)
		return NER_LOC;
	return -1;
}

/* The lists: once, before any thread reads them. */
static void
lex_init(void)
{
	static int ready;

	if (ready)
		return;
	ready = 1;
	lex_use(&tab_lexicon);
	ws_fixed(&aliases, &wst_ent_aliases);
	ws_fixed(&events, &wst_ent_events);
	ws_fixed(&surnames, &wst_ent_surnames);
	ws_fixed(&families, &wst_ent_family);
	ws_fixed(&pnouns, &wst_quote_nouns);
	tok_init();
}

/* Paragraph tokens. */
#define XF_CAP		0x01	/* starts with an upper-case letter */
#define XF_ALLCAP	0x02	/* two or more letters, all upper case */
#define XF_SENT		0x04	/* first word of a sentence or quotation */
#define XF_USED		0x08	/* taken by a mention already */
#define XF_PARTY	0x10	/* followed by a party tag (R-KY) */
#define XF_LOWER	0x20	/* starts with a lower-case letter */
#define XF_SPACE	0x40	/* white space before it */
#define XF_DIGIT	0x80	/* starts with a digit */
#define XF_LCANY	0x100	/* lower case, may be a date or place word
				   or a name particle */

#define LEX_UNSET	0xFFFFFFFFu

struct xt {
	uint32_t	 s, e;
	uint32_t	 lex, lexl;	/* bits of the word, of its lower case */
	uint16_t	 f;
	uint8_t		 cls;
};

/* Strength of a candidate's type. */
#define S_AMBIG		0	/* only if the document names it otherwise */
#define S_GUESS		1
#define S_WEAK		2
#define S_STRONG	4

#define T_UNK		NER_NTYPES
#define T_NONE		(NER_NTYPES + 1)

/* Features of an unknown name. */
#define UF_COMMON	0x01
#define UF_ALLCAP	0x02
#define UF_PREVLOC	0x04
#define UF_PREVTHE	0x08
#define UF_NEXTPV	0x10
#define UF_SURN		0x20
#define UF_SENT		0x40
#define UF_ALORG	0x80	/* Al-Nassr inside a sentence */
#define UF_GIVEN	0x100
#define UF_COMMA	0x200
#define UF_ORGCUE	0x400	/* by, at, from, with, according to */
#define UF_EVENT	0x800	/* Hurricane Katrina: not a name here */
#define UF_PNOUN	0x1000	/* a person noun in apposition */
#define UF_LISTPREV	0x2000	/* X and Y, X, Y and: Y follows a name */
#define UF_LISTNEXT	0x4000	/* and X before a name */
#define UF_FAMFIRST	0x8000	/* Xi Jinping: the family name first */
#define UF_SHOP		0x10000	/* at Bob Evans's, Ray's Pizza */
#define UF_PREVIN	0x20000	/* a locative preposition but from */
#define UF_LOCPRE	0x40000	/* starts with El, San, Lago, ... */
#define UF_PARTSURN	0x80000	/* Marine Le Pen: a particle surname */
#define UF_FIRMCUE	0x100000 /* companies like X, firms such as X */
#define UF_ACCORDING	0x200000 /* according to X */

struct rawm {
	uint64_t	 line, start, end;
	uint64_t	 sent;		/* its sentence, counted from the reset */
	uint32_t	 moff, mlen;	/* mention text in the arena */
	uint32_t	 koff, klen;	/* key (normalised name) */
	uint32_t	 toff, tlen;	/* title */
	uint32_t	 name;		/* name record, or UINT32_MAX */
	uint32_t	 uf;
	uint8_t		 type, strength;
};

struct name {
	uint64_t	 hash;
	uint32_t	 koff, klen;
	uint32_t	 ntoks, count, nsent;
	uint32_t	 ninit;		/* of the tokens, initials ("J.") */
	uint32_t	 first, last;	/* word index hash buckets */
	uint32_t	 votes[NER_NTYPES];
	uint32_t	 parent;
	uint32_t	 uf;
	uint8_t		 type, evid, thecap, headtail, maxs;
	uint8_t		 guessed;	/* typed by guess() alone */
	uint32_t	 coff;		/* canonical name in the arena */
};

/*
 * A cache of the lexicon bits of capitalised words (the same few names
 * and sentence starters come back all the time): direct-mapped on the
 * word's bytes, one per struct ner (see cap_bits).
 */
#define CCACHE	4096
struct centry {
	char		 key[23];
	uint8_t		 len;
	uint32_t	 lex, lexl;
};

struct ner {
	struct xt	*t;
	size_t		 nt, tcap;
	struct spanv	 sents;
	int		 split;		/* sents are sent_split()'s */
	struct spanv	 csents;	/* the sentences, where sents are not */
	uint64_t	 nsent;		/* sentences fed since the reset */
	const char	*s;		/* the paragraph */
	size_t		 n;
	uint64_t	 off, lineno, fed;
	int		 wrapped, nl;	/* hard-wrapped; this paragraph has \n */
	size_t		 nlpos;		/* newlines counted up to here */
	uint64_t	 nlcount;
	struct buf	 arena, key;
	struct rawm	*m;
	size_t		 nm, mcap;
	struct name	*names;
	size_t		 nnames, namecap;
	uint32_t	*ntab;		/* key -> name */
	size_t		 ntabcap;
	int		 lowstyle;	/* the paragraph writes "i" for "I" */
	struct ner_mention *out, *stmp;	/* stmp: scratch for the sort */
	size_t		 outcap;
	struct centry	*ccache;	/* see cap_bits() */
};

struct ner *
ner_new(void)
{
	struct ner *nr;

	lex_init();
	sent_init();
	nr = xcalloc(1, sizeof(*nr));
	nr->ccache = xcalloc(CCACHE, sizeof(*nr->ccache));
	return nr;
}

void
ner_free(struct ner *nr)
{
	if (nr == NULL)
		return;
	free(nr->t);
	spanv_free(&nr->sents);
	spanv_free(&nr->csents);
	buf_free(&nr->arena);
	buf_free(&nr->key);
	free(nr->m);
	free(nr->names);
	free(nr->ntab);
	free(nr->out);
	free(nr->stmp);
	free(nr->ccache);
	free(nr);
}

void
ner_reset(struct ner *nr)
{
	nr->nm = 0;
	nr->nnames = 0;
	nr->fed = 0;
	nr->nsent = 0;
	buf_reset(&nr->arena);
	if (nr->ntab != NULL)
		memset(nr->ntab, 0xFF, nr->ntabcap * sizeof(*nr->ntab));
}

uint64_t
ner_sents(const struct ner *nr)
{
	return nr->nsent;
}

uint64_t
ner_fed(const struct ner *nr)
{
	return nr->fed;
}

int
ner_full(const struct ner *nr)
{
	return nr->fed >= NER_WINDOW || nr->nm >= NER_MAXMENTIONS ||
	    nr->arena.len >= NER_WINDOW;
}

/* Append s[0..n) to b with white space runs as one space and ’ as '. */
static void
norm_add(struct buf *b, const char *s, size_t n)
{
	size_t i;
	int sp = 0;

	buf_grow(b, n);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c <= ' ') {
			sp = 1;
			continue;
		}
		if (sp && b->len > 0)
			b->s[b->len++] = ' ';
		sp = 0;
		if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
		    (unsigned char)s[i + 2] == 0x99) {
			b->s[b->len++] = '\'';
			i += 2;
			continue;
		}
		b->s[b->len++] = (char)c;
	}
}

/* Is there a byte from lo to hi in s[0..n)? */
static int
has_byte(const char *s, size_t n, char lo, char hi)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] >= lo && s[i] <= hi)
			return 1;
	return 0;
}

/* Bits of tokens [a, b) read as one key, or 0. */
static uint32_t
span_bits(struct ner *nr, size_t a, size_t b)
{
	const struct lent *e;

	buf_reset(&nr->key);
	norm_add(&nr->key, nr->s + nr->t[a].s, nr->t[b - 1].e - nr->t[a].s);
	if (nr->key.len > 0 && nr->key.s[0] >= 'a' && nr->key.s[0] <= 'z') {
		e = hot_find(nr->key.s, nr->key.len);
		if (e == NULL && b - a > 1 && has_byte(nr->key.s,
		    nr->key.len, 'A', 'Z'))
			e = lex_find(nr->key.s, nr->key.len);	/* al-Qaida */
	} else
		e = lex_find(nr->key.s, nr->key.len);
	return e ? e->bits : 0;
}

/* May the lower-case word i have one of the L_LCANY bits, or be a name
 * particle? */
static int
lc_maybe(const struct ner *nr, size_t i)
{
	const char *k = nr->s + nr->t[i].s;
	size_t n = nr->t[i].e - nr->t[i].s;
	uint32_t b;

	if (k[0] < 'a' || k[0] > 'z')
		return 1;
	b = lcslot(k, n);
	return lex_lcany(b);
}

static uint32_t tlex_raw(struct ner *, size_t);
static uint32_t tlexl_raw(struct ner *, size_t);
static int capword(struct ner *, size_t);

/* Fill x->lex and x->lexl of capitalised word i through the cache. */
static void
cap_bits(struct ner *nr, size_t i)
{
	struct xt *x = &nr->t[i];
	struct centry *c;
	size_t n = x->e - x->s;
	const char *k = nr->s + x->s;

	if (n > sizeof(c->key)) {
		x->lex = tlex_raw(nr, i);
		x->lexl = tlexl_raw(nr, i);
		return;
	}
	c = &nr->ccache[lcslot(k, n) & (CCACHE - 1)];
	if (c->len == n && memcmp(c->key, k, n) == 0) {
		x->lex = c->lex;
		x->lexl = c->lexl;
		return;
	}
	x->lex = tlex_raw(nr, i);
	x->lexl = tlexl_raw(nr, i);
	memcpy(c->key, k, n);
	c->len = (uint8_t)n;
	c->lex = x->lex;
	c->lexl = x->lexl;
}

static uint32_t
tlex(struct ner *nr, size_t i)
{
	struct xt *x = &nr->t[i];

	if (x->lex == LEX_UNSET && (x->f & XF_CAP))
		cap_bits(nr, i);
	return tlex_raw(nr, i);
}

static uint32_t
tlexl(struct ner *nr, size_t i)
{
	struct xt *x = &nr->t[i];

	if (x->lexl == LEX_UNSET && (x->f & XF_CAP))
		cap_bits(nr, i);
	return tlexl_raw(nr, i);
}

static uint32_t
tlex_raw(struct ner *nr, size_t i)
{
	struct xt *x = &nr->t[i];

	if (x->lex == LEX_UNSET && (x->f & XF_LOWER))
		x->lex = tlexl_raw(nr, i) & ~L_COMMON;
	if (x->lex == LEX_UNSET) {
		x->lex = span_bits(nr, i, i + 1) & ~L_COMMON;
		if (x->lex == 0 && (x->f & XF_ALLCAP) && x->e - x->s > 3 &&
		    x->e - x->s < 64) {
			/* WASHINGTON: as Washington */
			const struct lent *e;
			char w[64];
			size_t j, n = x->e - x->s;

			w[0] = nr->s[x->s];
			for (j = 1; j < n; j++)
				w[j] = (char)((nr->s[x->s + j] >= 'A' &&
				    nr->s[x->s + j] <= 'Z') ? nr->s[x->s + j] |
				    0x20 : nr->s[x->s + j]);
			if ((e = lex_find(w, n)) != NULL)
				x->lex = e->bits & (L_PLACE | L_NORP |
				    L_GIVEN | L_MONTH | L_WDAY);
			/* YOU WILL FALL, SHE MAY: shouting, no name */
			if ((x->lex & L_GIVEN) && (tlexl_raw(nr, i) &
			    L_STOPCAP))
				x->lex &= ~L_GIVEN;
		}
		if (!(x->lex & L_GIVEN) && (x->f & XF_CAP) &&
		    x->e - x->s < 64 && memchr(nr->s + x->s, 0xC3,
		    x->e - x->s) != NULL) {
			/* María, Cécile: a given name with its accents */
			const struct lent *e;
			char w[64];
			size_t n;

			if ((n = u8_ascii_fold(nr->s + x->s, x->e - x->s, w,
			    sizeof(w))) > 0 && (e = lex_find(w, n)) != NULL)
				x->lex |= e->bits & L_GIVEN;
		}
	}
	return x->lex;
}

/* Bits of the lower-case form (common words, lower-case cues). */
static uint32_t
tlexl_raw(struct ner *nr, size_t i)
{
	struct xt *x = &nr->t[i];
	const struct lent *e;
	char w[64];
	size_t n = x->e - x->s, j;

	if (x->lexl != LEX_UNSET)
		return x->lexl;
	x->lexl = 0;
	if (n >= sizeof(w))
		return 0;
	for (j = 0; j < n; j++) {
		unsigned char c = (unsigned char)nr->s[x->s + j];

		if (c >= 0x80)
			return 0;
		w[j] = (char)((c >= 'A' && c <= 'Z') ? c | 0x20 : c);
	}
	if ((e = (x->f & XF_LOWER) ? hot_find(w, n) : lex_find(w, n)) != NULL)
		x->lexl = e->bits;
	return x->lexl;
}

/* Token i is a hyphen with no space on either side. */
static int
joiner(const struct ner *nr, size_t i)
{
	return i + 1 < nr->nt && nr->t[i].e - nr->t[i].s == 1 &&
	    nr->s[nr->t[i].s] == '-' && !(nr->t[i].f & XF_SPACE) &&
	    !(nr->t[i + 1].f & XF_SPACE);
}

/* Longest match at a of an entry with one of bits; end in *k. */
static uint32_t
match(struct ner *nr, size_t a, size_t lim, uint32_t want, size_t *k)
{
	uint32_t bits, got = 0;
	size_t j;

	*k = a;
	for (j = a + 1; j <= lim && j <= a + 7; j++) {
		if (joiner(nr, j - 1) && j > a + 1)
			continue;	/* a span ending in "-" */
		bits = j == a + 1 ? tlex(nr, a) : span_bits(nr, a, j);
		if (bits & want) {
			got = bits & want;
			*k = j;
		}
		if (j + 1 < lim && joiner(nr, j))
			continue;	/* al-Qaida, Winston-Salem */
		if (!(bits & L_PREFIX) && j > a + 1)
			break;
		if (j == a + 1 && !(bits & L_PREFIX) && !(bits & want))
			break;
	}
	return got;
}

/* Token i is the word w (inlined, so that strlen of a literal is folded). */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int
teq(const struct ner *nr, size_t i, const char *w)
{
	size_t n = strlen(w);

	return i < nr->nt && nr->t[i].e - nr->t[i].s == n &&
	    memcmp(nr->s + nr->t[i].s, w, n) == 0;
}

/* Tokens i and j are the same word (Vince Vince). */
static int
same_word(const struct ner *nr, size_t i, size_t j)
{
	size_t n = nr->t[i].e - nr->t[i].s;

	return nr->t[j].e - nr->t[j].s == n && memcmp(nr->s + nr->t[i].s,
	    nr->s + nr->t[j].s, n) == 0;
}

/* Token i is one of the n words of v. */
static int
teq_any(const struct ner *nr, size_t i, const char *const *v, size_t n)
{
	const char *w;
	size_t k, len;

	if (i >= nr->nt)
		return 0;
	w = nr->s + nr->t[i].s;
	len = nr->t[i].e - nr->t[i].s;
	for (k = 0; k < n; k++)		/* the first byte first */
		if (v[k][0] == w[0] && strlen(v[k]) == len &&
		    memcmp(v[k], w, len) == 0)
			return 1;
	return 0;
}

#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int
tch(const struct ner *nr, size_t i)
{
	return i < nr->nt && nr->t[i].e - nr->t[i].s == 1 ?
	    nr->s[nr->t[i].s] : -1;
}

/* Token i is the possessive 's, straight or curly. */
static int
poss_s(const struct ner *nr, size_t i)
{
	return teq(nr, i, "'s") || teq(nr, i, "\xe2\x80\x99s");
}

/*
 * Only a capitalised word's sentence start matters, and a sentence starts
 * after punctuation: is there a capitalised word after punctuation other
 * than a comma, past the first word or number?  If not, the segmenter is
 * not run.
 */
static int
cap_after_stop(const struct ner *nr)
{
	size_t i;

	for (i = 0; i < nr->nt && nr->t[i].cls != TOK_WORD &&
	    nr->t[i].cls != TOK_NUMBER; i++)
		;
	for (i++; i < nr->nt; i++)
		if ((nr->t[i].f & XF_CAP) && nr->t[i - 1].cls != TOK_WORD &&
		    nr->t[i - 1].cls != TOK_NUMBER && !(nr->t[i - 1].e -
		    nr->t[i - 1].s == 1 && nr->s[nr->t[i - 1].s] == ','))
			return 1;
	return 0;
}

/*
 * A paragraph of mostly capitals: is it in title case?  Only articles,
 * conjunctions and prepositions stay in lower case there ("Fed Raises
 * Rates as Inflation Bites"); a sentence full of names has other words in
 * lower case ("He met John Smith", "Elon Musk's SpaceX launched
 * satellites from Cape Canaveral").
 */
static int
headline(const struct ner *nr)
{
	static const char *const minor[] = { "a", "an", "the", "and", "but",
	    "or", "nor", "for", "so", "yet", "of", "on", "in", "at", "to",
	    "by", "up", "as", "off", "out", "per", "via", "vs", "vs.", "v.",
	    "with", "from", "into", "over", "onto", "upon", "than", "amid",
	    "after", "about", "s" };
	size_t i;

	for (i = 0; i < nr->nt; i++)
		if ((nr->t[i].f & XF_LOWER) && nr->t[i].cls == TOK_WORD &&
		    !teq_any(nr, i, minor, LEN(minor)))
			return 0;
	return 1;
}

/* A byline: "By Sarah Johnson and Tom Smith" is no headline. */
static int
byline(struct ner *nr)
{
	size_t i;

	for (i = 0; i < nr->nt && nr->t[i].cls != TOK_WORD; i++)
		;
	return i + 1 < nr->nt && (teq(nr, i, "By") || teq(nr, i, "BY")) &&
	    (nr->t[i + 1].f & XF_CAP) && (tlex(nr, i + 1) & L_GIVEN);
}

/* A credit or signature line: "Jane Roe, Mayor of Valley Town" is no
 * headline. */
static int
credit_line(struct ner *nr)
{
	size_t i;

	for (i = 0; i < nr->nt && nr->t[i].cls != TOK_WORD; i++)
		;
	return i + 2 < nr->nt && (tlex(nr, i) & L_GIVEN) &&
	    (nr->t[i + 1].f & XF_CAP) && nr->t[i + 1].cls == TOK_WORD &&
	    tch(nr, i + 2) == ',';
}

/* Is the next word after s[i] and white space capitalised? */
static int
cap_next(const struct ner *nr, size_t i)
{
	while (i < nr->n && (nr->s[i] == ' ' || nr->s[i] == '\t'))
		i++;
	return i < nr->n && nr->s[i] >= 'A' && nr->s[i] <= 'Z';
}

/*
 * Is the hyphen that ends word x (capitalised) no part of it?  Before
 * a word in lower case (Ann Roe- confirmed: the tokenizer keeps "pre-"
 * whole), or when the word is a given name (a greeting: Ann- Good
 * news); not in Roe- Happy New Year, Inter- Services.
 */
static int
hyphen_cut(struct ner *nr, struct xt *x)
{
	int given;

	if (!cap_next(nr, x->e))
		return 1;
	x->e--;
	given = (span_bits(nr, (size_t)(x - nr->t), (size_t)(x - nr->t) + 1) &
	    L_GIVEN) != 0;
	x->e++;
	return given;
}

/* Cut the hyphen at s[e] off the last token, as a token of its own;
 * gives the last token again (the array may move). */
static struct xt *
hyphen_after(struct ner *nr, size_t e)
{
	struct xt *x;

	if (nr->nt == nr->tcap) {
		nr->tcap *= 2;
		nr->t = xreallocarray(nr->t, nr->tcap, sizeof(*nr->t));
	}
	nr->t[nr->nt - 1].e = (uint32_t)e;
	x = &nr->t[nr->nt++];
	x->s = (uint32_t)e;
	x->e = (uint32_t)e + 1;
	x->cls = TOK_PUNCT;
	x->f = 0;
	x->lex = x->lexl = LEX_UNSET;
	return &nr->t[nr->nt - 2];
}

/* Tokenize the paragraph and mark sentence starts. */
static void
scan(struct ner *nr)
{
	struct tok tk = TOK_INIT;
	struct tokspan v[128], t;
	struct xt *x;
	size_t pos = 0, i, j, nw = 0, ncap = 0, prevend = 0, nv = 0, iv = 0;
	int32_t cp;
	unsigned char c0;

	nr->nt = 0;
	nr->lowstyle = 0;
	for (;;) {
		if (iv == nv) {
			nv = tok_many(nr->s, nr->n, &pos, &tk, v, LEN(v),
			    TOK_PTB);
			if (nv == 0)
				break;
			iv = 0;
		}
		t = v[iv++];
		if (nr->nt == nr->tcap) {
			nr->tcap = nr->tcap ? 2 * nr->tcap : 256;
			nr->t = xreallocarray(nr->t, nr->tcap, sizeof(*nr->t));
		}
		x = &nr->t[nr->nt++];
		x->s = (uint32_t)t.start;
		x->e = (uint32_t)t.end;
		x->cls = (uint8_t)t.cls;
		x->f = t.start > prevend || t.start == 0 ? XF_SPACE : 0;
		x->lex = x->lexl = LEX_UNSET;
		prevend = t.end;
		if (t.cls == TOK_NUMBER) {
			x->f |= XF_DIGIT;
			continue;
		}
		if (t.cls != TOK_WORD)
			continue;
		if (t.end == t.start + 1 && nr->s[t.start] == 's' &&
		    !(x->f & XF_SPACE) && nr->nt >= 3 && (x[-1].f & XF_SPACE) &&
		    (tch(nr, nr->nt - 2) == '\'' || (x[-1].e - x[-1].s == 3 &&
		    memcmp(nr->s + x[-1].s, "\xe2\x80\x99", 3) == 0)) &&
		    x[-2].cls == TOK_WORD) {
			/* "Evans 's", split in the Penn Treebank style: the
			 * possessive */
			x[-1].e = x->e;
			x[-1].cls = TOK_WORD;
			x[-1].f &= ~XF_SPACE;
			nr->nt--;
			continue;
		}
		if (t.end > t.start + 2 && nr->s[t.end - 1] == '-' &&
		    nr->s[t.start] >= 'A' && nr->s[t.start] <= 'Z' &&
		    ((nr->s[t.end - 2] | 0x20) >= 'a' &&
		    (nr->s[t.end - 2] | 0x20) <= 'z') && hyphen_cut(nr, x)) {
			t.end--;
			x = hyphen_after(nr, t.end);
		}
		c0 = (unsigned char)nr->s[t.start];
		if (c0 >= 'a' && c0 <= 'z') {
			x->f |= XF_LOWER;
			nw++;
			if (lc_maybe(nr, nr->nt - 1))
				x->f |= XF_LCANY;
			if (c0 == 'i' && t.end == t.start + 1)
				nr->lowstyle = 1;	/* "i" for "I" */
			continue;
		}
		if (c0 < 0x80)
			cp = c0;
		else
			u8_decode(nr->s + t.start, t.end - t.start, &cp);
		if (u8_isupper(cp)) {
			x->f |= XF_CAP;
			for (j = t.start, i = 0; j < t.end; j++) {
				unsigned char c = (unsigned char)nr->s[j];

				if (c >= 'a' && c <= 'z')
					break;
				if (c >= 'A' && c <= 'Z')
					i++;
			}
			if (j == t.end && i >= 2)
				x->f |= XF_ALLCAP;
		} else if (u8_islower(cp))
			x->f |= XF_LOWER;
		else if (u8_isdigit(cp))
			x->f |= XF_DIGIT;
		if (x->f & (XF_CAP | XF_LOWER)) {
			nw++;
			if (x->f & XF_CAP)
				ncap++;
		}
	}
	/* sentence starts */
	nr->sents.n = 0;
	nr->split = 0;
	if (!cap_after_stop(nr))
		spanv_push(&nr->sents, 0, nr->n);	/* none that matters */
	else if (nr->n > 0 && memchr(nr->s, '.', nr->n - 1) == NULL &&
	    memchr(nr->s, '?', nr->n - 1) == NULL &&
	    memchr(nr->s, '!', nr->n - 1) == NULL &&
	    memchr(nr->s, '\xe2', nr->n) == NULL && memchr(nr->s, ';',
	    nr->n) == NULL && memchr(nr->s, ':', nr->n) == NULL)
		spanv_push(&nr->sents, 0, nr->n);	/* one sentence */
	else {
		sent_split(nr->s, nr->n, &nr->sents);
		nr->split = 1;
	}
	for (i = 0, j = 0; i < nr->sents.n; i++) {
		while (j < nr->nt && nr->t[j].s < nr->sents.v[i].start)
			j++;
		while (j < nr->nt && nr->t[j].cls != TOK_WORD &&
		    nr->t[j].cls != TOK_NUMBER && nr->t[j].s <
		    nr->sents.v[i].end)
			j++;
		if (j < nr->nt)
			nr->t[j].f |= XF_SENT;
	}
	/* after an opening quotation mark, a colon or a dash */
	for (i = 0; i + 1 < nr->nt; i++) {
		const char *p = nr->s + nr->t[i].s;
		size_t n = nr->t[i].e - nr->t[i].s;
		int open = 0;

		if (nr->t[i].cls != TOK_PUNCT)
			continue;
		if (n == 3 && (unsigned char)p[0] == 0xE2 &&
		    (unsigned char)p[1] == 0x80 &&
		    ((unsigned char)p[2] == 0x9C ||
		    (unsigned char)p[2] == 0x98 ||
		    (unsigned char)p[2] == 0x94 ||
		    (unsigned char)p[2] == 0x93))
			open = 1;	/* “ ‘ — – */
		else if (n == 2 && (unsigned char)p[0] == 0xC2 &&
		    (unsigned char)p[1] == 0xAB)
			open = 1;	/* « */
		else if (n == 1 && (p[0] == '"' || p[0] == '\'') &&
		    (nr->t[i].f & XF_SPACE) && !(nr->t[i + 1].f & XF_SPACE))
			open = 1;
		else if (n == 1 && (p[0] == ':' || p[0] == '*' || p[0] == '-'))
			open = 1;
		if (open && nr->t[i + 1].cls == TOK_WORD)
			nr->t[i + 1].f |= XF_SENT;
	}
	/* a headline or a line in title case: every capital is doubtful */
	if (nw >= 4 && ncap * 10 >= nw * 7 && headline(nr) && !byline(nr) &&
	    !credit_line(nr))
		for (i = 0; i < nr->nt; i++)
			if (nr->t[i].f & XF_CAP)
				nr->t[i].f |= XF_SENT;
}

/* The line breaks in the paragraph before byte pos (passes go forward,
 * so the count goes on from the last call). */
static uint64_t
lines_before(struct ner *nr, size_t pos)
{
	const char *q;

	if (pos < nr->nlpos) {
		nr->nlpos = 0;
		nr->nlcount = 0;
	}
	while ((q = memchr(nr->s + nr->nlpos, '\n', pos - nr->nlpos)) !=
	    NULL) {
		nr->nlcount++;
		nr->nlpos = (size_t)(q - nr->s) + 1;
	}
	nr->nlpos = pos;
	return nr->nlcount;
}

/* Record a candidate mention of tokens [a, b), name tokens [ka, kb). */
static void
push(struct ner *nr, size_t a, size_t b, size_t ka, size_t kb, int type,
    int strength, unsigned uf, size_t ta, size_t tb)
{
	struct rawm *m;
	size_t i;

	if (a >= b)
		return;
	if (nr->nm == nr->mcap) {
		nr->mcap = nr->mcap ? 2 * nr->mcap : 256;
		nr->m = xreallocarray(nr->m, nr->mcap, sizeof(*nr->m));
	}
	m = &nr->m[nr->nm++];
	m->line = nr->lineno + (nr->nl ? lines_before(nr, nr->t[a].s) : 0);
	m->start = nr->off + nr->t[a].s;
	m->end = nr->off + nr->t[b - 1].e;
	m->moff = (uint32_t)nr->arena.len;
	buf_add(&nr->arena, nr->s + nr->t[a].s, nr->t[b - 1].e - nr->t[a].s);
	m->mlen = (uint32_t)(nr->arena.len - m->moff);
	m->koff = (uint32_t)nr->arena.len;
	norm_add(&nr->arena, nr->s + nr->t[ka].s, nr->t[kb - 1].e -
	    nr->t[ka].s);
	m->klen = (uint32_t)(nr->arena.len - m->koff);
	m->toff = (uint32_t)nr->arena.len;
	if (ta < tb)
		norm_add(&nr->arena, nr->s + nr->t[ta].s, nr->t[tb - 1].e -
		    nr->t[ta].s);
	m->tlen = (uint32_t)(nr->arena.len - m->toff);
	m->name = UINT32_MAX;
	m->uf = (uint32_t)uf;
	m->type = (uint8_t)type;
	m->strength = (uint8_t)strength;
	for (i = a; i < b; i++)
		nr->t[i].f |= XF_USED;
}

static int
isnum(const struct ner *nr, size_t i)
{
	return i < nr->nt && nr->t[i].cls == TOK_NUMBER;
}

/* A whole number token's value (no separators), or -1. */
static long
numval(const struct ner *nr, size_t i)
{
	long v = 0;
	size_t j;

	size_t e;

	if (!isnum(nr, i) || nr->t[i].e - nr->t[i].s > 6)
		return -1;
	e = nr->t[i].e;
	if (e - nr->t[i].s >= 3 && (memcmp(nr->s + e - 2, "st", 2) == 0 ||
	    memcmp(nr->s + e - 2, "nd", 2) == 0 || memcmp(nr->s + e - 2, "rd",
	    2) == 0 || memcmp(nr->s + e - 2, "th", 2) == 0))
		e -= 2;
	for (j = nr->t[i].s; j < e; j++) {
		if (nr->s[j] < '0' || nr->s[j] > '9')
			return -1;
		v = v * 10 + (nr->s[j] - '0');
	}
	return v;
}

static int
isyear(const struct ner *nr, size_t i)
{
	long v = numval(nr, i);		/* -1 past the last token */

	return v >= 1800 && v <= 2099 && nr->t[i].e - nr->t[i].s == 4;
}

static int
iscurrsym(const struct ner *nr, size_t i)
{
	const char *p = nr->s + nr->t[i].s;
	size_t n = nr->t[i].e - nr->t[i].s;

	if (nr->t[i].cls != TOK_SYMBOL && nr->t[i].cls != TOK_WORD)
		return 0;
	return (n == 1 && p[0] == '$') || (n == 2 && memcmp(p, "\xc2\xa3", 2)
	    == 0) || (n == 2 && memcmp(p, "\xc2\xa5", 2) == 0) ||
	    (n == 3 && memcmp(p, "\xe2\x82\xac", 3) == 0) ||
	    (n == 3 && memcmp(p, "US$", 3) == 0) ||
	    (n == 2 && memcmp(p, "C$", 2) == 0) ||
	    (n == 2 && memcmp(p, "A$", 2) == 0);
}

/* Party-state tag at i: "( R - KY )" or "(R-KY)": its end, or 0. */
static size_t
party_tag(struct ner *nr, size_t i)
{
	size_t j;
	int c;

	if (tch(nr, i) != '(' || i + 2 >= nr->nt)
		return 0;
	j = i + 1;
	c = tch(nr, j);
	if (c == 'R' || c == 'D' || c == 'I') {
		if (tch(nr, j + 1) != '-' && !teq(nr, j + 1, "\xe2\x80\x93"))
			return 0;
		j += 2;
	} else {
		const char *p = nr->s + nr->t[j].s;

		if (nr->t[j].e - nr->t[j].s < 4 || (p[0] != 'R' && p[0] !=
		    'D' && p[0] != 'I') || p[1] != '-')
			return 0;
		j++;
		goto close;
	}
	if (j >= nr->nt || !(nr->t[j].f & XF_CAP))
		return 0;
	j++;
	if (tch(nr, j) == '.')
		j++;
close:
	if (tch(nr, j) != ')')
		return 0;
	return j + 1;
}

/*
 * A person named the way mail headers do, at i: "Smith, Anne" in quotes
 * before an address (<...>) or with a given name last, or a given name
 * before Surname@COMPANY (an address without a dot, as Lotus Notes writes
 * them).  Its end, or 0.
 */
static size_t
mail_name(struct ner *nr, size_t i)
{
	const struct xt *x = &nr->t[i];
	const char *p, *at;
	size_t n, k;

	if (i > 0 && tch(nr, i - 1) == '"' && (x->f & XF_CAP) &&
	    x->cls == TOK_WORD && i + 3 < nr->nt && tch(nr, i + 1) == ',' &&
	    capword(nr, i + 2) && tch(nr, i + 3) == '"' &&
	    (i + 4 >= nr->nt || teq(nr, i + 4, "<") || ((tlex(nr, i + 2) &
	    L_GIVEN) && !(tlex(nr, i) & L_GIVEN))))
		return i + 3;
	if (!(x->f & XF_CAP) || x->cls != TOK_WORD || i + 1 >= nr->nt ||
	    nr->t[i + 1].cls != TOK_EMAIL || !(nr->t[i + 1].f & XF_SPACE))
		return 0;
	p = nr->s + nr->t[i + 1].s;
	n = nr->t[i + 1].e - nr->t[i + 1].s;
	if (p[0] < 'A' || p[0] > 'Z' || memchr(p, '.', n) != NULL ||
	    (at = memchr(p, '@', n)) == NULL)
		return 0;
	for (k = 1; p + k < at; k++)
		if (p[k] < 'a' || p[k] > 'z')
			return 0;
	if (!(tlex(nr, i) & L_GIVEN))
		return 0;
	return i + 2;
}

/* May the capitalised word i be a name on its own? */
static int
lone_name(struct ner *nr, size_t i)
{
	uint32_t b;

	if (!capword(nr, i) || (nr->t[i].f & XF_ALLCAP))
		return 0;
	b = tlex(nr, i);
	if (b & (L_NAMEGAZ | L_STATE | L_TITLE | L_MONTH | L_WDAY | L_PREFIX))
		return 0;
	return (b & L_GIVEN) || !(tlexl(nr, i) & (L_COMMON | L_STOPCAP));
}

/* A lower-case word that is a given name and no common word: "lisa". */
static int
lc_given(struct ner *nr, size_t i)
{
	const char *k = nr->s + nr->t[i].s;
	size_t n = nr->t[i].e - nr->t[i].s, j;
	const struct lent *e;
	char w[32];

	if (n < 4 || n >= sizeof(w))
		return 0;
	for (j = 0; j < n; j++)
		if ((w[j] = k[j]) < 'a' || k[j] > 'z')
			return 0;
	if ((e = lex_find(k, n)) != NULL && (e->bits & (L_COMMON |
	    L_STOPCAP | L_ANYNAME)))
		return 0;
	w[0] = (char)(w[0] - 'a' + 'A');
	return (e = lex_find(w, n)) != NULL && (e->bits & L_ANYNAME) ==
	    L_GIVEN;
}

/* Is the lower-case word i no common word? */
static int
lc_odd(struct ner *nr, size_t i)
{
	const struct lent *e;

	if (i >= nr->nt || nr->t[i].cls != TOK_WORD ||
	    !(nr->t[i].f & XF_LOWER) || nr->t[i].e - nr->t[i].s < 2)
		return 0;
	e = lex_find(nr->s + nr->t[i].s, nr->t[i].e - nr->t[i].s);
	return e == NULL || !(e->bits & (L_COMMON | L_STOPCAP));
}

/*
 * A name written in lower case in a paragraph that writes "i" for "I":
 * a given name, with a surname that is no common word ("jill allen").
 * Its end, or 0.
 */
static size_t
lc_name(struct ner *nr, size_t i)
{
	if (!lc_given(nr, i) || (i > 0 && lc_odd(nr, i - 1)))
		return 0;
	if (i + 1 < nr->nt && (teq(nr, i + 1, "s") || poss_s(nr, i + 1) ||
	    (teq(nr, i + 1, "'") && teq(nr, i + 2, "s"))))
		return 0;	/* a shop: wendy 's */
	return lc_odd(nr, i + 1) ? i + 2 : i + 1;
}

/* Two lone given names joined by "and" at i: "Chuck and Gretchen". */
static int
pair_given(struct ner *nr, size_t i)
{
	if (!(nr->t[i].f & XF_CAP) || i + 3 > nr->nt || !teq(nr, i + 1, "and"))
		return 0;
	if (i > 0 && (capword(nr, i - 1) || tch(nr, i - 1) == '.' ||
	    tch(nr, i - 1) == '-'))
		return 0;
	if (i + 3 < nr->nt && (capword(nr, i + 3) || tch(nr, i + 3) == '.' ||
	    tch(nr, i + 3) == '-' || tch(nr, i + 3) == '\''))
		return 0;
	return lone_name(nr, i) && lone_name(nr, i + 2) && (tlex(nr, i) &
	    L_GIVEN) && (tlex(nr, i + 2) & L_GIVEN);
}

/* A capitalised common word that may open a sentence: "Please". */
static int
opener(struct ner *nr, size_t i)
{
	return i < nr->nt && (nr->t[i].f & XF_CAP) &&
	    !(nr->t[i].f & XF_ALLCAP) && nr->t[i].cls == TOK_WORD &&
	    nr->t[i].e - nr->t[i].s > 1 &&
	    (tlexl(nr, i) & (L_COMMON | L_STOPCAP)) &&
	    !(tlex(nr, i) & (L_ANYNAME | L_PREFIX));
}

/*
 * A mail's sign-off at i: "Regards, Anne", "Thanks. Anne", "Cheers, Anne."
 * and the end, a stop or the next mail's first word.  The end of the
 * name (one word), or 0.
 */
static size_t
sign_off(struct ner *nr, size_t i)
{
	static const char *const closing[] = {
		"Thanks", "Regards", "Cheers", "Sincerely"
	};
	int c;

	if (!teq_any(nr, i, closing, LEN(closing)))
		return 0;
	c = tch(nr, i + 1);
	if ((c != ',' && c != '.' && c != '!') || !lone_name(nr, i + 2))
		return 0;
	if (i + 3 == nr->nt)
		return i + 3;
	c = tch(nr, i + 3);
	if (c == '.' || c == '!' || isnum(nr, i + 3) || teq(nr, i + 3,
	    "Dear") || teq(nr, i + 3, "Hi") || teq(nr, i + 3, "Hello"))
		return i + 3;
	/* Anne Here is the file: the next mail, not her surname */
	if (opener(nr, i + 3) && i + 4 < nr->nt &&
	    nr->t[i + 4].cls == TOK_WORD && (nr->t[i + 4].f & XF_LOWER))
		return i + 3;
	return 0;
}

/*
 * The person greeted or thanked at i: "Hey Anne," "Thanks Anne!" or a
 * letter's salutation "Anne, Please call" at the start of a sentence.
 * The end of the name (one word), or 0.
 */
static size_t
salute(struct ner *nr, size_t i)
{
	const struct xt *x = &nr->t[i];
	int c;

	if (x->cls != TOK_WORD || !(x->f & XF_CAP) || i + 2 > nr->nt)
		return 0;
	if (teq(nr, i, "Hi") || teq(nr, i, "Hey") || teq(nr, i, "Hello") ||
	    teq(nr, i, "Dear") || teq(nr, i, "Thanks")) {
		c = tch(nr, i + 2);
		if (lone_name(nr, i + 1) && (i + 2 == nr->nt || c == ',' ||
		    c == '!' || c == '.' || isnum(nr, i + 2)))
			return i + 2;
	} else if ((x->f & XF_SENT) && tch(nr, i + 1) == ',' &&
	    opener(nr, i + 2) && lone_name(nr, i))
		return i + 1;
	return sign_off(nr, i);
}

/* After a salutation's name at i - 1 (a comma or a colon at i): a
 * common word that opens the letter, or "I" before a lower-case word. */
static int
greet_rest(struct ner *nr, size_t i)
{
	if (tch(nr, i) != ',' && tch(nr, i) != ':')
		return 0;
	if (opener(nr, i + 1))
		return 1;
	if (!teq(nr, i + 1, "I") || i + 2 >= nr->nt ||
	    !(nr->t[i + 2].f & XF_LOWER) || nr->t[i + 2].cls != TOK_WORD)
		return 0;
	/* not an aside: Ann Bob, I dare say, ... */
	return tch(nr, i + 3) != ',' && tch(nr, i + 4) != ',';
}

/*
 * A mail's sign-off and the next one's salutation run together: "Anne
 * Bob, Please ...", "Anne Bob: Attached ...", "Anne Bob, I think ..."
 * (two given names): two people.
 */
static int
sign_greet(struct ner *nr, size_t i)
{
	return (nr->t[i].f & XF_SENT) && i + 3 < nr->nt &&
	    !(i >= 1 && (tlex(nr, i - 1) & L_TITLE)) && !(i >= 2 &&
	    tch(nr, i - 1) == '.' && (tlex(nr, i - 2) & L_TITLE)) &&
	    greet_rest(nr, i + 2) && lone_name(nr, i) &&
	    lone_name(nr, i + 1) && (tlex(nr, i) & L_GIVEN) &&
	    (tlex(nr, i + 1) & L_GIVEN);
}

/*
 * A number of digits only that is part of a name: after a capitalised
 * word that is no common word opening the sentence (Boeing 737, S&P 500),
 * or joined to one by a hyphen (G-20, COVID-19).
 */
static int
glued_num(struct ner *nr, size_t i)
{
	const struct xt *p;
	size_t k;

	if (i == 0)
		return 0;
	for (k = nr->t[i].s; k < nr->t[i].e; k++)
		if (nr->s[k] < '0' || nr->s[k] > '9')
			return 0;	/* 4.0, 08/10/2000, 410-468-3798 */
	if (tch(nr, i + 1) == '-' && isnum(nr, i + 2))
		return 0;	/* a score: the Celtics 112-105 */
	p = &nr->t[i - 1];
	if (p->cls == TOK_WORD && (p->f & XF_CAP) && !(p->f & XF_USED) &&
	    (!(p->f & (XF_SENT | XF_ALLCAP)) ||
	    !(tlexl(nr, i - 1) & L_COMMON)))
		return 1;	/* not "3 TO 4 DAYS" */
	return i > 1 && tch(nr, i - 1) == '-' && !(p->f & XF_SPACE) &&
	    !(nr->t[i].f & XF_SPACE) && nr->t[i - 2].cls == TOK_WORD &&
	    (nr->t[i - 2].f & XF_CAP);
}

/* A number or a number word at i: a percent, an amount of money, a
 * span of time, a time, a year or a cardinal.  The last token used. */
static size_t
num_amount(struct ner *nr, size_t i)
{
	struct xt *x = &nr->t[i];
	size_t j, k, e = i + 1;

	if (x->cls != TOK_NUMBER && i + 2 < nr->nt && tch(nr, i + 1) == '-' &&
	    !(nr->t[i + 1].f & XF_SPACE) && !(nr->t[i + 2].f & XF_SPACE) &&
	    (nr->t[i + 2].f & XF_LOWER) && (tlexl(nr, i + 2) & L_NUMW))
		e = i + 3;	/* thirty-one */
	j = e;
	if (j < nr->nt && (tlexl(nr, j) & L_MAG) &&
	    (nr->t[j].f & XF_LOWER) && teq(nr, j, "m") == 0)
		j++;
	if (j < nr->nt && (teq(nr, j, "%") || (tlexl(nr, j) & L_PCT))) {
		k = j + 1;
		if (teq(nr, j, "percentage") && (teq(nr, k, "points") ||
		    teq(nr, k, "point")))
			k++;
		push(nr, i, k, i, k, NER_PERCENT, S_STRONG, 0, 0, 0);
		return k - 1;
	}
	if (j < nr->nt && (nr->t[j].f & XF_LOWER) &&
	    (tlexl(nr, j) & L_CURRENCY) &&
	    !teq(nr, j, "won") && !teq(nr, j, "real")) {
		push(nr, i, j + 1, i, j + 1, NER_MONEY, S_STRONG, 0, 0, 0);
		return j;
	}
	if (j < nr->nt && (nr->t[j].f & XF_LOWER) &&
	    (tlexl(nr, j) & L_DATEUNIT) && !teq(nr, j, "time")) {
		k = j + 1;
		if (teq(nr, k, "ago") || teq(nr, k, "old"))
			k++;
		push(nr, i, k, i, k, NER_DATE, S_STRONG, 0, 0, 0);
		return k - 1;
	}
	if (x->cls != TOK_NUMBER)
		return i;
	k = i + 1;
	if (k < nr->nt && (tlexl(nr, k) & L_TIMEWORD) &&
	    (!(nr->t[k].f & XF_CAP) || (nr->t[k].f & XF_ALLCAP))) {
		push(nr, i, k + 1, i, k + 1, NER_TIME, S_STRONG, 0, 0, 0);
		return k;
	}
	if (memchr(nr->s + x->s, ':', x->e - x->s) && x->e - x->s <= 5) {
		push(nr, i, i + 1, i, i + 1, NER_TIME, S_STRONG, 0, 0, 0);
		return i;
	}
	if (isyear(nr, i)) {
		push(nr, i, i + 1, i, i + 1, NER_DATE, S_STRONG, 0, 0, 0);
		return i;
	}
	if (j == i + 1 && glued_num(nr, i))
		return i;	/* Boeing 737, G-20 */
	if (j > e || (x->f & XF_DIGIT)) {
		push(nr, i, j, i, j, NER_CARDINAL, S_STRONG, 0, 0, 0);
		return j - 1;
	}
	return i;
}

/* Is the month at token i next to another month (May, June and July;
 * May-to-May; April or May)? */
static int
month_list(struct ner *nr, size_t i)
{
	static const char *const sep[] = { ",", "-", "and", "or", "to",
	    "through" };
	size_t k;

	for (k = 0; k < LEN(sep); k++) {
		if (i + 2 < nr->nt && teq(nr, i + 1, sep[k]) &&
		    (nr->t[i + 2].f & XF_CAP) && (tlex(nr, i + 2) & L_MONTH))
			return 1;
		if (i >= 2 && teq(nr, i - 1, sep[k]) && (nr->t[i - 2].f &
		    XF_CAP) && (tlex(nr, i - 2) & L_MONTH))
			return 1;
	}
	return 0;
}

/* A month at i: August 8, 2018 / August 2018 / 8 August / in May.  The
 * last token used. */
static size_t
num_month(struct ner *nr, size_t i)
{
	long d = numval(nr, i + 1);
	int strong = nr->t[i].e - nr->t[i].s > 3 &&
	    !teq(nr, i, "May") && !teq(nr, i, "March");
	size_t st = i, j;

	if (i > 0 && numval(nr, i - 1) >= 1 && numval(nr, i - 1) <= 31 &&
	    !(nr->t[i - 1].f & XF_USED))
		st = i - 1;
	j = i + 1;
	if (st < i) {
		if (isyear(nr, i + 1))
			j = i + 2;
	} else if (d >= 1 && d <= 31 && !isyear(nr, i + 1)) {
		j = i + 2;
		if (tch(nr, j) == ',' && isyear(nr, j + 1))
			j += 2;
		else if (isyear(nr, j))
			j++;
	} else if (isyear(nr, i + 1))
		j = i + 2;
	else if (!strong && !month_list(nr, i) && !(i > 0 &&
	    (teq(nr, i - 1, "in") ||
	    teq(nr, i - 1, "of") || teq(nr, i - 1, "since") ||
	    teq(nr, i - 1, "until") || teq(nr, i - 1, "early") ||
	    teq(nr, i - 1, "late") || teq(nr, i - 1, "mid"))))
		return i;
	if (strong && j == i + 1 && st == i && (nr->t[i].f & XF_SENT) &&
	    i + 1 < nr->nt && (nr->t[i + 1].f & XF_CAP))
		return i;	/* August Wilson */
	push(nr, st, j, st, j, NER_DATE, S_STRONG, 0, 0, 0);
	return j - 1;
}

/*
 * Persons that capitalised word i starts, found by their cues: two given
 * names joined by "and", a signed greeting, a salutation, a name before
 * its mail address.  Gives the end of what was read, or 0.
 */
static size_t
name_cue(struct ner *nr, size_t i)
{
	size_t j;

	if (pair_given(nr, i)) {
		push(nr, i, i + 1, i, i + 1, NER_PERSON, S_WEAK, 0, 0, 0);
		push(nr, i + 2, i + 3, i + 2, i + 3, NER_PERSON, S_WEAK, 0, 0,
		    0);
		return i + 3;
	}
	if (sign_greet(nr, i)) {
		push(nr, i, i + 1, i, i + 1, NER_PERSON, S_WEAK, 0, 0, 0);
		push(nr, i + 1, i + 2, i + 1, i + 2, NER_PERSON, S_WEAK, 0, 0,
		    0);
		return i + 2;
	}
	if ((j = salute(nr, i)) != 0) {
		push(nr, j - 1, j, j - 1, j, NER_PERSON, S_STRONG, 0, 0, 0);
		return j;
	}
	if ((j = mail_name(nr, i)) != 0) {
		push(nr, i, j, i, j, NER_PERSON, S_STRONG, 0, 0, 0);
		return j;
	}
	return 0;
}

/* Handles, party tags, money, percentages, dates, times, numbers. */
static void
numeric(struct ner *nr)
{
	size_t i, j, k;
	uint32_t b, bl;

	for (i = 0; i < nr->nt; i++) {
		struct xt *x = &nr->t[i];

		if ((x->f & (XF_USED | XF_LOWER | XF_LCANY)) == XF_LOWER &&
		    x->cls == TOK_WORD) {
			if (nr->lowstyle && (j = lc_name(nr, i)) != 0) {
				push(nr, i, j, i, j, NER_PERSON, S_WEAK, 0, 0,
				    0);
				i = j - 1;
			}
			continue;	/* a plain lower-case word */
		}
		if (x->f & XF_USED)
			continue;
		if (x->cls == TOK_MENTION) {
			push(nr, i, i + 1, i, i + 1, NER_HANDLE, S_STRONG, 0, 0,
			    0);
			continue;
		}
		if (x->cls == TOK_WORD && (x->f & XF_CAP) &&
		    (j = name_cue(nr, i)) != 0) {
			i = j - 1;
			continue;
		}
		if (nr->s[x->s] == '(' && (j = party_tag(nr, i)) != 0) {
			for (k = i; k < j; k++)
				nr->t[k].f |= XF_USED;
			if (i > 0)
				nr->t[i - 1].f |= XF_PARTY;
			i = j - 1;
			continue;
		}
		if (iscurrsym(nr, i) && isnum(nr, i + 1)) {
			j = i + 2;
			if (j < nr->nt && (tlexl(nr, j) & L_MAG) &&
			    (nr->t[j].f & XF_LOWER || nr->t[j].e -
			    nr->t[j].s == 1))
				j++;
			push(nr, i, j, i, j, NER_MONEY, S_STRONG, 0, 0, 0);
			i = j - 1;
			continue;
		}
		if (x->cls == TOK_NUMBER && i + 1 < nr->nt && (nr->t[i + 1].f &
		    XF_CAP) && (tlex(nr, i + 1) & L_MONTH) && numval(nr, i) >= 1
		    && numval(nr, i) <= 31)
			continue;
		if (x->cls == TOK_NUMBER || ((x->f & XF_LOWER) &&
		    (x->f & XF_LCANY) && (tlexl(nr, i) & L_NUMW))) {
			i = num_amount(nr, i);
			continue;
		}
		if (x->cls != TOK_WORD)
			continue;
		if (x->f & XF_CAP) {
			b = tlex(nr, i);
			bl = 0;
		} else {
			b = 0;
			bl = (x->f & XF_LCANY) ?
			    tlexl(nr, i) : 0;
		}
		if (b & L_MONTH) {
			i = num_month(nr, i);
			continue;
		}
		if (b & L_WDAY) {
			push(nr, i, i + 1, i, i + 1, NER_DATE, S_STRONG, 0, 0,
			    0);
			continue;
		}
		if ((b & L_PREFIX) && match(nr, i, nr->nt, L_DATEWORD, &k) &&
		    k > i + 1) {
			/* New Year, New Year's Eve (not in the New Year) */
			push(nr, i, k, i, k, NER_DATE, S_STRONG, 0, 0, 0);
			i = k - 1;
			continue;
		}
		if ((bl & L_DATEWORD) || ((b & L_DATEWORD) && (x->f &
		    XF_CAP))) {
			push(nr, i, i + 1, i, i + 1, NER_DATE, S_STRONG, 0, 0,
			    0);
			continue;
		}
		if (((bl | b) & L_DATEREL) && i + 1 < nr->nt &&
		    (nr->t[i + 1].f & XF_LOWER) &&
		    (tlexl(nr, i + 1) & L_DATEUNIT) &&
		    !teq(nr, i + 1, "time") && !teq(nr, i + 1, "day") &&
		    !teq(nr, i + 1, "days") && !teq(nr, i + 1, "term")) {
			push(nr, i, i + 2, i, i + 2, NER_DATE, S_STRONG, 0, 0,
			    0);
			i++;
			continue;
		}
	}
}

/* A capitalised word that may be part of a name. */
static int
capword(struct ner *nr, size_t i)
{
	struct xt *x;

	if (i >= nr->nt)
		return 0;
	x = &nr->t[i];
	if (x->cls != TOK_WORD || !(x->f & XF_CAP) || (x->f & XF_USED))
		return 0;
	if (x->e - x->s == 1)
		return 0;	/* I, A, single letters */
	if (x->e - x->s == 2 && nr->s[x->s + 1] == '\'')
		return 0;
	if (teq(nr, i, "I'm") || teq(nr, i, "I\xe2\x80\x99m"))
		return 0;
	if ((tlexl(nr, i) & L_STOPCAP) && !teq(nr, i, "The") &&
	    !(tlex(nr, i) & (L_NAMEGAZ | L_GIVEN | L_TITLE | L_PREFIX)) &&
	    !((x->f & XF_ALLCAP) && (tlex(nr, i) & L_STATE) && i >= 2 &&
	    tch(nr, i - 1) == ',' && (nr->t[i - 2].f & XF_CAP) &&
	    !(nr->t[i - 2].f & XF_ALLCAP)))
		return 0;	/* (but Chillicothe, OH; Muncie, IN) */
	return 1;
}

/* An initial: "J." or a lone capital letter. */
static int
initial(const struct ner *nr, size_t i)
{
	const char *p = nr->s + nr->t[i].s;
	size_t n = nr->t[i].e - nr->t[i].s;

	return nr->t[i].cls == TOK_WORD && ((n == 2 && p[1] == '.' &&
	    p[0] >= 'A' && p[0] <= 'Z') || (n == 1 && p[0] >= 'A' &&
	    p[0] <= 'Z' && p[0] != 'I'));
}

/* Initials: "J.", "A.J.", "J.R.R." */
static int
initials(const struct ner *nr, size_t i)
{
	const char *p = nr->s + nr->t[i].s;
	size_t n = nr->t[i].e - nr->t[i].s, j;

	if (nr->t[i].cls != TOK_WORD || n < 2 || n > 6 || n % 2 != 0 ||
	    (n == 2 && (p[0] == 'I' || p[0] == 'V' || p[0] == 'X')) ||
	    teq(nr, i, "H.M.") || teq(nr, i, "H.M.S.") ||
	    teq(nr, i, "S.S.") || teq(nr, i, "U.S.S."))
		return 0;	/* no Roman number (chapter I.), no ship */
	for (j = 0; j < n; j += 2)
		if (p[j] < 'A' || p[j] > 'Z' || p[j + 1] != '.')
			return 0;
	return 1;
}

/* Surname-like endings (Slavic, Romance, Germanic, ...) and beginnings
 * (Irish, Scottish). */
static int
surname_like(const struct ner *nr, size_t i)
{
#define SUF(s)	{ s, sizeof(s) - 1 }
	static const struct {
		const char *s;
		size_t len;
	} suf[] = {
		SUF("ov"), SUF("ev"), SUF("ova"), SUF("eva"), SUF("sky"),
		SUF("ski"), SUF("skiy"), SUF("enko"), SUF("vich"), SUF("wicz"),
		SUF("escu"), SUF("ovic"), SUF("sson"), SUF("poulos"),
		SUF("akis"), SUF("ian"), SUF("yan"), SUF("stein"), SUF("berg"),
		SUF("mann"), SUF("ez"), SUF("ini"), SUF("elli"), SUF("etti"),
		SUF("ucci"), SUF("shvili"), SUF("adze"), SUF("oglu"),
		SUF("zadeh")
	};
#undef SUF
	const char *p = nr->s + nr->t[i].s;
	size_t n = nr->t[i].e - nr->t[i].s, k, l;

	/* Irish and Scottish: O'Keefe, O’Rourke, McConnell, MacKenzie;
	 * D'Souza */
	if (n >= 4 && (p[0] == 'O' || p[0] == 'D') && p[1] == '\'' &&
	    p[2] >= 'A' && p[2] <= 'Z')
		return 1;
	if (n >= 6 && (p[0] == 'O' || p[0] == 'D') &&
	    memcmp(p + 1, "\xe2\x80\x99", 3) == 0 && p[4] >= 'A' &&
	    p[4] <= 'Z')
		return 1;
	if (n >= 5 && p[0] == 'M' && p[1] == 'c' && p[2] >= 'A' &&
	    p[2] <= 'Z')
		return 1;
	if (n >= 6 && p[0] == 'M' && p[1] == 'a' && p[2] == 'c' &&
	    p[3] >= 'A' && p[3] <= 'Z')
		return 1;
	if (n < 5)
		return 0;
	for (k = 0; k < LEN(suf); k++) {
		l = suf[k].len;
		if (p[n - 1] == suf[k].s[l - 1] && l < n - 2 &&
		    memcmp(p + n - l, suf[k].s, l) == 0)
			return 1;
	}
	return 0;
}

static int appos_person(struct ner *, size_t, size_t);
static int cap_particle(struct ner *, size_t, size_t);
static int all_common(struct ner *, size_t, size_t);
static int kin_noun(const struct ner *, size_t);
static size_t like_noun(const struct ner *, size_t);
static int people_noun(const struct ner *, size_t);
static int firm_noun(const struct ner *, size_t);
static int org_appos(struct ner *, size_t);
static int isdash(const struct ner *, size_t);

/*
 * Is name [a, b) one of a list of names ("Rumsfeld, Wolfowitz and
 * Feith")?  "and" or "or" links two names; a comma alone links only a
 * name that is linked on its other side too ("In Paris, Smith said" is
 * no list).
 */
static unsigned
list_links(struct ner *nr, size_t a, size_t b)
{
	size_t k;
	int prev = 0, next = 0;
	unsigned uf = 0;

	k = a;
	if (k >= 2 && (teq(nr, k - 1, "and") || teq(nr, k - 1, "or"))) {
		prev = 2;
		k--;
	}
	if (k >= 2 && tch(nr, k - 1) == ',') {
		prev = prev ? prev : 1;
		k--;
	}
	if (prev && (k < 1 || !(nr->t[k - 1].f & XF_CAP) ||
	    nr->t[k - 1].cls != TOK_WORD))
		prev = 0;
	k = b;
	if (tch(nr, k) == ',') {
		next = 1;
		k++;
	}
	if (teq(nr, k, "and") || teq(nr, k, "or")) {
		next = 2;
		k++;
	}
	if (next && (k >= nr->nt || !(nr->t[k].f & XF_CAP) ||
	    nr->t[k].cls != TOK_WORD))
		next = 0;
	if (prev == 2 || (prev == 1 && next))
		uf |= UF_LISTPREV;
	if (next == 2 || (next == 1 && prev))
		uf |= UF_LISTNEXT;
	return uf;
}

/* words of going before "to" and a place (go to, a trip to) */
static const char *const motion[] = { "go", "goes", "going", "went",
    "gone", "travel", "travels", "traveling", "travelling", "traveled",
    "travelled", "trip", "trips", "flew", "fly", "flying", "flight",
    "moved", "move", "moving", "drive", "drove", "driving", "headed",
    "heading", "return", "returned", "returning", "back", "way" };

/* Context features of an unknown name [a, b); sa is where it starts
 * with a leading "The". */
static unsigned
features(struct ner *nr, size_t sa, size_t a, size_t b)
{
	static const char *const spokes[] = { "spokesman", "spokeswoman",
	    "spokesperson", "official", "officials" };
	unsigned uf = 0;
	size_t i, k;
	int allcap = 1;

	for (i = a; i < b; i++) {
		if (nr->t[i].cls != TOK_WORD)
			continue;
		if ((nr->t[i].f & XF_CAP) && (tlexl(nr, i) & L_COMMON) &&
		    !(tlex(nr, i) & L_GIVEN) && !(i == a + 1 && b == a + 2 &&
		    !(nr->t[a].f & XF_ALLCAP) && !(tlexl(nr, a) & L_COMMON) &&
		    !(tlex(nr, a) & L_ANYNAME) && ws_has(&surnames, nr->s +
		    nr->t[i].s, nr->t[i].e - nr->t[i].s)))
			uf |= UF_COMMON;	/* (but Tadeusz Cook) */
		if (!(nr->t[i].f & XF_ALLCAP))
			allcap = 0;
	}
	if (allcap)
		uf |= UF_ALLCAP;
	if (nr->t[a].f & XF_SENT)
		uf |= UF_SENT;
	if (tlex(nr, a) & L_GIVEN)
		uf |= UF_GIVEN;
	else if ((tlex(nr, a) & L_LOCPRE) && b - a >= 2)
		uf |= UF_LOCPRE;
	if (surname_like(nr, b - 1))
		uf |= UF_SURN;
	if (b - a == 3 && cap_particle(nr, a, b))
		uf |= UF_PARTSURN;
	if (sa < a)
		uf |= UF_PREVTHE;
	if (sa > 0) {
		if (teq(nr, sa - 1, "the") || teq(nr, sa - 1, "The"))
			uf |= UF_PREVTHE;
		else if ((nr->t[sa - 1].f & XF_LOWER) &&
		    (tlexl(nr, sa - 1) & L_LOCPREP) &&
		    !teq(nr, sa - 1, "to") && !teq(nr, sa - 1, "between") &&
		    !teq(nr, sa - 1, "through") && !(b < nr->nt &&
		    (nr->t[b].f & XF_LOWER) && nr->t[b].cls == TOK_WORD &&
		    !(tlexl(nr, b) & (L_STOPCAP | L_LOCPREP | L_PVERB))))
			uf |= UF_PREVLOC;	/* in X, officials in X said;
						   but in X schools */
		else if (sa > 1 && teq(nr, sa - 1, "to") &&
		    teq_any(nr, sa - 2, motion, LEN(motion)) &&
		    !(b < nr->nt && tch(nr, b) == '\'' &&
		    !(nr->t[b].f & XF_SPACE)))
			uf |= UF_PREVLOC;	/* went to X, a trip to X (not
						   go to Mis' Roe) */
		else if (tch(nr, sa - 1) == ',')
			uf |= UF_COMMA;
		if (teq(nr, sa - 1, "by") || teq(nr, sa - 1, "at") ||
		    teq(nr, sa - 1, "from") || teq(nr, sa - 1, "with") ||
		    teq(nr, sa - 1, "joined"))
			uf |= UF_ORGCUE;
		if (sa > 1 && teq(nr, sa - 1, "to") &&
		    (teq(nr, sa - 2, "according") ||
		    teq(nr, sa - 2, "According")))
			uf |= UF_ACCORDING | UF_ORGCUE;
	}
	if ((uf & UF_PREVLOC) && !teq(nr, sa - 1, "from"))
		uf |= UF_PREVIN;	/* (goals from Bukayo Saka) */
	if (b < nr->nt && (nr->t[b].f & XF_LOWER) && (tlexl(nr, b) &
	    L_PVERB))
		uf |= UF_NEXTPV;
	if (appos_person(nr, sa, b))
		uf |= UF_PNOUN;
	if (org_appos(nr, b) || ((uf & UF_ALLCAP) && b < nr->nt &&
	    teq_any(nr, b, spokes, LEN(spokes))) ||
	    ((k = like_noun(nr, sa)) != SIZE_MAX && firm_noun(nr, k)))
		uf |= UF_FIRMCUE;	/* UNRWA, the U.N. agency; IDF spokesman;
					   companies like X */
	uf |= list_links(nr, sa, b);
	return uf;
}

/* Token i is a lower-case noun for a person (spokesman, leader). */
static int
pnoun(struct ner *nr, size_t i)
{
	const char *v, *k;
	size_t n;
	uint32_t b;

	if (i >= nr->nt || !(nr->t[i].f & XF_LOWER) ||
	    nr->t[i].cls != TOK_WORD)
		return 0;
	k = nr->s + nr->t[i].s;
	n = nr->t[i].e - nr->t[i].s;
	b = lcslot(k, n);
	if (!lex_pnoun(b))
		return 0;
	v = ws_value(&pnouns, k, n);
	return v != NULL && v[0] == 'p';
}

/*
 * A description in apposition says that name [a, b) is a person:
 * "X, a LeT man", "X, the company's spokesman", "X, 45,", "its former
 * leader, X", "cleric X".
 */
static int
appos_person(struct ner *nr, size_t a, size_t b)
{
	size_t k, lim;
	long v;

	if ((tch(nr, b) == ',' || (isdash(nr, b) && (nr->t[b].f & XF_SPACE))) &&
	    b + 1 < nr->nt && !(a > 0 &&
	    (teq(nr, a - 1, "at") || teq(nr, a - 1, "in") ||
	    teq(nr, a - 1, "to") || teq(nr, a - 1, "near") ||
	    teq(nr, a - 1, "on") || teq(nr, a - 1, "into")))) {
		/* not "her cook at South End, a young woman" */
		k = b + 1;
		if (isnum(nr, k) && tch(nr, k + 1) == ',' &&
		    (v = numval(nr, k)) >= 16 && v <= 110)
			return 1;		/* an age */
		/* X, Mexico's economy minister: a name's as the article */
		for (lim = k; lim < k + 3 && capword(nr, lim); lim++)
			;
		if (lim > k && poss_s(nr, lim))
			k = lim;
		if (k > b + 1 || teq(nr, k, "a") || teq(nr, k, "an") ||
		    teq(nr, k, "the") || teq(nr, k, "his") ||
		    teq(nr, k, "her") || teq(nr, k, "its") ||
		    teq(nr, k, "their")) {
			lim = k + 5;
			for (k++; k < lim && k < nr->nt &&
			    (nr->t[k].cls == TOK_WORD || poss_s(nr, k)); k++)
				if (pnoun(nr, k) && !poss_s(nr, k + 1) &&
				    !teq(nr, k + 1, "of") && !(pnoun(nr,
				    k + 1)))
					return 1;
		}
	}
	if (a >= 1 && pnoun(nr, a - 1))
		return 1;		/* cleric X */
	if (b + 1 < nr->nt && poss_s(nr, b) && (nr->t[b + 1].f & XF_LOWER) &&
	    kin_noun(nr, b + 1))
		return 1;		/* X's wife, X's lawyer */
	if ((k = like_noun(nr, a)) != SIZE_MAX && people_noun(nr, k))
		return 1;		/* people like X, leaders such as X */
	if (a >= 2 && tch(nr, a - 1) == ',' && pnoun(nr, a - 2) &&
	    a >= 3 && !teq(nr, a - 3, "a") && !teq(nr, a - 3, "an"))
		return 1;		/* its former leader, X */
	return 0;
}

/* Before a name at a: the token of the noun in "people like X",
 * "companies such as X", or SIZE_MAX. */
static size_t
like_noun(const struct ner *nr, size_t a)
{
	if (a >= 2 && teq(nr, a - 1, "like"))
		return a - 2;
	if (a >= 3 && teq(nr, a - 1, "as") && teq(nr, a - 2, "such"))
		return a - 3;
	return SIZE_MAX;
}

/* Token i is a noun for a person's kin or own (X's wife, X's lawyer). */
static int
kin_noun(const struct ner *nr, size_t i)
{
	static const char *const v[] = { "wife", "husband", "son", "daughter",
	    "mother", "father", "brother", "sister", "widow", "girlfriend",
	    "boyfriend", "parents", "resume", "r\xc3\xa9sum\xc3\xa9",
	    "biography", "memoir", "funeral", "lawyer", "lawyers",
	    "attorney", "attorneys" };

	return teq_any(nr, i, v, LEN(v));
}

/* After name [.., b): ", the U.N. agency", ", a news site": a description
 * of an organisation in apposition. */
static int
org_appos(struct ner *nr, size_t b)
{
	static const char *const v[] = { "agency", "company", "firm", "group",
	    "organization", "organisation", "party", "union", "ministry",
	    "network", "site", "website", "outlet", "newspaper", "broadcaster",
	    "bank", "carrier", "airline", "automaker", "retailer", "charity",
	    "nonprofit", "coalition", "alliance", "militia", "movement",
	    "startup", "maker", "manufacturer", "conglomerate", "chain",
	    "regulator", "watchdog", "insurer", "lender", "club", "team" };
	/* words that end the description before its noun */
	static const char *const end[] = { "in", "of", "whose", "who", "with",
	    "at", "for", "and" };
	/* lower-case words that may follow the noun */
	static const char *const after[] = { "that", "which", "for", "in",
	    "based" };
	size_t k;

	if (tch(nr, b) != ',' || !(teq(nr, b + 1, "the") || teq(nr, b + 1,
	    "a") || teq(nr, b + 1, "an")))
		return 0;
	for (k = b + 2; k < b + 7 && k < nr->nt && (nr->t[k].cls == TOK_WORD ||
	    tch(nr, k) == '-') && !teq_any(nr, k, end, LEN(end)); k++)
		if (teq_any(nr, k, v, LEN(v)))	/* not "the company founder" */
			return !teq(nr, k + 1, "of") && !(nr->t[k + 1].cls ==
			    TOK_WORD && (nr->t[k + 1].f & XF_LOWER) &&
			    !teq_any(nr, k + 1, after, LEN(after)));
	return 0;
}

/* Token i is a plural noun for firms (companies like X). */
static int
firm_noun(const struct ner *nr, size_t i)
{
	static const char *const v[] = { "companies", "firms", "brands",
	    "retailers", "banks", "chains", "carriers", "airlines", "makers",
	    "manufacturers", "automakers", "insurers", "lenders", "outlets",
	    "organizations", "organisations", "groups", "startups",
	    "publishers", "networks", "broadcasters" };

	return teq_any(nr, i, v, LEN(v));
}

/* Token i is a plural noun for people (people like X). */
static int
people_noun(const struct ner *nr, size_t i)
{
	static const char *const v[] = { "people", "men", "women", "leaders",
	    "players", "politicians", "figures", "artists", "writers",
	    "celebrities", "officials", "guys", "folks", "activists",
	    "dictators", "strongmen", "stars", "athletes", "singers",
	    "actors", "authors" };

	return teq_any(nr, i, v, LEN(v));
}

/*
 * A noun for what belongs to a leader, after "the X": the Biden
 * administration, the Assad regime, the Clinton campaign.  After a
 * surname that is a common word too, only the nouns of any[] count (the
 * Bush administration; not the Federal government, the Military regime).
 */
static int
leader_noun(const struct ner *nr, size_t i, int common)
{
	static const char *const any[] = { "administration",
	    "Administration", "presidency", "campaign", "years" };
	static const char *const more[] = { "government", "regime", "era",
	    "doctrine", "camp", "cabinet", "transition" };
	if (i >= nr->nt || nr->t[i].cls != TOK_WORD)
		return 0;
	return teq_any(nr, i, any, LEN(any)) || (!common &&
	    teq_any(nr, i, more, LEN(more)));
}

/* Two words, the first of two letters, inside a sentence: maybe a
 * family name before a given name (Xi Jinping). */
static int
short_family(const struct ner *nr, size_t a, size_t b)
{
	return b - a == 2 && nr->t[a].e - nr->t[a].s == 2 &&
	    !(nr->t[a].f & XF_SENT);
}

/* Type of a gazetteer match. */
static int
gaztype(uint32_t bits)
{
	if (bits & L_ORG)
		return NER_ORG;
	if (bits & L_PLACE)
		return NER_LOC;
	return NER_NORP;
}

/* The head word of [a, b): the last word before a connector, or the last. */
static uint32_t
headbits(struct ner *nr, size_t a, size_t b)
{
	size_t i;

	if (b - a < 2)
		return 0;
	uint32_t h, first = 0;

	if (tlex(nr, b - 1) & L_ORGSUF)
		return L_ORGHEAD;
	/* the word before each connector, and the last word */
	for (i = a + 1; i <= b; i++) {
		if (i < b && !(nr->t[i].f & XF_LOWER))
			continue;
		if (i < b && nr->t[i - 1].f & XF_LOWER)
			continue;
		h = tlex(nr, i - 1) & (L_ORGHEAD | L_FACHEAD | L_LOCHEAD);
		if (h & L_ORGHEAD)
			return L_ORGHEAD;
		if (first == 0)
			first = h;
	}
	return first;
}

static int
headtype(uint32_t h)
{
	if (h & L_ORGHEAD)
		return NER_ORG;
	return NER_LOC;
}

/* Celtics, Red Sox: capitalised words after a place, the last a plural,
 * none of them a place, title or given name. */
static int
plural_team(struct ner *nr, size_t k, size_t b)
{
	size_t i;

	if (b - k > 2)
		return 0;
	for (i = k; i < b; i++)
		if (!(nr->t[i].f & XF_CAP) || (nr->t[i].f & XF_ALLCAP) ||
		    (tlex(nr, i) & (L_PLACE | L_TITLE | L_GIVEN | L_NORP |
		    L_ORGHEAD | L_FACHEAD | L_LOCHEAD | L_STATE)))
			return 0;
	return nr->s[nr->t[b - 1].e - 1] == 's' && nr->t[b - 1].e -
	    nr->t[b - 1].s > 3;
}

/* A word that may be a surname after a given name that is also a place:
 * capitalised, no place, organisation, title, head word, date or common
 * word (Georgia Tech, the Florida Keys, Washington Monthly). */
static int
surname_at(struct ner *nr, size_t i)
{
	return nr->t[i].cls == TOK_WORD && (nr->t[i].f & XF_CAP) &&
	    !(nr->t[i].f & XF_ALLCAP) && nr->t[i].e - nr->t[i].s > 2 &&
	    !(tlex(nr, i) & (L_NAMEGAZ | L_TITLE | L_STATE | L_ORGHEAD |
	    L_FACHEAD | L_LOCHEAD | L_ORGSUF | L_MONTH | L_WDAY)) &&
	    !(tlexl(nr, i) & L_COMMON);
}

/* Capitalised words, none a known name or cue, the last a plural. */
static int
the_plural(struct ner *nr, size_t a, size_t b)
{
	const struct xt *x = &nr->t[b - 1];
	size_t i;

	for (i = a; i < b; i++)
		if (nr->t[i].cls != TOK_WORD || !(nr->t[i].f & XF_CAP) ||
		    (nr->t[i].f & XF_ALLCAP) || (tlex(nr, i) & (L_PLACE |
		    L_TITLE | L_GIVEN | L_NORP | L_STATE | L_ORG)))
			return 0;
	return x->e - x->s > 3 && nr->s[x->e - 1] == 's' &&
	    nr->s[x->e - 2] != 's' && nr->s[x->e - 2] != '\'';
}

/*
 * Where the last title inside [a, b) starts, when a name that is no mere
 * suffix and has no head word follows it, and it is no part of a longer
 * title (Vice President), or 0: "Rivian Chief Executive R.J. Scaringe",
 * "Burger King Chief Executive Joshua Kobza"; not "Martin Luther King
 * Jr.", not "Royal Prince Alfred Hospital".
 */
static size_t
inner_title(struct ner *nr, size_t a, size_t b)
{
	size_t k, j, te, x;

	for (k = b - 2; k > a; k--) {
		if (!(nr->t[k].f & XF_CAP) || !(tlex(nr, k) & (L_TITLE |
		    L_PREFIX)) || nr->t[k - 1].cls != TOK_WORD ||
		    teq(nr, k, "Sheikh") || teq(nr, k, "Shaikh") ||
		    teq(nr, k, "Sheik") ||	/* inside Arabic names */
		    !match(nr, k, b, L_TITLE, &te) || te >= b ||
		    !capword(nr, te) || (tlex(nr, te) & L_NAMESUF) ||
		    headbits(nr, te, b) != 0)
			continue;
		for (j = a; j < k; j++)
			if (match(nr, j, b, L_TITLE, &x) && x > k)
				break;
		if (j == k)
			return k;
	}
	return 0;
}

/* Walt Disney Co. CEO Bob Iger: a company's legal suffix, then a title
 * (a given name at the start is the company's then). */
static int
suf_title(struct ner *nr, size_t a, size_t b)
{
	size_t k;

	for (k = a + 1; k + 2 < b; k++)
		if ((tlex(nr, k) & L_ORGSUF) && (tlex(nr, k + 1) & L_TITLE))
			return 1;
	return 0;
}

/*
 * A capitalised particle inside a name of three words or more, before a
 * capitalised word: Marine Le Pen, Robert De Niro, Ursula Von der Leyen.
 */
static int
cap_particle(struct ner *nr, size_t a, size_t b)
{
	static const char *const v[] = { "Le", "La", "De", "Van", "Von",
	    "Da", "Di", "Du", "Del", "Della", "Des", "Dos", "Das" };
	size_t k;

	for (k = a + 1; k + 1 < b; k++)
		if (teq_any(nr, k, v, LEN(v)) && capword(nr, k + 1))
			return 1;
	return 0;
}

/*
 * A nickname in quotation marks from token i: an opening mark, one to
 * three capitalised words, the closing mark (Sean "Diddy" Combs, Dwayne
 * “The Rock” Johnson).  The token after it, or 0.
 */
static size_t
nickname(struct ner *nr, size_t i)
{
	size_t k;

	if (i + 2 >= nr->nt || !(teq(nr, i, "\"") || teq(nr, i,
	    "\xe2\x80\x9c")) || !(nr->t[i].f & XF_SPACE) ||
	    (nr->t[i + 1].f & XF_SPACE))
		return 0;
	for (k = i + 1; k < nr->nt && k < i + 4 && (capword(nr, k) ||
	    teq(nr, k, "The")); k++)
		;
	if (k == i + 1 || k >= nr->nt || !(teq(nr, k, "\"") || teq(nr, k,
	    "\xe2\x80\x9d")) || (nr->t[k].f & XF_SPACE))
		return 0;
	return k + 1;
}

/* The run of capitalised words classify() reads: [a, b), after an
 * article sa (sa < a: "the"), whether words were dropped from its start,
 * and the titles [ta, tb) before a name (pcue). */
struct run {
	size_t	 sa, a, b, ta, tb;
	int	 dropped, pcue;
};

/* What a rule of classify() did: nothing, all, or changed the run so
 * that the rules start again. */
enum { R_NEXT, R_DONE, R_AGAIN };

static void classify(struct ner *, size_t, size_t);

static int
run_start(struct ner *nr, struct run *r)
{
	size_t sa = r->sa, a = r->a, b = r->b, k;
	uint32_t bits;

	while (a < b && nr->t[a].cls != TOK_WORD)
		a++;		/* the hyphen of U.S.-Russian */
	if (a >= b || (b - a == 1 && teq(nr, a, "The")))
		return R_DONE;
	sa = a;
	if (teq(nr, a, "The") && a + 1 < b && (bits = match(nr, a, b,
	    L_NAMEGAZ, &k)) != 0 && k == b) {
		push(nr, a, b, a, b, gaztype(bits), S_STRONG, 0, 0, 0);
		return R_DONE;		/* The Hague, listed whole */
	}
	if (teq(nr, a, "The") && a + 1 < b) {
		a++;
		if (nr->t[sa].f & XF_SENT)
			sa = a;		/* sentence-initial "The": not in it */
		nr->t[a].f &= ~XF_SENT;
	}
	r->sa = sa;
	r->a = a;
	return R_NEXT;
}

/* AP Photo/Evan Vucci, Photo by Chip Somodevilla: a photographer
 * (of two or three words; a caption may follow) */
static int
photographer(struct ner *nr, struct run *r)
{
	static const char *const photo[] = { "Photo", "Photos", "photo",
	    "Photograph" };
	size_t a = r->a, b = r->b, k;

	if (a >= 2 && b - a >= 2 &&
	    ((tch(nr, a - 1) == '/' && !(nr->t[a - 1].f &
	    XF_SPACE) && !(nr->t[a].f & XF_SPACE)) || teq(nr, a - 1, "by")) &&
	    teq_any(nr, a - 2, photo, LEN(photo))) {
		for (k = a + 2; k < b && k < a + 3 &&
		    !(tlexl(nr, k) & L_COMMON);
		    k++)
			;
		push(nr, a, k, a, k, NER_PERSON, S_STRONG, 0, 0, 0);
		r->a = k;
		r->dropped = 1;
		return R_AGAIN;
	}
	return R_NEXT;
}

/* Biden Signs Bill Into Law: in a headline, a name ends at the
 * first common word after it */
static int
headline_name(struct ner *nr, struct run *r)
{
	size_t a = r->a, b = r->b, k;

	if (b - a >= 3 && (nr->t[a].f & XF_SENT) && (nr->t[a + 1].f &
	    XF_SENT) && !(tlexl(nr, a) & L_COMMON) && !(tlex(nr, a) &
	    L_ANYNAME) && headbits(nr, a, b) == 0) {
		for (k = a + 1; k < b && (nr->t[k].cls != TOK_WORD ||
		    !(tlexl(nr, k) & L_COMMON) || (tlex(nr, k) & L_ANYNAME));
		    k++)
			;
		if (k < b && all_common(nr, k, k + 1)) {
			classify(nr, a, k);
			r->a = k;
			r->dropped = 1;
			return R_AGAIN;
		}
	}
	return R_NEXT;
}

/* Megan Megan Ortiz: a sign-off, then a signature */
static int
signoff(struct ner *nr, struct run *r)
{
	size_t sa = r->sa, a = r->a, b = r->b;

	if (b - a >= 3 && (tlex(nr, a) & L_GIVEN) && same_word(nr, a, a + 1)) {
		push(nr, sa, a + 1, a, a + 1, NER_PERSON, S_WEAK, 0, 0, 0);
		r->a = a + 1;
		r->dropped = 1;
		return R_AGAIN;
	}
	return R_NEXT;
}

/* "Thanks, Ann Bob called", "Best, Ann Bob Roe": a letter signed with
 * a given name, the next one opened with another name; two people (but
 * "Sincerely, Ann Warner Acme Data Services" is signed with a full name) */
static int
closing_given(struct ner *nr, struct run *r)
{
	static const char *const closing[] = { "Thanks", "Thanx", "Regards",
	    "Best", "Cheers", "Sincerely" };
	size_t a = r->a, b = r->b, k;

	if (b - a < 2 || b - a > 3 || r->sa != a || a == 0 ||
	    !(tlex(nr, a) & L_GIVEN) ||
	    !(tlex(nr, a + 1) & L_GIVEN))
		return R_NEXT;
	k = a - 1;
	if ((tch(nr, k) == ',' || tch(nr, k) == '!' || tch(nr, k) == '.') &&
	    k > 0)
		k--;		/* Thanks, Thanks! */
	if (!teq_any(nr, k, closing, LEN(closing)))
		return R_NEXT;
	push(nr, a, a + 1, a, a + 1, NER_PERSON, S_WEAK, 0, 0, 0);
	r->a = r->sa = a + 1;
	r->dropped = 1;
	return R_AGAIN;
}

/* Token i opens a mail header's rest: a date (10/26/2000), an address
 * (<ann@example.com>) or an @. */
static int
mail_header_next(const struct ner *nr, size_t i)
{
	const char *p;
	size_t n;

	if (i >= nr->nt)
		return 0;
	p = nr->s + nr->t[i].s;
	n = nr->t[i].e - nr->t[i].s;
	return *p == '<' || *p == '@' || (n >= 6 && *p >= '0' && *p <= '9' &&
	    memchr(p, '/', n) != NULL);
}

/* "... at noon. Lena Maria Castell 04/12/2019 09:30 AM": a mail signed
 * with a given name, then the header of the mail it answers, a full
 * name and a date; two people */
static int
header_given(struct ner *nr, struct run *r)
{
	size_t a = r->a, b = r->b;

	if (b - a != 3 || r->sa != a || !(tlex(nr, a) & L_GIVEN) ||
	    !(tlex(nr, a + 1) & L_GIVEN) || !mail_header_next(nr, b))
		return R_NEXT;
	push(nr, a, a + 1, a, a + 1, NER_PERSON, S_WEAK, 0, 0, 0);
	r->a = r->sa = a + 1;
	r->dropped = 1;
	return R_AGAIN;
}

/* Sean "Diddy" Combs: a given name, a nickname, a name */
static int
nickname_name(struct ner *nr, struct run *r)
{
	size_t a = r->a, b = r->b, k;

	if ((k = nickname(nr, a + 1)) > a + 1 && k < b &&
	    ((tlex(nr, a) & L_GIVEN) || (!(tlexl(nr, a) & L_COMMON) &&
	    !(tlex(nr, a) & (L_NAMEGAZ | L_STATE)) && b - k <= 2 &&
	    !(span_bits(nr, k, b) & (L_ORGSUF | L_ORGHEAD | L_FACHEAD |
	    L_LOCHEAD))))) {
		push(nr, a, b, a, b, NER_PERSON, S_STRONG, 0, 0, 0);
		return R_DONE;
	}
	return R_NEXT;
}

/* the Biden administration, the Davis Administration: the person
 * (not the Taliban government, not the Labour government) */
static int
leader_admin(struct ner *nr, struct run *r)
{
	size_t a = r->a, b = r->b;

	if (a > 0 && (teq(nr, a - 1, "the") || teq(nr, a - 1, "The")) &&
	    (b - a == 1 || (b - a == 2 && teq(nr, a + 1, "Administration"))) &&
	    leader_noun(nr, a + 1, (tlexl(nr, a) & L_COMMON) != 0) &&
	    !(nr->t[a].f & XF_ALLCAP) &&
	    !(tlex(nr, a) & (L_NAMEGAZ | L_STATE | L_TITLE | L_ORGHEAD)) &&
	    !((tlexl(nr, a) & L_COMMON) && nr->s[nr->t[a].e - 1] == 's')) {
		push(nr, a, a + 1, a, a + 1, NER_PERSON, S_GUESS, 0, 0, 0);
		return R_DONE;
	}
	return R_NEXT;
}

/* Rivian Automotive Inc. Chief Executive R.J. Scaringe: the last
 * title inside the run ends what comes before it; a name follows
 * (not after a given name: Muhammed Sheikh Khalil) */
static int
inner_title_run(struct ner *nr, struct run *r)
{
	size_t a = r->a, b = r->b, k;

	if (b - a >= 3 && (!((tlex(nr, a) & L_GIVEN) && !(tlex(nr, a) &
	    (L_NAMEGAZ | L_STATE))) || suf_title(nr, a, b)) &&
	    (k = inner_title(nr, a, b)) > a) {
		/* an unknown word alone there is the employer (Rivian) */
		if (k == a + 1 && !(tlex(nr, a) & (L_ANYNAME | L_STATE)) &&
		    !(tlexl(nr, a) & L_COMMON))
			push(nr, a, k, a, k, NER_ORG, S_WEAK, 0, 0, 0);
		else
			classify(nr, a, k);
		r->a = k;
		r->dropped = 0;
		return R_AGAIN;
	}
	return R_NEXT;
}

/* Al-Nassr, Al-Hilal inside a sentence: a club or a group (a
 * surname writes al-Assad there) */
static int
al_club(struct ner *nr, struct run *r)
{
	size_t sa = r->sa, a = r->a, b = r->b;

	if (b - a == 3 && !(nr->t[a].f & XF_SENT) && teq(nr, a, "Al") &&
	    tch(nr, a + 1) == '-' && !(nr->t[a + 1].f & XF_SPACE) &&
	    !(span_bits(nr, a, b) & L_ANYNAME) && !(a > 0 && (tlex(nr,
	    a - 1) & L_GIVEN))) {
		push(nr, a, b, a, b, T_UNK, S_WEAK, features(nr, sa, a, b) |
		    UF_ALORG, 0, 0);
		/* (but it may be short for Bashar Al-Assad) */
		return R_DONE;
	}
	return R_NEXT;
}

/* Oscar-winning, Grammy-nominated: an award, no person */
static int
award(struct ner *nr, struct run *r)
{
	size_t a = r->a, b = r->b;

	if (b - a == 1 && (tlex(nr, a) & L_GIVEN) && !(tlex(nr, a) &
	    L_NAMEGAZ) && joiner(nr, b) && (nr->t[b + 1].f & XF_LOWER) &&
	    nr->t[b + 1].e - nr->t[b + 1].s > 3 &&
	    (memcmp(nr->s + nr->t[b + 1].e - 3, "ing", 3) == 0 ||
	    memcmp(nr->s + nr->t[b + 1].e - 2, "ed", 2) == 0))
		return R_DONE;		/* (but that Anne-girl) */
	return R_NEXT;
}

/* Boeing 737 Max, iPhone 16 Pro: a model, no person */
static int
model_number(struct ner *nr, struct run *r)
{
	size_t a = r->a, b = r->b;

	if (b - a == 1 && a >= 2 && nr->t[a - 1].cls == TOK_NUMBER &&
	    (nr->t[a - 2].f & XF_CAP) && !(tlex(nr, a - 2) & L_MONTH) &&
	    (tlex(nr, a) & L_GIVEN))
		return R_DONE;
	return R_NEXT;
}

/* Hurricane Katrina: an event */
static int
event(struct ner *nr, struct run *r)
{
	size_t a = r->a, b = r->b;

	if (b - a >= 2 && ws_has(&events, nr->s + nr->t[a].s, nr->t[a].e -
	    nr->t[a].s)) {
		push(nr, a + 1, b, a + 1, b, T_UNK, S_STRONG, UF_EVENT, 0, 0);
		return R_DONE;
	}
	return R_NEXT;
}

/* Baker said, Cook told: a surname that is a common word, first in
 * its sentence, before a speech verb (but Critics said) */
static int
surname_speech(struct ner *nr, struct run *r)
{
	size_t a = r->a, b = r->b;

	if ((nr->t[a].f & XF_SENT) && b - a == 1 && b < nr->nt &&
	    (nr->t[b].f & XF_LOWER) && (tlexl(nr, b) & L_PVERB) &&
	    !(tlex(nr, a) & (L_NAMEGAZ | L_STATE)) && ws_has(&surnames,
	    nr->s + nr->t[a].s, nr->t[a].e - nr->t[a].s)) {
		push(nr, a, b, a, b, NER_PERSON, S_WEAK, 0, 0, 0);
		return R_DONE;
	}
	return R_NEXT;
}

/* a common word at the start of a sentence */
static int
sentence_given(struct ner *nr, struct run *r)
{
	size_t sa = r->sa, a = r->a, b = r->b;
	unsigned uf;

	if ((nr->t[a].f & XF_SENT) && (tlexl(nr, a) & L_COMMON) &&
	    b - a == 1 && (tlex(nr, a) & L_GIVEN) &&
	    !(tlex(nr, a) & (L_NAMEGAZ | L_PREFIX))) {
		uf = features(nr, sa, a, b);
		push(nr, a, b, a, b, NER_PERSON, (uf & UF_PNOUN) ? S_WEAK :
		    S_AMBIG, uf, 0, 0);	/* Ruth - the owner - */
		return R_DONE;
	}
	return R_NEXT;
}

static int
sentence_common(struct ner *nr, struct run *r)
{
	size_t sa = r->sa, a = r->a, b = r->b, k;

	if ((nr->t[a].f & XF_SENT) && (tlexl(nr, a) & L_COMMON) &&
	    !(tlex(nr, a) & (L_ANYNAME | L_PREFIX)) && !r->dropped &&
	    !(b - a > 2 && match(nr, a, b, L_NAMEGAZ, &k) && k > a + 1) &&
	    !(b - a > 2 && joiner(nr, a + 1) && !(tlex(nr, a + 2) &
	    L_ANYNAME)) && !(b - a == 3 && cap_particle(nr, a, b))) {
		/* (but Rolls-Royce is listed whole, and Ash-Sharq is one
		 * word; Anti-Trump is not) */
		if (b - a == 1) {
			push(nr, a, b, a, b, T_UNK, S_AMBIG,
			    features(nr, sa, a, b), 0, 0);
			return R_DONE;
		}
		r->a = a + 1;
		r->dropped = 1;
		return R_AGAIN;
	}
	return R_NEXT;
}

/* World Conservation Union (IUCN): an acronym after a name */
static int
acronym(struct ner *nr, struct run *r)
{
	size_t a = r->a, b = r->b;

	if (b - a == 1 && (nr->t[a].f & XF_ALLCAP) && a >= 2 &&
	    tch(nr, a - 1) == '(' && tch(nr, a + 1) == ')' && nr->nm > 0 &&
	    nr->m[nr->nm - 1].end == nr->off + nr->t[a - 2].e &&
	    nr->m[nr->nm - 1].type == NER_ORG) {
		push(nr, a, b, a, b, NER_ORG, S_WEAK, 0, 0, 0);
		return R_DONE;
	}
	return R_NEXT;
}

/* what follows a verb that opens a sentence or a request */
static const char *const vobj[] = { "you", "them", "us", "me", "him",
    "our", "your", "attached", "below", "above" };
/* modals and verbs of requests (Will, See) */
static const char *const rverb[] = { "Will", "Can", "Could", "Would",
    "Shall", "Should", "May", "Might", "Please", "See", "Find", "Hope",
    "Thought", "Thank", "Let", "Call", "Send", "Tell", "Give" };

/* "Hope you are well", "See attached", "Will you come": a common
 * word opening a sentence before an object pronoun is a verb, no name */
static int
verb_first(struct ner *nr, struct run *r)
{
	static const char *const vsubj[] = { "I", "we", "this",
	    "all", "everything", "everyone", "the" };
	size_t a = r->a, b = r->b;

	if (b - a == 1 && r->sa == a && (tlexl(nr, a) & L_COMMON) &&
	    !(nr->t[a].f & XF_ALLCAP) && b < nr->nt &&
	    (teq_any(nr, b, vobj, LEN(vobj)) || (teq_any(nr, b, vsubj,
	    LEN(vsubj)) && teq_any(nr, a, rverb, LEN(rverb)))) &&
	    ((nr->t[a].f & XF_SENT) ||
	    (a > 0 && (tch(nr, a - 1) == '(' || isdash(nr, a - 1)))))
		return R_DONE;
	return R_NEXT;
}

/* "Dora Will you", "Dora See attached": a name that runs into a modal
 * or a verb of requests before an object pronoun ends before it (a
 * mail signed with a name, the next one opening with a request) */
static int
verb_end(struct ner *nr, struct run *r)
{
	size_t a = r->a, b = r->b;

	if (b - a >= 2 && b < nr->nt && teq_any(nr, b - 1, rverb, LEN(rverb)) &&
	    teq_any(nr, b, vobj, LEN(vobj)) && !teq(nr, b, "your") &&
	    !teq(nr, b, "our")) {
		r->b = b - 1;
		return R_AGAIN;
	}
	return R_NEXT;
}

/* "my Mom told us", "Dad is home": a family word alone is no name */
static int
kin_word(struct ner *nr, struct run *r)
{
	static const char *const kin[] = { "Mom", "Mum", "Mommy", "Mummy",
	    "Dad", "Daddy" };

	if (r->b - r->a == 1 && teq_any(nr, r->a, kin, LEN(kin)))
		return R_DONE;
	return R_NEXT;
}

/* GMT, PDT, USD, JPY: a time zone or a currency code is no name; nor
 * is a quarter or half of a year (Q3, H1) */
static int
code_word(struct ner *nr, struct run *r)
{
	size_t a = r->a, b = r->b;
	const char *p = nr->s + nr->t[a].s;

	if (b - a == 1 && (nr->t[a].f & XF_ALLCAP) &&
	    (tlex(nr, a) & (L_TIMEWORD | L_CURRENCY)))
		return R_DONE;
	if (b - a == 1 && nr->t[a].e - nr->t[a].s == 2 && ((p[0] == 'Q' &&
	    p[1] >= '1' && p[1] <= '4') || (p[0] == 'H' && (p[1] == '1' ||
	    p[1] == '2'))))
		return R_DONE;		/* Q1, H2: a quarter, a half year */
	return R_NEXT;
}

/* an MBA, a USB stick: an acronym no list names, after an indefinite
 * article, is a common noun (a CIA agent is listed) */
static int
an_acronym(struct ner *nr, struct run *r)
{
	size_t a = r->a, b = r->b;

	if (b - a == 1 && (nr->t[a].f & XF_ALLCAP) && r->sa == a && a > 0 &&
	    (teq(nr, a - 1, "a") || teq(nr, a - 1, "an")))
		return R_DONE;
	return R_NEXT;
}

/* Nice people, Mobile phones: a place that is a common word; but
 * "China's economy", "Turkey said", "Oracle spokesman Tom Jones":
 * the country, the company */
static int
common_place(struct ner *nr, struct run *r)
{
	size_t a = r->a, b = r->b;

	if ((nr->t[a].f & XF_SENT) && b - a == 1 && (tlexl(nr, a) &
	    L_COMMON) && (tlex(nr, a) & (L_PLACE | L_ORG))) {
		push(nr, a, b, a, b, gaztype(tlex(nr, a)), b < nr->nt &&
		    (poss_s(nr, b) || ((nr->t[b].f & XF_LOWER) &&
		    ((tlexl(nr, b) & L_PVERB) || pnoun(nr, b)))) ?
		    S_WEAK : S_AMBIG, 0, 0, 0);
		return R_DONE;
	}
	return R_NEXT;
}

/* Mary Green, John French: a given name, then a nationality word that
 * is a surname too (not Georgia Democrats, not Greens) */
static int
given_norp(struct ner *nr, struct run *r)
{
	size_t sa = r->sa, a = r->a, b = r->b;

	if (b - a == 2 && (tlex(nr, a) & L_GIVEN) &&
	    !(tlex(nr, a) & (L_NAMEGAZ | L_STATE)) &&
	    !((nr->t[a].f & XF_SENT) && (tlexl(nr, a) & L_COMMON)) &&
	    (tlex(nr, a + 1) & L_NORP) &&
	    !(tlex(nr, a + 1) & (L_PLACE | L_ORG | L_STATE)) &&
	    nr->s[nr->t[a + 1].e - 1] != 's') {
		push(nr, sa, b, a, b, NER_PERSON, S_STRONG, 0, 0, 0);
		return R_DONE;
	}
	return R_NEXT;
}

/* known places, nationalities, organisations */
static int
gazetteer(struct ner *nr, struct run *r)
{
	size_t sa = r->sa, a = r->a, b = r->b, k;
	uint32_t bits, h;
	int t;

	bits = match(nr, a, b, L_NAMEGAZ, &k);
	if (bits && k > a && match(nr, a, b, L_TITLE, &r->ta) && r->ta > k)
		bits = 0;	/* House Speaker: the title is longer */
	if (bits && k > a) {
		if (k == b) {
			/* Amazon the company, the Amazon the river; a
			 * place after a locative preposition is marked */
			t = (bits & L_ORG) && (bits & L_PLACE) && a > 0 &&
			    (teq(nr, a - 1, "the") || teq(nr, a - 1, "The")) ?
			    NER_LOC : gaztype(bits);
			push(nr, sa, b, a, b, t, S_STRONG, t == NER_LOC &&
			    sa > 0 && (nr->t[sa - 1].f & XF_LOWER) &&
			    (tlexl(nr, sa - 1) & L_LOCPREP) ? UF_PREVLOC : 0,
			    0, 0);
			return R_DONE;
		}
		if ((bits & L_NAMEGAZ) == L_NORP && b - k >= 2 &&
		    match(nr, k, b, L_ORG, &r->ta) && r->ta == b) {
			/* a nationality before a listed organisation of
			 * two words or more is its name: the Norwegian
			 * Red Cross (an organisation of one word stays
			 * apart) */
			push(nr, sa, b, a, b, NER_ORG, S_STRONG, 0, 0, 0);
			return R_DONE;
		}
		h = headbits(nr, a, b);
		if (h == 0 && k == a + 1 && b == a + 2 && (bits & L_PLACE) &&
		    (tlex(nr, a) & L_GIVEN) && surname_at(nr, a + 1)) {
			push(nr, sa, b, a, b, NER_PERSON, S_STRONG, 0, 0, 0);
			/* Jordan Peterson, Virginia Woolf */
			return R_DONE;
		}
		if (h == 0 && (bits & L_PLACE) && !(bits & L_ORG) &&
		    plural_team(nr, k, b)) {
			push(nr, sa, b, a, b, NER_ORG, S_WEAK, 0, 0, 0);
			return R_DONE;		/* Boston Celtics */
		}
		if (h == 0 || (match(nr, k, b, L_TITLE, &r->ta) && r->ta > k)) {
			push(nr, a, k, a, k, gaztype(bits), S_STRONG, 0, 0, 0);
			r->a = k;
			return R_AGAIN;
		}
		push(nr, sa, b, a, b, headtype(h), S_STRONG, 0, 0, 0);
		return R_DONE;
	}
	return R_NEXT;
}

/*
 * A name right after a common noun for an organisation of a kind: the
 * rights group Amnesty, the imaging company Keyhole, the daily Morning
 * Ledger.  Not a given name or a listed place (the firm Anna founded).
 */
static int
kind_noun_org(struct ner *nr, struct run *r)
{
	static const char *const kind[] = { "company", "firm", "group",
	    "maker", "retailer", "airline", "carrier", "newspaper", "daily",
	    "weekly", "magazine", "broadcaster", "startup", "conglomerate",
	    "insurer", "lender", "publisher", "charity", "nonprofit" };
	size_t sa = r->sa, a = r->a, b = r->b, n;

	if (sa != a || a == 0 || !(nr->t[a - 1].f & XF_LOWER) ||
	    !(nr->t[a].f & XF_SPACE))
		return R_NEXT;
	n = nr->t[a - 1].e - nr->t[a - 1].s;	/* firm .. conglomerate */
	if (n < 4 || n > 12 || (tlex(nr, a) & (L_GIVEN | L_TITLE | L_PLACE |
	    L_STATE | L_NORP | L_MONTH | L_WDAY)) ||
	    !teq_any(nr, a - 1, kind, LEN(kind)))
		return R_NEXT;
	push(nr, a, b, a, b, NER_ORG, S_WEAK, 0, 0, 0);
	return R_DONE;
}

/* the Golden State Warriors: a team or a band */
static int
the_team(struct ner *nr, struct run *r)
{
	size_t a = r->a, b = r->b;

	if (a > 0 && teq(nr, a - 1, "the") && b - a >= 2 && b - a <= 3 &&
	    headbits(nr, a, b) == 0 && the_plural(nr, a, b)) {
		push(nr, a, b, a, b, NER_ORG, S_WEAK, 0, 0, 0);
		return R_DONE;
	}
	return R_NEXT;
}

/* Miramar California, South Vietnam: a place at the end */
static int
place_end(struct ner *nr, struct run *r)
{
	size_t sa = r->sa, a = r->a, b = r->b, k;

	if (b - a >= 2 && headbits(nr, a, b) == 0) {
		for (k = a + 1; k < b; k++)
			if ((nr->t[k].f & XF_CAP) && (span_bits(nr, k, b) &
			    (L_PLACE | L_STATE)))
				break;
		if (k < b) {
			size_t q;

			for (q = a; q < k && (tlex(nr, q) & L_LOCPRE) &&
			    !(tlex(nr, q) & L_TITLE); q++)
				;
			if (q == k) {
				push(nr, sa, b, a, b, NER_LOC, S_STRONG, 0, 0,
				    0);
				return R_DONE;
			}
			if (!(tlex(nr, a) & (L_TITLE | L_GIVEN))) {
				for (q = a; q < k && (tlexl(nr, q) & L_COMMON);
				    q++)
					;
				if (q < k)
					push(nr, sa, k, a, k, NER_LOC, S_WEAK,
					    0,
					    0, 0);
				push(nr, k, b, k, b, NER_LOC, S_STRONG, 0, 0,
				    0);
				return R_DONE;
			}
		}
	}
	return R_NEXT;
}

/* titles */
static int
titles(struct ner *nr, struct run *r)
{
	size_t a = r->a, b = r->b, k;

	r->ta = a;
	while (a < b && match(nr, a, b, L_TITLE, &k) && k > a) {
		r->pcue = 1;
		a = k;
	}
	r->tb = a;
	if (a >= b)
		return R_DONE;		/* a title alone */
	if (r->pcue && (nr->t[a].f & XF_SENT) &&
	    (nr->t[r->tb - 1].f & XF_SENT) &&
	    (tlexl(nr, a) & L_COMMON) && !(tlex(nr, a) & L_ANYNAME) &&
	    !(tlex(nr, r->ta) & L_HON))
		/* a headline: Senators Warn of Shutdown (but Miss Quested) */
		return R_DONE;
	if (r->pcue) {
		/* Gov. of, President of: nothing; else a person */
		while (b - a > 1 && (tlex(nr, b - 1) & L_NAMESUF) == 0 &&
		    (nr->t[b - 1].f & XF_LOWER) && !(tch(nr, b - 2) == '-' &&
		    !(nr->t[b - 1].f & XF_SPACE)))
			b--;	/* (but Lai Ching-te keeps "te") */
		/* a headline: Miss Lucy Honeychurch Drive Out */
		for (k = a + 2; k < b; k++)
			if ((nr->t[k].f & XF_SENT) && (tlexl(nr, k) &
			    L_COMMON) && !(tlex(nr, k) & (L_GIVEN |
			    L_NAMESUF)))
				break;
		if (k < b)
			b = k;
		push(nr, a, b, a, b, NER_PERSON, S_STRONG, 0, r->ta, r->tb);
		return R_DONE;
	}
	r->a = a;
	return R_NEXT;
}

/* Take Care Traci, Poor Harriet: common words before a given name
 * (but in "Xi Jinping" a short family name comes first) */
static int
common_before_given(struct ner *nr, struct run *r)
{
	size_t sa = r->sa, a = r->a, b = r->b, k;

	if (!(tlex(nr, a) & L_GIVEN) && sa == a && !short_family(nr, a, b)) {
		for (k = a; k < b && nr->t[k].cls == TOK_WORD &&
		    !initials(nr, k) && ((tlexl(nr, k) & L_COMMON) ||
		    nr->t[k].e - nr->t[k].s <= 2) &&
		    !(tlex(nr, k) & (L_ANYNAME | L_ORGHEAD | L_FACHEAD |
		    L_LOCHEAD)); k++)
			;	/* not across a hyphen: Rolls-Royce */
		if (k > a && k < b && (tlex(nr, k) & L_GIVEN) &&
		    headbits(nr, a, b) == 0) {
			r->a = k;
			r->dropped = 1;
			return R_AGAIN;
		}
	}
	return R_NEXT;
}

/* Traci Warner Enron Broadband Services (a signature): a listed
 * organisation after a person's name of two words or more starts
 * a new name */
static int
signature_org(struct ner *nr, struct run *r)
{
	size_t sa = r->sa, a = r->a, b = r->b, k;

	if ((tlex(nr, a) & L_GIVEN) && sa == a && b - a >= 3) {
		for (k = a + 2; k < b; k++)
			if (nr->t[k].cls == TOK_WORD && (tlex(nr, k) &
			    (L_ORG | L_PREFIX)) && !(tlex(nr, k) & (L_GIVEN |
			    L_PLACE)) && !initials(nr, k - 1) &&
			    match(nr, k, b, L_ORG, &r->ta) && r->ta > k)
				break;
		if (k < b) {
			push(nr, a, k, a, k, NER_PERSON, S_STRONG, 0, 0, 0);
			r->a = k;
			r->dropped = 1;
			return R_AGAIN;
		}
	}
	return R_NEXT;
}

/* head words (in a headline, not after common words alone:
 * Video Shows Police Officer) */
static int
head_words(struct ner *nr, struct run *r)
{
	size_t sa = r->sa, a = r->a, b = r->b;
	uint32_t h;

	if ((h = headbits(nr, a, b)) != 0 && !(b - a >= 2 &&
	    (nr->t[b - 1].f & XF_SENT) && all_common(nr, a, b - 1))) {
		push(nr, sa, b, a, b, headtype(h), S_STRONG, 0, 0, 0);
		return R_DONE;
	}
	return R_NEXT;
}

static int
locpre_head(struct ner *nr, struct run *r)
{
	size_t sa = r->sa, a = r->a, b = r->b;

	if (b - a >= 2 && (tlex(nr, a) & L_LOCPRE) && (tlex(nr, a) &
	    L_LOCHEAD)) {
		push(nr, sa, b, a, b, NER_LOC, S_STRONG, 0, 0, 0);
		return R_DONE;
	}
	return R_NEXT;
}

static int
state_caps(struct ner *nr, struct run *r)
{
	size_t a = r->a, b = r->b;

	if (b - a == 1 && (tlex(nr, a) & L_STATE) && (nr->t[a].f &
	    XF_ALLCAP)) {
		push(nr, a, b, a, b, NER_LOC, S_WEAK, 0, 0, 0);
		return R_DONE;
	}
	return R_NEXT;
}

/* people */
static int
party(struct ner *nr, struct run *r)
{
	size_t a = r->a, b = r->b;

	if (nr->t[b - 1].f & XF_PARTY) {
		push(nr, a, b, a, b, NER_PERSON, S_STRONG, 0, 0, 0);
		return R_DONE;
	}
	return R_NEXT;
}

static int
run_together(struct ner *nr, struct run *r)
{
	size_t sa = r->sa, a = r->a, b = r->b, k;

	if ((tlex(nr, a) & L_GIVEN) && sa == a) {
		/* names run together: Pam Butler Renee Ratcliff, Vince Vince */
		size_t nn = 1;

		for (k = a + 1; k < b; k++) {
			if (initial(nr, k) || nr->t[k].cls != TOK_WORD ||
			    (nr->t[k].f & XF_LOWER) || (nr->t[k - 1].f &
			    XF_LOWER) || (tch(nr, k - 1) == '-' &&
			    !(nr->t[k].f & XF_SPACE)))
				continue;	/* Sam Bankman-Fried, Jose da
						   Silva */
			nn++;
			if (same_word(nr, k - 1, k))
				break;
			if (nn >= 3 && (tlex(nr, k) & L_GIVEN) && !(k + 1 < b &&
			    (tlex(nr, k + 1) & L_NAMESUF)) && (k + 1 < b ||
			    b >= nr->nt || tch(nr, b) == ',' ||
			    tch(nr, b) == ':'))
				break;	/* but Martin Luther King Jr.; a given
					   name last is a greeting only before
					   a comma (Ann Roe Ben, but Ann Dale
					   Scott said) */
			if ((nn >= 3 || (nr->t[k].f & XF_SENT)) &&
			    (tlexl(nr, k) & L_COMMON) &&
			    !(tlexl(nr, k - 1) & L_PARTICLE) &&	/* Bin Baker */
			    !(tlex(nr, k) & (L_NAMESUF | L_GIVEN)) &&
			    nr->t[k].e - nr->t[k].s > 2)
				break;
		}
		if (k < b) {
			push(nr, a, k, a, k, NER_PERSON, k - a >= 2 ?
			    S_STRONG : S_WEAK, features(nr, a, a, k), 0, 0);
			r->a = k;
			r->dropped = 1;
			return R_AGAIN;
		}
	}
	return R_NEXT;
}

static int
in_place(struct ner *nr, struct run *r)
{
	size_t a = r->a, b = r->b;

	if (b - a == 1 && (tlex(nr, a) & L_GIVEN) && a > 0 &&
	    ((nr->t[a - 1].f & XF_LOWER) && (teq(nr, a - 1, "in") ||
	    teq(nr, a - 1, "near") || teq(nr, a - 1, "around"))) &&
	    !(nr->t[a].f & XF_SENT)) {
		push(nr, a, b, a, b, NER_LOC, S_GUESS, 0, 0, 0);
		return R_DONE;		/* in Lawrence */
	}
	return R_NEXT;
}

static int
degree(struct ner *nr, struct run *r)
{
	size_t a = r->a, b = r->b;

	if (tch(nr, b) == ',' && b - a >= 2 && (tlex(nr, a) & L_GIVEN) &&
	    teq(nr, b + 1, "MD"))
		nr->t[b + 1].f |= XF_USED;	/* Harry Preuss, MD: a degree */
	return R_NEXT;
}

static int
place_comma(struct ner *nr, struct run *r)
{
	size_t sa = r->sa, a = r->a, b = r->b, k;

	if (tch(nr, b) == ',' && b + 1 < nr->nt && (tlex(nr, b + 1) &
	    (L_STATE | L_PLACE)) && (nr->t[b + 1].f & XF_CAP) &&
	    !(nr->t[b + 1].f & XF_USED) && !(tlex(nr, a) & L_TITLE) &&
	    !r->pcue && !(match(nr, b + 1, nr->nt, L_STATE | L_PLACE, &k) &&
	    poss_s(nr, k))) {
		push(nr, sa, b, a, b, NER_LOC, S_WEAK, 0, 0, 0);
		/* Lawrence, KS (not Ebrard, Mexico's ...) */
		return R_DONE;
	}
	return R_NEXT;
}

static int
given_person(struct ner *nr, struct run *r)
{
	size_t sa = r->sa, a = r->a, b = r->b;

	if ((tlex(nr, a) & L_GIVEN) && !(tlex(nr, b - 1) & L_NAMEGAZ) &&
	    sa == a) {
		if (b - a >= 2)
			push(nr, a, b, a, b, NER_PERSON, S_STRONG, 0, 0, 0);
		else
			push(nr, a, b, a, b, NER_PERSON,
			    (tlexl(nr, a) & L_COMMON) ? S_GUESS : S_WEAK,
			    features(nr, sa, a, b), 0, 0);
		return R_DONE;
	}
	return R_NEXT;
}

/* A.J. Brown, A. J. Brown: initials, then a name */
static int
initials_name(struct ner *nr, struct run *r)
{
	size_t sa = r->sa, a = r->a, b = r->b, k;

	for (k = a; k < b && initials(nr, k); k++)
		;
	if (k > a && k < b && b - k <= 2 && capword(nr, k) && sa == a &&
	    !(nr->t[k].f & XF_ALLCAP) && !(span_bits(nr, k, b) & (L_ORGSUF |
	    L_ORGHEAD | L_FACHEAD | L_LOCHEAD)) && !(tlex(nr, b - 1) &
	    (L_ORGSUF | L_ORGHEAD | L_FACHEAD | L_LOCHEAD))) {
		push(nr, a, b, a, b, NER_PERSON, S_WEAK, 0, 0, 0);
		return R_DONE;
	}
	return R_NEXT;
}

static int
family_name_first(struct ner *nr, struct run *r)
{
	size_t sa = r->sa, a = r->a, b = r->b;

	if (sa == a && short_family(nr, a, b) && (tlex(nr, b - 1) & L_GIVEN) &&
	    !(tlex(nr, a) & (L_ANYNAME | L_ORGHEAD | L_FACHEAD |
	    L_LOCHEAD))) {
		push(nr, a, b, a, b, NER_PERSON, S_WEAK, UF_FAMFIRST, 0, 0);
		return R_DONE;		/* family name first: met Xi Jinping */
	}
	return R_NEXT;
}

static int (*const rules[])(struct ner *, struct run *) = {
	photographer,
	headline_name,
	signoff,
	closing_given,
	header_given,
	nickname_name,
	leader_admin,
	inner_title_run,
	al_club,
	award,
	model_number,
	event,
	surname_speech,
	verb_first,
	verb_end,
	kin_word,
	sentence_given,
	sentence_common,
	acronym,
	code_word,
	common_place,
	given_norp,
	kind_noun_org,
	gazetteer,
	an_acronym,
	the_team,
	place_end,
	titles,
	common_before_given,
	signature_org,
	head_words,
	locpre_head,
	state_caps,
	party,
	run_together,
	in_place,
	degree,
	place_comma,
	given_person,
	initials_name,
	family_name_first,
};

/*
 * Type the run of capitalised words [a, b) and push its mention, or its
 * parts' mentions: the rules above, in order, until one decides; a rule
 * that cuts words off the run starts them again.
 */
static void
classify(struct ner *nr, size_t a, size_t b)
{
	struct run r;
	size_t i;
	int v;

	memset(&r, 0, sizeof(r));
	r.a = a;
	r.b = b;
again:
	if (run_start(nr, &r) == R_DONE)
		return;
	for (i = 0; i < LEN(rules); i++) {
		if ((v = rules[i](nr, &r)) == R_DONE)
			return;
		if (v == R_AGAIN)
			goto again;
	}
	push(nr, r.sa, r.b, r.a, r.b, T_UNK, S_GUESS,
	    features(nr, r.sa, r.a, r.b), 0, 0);
}

/*
 * A surname that starts with a lower-case particle, on its own: "bin
 * Laden", "de Blasio", "van der Sar", "da Silva".  Only the particles
 * that start such names (not "la", "al", "y") and not after a capital
 * (that is a longer name, handled by chunks()).  The end, or 0.
 */
static size_t
particle_name(struct ner *nr, size_t i)
{
	static const char *const first[] = { "de", "du", "da", "di", "del",
	    "della", "van", "von", "bin", "ibn", "bint" };
	static const char *const second[] = { "der", "den", "de", "la",
	    "ter" };
	size_t j, k, n = nr->t[i].e - nr->t[i].s;
	const char *w = nr->s + nr->t[i].s;

	/* the cheap tests first: the words behind XF_LCANY are many */
	if (n < 2 || n > 5 || !((w[0] == 'd' && (w[1] == 'e' ||
	    w[1] == 'u' || w[1] == 'a' || w[1] == 'i')) || (w[0] == 'v' &&
	    (w[1] == 'a' || w[1] == 'o')) || (w[0] == 'b' && w[1] == 'i') ||
	    (w[0] == 'i' && w[1] == 'b')) || (i > 0 &&
	    (nr->t[i - 1].f & XF_CAP)))
		return 0;
	for (k = 0; k < LEN(first) && !teq(nr, i, first[k]); k++)
		;
	if (k == LEN(first))
		return 0;
	j = i + 1;
	for (k = 0; k < LEN(second) && !teq(nr, j, second[k]); k++)
		;
	if (k < LEN(second))
		j++;
	if (!capword(nr, j) || (nr->t[j].f & (XF_SENT | XF_ALLCAP)) ||
	    (tlex(nr, j) & (L_NAMEGAZ | L_TITLE | L_MONTH | L_WDAY |
	    L_STATE)))
		return 0;
	for (j++; capword(nr, j) && !(tlex(nr, j) & (L_NAMEGAZ | L_TITLE |
	    L_ORGHEAD | L_FACHEAD | L_LOCHEAD)); j++)
		;
	return j;
}

/*
 * "at Del Frisco's", "to Applebee's": a name in the possessive after
 * "at" or "to", with no noun after it, is a place (a shop, a restaurant).
 * Not after a given name: "at Emma's" is her house, and she is a person.
 * The end of the place (after the "'s"), or 0.  The "'s" stays in the
 * name, so that the type of a person of that name does not change.
 */
static size_t
shop_name(struct ner *nr, size_t a, size_t b)
{
	size_t k;

	if (a == 0 || b + 1 > nr->nt || !poss_s(nr, b) ||
	    match(nr, a, b, L_TITLE, &k) || (b - a == 1 && (tlex(nr, a) &
	    L_GIVEN)) ||
	    !(teq(nr, a - 1, "at") || (teq(nr, a - 1, "to") && !(a >= 2 &&
	    (teq(nr, a - 2, "according") || teq(nr, a - 2, "due") ||
	    teq(nr, a - 2, "thanks"))))))
		return 0;
	if (b + 1 < nr->nt && nr->t[b + 1].cls == TOK_WORD &&
	    !((nr->t[b + 1].f & XF_CAP) && (tlex(nr, b + 1) & (L_PLACE |
	    L_STATE))) && !(tlexl(nr, b + 1) & (L_CONN | L_LOCPREP |
	    L_DATEREL | L_WDAY)) && !teq(nr, b + 1, "and") &&
	    !teq(nr, b + 1, "or"))
		return 0;	/* at Eurostar's discretion */
	return b + 1;
}

/*
 * "Ray's Pizza", "Joe's Bar and Grill": a name of one or two words in the
 * possessive, then a shop's head word, is the shop (a place, like a named
 * facility).  Only the heads of shops and restaurants: "Trump's Justice
 * Department" and "Putin's Palace" keep their person.  The end, or 0.
 */
static size_t
shop_head(struct ner *nr, size_t a, size_t b)
{
	static const char *const head[] = { "Pizza", "Pizzeria", "Restaurant",
	    "Cafe", "Café", "Bar", "Grill", "Bakery", "Deli", "Diner", "Pub",
	    "Tavern", "Kitchen", "Store", "Shop", "Market", "Salon", "Garage",
	    "Steakhouse", "Bistro", "Bagels", "Donuts", "Barbecue", "BBQ" };
	size_t j;

	if (b - a > 2 || !poss_s(nr, b) || (tlex(nr, a) & (L_TITLE |
	    L_NAMEGAZ | L_STATE)))
		return 0;
	for (j = b + 1; j < b + 4 && capword(nr, j); j++)
		if (teq_any(nr, j, head, LEN(head)))
			return j + 1;
	return 0;
}

/*
 * "St. Patrick's Cathedral", "Children's Hospital", "People's Liberation
 * Army": a saint's name or a plural noun for people in the possessive,
 * then capitalised words up to a head word, is one name (not "Trump's
 * Justice Department": a person's things are not named after him).  The
 * end, or 0; the head's bits in *h.
 */
static size_t
poss_head(struct ner *nr, size_t a, size_t b, uint32_t *h)
{
	static const char *const own[] = { "People", "Children", "Women",
	    "Men", "Veterans", "Workers", "Farmers", "Citizens" };
	static const char *const saint[] = { "St.", "Saint", "St", "Ste." };
	size_t j;

	if (!poss_s(nr, b) || !capword(nr, b + 1) || !((b - a == 2 &&
	    teq_any(nr, a, saint, LEN(saint))) || (b - a == 1 &&
	    teq_any(nr, a, own, LEN(own)))))
		return 0;
	for (j = b + 1; j < b + 4 && capword(nr, j); j++)
		if ((*h = tlex(nr, j) & (L_ORGHEAD | L_FACHEAD)) != 0 &&
		    !capword(nr, j + 1))
			return j + 1;
	return 0;
}

/* Words [a, b) are all capitalised common words marked as sentence
 * starts, and no names. */
static int
all_common(struct ner *nr, size_t a, size_t b)
{
	for (; a < b; a++)
		if (nr->t[a].cls == TOK_WORD && (!(nr->t[a].f & XF_SENT) ||
		    !(tlexl(nr, a) & L_COMMON) || (tlex(nr, a) & L_ANYNAME)))
			return 0;
	return 1;
}

/* A lower-case word that is a common word (the big table). */
static int
lc_common(struct ner *nr, size_t i)
{
	const struct lent *e = lex_find(nr->s + nr->t[i].s, nr->t[i].e - nr->t[i].s);

	return e != NULL && (e->bits & (L_COMMON | L_STOPCAP));
}

/*
 * A run of capitalised words being read from x->i: x->j is its end so
 * far.  Each step looks at the words from j: it extends the run
 * (R_AGAIN, j moved on), ends it (R_DONE), or does not apply (R_NEXT).
 * office is 1 for a company or an office (Procter & Gamble, the District
 * Attorney's Office), -1 for a court case (no entity).
 */
struct ext {
	size_t	 i, j;
	size_t	 nconn, lastconn;	/* connectors inside it (of, and) */
	int	 office;
};

/* A word that starts a new name: The, or an honorific (Mr.). */
static int
ext_new_name(struct ner *nr, struct ext *x)
{
	size_t j = x->j;

	if (j < nr->nt && nr->t[j].cls == TOK_WORD &&
	    (teq(nr, j, "The") || ((nr->t[j].f & XF_CAP) &&
	    (tlex(nr, j) & L_HON) && !(tlex(nr, j - 1) &
	    (L_TITLE | L_PREFIX)))))
		return R_DONE;
	return R_NEXT;
}

/* A capitalised word, or a suffix of a name (Jr.). */
static int
ext_capword(struct ner *nr, struct ext *x)
{
	size_t j = x->j;

	if (capword(nr, j) || (j < nr->nt && (tlex(nr, j) & L_NAMESUF) &&
	    !(nr->t[j].f & XF_USED) && nr->t[j].cls == TOK_WORD)) {
		x->j++;
		return R_AGAIN;
	}
	return R_NEXT;
}

/* Coca-Cola, Kim Jong-un, Lee Jae-myung; not Kyiv-based. */
static int
ext_hyphen(struct ner *nr, struct ext *x)
{
	/* short words after a hyphen that are no part of a name */
	static const char *const notpart[] = { "run", "led", "era" };
	size_t j = x->j;

	if (tch(nr, j) == '-' && !(nr->t[j].f & XF_SPACE) &&
	    j + 1 < nr->nt && !(nr->t[j + 1].f & XF_SPACE) &&
	    (capword(nr, j + 1) || ((nr->t[j + 1].f & XF_LOWER) &&
	    (nr->t[j + 1].e - nr->t[j + 1].s <= 3 || lc_odd(nr, j + 1)) &&
	    !teq_any(nr, j + 1, notpart, LEN(notpart)) &&
	    nr->t[j + 1].cls == TOK_WORD &&
	    (j + 2 >= nr->nt || nr->t[j + 2].s > nr->t[j + 1].e)))) {
		x->j += 2;
		return R_AGAIN;
	}
	return R_NEXT;
}

/* Sean "Diddy" Combs: a nickname inside a name. */
static int
ext_nickname(struct ner *nr, struct ext *x)
{
	size_t k;

	if (((tlex(nr, x->i) & L_GIVEN) || !((tlexl(nr, x->i) & L_COMMON) ||
	    (tlex(nr, x->i) & (L_NAMEGAZ | L_STATE)))) &&
	    x->j == x->i + 1 && (k = nickname(nr, x->j)) > x->j &&
	    capword(nr, k)) {
		x->j = k;
		return R_AGAIN;
	}
	return R_NEXT;
}

/* An initial before a capitalised word (John F. Kennedy); ", Inc.". */
static int
ext_initial(struct ner *nr, struct ext *x)
{
	size_t j = x->j;

	if (j < nr->nt && initial(nr, j) && !(nr->t[j].f & XF_USED) &&
	    capword(nr, j + 1)) {
		x->j++;
		return R_AGAIN;
	}
	if (tch(nr, j) == ',' && j + 1 < nr->nt &&
	    (tlex(nr, j + 1) & L_ORGSUF) && nr->t[j + 1].cls == TOK_WORD &&
	    (nr->t[j + 1].f & XF_CAP)) {
		x->j += 2;
		return R_AGAIN;
	}
	return R_NEXT;
}

/* A case: Roe v. Wade, Brown vs. Board of Education (no entity of these
 * types). */
static int
ext_case(struct ner *nr, struct ext *x)
{
	size_t j = x->j;

	if (!((teq(nr, j, "v.") || teq(nr, j, "vs.")) && capword(nr, j + 1)))
		return R_NEXT;
	for (j++; j < nr->nt; j++)
		if (!capword(nr, j) && !((poss_s(nr, j) || teq(nr, j, "of")) &&
		    capword(nr, j + 1)))
			break;
	x->j = j;
	x->office = -1;
	return R_DONE;
}

/* Procter & Gamble, Eli Lilly and Co. */
static int
ext_company(struct ner *nr, struct ext *x)
{
	size_t j = x->j;

	if (j + 1 < nr->nt && (tch(nr, j) == '&' ||
	    (teq(nr, j, "and") && (teq(nr, j + 1, "Co.") ||
	    teq(nr, j + 1, "Co") || teq(nr, j + 1, "Company") ||
	    teq(nr, j + 1, "Sons")))) &&
	    (nr->t[j + 1].f & XF_CAP) && !(nr->t[j + 1].f & XF_USED)) {
		x->j += 2;
		x->office = 1;
		return R_AGAIN;
	}
	return R_NEXT;
}

/*
 * Food and Drug Administration: "and" inside a name whose head comes
 * within four capitalised words; not JOSH BOAK and ZEKE MILLER
 * Associated Press, Federal Reserve and Treasury Department; but
 * Securities and Exchange Commission.
 */
static int
ext_and_head(struct ner *nr, struct ext *x)
{
	size_t i = x->i, j = x->j, k;

	if (!(teq(nr, j, "and") && x->nconn == 0 && capword(nr, j + 1) &&
	    !teq(nr, j + 1, "The") && !((tlex(nr, i) & L_GIVEN) &&
	    j - i >= 2 && (tlex(nr, j + 1) & L_GIVEN)) &&
	    (!(tlex(nr, j - 1) & (L_NAMEGAZ | L_ORGHEAD |
	    L_FACHEAD | L_LOCHEAD | L_ORGSUF)) || (j - 1 == i +
	    (size_t)teq(nr, i, "The") && (tlex(nr, j - 1) &
	    L_ORGHEAD) && !(tlex(nr, j - 1) & L_NAMEGAZ))) &&
	    (j - 1 > i || !(nr->t[i].f & XF_SENT))))
		return R_NEXT;
	for (k = j + 1; k < nr->nt && k < j + 5 && capword(nr, k); k++)
		if (tlex(nr, k) & (L_ORGHEAD | L_ORGSUF))
			break;
	if (k < nr->nt && k < j + 5 && capword(nr, k) &&
	    (tlex(nr, k) & (L_ORGHEAD | L_ORGSUF))) {
		x->j = k + 1;
		return R_AGAIN;
	}
	return R_NEXT;
}

/* The District Attorney's Office; and no lower-case word: the end. */
static int
ext_office(struct ner *nr, struct ext *x)
{
	size_t j = x->j;

	if (j + 1 < nr->nt && poss_s(nr, j) && (tlex(nr, j - 1) & L_TITLE) &&
	    capword(nr, j + 1) && (tlex(nr, j + 1) & L_ORGHEAD)) {
		x->j += 2;
		x->office = 1;
		return R_AGAIN;
	}
	if (j >= nr->nt || !(nr->t[j].f & XF_LOWER) ||
	    nr->t[j].cls != TOK_WORD)
		return R_DONE;
	return R_NEXT;
}

/* Rio de Janeiro: a listed name that goes on through lower-case words
 * (not through "and": the Andaman and Nicobar Islands are two names in
 * the UNER data) */
static int
ext_listed(struct ner *nr, struct ext *x)
{
	size_t j = x->j, k;

	if (j >= nr->nt || !(nr->t[j].f & XF_LOWER) || teq(nr, j, "and") ||
	    !match(nr, x->i, MIN(nr->nt, j + 4), L_NAMEGAZ, &k) ||
	    k <= j + 1 || !capword(nr, k - 1))
		return R_NEXT;
	x->j = k;
	return R_AGAIN;
}

/* of, on, for, and after a head word (Bank of America, Centers for
 * Disease Control and Prevention) */
static int
ext_connector(struct ner *nr, struct ext *x)
{
	size_t j = x->j, k;

	if (!(tlexl(nr, j) & L_CONN))
		return R_NEXT;
	k = teq(nr, j + 1, "the") ? j + 2 : j + 1;
	if (teq(nr, j, "and") && (k != j + 1 ||
	    x->nconn == 0 || !((teq(nr, x->lastconn, "of") &&
	    j - x->lastconn == 2) || (teq(nr, x->lastconn,
	    "for") && j - x->lastconn <= 3 &&
	    !(nr->t[k].f & XF_ALLCAP) &&
	    !(tlex(nr, k) & L_ANYNAME))) ||
	    (tlex(nr, j - 1) & L_NAMEGAZ)))
		return R_DONE;
	if (capword(nr, k) && (teq(nr, j, "and") ||
	    (tlex(nr, j - 1) & (L_ORGHEAD | L_FACHEAD | L_LOCHEAD)) != 0)) {
		x->lastconn = j;
		x->nconn++;
		x->j = k;
		return R_AGAIN;
	}
	return R_NEXT;
}

/* Secretary of State */
static int
ext_title_of(struct ner *nr, struct ext *x)
{
	size_t j = x->j, k;

	if (!((tlexl(nr, j) & L_CONN) && (tlex(nr, j - 1) & L_TITLE)))
		return R_NEXT;
	for (k = j + 1; k < nr->nt && k < j + 4 && !capword(nr, k); k++)
		;
	if (k < nr->nt && k < j + 4 &&
	    (span_bits(nr, j - 1, k + 1) & L_TITLE)) {
		x->j = k + 1;
		return R_AGAIN;
	}
	return R_NEXT;
}

/* al-Sadr, el-Baradei; van der, de la; van, von, al, bin inside a
 * person's name */
static int
ext_particle(struct ner *nr, struct ext *x)
{
	size_t j = x->j;

	if (!(tlexl(nr, j) & L_PARTICLE))
		return R_NEXT;
	if (tch(nr, j + 1) == '-' && !(nr->t[j + 1].f & XF_SPACE) &&
	    j + 2 < nr->nt && !(nr->t[j + 2].f & XF_SPACE) &&
	    capword(nr, j + 2)) {
		x->j += 3;
		return R_AGAIN;
	}
	if ((teq(nr, j + 1, "der") || teq(nr, j + 1, "den") ||
	    teq(nr, j + 1, "de") || teq(nr, j + 1, "la")) &&
	    capword(nr, j + 2) && (tlex(nr, j - 1) & L_GIVEN) &&
	    x->nconn == 0) {
		x->j += 2;
		return R_AGAIN;
	}
	if (capword(nr, j + 1) && !(tlex(nr, j - 1) & (L_NAMEGAZ |
	    L_ORGHEAD)) && !teq(nr, j, "and") && x->nconn == 0 &&
	    nr->t[j].e - nr->t[j].s <= 4) {
		x->j++;
		return R_AGAIN;
	}
	return R_NEXT;
}

static int (*const steps[])(struct ner *, struct ext *) = {
	ext_new_name, ext_capword, ext_hyphen, ext_nickname, ext_initial,
	ext_case, ext_company, ext_and_head, ext_office, ext_listed,
	ext_connector, ext_title_of, ext_particle,
};

/* The end of the run that starts at i, its first step done (j). */
static size_t
run_end(struct ner *nr, size_t i, size_t j, int *office)
{
	struct ext x;
	size_t k;
	int v = R_NEXT;

	memset(&x, 0, sizeof(x));
	x.i = i;
	x.j = j;
	for (;;) {
		for (k = 0; k < LEN(steps); k++)
			if ((v = steps[k](nr, &x)) != R_NEXT)
				break;
		if (k == LEN(steps) || v == R_DONE)
			break;
	}
	*office = x.office;
	return x.j;
}

/*
 * The run [i, j) ends before a possessive: a listed name (McDonald's,
 * Moody's), an organisation or place whose head follows, or a shop (at
 * Tom's, Ray's Pizza).  The end of what was pushed, or 0.
 */
static size_t
run_possessive(struct ner *nr, size_t i, size_t j)
{
	uint32_t bits;
	size_t k;

	if (poss_s(nr, j) && (k = teq(nr, i, "The") ? i + 1 : i) < j &&
	    (bits = span_bits(nr, k, j + 1) & L_NAMEGAZ) != 0) {
		push(nr, k, j + 1, k, j + 1, gaztype(bits), S_STRONG, 0,
		    0, 0);
		return j + 1;
	}
	if ((k = poss_head(nr, teq(nr, i, "The") ? i + 1 : i, j, &bits)) > 0) {
		i += teq(nr, i, "The");
		push(nr, i, k, i, k, headtype(bits), S_STRONG, 0, 0, 0);
		return k;
	}
	if ((k = shop_head(nr, i, j)) > 0 || (k = shop_name(nr, i, j)) > 0) {
		push(nr, i, k, i, k, NER_LOC, S_STRONG, UF_SHOP, 0, 0);
		return k;
	}
	return 0;
}

/* May the lower-case words [a, b) that match a place be that place?
 * When one of them is no common word (los angeles), or the text writes
 * "i" for "I" (the united states); not "a white house" or "a long beach"
 * in other text.  (A place word first needs no more: the gulf coast.) */
static int
lc_place(struct ner *nr, size_t a, size_t b)
{
	size_t k;

	for (k = a; k < b; k++)
		if (nr->t[k].cls == TOK_WORD && !lc_common(nr, k))
			return 1;
	return nr->lowstyle && b > a + 1;
}

/*
 * May a lower-cased place of several words go on from word i into the
 * next?  Not into a capitalised word (the keys are in lower case), nor
 * into a lower-case word of two letters or more after a space whose
 * first two are no place's second word ("the man" after "the").
 */
static int
lc_more(const struct ner *nr, size_t i)
{
	const struct xt *x;
	const unsigned char *p;
	unsigned b;

	if (i + 1 >= nr->nt)
		return 0;
	x = &nr->t[i + 1];
	if (!(x->f & XF_SPACE))
		return 1;	/* attached: a hyphen, 's */
	if (x->f & XF_CAP)
		return 0;
	if (!(x->f & XF_LOWER) || x->e - x->s < 2)
		return 1;
	p = (const unsigned char *)nr->s + x->s;
	b = (unsigned)p[0] << 8 | p[1];
	return lex_lc2(b);
}

/* The first step of a run at i: a lower-case place word (the gulf
 * coast), a particle name, al-Sadr, a capitalised word; 0 for none. */
static size_t
run_start_at(struct ner *nr, size_t *i)
{
	size_t k;

	if ((nr->t[*i].f & (XF_LOWER | XF_USED)) == XF_LOWER &&
	    nr->t[*i].cls == TOK_WORD && (nr->t[*i].f & XF_LCANY) &&
	    (tlex(nr, *i) & (L_PLACELC | L_LCPREFIX)) &&
	    match(nr, *i, lc_more(nr, *i) ? nr->nt : *i + 1, L_PLACELC,
	    &k) && ((k > *i + 1 &&
	    (tlex(nr, *i) & L_PLACELC)) || lc_place(nr, *i, k))) {
		push(nr, *i, k, *i, k, NER_LOC, S_WEAK, 0, 0, 0);
		*i = k - 1;
		return 0;
	}
	if ((nr->t[*i].f & (XF_LOWER | XF_USED | XF_LCANY)) ==
	    (XF_LOWER | XF_LCANY) && nr->t[*i].cls == TOK_WORD &&
	    (tlexl(nr, *i) & L_PARTICLE) &&
	    (tlex(nr, *i) & L_PREFIX) && match(nr, *i, nr->nt, L_ORG, &k) &&
	    k > *i + 1 && (nr->t[k - 1].f & XF_CAP)) {
		/* a listed organisation that starts with a particle: an
		 * al Qaeda cell */
		push(nr, *i, k, *i, k, NER_ORG, S_STRONG, 0, 0, 0);
		*i = k - 1;
		return 0;
	}
	if ((nr->t[*i].f & (XF_LOWER | XF_LCANY)) ==
	    (XF_LOWER | XF_LCANY) && (k = particle_name(nr, *i)) > 0) {
		push(nr, *i, k, *i, k, NER_PERSON, S_STRONG, 0, 0, 0);
		*i = k - 1;
		return 0;
	}
	if ((nr->t[*i].f & XF_LOWER) && tch(nr, *i + 1) == '-' &&
	    !(nr->t[*i + 1].f & XF_SPACE) && *i + 2 < nr->nt &&
	    !(nr->t[*i + 2].f & XF_SPACE) && capword(nr, *i + 2) &&
	    (tlexl(nr, *i) & L_PARTICLE))
		return *i + 3;	/* al-Sadr */
	if (!(nr->t[*i].f & XF_CAP) || !capword(nr, *i))
		return 0;
	return *i + 1;
}

/* Runs of capitalised words, each read and pushed. */
static void
chunks(struct ner *nr)
{
	size_t i, j, k;
	int office;

	for (i = 0; i < nr->nt; i++) {
		if ((j = run_start_at(nr, &i)) == 0)
			continue;
		j = run_end(nr, i, j, &office);
		if (office == 0 && (k = run_possessive(nr, i, j)) > 0) {
			i = k - 1;
			continue;
		}
		if (office > 0) {	/* a company or an office (above) */
			k = teq(nr, i, "The") ? i + 1 : i;
			push(nr, k, j, k, j, NER_ORG, S_STRONG, 0, 0, 0);
		} else if (office < 0) {
			for (k = i; k < j; k++)
				nr->t[k].f |= XF_USED;
		} else
			classify(nr, i, j);
		i = j - 1;
	}
}

/* Title case for the ASCII capitals of s[0..n): "RIO DE JANEIRO" as "Rio
 * de Janeiro", "ST. LOUIS" as "St. Louis". */
static void
title_case(char *s, size_t n)
{
	static const char *const part[] = {
		"de", "da", "do", "del", "della", "di", "dos", "das", "du",
		"des", "la", "le", "van", "von", "of", "the", "and", "on"
	};
	size_t i, j, k;
	int first = 1;

	for (i = 0; i < n; i = j) {
		for (j = i; j < n && s[j] != ' ' && s[j] != '-'; j++)
			if (j > i && s[j] >= 'A' && s[j] <= 'Z')
				s[j] = (char)(s[j] | 0x20);
		if (!first && j > i) {
			for (k = 0; k < LEN(part); k++)
				if (strlen(part[k]) == j - i &&
				    (s[i] | 0x20) == part[k][0] &&
				    memcmp(s + i + 1, part[k] + 1,
				    j - i - 1) == 0)
					s[i] = (char)(s[i] | 0x20);
		}
		first = 0;
		if (j < n)
			j++;
	}
}

static int
isdash(const struct ner *nr, size_t i)
{
	return i < nr->nt && nr->t[i].cls == TOK_PUNCT && (tch(nr, i) == '-' ||
	    teq(nr, i, "--") || teq(nr, i, "\xe2\x80\x94") ||
	    teq(nr, i, "\xe2\x80\x93"));
}

/*
 * A dateline opening a paragraph: "LOS ANGELES —", "NEW YORK (AP) —",
 * "KYIV, Ukraine —", "WASHINGTON, Nov 26 (Reuters) -": words in capitals
 * only, then a dash, "(" or a comma with a dash or "(" soon after.  A
 * place when the words in title case are a known place, or when they are
 * no common words; the key is in title case, so that the place links with
 * its later mentions.
 */
static void
dateline(struct ner *nr)
{
	struct rawm *m;
	const struct lent *e;
	size_t j, k;
	int known, common = 0;

	for (j = 0; j < nr->nt && j < 8; j++) {
		if (nr->t[j].cls == TOK_WORD && (nr->t[j].f & XF_ALLCAP)) {
			if (tlexl(nr, j) & L_COMMON)
				common = 1;
			continue;
		}
		if (j > 0 && j + 1 < nr->nt && !(nr->t[j].f & XF_SPACE) &&
		    (tch(nr, j) == '.' || tch(nr, j) == '-') &&
		    (nr->t[j + 1].f & XF_ALLCAP))
			continue;	/* ST. LOUIS, WINSTON-SALEM */
		if (j > 0 && tch(nr, j) == '.' && !(nr->t[j].f & XF_SPACE))
			continue;
		break;
	}
	if (j == 0 || j == nr->nt || (nr->t[j - 1].f & XF_USED))
		return;
	if (tch(nr, j) == ',') {
		if (!capword(nr, j + 1))
			return;
		for (k = j + 2; k < nr->nt && k < j + 7 && !isdash(nr, k) &&
		    tch(nr, k) != '('; k++)
			;
		if (k >= nr->nt || k >= j + 7)
			return;
	} else if (!isdash(nr, j) && tch(nr, j) != '(')
		return;
	buf_reset(&nr->key);
	norm_add(&nr->key, nr->s + nr->t[0].s, nr->t[j - 1].e - nr->t[0].s);
	title_case(nr->key.s, nr->key.len);
	e = lex_find(nr->key.s, nr->key.len);
	known = e != NULL && (e->bits & (L_PLACE | L_STATE));
	if (!known && (common || j > 4))
		return;
	push(nr, 0, j, 0, j, NER_LOC, known ? S_STRONG : S_WEAK, 0, 0, 0);
	m = &nr->m[nr->nm - 1];
	title_case(nr->arena.s + m->koff, m->klen);
}

/*
 * Give the mentions of the paragraph from m0 on their sentence, counted
 * as sent_split() counts them (sentsplit's numbers): scan() skips the
 * split where it cannot matter to the names, so it is done here then.
 */
static void
number_sents(struct ner *nr, size_t m0)
{
	const struct spanv *v = &nr->sents;
	size_t i, lo, hi, mid;
	uint64_t p;

	if (!nr->split) {
		nr->csents.n = 0;
		sent_split(nr->s, nr->n, &nr->csents);
		v = &nr->csents;
	}
	for (i = m0; i < nr->nm; i++) {
		p = nr->m[i].start - nr->off;
		lo = 0;		/* the first sentence that ends after p */
		hi = v->n > 0 ? v->n - 1 : 0;
		while (lo < hi) {
			mid = lo + (hi - lo) / 2;
			if (v->v[mid].end <= p)
				lo = mid + 1;
			else
				hi = mid;
		}
		nr->m[i].sent = nr->nsent + lo;
	}
	nr->nsent += v->n;
}

void
ner_para(struct ner *nr, const char *s, size_t n, uint64_t off,
    uint64_t lineno)
{
	size_t m0;

	nr->s = s;
	nr->n = n;
	nr->off = off;
	nr->lineno = lineno;
	nr->fed += n + 1;
	nr->nl = nr->wrapped && memchr(s, '\n', n) != NULL;
	nr->nlpos = 0;
	nr->nlcount = 0;
	if (n == 0)
		return;
	m0 = nr->nm;
	scan(nr);
	if (nr->nt > 1 && (nr->t[0].f & XF_ALLCAP))
		dateline(nr);
	numeric(nr);
	chunks(nr);
	number_sents(nr, m0);
}

void
ner_merge(struct ner *dst, const struct ner *src)
{
	size_t i, base = dst->arena.len;
	struct rawm *m;

	if (src->arena.len > 0)
		buf_add(&dst->arena, src->arena.s, src->arena.len);
	if (dst->nm + src->nm > dst->mcap) {
		dst->mcap = MAX(2 * dst->mcap, dst->nm + src->nm);
		dst->m = xreallocarray(dst->m, dst->mcap, sizeof(*dst->m));
	}
	for (i = 0; i < src->nm; i++) {
		m = &dst->m[dst->nm++];
		*m = src->m[i];
		m->moff += (uint32_t)base;
		m->koff += (uint32_t)base;
		m->toff += (uint32_t)base;
		m->name = UINT32_MAX;
		m->sent += dst->nsent;
	}
	dst->fed += src->fed;
	dst->nsent += src->nsent;
}

void
ner_wrapped(struct ner *nr, int on)
{
	nr->wrapped = on;
}

/* Names: one record per distinct key. */
static uint32_t
name_get(struct ner *nr, const char *k, size_t n)
{
	uint64_t h = hash_bytes(k, n);
	size_t j, i;
	struct name *nm;
	uint32_t id;

	if (2 * (nr->nnames + 1) > nr->ntabcap) {
		free(nr->ntab);
		nr->ntabcap = nr->ntabcap ? 2 * nr->ntabcap : 1024;
		nr->ntab = xreallocarray(NULL, nr->ntabcap,
		    sizeof(*nr->ntab));
		memset(nr->ntab, 0xFF, nr->ntabcap * sizeof(*nr->ntab));
		for (i = 0; i < nr->nnames; i++) {
			for (j = nr->names[i].hash & (nr->ntabcap - 1);
			    nr->ntab[j] != UINT32_MAX;
			    j = (j + 1) & (nr->ntabcap - 1))
				;
			nr->ntab[j] = (uint32_t)i;
		}
	}
	for (j = h & (nr->ntabcap - 1); (id = nr->ntab[j]) != UINT32_MAX;
	    j = (j + 1) & (nr->ntabcap - 1)) {
		nm = &nr->names[id];
		if (nm->hash == h && nm->klen == n &&
		    memcmp(nr->arena.s + nm->koff, k, n) == 0)
			return id;
	}
	if (nr->nnames == nr->namecap) {
		nr->namecap = nr->namecap ? 2 * nr->namecap : 256;
		nr->names = xreallocarray(nr->names, nr->namecap,
		    sizeof(*nr->names));
	}
	id = (uint32_t)nr->nnames++;
	nr->ntab[j] = id;
	nm = &nr->names[id];
	memset(nm, 0, sizeof(*nm));
	nm->hash = h;
	nm->koff = (uint32_t)(k - nr->arena.s);
	nm->klen = (uint32_t)n;
	nm->ntoks = 1;
	for (i = 0; i < n; i++) {
		if (k[i] == ' ')
			nm->ntoks++;
		if ((i == 0 || k[i - 1] == ' ') && i + 2 <= n &&
		    k[i] >= 'A' && k[i] <= 'Z' && k[i + 1] == '.' &&
		    (i + 2 == n || k[i + 2] == ' '))
			nm->ninit++;
	}
	nm->parent = UINT32_MAX;
	nm->type = T_UNK;
	return id;
}

/* The name record of key k, or UINT32_MAX. */
static uint32_t
name_find(const struct ner *nr, const char *k, size_t n)
{
	uint64_t h = hash_bytes(k, n);
	size_t j;
	uint32_t id;

	if (nr->ntabcap == 0)
		return UINT32_MAX;
	for (j = h & (nr->ntabcap - 1); (id = nr->ntab[j]) != UINT32_MAX;
	    j = (j + 1) & (nr->ntabcap - 1))
		if (nr->names[id].hash == h && nr->names[id].klen == n &&
		    memcmp(nr->arena.s + nr->names[id].koff, k, n) == 0)
			return id;
	return UINT32_MAX;
}

/* Does long name L end with " " + short S (or start with S + " ")? */
static int
name_in(const struct ner *nr, const struct name *l, const struct name *s,
    int prefix)
{
	const char *lp = nr->arena.s + l->koff, *sp = nr->arena.s + s->koff;

	if (l->klen <= s->klen + 1)
		return 0;
	if (prefix)
		return memcmp(lp, sp, s->klen) == 0 && lp[s->klen] == ' ';
	return memcmp(lp + l->klen - s->klen, sp, s->klen) == 0 &&
	    lp[l->klen - s->klen - 1] == ' ';
}

static int
link_ok(int ltype, int stype)
{
	if (stype == T_UNK)
		return ltype == NER_PERSON || ltype == NER_ORG ||
		    ltype == NER_LOC;
	return ltype == stype;
}

/* The planets: alone, never a person (Venus Williams is two words). */
static int
planet(const char *k, size_t n)
{
	static const char *const v[] = { "Mercury", "Venus", "Mars",
	    "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto" };
	size_t i;

	for (i = 0; i < LEN(v); i++)
		if (strlen(v[i]) == n && memcmp(v[i], k, n) == 0)
			return 1;
	return 0;
}

/* A name of two or three words written Xxxx (Shohei Ohtani; not FMs
 * Tahu, Lake of Garda). */
static int
plain_name(const struct ner *nr, const struct name *p)
{
	const char *k = nr->arena.s + p->koff;
	size_t i;
	int start = 1;

	if (p->ntoks < 2 || p->ntoks > 3)
		return 0;
	for (i = 0; i < p->klen; i++) {
		unsigned char c = (unsigned char)k[i];

		if (c == ' ') {
			start = 1;
			continue;
		}
		if (start ? !((c >= 'A' && c <= 'Z') || c >= 0x80) :
		    !((c >= 'a' && c <= 'z') || c >= 0x80))
			return 0;
		start = 0;
	}
	return 1;
}

/* The nickname in quotation marks inside key k[0..n): its start, and its
 * end in *end; or NULL. */
static const char *
nick_span(const char *k, size_t n, const char **end)
{
	const char *p, *q, *lim = k + n;
	size_t ql;

	for (p = k; p < lim; p++) {
		if (*p == '"')
			ql = 1;
		else if (lim - p >= 3 && memcmp(p, "\xe2\x80\x9c", 3) == 0)
			ql = 3;
		else
			continue;
		for (q = p + ql; q < lim; q++)
			if (*q == '"' || (lim - q >= 3 &&
			    memcmp(q, "\xe2\x80\x9d", 3) == 0))
				break;
		if (q == lim || q == p + ql)
			return NULL;
		*end = q;
		return p + ql;
	}
	return NULL;
}

/* The length of the owner's name in "Bob Evans's", "Evans 's", or 0. */
static size_t
owner_len(const char *k, size_t n)
{
	if (n >= 3 && k[n - 1] == 's' && k[n - 2] == '\'')
		n -= 2;
	else if (n >= 5 && k[n - 1] == 's' && memcmp(k + n - 4,
	    "\xe2\x80\x99", 3) == 0)
		n -= 4;
	else
		return 0;
	while (n > 0 && k[n - 1] == ' ')
		n--;
	return n;
}

/*
 * Decide an unknown name's type from its features; T_NONE drops it.  An
 * organisation needs a cue of its own (a firm noun, an apposition, a
 * listed head word, a repeated acronym): a capitalised phrase with a
 * common word in it, or a word after "the", names a document, a product
 * or an event more often than an organisation (on both UNER sets).
 */
static int
guess(const struct ner *nr, const struct name *nm)
{
	unsigned uf = nm->uf;

	if (nm->evid == 0 || (nm->ntoks == 1 && planet(nr->arena.s +
	    nm->koff, nm->klen)))
		return T_NONE;
	if ((uf & UF_PNOUN) && !(uf & UF_ALLCAP) && (nm->ntoks >= 2 ||
	    !(uf & UF_COMMON)))
		return NER_PERSON;
	if ((uf & UF_FIRMCUE) && !(uf & (UF_GIVEN | UF_NEXTPV)))
		return NER_ORG;		/* companies like Zentrobar */
	if (uf & UF_ALORG)
		return NER_ORG;
	if (nm->ntoks >= 2) {
		if (uf & UF_ALLCAP)
			return (uf & UF_COMMON) ? T_NONE : NER_ORG;
		if ((uf & UF_PARTSURN) && !(uf & UF_ALLCAP))
			return NER_PERSON;	/* Marine Le Pen */
		if ((uf & UF_LOCPRE) && (!(uf & UF_COMMON) ||
		    nm->count - nm->nsent >= 2 || (uf & UF_ORGCUE) ||
		    nm->thecap))
			return NER_LOC;		/* El Fasher, South End */
		if ((uf & UF_PREVIN) && !(uf & (UF_GIVEN | UF_NEXTPV |
		    UF_PNOUN)) && nm->count == 1)
			return NER_LOC;		/* in Khan Younis */
		if (uf & UF_COMMON)	/* Development Agreement; but
					   according to Real Clear Politics */
			return (uf & UF_ACCORDING) ? NER_ORG : T_NONE;
		return NER_PERSON;
	}
	if (uf & UF_ALLCAP)	/* not with a digit: AS400, CO2, a code */
		return (uf & UF_COMMON) || nm->klen > 6 || nm->klen < 3 ||
		    nm->count - nm->nsent < 2 || has_byte(nr->arena.s +
		    nm->koff, nm->klen, '0', '9') ? T_NONE : NER_ORG;
	if (nm->thecap && (uf & (UF_ORGCUE | UF_NEXTPV)))
		return NER_ORG;		/* a report by The Hill */
	if ((uf & UF_ACCORDING) && !(uf & (UF_COMMON | UF_PREVTHE)))
		return NER_PERSON;	/* according to Santos */
	if ((uf & UF_COMMON) && !(uf & (UF_NEXTPV | UF_SURN)))
		return T_NONE;
	if ((uf & (UF_COMMON | UF_PREVTHE)) == (UF_COMMON | UF_PREVTHE))
		return T_NONE;	/* the Commission said: no person */
	if (uf & UF_PREVLOC)
		return NER_LOC;
	if (uf & (UF_NEXTPV | UF_SURN | UF_GIVEN))
		return NER_PERSON;
	if ((uf & UF_PREVTHE) && nm->klen >= 4 &&
	    nr->arena.s[nm->koff + nm->klen - 1] == 's')
		return NER_ORG;		/* the Dodgers: a team */
	return T_NONE;
}

/* Append a copy of arena bytes [off, off + n) (grow first: the source
 * moves with the arena). */
static void
arena_dup(struct ner *nr, size_t off, size_t n)
{
	buf_grow(&nr->arena, n);
	memcpy(nr->arena.s + nr->arena.len, nr->arena.s + off, n);
	nr->arena.len += n;
}

/* Word index: names by their first or last word. */
static uint32_t
widx_head(uint64_t *wh, uint32_t *whead, size_t cap, uint64_t h, int add,
    uint32_t id, uint32_t *next)
{
	size_t j;

	for (j = h & (cap - 1); whead[j] != UINT32_MAX; j = (j + 1) &
	    (cap - 1))
		if (wh[j] == h)
			break;
	if (add) {
		next[id] = whead[j];
		wh[j] = h;
		whead[j] = id;
	}
	return whead[j];
}

static uint64_t
word_hash(const char *k, size_t n, int last)
{
	size_t i;

	if (last) {
		for (i = n; i > 0 && k[i - 1] != ' '; i--)
			;
		return hash_bytes(k + i, n - i);
	}
	for (i = 0; i < n && k[i] != ' '; i++)
		;
	return hash_bytes(k, i);
}

#define WORDS(p)	((p)->ntoks - (p)->ninit)

/* Austin after Lloyd Austin: a listed place of one word, never after a
 * locative preposition, is the surname of a person of the document (one
 * typed, or a given name and more that nothing else types yet). */
static int
place_surname(const struct name *p, const struct name *nm)
{
	return nm->type == NER_LOC && nm->ntoks == 1 &&
	    !(nm->uf & UF_PREVLOC) && (p->type == NER_PERSON ||
	    (p->type == T_UNK && (p->uf & UF_GIVEN) &&
	    !(p->uf & (UF_COMMON | UF_ALLCAP | UF_PREVLOC))));
}

/* The name's first word is a listed family name that comes first (Mao
 * Ning, Yoon Suk Yeol). */
static int
family_first(const struct ner *nr, const struct name *p)
{
	const char *k = nr->arena.s + p->koff, *q;

	q = memchr(k, ' ', p->klen);
	return q != NULL && ws_has(&families, k, (size_t)(q - k));
}

/* Taysir al-Qadi, Ayman al-Zawahiri: an Arabic name whose family part
 * has the article; the given name alone is used for the person. */
static int
al_name(const struct ner *nr, const struct name *p)
{
	const char *k = nr->arena.s + p->koff, *q;

	q = memchr(k, ' ', p->klen);
	return q != NULL && (size_t)(k + p->klen - q) > 4 &&
	    (q[1] == 'a' || q[1] == 'e' || q[1] == 'A' || q[1] == 'E') &&
	    (q[2] == 'l' || q[2] == 'L') && q[3] == '-';
}

/* The name that id links to in the end (UINT32_MAX stays so). */
static uint32_t
root(const struct ner *nr, uint32_t id)
{
	int j;

	for (j = 0; j < 8 && id != UINT32_MAX &&
	    nr->names[id].parent != UINT32_MAX; j++)
		id = nr->names[id].parent;
	return id;
}

/* The best longer name that nm links to, or UINT32_MAX. */
static uint32_t
find_parent(struct ner *nr, uint32_t self, uint32_t j, const uint32_t *next,
    int prefix)
{
	struct name *nm = &nr->names[self], *p;
	const struct lent *e;
	uint32_t best = UINT32_MAX;
	int scan = 0, al;

	for (; j != UINT32_MAX && scan < 512; j = next[j], scan++) {
		p = &nr->names[j];
		al = prefix && p->type == T_UNK && nm->type == T_UNK &&
		    al_name(nr, p);
		if (j == self || p->ntoks <= nm->ntoks || !p->evid ||
		    ((p->type >= NER_NTYPES || !link_ok(p->type, nm->type)) &&
		    !place_surname(p, nm) && !al))
			continue;
		if (prefix) {
			if ((p->type != NER_PERSON && !al) || nm->ntoks != 1 ||
			    !((nm->uf & UF_GIVEN) || (p->uf & UF_FAMFIRST) ||
			    al) ||
			    !name_in(nr, p, nm, 1))
				continue;
		} else {
			if (!name_in(nr, p, nm, 0))
				continue;
			if (p->type == NER_ORG && nm->ntoks == 1 &&
			    (e = lex_find(nr->arena.s + nm->koff, nm->klen)) !=
			    NULL && (e->bits & L_ORGHEAD))
				continue;	/* TV alone is no short form of
						   Al-Arabiya TV */
			if (p->type != NER_PERSON && nm->ntoks == 1 &&
			    (nm->uf & UF_COMMON) && nm->nsent == nm->count)
				continue;	/* "Service was slow": no short
						   form of "Newsgroup Service" */
			if (p->type != NER_PERSON && !nm->headtail &&
			    nm->type == T_UNK && p->type != NER_ORG)
				continue;
		}
		/* the most words (initials aside), then the most mentions;
		 * for a given name, the other way round; then the name the
		 * document named first (names are numbered in order) */
		if (best == UINT32_MAX || (prefix ? p->count >
		    nr->names[best].count || (p->count ==
		    nr->names[best].count && (p->ntoks >
		    nr->names[best].ntoks || (p->ntoks ==
		    nr->names[best].ntoks && j < best))) :
		    WORDS(p) > WORDS(&nr->names[best]) ||
		    (WORDS(p) == WORDS(&nr->names[best]) && (p->count >
		    nr->names[best].count || (p->count ==
		    nr->names[best].count && j < best)))))
			best = j;
	}
	return best;
}

static inline int
before(const struct ner_mention *x, const struct ner_mention *y)
{
	return x->start < y->start || (x->start == y->start && x->end < y->end);
}

/*
 * Mentions by start, then end: a merge sort that skips the merge of two
 * halves already in order, since a paragraph's mentions come as a few
 * sorted runs (numbers first, then names) and paragraphs come in order.
 */
static void
sort_mentions(struct ner_mention *v, struct ner_mention *tmp, size_t n)
{
	struct ner_mention x;
	size_t i, j, k, mid;

	if (n < 16) {
		for (i = 1; i < n; i++) {
			x = v[i];
			for (j = i; j > 0 && before(&x, &v[j - 1]); j--)
				v[j] = v[j - 1];
			v[j] = x;
		}
		return;
	}
	mid = n / 2;
	sort_mentions(v, tmp, mid);
	sort_mentions(v + mid, tmp, n - mid);
	if (!before(&v[mid], &v[mid - 1]))
		return;
	memcpy(tmp, v, mid * sizeof(*v));
	for (i = 0, j = mid, k = 0; i < mid && j < n; k++)
		v[k] = before(&v[j], &tmp[i]) ? v[j++] : tmp[i++];
	while (i < mid)
		v[k++] = tmp[i++];
}

/* Names and their votes: each mention counts for its name, and the
 * name takes the type with most votes. */
static void
name_votes(struct ner *nr)
{
	struct rawm *m;
	struct name *nm;
	uint32_t id, best;
	size_t i;
	int t;

	for (i = 0; i < nr->nm; i++) {
		m = &nr->m[i];
		if (m->type != T_UNK && m->type > NER_NORP)
			continue;
		id = name_get(nr, nr->arena.s + m->koff, m->klen);
		m->name = id;
		nm = &nr->names[id];
		nm->count++;
		if (m->uf & UF_SENT)
			nm->nsent++;
		if (m->mlen > m->klen && m->mlen >= 4 &&
		    memcmp(nr->arena.s + m->moff, "The ", 4) == 0)
			nm->thecap = 1;
		if (m->strength > S_AMBIG)
			nm->evid = 1;
		if (m->type != T_UNK) {
			nm->votes[m->type] += m->strength;
			if (m->strength > nm->maxs)
				nm->maxs = m->strength;
		}
		nm->uf |= m->uf;
	}
	for (i = 0; i < nr->nnames; i++) {
		nm = &nr->names[i];
		best = 0;
		for (t = 0; t < NER_NTYPES; t++)
			if (nm->votes[t] > best) {
				best = nm->votes[t];
				nm->type = (uint8_t)t;
			}
		nm->headtail = (nm->type == NER_ORG || nm->type == NER_LOC);
		if (nm->type == NER_PERSON && nm->ntoks >= 2 &&
		    nm->ntoks <= 3 && family_first(nr, nm))
			nm->uf |= UF_FAMFIRST;	/* Mao Ning, then Ms. Mao */
	}
}

/* The names of two words or more by their last word (w 0) and by their
 * first (w 1), for linking short names to longer ones; and (w 2) the
 * persons' names of three words among the first 4096 names by their
 * middle word (middle_of()). */
struct widx {
	uint64_t	*wh[3];
	uint32_t	*whead[3], *next[3];
	size_t		 cap;
};

/* The hash of the word after the first space of k[0..n) (*ok 0: no
 * space). */
static uint64_t
middle_hash(const char *k, size_t n, int *ok)
{
	const char *sp = memchr(k, ' ', n), *e;

	if ((*ok = sp != NULL) == 0)
		return 0;
	sp++;
	if ((e = memchr(sp, ' ', (size_t)(k + n - sp))) == NULL)
		e = k + n;
	return hash_bytes(sp, (size_t)(e - sp));
}

static void
widx_build(struct ner *nr, struct widx *x)
{
	struct name *nm;
	uint64_t h;
	size_t i;
	int w, ok;

	x->cap = 16;
	while (x->cap < 2 * nr->nnames + 2)
		x->cap *= 2;
	for (w = 0; w < 3; w++) {
		x->wh[w] = xcalloc(x->cap, sizeof(uint64_t));
		x->whead[w] = xreallocarray(NULL, x->cap, sizeof(uint32_t));
		memset(x->whead[w], 0xFF, x->cap * sizeof(uint32_t));
		x->next[w] = xreallocarray(NULL, nr->nnames + 1,
		    sizeof(uint32_t));
		for (i = 0; i < nr->nnames; i++) {
			nm = &nr->names[i];
			if (nm->ntoks < 2 || (w == 2 && (i >= 4096 ||
			    nm->ntoks != 3 || nm->type != NER_PERSON ||
			    nm->ninit > 0)))
				continue;
			ok = 1;
			h = w == 2 ? middle_hash(nr->arena.s + nm->koff,
			    nm->klen, &ok) : word_hash(nr->arena.s + nm->koff,
			    nm->klen, w == 0);
			if (ok)
				widx_head(x->wh[w], x->whead[w], x->cap, h, 1,
				    (uint32_t)i, x->next[w]);
		}
	}
}

/* A name of two words or more that ends in the word k[0..n) (Barack
 * Obama for Obama), the first among the first 4096 names; or
 * UINT32_MAX. */
static uint32_t
surname_of(const struct ner *nr, struct widx *x, const char *k, size_t n)
{
	const struct name *p;
	const char *q;
	uint32_t j, best = UINT32_MAX;

	for (j = widx_head(x->wh[0], x->whead[0], x->cap, hash_bytes(k, n), 0,
	    0, x->next[0]); j != UINT32_MAX; j = x->next[0][j]) {
		p = &nr->names[j];
		q = nr->arena.s + p->koff;
		if (j < 4096 && j < best && p->klen > n + 1 &&
		    q[p->klen - n - 1] == ' ' && memcmp(q + p->klen - n, k,
		    n) == 0)
			best = j;
	}
	return best;
}

static void
widx_free(struct widx *x)
{
	int w;

	for (w = 0; w < 3; w++) {
		free(x->wh[w]);
		free(x->whead[w]);
		free(x->next[w]);
	}
}

/* The longer name that name i links to: one that ends with it (w 0), or
 * starts with it (w 1: a given name alone); UINT32_MAX when none. */
static uint32_t
longer_name(struct ner *nr, struct widx *x, size_t i, int w)
{
	struct name *nm = &nr->names[i];

	return find_parent(nr, (uint32_t)i, widx_head(x->wh[w], x->whead[w],
	    x->cap, word_hash(nr->arena.s + nm->koff, nm->klen, w == 0), 0, 0,
	    x->next[w]), x->next[w], w);
}

/* Ruiz after Ana Ruiz Delgado: a word alone that is the middle
 * word of one person's name of three (a Spanish name's first surname)
 * and no given name itself; or UINT32_MAX (none, or two such people). */
static uint32_t
middle_of(const struct ner *nr, struct widx *x, const struct name *nm)
{
	const struct lent *e;
	const struct name *p;
	const char *k = nr->arena.s + nm->koff, *q, *sp;
	uint32_t found = UINT32_MAX, j;

	if (nm->ntoks != 1 || (nm->uf & UF_COMMON))
		return UINT32_MAX;
	for (j = widx_head(x->wh[2], x->whead[2], x->cap, hash_bytes(k,
	    nm->klen), 0, 0, x->next[2]); j != UINT32_MAX; j = x->next[2][j]) {
		p = &nr->names[j];
		q = nr->arena.s + p->koff;
		if ((sp = memchr(q, ' ', p->klen)) == NULL ||
		    (size_t)(q + p->klen - sp) < nm->klen + 3 ||
		    sp[1 + nm->klen] != ' ' || memcmp(sp + 1, k, nm->klen) != 0 ||
		    family_first(nr, p))
			continue;
		if (found != UINT32_MAX)
			return UINT32_MAX;
		found = j;
	}
	/* the rarer tests last */
	if (found == UINT32_MAX || ((e = lex_find(k, nm->klen)) != NULL &&
	    (e->bits & L_GIVEN)) || surname_of(nr, x, k, nm->klen) != UINT32_MAX)
		return UINT32_MAX;
	return found;
}

/* Link short names to the longest name that ends with them (an alias
 * of a place or organisation to its full name; a given name alone to a
 * person whose name starts with it). */
static void
link_short(struct ner *nr, struct widx *x)
{
	struct name *nm;
	uint32_t par;
	size_t i;

	for (i = 0; i < nr->nnames; i++) {
		const char *full;

		nm = &nr->names[i];
		if (nm->type != T_UNK && nm->type > NER_LOC)
			continue;
		full = nm->type == NER_LOC || nm->type == NER_ORG ?
		    ws_value(&aliases, nr->arena.s + nm->koff, nm->klen) : NULL;
		if (full != NULL && (par = name_find(nr, full, strlen(full))) !=
		    UINT32_MAX && par != i && nr->names[par].evid &&
		    nr->names[par].type == nm->type) {
			nm->parent = par;
			continue;
		}
		par = longer_name(nr, x, i, 0);
		if (par == UINT32_MAX && nm->ntoks == 1)
			par = longer_name(nr, x, i, 1);
		if (par == UINT32_MAX && nm->type == T_UNK)
			par = middle_of(nr, x, nm);
		nm->parent = par;
	}
}

/* Joaquin "El Chapo" Guzman: a later "El Chapo" is he */
static void
link_nicknames(struct ner *nr)
{
	struct name *nm;
	size_t i;

	for (i = 0; i < nr->nnames; i++) {
		const char *k, *q, *e;
		uint32_t sid;

		nm = &nr->names[i];
		k = nr->arena.s + nm->koff;
		if (nm->type != NER_PERSON || nm->ntoks < 3 ||
		    (q = nick_span(k, nm->klen, &e)) == NULL ||
		    (sid = name_find(nr, q, (size_t)(e - q))) == UINT32_MAX ||
		    sid == i || nr->names[sid].maxs >= S_STRONG ||
		    nr->names[sid].parent != UINT32_MAX)
			continue;
		nr->names[sid].parent = (uint32_t)i;
	}
}

/* roots: types of unknown names; events are no names */
static void
type_roots(struct ner *nr)
{
	struct name *nm;
	size_t i;

	for (i = 0; i < nr->nnames; i++) {
		nm = &nr->names[i];
		if (nm->uf & UF_EVENT) {
			nm->type = T_NONE;
			nm->parent = UINT32_MAX;
		} else if (nm->parent == UINT32_MAX && nm->type == T_UNK) {
			nm->type = (uint8_t)guess(nr, nm);
			nm->guessed = 1;
		}
	}
}

/* Machado after Maria Corina Machado, when only the guesses above
 * made the longer name a person */
static void
link_guessed(struct ner *nr, struct widx *x)
{
	struct name *nm;
	uint32_t par;
	size_t i;

	for (i = 0; i < nr->nnames; i++) {
		uint8_t t0;

		nm = &nr->names[i];
		if (!nm->guessed || nm->ntoks != 1 ||
		    nm->parent != UINT32_MAX ||
		    (nm->type != NER_PERSON && (nm->type != T_NONE ||
		    (nm->uf & (UF_COMMON | UF_ALLCAP)) || nm->klen < 4)))
			continue;
		t0 = nm->type;
		nm->type = T_UNK;
		par = longer_name(nr, x, i, 0);
		nm->type = t0;
		if (par != UINT32_MAX && nr->names[par].guessed &&
		    nr->names[par].type == NER_PERSON && (nm->type ==
		    NER_PERSON || (nm->uf & (UF_PNOUN | UF_NEXTPV |
		    UF_SURN)) || plain_name(nr, &nr->names[par])))
			nm->parent = par;
	}
}

/* families: a plural that no list names, whose singular is a
 * person of the document, is a person (the Wilcoxes, the Kennedys) */
static void
plural_families(struct ner *nr, struct widx *x)
{
	struct name *nm;
	size_t i;

	for (i = 0; i < nr->nnames; i++) {
		uint32_t sid;
		const char *k;

		nm = &nr->names[i];
		k = nr->arena.s + nm->koff;
		if (nm->ntoks != 1 || nm->klen < 4 || k[nm->klen - 1] != 's' ||
		    nm->maxs >= S_STRONG || nm->parent != UINT32_MAX ||
		    (nm->type != NER_ORG && nm->type != T_NONE &&
		    nm->type != T_UNK))
			continue;
		sid = name_find(nr, k, nm->klen - 1);
		if (sid == UINT32_MAX && k[nm->klen - 2] == 'e')
			sid = name_find(nr, k, nm->klen - 2);
		if (sid == UINT32_MAX)
			sid = surname_of(nr, x, k, nm->klen - 1);
		if ((sid = root(nr, sid)) == UINT32_MAX ||
		    nr->names[sid].type != NER_PERSON)
			continue;
		nm->type = NER_PERSON;
		nm->evid = 1;
	}
}

/* "at Tom Gradgrind's": his house, when he is a person of the
 * document (not Bob Evans's, which names no one) */
static void
shops(struct ner *nr)
{
	struct name *nm;
	size_t i;

	for (i = 0; i < nr->nnames; i++) {
		uint32_t sid;
		size_t n;

		nm = &nr->names[i];
		if (!(nm->uf & UF_SHOP) || (n = owner_len(nr->arena.s +
		    nm->koff, nm->klen)) == 0)
			continue;
		sid = root(nr, name_find(nr, nr->arena.s + nm->koff, n));
		if (sid != UINT32_MAX && nr->names[sid].type == NER_PERSON) {
			nm->type = NER_PERSON;
			nm->parent = sid;
		}
	}
}

/* Canonical names: each name takes its root's (arena offsets for now). */
static void
canonical(struct ner *nr)
{
	struct name *nm, *p;
	uint32_t id;
	size_t i;

	for (i = 0; i < nr->nnames; i++) {
		nm = &nr->names[i];
		id = root(nr, (uint32_t)i);
		p = &nr->names[id];
		if (id != i) {
			nm->type = p->type;
			if (p->maxs > nm->maxs)
				nm->maxs = p->maxs;
		}
		nm->coff = (uint32_t)nr->arena.len;
		if (p->thecap && p->type == NER_ORG)
			buf_add(&nr->arena, "The ", 4);
		arena_dup(nr, p->koff, p->klen);
		buf_addc(&nr->arena, '\0');
	}
}

/* lists: a name no rule typed, next to a person, is a person */
static void
list_persons(struct ner *nr)
{
	struct rawm *m;
	struct name *nm;
	size_t i, j;
	int w;

	for (w = 0; w < 2; w++)
		for (j = 0; j < nr->nm; j++) {
			struct rawm *o;

			i = w == 0 ? j : nr->nm - 1 - j;
			m = &nr->m[i];
			if (!(m->uf & (w == 0 ? UF_LISTPREV : UF_LISTNEXT)) ||
			    m->name == UINT32_MAX || (w == 0 ? i == 0 :
			    i + 1 == nr->nm))
				continue;
			nm = &nr->names[m->name];
			o = &nr->m[w == 0 ? i - 1 : i + 1];
			if (w == 0 ? m->start < o->end ||
			    m->start - o->end > 6 : o->start < m->end ||
			    o->start - m->end > 6)
				continue;	/* ", " " and " ", and " apart */
			/* Pfizer and BioNTech said: a company; Cumbria and
			 * Lancashire: a place (one no evidence typed) */
			if (nm->guessed && nm->ntoks == 1 &&
			    ((o->type == NER_ORG &&
			    o->strength == S_STRONG) || (nm->type == T_NONE &&
			    o->name != UINT32_MAX &&
			    nr->names[o->name].type == NER_LOC)) &&
			    !(nm->uf & (UF_SURN | UF_GIVEN | UF_PNOUN |
			    UF_ALLCAP | UF_COMMON))) {
				nm->type = o->type == NER_ORG ? NER_ORG : NER_LOC;
				continue;
			}
			if (nm->type != T_NONE || nm->ntoks != 1 ||
			    (nm->uf & (UF_COMMON | UF_ALLCAP)) ||
			    planet(nr->arena.s + nm->koff, nm->klen) ||
			    nm->klen < 3 || nr->arena.s[nm->koff +
			    nm->klen - 1] == '.' ||
			    o->name == UINT32_MAX ||
			    nr->names[o->name].type != NER_PERSON)
				continue;
			nm->type = NER_PERSON;
			nm->evid = 1;
		}
}

/* the mentions kept, with offsets into the arena */
static size_t
keep_mentions(struct ner *nr)
{
	struct rawm *m;
	struct name *nm;
	size_t i, no = 0;
	int t;

	if (nr->outcap < nr->nm) {
		nr->outcap = nr->nm;
		nr->out = xreallocarray(nr->out, nr->outcap,
		    sizeof(*nr->out));
		nr->stmp = xreallocarray(nr->stmp, nr->outcap / 2 + 1,
		    sizeof(*nr->stmp));
	}
	for (i = 0; i < nr->nm; i++) {
		struct ner_mention *o;
		size_t eoff;

		m = &nr->m[i];
		if (m->name != UINT32_MAX) {
			nm = &nr->names[m->name];
			if (nm->type >= NER_NTYPES || (!nm->evid &&
			    nm->maxs < S_WEAK) || (m->strength == S_AMBIG &&
			    nm->maxs < S_WEAK))
				continue;
			t = nm->type;
			eoff = nm->coff;
		} else {
			t = m->type;
			eoff = nr->arena.len;
			arena_dup(nr, m->koff, m->klen);
			buf_addc(&nr->arena, '\0');
		}
		o = &nr->out[no++];
		o->type = t;
		o->entity = (const char *)(uintptr_t)eoff;
		o->mention = (const char *)(uintptr_t)m->moff;
		o->mlen = m->mlen;
		o->end = m->end;
		if ((m->uf & UF_SHOP) && t == NER_PERSON) {
			size_t n = owner_len(nr->arena.s + m->moff, m->mlen);

			if (n > 0) {	/* the person, not the 's */
				o->end -= o->mlen - n;
				o->mlen = (uint32_t)n;
			}
		}
		o->title = (const char *)(uintptr_t)nr->arena.len;
		arena_dup(nr, m->toff, m->tlen);
		buf_addc(&nr->arena, '\0');
		o->line = m->line;
		o->sent = m->sent;
		o->start = m->start;
	}
	sort_mentions(nr->out, nr->stmp, no);
	for (i = 0; i < no; i++) {
		nr->out[i].entity = nr->arena.s +
		    (uintptr_t)nr->out[i].entity;
		nr->out[i].title = nr->arena.s + (uintptr_t)nr->out[i].title;
		nr->out[i].mention = nr->arena.s +
		    (uintptr_t)nr->out[i].mention;
	}
	return no;
}

/*
 * The window's mentions, linked and typed by ordered passes over its
 * names: votes, short names to longer ones, nicknames, the types of the
 * names nothing linked, surnames after guessed persons, families, shops;
 * then canonical names, persons in lists, and the mentions kept.
 */
const struct ner_mention *
ner_resolve(struct ner *nr, size_t *np)
{
	struct widx x;

	name_votes(nr);
	widx_build(nr, &x);
	link_short(nr, &x);
	link_nicknames(nr);
	type_roots(nr);
	link_guessed(nr, &x);
	plural_families(nr, &x);
	widx_free(&x);
	shops(nr);
	canonical(nr);
	list_persons(nr);
	*np = keep_mentions(nr);
	return nr->out;
}
