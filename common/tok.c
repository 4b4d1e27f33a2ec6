/* tok.c: the tokenizer (first stub: white-space separated tokens). */
#include <string.h>

#include "tok.h"
#include "utf8.h"

static const char *const names[TOK_NCLASS] = {
	"word", "number", "punct", "symbol", "url", "email", "mention",
	"hashtag", "emoji"
};

void
tok_init(void)
{
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

int
tok_next(const char *s, size_t n, size_t *pos, struct tok *t, int flags)
{
	size_t i = *pos;
	int32_t cp;

	(void)flags;
	while (i < n) {
		size_t k = u8_decode(s + i, n - i, &cp);
		if (!u8_isspace(cp))
			break;
		i += k;
	}
	if (i >= n) {
		*pos = n;
		return 0;
	}
	t->start = i;
	while (i < n) {
		size_t k = u8_decode(s + i, n - i, &cp);
		if (u8_isspace(cp))
			break;
		i += k;
	}
	t->end = i;
	t->cls = TOK_WORD;
	*pos = i;
	return 1;
}
