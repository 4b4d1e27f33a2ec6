/*
 * qdoc.h: a document as the stages of quotes(1) see it, and the helpers
 * they share.  The document is read in chunks of whole lines (struct ln,
 * the bytes in ck); marks.h pairs the quotation marks of a chunk into
 * quotations (struct quote); attrib.h gives each its speaker (struct
 * attr), with the words of its context (qwords.h), the names the document
 * said before and the model of who is who (speakers.h, qmodel.h), and
 * blocks.h adds the speech set off without marks.  Not for other tools:
 * quote.h is the engine's interface.
 */
#ifndef QDOC_H
#define QDOC_H
#include <stddef.h>
#include <stdint.h>

#include "input.h"
#include "names.h"
#include "ner.h"
#include "quote.h"
#include "sent.h"
#include "utf8.h"
#include "util.h"
#include "wordset.h"

#define CHUNK_MIN	(256u << 10)	/* cut a chunk after this, when balanced */
#define CHUNK_MAX	(1u << 20)	/* and always after this */
#define CONTEXT		1500		/* bytes of context on each side */
#define LOOK_LINES	64		/* an open quotation looks this far */
#define LOOK_BYTES	(16u << 10)
#define MAXDEPTH	6
#define FLD		120		/* longest speaker, mention, cue */
#define NTOK		48		/* words of context on each side */
#define MAXSAID		1024		/* quotations remembered per document */
#define MAXWARN		5
#define MODEL_PIECE	(64u << 10)	/* longest piece the model reads */
#define NSLOT		6		/* chunks cut and not yet printed */

enum { F_DQ = 1, F_SQ, F_GU, F_SG };	/* families of marks */

struct ln {
	size_t		 pos, len;	/* the line is ck.s[pos..pos+len) */
	uint64_t	 off, lineno;
	int		 marks, blank;
	size_t		 s0, ns;	/* its sentences: sv.v[s0..s0+ns) */
	int		 split;		/* sentences computed */
	uint64_t	 sbase;		/* sentences of the document before it */
};

struct attr {
	char	 spk[FLD], men[FLD], cue[FLD];
	int	 ok, person;
	int	 g;		/* 'f', 'm' or 0: the gender column */
	int	 named;		/* spk is an entity of the model */
};

struct quote {
	size_t		 os, qs, qe, ce;	/* open mark, text, after close */
	size_t		 l0, l1;
	int		 parent, dead, unclosed, kind;
	int		 other;		/* words around it name no speaker */
	size_t		 g0, ng;		/* gaps left out of the text */
	struct attr	 a;
};

struct gap {
	size_t	 a, b;
};

struct ref {
	char		 name[FLD];
	uint64_t	 at, lineno;
	int		 person, ok;
	int		 g;		/* 'f', 'm' or 0: for she and he */
};

#define NRECENT	8

struct open {
	int	 fam;
	int32_t	 cp;
	size_t	 q;
};

/* A chunk as read, waiting for its model (qmodel.h): its lines, swapped
 * with those of struct qdoc when it is printed, and its model. */
struct qslot {
	struct buf	 ck;
	struct ln	*lns;
	size_t		 nlns, caplns;
	struct names	 names;
	struct doc_para	*qdv;		/* the pieces the recogniser reads */
	size_t		 qdn, qdcap;
	uint64_t	*qdline;	/* the line of each piece of qdv */
	int		 state;		/* see qmodel.c */
	uint64_t	 seq;		/* when it was cut */
};

/* A document being read: its current chunk, the quotations found in it,
 * what the document said before (for names and speakers), the model of
 * who is who of the chunk, and the options. */
struct qdoc {
	/* the chunk */
	struct buf	 ck;
	struct ln	*lns;
	size_t		 nlns, caplns;
	struct quote	*qv;
	size_t		 nq, capq;
	struct gap	*gv;
	size_t		 ngv, capgv;
	struct spanv	 sv;
	size_t		 npair;		/* quotations from pairing marks */
	struct quote	**order;	/* the printing order */
	size_t		 caporder;
	long		 bal_dq, bal_gu, n_straight;
	int		 multi;		/* a line held several sentences */
	int		 wrapped;	/* lines are hard-wrapped */
	/* pairing marks */
	struct open	 st[MAXDEPTH];
	int		 sd;
	size_t		 reopen_at;	/* a re-opening mark to skip */
	/* the document's memory */
	struct ref	 recent[NRECENT];	/* the last subjects, speakers */
	size_t		 nrecent;
	struct ref	 others[NRECENT];	/* other persons named */
	size_t		 nothers;
	struct ref	 subj, lastspk;
	struct attr	 cont;		/* the last speaker, for quote-only text */
	int		 cont_gap;
	uint64_t	 lastq_at;	/* where the last full quotation ended */
	struct attr	 intro;		/* "X said:" waiting for its quotation */
	int		 intro_gap, intro_colon;
	int		 intro_frag;	/* it says more than X said (X denied
					   the claims:) */
	struct attr	 iview;		/* who answers the "A:" lines */
	struct wordset	 said;		/* quotations so far -> index in saidv */
	struct wordset	 saidpre;	/* their first words */
	struct attr	*saidv;
	struct buf	 skey;		/* a key of said */
	size_t		 nsaid;
	size_t		 pending;	/* a quotation-only paragraph */
	uint64_t	 nsent;		/* sentences of the document so far */
	int		 nwarn;
	const char	*label;
	struct input	*curin;
	/* the model of who is who (names.h, coref.h, qmodel.h): of the
	 * chunk being printed in qnames; the chunks cut after it wait in
	 * slot[head], slot[head + 1], ... (nslot of them, modulo NSLOT)
	 * while their models are made */
	struct ner	*qner;
	struct names	 qnames;
	struct qslot	 slot[NSLOT];
	size_t		 head, nslot;
	uint64_t	 ncut;		/* chunks cut so far */
	/* options, and where rows go */
	int		 iflag, nflag;
	unsigned	 keep;		/* kinds printed */
	int		 open;		/* the last line goes on */
	qrow_fn		*emit;
	void		*emit_arg;
	struct buf	 qtext;		/* the text of a row */
};

/* Character classes around a mark: space, letter or digit, opening
 * punctuation, other punctuation. */
enum { C_SP, C_AL, C_PO, C_PC };

struct lex;

/* A word or punctuation mark of a context: ck.s[s..e). */
struct wt {
	size_t		 s, e;
	int32_t		 p;	/* 0 for a word, else the punctuation */
	int		 cap;
	int		 afterart;	/* the word before is an article or a
					   possessive ("the daily") */
	const struct lex *x;	/* the word in the lexicon */
};

#define W(t)		((t).p == 0)
#define WLEN(t)		((t).e - (t).s)
#define IS(t, str)	(W(t) && WLEN(t) == strlen(str) && \
			    strncasecmp(d->ck.s + (t).s, (str), WLEN(t)) == 0)

static inline int
isalnum8(int32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9');
	return c != U8_BAD && (u8_isalpha(c) || u8_isdigit(c));
}

/* An ASCII white-space byte (or NUL): for trimming bytes, where a byte
 * of 0x80 or more is part of a character (U+0301 ends in 0x81, à in 0xA0)
 * and no space. */
static inline int
spacebyte(char ch)
{
	unsigned char c = (unsigned char)ch;

	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v' || c == 0;
}

static inline int
isspace8(int32_t c)
{
	if (c < 0x80)
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		    c == '\f' || c == '\v' || c == 0;
	return c != U8_BAD && u8_isspace(c);
}

static inline int
isquote8(int32_t c)
{
	switch (c) {
	case '"': case '\'': case 0x2018: case 0x2019: case 0x201A:
	case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0xAB:
	case 0xBB: case 0x2039: case 0x203A:
		return 1;
	}
	return 0;
}

static inline int
isdash8(int32_t c)
{
	return c == 0x2014 || c == 0x2013 || c == 0x2015 || c == 0x2012;
}

/* qdoc.c: positions, sentences and quotations of the chunk */
int	 qd_cclass(int32_t c);
int32_t	 qd_cp_before(struct qdoc *d, size_t lo, size_t p);
int32_t	 qd_cp_at(struct qdoc *d, size_t p, size_t hi, size_t *len);
void	 qd_fld_set(char *dst, const char *s, size_t n);
uint64_t	 qd_docoff(struct qdoc *d, size_t li, size_t p);
uint64_t	 qd_pos2off(struct qdoc *d, size_t p);
void	 qd_warn_unclosed(struct qdoc *d, size_t li);
void	 qd_split_line(struct qdoc *d, size_t li);
void	 qd_sent_at(struct qdoc *d, size_t li, size_t p, size_t *a, size_t *b);
size_t	 qd_new_quote(struct qdoc *d, size_t li, size_t os, size_t qs,
	    int parent);
void	 qd_add_gap(struct qdoc *d, size_t q, size_t a, size_t b);
int32_t	 qd_first_alnum(struct qdoc *d, size_t a, size_t b, int *lead);
int	 qd_only_punct(struct qdoc *d, size_t a, size_t b);
int32_t	 qd_last_char(struct qdoc *d, size_t a, size_t b);
int	 qd_starts_upper(struct qdoc *d, size_t a, size_t b);
size_t	 qd_nwords(struct qdoc *d, size_t a, size_t b);
int	 qd_ends_colon(struct qdoc *d, size_t li);
size_t	 qd_line_near(struct qdoc *d, size_t li, int dir);

#endif
