/*
 * tok.c: the tokenizer.  A table-driven scanner with an ASCII fast path;
 * non-ASCII characters are decoded and classified with utf8proc (utf8.h).
 *
 * At a token start the first character decides the path: a letter or
 * digit starts a word (or number), which goes on over internal joiners
 * (a period, hyphen, apostrophe, comma, colon or slash between the
 * right characters); "@", "#" and letters followed by "://" or "@" start
 * handles, tags, URLs and e-mail addresses; the rest is punctuation,
 * symbols and emoji.  Word lists (common/data/tok_*.txt) decide
 * abbreviations, the prefixes that keep their hyphen under TOK_PTB and
 * the words TOK_PTB splits without an apostrophe.
 */
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "tok.h"
#include "utf8.h"
#include "util.h"
#include "wordset.h"

WS_TABLE(tok_abbrev);
WS_TABLE_FOLD(tok_aposwords);
WS_TABLE(tok_emoticons);
WS_TABLE_FOLD(tok_prefixes);
WS_TABLE_FOLD(tok_ptb);
WS_TABLE_FOLD(tok_units);

/* ASCII classes */
#define CA	0x01		/* letter */
#define CD	0x02		/* digit */
#define CS	0x04		/* white space, control, NUL */
#define CH	0x08		/* byte >= 0x80 */
#define CU	0x10		/* upper-case letter */
#define CW	0x20		/* may go on a URL or e-mail address */
#define CR	0x40		/* repeats into one token: ... !!! -- */
#define CL	(CA | CD)
#define CE	0x80		/* ends a plain word: space , ; ) " */
#define C1	0x100		/* always a punctuation token by itself */

static unsigned short ct[256];
static struct wordset abbrev, aposwords, emoticons, prefixes, ptbsplit,
    units;
static int ready;
/* the lengths of the words in tok_ptb.txt, by their last two letters */
static uint16_t ptblens[32 * 32];
/* the first byte and length of the entries in tok_abbrev.txt, as bits */
static uint32_t abbrevmask[128];

static const char *const names[TOK_NCLASS] = {
	"word", "number", "punct", "symbol", "url", "email", "mention",
	"hashtag", "emoji"
};

void
tok_init(void)
{
	struct wsline l;
	size_t i;
	int c;
	const char *p;

	if (ready)
		return;
	for (c = 0; c < 256; c++) {
		if (c >= 0x80)
			ct[c] = CH;
		else if (c <= 0x20 || c == 0x7F)
			ct[c] = CS;
		else if (c >= 'a' && c <= 'z')
			ct[c] = CA | CW;
		else if (c >= 'A' && c <= 'Z')
			ct[c] = CA | CU | CW;
		else if (c >= '0' && c <= '9')
			ct[c] = CD | CW;
	}
	for (p = "-._~:/?#[]@!$&'()*+,;=%"; *p != '\0'; p++)
		ct[(unsigned char)*p] |= CW;
	for (p = ".!?-=*_~<>#$/\\+^|&%:"; *p != '\0'; p++)
		ct[(unsigned char)*p] |= CR;
	for (c = 0; c < 256; c++)
		if (ct[c] & CS)
			ct[c] |= CE;
	for (p = ",;)\"!?"; *p != '\0'; p++)
		ct[(unsigned char)*p] |= CE;
	for (p = ",\"()[]{}"; *p != '\0'; p++)
		ct[(unsigned char)*p] |= C1;
	ws_fixed(&abbrev, &wst_tok_abbrev);
	for (i = 0; ws_next(&abbrev, &i, &l); )
		if (l.klen >= 2 && l.klen <= 9)
			abbrevmask[(unsigned char)l.key[0] & 0x7F] |=
			    1u << (l.klen - 1);
	ws_fixed(&emoticons, &wst_tok_emoticons);
	ws_fixed(&prefixes, &wstf_tok_prefixes);
	ws_fixed(&units, &wstf_tok_units);
	ws_fixed(&aposwords, &wstf_tok_aposwords);
	ws_fixed(&ptbsplit, &wstf_tok_ptb);
	for (i = 0; ws_next(&ptbsplit, &i, &l); )
		if (l.klen >= 2 && l.klen < 16)
			ptblens[((l.key[l.klen - 2] | 0x20) & 31) << 5 |
			    ((l.key[l.klen - 1] | 0x20) & 31)] |=
			    (uint16_t)(1u << l.klen);
	ready = 1;
}

const char *
tok_class_name(int c)
{
	return c >= 0 && c < TOK_NCLASS ? names[c] : "?";
}

int
tok_is_wordlike(int c)
{
	return c != TOK_PUNCT && c != TOK_SYMBOL && c != TOK_EMOJI;
}

#define UC(s, i)	((unsigned char)(s)[i])

/* Letter (1), digit (2) or neither (0) at s[i]; *len its length. */
static int
alnum_at(const char *s, size_t n, size_t i, size_t *len)
{
	int32_t cp;
	unsigned char c;

	if (i >= n)
		return 0;
	c = UC(s, i);
	if (!(ct[c] & CH)) {
		*len = 1;
		return (ct[c] & CA) ? 1 : (ct[c] & CD) ? 2 : 0;
	}
	*len = u8_decode(s + i, n - i, &cp);
	if (cp == U8_BAD)
		return 0;
	if (u8_isalpha(cp))
		return 1;
	if (u8_isdigit(cp) || u8_category(cp) == UTF8PROC_CATEGORY_NO)
		return 2;
	return 0;
}

/* White space at s[i]? *len its length. */
static int
space_at(const char *s, size_t n, size_t i, size_t *len)
{
	int32_t cp;

	if (!(ct[UC(s, i)] & CH)) {
		*len = 1;
		return (ct[UC(s, i)] & CS) != 0;
	}
	*len = u8_decode(s + i, n - i, &cp);
	return cp != U8_BAD && u8_isspace(cp);
}

/* A character U+2000 + (lo..hi) of General Punctuation at s[i]? */
static int
genpunct_at(const char *s, size_t n, size_t i, unsigned lo, unsigned hi)
{
	return UC(s, i) == 0xE2 && i + 2 < n && UC(s, i + 1) == 0x80 &&
	    UC(s, i + 2) >= 0x80 + lo && UC(s, i + 2) <= 0x80 + hi;
}

/* An apostrophe (' or U+2019) at s[i]: its length, or 0. */
static size_t
apos_at(const char *s, size_t n, size_t i)
{
	if (i >= n)
		return 0;
	if (s[i] == '\'')
		return 1;
	return genpunct_at(s, n, i, 0x19, 0x19) ? 3 : 0;
}

/* A hyphen (- or U+2010 or U+2011) at s[i]: its length, or 0. */
static size_t
hyphen_at(const char *s, size_t n, size_t i)
{
	if (i >= n)
		return 0;
	if (s[i] == '-')
		return 1;
	return genpunct_at(s, n, i, 0x10, 0x11) ? 3 : 0;
}

static int
isdig(const char *s, size_t n, size_t i)
{
	return i < n && (ct[UC(s, i)] & CD);
}

/* The end of the white space at s[i..n). */
static size_t
skip_space(const char *s, size_t n, size_t i)
{
	size_t k;

	while (i < n) {
		if (ct[UC(s, i)] & CS) {
			i++;
			continue;
		}
		if (!(ct[UC(s, i)] & CH) || !space_at(s, n, i, &k))
			break;
		i += k;
	}
	return i;
}

/* Does a word of letters s[a..b) end in a lower-case-insensitive
 * ASCII string? */
static int
ieq(const char *s, size_t a, size_t b, const char *w)
{
	size_t m = strlen(w), i;

	if (b - a != m)
		return 0;
	for (i = 0; i < m; i++)
		if ((s[a + i] | 0x20) != w[i])
			return 0;
	return 1;
}

/*
 * URLs: scheme "://" or "www." then URL characters up to white space;
 * trailing punctuation that ends sentences or closes brackets the URL
 * did not open is left out.  Returns the end, or 0 when s[i] starts no
 * URL.
 */
static size_t
url_end(const char *s, size_t n, size_t i)
{
	size_t j = i, k;
	int paren = 0, brack = 0;

	while (j < n && (ct[UC(s, j)] & CA))
		j++;
	if (j + 3 <= n && j > i && s[j] == ':' && s[j + 1] == '/' &&
	    s[j + 2] == '/' && j - i <= 10)
		j += 3;
	else if (ieq(s, i, j, "www") && j + 1 < n && s[j] == '.' &&
	    (ct[UC(s, j + 1)] & CL))
		j++;
	else
		return 0;
	if (j >= n || !(ct[UC(s, j)] & CL))
		return 0;
	for (; j < n && (ct[UC(s, j)] & CW); j++)
		if (s[j] == '(')
			paren++;
		else if (s[j] == '[')
			brack++;
	for (k = j; k > i; k--) {
		unsigned char c = UC(s, k - 1);

		if (c == ')' && paren > 0) {
			/* count the closing parentheses */
			size_t q;
			int open = 0, close = 0;

			for (q = i; q < k; q++) {
				open += s[q] == '(';
				close += s[q] == ')';
			}
			if (close <= open)
				break;
			continue;
		}
		if (c == ']' && brack > 0)
			break;
		if (strchr(".,;:!?'\")]*", c) == NULL)
			break;
	}
	return k;
}

/*
 * E-mail addresses: local@domain, the local part of letters, digits and
 * ". _ % + -", the domain of labels joined by "." or "-".  s[i] starts
 * the local part.  Returns the end, or 0.
 */
static size_t
email_end(const char *s, size_t n, size_t i)
{
	size_t j = i, k;

	while (j < n && ((ct[UC(s, j)] & CL) || s[j] == '.' || s[j] == '_' ||
	    s[j] == '%' || s[j] == '+' || s[j] == '-'))
		j++;
	if (j == i || j >= n || s[j] != '@')
		return 0;
	k = ++j;
	while (j < n && ((ct[UC(s, j)] & CL) || ((s[j] == '.' ||
	    s[j] == '-') && j + 1 < n && (ct[UC(s, j + 1)] & CL) && j > k)))
		j++;
	if (j == k || !(ct[UC(s, j - 1)] & CL))
		return 0;
	return j;
}

/* A handle or tag after "@" or "#" at s[i]: its end, or 0. */
static size_t
handle_end(const char *s, size_t n, size_t i, int tag)
{
	size_t j = i + 1, k;
	int kind, alpha = 0;

	for (;;) {
		if (j < n && s[j] == '_') {
			j++;
			continue;
		}
		if ((kind = alnum_at(s, n, j, &k)) == 0)
			break;
		alpha |= kind == 1;
		j += k;
	}
	if (j == i + 1 || (tag && !alpha))
		return 0;
	return j;
}

/* Is the character at s[i] an emoji (starting a grapheme cluster)? */
static int
is_emoji(int32_t cp, const char *s, size_t n, size_t i, size_t k)
{
	if ((cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 &&
	    cp <= 0x27BF) || (cp >= 0x2B00 && cp <= 0x2BFF) ||
	    (cp >= 0x2300 && cp <= 0x23FF) || cp == 0x3030 || cp == 0x303D ||
	    cp == 0x3297 || cp == 0x3299 || (cp >= 0xE0020 && cp <= 0xE007F))
		return 1;
	/* a variation selector 16 makes a symbol an emoji (©️, ↔️) */
	return i + k + 2 < n && UC(s, i + k) == 0xEF &&
	    UC(s, i + k + 1) == 0xB8 && UC(s, i + k + 2) == 0x8F;
}

/* Scan state of a word. */
struct word {
	size_t	 apos;		/* last apostrophe joiner, or SIZE_MAX */
	size_t	 alen;		/* its length */
	int	 alpha, digit;	/* letters, digits seen */
	int	 dots;		/* periods joined */
	int	 single;	/* every run between periods one letter */
	int	 other;		/* joiners other than periods */
	int	 lastapos;	/* the last joiner was the apostrophe */
};

/*
 * Can the hyphen at s[h] stay inside the word under TOK_PTB?  s[a..h)
 * is the part before it (since the last joiner), s[h+hl] is the part
 * after.  Prefixes in the list and digit groups (phone numbers) do.
 */
static int
ptb_hyphen(const char *s, size_t n, size_t seg, size_t h, size_t hl,
    size_t wstart)
{
	size_t j;

	if (isdig(s, n, h - 1) && isdig(s, n, h + hl)) {
		/* 555-1234, 303-832-8160: digits only, the last group >= 4 */
		for (j = wstart; j < h; j++)
			if (!(ct[UC(s, j)] & CD) && s[j] != '-')
				return 0;
		for (j = h + hl; j < n && (ct[UC(s, j)] & CD); j++)
			;
		return j - (h + hl) >= 4 || (j < n && s[j] == '-');
	}
	return seg == wstart && h - seg <= 7 && ws_has(&prefixes, s + seg,
	    h - seg);
}

/*
 * A word from s[i] (a letter or digit): its end, with *w filled.
 */
static size_t
scan_word(const char *s, size_t n, size_t i, int flags, struct word *w)
{
	size_t j = i, k, seg, run, h;
	int kind, nch;

	memset(w, 0, sizeof(*w));
	w->apos = SIZE_MAX;
	w->single = 1;
	seg = i;
	for (;;) {
		/* a run of letters and digits */
		run = j;
		nch = 0;
		for (;;) {
			if (j < n && (ct[UC(s, j)] & CL)) {
				w->alpha |= (ct[UC(s, j)] & CA) != 0;
				w->digit |= (ct[UC(s, j)] & CD) != 0;
				j++;
				nch++;
				continue;
			}
			if (j >= n || !(ct[UC(s, j)] & CH) ||
			    (kind = alnum_at(s, n, j, &k)) == 0)
				break;
			w->alpha |= kind == 1;
			w->digit |= kind == 2;
			/* combining marks do not count as letters */
			if (nch == 0 || !(UC(s, j) == 0xCC || UC(s, j) == 0xCD))
				nch++;
			j += k;
		}
		if (nch != 1 || !(ct[UC(s, run)] & CA || ct[UC(s, run)] & CH))
			w->single = 0;
		if (j >= n)
			break;
		switch (s[j]) {
		case '.':
			if (j + 1 < n && (ct[UC(s, j + 1)] & CL ||
			    alnum_at(s, n, j + 1, &k))) {
				/* a digit after a word needs digits before */
				if (isdig(s, n, j + 1) && !isdig(s, n, j - 1) &&
				    w->alpha && !w->dots)
					goto done;
				w->dots++;
				w->lastapos = 0;
				j++;
				seg = j;
				continue;
			}
			goto done;
		case ',':
			/* 2,500 and 1,000,000 */
			if (isdig(s, n, j - 1) && isdig(s, n, j + 1) &&
			    isdig(s, n, j + 2) && isdig(s, n, j + 3) &&
			    !isdig(s, n, j + 4) && !w->alpha) {
				w->other = 1;
				w->lastapos = 0;
				j++;
				continue;
			}
			goto done;
		case ':':
			/* 10:30, 10:30:15 */
			if (isdig(s, n, j - 1) && isdig(s, n, j + 1) &&
			    isdig(s, n, j + 2) && !isdig(s, n, j + 3) &&
			    !w->alpha) {
				w->other = 1;
				w->lastapos = 0;
				j++;
				continue;
			}
			goto done;
		case '/':
			/* w/ b/c w/o */
			if (run == i && j - i == 1 && (ct[UC(s, i)] & CA) &&
			    !(ct[UC(s, i)] & CU)) {
				if (j + 1 >= n || !(ct[UC(s, j + 1)] & CL)) {
					j++;
					goto done;
				}
				if (j + 2 >= n || !(ct[UC(s, j + 2)] & CL)) {
					j += 2;
					goto done;
				}
			}
			/* 1/2, 9/11, 12/25/2005 */
			if (isdig(s, n, j - 1) && isdig(s, n, j + 1) &&
			    !w->alpha) {
				w->other = 1;
				w->lastapos = 0;
				j++;
				continue;
			}
			goto done;
		case '&':
			/* AT&T, S&P, Q&A */
			if ((ct[UC(s, j - 1)] & CU) && j + 1 < n &&
			    (ct[UC(s, j + 1)] & CU) && (j + 2 >= n ||
			    !(ct[UC(s, j + 2)] & CA) || (ct[UC(s, j + 2)] & CU))) {
				w->other = 1;
				w->lastapos = 0;
				j++;
				continue;
			}
			goto done;
		case '_':
			if (j + 1 < n && (ct[UC(s, j + 1)] & CL)) {
				w->other = 1;
				w->lastapos = 0;
				j++;
				continue;
			}
			goto done;
		default:
			break;
		}
		if ((k = apos_at(s, n, j)) != 0) {
			if (alnum_at(s, n, j + k, &h) != 1)
				goto done;
			w->apos = j;
			w->alen = k;
			w->other = 1;
			j += k;
			w->lastapos = 1;
			continue;
		}
		if ((k = hyphen_at(s, n, j)) != 0) {
			if (!alnum_at(s, n, j + k, &h))
				goto done;
			if ((flags & TOK_PTB) && !ptb_hyphen(s, n, seg, j, k, i))
				goto done;
			w->other = 1;
			w->lastapos = 0;
			j += k;
			seg = j;
			continue;
		}
		break;
	}
done:
	return j;
}

/*
 * Is s[i..j) (a word) a number: digits and separators, then maybe an
 * ordinal or plural suffix (1), or a unit (2, *unit its start)?
 */
static int
numeric(const char *s, size_t i, size_t j, size_t *unit)
{
	size_t k, len;

	if (!(ct[UC(s, i)] & CD)) {
		/* ½, ², Arabic-Indic and other digits */
		if (!(ct[UC(s, i)] & CH))
			return 0;
		for (k = i; k < j; k += len)
			if (alnum_at(s, j, k, &len) != 2)
				return 0;
		return 1;
	}
	for (k = i; k < j && !(ct[UC(s, k)] & CA); k++)
		if (ct[UC(s, k)] & CH)
			return 0;
	if (k == j)
		return 1;
	if (ieq(s, k, j, "st") || ieq(s, k, j, "nd") || ieq(s, k, j, "rd") ||
	    ieq(s, k, j, "th") || ieq(s, k, j, "s"))
		return 1;
	if (j - k <= 4 && ws_has(&units, s + k, j - k)) {
		*unit = k;
		return 2;
	}
	return 0;
}

/*
 * Does the period at s[j] belong to the word s[i..j)?  Initialisms
 * (U.S., a.m.), single capital initials (J.) and listed abbreviations
 * take it ("No." only before a number); "..." is an ellipsis.  Under
 * TOK_PTB a sentence-final abbreviation gives its period to the sentence,
 * as Universal Dependencies does: at the end of the paragraph, and
 * "etc." before a capital.
 */
static int
abbrev_period(const char *s, size_t n, size_t i, size_t j,
    const struct word *w, int flags)
{
	const char *v;
	size_t k;

	if (j + 2 < n && s[j + 1] == '.' && s[j + 2] == '.')
		return 0;
	if (w->dots > 0 && w->single)
		;
	else if (j - i == 1 && (ct[UC(s, i)] & CU))
		;
	else if (j - i <= 7 && (abbrevmask[UC(s, i) & 0x7F] &
	    (1u << (j - i))) && (v = ws_value(&abbrev, s + i,
	    j - i + 1)) != NULL) {
		if (*v == 'n') {
			k = skip_space(s, n, j + 1);
			if (!isdig(s, n, k) && !(k < n && s[k] == '#'))
				return 0;
		}
	} else
		return 0;
	if (flags & TOK_PTB) {
		if (j + 1 < n && s[j + 1] == '.')
			return 1;
		k = skip_space(s, n, j + 1);
		if (k >= n)
			return 0;
		if (k > j + 1 && k < n && (ct[UC(s, k)] & CU) &&
		    ieq(s, i, j, "etc"))
			return 0;
	}
	return 1;
}

/* Queue the pieces of s[a..b) cut at the offsets cuts[0..nc). */
static void
queue(struct tok *t, const char *s, size_t a, size_t b, const size_t *cuts,
    int nc, int cls)
{
	int i;

	t->ps = s;
	t->np = 0;
	t->pi = 0;
	for (i = 0; i < nc && t->np < 3; i++)
		if (cuts[i] > a && cuts[i] < b) {
			t->pend[t->np] = cuts[i];
			t->pcls[t->np++] = cls;
		}
	t->pend[t->np] = b;
	t->pcls[t->np++] = cls;
}

/* TOK_PTB: where the word s[a..b) splits (clitics, cannot, gonna). */
static int
ptb_cuts(const char *s, size_t a, size_t b, const struct word *w,
    size_t *cuts)
{
	const char *v;
	size_t x, sfx;
	int nc = 0;

	if (w->lastapos && w->apos != SIZE_MAX) {
		sfx = w->apos + w->alen;
		if (ieq(s, sfx, b, "s") || ieq(s, sfx, b, "re") ||
		    ieq(s, sfx, b, "ve") || ieq(s, sfx, b, "ll") ||
		    ieq(s, sfx, b, "d") || ieq(s, sfx, b, "m")) {
			cuts[nc++] = w->apos;
			return nc;
		}
		if (ieq(s, sfx, b, "t") && w->apos > a + 1 &&
		    (s[w->apos - 1] | 0x20) == 'n') {
			cuts[nc++] = w->apos - 1;
			return nc;
		}
		return 0;
	}
	if (w->other || w->dots || w->digit || b - a > 8 || b - a < 2)
		return 0;
	if ((v = ws_value(&ptbsplit, s + a, b - a)) == NULL)
		return 0;
	while (*v != '\0' && nc < 3) {
		for (x = 0; *v >= '0' && *v <= '9'; v++)
			x = x * 10 + (size_t)(*v - '0');
		if (x > 0 && x < b - a)
			cuts[nc++] = a + x;
		if (*v == ',')
			v++;
		else
			break;
	}
	return nc;
}

/* Emit the next queued piece. */
static int
pending(struct tok *t, size_t *pos)
{
	t->start = *pos;
	t->end = t->pend[t->pi];
	t->cls = t->pcls[t->pi];
	t->pi++;
	*pos = t->end;
	if (t->pi >= t->np)
		t->np = t->pi = 0;
	return 1;
}

/* A word or number at s[i]. */
static int
word(const char *s, size_t n, size_t *pos, size_t i, struct tok *t,
    int flags)
{
	struct word w;
	size_t j, k, len, cuts[3];
	int nc, cls;

	j = scan_word(s, n, i, flags, &w);
	/* URLs and e-mail addresses start like words */
	if (((j + 2 < n && s[j] == ':' && s[j + 1] == '/' && s[j + 2] == '/') ||
	    (w.dots && j - i > 4 && ieq(s, i, i + 4, "www."))) &&
	    (k = url_end(s, n, i)) != 0) {
		t->cls = TOK_URL;
		j = k;
		goto out;
	}
	if (j < n && (s[j] == '@' || ((s[j] == '.' || s[j] == '-' ||
	    s[j] == '_' || s[j] == '+') && memchr(s + j,
	    '@', MIN(n - j, 64)) != NULL)) && (k = email_end(s, n, i)) != 0) {
		t->cls = TOK_EMAIL;
		j = k;
		goto out;
	}
	if ((nc = numeric(s, i, j, &k)) != 0) {
		if (nc == 2 && (flags & TOK_PTB)) {
			queue(t, s, i, j, &k, 1, TOK_NUMBER);
			t->pcls[1] = TOK_WORD;
			*pos = i;
			return pending(t, pos);
		}
		cls = TOK_NUMBER;
	} else
		cls = TOK_WORD;
	/* the period of an abbreviation or initialism */
	if (j < n && s[j] == '.' && w.alpha && cls == TOK_WORD &&
	    abbrev_period(s, n, i, j, &w, flags)) {
		j++;
		/* U.S.-Russian */
		if (!(flags & TOK_PTB) && (k = hyphen_at(s, n, j)) != 0 &&
		    alnum_at(s, n, j + k, &len)) {
			struct word w2;

			j = scan_word(s, n, j + k, flags, &w2);
			w.other = 1;
		}
	}
	/* friend(s) */
	if (j + 2 < n && s[j] == '(' && (s[j + 1] | 0x20) == 's' &&
	    s[j + 2] == ')' && w.alpha && !alnum_at(s, n, j + 3, &k))
		j += 3;
	/* a word cut short: "th- the", "pre- and post-war" */
	if (j < n && s[j] == '-' && w.alpha && (j + 1 >= n || s[j + 1] == ',' ||
	    space_at(s, n, j + 1, &k)))
		j++;
	/*
	 * The plural possessive: "the senators' letter" (an apostrophe
	 * after s, then a word in lower case or a number; a closing quote
	 * is usually followed by punctuation or a capital).
	 */
	if (!(flags & TOK_PTB) && j < n && (s[j - 1] == 's' ||
	    s[j - 1] == 'S') && w.alpha && (k = apos_at(s, n, j)) != 0 &&
	    j + k + 1 < n && s[j + k] == ' ' && (ct[UC(s, j + k + 1)] &
	    (CD | CA)) && !(ct[UC(s, j + k + 1)] & CU))
		j += k;
	if ((flags & TOK_PTB) && cls == TOK_WORD && w.alpha &&
	    (nc = ptb_cuts(s, i, j, &w, cuts)) > 0) {
		queue(t, s, i, j, cuts, nc, TOK_WORD);
		*pos = i;
		return pending(t, pos);
	}
	t->cls = cls;
out:
	t->start = i;
	t->end = j;
	*pos = j;
	return 1;
}

/* A word with a leading apostrophe ('em, 'cause) at s[i], the
 * apostrophe al bytes long: its end, or 0. */
static size_t
aposword_end(const char *s, size_t n, size_t i, size_t al)
{
	size_t j = i + al, k;

	if (i > 0 && (ct[UC(s, i - 1)] & CL))
		return 0;
	for (k = j; k < n && (ct[UC(s, k)] & CA) && k - j < 6; k++)
		;
	if (k == j || alnum_at(s, n, k, &al) || !ws_has(&aposwords, s + j,
	    k - j))
		return 0;
	/* rock 'n' roll */
	if (k - j == 1 && (k = k + apos_at(s, n, k)) == j + 1)
		return 0;
	return k;
}

/* The end of an emoticon at s[i], or 0. */
static size_t
emoticon_end(const char *s, size_t n, size_t i)
{
	size_t j, k;

	for (j = i; j < n && j - i < 4 && !(ct[UC(s, j)] & (CS | CH)); j++)
		;
	/* longest first; it must end before white space or the end */
	for (k = j; k > i + 1; k--)
		if (ws_has(&emoticons, s + i, k - i) && (k >= n ||
		    (ct[UC(s, k)] & CS) || strchr(".,!?", s[k]) != NULL))
			return k;
	return 0;
}

/* The end of the ASCII punctuation or symbol token at i (a handle, a
 * hashtag, a signed number, .doc, '90s, an emoticon, a run of marks);
 * t->cls is set when it is no punctuation. */
static size_t
other_ascii(const char *s, size_t n, size_t i, struct tok *t, int flags,
    int prevsp)
{
	unsigned char c = UC(s, i);
	size_t j = i + 1, k, cl;

	switch (c) {
	case '@':
		if ((j = handle_end(s, n, i, 0)) != 0) {
			/* @example.com */
			while (j + 1 < n && s[j] == '.' &&
			    (ct[UC(s, j + 1)] & CA))
				for (j++; j < n &&
				    (ct[UC(s, j)] & CL); j++)
					;
			t->cls = TOK_MENTION;
			return j;
		}
		t->cls = TOK_SYMBOL;
		return i + 1;
	case '#':
		if ((j = handle_end(s, n, i, 1)) != 0) {
			t->cls = TOK_HASHTAG;
			return j;
		}
		t->cls = TOK_SYMBOL;
		return i + 1;
	case '-':
	case '+':
		/* signs: -3, +2.5 */
		if (prevsp && (isdig(s, n, i + 1) || (j + 1 < n &&
		    s[j] == '.' && isdig(s, n, j + 1)))) {
			struct word w;

			j = scan_word(s, n, i + 1 + (s[j] == '.'),
			    flags, &w);
			if (numeric(s, i + 1, j, &k) || s[i + 1] == '.') {
				t->cls = TOK_NUMBER;
				return j;
			}
			j = i + 1;
		}
		break;
	case '.':
		/* .5 */
		if (prevsp && isdig(s, n, j)) {
			struct word w;

			j = scan_word(s, n, j, flags, &w);
			t->cls = TOK_NUMBER;
			return j;
		}
		/* .doc, .NET */
		if ((prevsp || s[i - 1] == ')') && j < n && (ct[UC(s, j)] & CA)) {
			for (k = j; k < n && (ct[UC(s, k)] & CA) &&
			    k - j <= 4; k++)
				;
			if (k - j >= 2 && k - j <= 4 &&
			    !alnum_at(s, n, k, &cl)) {
				j = k;
				t->cls = TOK_WORD;
				return j;
			}
		}
		break;
	case '\'':
		if ((k = aposword_end(s, n, i, 1)) != 0) {
			j = k;
			t->cls = TOK_WORD;
			return j;
		}
		/* '90s */
		if (isdig(s, n, j) && isdig(s, n, j + 1) &&
		    !isdig(s, n, j + 2) && prevsp) {
			j += 2;
			if (j < n && s[j] == 's')
				j++;
			t->cls = TOK_NUMBER;
			return j;
		}
		if (j < n && s[j] == '\'') {
			j++;	/* '' as a closing quote */
			return j;
		}
		return j;
	case '`':
		if (j < n && s[j] == '`')
			j++;
		return j;
	case ':':
	case ';':
	case '=':
	case '<':
	case '^':
		if ((k = emoticon_end(s, n, i)) != 0) {
			t->cls = TOK_SYMBOL;
			return k;
		}
		break;
	default:
		break;
	}
	if (ct[c] & CR) {
		/* runs: ... !!! ?! -- $$$ >> */
		if (c == '!' || c == '?' || c == '.')
			while (j < n && (s[j] == '!' || s[j] == '?' ||
			    s[j] == '.'))
				j++;
		else if (c == '-' || c == '=')
			while (j < n && (s[j] == '-' || s[j] == '='))
				j++;
		else
			while (j < n && UC(s, j) == c)
				j++;
	}
	if (strchr("$%&+<=>^|~\\#@", c) != NULL)
		t->cls = TOK_SYMBOL;
	return j;
}

/* The end of the token at i that starts with a multi-byte character (an
 * emoji, an ellipsis, ’90s, a minus sign, other punctuation or a
 * symbol); t->cls as above. */
static size_t
other_utf8(const char *s, size_t n, size_t i, struct tok *t, int flags,
    int prevsp)
{
	size_t j, k;
	int32_t cp;

	k = u8_decode(s + i, n - i, &cp);
	if (cp == U8_BAD) {
		t->cls = TOK_SYMBOL;
		return i + 1;
	}
	if (is_emoji(cp, s, n, i, k) || (cp >= 0x1F1E6 && cp <= 0x1F1FF)) {
		j = u8_grapheme_end(s, n, i);
		t->cls = TOK_EMOJI;
		return j;
	}
	j = i + k;
	if (cp == 0x2026) {	/* … */
		while (j + 2 < n && UC(s, j) == 0xE2 && UC(s, j + 1) == 0x80 &&
		    UC(s, j + 2) == 0xA6)
			j += 3;
		return j;
	}
	if (cp == 0x2019 && (k = aposword_end(s, n, i, 3)) != 0) {
		j = k;
		t->cls = TOK_WORD;
		return j;
	}
	if (cp == 0x2019 && isdig(s, n, j) && isdig(s, n, j + 1) &&
	    !isdig(s, n, j + 2) && prevsp) {
		/* ’90s */
		j += 2;
		if (j < n && s[j] == 's')
			j++;
		t->cls = TOK_NUMBER;
		return j;
	}
	if (cp == 0x2212 && prevsp && isdig(s, n, j)) {
		/* −3 (minus sign) */
		struct word w;

		j = scan_word(s, n, j, flags, &w);
		t->cls = TOK_NUMBER;
		return j;
	}
	if (!u8_ispunct(cp))
		t->cls = TOK_SYMBOL;
	return u8_grapheme_end(s, n, i);
}

/* Punctuation, symbols, emoji, signs, handles, tags at s[i]. */
static int
other(const char *s, size_t n, size_t *pos, size_t i, struct tok *t,
    int flags)
{
	int prevsp;

	prevsp = i == 0 || (ct[UC(s, i - 1)] & CS) || s[i - 1] == '(' ||
	    s[i - 1] == '[';
	t->cls = TOK_PUNCT;
	t->start = i;
	t->end = !(ct[UC(s, i)] & CH) ? other_ascii(s, n, i, t, flags,
	    prevsp) : other_utf8(s, n, i, t, flags, prevsp);
	*pos = t->end;
	return 1;
}

/* Everything but the fast path of tok_next: s[i] starts a token.
 * Kept out of line so that the fast path stays small. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int
slow(const char *s, size_t n, size_t *pos, size_t i, struct tok *t,
    int flags)
{
	size_t k;

	if (!ready)
		tok_init();
	if (ct[UC(s, i)] & CL)
		return word(s, n, pos, i, t, flags);
	if ((ct[UC(s, i)] & CH) && alnum_at(s, n, i, &k))
		return word(s, n, pos, i, t, flags);
	return other(s, n, pos, i, t, flags);
}

/*
 * The end of the ASCII letters from s[i]: eight bytes at a time while
 * eight are left, so that the end of a short word is found without a
 * branch per byte.  A byte is a letter when, with bit 5 set, it lies in
 * a-z and its high bit is clear.
 */
static inline size_t
letters_end(const char *s, size_t n, size_t i)
{
	uint64_t x, y, m;

	while (i + 8 <= n) {
		memcpy(&x, s + i, 8);
		y = (x | 0x2020202020202020ULL) & 0x7F7F7F7F7F7F7F7FULL;
		m = ~((y + 0x1F1F1F1F1F1F1F1FULL) &
		    ~(y + 0x0505050505050505ULL) & ~x) &
		    0x8080808080808080ULL;
		if (m != 0) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			return i + ((size_t)__builtin_ctzll(m) >> 3);
#else
			break;
#endif
		}
		i += 8;
	}
	while (i < n && (ct[UC(s, i)] & CA))
		i++;
	return i;
}

/* May the letters s[i..k) be a word TOK_PTB splits (gonna, cannot)? */
static inline int
ptb_maybe(const char *s, size_t i, size_t k)
{
	return k - i >= 2 && k - i < 16 && (ptblens[((s[k - 2] | 0x20) &
	    31) << 5 | ((s[k - 1] | 0x20) & 31)] >> (k - i) & 1);
}

#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int
next(const char *s, size_t n, size_t *pos, struct tok *t, int flags)
{
	size_t i, k;

	if (t->np > 0) {
		if (t->ps == s && t->pi > 0 && *pos == t->end &&
		    t->pi < t->np)
			return pending(t, pos);
		t->np = t->pi = 0;
	}
	i = *pos;
	if (i < n && s[i] == ' ')
		i++;
	if (i < n && (ct[UC(s, i)] & (CS | CH)))
		i = skip_space(s, n, i);
	if (i >= n) {
		*pos = n;
		return 0;
	}
	if (ready && (ct[UC(s, i)] & CA)) {
		/* the fast path: letters, then white space or , ; ) " */
		k = letters_end(s, n, i + 1);
		if ((k >= n || (ct[UC(s, k)] & CE)) &&
		    (!(flags & TOK_PTB) || !ptb_maybe(s, i, k))) {
			t->start = i;
			t->end = k;
			t->cls = TOK_WORD;
			*pos = k;
			return 1;
		}
		/* a word before a full stop that is not an abbreviation */
		if (s[k] == '.' && (k + 1 >= n ||
		    !(ct[UC(s, k + 1)] & (CL | CH | CR))) && k - i > 1 &&
		    !(abbrevmask[UC(s, i) & 0x7F] & (1u << MIN(k - i, 31))) &&
		    (!(flags & TOK_PTB) || !ptb_maybe(s, i, k))) {
			t->start = i;
			t->end = k;
			t->cls = TOK_WORD;
			*pos = k;
			return 1;
		}
	}
	/* , " ( ) [ ] { } and a period before white space */
	if ((ct[UC(s, i)] & C1) || (s[i] == '.' && (i + 1 >= n ||
	    !(ct[UC(s, i + 1)] & (CL | CH | CR)) || s[i + 1] == '-'))) {
		t->start = i;
		t->end = i + 1;
		t->cls = TOK_PUNCT;
		*pos = i + 1;
		return 1;
	}
	return slow(s, n, pos, i, t, flags);
}

int
tok_next(const char *s, size_t n, size_t *pos, struct tok *t, int flags)
{
	return next(s, n, pos, t, flags);
}

size_t
tok_many(const char *s, size_t n, size_t *pos, struct tok *t,
    struct tokspan *v, size_t max, int flags)
{
	size_t k;

	for (k = 0; k < max && next(s, n, pos, t, flags); k++) {
		v[k].start = t->start;
		v[k].end = t->end;
		v[k].cls = t->cls;
	}
	return k;
}
