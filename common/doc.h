/*
 * doc.h: a document as the analysis stages read it.
 *
 * Takes: the paragraphs of one document (or of a window of one), each a
 * view of its bytes with the offset of its first byte in the original
 * document; the caller owns the bytes.  Gives: the spans of a paragraph
 * that stand inside double quotation marks, and a word scanner, so that
 * names.h and coref.h see the same words and the same quotations whoever
 * calls them (entities and quotes).
 */
#ifndef DOC_H
#define DOC_H

#include <stddef.h>
#include <stdint.h>

#include "sent.h"

struct doc_para {
	const char	*s;
	size_t		 len;
	uint64_t	 off;		/* document offset of s[0] */
};

/*
 * Append to v the spans of s[0..n) inside double quotation marks ("",
 * curly, low-9, guillemets), marks excluded.  A mark left open runs to
 * the end of the paragraph; a closing curly mark with none open closes
 * a quotation that began at the paragraph's start (a quotation that runs
 * on from the paragraph before).
 */
void	doc_quoted(const char *, size_t, struct spanv *);
/* Is position p inside one of the spans of v (sorted, as doc_quoted
 * gives them)? */
int	doc_inside(const struct spanv *, size_t);
/*
 * The next word of s[0..n) at or after p: letters, digits and bytes of
 * other scripts, with inner apostrophes (he's, O'Neill); *a and *b get
 * its span.  Returns 0 when there is none.
 */
int	doc_word(const char *, size_t, size_t, size_t *, size_t *);
/* Does s[0..n) equal the lower-case ASCII word w, ignoring case? */
int	doc_is(const char *, size_t, const char *);

#endif
