/* sent.c: sentence boundaries (first cut: terminal mark, space, capital). */
#include <stdlib.h>

#include "sent.h"
#include "utf8.h"
#include "util.h"

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

static size_t
push_trimmed(struct spanv *v, const char *s, size_t a, size_t b)
{
	while (a < b && (unsigned char)s[a] <= ' ')
		a++;
	while (b > a && (unsigned char)s[b - 1] <= ' ')
		b--;
	if (a == b)
		return 0;
	spanv_push(v, a, b);
	return 1;
}

size_t
sent_split(const char *s, size_t n, struct spanv *v)
{
	size_t i, start = 0, count = 0;

	for (i = 0; i + 2 < n; i++)
		if ((s[i] == '.' || s[i] == '!' || s[i] == '?') &&
		    s[i + 1] == ' ' && s[i + 2] >= 'A' && s[i + 2] <= 'Z') {
			count += push_trimmed(v, s, start, i + 1);
			start = i + 1;
		}
	count += push_trimmed(v, s, start, n);
	return count;
}
