/*
 * qmodel.h: the model of who is who of a chunk, the one entities(1)
 * prints.  Takes the lines of a chunk (struct qslot); gives its names
 * (ner.h), grouped into entities with their gender (names.h), and the
 * pronouns linked to them (coref.h), in the slot's names.  With two
 * processors a helper thread makes the models of the chunks cut while the
 * main thread prints the ones before, and the main thread makes one
 * rather than wait; a chunk's model depends on the chunk alone, so it is
 * the same whichever thread makes it.
 */
#ifndef QMODEL_H
#define QMODEL_H

struct qdoc;
struct qslot;

/* Start the model of the chunk in slot s of d: queued for the helper
 * thread, or made now. */
void	 qmodel_start(struct qdoc *d, struct qslot *s);
/* Is the model of s made? */
int	 qmodel_made(struct qslot *s);
/* Wait until the model of s is made (making queued ones meanwhile), and
 * link its pronouns on the calling thread; s is then free once read. */
void	 qmodel_wait(struct qdoc *d, struct qslot *s);
/* Stop the helper thread and free the models and slots of d. */
void	 qmodel_free(struct qdoc *d);

#endif
