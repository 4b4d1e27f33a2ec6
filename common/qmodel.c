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
 * A helper thread makes the models of the chunks cut (qdoc.c) while the
 * main thread prints the chunks before them; the main thread makes one
 * too rather than wait (qmodel_wait()).  Each thread has its recogniser
 * (d->qner is the main thread's); a chunk's model depends on nothing
 * but the chunk, so which thread makes it does not matter.  Started on
 * first use when there are two processors.  A slot is free, queued (cut,
 * its model not started), busy (being made) or made.
 */
enum { S_FREE, S_QUEUED, S_BUSY, S_MADE };

static struct {
	pthread_t	 th;
	pthread_mutex_t	 mu;
	pthread_cond_t	 cv;
	struct ner	*nr;		/* the helper's recogniser */
	struct qdoc	*d;		/* whose slots it reads */
	int		 on, quit;
} helper = { .mu = PTHREAD_MUTEX_INITIALIZER,
    .cv = PTHREAD_COND_INITIALIZER };

/*
 * Where the piece of line li from p that the model reads ends: the
 * line's end, or a sentence end (". ") or else a space before
 * MODEL_PIECE bytes, so that the recogniser's memory stays small on a
 * long line.  A news paragraph is one piece, as entities reads it.
 */
static size_t
model_cut(const struct qslot *q, size_t li, size_t p)
{
	const char *s = q->ck.s + q->lns[li].pos;
	size_t n = q->lns[li].len, e, sp = 0;

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
model_pieces(struct qslot *q)
{
	size_t li, p, e;

	q->qdn = 0;
	for (li = 0; li < q->nlns; li++)
		for (p = 0, e = 0; p < q->lns[li].len || e == 0; p = e) {
			e = model_cut(q, li, p);
			if (q->qdn == q->qdcap) {
				q->qdcap = q->qdcap ? 2 * q->qdcap : 256;
				q->qdv = xreallocarray(q->qdv, q->qdcap,
				    sizeof(*q->qdv));
				q->qdline = xreallocarray(q->qdline, q->qdcap,
				    sizeof(*q->qdline));
			}
			q->qdv[q->qdn].s = q->ck.s + q->lns[li].pos + p;
			q->qdv[q->qdn].len = e - p;
			q->qdv[q->qdn].off = q->lns[li].off + p;
			q->qdline[q->qdn++] = q->lns[li].lineno;
			if (e == 0)
				break;
		}
}

/*
 * The names of chunk q: its pieces read into the recogniser and its
 * mentions into the names, resolving whenever the recogniser is full, as
 * entities does; then the evidence of the whole chunk.  (The pronouns
 * are linked by qmodel_wait(), on the other thread.)
 */
static void
model_make(struct ner *nr, struct qslot *q)
{
	const struct ner_mention *m;
	size_t i, n;

	names_clear(&q->names);
	model_pieces(q);
	for (i = 0; i < q->qdn; i++) {
		ner_para(nr, q->qdv[i].s, q->qdv[i].len, q->qdv[i].off,
		    q->qdline[i]);
		if (ner_full(nr) || i + 1 == q->qdn) {
			m = ner_resolve(nr, &n);
			names_add(&q->names, m, n);
			ner_reset(nr);
		}
	}
	names_evidence(&q->names, q->qdv, q->qdn);
}

/*
 * The queued slot of d that was cut first (first != 0) or last, or NULL;
 * slots are told apart by when they were cut (seq), as the helper does
 * not read d's ring.  Called with helper.mu held when the helper is on.
 */
static struct qslot *
queued(struct qdoc *d, int first)
{
	struct qslot *s, *best = NULL;
	size_t i;

	for (i = 0; i < NSLOT; i++) {
		s = &d->slot[i];
		if (s->state == S_QUEUED && (best == NULL ||
		    (first ? s->seq < best->seq : s->seq > best->seq)))
			best = s;
	}
	return best;
}

/* Make the model of queued slot s with nr, helper.mu held; it is held
 * again on return. */
static void
make_locked(struct ner *nr, struct qslot *s)
{
	s->state = S_BUSY;
	pthread_mutex_unlock(&helper.mu);
	model_make(nr, s);
	pthread_mutex_lock(&helper.mu);
	s->state = S_MADE;
	pthread_cond_broadcast(&helper.cv);
}

static void *
help(void *arg)
{
	struct qslot *s;

	(void)arg;
	pthread_mutex_lock(&helper.mu);
	for (;;) {
		s = NULL;
		while (!helper.quit && (helper.d == NULL ||
		    (s = queued(helper.d, 1)) == NULL))
			pthread_cond_wait(&helper.cv, &helper.mu);
		if (s == NULL)
			break;
		make_locked(helper.nr, s);
	}
	pthread_mutex_unlock(&helper.mu);
	sent_free();
	return NULL;
}

static void
helper_start(void)
{
	if (helper.on || sysconf(_SC_NPROCESSORS_ONLN) < 2)
		return;
	helper.quit = 0;
	helper.d = NULL;
	helper.nr = ner_new();
	if (pthread_create(&helper.th, NULL, help, NULL) != 0) {
		ner_free(helper.nr);	/* one thread does it all */
		helper.nr = NULL;
		return;
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
	helper.nr = NULL;
	helper.d = NULL;
	helper.on = 0;
}

void
qmodel_start(struct qdoc *d, struct qslot *s)
{
	size_t i;

	if (d->qner == NULL) {
		d->qner = ner_new();
		names_init(&d->qnames);
		for (i = 0; i < NSLOT; i++)
			names_init(&d->slot[i].names);
		helper_start();
	}
	if (!helper.on) {
		model_make(d->qner, s);
		s->state = S_MADE;
		return;
	}
	pthread_mutex_lock(&helper.mu);
	helper.d = d;
	s->seq = d->ncut++;
	s->state = S_QUEUED;
	pthread_cond_broadcast(&helper.cv);
	pthread_mutex_unlock(&helper.mu);
}

int
qmodel_made(struct qslot *s)
{
	int made;

	if (!helper.on)
		return s->state == S_MADE;
	pthread_mutex_lock(&helper.mu);
	made = s->state == S_MADE;
	pthread_mutex_unlock(&helper.mu);
	return made;
}

/*
 * Until the model of s is made, make one that is queued: s itself, or
 * else the one cut last (the helper takes the one cut first), or wait.
 */
void
qmodel_wait(struct qdoc *d, struct qslot *s)
{
	struct qslot *q;

	if (helper.on) {
		pthread_mutex_lock(&helper.mu);
		while (s->state != S_MADE) {
			q = s->state == S_QUEUED ? s : queued(d, 0);
			if (q != NULL)
				make_locked(d->qner, q);
			else
				pthread_cond_wait(&helper.cv, &helper.mu);
		}
		s->state = S_FREE;	/* the helper takes queued ones only */
		pthread_mutex_unlock(&helper.mu);
	} else
		s->state = S_FREE;
	coref_pronouns(&s->names, s->qdv, s->qdn);
}

void
qmodel_free(struct qdoc *d)
{
	size_t i;

	helper_stop();		/* no chunk waits: all were printed */
	ner_free(d->qner);
	names_free(&d->qnames);
	for (i = 0; i < LEN(d->slot); i++) {
		names_free(&d->slot[i].names);
		buf_free(&d->slot[i].ck);
		free(d->slot[i].lns);
		free(d->slot[i].qdv);
		free(d->slot[i].qdline);
	}
	memset(d->slot, 0, sizeof(d->slot));
	d->qner = NULL;
	d->head = d->nslot = 0;
}
