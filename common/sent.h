/*
 * sent.h: the sentence segmenter shared by sentsplit, quotes and entities.
 *
 * sent_split() splits one paragraph s[0..n) into sentences and appends
 * their spans (byte offsets into s, trimmed of white space, never empty)
 * to v.  Line breaks inside s are plain white space (hard-wrapped text),
 * except that a line opening with a bullet, a list number or a dash, a
 * blank line, and a title-case headline line end the sentence before
 * them.  It keeps no state between calls, so documents never leak into
 * each other.  The word lists it uses are common/data/sent_*.txt.
 *
 * What ends a sentence: ".", "?", "!", "…" and their runs (also "‼", "⁇",
 * "。", "！", "？"), with any closing quotes and brackets after them, when
 * white space and a word that may start a sentence follow (see sent.c for
 * abbreviations, initialisms, numbers, ellipses, quotations and lists).
 *
 * Threads: call sent_init() once before any thread splits; each thread
 * then has its own scratch arrays, which sent_free() releases.
 */
#ifndef SENT_H
#define SENT_H

#include <stddef.h>

struct span {
	size_t	start, end;
};

struct spanv {
	struct span	*v;
	size_t		 n, cap;
};

void	 spanv_push(struct spanv *, size_t, size_t);
void	 spanv_free(struct spanv *);
/* Load the word lists (sent_split does it on first use otherwise). */
void	 sent_init(void);
/* Free the calling thread's scratch arrays. */
void	 sent_free(void);
/* Returns the number of spans appended. */
size_t	 sent_split(const char *, size_t, struct spanv *);

/* Flags for sent_split_flags(). */
#define SENT_LINES	0x1	/* every line break ends a sentence */

/* sent_split() with flags; sent_split(s, n, v) is flags 0. */
size_t	 sent_split_flags(const char *, size_t, struct spanv *, int);

#endif
