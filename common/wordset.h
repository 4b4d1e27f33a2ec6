/*
 * wordset.h: word lists shipped as data, and fast sets of strings.
 *
 * The lists live in common/data/NAME.txt, one entry a line ("#" starts a
 * comment line; leading and trailing blanks are dropped), and are compiled
 * into the programs: DATA(NAME) declares data_NAME and data_NAME_len.
 * A set built with WS_FOLD matches case-insensitively (full Unicode case
 * folding; ASCII fast path).  A set may also map an entry to a small value
 * (the text after a TAB on its line, see ws_value).
 */
#ifndef WORDSET_H
#define WORDSET_H

#include <stddef.h>
#include <stdint.h>

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

struct wordset {
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
/* Read a list from a file; -1 after a warning. */
int		 ws_load_file(struct wordset *, const char *);
int		 ws_has(const struct wordset *, const char *, size_t);
/* The value of an entry, or NULL when it is not in the set. */
const char	*ws_value(const struct wordset *, const char *, size_t);
void		 ws_free(struct wordset *);

#endif
