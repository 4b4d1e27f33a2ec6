/*
 * input.h: reading one document (a file or standard input) as lines,
 * in bounded memory.
 *
 * A line longer than INPUT_PIECE bytes comes in several pieces, cut after
 * a space or tab when there is one near the limit, otherwise at a
 * character boundary; no byte is lost or changed.  Every piece carries the
 * byte offset of its first byte in the ORIGINAL document, so offsets stay
 * exact whatever the text holds.  The bytes are those of the file, NUL and
 * invalid UTF-8 included: invalid sequences are counted and reported once
 * per document (on stderr, with the offset of the first), and are left for
 * the writer to replace (see tsv.h).  A UTF-8 byte order mark at the start
 * is skipped; "\r\n" ends a line like "\n"; a lone "\r" is ordinary text.
 */
#ifndef INPUT_H
#define INPUT_H

#include <stddef.h>
#include <stdint.h>

#ifndef INPUT_PIECE
#define INPUT_PIECE	(1u << 20)
#endif

/*
 * After the last byte of every line or block handed out, INPUT_PAD more
 * bytes may be read (never written): they hold whatever follows, or
 * zeros, so a reader may load a whole machine word at the end of a line.
 */
#define INPUT_PAD	32

struct input {
	const char	*name;		/* operand as given, "-" for stdin */
	const char	*label;		/* for messages: name, or "<stdin>" */
	int		 fd;
	char		*buf;		/* unread bytes are buf[lo..hi) */
	size_t		 cap, lo, hi, scan;
	uint64_t	 off;		/* document offset of buf[lo] */
	uint64_t	 lineno;	/* line number of the next piece */
	uint64_t	 nbad;		/* invalid UTF-8 bytes seen */
	int		 eof, error, started, midline;
};

struct line {
	const char	*s;		/* the piece; s[len] is readable */
	size_t		 len;
	uint64_t	 off;		/* document offset of s[0] */
	uint64_t	 lineno;	/* 1-based */
	int		 eol;		/* terminator bytes after s: 0, 1 or 2 */
	int		 more;		/* the line goes on in the next piece */
	int		 cont;		/* this piece goes on from the last */
};

/* 0, or -1 after a warning ("prog: name: reason"). "-" is stdin. */
int	 input_open(struct input *, const char *);
/* 1 for a piece (valid until the next call), 0 at the end, -1 on a read
 * error (after a warning). */
int	 input_line(struct input *, struct line *);
/*
 * For readers that split lines themselves (freq's counting loop): the
 * next run of whole lines, s[0..len), ending with "\n" unless it is the
 * end of the input or a piece of a line longer than INPUT_PIECE (more and
 * cont as above).  Terminators are left in ("\r\n" too); lineno is 0, as
 * line numbers are the caller's to count.  BOM, offsets and UTF-8
 * warnings as for input_line.  Do not mix the two calls on one input.
 */
int	 input_block(struct input *, struct line *);
/* 1 if line l is nothing but white space (and no piece of a long one):
 * the end of a paragraph of hard-wrapped text. */
int	 input_blank(const struct line *);
void	 input_close(struct input *);

#endif
