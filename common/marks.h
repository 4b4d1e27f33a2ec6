/*
 * marks.h: quotation marks paired into quotations.  Takes the lines of a
 * chunk (qdoc.h); gives the quotations they open and close (d->qv), with
 * the marks that re-open a quotation at a new paragraph left out as gaps.
 * Straight, curly, low-9 and angle marks, single inside double; an
 * apostrophe is no mark.
 */
#ifndef MARKS_H
#define MARKS_H
#include <stddef.h>

struct qdoc;

void	 marks_scan_line(struct qdoc *d, size_t li);
int	 marks_ends_sentence(struct qdoc *d, size_t li);
void	 marks_line_end(struct qdoc *d, size_t li);

#endif
