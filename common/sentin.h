/*
 * sentin.h: reading a document, or the sentences sentsplit wrote of
 * several, so that `sentsplit -n | quotes` (entities, tokenize) sees the
 * documents, paragraphs, lines and offsets of the files themselves.
 *
 * Takes: an open input.  Its first line says what it holds:
 *   - one of sentsplit's header rows ("sentence", "file\tsentence",
 *     "para\tline\tstart\tend\tsentence", or that after "file\t"): the
 *     header is dropped and the rows below are read by its columns;
 *   - a row of sentsplit -n (four numbers, then the sentence; or a file
 *     name and four numbers): rows, with no header;
 *   - anything else: text, handed on line by line as input.h gives it.
 * Gives: documents, and for each the lines to analyse (struct line).  From
 * rows, a document ends where the file column changes, or where para or
 * start goes back (sentsplit -n of several files with no file column);
 * its name (for -H and messages) is the file column.  The sentences of
 * a paragraph are joined into one line, each at its own offset (the
 * white space between them as spaces), and an empty line stands where the
 * file had one between two paragraphs.  Offsets are the file's wherever
 * sentsplit wrote a sentence as long as its span; where it collapsed a
 * run of white space or replaced invalid bytes, offsets are off by the
 * difference up to the end of that sentence, and the next one starts a
 * line of its own at its own offset.  Rows with no positions (the
 * "file\tsentence" header) are sentences a line, as plain sentsplit
 * output is, kept apart by file.
 */
#ifndef SENTIN_H
#define SENTIN_H

#include <stdint.h>

#include "input.h"
#include "util.h"

struct sentin {
	struct input	*in;
	int		 rows;		/* reading sentsplit rows */
	int		 hasfile, haspos;	/* its columns */
	int		 state;		/* see sentin.c */
	struct line	 first;		/* text: the line read to decide */
	const char	*name0, *label0;	/* the input's own names */
	struct buf	 name;		/* the document's name */
	struct buf	 para;		/* the line being joined */
	uint64_t	 vend;		/* the offset after its last byte */
	int		 exact;		/* its last sentence is as long as its span */
	uint64_t	 nlines, lastpara, lastline, lastend;
	/* the row read ahead */
	int		 pend, newdoc;
	struct buf	 row, rfile;
	uint64_t	 rpara, rline, rstart, rend;
	const char	*rtext;
	size_t		 rlen;
	int		 blank;		/* the last line was an empty one */
	int		 warned, eof;
};

/* Decide what in holds (reads its first line).  0, or -1 on a read error. */
int	 sentin_open(struct sentin *, struct input *);
/* 1 when another document begins (in->name and in->label name it until
 * the next call), 0 at the end. */
int	 sentin_doc(struct sentin *);
/* The next line of the document: 1, or 0 at its end (-1: read error). */
int	 sentin_line(struct sentin *, struct line *);
/* Give the input back its own name; free what was kept. */
void	 sentin_close(struct sentin *);
/* Each document of in through fn(si, in, arg), until fn returns nonzero
 * (a read error) or output fails: open, the documents, close.  1 on a
 * read error, else 0. */
int	 sentin_each(struct input *,
	    int (*)(struct sentin *, struct input *, void *), void *);

#endif
