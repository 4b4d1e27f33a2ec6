/* tally.c: the entities of a whole document (tally.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "ner.h"
#include "tally.h"
#include "wordset.h"

void
tally_clear(struct tally *t)
{
	size_t i;

	for (i = 0; i < t->n; i++) {
		free(t->v[i].entity);
		buf_free(&t->v[i].forms);
	}
	t->n = 0;
	if (t->tab != NULL)
		memset(t->tab, 0xFF, t->tabcap * sizeof(*t->tab));
}

void
tally_free(struct tally *t)
{
	tally_clear(t);
	free(t->v);
	free(t->tab);
	memset(t, 0, sizeof(*t));
}

/* Does the '|'-joined list b hold s[0..n)? */
static int
has_form(const struct buf *b, const char *s, size_t n)
{
	size_t i = 0, j;

	while (i < b->len) {
		for (j = i; j < b->len && b->s[j] != '|'; j++)
			;
		if (j - i == n && memcmp(b->s + i, s, n) == 0)
			return 1;
		i = j + 1;
	}
	return 0;
}

/* Entity ent of that type, one more mention written as form[0..fl)
 * unless form is NULL. */
static struct tent *
add(struct tally *t, const char *ent, int type, const char *form, size_t fl)
{
	size_t n = strlen(ent), j, i;
	uint64_t h = hash_bytes(ent, n) ^ (uint64_t)type;
	struct tent *e;
	uint32_t id;

	if (2 * (t->n + 1) > t->tabcap) {
		free(t->tab);
		t->tabcap = t->tabcap ? 2 * t->tabcap : 256;
		t->tab = xreallocarray(NULL, t->tabcap, sizeof(*t->tab));
		memset(t->tab, 0xFF, t->tabcap * sizeof(*t->tab));
		for (i = 0; i < t->n; i++) {
			for (j = t->v[i].hash & (t->tabcap - 1);
			    t->tab[j] != UINT32_MAX;
			    j = (j + 1) & (t->tabcap - 1))
				;
			t->tab[j] = (uint32_t)i;
		}
	}
	for (j = h & (t->tabcap - 1); (id = t->tab[j]) != UINT32_MAX;
	    j = (j + 1) & (t->tabcap - 1))
		if (t->v[id].hash == h && t->v[id].type == type &&
		    strcmp(t->v[id].entity, ent) == 0)
			break;
	if (id == UINT32_MAX) {
		if (t->n == t->cap) {
			t->cap = t->cap ? 2 * t->cap : 64;
			t->v = xreallocarray(t->v, t->cap, sizeof(*t->v));
		}
		id = (uint32_t)t->n++;
		t->tab[j] = id;
		e = &t->v[id];
		memset(e, 0, sizeof(*e));
		e->hash = h;
		e->entity = xstrdup(ent);
		e->type = type;
	}
	e = &t->v[id];
	if (form == NULL)
		return e;
	e->count++;
	if (fl > 0 && !has_form(&e->forms, form, fl) && e->forms.len < 4096) {
		if (e->forms.len > 0)
			buf_addc(&e->forms, '|');
		buf_add(&e->forms, form, fl);
	}
	return e;
}

/* A mention as a record, "m entity NUL type form NUL", the form with
 * white space collapsed and no '|'. */
void
tally_mention(struct buf *b, const struct ner_mention *m)
{
	size_t i, fl = 0;
	char form[256];

	for (i = 0; i < m->mlen && fl < sizeof(form) - 1; i++) {
		unsigned char c = (unsigned char)m->mention[i];

		if (c <= ' ' || c == '|') {
			if (fl > 0 && form[fl - 1] != ' ')
				form[fl++] = ' ';
			continue;
		}
		form[fl++] = (char)c;
	}
	while (fl > 0 && form[fl - 1] == ' ')
		fl--;
	buf_addc(b, 'm');
	buf_add(b, m->entity, strlen(m->entity) + 1);
	buf_addc(b, m->type);
	buf_add(b, form, fl);
	buf_addc(b, '\0');
}

/* What the text says of an entity, as a record: "e entity NUL type
 * evf,evm,npron NUL". */
void
tally_entity(struct buf *b, const struct entity *e)
{
	char num[80];
	int n;

	n = snprintf(num, sizeof(num), "%lu,%lu,%lu", (unsigned long)e->evf,
	    (unsigned long)e->evm, (unsigned long)e->npron);
	buf_addc(b, 'e');
	buf_add(b, e->name, strlen(e->name) + 1);
	buf_addc(b, e->type);
	buf_add(b, num, (size_t)n + 1);
}

void
tally_records(struct tally *t, const struct buf *b)
{
	const char *p = b->s, *end, *form;
	struct tent *e;
	char *q;
	size_t n, fl;

	if (b->len == 0)
		return;
	end = b->s + b->len;
	while (p < end) {
		n = strlen(p + 1);
		form = p + 1 + n + 2;
		fl = strlen(form);
		e = add(t, p + 1, (unsigned char)p[n + 2], *p == 'm' ? form :
		    NULL, fl);
		if (*p == 'e') {
			e->evf += strtoul(form, &q, 10);
			e->evm += strtoul(q + 1, &q, 10);
			e->npron += strtoul(q + 1, NULL, 10);
		}
		p = form + fl + 1;
	}
}

