/*
 * wordset.h: word lists shipped as data, and fast sets of strings.
 *
 * The lists live in common/data/NAME.txt, one entry a line ("#" starts a
 * comment line; leading and trailing blanks are dropped), and are compiled
 * into the programs: DATA(NAME) declares data_NAME and data_NAME_len.
 * A set built with WS_FOLD matches case-insensitively (full Unicode case
 * folding; ASCII fast path).  A set may also map an entry to a small value
 * (the text after a TAB on its line, see ws_value).
 *
 * A list the programs only read is also compiled as a finished table:
 * common/data/tabgen.c loads it with ws_load() when the programs are
 * built and writes the set as C (WS_TABLE(NAME) declares wst_NAME, and
 * WS_TABLE_FOLD(NAME) wstf_NAME, the same list folded), so that
 * ws_fixed() gives the set with nothing to build at start-up.  A fixed
 * set is read-only: ws_has(), ws_value() and ws_next() only.
 */
#ifndef WORDSET_H
#define WORDSET_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define DATA(name) \
	extern const char data_##name[]; \
	extern const size_t data_##name##_len

struct wsent {
	char		*key;
	size_t		 len;
	char		*val;		/* text after a TAB, or "" */
	size_t		 vcap;		/* room for a value in val */
	uint64_t	 hash;
};

/* A set as tabgen writes it: cap slots of four numbers each (the offset
 * of the key in pool plus one, 0 for a free slot; the key's length; the
 * offset of its value; the low half of its hash_bytes()), and the keys
 * and values, each followed by a NUL. */
struct wsfixed {
	const uint32_t	*slots;
	size_t		 cap, n;
	const char	*pool;
	int		 fold;
};

#define WS_TABLE(name) extern const struct wsfixed wst_##name
#define WS_TABLE_FOLD(name) extern const struct wsfixed wstf_##name

struct wordset {
	const struct wsfixed *fix;	/* a fixed set, or NULL */
	struct wsent	*tab;
	size_t		 cap, n;
	int		 fold;
	char		**chunks;	/* keys and values live here */
	size_t		 nchunks;
	char		*next;		/* free space in the last chunk */
	size_t		 left;
};

#define WS_FOLD	0x1

uint64_t	 hash_bytes(const void *, size_t);

void		 ws_init(struct wordset *, int);
void		 ws_add(struct wordset *, const char *, size_t, const char *);
/* Add every entry of a list (the text of a data file). */
void		 ws_load(struct wordset *, const char *, size_t);
/* One entry of a list: the key, and the text after a TAB or NULL. */
struct wsline {
	const char	*key, *val;
	size_t		 klen, vlen;
};
/* The entry at or after byte pos of a list into *l; the position after
 * it, or 0 at the end.  Start with pos 0. */
size_t		 ws_line(const char *, size_t, size_t, struct wsline *);
/* The set of a fixed table (ws_free() is then not needed). */
void		 ws_fixed(struct wordset *, const struct wsfixed *);
/* The entry at or after slot *i into *l (val "" when it has none), *i
 * past it; 0 when there is none.  Start with *i = 0. */
int		 ws_next(const struct wordset *, size_t *, struct wsline *);
/* s[0..n) as a C string literal, on lines of some 72 bytes. */
void		 ws_write_bytes(FILE *, const char *, size_t);
/* Write the set as C: a struct wsfixed named name. */
int		 ws_write(const struct wordset *, const char *, FILE *);
/* Read a list from a file; -1 after a warning. */
int		 ws_load_file(struct wordset *, const char *);
int		 ws_has(const struct wordset *, const char *, size_t);
/* The value of an entry, or NULL when it is not in the set. */
const char	*ws_value(const struct wordset *, const char *, size_t);
void		 ws_free(struct wordset *);

#endif
