/*
 * entities: people, organisations, places, dates and amounts in English
 * news, one row per mention, each with the canonical name the document
 * uses for it.  The recogniser is common/ner.c.
 */
#include <err.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "input.h"
#include "ner.h"
#include "tsv.h"
#include "util.h"
#include "wordset.h"

static struct cli cli = {
	"entities",
	"entities [-Huw] [-t types] [--header] [file ...]",
	"Find named entities: one row per mention, columns\n"
	"entity, type, mention, line, start, end, title.\n"
	"\n"
	"  -t, --types=LIST    keep only these types (comma-separated):\n"
	"                      PERSON ORG LOC NORP DATE TIME MONEY PERCENT\n"
	"                      CARDINAL HANDLE\n"
	"  -u, --unique        one row per entity: entity, type, count, mentions\n"
	"  -w, --wrapped       hard-wrapped text: only blank lines end\n"
	"                      paragraphs, and names may cross line breaks\n"
	"  -H, --with-filename a first column with the file name\n"
	"      --header        a first row with the column names\n"
	"      --help          this text\n"
	"      --version       the version\n",
	0, 0
};

static unsigned keep = (1u << NER_NTYPES) - 1;
static int uflag, wflag;
static struct ner *nr;

/* -w: the paragraph being gathered, its offset and first line */
#define PARA_CAP	(1u << 20)
static struct buf para;
static uint64_t paraoff, paraline;

/* -u: entities of the document in order of first mention. */
struct uent {
	uint64_t	 hash;
	char		*entity;
	struct buf	 forms;		/* distinct mentions, '|'-joined */
	uint64_t	 count;
	int		 type;
};
static struct uent *uv;
static size_t un, ucap;
static uint32_t *utab;
static size_t utabcap;

static void
parse_types(const char *arg)
{
	const char *p = arg, *q;
	int t;

	keep = 0;
	for (;;) {
		q = strchr(p, ',');
		if (q == NULL)
			q = p + strlen(p);
		if (q > p) {
			if ((t = ner_type_parse(p, (size_t)(q - p))) < 0) {
				warnx("-t: %.*s: unknown type", (int)(q - p),
				    p);
				cli_usage(&cli);
			}
			keep |= 1u << t;
		}
		if (*q == '\0')
			break;
		p = q + 1;
	}
	if (keep == 0) {
		warnx("-t: no types given");
		cli_usage(&cli);
	}
}

static void
u_clear(void)
{
	size_t i;

	for (i = 0; i < un; i++) {
		free(uv[i].entity);
		buf_free(&uv[i].forms);
	}
	un = 0;
	if (utab != NULL)
		memset(utab, 0xFF, utabcap * sizeof(*utab));
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

static void
u_add(const struct ner_mention *m)
{
	size_t n = strlen(m->entity), j, i;
	uint64_t h = hash_bytes(m->entity, n) ^ (uint64_t)m->type;
	struct uent *e;
	uint32_t id;
	char form[256];
	size_t fl = 0;

	if (2 * (un + 1) > utabcap) {
		free(utab);
		utabcap = utabcap ? 2 * utabcap : 256;
		utab = xreallocarray(NULL, utabcap, sizeof(*utab));
		memset(utab, 0xFF, utabcap * sizeof(*utab));
		for (i = 0; i < un; i++) {
			for (j = uv[i].hash & (utabcap - 1);
			    utab[j] != UINT32_MAX; j = (j + 1) & (utabcap - 1))
				;
			utab[j] = (uint32_t)i;
		}
	}
	for (j = h & (utabcap - 1); (id = utab[j]) != UINT32_MAX;
	    j = (j + 1) & (utabcap - 1))
		if (uv[id].hash == h && uv[id].type == m->type &&
		    strcmp(uv[id].entity, m->entity) == 0)
			break;
	if (id == UINT32_MAX) {
		if (un == ucap) {
			ucap = ucap ? 2 * ucap : 64;
			uv = xreallocarray(uv, ucap, sizeof(*uv));
		}
		id = (uint32_t)un++;
		utab[j] = id;
		e = &uv[id];
		memset(e, 0, sizeof(*e));
		e->hash = h;
		e->entity = xstrdup(m->entity);
		e->type = m->type;
	}
	e = &uv[id];
	e->count++;
	/* the form, white space collapsed, no '|' */
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
	if (fl > 0 && !has_form(&e->forms, form, fl) && e->forms.len < 4096) {
		if (e->forms.len > 0)
			buf_addc(&e->forms, '|');
		buf_add(&e->forms, form, fl);
	}
}

static void
u_flush(const struct input *in)
{
	size_t i;

	for (i = 0; i < un && !out_error(); i++) {
		cli_file_field(&cli, in);
		tsv_text(uv[i].entity, strlen(uv[i].entity));
		tsv_tab();
		tsv_str(ner_type_name(uv[i].type));
		tsv_tab();
		tsv_u64(uv[i].count);
		tsv_tab();
		tsv_text(uv[i].forms.s ? uv[i].forms.s : "", uv[i].forms.len);
		tsv_end();
	}
	u_clear();
}

/* Resolve what was fed and write it (or add it up for -u). */
static void
flush(const struct input *in)
{
	const struct ner_mention *m;
	size_t i, n;

	m = ner_resolve(nr, &n);
	for (i = 0; i < n && !out_error(); i++) {
		if (!(keep & (1u << m[i].type)))
			continue;
		if (uflag) {
			u_add(&m[i]);
			continue;
		}
		cli_file_field(&cli, in);
		tsv_text(m[i].entity, strlen(m[i].entity));
		tsv_tab();
		tsv_str(ner_type_name(m[i].type));
		tsv_tab();
		tsv_text(m[i].mention, m[i].mlen);
		tsv_tab();
		tsv_u64(m[i].line);
		tsv_tab();
		tsv_u64(m[i].start);
		tsv_tab();
		tsv_u64(m[i].end);
		tsv_tab();
		tsv_text(m[i].title, strlen(m[i].title));
		tsv_end();
	}
	ner_reset(nr);
}

/* Hand the gathered paragraph to the recogniser. */
static void
para_end(const struct input *in)
{
	if (para.len > 0)
		ner_para(nr, para.s, para.len, paraoff, paraline);
	buf_reset(&para);
	if (ner_full(nr))
		flush(in);
}

/*
 * -w: gather lines up to a blank one into one paragraph, line breaks
 * kept as they were so that offsets stay exact; a paragraph is handed on
 * once it reaches PARA_CAP, at the end of a line or of a piece of a long
 * one (where input.c cut it, at white space when it could).
 */
static void
wrapped_line(const struct input *in, const struct line *l)
{
	if (input_blank(l)) {
		para_end(in);
		return;
	}
	if (para.len == 0) {
		paraoff = l->off;
		paraline = l->lineno;
	}
	buf_add(&para, l->s, l->len);
	if (!l->more && l->eol > 0)
		buf_add(&para, l->eol == 2 ? "\r\n" : "\n", l->eol);
	if (para.len >= PARA_CAP)
		para_end(in);
}

static int
entities(struct input *in, void *arg)
{
	struct line l;
	int r;

	(void)arg;
	ner_reset(nr);
	u_clear();
	buf_reset(&para);
	while ((r = input_line(in, &l)) == 1) {
		if (wflag)
			wrapped_line(in, &l);
		else {
			ner_para(nr, l.s, l.len, l.off, l.lineno);
			if (ner_full(nr))
				flush(in);
		}
		if (out_error())
			break;
	}
	if (wflag)
		para_end(in);
	flush(in);
	if (uflag)
		u_flush(in);
	fflush(stdout);
	return r == -1;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "types", required_argument, NULL, 't' },
		{ "unique", no_argument, NULL, 'u' },
		{ "wrapped", no_argument, NULL, 'w' },
		CLI_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	int ch, rv;

	while ((ch = getopt_long(argc, argv, "Ht:uw", longopts, NULL)) != -1)
		switch (ch) {
		case 'w':
			wflag = 1;
			break;
		case 't':
			parse_types(optarg);
			break;
		case 'u':
			uflag = 1;
			break;
		default:
			cli_common(&cli, ch);
			break;
		}
	argc -= optind;
	argv += optind;

	out_init();
	nr = ner_new();
	ner_wrapped(nr, wflag);
	if (cli.header)
		tsv_header(uflag ? "entity\ttype\tcount\tmentions" :
		    "entity\ttype\tmention\tline\tstart\tend\ttitle",
		    cli.with_filename);
	rv = cli_run(&cli, argc, argv, entities, NULL);
	ner_free(nr);
	buf_free(&para);
	u_clear();
	free(uv);
	free(utab);
	return rv | out_close();
}
