/*
 * entities: people, organisations, places, dates and amounts in English
 * news, one row per mention, each with the canonical name the document
 * uses for it.  The recogniser is common/ner.c.
 */
#include <err.h>
#include <getopt.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "coref.h"
#include "input.h"
#include "names.h"
#include "ner.h"
#include "sent.h"
#include "sentin.h"
#include "tally.h"
#include "tsv.h"
#include "util.h"
#include "wordset.h"

static struct cli cli = {
	"entities",
	"entities [-Huw] [-j jobs] [-t types] [--header]\n"
	"                [--csv | --jsonl | --format=fmt] [file ...]",
	"Find the people, places, organisations, dates and amounts of news.\n"
	"\n"
	"  -j, --jobs=N        threads (default: the processors, at most 4);\n"
	"                      the output is the same whatever N\n"
	"  -t, --types=LIST    keep only these types (comma-separated, any\n"
	"                      case): PERSON ORG LOC NORP DATE TIME MONEY\n"
	"                      PERCENT CARDINAL HANDLE\n"
	"  -u, --unique        one row per entity: entity, type, count, mentions,\n"
	"                      gender, pronouns\n"
	"  -w, --wrapped       hard-wrapped text: only blank lines end\n"
	"                      paragraphs, and names may cross line breaks\n"
	"  -H, --with-filename a first column with the file name\n"
	"      --csv, --jsonl  --format=csv, --format=jsonl\n"
	"      --format=FMT    tsv (the default), csv or jsonl\n"
	"      --header        a first row with the column names\n"
	"      --help          this text\n"
	"      --version       the version\n"
	"Columns: entity type mention line start end title sent.\n",
	0, 0
};

static unsigned keep = (1u << NER_NTYPES) - 1;
static int uflag, wflag;

/*
 * The text is cut into blocks of whole paragraphs, NER_WINDOW bytes or a
 * little more, and each block is resolved on its own (names link within
 * a block, or within a part of one that fills the recogniser), so the
 * output does not depend on how many threads run.  With -j N, N worker
 * threads, each with its own struct ner, take the blocks in turn from a
 * ring of N + 1 slots; the main thread reads the input into the next free
 * slot, one block ahead of the workers, and writes each block's rows in
 * the order of the blocks.  With -j 1 the main thread does it all.
 */
#define PARA_CAP	(1u << 20)	/* -w: a paragraph is cut here */
#define MAXJOBS		64

struct para {
	size_t		 at, len;	/* in the block's text */
	uint64_t	 off, line;
};

/* A row's sent field as a worker writes it: the sentence's number in
 * the block (rel), at out.s[at..at+len), which drain() rewrites as its
 * number in the document, once the blocks before it are counted. */
struct sentno {
	size_t		 at, len;
	uint64_t	 rel;
};

/* A slot is FREE (the main thread's, being filled), READY (handed on),
 * BUSY (a worker's) or DONE (rows to write); the state is under mu. */
enum { FREE, READY, BUSY, DONE };

struct slot {
	struct buf	 text;		/* the block's paragraphs, end to end */
	struct para	*pv;
	size_t		 pn, pcap;
	int		 open;		/* -w: the last paragraph goes on */
	const struct input *in;
	struct buf	 out;		/* its rows (for -u, records) */
	struct sentno	*sv;		/* where the rows' sent fields are */
	size_t		 sn, scap;
	uint64_t	 nsent;		/* the block's sentences */
	int		 state;
};

struct worker {
	pthread_t	 th;
	struct ner	*nr;
	struct names	 nm;		/* the entities of what was fed */
	struct doc_para	*dv;		/* its paragraphs */
	size_t		 dn, dcap;
};

static struct slot *slots;
static size_t nslots, cur;	/* cur: the slot being filled */
static size_t take;		/* the next slot a worker takes */
static struct worker *workers;
static long jobs;
static int quit;
static uint64_t docsents;	/* sentences of the document's blocks drained */
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t ready = PTHREAD_COND_INITIALIZER;	/* to workers */
static pthread_cond_t done = PTHREAD_COND_INITIALIZER;	/* to main */

static struct tally tl;		/* -u: the document's entities */

/* The names of the types, for -t (NULL past the last). */
static const char *
type_name(int t)
{
	return t < NER_NTYPES ? ner_type_name(t) : NULL;
}

static void
u_flush(const struct input *in)
{
	const struct tent *e;
	size_t i;

	for (i = 0; i < tl.n && !out_error(); i++) {
		e = &tl.v[i];
		cli_file_field(&cli, in);
		tsv_text(e->entity, strlen(e->entity));
		tsv_tab();
		tsv_str(ner_type_name(e->type));
		tsv_tab();
		tsv_u64(e->count);
		tsv_tab();
		tsv_text(e->forms.s ? e->forms.s : "", e->forms.len);
		tsv_tab();
		tsv_str(names_gender_name(names_decide(e->type, e->evf,
		    e->evm)));
		tsv_tab();
		tsv_u64(e->npron);
		tsv_end();
	}
	tally_clear(&tl);
}

/* In a worker: write n, a sentence's number in block b, and note where,
 * for drain(). */
static void
sent_field(struct slot *b, uint64_t n)
{
	struct sentno *p;
	char num[24];

	if (b->sn == b->scap) {
		b->scap = b->scap ? 2 * b->scap : 256;
		b->sv = xreallocarray(b->sv, b->scap, sizeof(*b->sv));
	}
	p = &b->sv[b->sn++];
	p->rel = n;
	tsv_u64(n);	/* in jsonl, after its key: the digits end it */
	p->len = fmt_u64(num, n);
	p->at = b->out.len - p->len;
}

/* Write block b's rows, each sent field as the sentence's number in the
 * document (from 1). */
static void
write_rows(struct slot *b)
{
	size_t i, at = 0;
	char num[24];

	for (i = 0; i < b->sn; i++) {
		fwrite(b->out.s + at, 1, b->sv[i].at - at, stdout);
		fwrite(num, 1, fmt_u64(num, docsents + b->sv[i].rel + 1),
		    stdout);
		at = b->sv[i].at + b->sv[i].len;
	}
	if (b->out.len > at)
		fwrite(b->out.s + at, 1, b->out.len - at, stdout);
}

/* In a worker: resolve what was fed and add its rows to the block's;
 * with -u, the entities' gender evidence and pronouns too. */
static void
emit(struct slot *b, struct worker *w)
{
	const struct ner_mention *m;
	size_t i, n;

	m = ner_resolve(w->nr, &n);
	if (uflag) {
		names_clear(&w->nm);
		names_add(&w->nm, m, n);
		names_evidence(&w->nm, w->dv, w->dn);
		coref_pronouns(&w->nm, w->dv, w->dn);
	}
	w->dn = 0;
	for (i = 0; i < n; i++) {
		if (!(keep & (1u << m[i].type)))
			continue;
		if (uflag) {
			tally_mention(&b->out, &m[i]);
			continue;
		}
		cli_file_field(&cli, b->in);
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
		tsv_tab();
		sent_field(b, b->nsent + m[i].sent);
		tsv_end();
	}
	b->nsent += ner_sents(w->nr);
	/* after the mentions, so that -u keeps the order of first mention */
	for (i = 0; uflag && i < w->nm.ne; i++)
		if (keep & (1u << w->nm.ev[i].type))
			tally_entity(&b->out, &w->nm.ev[i]);
	ner_reset(w->nr);
}

/* In a worker (or the main thread with -j 1): the whole block. */
static void
run(struct slot *b, struct worker *w)
{
	const struct para *p;
	struct doc_para *d;
	size_t i;

	tsv_to(&b->out);
	w->dn = 0;
	for (i = 0; i < b->pn; i++) {
		p = &b->pv[i];
		ner_para(w->nr, b->text.s + p->at, p->len, p->off, p->line);
		if (w->dn == w->dcap) {
			w->dcap = w->dcap ? 2 * w->dcap : 256;
			w->dv = xreallocarray(w->dv, w->dcap, sizeof(*w->dv));
		}
		d = &w->dv[w->dn++];
		d->s = b->text.s + p->at;
		d->len = p->len;
		d->off = p->off;
		if (ner_full(w->nr))
			emit(b, w);
	}
	emit(b, w);
	tsv_to(NULL);
	b->pn = 0;
	buf_reset(&b->text);
}

/* Take the blocks in the order they were handed on. */
static void *
work(void *arg)
{
	struct worker *w = arg;
	struct slot *b;

	pthread_mutex_lock(&mu);
	for (;;) {
		while (slots[take].state != READY && !quit)
			pthread_cond_wait(&ready, &mu);
		if (slots[take].state != READY)
			break;
		b = &slots[take];
		b->state = BUSY;
		take = (take + 1) % nslots;
		pthread_mutex_unlock(&mu);
		run(b, w);
		pthread_mutex_lock(&mu);
		b->state = DONE;
		pthread_cond_broadcast(&done);
	}
	pthread_mutex_unlock(&mu);
	sent_free();
	tsv_free();
	return NULL;
}

/* Wait for slot b's block to be done and write its rows: b is free. */
static void
drain(struct slot *b)
{
	pthread_mutex_lock(&mu);
	while (b->state == READY || b->state == BUSY)
		pthread_cond_wait(&done, &mu);
	pthread_mutex_unlock(&mu);
	if (b->state != DONE)
		return;
	if (!out_error()) {
		if (uflag)
			tally_records(&tl, &b->out);
		else
			write_rows(b);
	}
	docsents += b->nsent;
	b->nsent = 0;
	b->sn = 0;
	buf_reset(&b->out);
	pthread_mutex_lock(&mu);
	b->state = FREE;
	pthread_mutex_unlock(&mu);
}

/* Hand the current block on and make the next slot free. */
static void
dispatch(void)
{
	struct slot *b = &slots[cur];

	if (b->pn == 0)
		return;
	if (jobs > 1) {
		pthread_mutex_lock(&mu);
		b->state = READY;
		pthread_cond_signal(&ready);
		pthread_mutex_unlock(&mu);
	} else {
		run(b, &workers[0]);
		b->state = DONE;
	}
	cur = (cur + 1) % nslots;
	drain(&slots[cur]);
}

/* The paragraph being gathered ends; a full block goes. */
static void
para_end(void)
{
	struct slot *b = &slots[cur];

	if (!b->open)
		return;
	b->open = 0;
	if (b->text.len >= NER_WINDOW)
		dispatch();
}

/*
 * Add line l to the current block: a paragraph of its own, or with -w
 * part of one that ends at a blank line, line breaks kept so that
 * offsets stay exact.  A -w paragraph is cut at the end of a line once
 * it reaches PARA_CAP, and after every piece of a line too long for one
 * (where input.c cut it, at white space when it could), so that it stays
 * under PARA_CAP + INPUT_PIECE.
 */
static void
add_line(const struct input *in, const struct line *l)
{
	struct slot *b = &slots[cur];
	struct para *p;

	if (wflag && input_blank(l)) {
		para_end();
		return;
	}
	if (!b->open) {
		if (b->pn == b->pcap) {
			b->pcap = b->pcap ? 2 * b->pcap : 1024;
			b->pv = xreallocarray(b->pv, b->pcap, sizeof(*b->pv));
		}
		p = &b->pv[b->pn++];
		p->at = b->text.len;
		p->len = 0;
		p->off = l->off;
		p->line = l->lineno;
		b->in = in;
		b->open = 1;
	}
	p = &b->pv[b->pn - 1];
	buf_add(&b->text, l->s, l->len);
	if (wflag && !l->more && l->eol > 0)
		buf_add(&b->text, l->eol == 2 ? "\r\n" : "\n", l->eol);
	p->len = b->text.len - p->at;
	if (!wflag || l->more || p->len >= PARA_CAP)
		para_end();
}

/* One document: its paragraphs to the workers, its rows out; 1 on a
 * read error. */
static int
document(struct sentin *si, struct input *in, void *arg)
{
	struct line l;
	size_t i;
	int r;

	(void)arg;
	tally_clear(&tl);
	docsents = 0;
	while ((r = sentin_line(si, &l)) == 1) {
		add_line(in, &l);
		if (out_error())
			break;
	}
	para_end();
	dispatch();
	for (i = 0; i < nslots; i++)
		drain(&slots[(cur + i) % nslots]);
	if (uflag)
		u_flush(in);
	fflush(stdout);
	return r == -1;
}

static int
entities(struct input *in, void *arg)
{
	return sentin_each(in, document, arg);
}

/* -j: how many threads by default: the processors, at most four. */
static long
default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : MIN(n, 4);
}

static void
slots_start(void)
{
	long i;
	int e;

	quit = 0;
	cur = take = 0;
	nslots = jobs > 1 ? (size_t)jobs + 1 : 1;
	slots = xcalloc(nslots, sizeof(*slots));
	workers = xcalloc((size_t)jobs, sizeof(*workers));
	for (i = 0; i < jobs; i++) {
		workers[i].nr = ner_new();
		ner_wrapped(workers[i].nr, wflag);
		names_init(&workers[i].nm);
	}
	if (jobs == 1)
		return;
	for (i = 0; i < jobs; i++)
		if ((e = pthread_create(&workers[i].th, NULL, work,
		    &workers[i])) != 0)
			errx(1, "pthread_create: %s", strerror(e));
}

static void
slots_stop(void)
{
	size_t i;
	long k;

	if (jobs > 1) {
		pthread_mutex_lock(&mu);
		quit = 1;
		pthread_cond_broadcast(&ready);
		pthread_mutex_unlock(&mu);
		for (k = 0; k < jobs; k++)
			pthread_join(workers[k].th, NULL);
	}
	for (k = 0; k < jobs; k++) {
		ner_free(workers[k].nr);
		names_free(&workers[k].nm);
		free(workers[k].dv);
	}
	for (i = 0; i < nslots; i++) {
		buf_free(&slots[i].text);
		buf_free(&slots[i].out);
		free(slots[i].pv);
		free(slots[i].sv);
	}
	free(slots);
	free(workers);
	sent_free();
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "types", required_argument, NULL, 't' },
		{ "unique", no_argument, NULL, 'u' },
		{ "wrapped", no_argument, NULL, 'w' },
		{ "jobs", required_argument, NULL, 'j' },
		CLI_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	int ch, rv;

	jobs = default_jobs();
	while ((ch = getopt_long(argc, argv, "Hj:t:uw", longopts,
	    NULL)) != -1)
		switch (ch) {
		case 'j':
			jobs = (long)cli_num(&cli, 'j', optarg, 1, MAXJOBS);
			break;
		case 'w':
			wflag = 1;
			break;
		case 't':
			keep = cli_list(&cli, 't', optarg, "type", type_name,
			    ner_type_parse);
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
	cli_columns(&cli, uflag ? "entity\ttype\tcount\tmentions\tgender\t"
	    "pronouns" : "entity\ttype\tmention\tline\tstart\tend\ttitle\tsent");
	slots_start();
	rv = cli_run(&cli, argc, argv, entities, NULL);
	slots_stop();
	tally_free(&tl);
	return rv | out_close();
}
