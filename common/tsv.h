/*
 * tsv.h: writing records.  One record a line, fields joined by one TAB.
 * A text field never holds TAB, CR or LF: every run of white space or
 * control characters (NUL included) becomes one space, leading and
 * trailing ones are dropped, and invalid UTF-8 bytes become U+FFFD.
 * Everything goes to stdout, fully buffered (see out_close() in util.h),
 * or to a buffer that tsv_to() names for the calling thread.
 */
#ifndef TSV_H
#define TSV_H

#include <stddef.h>
#include <stdint.h>

void	 tsv_text(const char *, size_t);	/* a text field */
void	 tsv_str(const char *);		/* a field known to be clean */
void	 tsv_raw(const char *, size_t);	/* bytes known to be clean */
void	 tsv_u64(uint64_t);
void	 tsv_tab(void);
void	 tsv_end(void);			/* end of record */
/* A header row: the names, TAB-separated in one string, after "file\t"
 * when with_filename is set. */
void	 tsv_header(const char *, int);
/* Records of the calling thread go to the end of b; NULL: to stdout. */
struct buf;
void	 tsv_to(struct buf *);

#endif
