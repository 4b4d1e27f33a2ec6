/* tsv.c: clean TSV fields on stdout. */
#include <stdio.h>
#include <string.h>

#include "tsv.h"
#include "utf8.h"
#include "util.h"

static __thread struct buf *sink;	/* see tsv_to() */

void
tsv_to(struct buf *b)
{
	sink = b;
}

static void
putc1(int c)
{
	if (sink == NULL)
		putc_unlocked(c, stdout);
	else {
		if (sink->cap - sink->len < 2)
			buf_grow(sink, 2);
		sink->s[sink->len++] = (char)c;
	}
}

/* Short strings byte by byte: cheaper than a locked fwrite, or than a
 * call to memcpy, each.  (The sink is not kept NUL-terminated.) */
static void
put(const char *s, size_t n)
{
	char *d;

	if (sink != NULL) {
		if (sink->cap - sink->len <= n)
			buf_grow(sink, n + 1);
		d = sink->s + sink->len;
		sink->len += n;
		if (n > 16)
			memcpy(d, s, n);
		else
			while (n-- > 0)
				*d++ = *s++;
		return;
	}
	if (n > 32) {
		fwrite(s, 1, n, stdout);
		return;
	}
	while (n-- > 0)
		putc_unlocked(*s++, stdout);
}

void
tsv_raw(const char *s, size_t n)
{
	put(s, n);
}

void
tsv_str(const char *s)
{
	put(s, strlen(s));
}

void
tsv_tab(void)
{
	putc1('\t');
}

void
tsv_end(void)
{
	putc1('\n');
}

void
tsv_u64(uint64_t v)
{
	char b[24];

	put(b, fmt_u64(b, v));
}

void
tsv_header(const char *names, int with_filename)
{
	if (with_filename)
		fputs("file\t", stdout);
	fputs(names, stdout);
	putc_unlocked('\n', stdout);
}

void
tsv_text(const char *s, size_t n)
{
	size_t i = 0, j, k;
	int32_t cp;
	int space = 0, any = 0;

	while (i < n) {
		/* a run of printable ASCII */
		for (j = i; j < n && (unsigned char)s[j] > 0x20 &&
		    (unsigned char)s[j] < 0x7F; j++)
			;
		if (j > i) {
			if (space && any)
				putc1(' ');
			space = 0;
			any = 1;
			put(s + i, j - i);
			i = j;
			continue;
		}
		k = u8_decode(s + i, n - i, &cp);
		if (cp != U8_BAD && u8_isspace(cp)) {
			space = 1;
		} else {
			if (space && any)
				putc1(' ');
			space = 0;
			any = 1;
			if (cp == U8_BAD)
				put("\xEF\xBF\xBD", 3);
			else
				put(s + i, k);
		}
		i += k;
	}
}
