/* wordset.c: open-addressing string sets loaded from word lists. */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"
#include "util.h"
#include "wordset.h"

uint64_t
hash_bytes(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xFF51AFD7ED558CCDull);
	uint64_t w;

	while (n >= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
		h ^= h >> 29;
		s += 8;
		n -= 8;
	}
	w = 0;
	memcpy(&w, s, n);
	h = (h ^ w ^ ((uint64_t)n << 56)) * 0xC4CEB9FE1A85EC53ull;
	h ^= h >> 32;
	h *= 0xFF51AFD7ED558CCDull;
	h ^= h >> 29;
	return h;
}

void
ws_init(struct wordset *ws, int flags)
{
	memset(ws, 0, sizeof(*ws));
	ws->fold = flags & WS_FOLD;
	ws->cap = 64;
	ws->tab = xcalloc(ws->cap, sizeof(*ws->tab));
}

static struct wsent *
slot(struct wsent *tab, size_t cap, const char *s, size_t n, uint64_t h)
{
	size_t i = (size_t)h & (cap - 1);

	while (tab[i].key != NULL) {
		if (tab[i].hash == h && tab[i].len == n &&
		    memcmp(tab[i].key, s, n) == 0)
			break;
		i = (i + 1) & (cap - 1);
	}
	return &tab[i];
}

/* The key as stored: folded when the set folds. */
static const char *
keyof(const struct wordset *ws, const char *s, size_t *n, struct buf *tmp)
{
	size_t i;

	if (!ws->fold)
		return s;
	for (i = 0; i < *n; i++)
		if ((unsigned char)s[i] >= 0x80 ||
		    (s[i] >= 'A' && s[i] <= 'Z'))
			break;
	if (i == *n)
		return s;
	u8_normalize(tmp, s, *n, U8_NFC | U8_FOLD);
	*n = tmp->len;
	return tmp->s;
}

/*
 * A NUL-terminated copy of s[0..n) in the set's chunks: one allocation
 * for many entries, so that loading a list of 60,000 words is quick.
 */
#define WS_CHUNK	65536
static char *
store(struct wordset *ws, const char *s, size_t n)
{
	static char empty[1];
	char *p;
	size_t size;

	if (n == 0)
		return empty;
	if (n + 1 > ws->left) {
		size = n + 1 > WS_CHUNK ? n + 1 : WS_CHUNK;
		ws->chunks = xreallocarray(ws->chunks, ws->nchunks + 1,
		    sizeof(*ws->chunks));
		ws->chunks[ws->nchunks++] = ws->next = xmalloc(size);
		ws->left = size;
	}
	p = ws->next;
	memcpy(p, s, n);
	p[n] = '\0';
	ws->next += n + 1;
	ws->left -= n + 1;
	return p;
}

/* Add key s[0..n) with the value v[0..vn) (v NULL: none). */
static void
put(struct wordset *ws, const char *s, size_t n, const char *v, size_t vn)
{
	struct buf tmp = { 0 };
	struct wsent *e, *old;
	size_t i, oldcap;
	uint64_t h;

	if (ws->fix != NULL)
		errx(1, "internal error: an entry added to a fixed set");
	s = keyof(ws, s, &n, &tmp);
	if ((ws->n + 1) * 2 > ws->cap) {
		old = ws->tab;
		oldcap = ws->cap;
		ws->cap *= 2;
		ws->tab = xcalloc(ws->cap, sizeof(*ws->tab));
		for (i = 0; i < oldcap; i++)
			if (old[i].key != NULL)
				*slot(ws->tab, ws->cap, old[i].key, old[i].len,
				    old[i].hash) = old[i];
		free(old);
	}
	h = hash_bytes(s, n);
	e = slot(ws->tab, ws->cap, s, n, h);
	if (e->key == NULL) {
		e->key = store(ws, s, n);
		e->len = n;
		e->hash = h;
		ws->n++;
	}
	if (v == NULL)
		vn = 0;
	if (e->val != NULL && vn <= e->vcap) {
		/* a new value for the key: in the old one's room, so that
		 * values that change (a document's latest name for a word)
		 * take no more memory */
		if (vn > 0)
			memcpy(e->val, v, vn);
		e->val[vn] = '\0';
	} else {
		e->val = store(ws, v, vn);
		e->vcap = vn;
	}
	buf_free(&tmp);
}

void
ws_add(struct wordset *ws, const char *s, size_t n, const char *val)
{
	put(ws, s, n, val, val != NULL ? strlen(val) : 0);
}

void
ws_fixed(struct wordset *ws, const struct wsfixed *f)
{
	memset(ws, 0, sizeof(*ws));
	ws->fix = f;
	ws->fold = f->fold;
	ws->cap = f->cap;
	ws->n = f->n;
}

/* The value of key k[0..n) (hash h) in a fixed set, or NULL. */
static const char *
fixed_value(const struct wsfixed *f, const char *k, size_t n, uint64_t h)
{
	const uint32_t *e;
	size_t i = (size_t)h & (f->cap - 1);

	for (;; i = (i + 1) & (f->cap - 1)) {
		e = f->slots + 4 * i;
		if (e[0] == 0)
			return NULL;
		if (e[3] == (uint32_t)h && e[1] == n &&
		    memcmp(f->pool + e[0] - 1, k, n) == 0)
			return f->pool + e[2];
	}
}

const char *
ws_value(const struct wordset *ws, const char *s, size_t n)
{
	struct buf tmp = { 0 };
	struct wsent *e;
	const char *k, *v;

	k = keyof(ws, s, &n, &tmp);
	if (ws->fix != NULL)
		v = fixed_value(ws->fix, k, n, hash_bytes(k, n));
	else {
		e = slot(ws->tab, ws->cap, k, n, hash_bytes(k, n));
		v = e->key != NULL ? e->val : NULL;
	}
	buf_free(&tmp);
	return v;
}

int
ws_next(const struct wordset *ws, size_t *i, struct wsline *l)
{
	const uint32_t *e;

	for (; *i < ws->cap; ++*i) {
		if (ws->fix != NULL) {
			e = ws->fix->slots + 4 * *i;
			if (e[0] == 0)
				continue;
			l->key = ws->fix->pool + e[0] - 1;
			l->klen = e[1];
			l->val = ws->fix->pool + e[2];
		} else {
			if (ws->tab[*i].key == NULL)
				continue;
			l->key = ws->tab[*i].key;
			l->klen = ws->tab[*i].len;
			l->val = ws->tab[*i].val;
		}
		l->vlen = strlen(l->val);
		++*i;
		return 1;
	}
	return 0;
}

void
ws_write_bytes(FILE *fp, const char *s, size_t n)
{
	size_t i, col = 0;
	unsigned char c;

	fputs("\t\"", fp);
	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c < ' ' || c >= 0x7F || c == '"' || c == '\\' ||
		    c == '?')
			col += (size_t)fprintf(fp, "\\%03o", c);
		else {
			putc(c, fp);
			col++;
		}
		if (col >= 72 && i + 1 < n) {
			fputs("\"\n\t\"", fp);
			col = 0;
		}
	}
	fputs("\"", fp);
}

int
ws_write(const struct wordset *ws, const char *name, FILE *fp)
{
	struct buf pool = { 0 };
	size_t i, off;
	const struct wsent *e;

	fprintf(fp, "static const uint32_t slots_%s[] = {\n", name);
	for (i = 0; i < ws->cap; i++) {
		e = &ws->tab[i];
		if (e->key == NULL) {
			fputs("\t0, 0, 0, 0,\n", fp);
			continue;
		}
		off = pool.len;
		buf_add(&pool, e->key, e->len);
		buf_add(&pool, "", 1);
		buf_add(&pool, e->val, strlen(e->val) + 1);
		fprintf(fp, "\t%zu, %zu, %zu, %lu,\n", off + 1, e->len,
		    off + e->len + 1, (unsigned long)(uint32_t)e->hash);
	}
	fprintf(fp, "};\nstatic const char pool_%s[] =\n", name);
	ws_write_bytes(fp, pool.s != NULL ? pool.s : "", pool.len);
	fprintf(fp, ";\nconst struct wsfixed %s = {\n\tslots_%s, %zu, %zu, "
	    "pool_%s, %d\n};\n", name, name, ws->cap, ws->n, name, ws->fold);
	buf_free(&pool);
	return ferror(fp) ? -1 : 0;
}

int
ws_has(const struct wordset *ws, const char *s, size_t n)
{
	return ws_value(ws, s, n) != NULL;
}

size_t
ws_line(const char *text, size_t len, size_t pos, struct wsline *l)
{
	const char *p, *end = text + len, *nl, *a, *b, *tab;

	if (pos >= len)
		return 0;
	for (p = text + pos; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		a = p;
		b = nl;
		while (a < b && (*a == ' ' || *a == '\t'))
			a++;
		while (b > a && (b[-1] == ' ' || b[-1] == '\t' ||
		    b[-1] == '\r'))
			b--;
		if (a == b || *a == '#')
			continue;
		l->val = NULL;
		l->vlen = 0;
		if ((tab = memchr(a, '\t', (size_t)(b - a))) != NULL) {
			l->val = tab + 1;
			l->vlen = (size_t)(b - tab - 1);
			b = tab;
			while (b > a && b[-1] == ' ')
				b--;
		}
		l->key = a;
		l->klen = (size_t)(b - a);
		return (size_t)(nl - text) + 1;
	}
	return 0;
}

void
ws_load(struct wordset *ws, const char *text, size_t len)
{
	struct wsline l;
	size_t pos = 0;

	while ((pos = ws_line(text, len, pos, &l)) != 0)
		put(ws, l.key, l.klen, l.val, l.vlen);
}

int
ws_load_file(struct wordset *ws, const char *path)
{
	struct buf b = { 0 };
	char chunk[65536];
	FILE *fp;
	size_t n;

	if ((fp = fopen(path, "r")) == NULL) {
		warn("%s", path);
		return -1;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		buf_add(&b, chunk, n);
	if (ferror(fp)) {
		warn("%s", path);
		fclose(fp);
		buf_free(&b);
		return -1;
	}
	fclose(fp);
	ws_load(ws, b.s ? b.s : "", b.len);
	buf_free(&b);
	return 0;
}

void
ws_free(struct wordset *ws)
{
	size_t i;

	if (ws->fix != NULL) {
		memset(ws, 0, sizeof(*ws));
		return;
	}
	for (i = 0; i < ws->nchunks; i++)
		free(ws->chunks[i]);
	free(ws->chunks);
	free(ws->tab);
	memset(ws, 0, sizeof(*ws));
}
