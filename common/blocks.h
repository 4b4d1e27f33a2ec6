/*
 * blocks.h: speech without quotation marks.  Takes a line of a chunk
 * that holds no quotation; gives the quotations of kind block (an
 * embedded post above its "— Name (@handle) Date" line, the lines of a
 * transcript: "NAME: ...", "A: ...") and of kind indirect (-i: "Roe said
 * that ...").
 */
#ifndef BLOCKS_H
#define BLOCKS_H
#include <stddef.h>

struct attr;
struct qdoc;
struct quote;

int	 blk_is_byline(struct qdoc *d, size_t li, size_t *np);
size_t	 blk_push_block(struct qdoc *d, size_t l0, size_t l1, size_t a,
	    size_t b, const struct attr *at);
void	 blk_byline(struct qdoc *d, size_t li, size_t p);
void	 blk_indirect(struct qdoc *d, size_t li);
/* A transcript line (Q:, A:, NAME:): 1, and an answer's block quotation
 * into *bq (SIZE_MAX for a question); 0 for any other line. */
int	 blk_transcript(struct qdoc *d, size_t li, size_t *bq);
/* Pull quotes: remember a quotation (blk_said), and find a paragraph
 * that repeats one; a name line that credits the quotation before it. */
void	 blk_said(struct qdoc *d, const struct quote *q);
int	 blk_pull_quote(struct qdoc *d, size_t li);
int	 blk_name_line(struct qdoc *d, size_t li);

#endif
