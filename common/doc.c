/*
 * doc.c: quotation spans and words of a paragraph (see doc.h).
 */
#include <string.h>

#include "doc.h"

/* 1 opens, 2 closes, 3 straight (either); the mark's length in *len. */
static int
mark_at(const char *s, size_t n, size_t i, size_t *len)
{
	unsigned char c = (unsigned char)s[i], d;

	*len = 1;
	if (c == '"')
		return 3;
	if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
		*len = 3;
		d = (unsigned char)s[i + 2];
		if (d == 0x9C || d == 0x9E)
			return 1;
		if (d == 0x9D)
			return 2;
		return 0;
	}
	if (c == 0xC2 && i + 1 < n) {
		*len = 2;
		d = (unsigned char)s[i + 1];
		if (d == 0xAB)
			return 1;
		if (d == 0xBB)
			return 2;
	}
	return 0;
}

/* May a straight mark at s[i] open a quotation (after a space, a
 * bracket, a dash or the start)? */
static int
may_open(const char *s, size_t i)
{
	unsigned char c;

	if (i == 0)
		return 1;
	c = (unsigned char)s[i - 1];
	return c == ' ' || c == '\t' || c == '(' || c == '[' || c == '\n' ||
	    c == 0x94 || c == 0x93 || c == ':';	/* dashes end in 93, 94 */
}

void
doc_quoted(const char *s, size_t n, struct spanv *v)
{
	size_t i, len, at = 0;
	int k, open = 0, seen = 0;

	for (i = 0; i < n; i += len) {
		k = mark_at(s, n, i, &len);
		if (k == 0)
			continue;
		if (k == 3)
			k = open ? 2 : may_open(s, i) ? 1 : 0;
		if (k == 0)
			continue;
		if (k == 1 && !open) {
			open = 1;
			at = i + len;
		} else if (k == 2 && open) {
			if (i > at)
				spanv_push(v, at, i);
			open = 0;
		} else if (k == 2 && !seen && i > 0) {
			spanv_push(v, 0, i);	/* ran on from before */
		}
		seen = 1;
	}
	if (open && n > at)
		spanv_push(v, at, n);
}

int
doc_inside(const struct spanv *v, size_t p)
{
	size_t lo = 0, hi = v->n, m;

	while (lo < hi) {
		m = lo + (hi - lo) / 2;
		if (v->v[m].end <= p)
			lo = m + 1;
		else if (v->v[m].start > p)
			hi = m;
		else
			return 1;
	}
	return 0;
}

static int
wordbyte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c >= 0x80;
}

/* The length of an apostrophe at s[i] (' or U+2019), or 0. */
static size_t
apos(const char *s, size_t n, size_t i)
{
	if (s[i] == '\'')
		return 1;
	if (i + 2 < n && (unsigned char)s[i] == 0xE2 &&
	    (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x99)
		return 3;
	return 0;
}

/* Punctuation of U+2000..U+206F (dashes, quotation marks, ellipsis) and
 * U+00A0..U+00BF (no-break space, guillemets) is no letter. */
static size_t
punct8(const char *s, size_t n, size_t i)
{
	unsigned char c = (unsigned char)s[i];

	if (c == 0xE2 && i + 2 < n && ((unsigned char)s[i + 1] == 0x80 ||
	    (unsigned char)s[i + 1] == 0x81))
		return 3;
	if (c == 0xC2 && i + 1 < n)
		return 2;
	return 0;
}

int
doc_word(const char *s, size_t n, size_t p, size_t *a, size_t *b)
{
	size_t k;

	while (p < n) {
		if ((k = punct8(s, n, p)) != 0) {
			p += k;
			continue;
		}
		if (wordbyte((unsigned char)s[p]))
			break;
		p++;
	}
	if (p >= n)
		return 0;
	*a = p;
	for (;;) {
		while (p < n && !punct8(s, n, p) && wordbyte((unsigned char)s[p]))
			p++;
		if (p < n && (k = apos(s, n, p)) != 0 && p + k < n &&
		    wordbyte((unsigned char)s[p + k]) && !punct8(s, n, p + k)) {
			p += k;
			continue;
		}
		break;
	}
	*b = p;
	return 1;
}

int
doc_is(const char *s, size_t n, const char *w)
{
	size_t i;
	unsigned char c;

	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z')
			c += 32;
		if (w[i] == '\0' || c != (unsigned char)w[i])
			return 0;
	}
	return w[n] == '\0';
}
