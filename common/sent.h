/*
 * sent.h: the sentence segmenter shared by sentsplit, quotes and entities.
 *
 * sent_split() splits one paragraph s[0..n) into sentences and appends
 * their spans (byte offsets into s, trimmed of white space, never empty)
 * to v.  Line breaks inside s are plain white space (hard-wrapped text).
 * It keeps no state between calls, so documents never leak into each other.
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
/* Returns the number of spans appended. */
size_t	 sent_split(const char *, size_t, struct spanv *);

#endif
