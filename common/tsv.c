/* tsv.c: clean TSV fields on stdout (and CSV and JSON Lines ones). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tsv.h"
#include "utf8.h"
#include "util.h"

int tsv_format = TSV_TSV;

static __thread struct buf *sink;	/* see tsv_to() */
static __thread size_t col;		/* csv, jsonl: fields of the record */
static __thread struct buf tmp;		/* a text field, cleaned */

/* jsonl: the key of column i, as "name":, is keys.s[koff[i]..koff[i+1]) */
static struct buf keys;
static size_t *koff, nkeys;

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

int
tsv_format_parse(const char *name)
{
	if (strcmp(name, "tsv") == 0)
		return TSV_TSV;
	if (strcmp(name, "csv") == 0)
		return TSV_CSV;
	if (strcmp(name, "jsonl") == 0)
		return TSV_JSONL;
	return -1;
}

int
tsv_csv_quoted(const char *s, size_t n)
{
	size_t i;
	unsigned char c;

	if (n > 0 && (s[0] == ' ' || s[n - 1] == ' '))
		return 1;
	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c == '"' || c == ',' || c < 0x20)
			return 1;
	}
	return 0;
}

/* JSON escapes every control character, '"' and '\\'; the text of a
 * field is valid UTF-8 already. */
size_t
tsv_escape(char *d, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	char *d0 = d;
	size_t i;
	unsigned char c;

	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (tsv_format != TSV_JSONL) {
			if (c == '"')
				*d++ = '"';
			*d++ = (char)c;
			continue;
		}
		if (c >= 0x20 && c != '"' && c != '\\') {
			*d++ = (char)c;
			continue;
		}
		*d++ = '\\';
		switch (c) {
		case '\b':
			*d++ = 'b';
			break;
		case '\f':
			*d++ = 'f';
			break;
		case '\n':
			*d++ = 'n';
			break;
		case '\r':
			*d++ = 'r';
			break;
		case '\t':
			*d++ = 't';
			break;
		case '"':
		case '\\':
			*d++ = (char)c;
			break;
		default:
			*d++ = 'u';
			*d++ = '0';
			*d++ = '0';
			*d++ = hex[c >> 4];
			*d++ = hex[c & 0xF];
		}
	}
	return (size_t)(d - d0);
}

/* A string field of clean bytes, in the format: as it is, quoted when
 * needed (csv) or always (jsonl). */
static void
string(const char *s, size_t n)
{
	char b[6 * 40];
	size_t k;
	int q;

	if (tsv_format == TSV_TSV) {
		put(s, n);
		return;
	}
	q = tsv_format == TSV_JSONL || tsv_csv_quoted(s, n);
	if (q)
		putc1('"');
	while (n > 0) {
		k = MIN(n, 40);
		put(b, tsv_escape(b, s, k));
		s += k;
		n -= k;
	}
	if (q)
		putc1('"');
}

/* csv, jsonl: what goes before a field (jsonl: its key). */
static void
begin(void)
{
	char b[32];

	if (tsv_format != TSV_JSONL)
		return;
	putc1(col == 0 ? '{' : ',');
	if (col < nkeys)
		put(keys.s + koff[col], koff[col + 1] - koff[col]);
	else {		/* more fields than names: none of ours */
		b[0] = '"';
		b[1] = '_';
		put(b, fmt_u64(b + 2, col + 1) + 2);
		put("\":", 2);
	}
}

void
tsv_raw(const char *s, size_t n)
{
	put(s, n);
}

void
tsv_field(const char *s, size_t n)
{
	if (tsv_format == TSV_TSV) {
		put(s, n);
		return;
	}
	begin();
	string(s, n);
}

void
tsv_str(const char *s)
{
	tsv_field(s, strlen(s));
}

void
tsv_num(const char *s, size_t n)
{
	begin();
	put(s, n);
}

void
tsv_tab(void)
{
	switch (tsv_format) {
	case TSV_TSV:
		putc1('\t');
		break;
	case TSV_CSV:
		putc1(',');
		/* FALLTHROUGH */
	default:
		col++;
	}
}

void
tsv_end(void)
{
	switch (tsv_format) {
	case TSV_TSV:
		putc1('\n');
		break;
	case TSV_CSV:
		put("\r\n", 2);
		col = 0;
		break;
	default:
		put("}\n", 2);
		col = 0;
	}
}

void
tsv_u64(uint64_t v)
{
	char b[24];

	begin();
	put(b, fmt_u64(b, v));
}

/* jsonl: one more key */
static void
key(const char *s, size_t n)
{
	struct buf *was = sink;

	sink = &keys;
	string(s, n);		/* (used by jsonl only) */
	putc1(':');
	sink = was;
	koff[++nkeys] = keys.len;
}

/* jsonl: the keys, "name": each */
static void
keys_of(const char *names, int with_filename)
{
	const char *p, *e;
	size_t n;

	n = 2 + with_filename;
	for (p = names; *p != '\0'; p++)
		n += *p == '\t';
	koff = xreallocarray(NULL, n, sizeof(*koff));
	koff[0] = 0;
	nkeys = 0;
	if (with_filename)
		key("file", 4);
	for (p = names;; p = e + 1) {
		if ((e = strchr(p, '\t')) == NULL)
			e = p + strlen(p);
		key(p, (size_t)(e - p));
		if (*e == '\0')
			break;
	}
}

void
tsv_columns(const char *names, int with_filename, int header)
{
	const char *p;

	buf_reset(&keys);
	free(koff);
	koff = NULL;
	nkeys = 0;
	if (tsv_format == TSV_JSONL)
		keys_of(names, with_filename);
	if (!header || tsv_format == TSV_JSONL)
		return;
	if (with_filename)
		fputs(tsv_format == TSV_CSV ? "file," : "file\t", stdout);
	for (p = names; *p != '\0'; p++)
		putc_unlocked(*p == '\t' && tsv_format == TSV_CSV ? ',' : *p,
		    stdout);
	fputs(tsv_format == TSV_CSV ? "\r\n" : "\n", stdout);
}

void
tsv_free(void)
{
	buf_free(&tmp);
}

/* A text field as TSV writes it, wherever put() writes. */
static void
text(const char *s, size_t n)
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

void
tsv_text(const char *s, size_t n)
{
	struct buf *was = sink;

	if (tsv_format == TSV_TSV) {
		text(s, n);
		return;
	}
	buf_reset(&tmp);
	sink = &tmp;
	text(s, n);
	sink = was;
	begin();
	string(tmp.s, tmp.len);
}
