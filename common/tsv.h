/*
 * tsv.h: writing records.  One record a line, fields joined by one TAB.
 * A text field never holds TAB, CR or LF: every run of white space or
 * control characters (NUL included) becomes one space, leading and
 * trailing ones are dropped, and invalid UTF-8 bytes become U+FFFD.
 * Everything goes to stdout, fully buffered (see out_close() in util.h),
 * or to a buffer that tsv_to() names for the calling thread.
 *
 * The same calls write the other formats of --format: csv (RFC 4180: a
 * field is quoted when it holds '"', ',', TAB, CR or LF or begins or
 * ends with a space, '"' doubled inside, records end in CR LF)
 * and jsonl (one JSON object a record, the column names as keys; a
 * number field is a JSON number, any other a string).  tsv_columns()
 * names the columns first.
 */
#ifndef TSV_H
#define TSV_H

#include <stddef.h>
#include <stdint.h>

enum { TSV_TSV, TSV_CSV, TSV_JSONL };

extern int tsv_format;			/* TSV_TSV unless set */
int	 tsv_format_parse(const char *);	/* -1 for an unknown name */

void	 tsv_text(const char *, size_t);	/* a text field */
void	 tsv_str(const char *);		/* a field known to be clean */
void	 tsv_field(const char *, size_t);	/* the same, with a length */
void	 tsv_u64(uint64_t);			/* a number field */
void	 tsv_num(const char *, size_t);	/* a number written already */
void	 tsv_raw(const char *, size_t);	/* bytes as they are, any format */
void	 tsv_tab(void);			/* the next field */
void	 tsv_end(void);			/* end of record */
/* The columns: the names, TAB-separated in one string, after "file"
 * when with_filename is set; with header set, a header row of them
 * (none in jsonl). */
void	 tsv_columns(const char *, int, int);
/* Records of the calling thread go to the end of b; NULL: to stdout. */
struct buf;
void	 tsv_to(struct buf *);
/* For writers of their own: does the clean csv field s[0..n) need
 * quotes; and s[0..n) as it goes between the quotes of a csv field ('"'
 * doubled) or of a JSON string (escaped) at d, at most 6n bytes: the
 * length. */
int	 tsv_csv_quoted(const char *, size_t);
size_t	 tsv_escape(char *, const char *, size_t);
/* The memory of the calling thread (a thread calls it before it ends). */
void	 tsv_free(void);

#endif
