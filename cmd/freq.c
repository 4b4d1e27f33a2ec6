/*
 * freq: count the keys of line-oriented input and print them by count.
 *
 * Distinct keys live in two hash tables (open addressing, linear
 * probing): keys of up to 8 bytes in the slot itself, as one 64-bit word,
 * longer ones in an arena the slot points to (see struct sslot, lslot).
 * Input comes in blocks of whole lines (input_block); the common case, a
 * plain key of field 1, is scanned 8 bytes at a time.  Keys are cleaned as
 * TSV text fields are (see tsv.h) before they are counted, so that what
 * is counted is exactly what is printed and "freq -M" of freq's output
 * gives that output back.  Sorting happens once, at the end (at the end
 * of every document with -H).
 */
#include <err.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "input.h"
#include "re.h"
#include "tsv.h"
#include "utf8.h"
#include "util.h"
#include "wordset.h"

DATA(stopwords);

#define ARENA_CHUNK	(1u << 20)
#define MAX_SLOTS	((size_t)1 << 40)
#define TABLE_MIN	1024
#define MAX_NGRAM	64

enum {
	OPT_STOPWORDS = CLI_FIRST_TOOL_OPT,
	OPT_HEADER_IN
};

/* Byte classes for the fast path of a one-field key. */
enum {
	C_OK = 0,	/* printable ASCII other than A-Z */
	C_UP = 1,	/* A-Z */
	C_SLOW = 2,	/* space, control, DEL, non-ASCII */
	C_TAB = 4,
	C_NL = 8,
	C_STOP = C_TAB | C_NL
};

/*
 * Two tables.  Keys of 1 to 8 bytes (most words) live in their slot of
 * the short table, 16 bytes: the key zero-padded (keys hold no NUL, so
 * the padding tells the length, and 0 marks an empty slot) and the count.
 * Longer keys are in the arena; their slot, 24 bytes, points there.
 */
struct sslot {
	uint64_t	 w;		/* the key's bytes in memory order */
	uint64_t	 count;
};

struct lslot {
	uint64_t	 count;		/* 0: empty */
	const char	*p;
	uint32_t	 hash;		/* low 32 bits of the key's hash */
	uint32_t	 len;
};

struct chunk {
	struct chunk	*next;
	size_t		 used, cap;
	char		 mem[];
};

struct table {
	struct sslot	*s;
	struct lslot	*l;
	size_t		 scap, sn, sgrow;	/* grow when n reaches grow */
	size_t		 lcap, ln, lgrow;
	struct chunk	*arena;
	long double	 total;		/* -p: every count, at the end */
};

struct span {
	const char	*s;
	size_t		 n;
};

static struct cli cli = {
	"freq",
	"freq [-HlMpsv] [-e pattern] [-f list] [-g n] [-m min] [-n top]\n"
	"            [--header] [--header-in] [--stopwords[=file]]\n"
	"            [--csv | --jsonl | --format=fmt] [file ...]",
	"Count the keys of lines, and print them the most frequent first.\n"
	"\n"
	"  -e, --regexp=PAT    count only keys that match PAT (PCRE2); with\n"
	"                      several -e, keys that match any of them\n"
	"  -f, --fields=LIST   key fields, cut(1) syntax (default 1;\n"
	"                      with -M, every field after the count);\n"
	"                      a name is the column of that name\n"
	"  -g, --ngram=N       count n-grams of N consecutive keys\n"
	"  -H, --with-filename counts per file, file column first\n"
	"  -l, --lower         Unicode case folding of keys\n"
	"  -M, --merge         input is freq output (tsv): sum equal keys\n"
	"  -m, --min-count=N   only keys counted at least N times\n"
	"  -n, --top=N         only the first N rows\n"
	"  -p, --proportion    add a proportion column after count\n"
	"  -s                  drop common English function words\n"
	"      --stopwords[=FILE]  the same, FILE replacing the list\n"
	"  -v, --invert-match  count only keys that match no -e pattern\n"
	"      --csv, --jsonl  --format=csv, --format=jsonl\n"
	"      --format=FMT    tsv (the default), csv or jsonl\n"
	"      --header        first row of column names\n"
	"      --header-in     the first line of each file is a header row\n"
	"      --help          this text\n"
	"      --version       version\n"
	"Columns: [file] count [proportion] key...\n",
	0, 0
};

static struct fields fields;
static size_t need;		/* highest field number listed */
static int fast;		/* the key is field 1 alone */
static int lflag, mflag, pflag, sflag, vflag;
static struct re **rx;		/* -e, each of them */
static size_t nrx;
static size_t gram = 1;
static uint64_t mincount = 1, top;
static struct wordset stop;
static struct wordset over;	/* keys whose count passed 2^64 - 1 */
static uint64_t *stopw;		/* its entries of up to 8 bytes, as words */
static size_t stopwcap;

static struct table tab;
static unsigned char cls[256];
static struct buf kb, fold, acc, gramkey, fname;
static struct span *fv;
static size_t fvcap;
static struct buf *ring;
static size_t nring;		/* keys seen in this document, for -g */
static struct input *cur;	/* the document being read */
static uint64_t lineno, nbad, badline;
static size_t acctabs;
static const char *flist;	/* -f as given */
static int named;		/* it names a column: resolved per document */
static int hinflag;		/* --header-in */
static int hseen, hdone;	/* a header row read; ours printed */
static struct buf keynames;	/* "\tname" per key column, from that row */

/* What the suite's programs name their columns with --header. */
static const char *const colnames[] = {
	"class", "count", "cue", "end", "entity", "file", "gender", "key",
	"kind", "line", "mention", "mentions", "para", "pronouns",
	"proportion", "quote", "sent", "sentence", "speaker", "start",
	"title", "token", "type"
};

static void
arena_free(struct table *t)
{
	struct chunk *c, *next;

	for (c = t->arena; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	t->arena = NULL;
}

static const char *
arena_put(struct table *t, const char *s, size_t n)
{
	struct chunk *c = t->arena;
	char *p;
	size_t v;

	if (c == NULL || c->cap - c->used < n) {
		v = MAX(ARENA_CHUNK, n);
		c = xmalloc(sizeof(*c) + v);
		c->cap = v;
		c->used = 0;
		c->next = t->arena;
		t->arena = c;
	}
	p = c->mem + c->used;
	memcpy(p, s, n);
	c->used += n;
	return p;
}

#define GROW_AT(cap)	((cap) / 10 * 7)

static void
table_init(struct table *t)
{
	memset(t, 0, sizeof(*t));
	t->scap = t->lcap = TABLE_MIN;
	t->s = xcalloc(t->scap, sizeof(*t->s));
	t->l = xcalloc(t->lcap, sizeof(*t->l));
	t->sgrow = t->lgrow = GROW_AT(TABLE_MIN);
}

static void
table_free(struct table *t)
{
	free(t->s);
	free(t->l);
	arena_free(t);
	memset(t, 0, sizeof(*t));
}

static inline uint64_t
hash_word(uint64_t w)
{
	w *= 0x9E3779B97F4A7C15ull;
	w = (w ^ (w >> 29)) * 0xBF58476D1CE4E5B9ull;
	return w ^ (w >> 32);
}

/* Double a table: the old and the new one coexist for a moment. */
static void
grow_short(struct table *t)
{
	struct sslot *old = t->s;
	size_t oldcap = t->scap, i, j, mask;

	if (t->scap > MAX_SLOTS / 2)
		errx(1, "too many distinct keys");
	t->scap *= 2;
	t->sgrow = GROW_AT(t->scap);
	t->s = xcalloc(t->scap, sizeof(*t->s));
	mask = t->scap - 1;
	for (i = 0; i < oldcap; i++) {
		if (old[i].w == 0)
			continue;
		for (j = hash_word(old[i].w) & mask; t->s[j].w != 0;
		    j = (j + 1) & mask)
			;
		t->s[j] = old[i];
	}
	free(old);
}

static void
grow_long(struct table *t)
{
	struct lslot *old = t->l;
	size_t oldcap = t->lcap, i, j, mask;

	if (t->lcap > MAX_SLOTS / 2)
		errx(1, "too many distinct keys");
	t->lcap *= 2;
	t->lgrow = GROW_AT(t->lcap);
	t->l = xcalloc(t->lcap, sizeof(*t->l));
	mask = t->lcap - 1;
	for (i = 0; i < oldcap; i++) {
		if (old[i].count == 0)
			continue;
		for (j = old[i].hash & mask; t->l[j].count != 0;
		    j = (j + 1) & mask)
			;
		t->l[j] = old[i];
	}
	free(old);
}

/* The first n <= 8 bytes at s, zero-padded, as a word; room: bytes
 * that may be read at s. */
static inline uint64_t
load_word(const char *s, size_t n, size_t room)
{
	static const unsigned char ones[16] = {
		0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF
	};
	unsigned char b[8] = { 0 };
	uint64_t w, m;

	if (room >= 8) {
		memcpy(&w, s, 8);
		memcpy(&m, ones + 8 - n, 8);
		return w & m;
	}
	memcpy(b, s, n);
	memcpy(&w, b, 8);
	return w;
}

static size_t wlen(const uint64_t *);

/* The count of key k[0..n) passes 2^64 - 1 (freq -M of huge counts): the
 * key is left out of the output, with a message, and the status is 1;
 * the other keys are counted and printed as ever. */
static void
overflow(const char *k, size_t n)
{
	if (ws_has(&over, k, n))
		return;
	ws_add(&over, k, n, NULL);
	warnx("%.*s%s: count exceeds 2^64 - 1; key left out",
	    (int)(n > 60 ? 60 : n), k, n > 60 ? "..." : "");
}

/* Add c to the count of the key of 1 to 8 bytes (no NUL) that w holds, in
 * memory order, zero-padded. */
static inline void
add_word(struct table *t, uint64_t w, uint64_t c)
{
	struct sslot *sl;
	size_t i, mask = t->scap - 1;

	for (i = hash_word(w) & mask; (sl = &t->s[i])->w != 0;
	    i = (i + 1) & mask)
		if (sl->w == w) {
			if (sl->count > UINT64_MAX - c)
				overflow((const char *)&w, wlen(&w));
			else
				sl->count += c;
			return;
		}
	sl->w = w;
	sl->count = c;
	if (++t->sn >= t->sgrow)
		grow_short(t);
}

/* Add c to the count of key s[0..n), n > 0; room: bytes that may be read
 * at s. */
static void
add(struct table *t, const char *s, size_t n, uint64_t c, size_t room)
{
	struct lslot *sl;
	size_t i, mask;
	uint32_t h32;

	if (n > UINT32_MAX)
		errx(1, "key too long");
	if (n <= 8 && memchr(s, '\0', n) == NULL) {
		add_word(t, load_word(s, n, room), c);
		return;
	}
	mask = t->lcap - 1;
	h32 = (uint32_t)hash_bytes(s, n);
	for (i = h32 & mask; (sl = &t->l[i])->count != 0; i = (i + 1) & mask)
		if (sl->hash == h32 && sl->len == n &&
		    memcmp(sl->p, s, n) == 0) {
			if (sl->count > UINT64_MAX - c)
				overflow(s, n);
			else
				sl->count += c;
			return;
		}
	sl->p = arena_put(t, s, n);
	sl->count = c;
	sl->hash = h32;
	sl->len = (uint32_t)n;
	if (++t->ln >= t->lgrow)
		grow_long(t);
}

/* Output order: count descending, then key bytes (a zero-padded short
 * key compares as its bytes, shorter first, since keys hold no NUL). */
static inline int
before_s(const struct sslot *x, const struct sslot *y)
{
	if (x->count != y->count)
		return x->count > y->count;
	return memcmp(&x->w, &y->w, 8) < 0;
}

/* Sorting long keys: hash holds the first 4 bytes, as a big-endian
 * number (see emit), which orders most keys without a memcmp. */
static inline int
before_l(const struct lslot *x, const struct lslot *y)
{
	int r;

	if (x->count != y->count)
		return x->count > y->count;
	if (x->hash != y->hash)
		return x->hash < y->hash;
	if ((r = memcmp(x->p, y->p, MIN(x->len, y->len))) != 0)
		return r < 0;
	return x->len < y->len;
}

/*
 * Sort in place (qsort(3) may allocate a copy of the array, doubling the
 * peak memory): quicksort, median of three, smaller side first, insertion
 * sort for short runs.  Keys are distinct, and a table's order is its
 * hash order, so no input drives it quadratic.
 */
#define SORT_FN(name, T, before) \
static void \
name(T *v, size_t n) \
{ \
	T *p, tmp; \
	size_t i, j, m; \
\
	while (n > 12) { \
		m = n / 2; \
		if (before(&v[m], &v[0])) \
			SWAP(v[m], v[0]); \
		if (before(&v[n - 1], &v[m])) { \
			SWAP(v[n - 1], v[m]); \
			if (before(&v[m], &v[0])) \
				SWAP(v[m], v[0]); \
		} \
		SWAP(v[m], v[n - 2]);		/* the pivot */ \
		p = &v[n - 2]; \
		for (i = 0, j = n - 2;;) { \
			while (before(&v[++i], p)) \
				; \
			while (before(p, &v[--j])) \
				; \
			if (i >= j) \
				break; \
			SWAP(v[i], v[j]); \
		} \
		SWAP(v[i], v[n - 2]); \
		if (i < n - i - 1) { \
			name(v, i); \
			v += i + 1; \
			n -= i + 1; \
		} else { \
			name(v + i + 1, n - i - 1); \
			n = i; \
		} \
	} \
	for (i = 1; i < n; i++) \
		for (j = i; j > 0 && before(&v[j], &v[j - 1]); j--) \
			SWAP(v[j], v[j - 1]); \
}
#define SWAP(a, b)	(tmp = (a), (a) = (b), (b) = tmp)
SORT_FN(sort_short, struct sslot, before_s)
SORT_FN(sort_long, struct lslot, before_l)
#undef SWAP

static size_t
wlen(const uint64_t *w)
{
	const unsigned char *b = (const unsigned char *)w;
	size_t n = 8;

	while (n > 0 && b[n - 1] == 0)
		n--;
	return n;
}

/* Does the short key x come before the long key y? */
static int
short_first(const struct sslot *x, const struct lslot *y)
{
	size_t n = wlen(&x->w);
	int r;

	if (x->count != y->count)
		return x->count > y->count;
	if ((r = memcmp(&x->w, y->p, MIN(n, y->len))) != 0)
		return r < 0;
	return n < y->len;
}

static void
row(const struct table *t, uint64_t count, const char *k, size_t n,
    int with_file)
{
	const char *q;
	char num[64];

	if (with_file) {
		tsv_field(fname.s, fname.len);
		tsv_tab();
	}
	tsv_u64(count);
	if (pflag) {
		tsv_tab();
		tsv_num(num, (size_t)snprintf(num, sizeof(num), "%.6f",
		    (double)((long double)count / t->total)));
	}
	tsv_tab();
	/* the key's fields are columns of their own; an open list (-f N-)
	 * has one key column, and its fields stay in it, TAB-joined */
	while (tsv_format != TSV_TSV && !fields.open &&
	    (q = memchr(k, '\t', n)) != NULL) {
		tsv_field(k, (size_t)(q - k));
		tsv_tab();
		n -= (size_t)(q + 1 - k);
		k = q + 1;
	}
	tsv_field(k, n);
	tsv_end();
}

static void header(void);

/* Print the table, sorted, then empty it (after our header row, first). */
static void
emit(struct table *t, int with_file)
{
	struct sslot *s, *se;
	struct lslot *l, *le;
	uint64_t rows;

	if (!hdone)	/* the column names: the header row, jsonl's keys */
		header();
	t->total = 0;
	for (s = t->s; s < t->s + t->scap; s++)
		t->total += (long double)s->count;
	for (l = t->l; l < t->l + t->lcap; l++)
		t->total += (long double)l->count;
	se = t->s;
	for (s = t->s; s < t->s + t->scap; s++)
		if (s->w != 0 && s->count >= mincount && !(over.n > 0 &&
		    ws_has(&over, (const char *)&s->w, wlen(&s->w))))
			*se++ = *s;
	le = t->l;
	for (l = t->l; l < t->l + t->lcap; l++)
		if (l->count >= mincount && !(over.n > 0 &&
		    ws_has(&over, l->p, l->len))) {
			*le = *l;
			le->hash = (uint32_t)(unsigned char)l->p[0] << 24 |
			    (uint32_t)(unsigned char)l->p[1] << 16 |
			    (uint32_t)(unsigned char)l->p[2] << 8 |
			    (unsigned char)l->p[3];	/* len > 8 */
			le++;
		}
	sort_short(t->s, (size_t)(se - t->s));
	sort_long(t->l, (size_t)(le - t->l));
	s = t->s;
	l = t->l;
	for (rows = 0; (s < se || l < le) && (top == 0 || rows < top) &&
	    !(rows % 4096 == 0 && out_error()); rows++)
		if (l == le || (s < se && short_first(s, l))) {
			row(t, s->count, (const char *)&s->w, wlen(&s->w),
			    with_file);
			s++;
		} else {
			row(t, l->count, l->p, l->len, with_file);
			l++;
		}
	table_free(t);
	table_init(t);
}

/*
 * Append s[0..n) to b as a clean text field: runs of white space and
 * control characters become one space (none at the ends), invalid UTF-8
 * becomes U+FFFD; with lower set, A-Z become a-z.
 */
static void
clean(struct buf *b, const char *s, size_t n, int lower)
{
	const char *end = s + n;
	size_t k;
	int32_t cp;
	int gap = 0, start = 1;
	unsigned char u;

	buf_grow(b, n + 8);
	while (s < end) {
		u = (unsigned char)*s;
		if (u > 0x20 && u < 0x7F) {
			if (gap && !start)
				buf_addc(b, ' ');
			gap = start = 0;
			buf_grow(b, 1);
			b->s[b->len++] = (char)(lower && u >= 'A' && u <= 'Z' ?
			    u + ('a' - 'A') : u);
			s++;
			continue;
		}
		k = u8_decode(s, (size_t)(end - s), &cp);
		if (cp != U8_BAD && u8_isspace(cp))
			gap = 1;
		else {
			if (gap && !start)
				buf_addc(b, ' ');
			gap = start = 0;
			if (cp == U8_BAD)
				buf_add(b, "\xEF\xBF\xBD", 3);
			else
				buf_add(b, s, k);
		}
		s += k;
	}
}

/* One key field, folded with -l, cleaned, appended to b. */
static void
add_field(struct buf *b, const char *s, size_t n)
{
	size_t i;

	if (lflag) {
		for (i = 0; i < n && (unsigned char)s[i] < 0x80; i++)
			;
		if (i < n) {
			u8_normalize(&fold, s, n, U8_FOLD);
			s = fold.s;
			n = fold.len;
		}
	}
	clean(b, s, n, lflag);
}

/*
 * The key of the text s[0..n): the fields listed, TAB-separated.  Returns
 * 0 when the line has too few fields or the key is empty.
 */
static int
key_of(const char *s, size_t n, const char **kp, size_t *kn)
{
	const char *end = s + n, *q;
	size_t nf = 0, i, j;
	unsigned fl = 0;

	if (fast) {
		for (i = 0; i < n && cls[(unsigned char)s[i]] != C_TAB; i++)
			fl |= cls[(unsigned char)s[i]];
		if (fl == C_OK || (fl == C_UP && !lflag)) {
			*kp = s;
			*kn = i;
			return i > 0;
		}
		buf_reset(&kb);
		add_field(&kb, s, i);
		*kp = kb.s;
		*kn = kb.len;
		return kb.len > 0;
	}
	for (;;) {
		if ((q = memchr(s, '\t', (size_t)(end - s))) == NULL)
			q = end;
		if (nf == fvcap) {
			fvcap = fvcap ? fvcap * 2 : 16;
			fv = xreallocarray(fv, fvcap, sizeof(*fv));
		}
		fv[nf].s = s;
		fv[nf++].n = (size_t)(q - s);
		if (q == end || nf >= fields.max)
			break;
		s = q + 1;
	}
	if (nf < need)
		return 0;
	buf_reset(&kb);
	for (i = 0; i < fields.n; i++) {
		if (i > 0)
			buf_addc(&kb, '\t');
		add_field(&kb, fv[fields.v[i] - 1].s, fv[fields.v[i] - 1].n);
	}
	if (fields.open)
		for (j = fields.v[fields.n - 1]; j < nf; j++) {
			buf_addc(&kb, '\t');
			add_field(&kb, fv[j].s, fv[j].n);
		}
	/* empty when only the separators are there */
	for (i = 0; i < kb.len && kb.s[i] == '\t'; i++)
		;
	*kp = kb.s;
	*kn = kb.len;
	return i < kb.len;
}

/* Is the key that w holds (see add_word) a stopword? */
static inline int
in_stopw(uint64_t w)
{
	size_t i, mask = stopwcap - 1;

	for (i = hash_word(w) & mask; stopw[i] != 0; i = (i + 1) & mask)
		if (stopw[i] == w)
			return 1;
	return 0;
}

/* The short entries of the stopword set (folded as stored), as words. */
static void
stopw_init(void)
{
	size_t i, j, mask;
	uint64_t w;

	stopwcap = 64;
	while (stopwcap < stop.n * 2)
		stopwcap *= 2;
	free(stopw);		/* a harness may run main() again */
	stopw = xcalloc(stopwcap, sizeof(*stopw));
	mask = stopwcap - 1;
	for (i = 0; i < stop.cap; i++) {
		if (stop.tab[i].key == NULL || stop.tab[i].len == 0 ||
		    stop.tab[i].len > 8 ||
		    memchr(stop.tab[i].key, '\0', stop.tab[i].len) != NULL)
			continue;
		w = load_word(stop.tab[i].key, stop.tab[i].len, 0);
		for (j = hash_word(w) & mask; stopw[j] != 0 && stopw[j] != w;
		    j = (j + 1) & mask)
			;
		stopw[j] = w;
	}
}

static int
is_stopword(const char *k, size_t n)
{
	char low[64];
	const char *t;
	size_t i;

	if ((t = memchr(k, '\t', n)) != NULL)
		n = (size_t)(t - k);
	if (n <= sizeof(low)) {
		for (i = 0; i < n && (unsigned char)k[i] < 0x80; i++)
			low[i] = (char)(k[i] >= 'A' && k[i] <= 'Z' ?
			    k[i] + ('a' - 'A') : k[i]);
		if (i == n)
			return ws_has(&stop, low, n);
	}
	return ws_has(&stop, k, n);
}

/* Does any -e pattern match k[0..n)? */
static int
any_match(const char *k, size_t n)
{
	size_t i, ms, me;

	for (i = 0; i < nrx; i++)
		if (re_find(rx[i], k, n, 0, 0, &ms, &me))
			return 1;
	return 0;
}

/* Count one key (with -g, the n-gram it ends). */
static void
count_key(const char *k, size_t n, uint64_t c, size_t room)
{
	struct buf *r;
	size_t i, j, first, len;
	char *p;

	if (sflag && is_stopword(k, n))
		return;
	if (nrx > 0 && any_match(k, n) == vflag)
		return;
	if (gram == 1) {
		add(&tab, k, n, c, room);
		return;
	}
	r = &ring[nring % gram];
	buf_reset(r);
	buf_add(r, k, n);
	if (++nring < gram)
		return;
	/* the n-gram: the last keys, oldest first, joined by tabs */
	first = nring % gram;
	for (len = gram - 1, i = 0; i < gram; i++)
		len += ring[i].len;
	buf_reset(&gramkey);
	buf_grow(&gramkey, len);
	p = gramkey.s;
	for (i = 0, j = first; i < gram; i++, j = j + 1 < gram ? j + 1 : 0) {
		if (i > 0)
			*p++ = '\t';
		memcpy(p, ring[j].s, ring[j].len);
		p += ring[j].len;
	}
	gramkey.len = len;
	add(&tab, gramkey.s, gramkey.len, c, gramkey.len);
}

/*
 * A line of merge input: count, TAB, key fields.  Returns 0, or -1 with
 * *why set when the line is malformed.
 */
static int
merge_line(const char *s, size_t n, const char **why)
{
	const char *k;
	size_t i, kn;
	uint64_t c = 0;
	unsigned d;

	if (n >= 5 && memcmp(s, "count", 5) == 0 && (n == 5 || s[5] == '\t'))
		return 0;	/* a header row */
	for (i = 0; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
		d = (unsigned)(s[i] - '0');
		if (c > (UINT64_MAX - d) / 10) {
			*why = "count too large";
			return -1;
		}
		c = c * 10 + d;
	}
	if (i == 0 || (i < n && s[i] != '\t')) {
		*why = "not a count, a tab and a key";
		return -1;
	}
	if (c == 0) {
		*why = "count of 0";
		return -1;
	}
	if (i == n || i + 1 == n) {
		*why = "empty key";
		return -1;
	}
	if (key_of(s + i + 1, n - i - 1, &k, &kn))
		count_key(k, kn, c, kn);
	return 0;
}

#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/*
 * Eight bytes at a time (little-endian, so the lowest set bit is the
 * first byte).  No carry crosses a byte: each byte's low 7 bits are added
 * to at most 0x5F.
 */
#define SWAR	1
#define LO7	0x7F7F7F7F7F7F7F7Full
#define HI	0x8080808080808080ull
#define REP(b)	(0x0101010101010101ull * (b))

/* The high bit of every byte below 0x21 or above 0x7E. */
static inline uint64_t
swar_stop(uint64_t x)
{
	uint64_t low = ~(((x & LO7) + REP(0x5F)) | x) & HI;
	uint64_t high = (x | ((x & LO7) + REP(0x01))) & HI;

	return low | high;
}

/* The high bit of every byte in A-Z. */
static inline uint64_t
swar_upper(uint64_t x)
{
	return ((x & LO7) + REP(0x3F)) & ~((x & LO7) + REP(0x25)) & ~x & HI;
}
#endif

/* One whole line, its terminator removed. */
static void
line(const char *s, size_t n)
{
	const char *k, *why;
	size_t kn;

	lineno++;
	if (n > 0 && s[n - 1] == '\r')
		n--;
	if (!mflag) {
		if (key_of(s, n, &k, &kn))
			count_key(k, kn, 1, kn);
	} else if (n > 0 && merge_line(s, n, &why) == -1 && nbad++ == 0) {
		warnx("%s:%llu: malformed merge input: %s", cur->label,
		    (unsigned long long)lineno, why);
		badline = lineno;
	}
}

/*
 * The lines of s[0..n), each ending in "\n".  The loop for a plain key
 * (field 1, no merge) finds the end of the key and whether it needs
 * cleaning in one pass over the bytes.
 */
static void
lines(const char *s, size_t n)
{
	const char *p = s, *end = s + n, *q;
	unsigned c, fl;
#ifdef SWAR
	uint64_t x, m, low;
	size_t k;
	int plain = gram == 1;
#endif

	if (!fast || mflag) {
		for (; p < end; p = q + 1) {
			q = memchr(p, '\n', (size_t)(end - p));
			line(p, (size_t)(q - p));
		}
		return;
	}
	for (; p < end; p = q + 1) {
#ifdef SWAR
		if (end - p >= 8 && plain) {
			memcpy(&x, p, 8);
			if ((m = swar_stop(x)) != 0) {
				k = (size_t)__builtin_ctzll(m) >> 3;
				m = ((m & -m) >> 7) - 1;	/* bytes before */
				q = p + k;
				if (*q == '\n' || *q == '\t') {
					low = (x | swar_upper(x) >> 2) & m;
					lineno++;
					if (k > 0 && !(sflag && in_stopw(low)))
						add_word(&tab, lflag ? low :
						    x & m, 1);
					if (*q == '\t')
						q = memchr(q, '\n',
						    (size_t)(end - q));
					continue;
				}
			}
		}
#endif
		fl = 0;
		for (q = p; ((c = cls[(unsigned char)*q]) & C_STOP) == 0; q++)
			fl |= c;
		if (fl != C_OK && (fl != C_UP || lflag)) {
			q = memchr(q, '\n', (size_t)(end - q));
			line(p, (size_t)(q - p));
			continue;
		}
		lineno++;
		if (q > p)
			count_key(p, (size_t)(q - p), 1,
			    (size_t)(end - p));
		if (c == C_TAB)
			q = memchr(q, '\n', (size_t)(end - q));
	}
}

/*
 * A piece of a long line: keep what the key can need.  A run of ASCII
 * white space or control bytes (a tab aside) is kept as one space, as
 * clean() would make it, so that a line of nothing but spaces or NULs
 * takes no memory however long it is.
 */
static void
piece(const char *s, size_t n, int first)
{
	static int gap;
	size_t i, a;
	unsigned char u;

	if (first) {
		buf_reset(&acc);
		acctabs = 0;
		gap = 0;
	}
	if (!fields.open && acctabs >= need + (size_t)mflag)
		return;
	for (i = a = 0; i < n; i++) {
		u = (unsigned char)s[i];
		if (u == '\t')
			acctabs++;
		else if (u <= 0x20 || u == 0x7F) {
			if (i > a)
				buf_add(&acc, s + a, i - a);
			if (!gap)
				buf_addc(&acc, ' ');
			gap = 1;
			a = i + 1;
			continue;
		}
		gap = 0;
	}
	if (n > a)
		buf_add(&acc, s + a, n - a);
}

static int
is_colname(const char *s, size_t n)
{
	size_t i;

	if (n > 3 && memcmp(s, "key", 3) == 0) {	/* key1, key2, ... */
		for (i = 3; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			;
		return i == n;
	}
	for (i = 0; i < LEN(colnames); i++)
		if (strlen(colnames[i]) == n && memcmp(colnames[i], s, n) == 0)
			return 1;
	return 0;
}

/*
 * Is s[0..n), the first line of a document, a header row?  With
 * --header-in it is; in merge input when its first field is "count";
 * otherwise when it has two fields or more and each is a column name of
 * the suite: a --header row of any of the programs, with or without
 * -H's file column, or what cut(1) keeps of one.  One field alone is a
 * key: "sentence" and "token" are words too.
 */
static int
is_header(const char *s, size_t n)
{
	const char *end = s + n, *q;
	size_t nf;

	if (hinflag)
		return 1;
	if (mflag)
		return n >= 5 && memcmp(s, "count", 5) == 0 &&
		    (n == 5 || s[5] == '\t');
	for (nf = 1;; nf++, s = q + 1) {
		if ((q = memchr(s, '\t', (size_t)(end - s))) == NULL)
			q = end;
		if (!is_colname(s, (size_t)(q - s)))
			return 0;
		if (q == end)
			return nf >= 2;
	}
}

/* Field i (from 0) of the row h[0..hn) in *c, or 0 if it has none. */
static int
column(const char *h, size_t hn, size_t i, struct span *c)
{
	const char *end = h + hn, *q;

	for (;; i--, h = q + 1) {
		if ((q = memchr(h, '\t', (size_t)(end - h))) == NULL)
			q = end;
		if (i == 0) {
			c->s = h;
			c->n = (size_t)(q - h);
			return 1;
		}
		if (q == end)
			return 0;
	}
}

/* Key fields from a list of numbers in cut(1) syntax: 0, or -1. */
static int
fields_set(const char *list)
{
	size_t i;

	free(fields.v);
	if (fields_parse(&fields, list) == -1)
		return -1;
	for (need = 0, i = 0; i < fields.n; i++)
		need = MAX(need, fields.v[i]);
	fast = fields.n == 1 && fields.v[0] == 1 && !fields.open &&
	    rx == NULL;
	return 0;
}

/*
 * Key fields from the -f list, each name in it (an item that starts with
 * a letter) replaced by the number of that column in the header row
 * h[0..hn), or by 1 when h is NULL (to check the syntax).  With -M the
 * numbers count from the first key field, after the count.  Returns 0, or
 * -1 for a malformed list or (after a warning) a name h does not have.
 */
static int
fields_named(const char *h, size_t hn)
{
	struct buf b = { 0 };
	struct span c;
	const char *p = flist, *e;
	size_t i, len;
	int rv = 0;

	for (;; p = e + 1) {
		if ((e = strchr(p, ',')) == NULL)
			e = p + strlen(p);
		len = (size_t)(e - p);
		if (len == 0 || !((*p >= 'a' && *p <= 'z') ||
		    (*p >= 'A' && *p <= 'Z')))
			buf_add(&b, p, len);
		else {
			for (i = 0; h != NULL && column(h, hn, i, &c) &&
			    (c.n != len || memcmp(c.s, p, len) != 0); i++)
				;
			if (h != NULL && (!column(h, hn, i, &c) ||
			    i < (size_t)mflag)) {
				warnx("%s: no key column %.*s in the header "
				    "row", cur->label, (int)MIN(len, 60), p);
				rv = -1;
				break;
			}
			buf_grow(&b, 24);
			b.len += fmt_u64(b.s + b.len, h == NULL ? 1 :
			    i + 1 - (size_t)mflag);
		}
		if (*e == '\0')
			break;
		buf_addc(&b, ',');
	}
	buf_addc(&b, '\0');
	if (rv == 0)
		rv = fields_set(b.s);
	buf_free(&b);
	return rv;
}

/* The names of the key columns in the header row h[0..hn), for our own
 * (see header()); none when it lacks one of the key fields. */
static void
key_names(const char *h, size_t hn)
{
	struct span c;
	size_t i, off = (size_t)mflag;

	buf_reset(&keynames);
	for (i = 0; i < fields.n; i++) {
		if (!column(h, hn, fields.v[i] - 1 + off, &c)) {
			buf_reset(&keynames);
			return;
		}
		buf_addc(&keynames, '\t');
		clean(&keynames, c.s, c.n, 0);
	}
	for (i = fields.v[fields.n - 1] + off; fields.open &&
	    column(h, hn, i, &c); i++) {
		buf_addc(&keynames, '\t');
		clean(&keynames, c.s, c.n, 0);
	}
}

/*
 * The first line of a document, s[0..n) (or its first piece): 1 if it is
 * a header row, which is not counted; -1 if the document cannot be
 * counted (-f names a column, and it has no header row or no such
 * column); 0 otherwise.
 */
static int
head(const char *s, size_t n)
{
	if (n > 0 && s[n - 1] == '\r')
		n--;
	if (!is_header(s, n)) {
		if (!named)
			return 0;
		warnx("%s: no header row, which -f %s needs", cur->label,
		    flist);
		return -1;
	}
	if (named && fields_named(s, n) == -1)
		return -1;
	if (!hseen) {
		hseen = 1;
		key_names(s, n);
	}
	return 1;
}

static int
doc(struct input *in, void *arg)
{
	struct line l;
	const char *s, *q;
	size_t n, k;
	int r, h = 0, first = 1, skip = 0;

	(void)arg;
	cur = in;
	nring = 0;
	lineno = 0;
	nbad = 0;
	while ((r = input_block(in, &l)) == 1) {
		s = l.s;
		n = l.len;
		if (first) {
			first = 0;
			q = memchr(s, '\n', n);
			k = q != NULL ? (size_t)(q - s) : n;
			if ((h = head(s, k)) == -1)
				break;
			if (h == 1) {
				lineno++;
				if (q == NULL) {
					skip = l.more;	/* the rest of it */
					continue;
				}
				s += k + 1;
				n -= k + 1;
			}
		}
		if (l.cont) {
			q = memchr(s, '\n', n);
			k = q != NULL ? (size_t)(q - s) : n;
			if (!skip)
				piece(s, k, 0);
			if (q == NULL && l.more)
				continue;
			if (!skip)
				line(acc.s, acc.len);
			skip = 0;
			if (q == NULL)
				continue;
			s += k + 1;
			n -= k + 1;
		} else if (l.more) {
			piece(s, n, 1);
			continue;
		}
		for (k = n; k > 0 && s[k - 1] != '\n'; k--)
			;
		lines(s, k);
		if (k < n)
			line(s + k, n - k);
	}
	if (nbad > 1)
		warnx("%s: %llu malformed lines skipped (first at line %llu)",
		    in->label, (unsigned long long)nbad,
		    (unsigned long long)badline);
	if (cli.with_filename) {
		buf_reset(&fname);
		clean(&fname, in->name, strlen(in->name), 0);
		emit(&tab, 1);
	}
	return h == -1 || nbad > 0 || r == -1;
}

/*
 * Our header row: the key columns are named after those of the first
 * header row read (with -g, numbered: token1 token2), else key1, key2.
 */
static void
header(void)
{
	struct buf h = { 0 };
	const char *p, *q, *end;
	size_t i, cols;

	hdone = 1;
	buf_add(&h, "count", 5);
	if (pflag)
		buf_add(&h, "\tproportion", 11);
	cols = fields.n * gram;
	if (keynames.len > 0)
		for (i = 1, end = keynames.s + keynames.len; i <= gram; i++)
			for (p = keynames.s; p < end; p = q) {
				if ((q = memchr(p + 1, '\t',
				    (size_t)(end - p - 1))) == NULL)
					q = end;
				buf_add(&h, p, (size_t)(q - p));
				buf_grow(&h, 24);
				if (gram > 1)
					h.len += fmt_u64(h.s + h.len, i);
			}
	else if (cols == 1 || fields.open)
		buf_add(&h, "\tkey", 4);
	else
		for (i = 1; i <= cols; i++) {
			buf_add(&h, "\tkey", 4);
			buf_grow(&h, 24);
			h.len += fmt_u64(h.s + h.len, i);
		}
	buf_addc(&h, '\0');
	cli_columns(&cli, h.s);
	buf_free(&h);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "regexp", required_argument, NULL, 'e' },
		{ "fields", required_argument, NULL, 'f' },
		{ "ngram", required_argument, NULL, 'g' },
		{ "lower", no_argument, NULL, 'l' },
		{ "merge", no_argument, NULL, 'M' },
		{ "min-count", required_argument, NULL, 'm' },
		{ "top", required_argument, NULL, 'n' },
		{ "proportion", no_argument, NULL, 'p' },
		{ "stopwords", optional_argument, NULL, OPT_STOPWORDS },
		{ "header-in", no_argument, NULL, OPT_HEADER_IN },
		{ "invert-match", no_argument, NULL, 'v' },
		CLI_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	const char *stopfile = NULL;
	size_t i;
	int ch, rv;

	while ((ch = getopt_long(argc, argv, "e:f:g:HlMm:n:psv", longopts,
	    NULL)) != -1)
		switch (ch) {
		case 'e':
			rx = xreallocarray(rx, nrx + 1, sizeof(*rx));
			rx[nrx++] = re_user("-e", optarg, 0);
			if (rx[nrx - 1] == NULL)
				cli_usage(&cli);
			break;
		case 'f':
			flist = optarg;
			break;
		case 'g':
			gram = (size_t)cli_num(&cli, 'g', optarg, 1,
			    MAX_NGRAM);
			break;
		case 'l':
			lflag = 1;
			break;
		case 'M':
			mflag = 1;
			break;
		case 'm':
			mincount = (uint64_t)cli_num(&cli, 'm', optarg, 1,
			    LLONG_MAX);
			break;
		case 'n':
			top = (uint64_t)cli_num(&cli, 'n', optarg, 1,
			    LLONG_MAX);
			break;
		case 'p':
			pflag = 1;
			break;
		case 's':
			sflag = 1;
			break;
		case 'v':
			vflag = 1;
			break;
		case OPT_STOPWORDS:
			sflag = 1;
			stopfile = optarg;
			break;
		case OPT_HEADER_IN:
			hinflag = 1;
			break;
		default:
			cli_common(&cli, ch);
		}
	argc -= optind;
	argv += optind;
	if (flist == NULL)	/* plain text: the line; merge: every key field */
		flist = mflag ? "1-" : "1";
	for (i = 0, named = 0; flist[i] != '\0'; i++)
		if ((i == 0 || flist[i - 1] == ',') &&
		    ((flist[i] >= 'a' && flist[i] <= 'z') ||
		    (flist[i] >= 'A' && flist[i] <= 'Z')))
			named = 1;
	if (fields_named(NULL, 0) == -1) {
		warnx("-f: %s: invalid field list", flist);
		cli_usage(&cli);
	}
	if (mflag && gram > 1) {
		warnx("-g cannot be used with -M");
		cli_usage(&cli);
	}
	if (vflag && nrx == 0) {
		warnx("-v needs -e");
		cli_usage(&cli);
	}
	fast = fields.n == 1 && fields.v[0] == 1 && !fields.open &&
	    nrx == 0;
	for (i = 0; i < 256; i++)
		cls[i] = i <= 0x20 || i >= 0x7F ? C_SLOW :
		    i >= 'A' && i <= 'Z' ? C_UP : C_OK;
	cls['\t'] = C_TAB;
	cls['\n'] = C_NL;
	ws_init(&over, 0);
	if (sflag) {
		ws_init(&stop, WS_FOLD);
		if (stopfile == NULL)
			ws_load(&stop, data_stopwords, data_stopwords_len);
		else if (ws_load_file(&stop, stopfile) == -1)
			return 1;
		stopw_init();
	}
	if (gram > 1)
		ring = xcalloc(gram, sizeof(*ring));

	out_init();
	table_init(&tab);
	rv = cli_run(&cli, argc, argv, doc, NULL);
	if (!cli.with_filename && !out_error())
		emit(&tab, 0);
	if (cli.header && !hdone)
		header();
	if (over.n > 0)
		rv = 1;
	ws_free(&over);
	for (i = 0; i < nrx; i++)
		re_free(rx[i]);
	free(rx);
	rx = NULL;
	nrx = 0;
	buf_free(&keynames);
	return rv | out_close();
}
