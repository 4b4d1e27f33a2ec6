/*
 * qmodel.h: the model of who is who of a chunk, the one entities(1)
 * prints.  Takes the lines of a chunk; gives d->qnames: its names
 * (ner.h), grouped into entities with their gender (names.h), and the
 * pronouns linked to them (coref.h).  With two processors a helper
 * thread reads half of the chunk.
 */
#ifndef QMODEL_H
#define QMODEL_H

struct qdoc;

/* Stop the helper thread and free the model of d. */
void	 qmodel_free(struct qdoc *d);
void	 qmodel_chunk(struct qdoc *d);

#endif
