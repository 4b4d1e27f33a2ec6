/* utf8.c: UTF-8 decoding and classes, on top of utf8proc. */
#include <err.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "utf8.h"

size_t
u8_decode(const char *p, size_t n, int32_t *cp)
{
	const unsigned char *s = (const unsigned char *)p;
	uint32_t c;

	c = s[0];
	if (c < 0x80) {
		*cp = (int32_t)c;
		return 1;
	}
	if (c < 0xC2 || c > 0xF4)
		goto bad;
	if (c < 0xE0) {
		if (n < 2 || (s[1] & 0xC0) != 0x80)
			goto bad;
		*cp = (int32_t)(((c & 0x1F) << 6) | (s[1] & 0x3F));
		return 2;
	}
	if (c < 0xF0) {
		if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			goto bad;
		if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F))
			goto bad;
		*cp = (int32_t)(((c & 0x0F) << 12) | ((s[1] & 0x3Fu) << 6) |
		    (s[2] & 0x3F));
		return 3;
	}
	if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
	    (s[3] & 0xC0) != 0x80)
		goto bad;
	if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] > 0x8F))
		goto bad;
	*cp = (int32_t)(((c & 0x07) << 18) | ((s[1] & 0x3Fu) << 12) |
	    ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3F));
	return 4;
bad:
	*cp = U8_BAD;
	return 1;
}

size_t
u8_decode_back(const char *s, size_t n, int32_t *cp)
{
	size_t i, k;

	for (i = 1; i <= 4 && i <= n; i++) {
		if (((unsigned char)s[n - i] & 0xC0) != 0x80) {
			k = u8_decode(s + n - i, i, cp);
			if (k == i)
				return i;
			break;
		}
	}
	*cp = U8_BAD;
	return 1;
}

size_t
u8_encode(int32_t cp, char *p)
{
	unsigned char *s = (unsigned char *)p;
	uint32_t c = cp < 0 || cp > 0x10FFFF ? 0xFFFD : (uint32_t)cp;

	if (c < 0x80) {
		s[0] = (unsigned char)c;
		return 1;
	}
	if (c < 0x800) {
		s[0] = (unsigned char)(0xC0 | (c >> 6));
		s[1] = (unsigned char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		s[0] = (unsigned char)(0xE0 | (c >> 12));
		s[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
		s[2] = (unsigned char)(0x80 | (c & 0x3F));
		return 3;
	}
	s[0] = (unsigned char)(0xF0 | (c >> 18));
	s[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
	s[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
	s[3] = (unsigned char)(0x80 | (c & 0x3F));
	return 4;
}

size_t
u8_check(const char *s, size_t n, size_t *nbad)
{
	size_t i = 0, first = n, k;
	uint64_t w;
	int32_t cp;

	*nbad = 0;
	while (i < n) {
		while (i + 32 <= n) {	/* ASCII text: 32 bytes a step */
			uint64_t w4[4];

			memcpy(w4, s + i, 32);
			if ((w4[0] | w4[1] | w4[2] | w4[3]) &
			    0x8080808080808080ull)
				break;
			i += 32;
		}
		while (i + 8 <= n) {
			memcpy(&w, s + i, 8);
			if (w & 0x8080808080808080ull)
				break;
			i += 8;
		}
		if (i >= n)
			break;
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		k = u8_decode(s + i, n - i, &cp);
		if (cp == U8_BAD) {
			if (first == n)
				first = i;
			(*nbad)++;
		}
		i += k;
	}
	return first;
}

int
u8_isspace(int32_t c)
{
	if (c < 0x80)
		return c <= 0x20 || c == 0x7F;
	switch (c) {
	case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
	case 0x202F: case 0x205F: case 0x3000:
	case 0xFEFF:	/* a byte order mark where files were joined */
		return 1;
	}
	if (c >= 0x2000 && c <= 0x200A)
		return 1;
	return c < 0xA0;	/* C1 controls */
}

int
u8_category(int32_t c)
{
	if (c < 0)
		return UTF8PROC_CATEGORY_CN;
	return (int)utf8proc_category(c);
}

int
u8_isalpha(int32_t c)
{
	int k;

	if (c < 0x80)
		return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
	k = u8_category(c);
	return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_ME);
}

int
u8_isdigit(int32_t c)
{
	if (c < 0x80)
		return c >= '0' && c <= '9';
	return u8_category(c) == UTF8PROC_CATEGORY_ND;
}

int
u8_isupper(int32_t c)
{
	int k;

	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	k = u8_category(c);
	return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

int
u8_islower(int32_t c)
{
	if (c < 0x80)
		return c >= 'a' && c <= 'z';
	return u8_category(c) == UTF8PROC_CATEGORY_LL;
}

int
u8_ispunct(int32_t c)
{
	int k = u8_category(c);

	return k >= UTF8PROC_CATEGORY_PC && k <= UTF8PROC_CATEGORY_PO;
}

int
u8_issymbol(int32_t c)
{
	int k = u8_category(c);

	return k >= UTF8PROC_CATEGORY_SM && k <= UTF8PROC_CATEGORY_SO;
}

size_t
u8_grapheme_end(const char *s, size_t n, size_t pos)
{
	int32_t a, b, state = 0;
	size_t k;

	k = u8_decode(s + pos, n - pos, &a);
	pos += k;
	if (a == U8_BAD)
		return pos;
	while (pos < n) {
		k = u8_decode(s + pos, n - pos, &b);
		/* white space always breaks: UAX #29 would join it to a
		 * prepended mark such as U+0600 */
		if (b == U8_BAD || u8_isspace(b) ||
		    utf8proc_grapheme_break_stateful(a, b, &state))
			break;
		a = b;
		pos += k;
	}
	return pos;
}

void
u8_scrub(struct buf *out, const char *s, size_t n)
{
	size_t i = 0, j, k;
	int32_t cp;

	while (i < n) {
		for (j = i; j < n && (unsigned char)s[j] < 0x80; j++)
			;
		buf_add(out, s + i, j - i);
		i = j;
		if (i >= n)
			break;
		k = u8_decode(s + i, n - i, &cp);
		if (cp == U8_BAD)
			buf_add(out, "\xEF\xBF\xBD", 3);
		else
			buf_add(out, s + i, k);
		i += k;
	}
}

void
u8_normalize(struct buf *out, const char *s, size_t n, int how)
{
	struct buf tmp = { 0 };
	utf8proc_uint8_t *res = NULL;
	utf8proc_ssize_t r;
	int opt;
	size_t i;

	buf_reset(out);
	for (i = 0; i < n && (unsigned char)s[i] < 0x80; i++)
		;
	if (i == n) {
		buf_add(out, s, n);
		if (how & U8_FOLD)
			for (i = 0; i < n; i++)
				if (out->s[i] >= 'A' && out->s[i] <= 'Z')
					out->s[i] += 'a' - 'A';
		return;
	}
	u8_scrub(&tmp, s, n);
	opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
	if (how & U8_NFKC)
		opt |= UTF8PROC_COMPAT;
	if (how & U8_FOLD)
		opt |= UTF8PROC_CASEFOLD;
	r = utf8proc_map((const utf8proc_uint8_t *)tmp.s,
	    (utf8proc_ssize_t)tmp.len, &res, (utf8proc_option_t)opt);
	if (r < 0) {
		if (r == UTF8PROC_ERROR_NOMEM)
			errx(1, "out of memory");
		buf_add(out, tmp.s, tmp.len);
	} else
		buf_add(out, (const char *)res, (size_t)r);
	free(res);
	buf_free(&tmp);
}

size_t
u8_ascii_fold(const char *s, size_t n, char *out, size_t cap)
{
	utf8proc_int32_t d[8];
	utf8proc_ssize_t nd;
	size_t i = 0, o = 0, l;
	int32_t cp;
	int bc = 0;

	while (i < n) {
		l = u8_decode(s + i, n - i, &cp);
		i += l;
		if (cp >= 0 && cp < 0x80) {
			if (o == cap)
				return 0;
			out[o++] = (char)cp;
			continue;
		}
		if (cp == U8_BAD || (nd = utf8proc_decompose_char(cp, d, 8,
		    UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK, &bc)) != 1 ||
		    d[0] >= 0x80 || o == cap)
			return 0;
		out[o++] = (char)d[0];
	}
	return o;
}
