/*
 * attrib.h: the speaker of each quotation, by ordered passes over the
 * words around it.  Takes a chunk whose marks are paired (marks.h);
 * gives each quotation its kind (direct or partial) and its attribution
 * (struct attr): the words before it ("X said:"), after it ("...," X
 * said), a sentence of its own after it, the paragraph that introduces
 * it, the sieves that read the model of who is who, the last speaker for
 * a quotation-only sentence, or the next paragraph's speaker.
 */
#ifndef ATTRIB_H
#define ATTRIB_H
#include <stddef.h>

struct attr;
struct qdoc;

int	 attrib_after_attr(struct qdoc *d, size_t a, size_t b, struct attr *at);
void	 attrib_attribute(struct qdoc *d, size_t qi, size_t prev, size_t next);
void	 attrib_set_intro(struct qdoc *d, size_t li, size_t from);
void	 attrib_nested_attr(struct qdoc *d);
void	 attrib_carry_speakers(struct qdoc *d, const size_t *T, size_t t0,
	    size_t ti);

#endif
