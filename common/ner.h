/*
 * ner.h: named entities in English news, by rules, cue words and
 * gazetteers (common/data/ent_*.txt), with document-level linking so that
 * every mention of a name points to one canonical name.  Used by entities
 * and open to quotes (canonical speaker names).
 *
 * Feed a document paragraph by paragraph with ner_para(); then
 * ner_resolve() decides types and canonical names for everything fed so
 * far and returns the mentions in document order; ner_reset() forgets the
 * document.  The caller bounds memory by resolving and resetting when
 * ner_full() says so (see NER_WINDOW); names are then linked within a
 * window only.
 *
 * Threads: the word lists are tables compiled into the program (lexicon.h,
 * wordset.h), which the first ner_new() points at and every thread only
 * reads; each struct ner is then one thread's own (entities runs one per
 * worker), as long as every ner_new() comes before the threads.
 */
#ifndef NER_H
#define NER_H

#include <stddef.h>
#include <stdint.h>

/* Text bytes and mentions after which a caller should resolve and reset
 * (ner_full), so that memory stays bounded: about 18 MB a struct ner at
 * most (a paragraph of 1 MiB dense with names). */
#define NER_WINDOW	(1u << 20)
#define NER_MAXMENTIONS	16384

enum ner_type {
	NER_PERSON, NER_ORG, NER_LOC, NER_NORP, NER_DATE, NER_TIME,
	NER_MONEY, NER_PERCENT, NER_CARDINAL, NER_HANDLE, NER_NTYPES
};

struct ner_mention {
	const char	*entity;	/* canonical name, NUL-terminated */
	const char	*mention;	/* the text as written (raw bytes) */
	size_t		 mlen;
	const char	*title;		/* title or honorific before it, or "" */
	int		 type;		/* enum ner_type */
	uint64_t	 line, start, end;	/* end exclusive */
	uint64_t	 sent;		/* its sentence, from 0 at the reset */
};

struct ner;

struct ner	*ner_new(void);
void		 ner_free(struct ner *);
/* One paragraph s[0..n) at document offset off, on line lineno; s[n]
 * must be readable (a NUL, or the byte that follows). */
void		 ner_para(struct ner *, const char *, size_t, uint64_t,
		    uint64_t);
/* With on set, paragraphs may hold line breaks (hard-wrapped text): a
 * mention's line is the line it starts on. */
void		 ner_wrapped(struct ner *, int);
/*
 * Append what src was fed since its reset to dst, as if dst had been fed
 * those paragraphs after its own (a paragraph is read on its own; only
 * ner_resolve looks across paragraphs), so that two threads may each
 * feed part of a window.  src is left as it was.
 */
void		 ner_merge(struct ner *, const struct ner *);
/* Sentences fed since the last reset (as sent_split() counts them). */
uint64_t	 ner_sents(const struct ner *);
/* Bytes fed since the last reset. */
uint64_t	 ner_fed(const struct ner *);
/* 1 when the window is full: resolve and reset before feeding more. */
int		 ner_full(const struct ner *);
/* Resolve; *n mentions, valid until the next ner_para or ner_reset. */
const struct ner_mention *ner_resolve(struct ner *, size_t *);
void		 ner_reset(struct ner *);

const char	*ner_type_name(int);
/* The type named s ("PERSON", case-insensitive; "PER" and "GPE" too), or -1. */
int		 ner_type_parse(const char *, size_t);

#endif
