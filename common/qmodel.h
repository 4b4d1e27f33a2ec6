/*
 * qmodel.h: the model of who is who of a chunk, the one entities(1)
 * prints.  Takes the lines of a chunk (struct qslot); gives its names
 * (ner.h), grouped into entities with their gender (names.h), and the
 * pronouns linked to them (coref.h), in the slot's names.  With two
 * processors a helper thread makes it while the main thread prints the
 * chunk before; the chunks are read by one recogniser, in order, so the
 * model is the same either way.
 */
#ifndef QMODEL_H
#define QMODEL_H

struct qdoc;
struct qslot;

/* Start the model of the chunk in s: on the helper thread, or now. */
void	 qmodel_start(struct qdoc *d, struct qslot *s);
/* Wait until the model of s, started last, is made; its pronouns are
 * linked on the calling thread (the thread that prints). */
void	 qmodel_wait(struct qslot *s);
/* Stop the helper thread and free the models and slots of d. */
void	 qmodel_free(struct qdoc *d);

#endif
