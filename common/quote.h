/*
 * quote.h: the quotations of English news text and who said them, the
 * engine of quotes(1).  Takes the lines of a document in order (as
 * input.h gives them); gives, a chunk of lines at a time, one row a
 * quotation, in document order, to a function of the caller's.  The
 * stages behind it are in qdoc.h.
 */
#ifndef QUOTE_H
#define QUOTE_H
#include <stddef.h>
#include <stdint.h>

enum { K_DIRECT, K_PARTIAL, K_BLOCK, K_INDIRECT, K_NESTED, K_N };

/* One quotation: the strings are valid until the function returns. */
struct qrow {
	const char	*speaker, *mention, *cue, *kind, *gender;
	uint64_t	 line, start, end;	/* start, end: offsets */
	uint64_t	 sent;		/* its sentence in the document, from 1 */
	const char	*text;		/* gaps joined by a space */
	size_t		 len;
};

typedef void	 qrow_fn(const struct qrow *, void *);

struct input;

/* A reader that keeps the kinds in keep (1u << K_DIRECT | ...) and hands
 * each row to emit with arg. */
struct qdoc	*qdoc_new(unsigned keep, qrow_fn *emit, void *arg);
void		 qdoc_free(struct qdoc *);
/* The name of kind k ("direct"), or NULL past K_N. */
const char	*qdoc_kind(int k);
/* A new document (its name for warnings is in->label). */
void		 qdoc_begin(struct qdoc *, struct input *in);
/* The bytes s[0..n) of line lineno at document offset off; more when the
 * line goes on in the next call.  Rows may come out. */
void		 qdoc_line(struct qdoc *, const char *s, size_t n, uint64_t off,
		    uint64_t lineno, int more);
/* The end of the document: the last rows. */
void		 qdoc_end(struct qdoc *);

#endif
