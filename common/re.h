/*
 * re.h: PCRE2 behind a small opaque type.  Patterns are compiled once with
 * UTF and UCP; the subject may hold invalid UTF-8 (it is matched with
 * PCRE2_MATCH_INVALID_UTF, so an invalid byte never matches a character).
 */
#ifndef RE_H
#define RE_H

#include <stddef.h>

struct re;

#define RE_ICASE	0x1

/* Compile a built-in pattern; a bad one is a bug: message and exit 1. */
struct re	*re_new(const char *, int);
/* Compile a user's pattern; on error, a message ("what: pattern: why")
 * and NULL: the caller prints its usage. */
struct re	*re_user(const char *, const char *, int);
void		 re_free(struct re *);
/*
 * Find the first match at or after s[off] in s[0..n): 1 with the match in
 * [*ms, *me), 0 for none.  With anchored set it must start at off.
 */
int		 re_find(struct re *, const char *, size_t, size_t, int,
		    size_t *, size_t *);
/* Offsets of capture group g of the last match (-1 if it did not take
 * part); 0 is the whole match. */
int		 re_group(const struct re *, int, size_t *, size_t *);

#endif
