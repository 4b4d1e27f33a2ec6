/* qmodel.c: the model of who is who of a chunk (qmodel.h). */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <pthread.h>
#include <unistd.h>

#include "coref.h"
#include "qdoc.h"
#include "qmodel.h"

/*
 * A helper thread reads the second half of a chunk's pieces into its own
 * recogniser while the main thread reads the first; ner_merge() then
 * joins them, so the model is the one a single thread makes (see
 * model_read).  Started on first use when there are two processors.
 */
static struct {
	pthread_t	 th;
	pthread_mutex_t	 mu;
	pthread_cond_t	 cv;
	struct ner	*nr;
	size_t		 from, to;	/* its pieces: qdv[from..to) */
	int		 on, busy, quit;
} helper = { .mu = PTHREAD_MUTEX_INITIALIZER,
    .cv = PTHREAD_COND_INITIALIZER };

/*
 * Where the piece of line li from p that the model reads ends: the
 * line's end, or a sentence end (". ") or else a space before
 * MODEL_PIECE bytes, so that the recogniser's memory stays small on a
 * long line.  A news paragraph is one piece, as entities reads it.
 */
static size_t
model_cut(struct qdoc *d, size_t li, size_t p)
{
	const char *s = d->ck.s + d->lns[li].pos;
	size_t n = d->lns[li].len, e, sp = 0;

	if (n - p <= MODEL_PIECE)
		return n;
	for (e = p + MODEL_PIECE; e > p + MODEL_PIECE / 2; e--)
		if (s[e - 1] == ' ') {
			if (e >= 2 && s[e - 2] == '.')
				return e;
			if (sp == 0)
				sp = e;
		}
	if (sp)
		return sp;
	for (e = p + MODEL_PIECE; e > p + 1 &&
	    ((unsigned char)s[e] & 0xC0) == 0x80; e--)
		;		/* not inside a character */
	return e;
}

/* The pieces of the chunk the model reads, into qdv and qdline. */
static void
model_pieces(struct qdoc *d)
{
	size_t li, p, e;

	d->qdn = 0;
	for (li = 0; li < d->nlns; li++)
		for (p = 0, e = 0; p < d->lns[li].len || e == 0; p = e) {
			e = model_cut(d, li, p);
			if (d->qdn == d->qdcap) {
				d->qdcap = d->qdcap ? 2 * d->qdcap : 256;
				d->qdv = xreallocarray(d->qdv, d->qdcap,
				    sizeof(*d->qdv));
				d->qdline = xreallocarray(d->qdline, d->qdcap,
				    sizeof(*d->qdline));
			}
			d->qdv[d->qdn].s = d->ck.s + d->lns[li].pos + p;
			d->qdv[d->qdn].len = e - p;
			d->qdv[d->qdn].off = d->lns[li].off + p;
			d->qdline[d->qdn++] = d->lns[li].lineno;
			if (e == 0)
				break;
		}
}

static void
feed(struct qdoc *d, struct ner *nr, size_t from, size_t to)
{
	size_t i;

	for (i = from; i < to; i++)
		ner_para(nr, d->qdv[i].s, d->qdv[i].len, d->qdv[i].off,
		    d->qdline[i]);
}

static void *
help(void *arg)
{
	struct qdoc *d = arg;

	pthread_mutex_lock(&helper.mu);
	for (;;) {
		while (!helper.busy && !helper.quit)
			pthread_cond_wait(&helper.cv, &helper.mu);
		if (helper.quit)
			break;
		pthread_mutex_unlock(&helper.mu);
		feed(d, helper.nr, helper.from, helper.to);
		pthread_mutex_lock(&helper.mu);
		helper.busy = 0;
		pthread_cond_broadcast(&helper.cv);
	}
	pthread_mutex_unlock(&helper.mu);
	sent_free();
	return NULL;
}

static void
helper_start(struct qdoc *d)
{
	if (helper.on || sysconf(_SC_NPROCESSORS_ONLN) < 2)
		return;
	helper.nr = ner_new();
	helper.quit = helper.busy = 0;
	if (pthread_create(&helper.th, NULL, help, d) != 0) {
		ner_free(helper.nr);
		return;			/* one thread does it all */
	}
	helper.on = 1;
}

static void
helper_stop(void)
{
	if (!helper.on)
		return;
	pthread_mutex_lock(&helper.mu);
	helper.quit = 1;
	pthread_cond_broadcast(&helper.cv);
	pthread_mutex_unlock(&helper.mu);
	pthread_join(helper.th, NULL);
	ner_free(helper.nr);
	helper.on = 0;
}

/*
 * Read the pieces into the recogniser and its mentions into the model,
 * resolving whenever it is full, as entities does.  With the helper, a
 * chunk under a window is read in two halves at once and merged; should
 * the merged window be full (text dense with names), where one thread
 * might have resolved early, it is read again by one thread.
 */
static void
model_read(struct qdoc *d)
{
	const struct ner_mention *m;
	size_t i, n, h, fed = 0;

	for (i = 0; i < d->qdn; i++)
		fed += d->qdv[i].len + 1;		/* as ner_fed() counts */
	for (h = 0, n = 0; h < d->qdn && 2 * n < fed; h++)
		n += d->qdv[h].len + 1;
	if (helper.on && h > 0 && h < d->qdn && fed < NER_WINDOW) {
		pthread_mutex_lock(&helper.mu);
		helper.from = h;
		helper.to = d->qdn;
		helper.busy = 1;
		pthread_cond_broadcast(&helper.cv);
		pthread_mutex_unlock(&helper.mu);
		feed(d, d->qner, 0, h);
		pthread_mutex_lock(&helper.mu);
		while (helper.busy)
			pthread_cond_wait(&helper.cv, &helper.mu);
		pthread_mutex_unlock(&helper.mu);
		ner_merge(d->qner, helper.nr);
		ner_reset(helper.nr);
		if (!ner_full(d->qner)) {
			m = ner_resolve(d->qner, &n);
			names_add(&d->qnames, m, n);
			ner_reset(d->qner);
			return;
		}
		ner_reset(d->qner);
	}
	for (i = 0; i < d->qdn; i++) {
		feed(d, d->qner, i, i + 1);
		if (ner_full(d->qner) || i + 1 == d->qdn) {
			m = ner_resolve(d->qner, &n);
			names_add(&d->qnames, m, n);
			ner_reset(d->qner);
		}
	}
}

/* The model of the chunk: its names, their entities, the pronouns. */
void
qmodel_chunk(struct qdoc *d)
{
	if (d->qner == NULL) {
		d->qner = ner_new();
		names_init(&d->qnames);
		helper_start(d);
	}
	names_clear(&d->qnames);
	model_pieces(d);
	model_read(d);
	names_evidence(&d->qnames, d->qdv, d->qdn);
	coref_pronouns(&d->qnames, d->qdv, d->qdn);
}

void
qmodel_free(struct qdoc *d)
{
	helper_stop();
	ner_free(d->qner);
	names_free(&d->qnames);
	free(d->qdv);
	free(d->qdline);
	d->qner = NULL;
	d->qdv = NULL;
	d->qdline = NULL;
	d->qdcap = 0;
}
