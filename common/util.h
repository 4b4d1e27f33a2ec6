/*
 * util.h: what every tool needs that is not about text: allocation that
 * cannot fail, growable byte buffers, option numbers, the shared
 * command-line conventions and the final check of standard output.
 */
#ifndef UTIL_H
#define UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define SUITE_NAME	"newsfilters"
#define SUITE_VERSION	"0.1.0"

#define LEN(a)	(sizeof(a) / sizeof((a)[0]))
#define MIN(a, b)	((a) < (b) ? (a) : (b))
#define MAX(a, b)	((a) > (b) ? (a) : (b))

/* alloc.c: on failure these print "prog: out of memory" and exit 1. */
void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
char	*xmemdup(const char *, size_t);	/* NUL-terminated copy */

/* A growable byte string; the length travels with the bytes (NULs are data). */
struct buf {
	char	*s;
	size_t	 len, cap;
};
void	 buf_grow(struct buf *, size_t);	/* room for that many more bytes */
void	 buf_add(struct buf *, const char *, size_t);
void	 buf_addc(struct buf *, int);
void	 buf_free(struct buf *);
#define buf_reset(b)	((b)->len = 0)

/* num.c: a whole number in [min, max], like OpenBSD's strtonum(3);
 * returns 0, or -1 with *errstr set ("invalid", "too small", "too large"). */
int	 num_parse(const char *, long long, long long, long long *,
	    const char **);

/*
 * Field lists in cut(1) syntax ("1", "1,3", "2-4", "3-"), 1-based.
 * fields_parse returns 0, or -1 for a malformed list.
 */
struct fields {
	size_t	*v;		/* field numbers, in the order given */
	size_t	 n;
	size_t	 max;		/* highest field wanted (SIZE_MAX: open range) */
	int	 open;		/* a trailing "N-" range: all fields from v[n-1] */
};
int	 fields_parse(struct fields *, const char *);

/* out.c: write errors and the end of output. */
int	 out_error(void);	/* 1 if stdout has failed so far */
int	 out_close(void);	/* flush and close stdout: 0, or 1 after a message */
void	 out_init(void);	/* a large buffer for stdout */
void	 pipe_grow(int);	/* a larger pipe buffer, if fd is a pipe */

/* Portable 64-bit decimal formatting into p (>= 21 bytes); returns length. */
size_t	 fmt_u64(char *, uint64_t);

#endif
