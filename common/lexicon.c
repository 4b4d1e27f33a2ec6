/* lexicon.c: the recogniser's word lists as one table (lexicon.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "utf8.h"
#include "util.h"
#include "wordset.h"

DATA(ent_common);
DATA(ent_cues);
DATA(ent_given);
DATA(ent_norp);
DATA(ent_orgs);
DATA(ent_places);
DATA(ent_states);
DATA(ent_stopcaps);
DATA(quote_nouns);

static const struct {
	const char	*name;
	uint32_t	 bit;
} kinds[] = {
	{ "title", L_TITLE }, { "namesuf", L_NAMESUF },
	{ "orghead", L_ORGHEAD }, { "orgsuf", L_ORGSUF },
	{ "fachead", L_FACHEAD }, { "lochead", L_LOCHEAD },
	{ "locpre", L_LOCPRE }, { "conn", L_CONN },
	{ "particle", L_PARTICLE }, { "month", L_MONTH },
	{ "wday", L_WDAY }, { "dateword", L_DATEWORD },
	{ "daterel", L_DATEREL }, { "dateunit", L_DATEUNIT },
	{ "timeword", L_TIMEWORD }, { "currency", L_CURRENCY },
	{ "mag", L_MAG }, { "pct", L_PCT }, { "num", L_NUMW },
	{ "locprep", L_LOCPREP }, { "pverb", L_PVERB }, { "hon", L_HON }
};

/* The lexicon in use. */
static struct lexicon cur;

/* The one being built: one open-addressing table, key -> bits. */
static struct lent *lex;
static size_t lexcap, lexn;
static struct buf lexkeys;
static struct lent *hot;	/* see L_HOT */
static size_t hotcap;
static uint64_t lcfilt[LCBITS / 64];
static uint64_t pnfilt[LCBITS / 64];
static uint64_t keyfilt[KEYBITS / 64];
static uint64_t hotfilt[LCBITS / 64];

void
lex_use(const struct lexicon *l)
{
	cur = *l;
}

/* The two bits of the key filter for a key of hash h (not the low bits,
 * which place it in the table). */
#define KEYBIT1(h, nb)	((uint32_t)((h) >> 24) & ((nb) - 1))
#define KEYBIT2(h, nb)	((uint32_t)((h) >> 44) & ((nb) - 1))
#define HASBIT(v, b)	(((v)[(b) / 64] >> ((b) % 64)) & 1)
#define SETBIT(v, b)	((v)[(b) / 64] |= (uint64_t)1 << ((b) % 64))

/* May a key of hash h be in the filter v of nb bits? */
static inline int
in_filter(const uint64_t *v, uint32_t nb, uint64_t h)
{
	return HASBIT(v, KEYBIT1(h, nb)) && HASBIT(v, KEYBIT2(h, nb));
}

/* The slot of k[0..n), of hash h, in the table t of cap slots over keys,
 * or cap. */
static inline size_t
probe_h(const struct lent *t, size_t cap, const char *keys, const char *k,
    size_t n, uint64_t h)
{
	size_t j;

	for (j = h & (cap - 1); t[j].len != 0; j = (j + 1) & (cap - 1))
		if (t[j].hash == (uint32_t)h && t[j].len == n &&
		    memcmp(keys + t[j].off, k, n) == 0)
			return j;
	return cap;
}

static inline size_t
probe(const struct lent *t, size_t cap, const char *keys, const char *k,
    size_t n)
{
	if (n == 0 || cap == 0)
		return cap;
	return probe_h(t, cap, keys, k, n, hash_bytes(k, n));
}

/* The entry of k[0..n) in table t of cap slots, told absent first by
 * its filter f of nb bits, or NULL. */
static inline const struct lent *
find_in(const struct lent *t, size_t cap, const uint64_t *f, uint32_t nb,
    const char *k, size_t n)
{
	uint64_t h;
	size_t j;

	if (n == 0 || cap == 0)
		return NULL;
	h = hash_bytes(k, n);
	if (!in_filter(f, nb, h))
		return NULL;
	j = probe_h(t, cap, cur.keys, k, n, h);
	return j < cap ? &t[j] : NULL;
}

const struct lent *
lex_find(const char *k, size_t n)
{
	return find_in(cur.lex, cur.cap, cur.keyfilt, KEYBITS, k, n);
}

const struct lent *
hot_find(const char *k, size_t n)
{
	return find_in(cur.hot, cur.hotcap, cur.hotfilt, LCBITS, k, n);
}

int
lex_lcany(uint32_t b)
{
	return (cur.lcfilt[b / 64] >> (b % 64)) & 1;
}

int
lex_pnoun(uint32_t b)
{
	return (cur.pnfilt[b / 64] >> (b % 64)) & 1;
}

int
lex_lc2(unsigned b)
{
	return (cur.lc2filt[b / 64] >> (b % 64)) & 1;
}

static void
lex_grow(void)
{
	struct lent *old = lex;
	size_t i, j, oldcap = lexcap;

	lexcap = lexcap ? 2 * lexcap : 1u << 18;
	lex = xcalloc(lexcap, sizeof(*lex));
	for (i = 0; i < oldcap; i++) {
		if (old[i].len == 0)
			continue;
		for (j = old[i].hash & (lexcap - 1); lex[j].len != 0;
		    j = (j + 1) & (lexcap - 1))
			;
		lex[j] = old[i];
	}
	free(old);
}

/* The entry of k[0..n) in the table being built, or NULL. */
static struct lent *
find_mut(const char *k, size_t n)
{
	size_t j = probe(lex, lexcap, lexkeys.s, k, n);

	return j < lexcap ? &lex[j] : NULL;
}

/*
 * The hot table: the lower-case entries that matter for lower-case words
 * (cues, lower-cased places), small enough to stay in cache; a lower-case
 * word is looked up here only.
 */
#define L_HOT	(~(L_COMMON | L_GIVEN | L_NORP | L_ORG | L_PLACE | \
		    L_STATE | L_PREFIX))

/* A cheap hash of a word: its length, first three and last bytes. */
uint32_t
lcslot(const char *k, size_t n)
{
	uint32_t h = (uint32_t)n * 2654435761u;

	h ^= (unsigned char)k[0] * 40503u;
	if (n > 1)
		h ^= (unsigned char)k[1] * 9973u;
	if (n > 2)
		h ^= (unsigned char)k[2] * 769u;
	h ^= (unsigned char)k[n - 1] * 131071u;
	h ^= h >> 15;
	return h & (LCBITS - 1);
}

static void
hot_init(void)
{
	size_t i, j, n = 0;
	uint32_t bits;

	for (i = 0; i < lexcap; i++)
		if (lex[i].len != 0 && lexkeys.s[lex[i].off] >= 'a' &&
		    lexkeys.s[lex[i].off] <= 'z' && (lex[i].bits &
		    (L_HOT | L_PREFIX)))
			n++;
	for (hotcap = 64; hotcap < 4 * n; hotcap *= 2)
		;
	hot = xcalloc(hotcap, sizeof(*hot));
	for (i = 0; i < lexcap; i++) {
		if (lex[i].len == 0 || lexkeys.s[lex[i].off] < 'a' ||
		    lexkeys.s[lex[i].off] > 'z')
			continue;
		bits = lex[i].bits;
		if (!(bits & (L_HOT | L_PREFIX)))
			continue;
		for (j = lex[i].hash & (hotcap - 1); hot[j].len != 0;
		    j = (j + 1) & (hotcap - 1))
			;
		hot[j] = lex[i];
		if (bits & (L_LCANY | L_PARTICLE)) {
			uint32_t b = lcslot(lexkeys.s + lex[i].off,
			    lex[i].len);

			lcfilt[b / 64] |= (uint64_t)1 << (b % 64);
		}
	}
}

static void
lex_put(const char *k, size_t n, uint32_t bits)
{
	struct lent *e;
	uint64_t h;
	size_t j;

	if (n == 0)
		return;
	if ((e = find_mut(k, n)) != NULL) {
		e->bits |= bits;
		return;
	}
	if (2 * (lexn + 1) > lexcap)
		lex_grow();
	h = hash_bytes(k, n);
	for (j = h & (lexcap - 1); lex[j].len != 0; j = (j + 1) & (lexcap - 1))
		;
	lex[j].hash = (uint32_t)h;
	lex[j].off = (uint32_t)lexkeys.len;
	lex[j].len = (uint32_t)n;
	lex[j].bits = bits;
	buf_add(&lexkeys, k, n);
	lexn++;
}

/* Add an entry and mark its word prefixes. */
static void
lex_add(const char *k, size_t n, uint32_t bits)
{
	size_t i;

	for (i = 1; i < n; i++)
		if (k[i] == ' ')
			lex_put(k, i, L_PREFIX);
	lex_put(k, n, bits);
}

static uint32_t
kind_bits(const char *v, size_t n)
{
	uint32_t bits = 0;
	size_t a, b, i;

	for (a = 0; a < n; a = b + 1) {
		for (b = a; b < n && v[b] != ','; b++)
			;
		for (i = 0; i < LEN(kinds); i++)
			if (strlen(kinds[i].name) == b - a &&
			    memcmp(kinds[i].name, v + a, b - a) == 0)
				bits |= kinds[i].bit;
	}
	return bits;
}

/* Load a list (wordset.h syntax): "entry", or "entry<TAB>kinds" when
 * cues; an entry of cues is on one line only. */
static void
lex_load(const char *text, size_t len, uint32_t bits, int cues)
{
	struct wsline l;
	size_t pos = 0;

	while ((pos = ws_line(text, len, pos, &l)) != 0)
		lex_add(l.key, l.klen, cues && l.val != NULL ?
		    kind_bits(l.val, l.vlen) : bits);
}

/*
 * The entries that keep() accepts, copied (*np of them): lex_put() may
 * grow the table, so the passes below add from a copy.
 */
static struct lent *
lex_copy(int (*keep)(const struct lent *), size_t *np)
{
	struct lent *copy = NULL;
	size_t i, n = 0, cap = 0;

	for (i = 0; i < lexcap; i++) {
		if (lex[i].len == 0 || !keep(&lex[i]))
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 256;
			copy = xreallocarray(copy, cap, sizeof(*copy));
		}
		copy[n++] = lex[i];
	}
	*np = n;
	return copy;
}

/* An entry of its own (not only a prefix) with a byte outside ASCII. */
static int
accented(const struct lent *e)
{
	const char *k = lexkeys.s + e->off;
	size_t i;

	if ((e->bits & ~L_PREFIX) == 0)
		return 0;
	for (i = 0; i < e->len; i++)
		if ((unsigned char)k[i] >= 0x80)
			return 1;
	return 0;
}

/* Tamil Nadu for Tamil Nādu: news often drops the accents.  Each entry
 * with accents is found without them too, when that is five bytes or
 * more and no entry of its own (Para is no Pará, Leon stays a name). */
static void
lex_fold_accents(void)
{
	char fold[256];
	size_t i, n, ncopy;
	struct lent *copy, *e;

	copy = lex_copy(accented, &ncopy);
	for (i = 0; i < ncopy; i++) {
		n = u8_ascii_fold(lexkeys.s + copy[i].off, copy[i].len, fold,
		    sizeof(fold));
		if (n < 5 || ((e = find_mut(fold, n)) != NULL &&
		    (e->bits & ~L_PREFIX)))
			continue;
		lex_add(fold, n, copy[i].bits & ~L_PREFIX);
	}
	free(copy);
}

/* A place of four bytes or more. */
static int
long_place(const struct lent *e)
{
	return e->len >= 4 && (e->bits & L_PLACE);
}

/* The first two bytes of the second word of each lower-cased place of
 * several words (the second 0 for a word of one letter). */
static uint64_t lc2filt[(1u << 16) / 64];

/* Lower-cased copies of the places (for "tampa bay", "florida"). */
static void
lex_lower_places(void)
{
	struct buf k = { 0 };
	size_t i, j, n;
	struct lent *copy;
	const char *p;
	unsigned b;
	int ascii;

	copy = lex_copy(long_place, &n);
	for (i = 0; i < n; i++) {
		buf_reset(&k);
		buf_add(&k, lexkeys.s + copy[i].off, copy[i].len);
		ascii = 1;
		for (j = 0; j < k.len; j++) {
			if ((unsigned char)k.s[j] >= 0x80)
				ascii = 0;
			if (k.s[j] >= 'A' && k.s[j] <= 'Z')
				k.s[j] |= 0x20;
		}
		if (!ascii || memchr(k.s, '.', k.len) != NULL)
			continue;
		for (j = 1; j < k.len; j++)
			if (k.s[j] == ' ')
				lex_put(k.s, j, L_PREFIX | L_LCPREFIX);
		lex_put(k.s, k.len, L_PLACELC);
		if ((p = memchr(k.s, ' ', k.len)) != NULL &&
		    p + 1 < k.s + k.len) {
			b = (unsigned char)p[1] << 8;
			if (p + 2 < k.s + k.len && p[2] != ' ')
				b |= (unsigned char)p[2];
			lc2filt[b / 64] |= (uint64_t)1 << (b % 64);
		}
	}
	free(copy);
	buf_free(&k);
}

/* The person nouns' filter. */
static void
pnoun_init(void)
{
	struct wsline l;
	size_t pos = 0;
	uint32_t b;

	while ((pos = ws_line(data_quote_nouns, data_quote_nouns_len, pos,
	    &l)) != 0)
		if (l.klen > 0) {
			b = lcslot(l.key, l.klen);
			pnfilt[b / 64] |= (uint64_t)1 << (b % 64);
		}
}

/* Filter f of nb bits: two bits for every entry of table t (cap slots). */
static void
filter_fill(uint64_t *f, uint32_t nb, const struct lent *t, size_t cap)
{
	uint64_t h;
	size_t i;

	for (i = 0; i < cap; i++) {
		if (t[i].len == 0)
			continue;
		h = hash_bytes(lexkeys.s + t[i].off, t[i].len);
		SETBIT(f, KEYBIT1(h, nb));
		SETBIT(f, KEYBIT2(h, nb));
	}
}

const struct lexicon *
lex_build(void)
{
	static struct lexicon built;

	if (built.cap != 0)
		return &built;
	lex_grow();
	lex_load(data_ent_places, data_ent_places_len, L_PLACE, 0);
	lex_load(data_ent_norp, data_ent_norp_len, L_NORP, 0);
	lex_load(data_ent_orgs, data_ent_orgs_len, L_ORG, 0);
	lex_load(data_ent_given, data_ent_given_len, L_GIVEN, 0);
	lex_load(data_ent_common, data_ent_common_len, L_COMMON, 0);
	lex_load(data_ent_states, data_ent_states_len, L_STATE, 0);
	lex_fold_accents();
	lex_lower_places();
	lex_load(data_ent_cues, data_ent_cues_len, 0, 1);
	lex_load(data_ent_stopcaps, data_ent_stopcaps_len, L_STOPCAP, 0);
	hot_init();
	pnoun_init();
	filter_fill(keyfilt, KEYBITS, lex, lexcap);
	filter_fill(hotfilt, LCBITS, hot, hotcap);
	built.lex = lex;
	built.cap = lexcap;
	built.n = lexn;
	built.hot = hot;
	built.hotcap = hotcap;
	built.keys = lexkeys.s;
	built.keylen = lexkeys.len;
	built.lcfilt = lcfilt;
	built.pnfilt = pnfilt;
	built.lc2filt = lc2filt;
	built.keyfilt = keyfilt;
	built.hotfilt = hotfilt;
	return &built;
}

/* A table of entries as C, only the used slots given. */
static void
write_ents(FILE *fp, const char *name, const struct lent *e, size_t n)
{
	size_t i;

	fprintf(fp, "static const struct lent %s[%zu] = {\n", name, n);
	for (i = 0; i < n; i++)
		if (e[i].len != 0)
			fprintf(fp, "\t[%zu] = { %lu, %lu, %lu, %#lx },\n", i,
			    (unsigned long)e[i].hash, (unsigned long)e[i].off,
			    (unsigned long)e[i].len, (unsigned long)e[i].bits);
	fputs("};\n", fp);
}

static void
write_bits(FILE *fp, const char *name, const uint64_t *v, size_t n)
{
	size_t i;

	fprintf(fp, "static const uint64_t %s[%zu] = {\n", name, n);
	for (i = 0; i < n; i++)
		if (v[i] != 0)
			fprintf(fp, "\t[%zu] = %#llxull,\n", i,
			    (unsigned long long)v[i]);
	fputs("};\n", fp);
}

int
lex_write(const struct lexicon *l, FILE *fp)
{
	fputs("/* Written by tabgen from the lists: do not edit. */\n"
	    "#include \"lexicon.h\"\n\n", fp);
	write_ents(fp, "lex", l->lex, l->cap);
	write_ents(fp, "hot", l->hot, l->hotcap);
	write_bits(fp, "lcfilt", l->lcfilt, LCBITS / 64);
	write_bits(fp, "pnfilt", l->pnfilt, LCBITS / 64);
	write_bits(fp, "lc2filt", l->lc2filt, (1u << 16) / 64);
	write_bits(fp, "keyfilt", l->keyfilt, KEYBITS / 64);
	write_bits(fp, "hotfilt", l->hotfilt, LCBITS / 64);
	fputs("static const char keys[] =\n", fp);
	ws_write_bytes(fp, l->keys, l->keylen);
	fprintf(fp, ";\nconst struct lexicon tab_lexicon = {\n"
	    "\tlex, %zu, %zu, hot, %zu, keys, %zu, lcfilt, pnfilt, lc2filt,\n"
	    "\tkeyfilt, hotfilt\n};\n", l->cap, l->n, l->hotcap, l->keylen);
	return ferror(fp) ? -1 : 0;
}
