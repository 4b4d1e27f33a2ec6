/*
 * sent.c: sentence boundaries in English news text.
 *
 * One pass over the paragraph finds the candidate bytes (terminal marks,
 * list markers, bullets, line breaks, emoji) through a byte table; each
 * candidate is decided by looking at the token before it and the word
 * after it.  A second step confirms list markers (numbered or lettered
 * items in sequence) and adds the boundaries before them.  The word lists
 * (abbreviations, sentence starters, speech verbs) are data in
 * common/data/sent_*.txt.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sent.h"
#include "utf8.h"
#include "util.h"
#include "wordset.h"

WS_TABLE(sent_abbrev);
WS_TABLE(sent_starters);
WS_TABLE(sent_speech);
WS_TABLE(sent_closings);

/* Kinds of terminal runs. */
enum { K_DOT, K_QE, K_ELL };
/* Classes of the word after a candidate. */
enum { NW_END, NW_LOWER, NW_UPPER, NW_DIGIT, NW_OTHER, NW_NONE };
/* List marker styles: "1." "1.)" "1)", plus M_ALPHA for "a." ... */
enum { M_DOT, M_DOTPAREN, M_PAREN, M_ALPHA = 4 };

#define TOKMAX	64	/* longest token looked up in the lists */
#define MINWORDS 4	/* shortest sentence ending in an abbreviation */
#define ATTRIB_WORDS 5	/* name words before a speech verb */


struct nextw {
	size_t	 pos;		/* first letter or digit of the word */
	int	 cls;
	int	 starter;	/* in sent_starters.txt */
	int	 title;		/* a title abbreviation ("Mr.") */
	int	 lazy;		/* starter and title not looked up yet */
};

struct bound {
	size_t	 pos;
	long	 marker;	/* list marker whose period this is, or -1 */
};

struct marker {
	size_t	 start;		/* where the item starts (bullet included) */
	int	 value, style, initial, ok;
	long	 bound;		/* the boundary at its period, or -1 */
};

static struct wordset abbrev, starters, speech, closings;
static int loaded;
static size_t abbrmax;		/* longest entry of sent_abbrev.txt */
static unsigned char cand[256];

/* scratch, one set per thread */
static __thread struct bound	*bv;
static __thread size_t		 bn, bcap;
static __thread struct marker	*mv;
static __thread size_t		 mn, mcap;

void
spanv_push(struct spanv *v, size_t start, size_t end)
{
	if (v->n == v->cap) {
		v->cap = v->cap ? 2 * v->cap : 16;
		v->v = xreallocarray(v->v, v->cap, sizeof(*v->v));
	}
	v->v[v->n].start = start;
	v->v[v->n].end = end;
	v->n++;
}

void
spanv_free(struct spanv *v)
{
	free(v->v);
	v->v = NULL;
	v->n = v->cap = 0;
}

void
sent_init(void)
{
	struct wsline l;
	const char *c;
	size_t i;

	if (loaded)
		return;
	ws_fixed(&abbrev, &wst_sent_abbrev);
	for (i = 0; ws_next(&abbrev, &i, &l); )
		if (l.klen > abbrmax)
			abbrmax = l.klen;
	ws_fixed(&starters, &wst_sent_starters);
	ws_fixed(&closings, &wst_sent_closings);
	ws_fixed(&speech, &wst_sent_speech);
	for (c = ".?!)\n*=~#_,:"; *c != '\0'; c++)
		cand[(unsigned char)*c] = 1;
	cand[0xE2] = cand[0xE3] = cand[0xEF] = cand[0xF0] = 1;
	loaded = 1;
}

void
sent_free(void)
{
	free(bv);
	free(mv);
	bv = NULL;
	mv = NULL;
	bn = bcap = mn = mcap = 0;
}

static void
bound_add(size_t pos, long marker)
{
	if (bn == bcap) {
		bcap = bcap ? 2 * bcap : 64;
		bv = xreallocarray(bv, bcap, sizeof(*bv));
	}
	bv[bn].pos = pos;
	bv[bn].marker = marker;
	bn++;
}

static int
bound_cmp(const void *a, const void *b)
{
	const struct bound *x = a, *y = b;

	return x->pos < y->pos ? -1 : x->pos > y->pos;
}

/* Three-byte sequence at s[i] (0 when fewer bytes are left). */
static uint32_t
u3(const char *s, size_t n, size_t i)
{
	if (i + 3 > n)
		return 0;
	return (uint32_t)(unsigned char)s[i] << 16 |
	    (uint32_t)(unsigned char)s[i + 1] << 8 | (unsigned char)s[i + 2];
}

/* Length of the white space character at s[i], or 0. */
static size_t
wsp(const char *s, size_t n, size_t i)
{
	unsigned char c = s[i];
	uint32_t w;

	if (c <= ' ')
		return 1;
	if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0)
		return 2;
	if (c == 0xEF && u3(s, n, i) == 0xEFBBBF)
		return 3;	/* U+FEFF: a byte order mark inside */
	if (c == 0xE2 || c == 0xE3) {
		w = u3(s, n, i);
		if ((w >= 0xE28080 && w <= 0xE2808A) || w == 0xE280AF ||
		    w == 0xE2819F || w == 0xE38080 || w == 0xE280A8 ||
		    w == 0xE280A9)
			return 3;
	}
	return 0;
}

/* Is the character that ends at s[i] (i > 0) white space?  Its length. */
static int
wsback(const char *s, size_t i)
{
	unsigned char c = s[i - 1];

	if (c <= ' ')
		return 1;
	if (c == 0xA0 && i >= 2 && (unsigned char)s[i - 2] == 0xC2)
		return 2;
	return 0;
}

/* Length of a terminal mark at s[i] (its kind in *k), or 0. */
static size_t
mark(const char *s, size_t n, size_t i, int *k)
{
	uint32_t w;

	switch (s[i]) {
	case '.':
		*k = K_DOT;
		return 1;
	case '?':
	case '!':
		*k = K_QE;
		return 1;
	}
	w = u3(s, n, i);
	switch (w) {
	case 0xE280A6:			/* … */
		*k = K_ELL;
		return 3;
	case 0xE280BC:			/* ‼ */
	case 0xE28187:			/* ⁇ */
	case 0xE28188:			/* ⁈ */
	case 0xE28189:			/* ⁉ */
	case 0xE38082:			/* 。 */
	case 0xEFBC81:			/* ！ */
	case 0xEFBC9F:			/* ？ */
		*k = K_QE;
		return 3;
	}
	return 0;
}

/* Length of a closing quote or bracket at s[i] (*q set for quotes), or 0. */
static size_t
closer(const char *s, size_t n, size_t i, int *q)
{
	uint32_t w;

	switch (s[i]) {
	case '"':
	case '\'':
		*q = 1;
		return 1;
	case ')':
	case ']':
	case '}':
		*q = 0;
		return 1;
	}
	if ((unsigned char)s[i] == 0xC2 && i + 1 < n &&
	    (unsigned char)s[i + 1] == 0xBB) {	/* » */
		*q = 1;
		return 2;
	}
	w = u3(s, n, i);
	if (w == 0xE28099 || w == 0xE2809D || w == 0xE280BA ||	/* ’ ” › */
	    w == 0xE3808D || w == 0xE3808F) {		/* 」 』 */
		*q = 1;
		return 3;
	}
	return 0;
}

/* Length of an opening quote, bracket or dash at s[i], or 0. */
static size_t
opener(const char *s, size_t n, size_t i)
{
	unsigned char c = s[i];
	uint32_t w;

	switch (c) {
	case '"':
	case '\'':
	case '(':
	case '[':
	case '{':
	case '`':
	case '*':
	case '_':
		return 1;
	case '-':
		return i + 1 < n && (unsigned char)s[i + 1] <= ' ';
	}
	if (c == 0xC2 && i + 1 < n && ((unsigned char)s[i + 1] == 0xAB ||
	    (unsigned char)s[i + 1] == 0xBF || (unsigned char)s[i + 1] == 0xA1))
		return 2;			/* « ¿ ¡ */
	w = u3(s, n, i);
	if (w == 0xE2809C || w == 0xE28098 || w == 0xE2809E ||	/* “ ‘ „ */
	    w == 0xE280B9 || w == 0xE28094 || w == 0xE28093 ||	/* ‹ — – */
	    w == 0xE3808C || w == 0xE3808E)			/* 「 『 */
		return 3;
	return 0;
}

/* Length of a bullet character at s[i], or 0. */
static size_t
bullet(const char *s, size_t n, size_t i)
{
	switch (u3(s, n, i)) {
	case 0xE280A2:	/* • */
	case 0xE280A3:	/* ‣ */
	case 0xE28183:	/* ⁃ */
	case 0xE297A6:	/* ◦ */
	case 0xE296AA:	/* ▪ */
	case 0xE2978F:	/* ● */
	case 0xE296A0:	/* ■ */
	case 0xE296BA:	/* ► */
	case 0xE29EA2:	/* ➢ */
	case 0xE29EA4:	/* ➤ */
		return 3;
	}
	return 0;
}

/* Is the character ending at s[i] (i > 0) a bullet? Its start in *b. */
static int
bulletback(const char *s, size_t n, size_t i, size_t *b)
{
	if (i >= 3 && bullet(s, n, i - 3)) {
		*b = i - 3;
		return 1;
	}
	return 0;
}

/* Length of an emoji grapheme cluster at s[i], or 0. */
static size_t
emoji(const char *s, size_t n, size_t i)
{
	unsigned char c = s[i];
	int32_t cp;

	if (c != 0xF0 && c != 0xE2)
		return 0;
	if (c == 0xE2 && (i + 1 >= n || (unsigned char)s[i + 1] < 0x98 ||
	    (unsigned char)s[i + 1] > 0x9E))
		return 0;			/* U+2600..U+27BF only */
	(void)u8_decode(s + i, n - i, &cp);
	if (cp == U8_BAD || !u8_issymbol(cp))
		return 0;
	return u8_grapheme_end(s, n, i) - i;
}

static int
lookup_lower(const struct wordset *ws, const char *s, size_t len)
{
	char w[TOKMAX];
	size_t i;

	if (len > sizeof(w))
		return 0;
	for (i = 0; i < len; i++)
		w[i] = s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i];
	return ws_has(ws, w, len);
}

static int
isalpha_a(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The word that starts at or after s[i]: white space and openers skipped. */
static void
nextword(const char *s, size_t n, size_t i, struct nextw *w)
{
	size_t k;
	int32_t cp;
	unsigned char c;

	memset(w, 0, sizeof(*w));
	for (;;) {
		if (i >= n) {
			w->cls = NW_END;
			w->pos = n;
			return;
		}
		if ((k = wsp(s, n, i)) != 0 || (k = opener(s, n, i)) != 0)
			i += k;
		else
			break;
	}
	w->pos = i;
	c = s[i];
	if (c >= 'a' && c <= 'z') {
		/* the pronoun "i" of informal text starts sentences */
		if (c == 'i' && (i + 1 == n || (unsigned char)s[i + 1] <= ' ' ||
		    s[i + 1] == '\'' || u3(s, n, i + 1) == 0xE28099)) {
			w->cls = NW_UPPER;
			w->starter = 1;
		} else
			w->cls = NW_LOWER;
		return;
	}
	if (c >= '0' && c <= '9') {
		w->cls = NW_DIGIT;
		return;
	}
	if (c >= 'A' && c <= 'Z')
		w->cls = NW_UPPER;
	else if (c >= 0x80) {
		(void)u8_decode(s + i, n - i, &cp);
		if (cp != U8_BAD && u8_isupper(cp))
			w->cls = NW_UPPER;
		else if (cp != U8_BAD && u8_islower(cp)) {
			w->cls = NW_LOWER;
			return;
		} else {
			w->cls = NW_OTHER;
			return;
		}
	} else {
		/* a comma or semicolon never starts a sentence */
		w->cls = c == ',' || c == ';' ? NW_NONE : NW_OTHER;
		return;
	}
	w->lazy = 1;
}

/* Fill in starter and title of an upper-case next word (done lazily). */
static void
look(const char *s, size_t n, struct nextw *w)
{
	size_t i = w->pos, j;
	const char *v;

	if (!w->lazy)
		return;
	w->lazy = 0;
	for (j = i; j < n && j - i < TOKMAX && isalpha_a(s[j]); j++)
		;
	if (j > i && j - i <= 12 && lookup_lower(&starters, s + i, j - i))
		w->starter = 1;
	if (j < n && s[j] == '.' && j + 1 - i <= 8 &&
	    (v = ws_value(&abbrev, s + i, j + 1 - i)) != NULL && *v == 't')
		w->title = 1;
}

/* Number of words in s[from..to), counting up to max. */
static int
words(const char *s, size_t from, size_t to, int max)
{
	int nw = 0, in = 0;

	while (to > from && nw < max) {
		if ((unsigned char)s[to - 1] <= ' ')
			in = 0;
		else if (!in) {
			in = 1;
			nw++;
		}
		to--;
	}
	return nw;
}

/*
 * Does the abbreviation that ends at s[p] end the sentence, given the
 * next word?  Before a word that starts sentences ("in the U.S. He said"),
 * yes; before a title, only after a sentence of some length ("At 5 a.m.
 * Mr. Smith went" goes on, "He left at 6 P.M. Mr. Smith then" ends).
 */
static int
abbrend(const char *s, size_t sstart, size_t p, const struct nextw *w)
{
	if (w->cls != NW_UPPER)
		return 0;
	if (w->starter)
		return 1;
	return w->title && words(s, sstart, p, MINWORDS) >= MINWORDS;
}

/*
 * After "?", "!" or an ellipsis and a closing quote: is the capitalised
 * word at s[i] the start of an attribution ("Smith said.")?
 */
static int
attribution(const char *s, size_t n, size_t i)
{
	size_t j, e;
	int nw;

	for (nw = 0; nw <= ATTRIB_WORDS && i < n; nw++) {
		for (j = i; j < n && (isalpha_a(s[j]) ||
		    (unsigned char)s[j] >= 0x80 || s[j] == '.' ||
		    s[j] == '-' || s[j] == '\''); j++)
			if ((unsigned char)s[j] >= 0x80 && wsp(s, n, j))
				break;
		for (e = j; e > i && (s[e - 1] == '.' || s[e - 1] == '-'); e--)
			;
		if (e == i)
			return 0;
		if (nw > 0 && lookup_lower(&speech, s + i, e - i))
			return 1;
		if (nw == 0 && !(s[i] >= 'A' && s[i] <= 'Z') &&
		    (unsigned char)s[i] < 0x80)
			return 0;
		if (j >= n || s[j] != ' ')
			return 0;
		i = j + 1;
	}
	return 0;
}

/* Token kinds before a period. */
enum { T_WORD, T_NUMBER, T_INITIAL, T_LETTER, T_INITIALISM };

static int
tokkind(const char *s, size_t a, size_t b)
{
	size_t i;
	int digit = 0, alpha = 0, dots = 0;
	int32_t cp;
	size_t k;

	if (b - a == 1 && isalpha_a(s[a]))
		return s[a] >= 'a' ? T_LETTER : T_INITIAL;
	if ((unsigned char)s[a] >= 0x80) {
		k = u8_decode(s + a, b - a, &cp);
		if (a + k == b && cp != U8_BAD && u8_isalpha(cp))
			return u8_isupper(cp) ? T_INITIAL : T_LETTER;
	}
	for (i = a; i < b; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			digit = 1;
		else if (isalpha_a(s[i]) || (unsigned char)s[i] >= 0x80)
			alpha = 1;
		else if (s[i] == '.')
			dots++;
	}
	if (digit && !alpha)
		return T_NUMBER;
	/* single letters joined by periods: U.S, a.m, U.S.A */
	if (dots > 0 && !digit && (b - a) == 2 * (size_t)dots + 1) {
		for (i = a; i < b; i += 2)
			if (!isalpha_a(s[i]) || (i + 1 < b && s[i + 1] != '.'))
				return T_WORD;
		return T_INITIALISM;
	}
	return T_WORD;
}

/* Classes of the token before a period. */
enum { C_EMPTY, C_WORD, C_NUMBER, C_TITLE, C_NUMABBR, C_MONTH, C_ABBR,
    C_INITIALISM, C_LETTER, C_INITIAL };

/* The kind of abbreviation s[a..b] (the period included) is, or 0. */
static int
abbr_kind(const char *s, size_t a, size_t b)
{
	char w[TOKMAX];
	const char *v;
	size_t i, len = b + 1 - a;
	int caps = 1;

	if (len > abbrmax)
		return 0;
	if ((v = ws_value(&abbrev, s + a, len)) != NULL)
		return *v;
	if (len > sizeof(w) || !(s[a] >= 'A' && s[a] <= 'Z'))
		return 0;
	/* "GEN." in capitals is "Gen." */
	for (i = 0; i < len; i++) {
		w[i] = s[a + i] >= 'A' && s[a + i] <= 'Z' ? s[a + i] + 32 :
		    s[a + i];
		if (s[a + i] >= 'a' && s[a + i] <= 'z')
			caps = 0;
	}
	if (!caps)
		return 0;
	w[0] = s[a];
	if ((v = ws_value(&abbrev, w, len)) != NULL)
		return *v;
	return 0;
}

/* The class of the token that ends with the period at s[p]. */
static int
tokclass(const char *s, size_t n, size_t p, size_t *start)
{
	size_t a, k;

	for (a = p; a > 0 && p - a < TOKMAX && !wsback(s, a); a--)
		;
	if (p - a >= TOKMAX)
		return C_WORD;
	while (a < p && ((k = opener(s, n, a)) != 0 ||
	    (k = bullet(s, n, a)) != 0))
		a += k;
	*start = a;
	if (a == p)
		return C_EMPTY;
	switch (abbr_kind(s, a, p)) {
	case 't':
		return C_TITLE;
	case 'n':
		return C_NUMABBR;
	case 'm':
		return C_MONTH;
	case 'a':
		return C_ABBR;
	}
	switch (tokkind(s, a, p)) {
	case T_NUMBER:
		return C_NUMBER;
	case T_INITIAL:
		return C_INITIAL;
	case T_LETTER:
		return C_LETTER;
	case T_INITIALISM:
		return C_INITIALISM;
	}
	return C_WORD;
}

/*
 * A list marker ("1.", "2.)", "3)", "a.") whose terminator is at s[p]?
 * Records it and returns its index, or -1.
 */
static long
marker_at(const char *s, size_t n, size_t p, int style)
{
	size_t a = p, b, c, bb;
	int value = 0, initial = 0;
	struct marker *m;

	while (a > 0 && p - a < 2 && s[a - 1] >= '0' && s[a - 1] <= '9')
		a--;
	if (a < p) {
		if (a > 0 && s[a - 1] >= '0' && s[a - 1] <= '9')
			return -1;
		for (b = a; b < p; b++)
			value = value * 10 + s[b] - '0';
	} else if (p > 0 && s[p - 1] >= 'a' && s[p - 1] <= 'z') {
		a = p - 1;
		value = s[a] - 'a' + 1;
		style |= M_ALPHA;
	} else
		return -1;
	b = a;
	if (a == 0)
		initial = 1;
	else if (bulletback(s, n, a, &bb)) {
		initial = 1;
		b = bb;
	} else if (wsback(s, a)) {
		for (c = a; c > 0 && wsback(s, c); c--)
			;
		if (c == 0 || memchr(s + c, '\n', a - c) != NULL)
			initial = 1;
		else if (bulletback(s, n, c, &bb)) {
			initial = 1;
			b = bb;
		}
	} else
		return -1;
	if (mn == mcap) {
		mcap = mcap ? 2 * mcap : 16;
		mv = xreallocarray(mv, mcap, sizeof(*mv));
	}
	m = &mv[mn];
	m->start = b;
	m->value = value;
	m->style = style;
	m->initial = initial && !(style & M_ALPHA);
	m->ok = 0;
	m->bound = -1;
	return (long)mn++;
}

/*
 * Before a lower-case word, a period ends a sentence only after a plain
 * word (two letters or more, a vowel among them) or a number: short
 * and vowelless tokens are likely abbreviations ("approx.", "Blvd.").
 */
static int
plainword(const char *s, size_t a, size_t p)
{
	size_t i;
	int vowel = 0, digit = 0;

	for (i = a; i < p; i++) {
		if (strchr("aeiouyAEIOUY", s[i]) != NULL && s[i] != '\0')
			vowel = 1;
		else if (s[i] >= '0' && s[i] <= '9')
			digit = 1;
	}
	return (vowel && p - a >= 2) || (digit && !vowel);
}

/* Length of an emoticon (":)", ";-P", ":'(") at s[i] ending a word, or 0. */
static size_t
emoticon(const char *s, size_t n, size_t i)
{
	size_t j = i;

	if (j >= n || strchr(":;=", s[j]) == NULL || s[j] == '\0')
		return 0;
	j++;
	if (j < n && (s[j] == '-' || s[j] == '\'' || s[j] == '^' ||
	    s[j] == 'o'))
		j++;
	if (j >= n || strchr(")(]{}[DPpOo3/|*@", s[j]) == NULL || s[j] == '\0')
		return 0;
	while (j < n && (s[j] == ')' || s[j] == '(' || s[j] == 'D'))
		j++;
	if (s[j - 1] != ')' && s[j - 1] != '(' && s[j - 1] != 'D')
		j++;
	if (j < n && !wsp(s, n, j))
		return 0;
	return j - i;
}

/* Length of a reference "[17]", "[3, 4]", "[...]" at s[i], or 0. */
static size_t
citation(const char *s, size_t n, size_t i)
{
	size_t j;

	if (s[i] != '[')
		return 0;
	for (j = i + 1; j < n && j - i < 24; j++) {
		if (s[j] == ']')
			return j > i + 1 && (j + 1 == n || wsp(s, n, j + 1)) ?
			    j + 1 - i : 0;
		if (!((s[j] >= '0' && s[j] <= '9') || s[j] == ',' ||
		    s[j] == '-' || s[j] == '.' || s[j] == ' ' ||
		    (unsigned char)s[j] >= 0x80))
			return 0;
	}
	return 0;
}

/* Does the word that ends at s[p] start with a capital? */
static int
capword(const char *s, size_t n, size_t p)
{
	size_t a, k;

	for (a = p; a > 0 && p - a < TOKMAX && !wsback(s, a); a--)
		;
	while (a < p && (k = opener(s, n, a)) != 0)
		a += k;
	return s[a] >= 'A' && s[a] <= 'Z';
}

/*
 * A run of terminal marks starts at s[p].  Decide it, add the boundary if
 * any, and return the index after the run.
 */
static size_t
terminal(const char *s, size_t n, size_t p, size_t sstart)
{
	size_t i = p, k, a, bpos;
	int kind, kk, q, quote = 0, closed = 0, dots = 0, qe = 0, ell = 0;
	int spaced = 0, attached, split = 0, tk, nq = 0, nm = 0;
	long mk = -1;
	struct nextw w;

	attached = p > 0 && !wsback(s, p);
	/* the run: marks, and dots spaced out ". . ." */
	for (;;) {
		if (i < n && (k = mark(s, n, i, &kk)) != 0) {
			if (kk == K_DOT)
				dots++;
			else if (kk == K_ELL)
				ell = 1;
			else {
				qe = 1;
				nq += s[i] == '?' || u3(s, n, i) == 0xEFBC9F ||
				    u3(s, n, i) == 0xE28187;
			}
			nm++;
			i += k;
		} else if (i + 1 < n && s[i] == ' ' && s[i + 1] == '.' &&
		    dots > 0 && (i + 2 == n || s[i + 2] == ' ' ||
		    s[i + 2] == '.' || closer(s, n, i + 2, &q))) {
			spaced = 1;
			i++;
		} else
			break;
	}
	if (qe)
		kind = K_QE;
	else if (ell || dots > 1)
		kind = K_ELL;
	else
		kind = K_DOT;
	/* a list marker "1." or "1.)" */
	if (kind == K_DOT && i < n && (s[i] == ')' || wsp(s, n, i)))
		mk = marker_at(s, n, p, s[i] == ')' ? M_DOTPAREN : M_DOT);
	/* closing quotes and brackets, and more marks after them */
	for (;;) {
		if (i < n && (k = closer(s, n, i, &q)) != 0) {
			closed = 1;
			quote |= q;
			i += k;
		} else if (i < n && (k = mark(s, n, i, &kk)) != 0 && closed) {
			if (kk != K_DOT)
				qe = 1;
			i += k;
		} else
			break;
	}
	if (i < n && (k = citation(s, n, i)) != 0)
		i += k;			/* "gains.[3] Others" */
	if (i < n && !wsp(s, n, i))
		return i;		/* "3.5", "U.S.A", "Yahoo!'s" */
	bpos = i;
	/* emoji right after the sentence stay with it */
	for (a = i; a < n; ) {
		if ((k = wsp(s, n, a)) != 0)
			a += k;
		else if ((k = emoji(s, n, a)) != 0 ||
		    (k = emoticon(s, n, a)) != 0 || (k = citation(s, n, a)) != 0)
			bpos = a += k;
		else
			break;
	}
	nextword(s, n, bpos, &w);
	if (w.cls == NW_END || w.cls == NW_NONE)
		return i;
	if (kind == K_QE) {
		if (w.cls == NW_LOWER)		/* "Yahoo! in", "?” he asked" */
			split = !closed && (nq > 0 || nm > 1 ||
			    (p > 0 && s[p - 1] >= 'a' && s[p - 1] <= 'z' &&
			    !capword(s, n, p)));
		else
			split = !(quote && w.cls == NW_UPPER &&
			    attribution(s, n, w.pos));
	} else if (kind == K_ELL) {
		if (p > 0 && (s[p - 1] == '[' || s[p - 1] == '('))
			split = 0;		/* "[...]" omission */
		else if (w.cls != NW_UPPER)
			split = 0;
		else if (spaced && dots == 3 && !attached)
			/* ". . . I didn't" goes on */
			split = !(s[w.pos] == 'I' && w.pos + 1 < n &&
			    !isalpha_a(s[w.pos + 1]));
		else if (quote && attribution(s, n, w.pos))
			split = 0;
		else if (spaced && attached && dots >= 4) {
			bound_add(p + 1, -1);	/* "word. . . . Next" */
			return i;
		} else
			split = 1;
	} else if (closed && mk < 0) {
		/* "U.S.” The", "Co.) It"; not "engineer.) at" */
		split = w.cls != NW_LOWER;
	} else {
		tk = tokclass(s, n, p, &a);
		if (tk != C_WORD && tk != C_NUMBER && tk != C_EMPTY)
			look(s, n, &w);
		switch (tk) {
		case C_TITLE:
			split = 0;
			break;
		case C_NUMABBR:
		case C_MONTH:
			if (w.cls == NW_DIGIT || w.cls == NW_LOWER)
				split = 0;
			else if (tk == C_MONTH)
				split = abbrend(s, sstart, p, &w);
			else
				split = 1;
			break;
		case C_ABBR:
		case C_INITIALISM:
		case C_LETTER:
			split = abbrend(s, sstart, p, &w);
			break;
		case C_INITIAL:
			split = w.cls == NW_UPPER && w.starter;
			break;
		default:
			split = w.cls != NW_LOWER || plainword(s, a, p);
			break;
		}
	}
	if (split)
		bound_add(bpos, mk);
	if (mk >= 0)
		mv[mk].bound = split ? (long)bn - 1 : -1;
	return i;
}

/* Does the line s[a..b) look like a headline (no final mark, words
 * capitalised)? */
static int
headline(const char *s, size_t a, size_t b)
{
	int nw = 0, caps = 0, in = 0;
	unsigned char c;
	size_t i;

	while (b > a && (unsigned char)s[b - 1] <= ' ')
		b--;
	while (a < b && (unsigned char)s[a] <= ' ')
		a++;
	if (a == b || strchr(".?!:;,-\"')", s[b - 1]) != NULL ||
	    (unsigned char)s[b - 1] >= 0x80)
		return 0;
	for (i = a; i < b; i++) {
		c = s[i];
		if (c <= ' ') {
			in = 0;
			continue;
		}
		if (in)
			continue;
		in = 1;
		nw++;
		if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
			caps++;
		else if (i + 4 > b || (memcmp(s + i, "of ", 3) != 0 &&
		    memcmp(s + i, "the ", 4) != 0 && memcmp(s + i, "and ", 4) &&
		    memcmp(s + i, "in ", 3) != 0 && memcmp(s + i, "a ", 2) != 0 &&
		    memcmp(s + i, "for ", 4) != 0 && memcmp(s + i, "to ", 3) != 0 &&
		    memcmp(s + i, "on ", 3) != 0))
			return 0;
	}
	return nw > 0 && nw <= 12 && caps > 0;
}

/*
 * A date and time of a mail header ("08/16/2000 12:05 PM") around the
 * colon at s[i]: its end, its start in *start; or 0.
 */
static size_t
stamp(const char *s, size_t n, size_t i, size_t *start)
{
	size_t a, b, j;
	int slashes = 0;

	for (a = i; a > 0 && i - a < 2 && s[a - 1] >= '0' && s[a - 1] <= '9';
	    a--)
		;
	if (a == i || a < 2 || s[a - 1] != ' ')
		return 0;
	/* the date before: digits and slashes */
	for (b = a - 1; b > 0 && a - b < 12 && ((s[b - 1] >= '0' &&
	    s[b - 1] <= '9') || s[b - 1] == '/'); b--)
		slashes += s[b - 1] == '/';
	if (slashes != 2 || (b > 0 && !wsback(s, b)))
		return 0;
	/* the time after: mm[:ss] AM */
	for (j = i + 1; j < n && ((s[j] >= '0' && s[j] <= '9') || s[j] == ':');
	    j++)
		;
	if (j == i + 1 || j + 3 > n || s[j] != ' ' ||
	    strchr("AaPp", s[j + 1]) == NULL || s[j + 1] == '\0' ||
	    (s[j + 2] != 'M' && s[j + 2] != 'm') ||
	    (j + 3 < n && !wsp(s, n, j + 3)))
		return 0;
	*start = b;
	return j + 3;
}

/* Does a line starting at s[i] open with a bullet, dash or list number? */
static int
itemline(const char *s, size_t n, size_t i)
{
	size_t j;

	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i >= n)
		return 1;			/* a blank line */
	if (bullet(s, n, i) || ((u3(s, n, i) == 0xE28094 ||
	    u3(s, n, i) == 0xE28093) && i + 3 < n && s[i + 3] == ' '))
		return 1;
	if ((s[i] == '-' || s[i] == '*' || s[i] == '+') && i + 1 < n &&
	    s[i + 1] == ' ')
		return 1;
	for (j = i; j < n && j - i < 3 && s[j] >= '0' && s[j] <= '9'; j++)
		;
	return j > i && j + 1 < n && (s[j] == '.' || s[j] == ')') &&
	    s[j + 1] == ' ';
}

/* List markers: in sequence, or opening a line after a bullet, each
 * starts a sentence (the bounds they replace are dropped). */
static void
list_markers(void)
{
	size_t i, j;
	long x;

	for (i = 0; i < mn; i++)
		for (j = i + 1; j < mn && j < i + 8; j++)
			if (mv[j].style == mv[i].style &&
			    mv[j].value == mv[i].value + 1) {
				mv[i].ok = mv[j].ok = 1;
				break;
			}
	for (i = 0; i < mn; i++) {
		if (!mv[i].ok && !mv[i].initial)
			continue;
		if ((x = mv[i].bound) >= 0)
			bv[x].pos = SIZE_MAX;	/* dropped below */
		if (mv[i].start > 0)
			bound_add(mv[i].start, -1);
	}
	if (mn > 0 && bn > 1)
		qsort(bv, bn, sizeof(*bv), bound_cmp);

	while (bn > 0 && bv[bn - 1].pos == SIZE_MAX)
		bn--;
}

/* The sentences between the bounds, white space trimmed, into v. */
static size_t
spans(const char *s, size_t n, struct spanv *v)
{
	size_t i, a, b, last, count = 0;

	last = 0;
	for (i = 0; i <= bn; i++) {
		b = i < bn ? bv[i].pos : n;
		if (b < last)
			continue;
		a = last;
		last = b;
		while (a < b && wsp(s, b, a))
			a += wsp(s, b, a);
		while (b > a && wsback(s, b))
			b -= (size_t)wsback(s, b);
		if (a < b) {
			spanv_push(v, a, b);
			count++;
		}
	}
	return count;
}

size_t
sent_split_flags(const char *s, size_t n, struct spanv *v, int flags)
{
	size_t i, k, j, a, sstart = 0, lstart = 0;
	int kk, lineok = 1, added;
	struct nextw w;

	if (!loaded)
		sent_init();
	bn = mn = 0;
	for (i = 0; i < n; ) {
		while (i + 4 <= n && !cand[(unsigned char)s[i]] &&
		    !cand[(unsigned char)s[i + 1]] &&
		    !cand[(unsigned char)s[i + 2]] &&
		    !cand[(unsigned char)s[i + 3]])
			i += 4;
		while (i < n && !cand[(unsigned char)s[i]])
			i++;
		if (i >= n)
			break;
		if (bn > 0)
			sstart = bv[bn - 1].pos;
		switch (s[i]) {
		case '.':
		case '?':
		case '!':
			i = terminal(s, n, i, sstart);
			continue;
		case ')':
			if (i + 1 == n || wsp(s, n, i + 1))
				(void)marker_at(s, n, i, M_PAREN);
			i++;
			continue;
		case '\n':
			added = 0;
			if ((flags & SENT_LINES) || itemline(s, n, i + 1) ||
			    (lineok && headline(s, lstart, i) &&
			    (nextword(s, n, i + 1, &w), w.cls == NW_UPPER))) {
				bound_add(i, -1);
				added = 1;
			}
			/* a headline must start a sentence itself */
			for (j = i; j > lstart && (unsigned char)s[j - 1] <= ' ';
			    j--)
				;
			lineok = added || j == lstart ||
			    strchr(".?!:\"')", s[j - 1]) != NULL ||
			    (unsigned char)s[j - 1] >= 0x80;
			lstart = ++i;
			continue;
		case '*':
		case '=':
		case '~':
		case '#':
		case '_':
			/* a separator "***" standing alone */
			for (j = i; j < n && s[j] == s[i]; j++)
				;
			if (j - i >= 3 && (i == 0 || wsback(s, i)) &&
			    (j == n || wsp(s, n, j))) {
				bound_add(i, -1);
				bound_add(j, -1);
			}
			i = j;
			continue;
		}
		if (s[i] == ',') {
			/* a letter's closing: "Regards, Jane" */
			if (i + 1 < n && wsp(s, n, i + 1) && i - sstart <= 24 &&
			    i - sstart > 2) {
				for (a = sstart; a < i && wsp(s, n, a); a++)
					;
				nextword(s, n, i + 1, &w);
				if (w.cls == NW_UPPER && a < i &&
				    lookup_lower(&closings, s + a, i - a))
					bound_add(i + 1, -1);
			}
			i++;
			continue;
		}
		if (s[i] == ':') {
			if ((j = stamp(s, n, i, &a)) != 0) {
				/* not in "Posted by X at 3/9/2005 11:16 PM" */
				for (k = a; k > 0 && wsback(s, k); k--)
					;
				while (k > 0 && a - k < TOKMAX && !wsback(s, k))
					k--;
				if (!(s[k] >= 'a' && s[k] <= 'z'))
					bound_add(a, -1);
				bound_add(j, -1);
				i = j;
			} else
				i++;
			continue;
		}
		if ((k = mark(s, n, i, &kk)) != 0) {
			i = terminal(s, n, i, sstart);
			continue;
		}
		if ((u3(s, n, i) == 0xE28094 || u3(s, n, i) == 0xE28093) &&
		    i > 0 && !wsback(s, i) && i + 3 < n &&
		    wsp(s, n, i + 3)) {
			/* speech broken off: "I know she's— See now" */
			nextword(s, n, i + 3, &w);
			look(s, n, &w);
			if (w.cls == NW_UPPER && w.starter)
				bound_add(i + 3, -1);
			i += 3;
			continue;
		}
		if ((k = bullet(s, n, i)) != 0) {
			if (i > 0 && wsback(s, i))
				bound_add(i, -1);
			i += k;
			continue;
		}
		if ((k = emoji(s, n, i)) != 0) {
			/* an emoji ending a sentence without a mark */
			for (j = i + k; j < n && (k = emoji(s, n, j)) != 0; )
				j += k;
			if (i > 0 && wsback(s, i) && j < n && wsp(s, n, j)) {
				nextword(s, n, j, &w);
				look(s, n, &w);
				if (w.cls == NW_UPPER && w.starter &&
				    words(s, sstart, i, MINWORDS) >= MINWORDS)
					bound_add(j, -1);
			}
			i = j;
			continue;
		}
		i++;
	}

	list_markers();
	return spans(s, n, v);
}

size_t
sent_split(const char *s, size_t n, struct spanv *v)
{
	return sent_split_flags(s, n, v, 0);
}
