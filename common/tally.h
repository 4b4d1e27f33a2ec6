/*
 * tally.h: the entities of a whole document, for entities -u.  Takes the
 * mentions a window resolves (ner.h) and the entities of its model
 * (names.h), as records a worker thread writes into a buffer; gives one
 * row an entity in order of first mention: its canonical name and type,
 * the count of its mentions and their distinct forms, the gender evidence
 * the text gives it and its pronouns.
 */
#ifndef TALLY_H
#define TALLY_H
#include <stddef.h>
#include <stdint.h>

#include "util.h"

struct entity;
struct ner_mention;

struct tent {
	uint64_t	 hash;
	char		*entity;
	struct buf	 forms;		/* distinct mentions, '|'-joined */
	uint64_t	 count;
	uint64_t	 evf, evm, npron;	/* gender evidence, pronouns */
	int		 type;
};

struct tally {
	struct tent	*v;		/* in order of first mention */
	size_t		 n, cap;
	uint32_t	*tab;		/* (entity, type) -> index in v */
	size_t		 tabcap;
};

/* Forget the document (tally_free: and the memory). */
void	 tally_clear(struct tally *);
void	 tally_free(struct tally *);
/* Record a mention, or what the model says of an entity, into b (a
 * worker's buffer; any thread). */
void	 tally_mention(struct buf *b, const struct ner_mention *);
void	 tally_entity(struct buf *b, const struct entity *);
/* Add the records of b to the tally, in their order. */
void	 tally_records(struct tally *, const struct buf *b);

#endif
