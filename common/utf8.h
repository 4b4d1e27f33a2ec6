/*
 * utf8.h: decoding, classifying and normalising UTF-8 text that may be
 * invalid.  An invalid byte decodes as U8_BAD with length 1 (the rules are
 * utf8proc's: no overlong forms, surrogates or values past U+10FFFF) and is
 * written as U+FFFD.  Classes come from utf8proc's tables, never from the
 * C locale.
 */
#ifndef UTF8_H
#define UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

#define U8_BAD	(-1)

/* Decode the character at s (n > 0 bytes left): its length, *cp set. */
size_t	 u8_decode(const char *, size_t, int32_t *);
/* Decode the character that ends at s[n] (n > 0): its length. */
size_t	 u8_decode_back(const char *, size_t, int32_t *);
/* Encode cp (U8_BAD as U+FFFD) into p (4 bytes): its length. */
size_t	 u8_encode(int32_t, char *);
/* Index of the first invalid byte (n if none); *nbad counts them all. */
size_t	 u8_check(const char *, size_t, size_t *);

/* Classes. Space: white space (Unicode White_Space), controls, NUL and
 * U+FEFF (a byte order mark inside a text, where files were joined). */
int	 u8_isspace(int32_t);
int	 u8_isalpha(int32_t);	/* letters and combining marks */
int	 u8_isdigit(int32_t);	/* Nd */
int	 u8_isupper(int32_t);	/* Lu, Lt */
int	 u8_islower(int32_t);	/* Ll */
int	 u8_ispunct(int32_t);	/* P* */
int	 u8_issymbol(int32_t);	/* S* */
int	 u8_category(int32_t);	/* utf8proc_category() */

/* End of the grapheme cluster that starts at s[pos] (extended clusters:
 * emoji ZWJ sequences and flags stay whole; white space never joins). */
size_t	 u8_grapheme_end(const char *, size_t, size_t);

/*
 * Normalise s[0..n) into out (replaced, not appended): U8_NFC composes,
 * U8_NFKC adds compatibility mappings, U8_FOLD adds full case folding.
 * Invalid bytes become U+FFFD.  All-ASCII input takes a fast path.
 */
#define U8_NFC		0x1
#define U8_NFKC		0x2
#define U8_FOLD		0x4
void	 u8_normalize(struct buf *, const char *, size_t, int);

/* s[0..n) without its accents ("María" as "Maria") into out (cap bytes):
 * the length, or 0 if a character has no ASCII base letter or out is too
 * small. */
size_t	 u8_ascii_fold(const char *, size_t, char *, size_t);

/* Append s with invalid bytes replaced by U+FFFD. */
void	 u8_scrub(struct buf *, const char *, size_t);

#endif
