/*
 * freq: count the keys of line-oriented input and print them by count.
 *
 * One hash table of distinct keys (open addressing, linear probing) whose
 * slots hold a 32-bit hash and the index of an entry; an entry is a 64-bit
 * count and a pointer into an arena, where the key's bytes follow their
 * length.  Keys are cleaned as TSV text fields are (see tsv.h) before they
 * are counted, so that what is counted is exactly what is printed and
 * "freq -M" of freq's output gives that output back.  Sorting happens once,
 * at the end (at the end of every document with -H).
 */
#include <err.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "input.h"
#include "tsv.h"
#include "utf8.h"
#include "util.h"
#include "wordset.h"

DATA(stopwords);

#define ARENA_CHUNK	(1u << 20)
#define MAX_KEYS	(((size_t)1 << 31) - 1)
#define MAX_NGRAM	64

enum {
	OPT_STOPWORDS = CLI_FIRST_TOOL_OPT
};

/* Byte classes for the fast path of a one-field key. */
enum {
	C_OK = 0,	/* printable ASCII other than A-Z */
	C_UP = 1,	/* A-Z */
	C_SLOW = 2,	/* space, control, DEL, non-ASCII */
	C_TAB = 4
};

struct slot {
	uint32_t	 idx;		/* entry index + 1; 0: empty */
	uint32_t	 hash;		/* low 32 bits of the key's hash */
};

struct ent {
	uint64_t	 count;
	const unsigned char *rec;	/* arena: LEB128 length, then bytes */
};

struct chunk {
	struct chunk	*next;
	size_t		 used, cap;
	unsigned char	 mem[];
};

struct table {
	struct slot	*slot;
	struct ent	*ent;
	size_t		 cap, n, entcap;
	struct chunk	*arena;
	uint64_t	 total;		/* every count added */
};

struct span {
	const char	*s;
	size_t		 n;
};

static struct cli cli = {
	"freq",
	"freq [-HlMps] [-f list] [-g n] [-m min] [-n top] [--header]\n"
	"            [--stopwords[=file]] [file ...]",
	"  -f, --fields=LIST   key fields, cut(1) syntax (default 1)\n"
	"  -g, --ngram=N       count n-grams of N consecutive keys\n"
	"  -H, --with-filename counts per file, file column first\n"
	"  -l, --lower         Unicode case folding of keys\n"
	"  -M, --merge         input is freq output: sum equal keys\n"
	"  -m, --min-count=N   only keys counted at least N times\n"
	"  -n, --top=N         only the first N rows\n"
	"  -p, --proportion    add a proportion column after count\n"
	"  -s                  drop common English function words\n"
	"      --stopwords[=FILE]  the same, FILE replacing the list\n"
	"      --header        first row of column names\n"
	"      --help          this text\n"
	"      --version       version\n"
	"Columns: [file] count [proportion] key...\n",
	0, 0
};

static struct fields fields;
static size_t need;		/* highest field number listed */
static int fast;		/* the key is field 1 alone */
static int lflag, mflag, pflag, sflag;
static size_t gram = 1;
static uint64_t mincount = 1, top;
static struct wordset stop;

static struct table tab;
static unsigned char cls[256];
static struct buf kb, fold, acc, gramkey, fname;
static struct span *fv;
static size_t fvcap;
static struct buf *ring;
static size_t nring;		/* keys seen in this document, for -g */

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

static const unsigned char *
arena_put(struct table *t, const char *s, size_t n)
{
	struct chunk *c = t->arena;
	unsigned char *p, *start;
	size_t need_bytes = n + 10, v;

	if (c == NULL || c->cap - c->used < need_bytes) {
		v = MAX(ARENA_CHUNK, need_bytes);
		c = xmalloc(sizeof(*c) + v);
		c->cap = v;
		c->used = 0;
		c->next = t->arena;
		t->arena = c;
	}
	start = p = c->mem + c->used;
	for (v = n; v >= 0x80; v >>= 7)
		*p++ = (unsigned char)(v | 0x80);
	*p++ = (unsigned char)v;
	memcpy(p, s, n);
	c->used += (size_t)(p - start) + n;
	return start;
}

/* The bytes of an arena record; *n set to their length. */
static const char *
rec_key(const unsigned char *p, size_t *n)
{
	size_t v = 0;
	int shift = 0;

	while (*p & 0x80) {
		v |= (size_t)(*p++ & 0x7F) << shift;
		shift += 7;
	}
	*n = v | (size_t)*p++ << shift;
	return (const char *)p;
}

static void
table_init(struct table *t)
{
	t->cap = 1024;
	t->slot = xcalloc(t->cap, sizeof(*t->slot));
	t->entcap = t->cap / 2;
	t->ent = xreallocarray(NULL, t->entcap, sizeof(*t->ent));
	t->n = 0;
	t->total = 0;
	t->arena = NULL;
}

static void
table_free(struct table *t)
{
	free(t->slot);
	free(t->ent);
	arena_free(t);
	memset(t, 0, sizeof(*t));
}

static void
table_grow(struct table *t)
{
	struct slot *old = t->slot;
	size_t oldcap = t->cap, i, j, mask;

	t->cap *= 2;
	t->slot = xcalloc(t->cap, sizeof(*t->slot));
	mask = t->cap - 1;
	for (i = 0; i < oldcap; i++) {
		if (old[i].idx == 0)
			continue;
		for (j = old[i].hash & mask; t->slot[j].idx != 0;
		    j = (j + 1) & mask)
			;
		t->slot[j] = old[i];
	}
	free(old);
	t->entcap = t->cap / 2;
	t->ent = xreallocarray(t->ent, t->entcap, sizeof(*t->ent));
}

/* Add c to the count of key s[0..n). */
static void
add(struct table *t, const char *s, size_t n, uint64_t c)
{
	struct slot *sl;
	struct ent *e;
	const char *k;
	size_t i, mask, kn;
	uint64_t h;
	uint32_t h32;

	if (c > UINT64_MAX - t->total)
		errx(1, "count overflow: the total exceeds 2^64 - 1");
	t->total += c;
	h = hash_bytes(s, n);
	h32 = (uint32_t)h;
	mask = t->cap - 1;
	for (i = h32 & mask; (sl = &t->slot[i])->idx != 0; i = (i + 1) & mask) {
		if (sl->hash != h32)
			continue;
		e = &t->ent[sl->idx - 1];
		k = rec_key(e->rec, &kn);
		if (kn == n && memcmp(k, s, n) == 0) {
			e->count += c;	/* cannot wrap: below total */
			return;
		}
	}
	if (t->n >= MAX_KEYS)
		errx(1, "too many distinct keys");
	e = &t->ent[t->n];
	e->count = c;
	e->rec = arena_put(t, s, n);
	sl->idx = (uint32_t)++t->n;
	sl->hash = h32;
	if (t->n >= t->entcap)
		table_grow(t);
}

static int
cmp_ent(const void *a, const void *b)
{
	const struct ent *x = a, *y = b;
	const char *p, *q;
	size_t m, n;
	int r;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	p = rec_key(x->rec, &m);
	q = rec_key(y->rec, &n);
	if ((r = memcmp(p, q, MIN(m, n))) != 0)
		return r;
	return m < n ? -1 : m > n;
}

/* Print the table, sorted, then empty it. */
static void
emit(struct table *t, int with_file)
{
	struct ent *e, *end;
	const char *k;
	size_t n, i, rows;
	char num[24];

	end = t->ent;
	for (e = t->ent; e < t->ent + t->n; e++)
		if (e->count >= mincount)
			*end++ = *e;
	rows = (size_t)(end - t->ent);
	qsort(t->ent, rows, sizeof(*t->ent), cmp_ent);
	if (top > 0 && top < rows)
		rows = (size_t)top;
	for (i = 0; i < rows && !(i % 4096 == 0 && out_error()); i++) {
		e = &t->ent[i];
		if (with_file) {
			tsv_raw(fname.s, fname.len);
			tsv_tab();
		}
		tsv_raw(num, fmt_u64(num, e->count));
		if (pflag)
			printf("\t%.6f", (double)e->count / (double)t->total);
		tsv_tab();
		k = rec_key(e->rec, &n);
		tsv_raw(k, n);
		tsv_end();
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

/* Count one key (with -g, the n-gram it ends). */
static void
count_key(const char *k, size_t n, uint64_t c)
{
	struct buf *r;
	size_t i;

	if (sflag && is_stopword(k, n))
		return;
	if (gram == 1) {
		add(&tab, k, n, c);
		return;
	}
	r = &ring[nring % gram];
	buf_reset(r);
	buf_add(r, k, n);
	if (++nring < gram)
		return;
	buf_reset(&gramkey);
	for (i = nring - gram; i < nring; i++) {
		if (i > nring - gram)
			buf_addc(&gramkey, '\t');
		r = &ring[i % gram];
		buf_add(&gramkey, r->s, r->len);
	}
	add(&tab, gramkey.s, gramkey.len, c);
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
		*why = "no count";
		return -1;
	}
	if (c == 0) {
		*why = "count of zero";
		return -1;
	}
	if (i == n || i + 1 == n) {
		*why = "no key";
		return -1;
	}
	if (key_of(s + i + 1, n - i - 1, &k, &kn))
		count_key(k, kn, c);
	return 0;
}

static int
doc(struct input *in, void *arg)
{
	struct line l;
	const char *s, *k, *why;
	size_t n, kn, tabs = 0, bad = 0;
	uint64_t badline = 0;
	int r, rv = 0;

	(void)arg;
	nring = 0;
	buf_reset(&acc);
	while ((r = input_line(in, &l)) == 1) {
		if (l.more || l.cont) {
			/* a long line: keep what the key can need */
			if (!l.cont)
				tabs = 0;
			if (fields.open || tabs < need + (size_t)mflag) {
				buf_add(&acc, l.s, l.len);
				for (s = l.s; (s = memchr(s, '\t',
				    l.len - (size_t)(s - l.s))) != NULL; s++)
					tabs++;
			}
			if (l.more)
				continue;
			s = acc.s;
			n = acc.len;
		} else {
			s = l.s;
			n = l.len;
		}
		if (mflag) {
			if (n > 0 && merge_line(s, n, &why) == -1 &&
			    bad++ == 0) {
				warnx("%s:%llu: %s", in->label,
				    (unsigned long long)l.lineno, why);
				badline = l.lineno;
			}
		} else if (key_of(s, n, &k, &kn))
			count_key(k, kn, 1);
		buf_reset(&acc);
	}
	if (bad > 1)
		warnx("%s: %zu malformed lines skipped (first at line %llu)",
		    in->label, bad, (unsigned long long)badline);
	if (bad > 0)
		rv = 1;
	if (cli.with_filename) {
		buf_reset(&fname);
		clean(&fname, in->name, strlen(in->name), 0);
		emit(&tab, 1);
	}
	return rv | (r == -1);
}

static void
header(void)
{
	struct buf h = { 0 };
	size_t i, cols;

	buf_add(&h, "count", 5);
	if (pflag)
		buf_add(&h, "\tproportion", 11);
	cols = fields.n * gram;
	if (cols == 1 || fields.open)
		buf_add(&h, "\tkey", 4);
	else
		for (i = 1; i <= cols; i++) {
			buf_add(&h, "\tkey", 4);
			buf_grow(&h, 24);
			h.len += fmt_u64(h.s + h.len, i);
		}
	buf_addc(&h, '\0');
	tsv_header(h.s, cli.with_filename);
	buf_free(&h);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "fields", required_argument, NULL, 'f' },
		{ "ngram", required_argument, NULL, 'g' },
		{ "lower", no_argument, NULL, 'l' },
		{ "merge", no_argument, NULL, 'M' },
		{ "min-count", required_argument, NULL, 'm' },
		{ "top", required_argument, NULL, 'n' },
		{ "proportion", no_argument, NULL, 'p' },
		{ "stopwords", optional_argument, NULL, OPT_STOPWORDS },
		CLI_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	const char *flist = "1", *stopfile = NULL;
	size_t i;
	int ch, rv;

	while ((ch = getopt_long(argc, argv, "f:g:HlMm:n:ps", longopts,
	    NULL)) != -1)
		switch (ch) {
		case 'f':
			flist = optarg;
			break;
		case 'g':
			gram = (size_t)num_opt(optarg, 'g', 1, MAX_NGRAM);
			break;
		case 'l':
			lflag = 1;
			break;
		case 'M':
			mflag = 1;
			break;
		case 'm':
			mincount = (uint64_t)num_opt(optarg, 'm', 1,
			    LLONG_MAX);
			break;
		case 'n':
			top = (uint64_t)num_opt(optarg, 'n', 1, LLONG_MAX);
			break;
		case 'p':
			pflag = 1;
			break;
		case 's':
			sflag = 1;
			break;
		case OPT_STOPWORDS:
			sflag = 1;
			stopfile = optarg;
			break;
		default:
			cli_common(&cli, ch);
		}
	argc -= optind;
	argv += optind;
	if (fields_parse(&fields, flist) == -1) {
		warnx("-f: %s: invalid field list", flist);
		cli_usage(&cli);
	}
	if (mflag && gram > 1) {
		warnx("-g cannot be used with -M");
		cli_usage(&cli);
	}
	for (i = 0; i < fields.n; i++)
		need = MAX(need, fields.v[i]);
	fast = fields.n == 1 && fields.v[0] == 1 && !fields.open;
	for (i = 0; i < 256; i++)
		cls[i] = i <= 0x20 || i >= 0x7F ? C_SLOW :
		    i >= 'A' && i <= 'Z' ? C_UP : C_OK;
	cls['\t'] = C_TAB;
	if (sflag) {
		ws_init(&stop, WS_FOLD);
		if (stopfile == NULL)
			ws_load(&stop, data_stopwords, data_stopwords_len);
		else if (ws_load_file(&stop, stopfile) == -1)
			return 1;
	}
	if (gram > 1)
		ring = xcalloc(gram, sizeof(*ring));

	out_init();
	table_init(&tab);
	if (cli.header)
		header();
	rv = cli_run(&cli, argc, argv, doc, NULL);
	if (!cli.with_filename && !out_error())
		emit(&tab, 0);
	return rv | out_close();
}
