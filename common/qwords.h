/*
 * qwords.h: the words of a quotation's context, and the word lists of
 * quotes(1) (speech verbs, titles, nouns for speakers, pronouns...: the
 * common/data/quote_*.txt files) in one table, one look-up a word.
 * Takes a span of the chunk; gives its words and punctuation (struct wt)
 * and what each word is.
 */
#ifndef QWORDS_H
#define QWORDS_H
#include <stddef.h>

#include "wordset.h"

struct qdoc;
struct wt;

/* the lists, once qw_init() has read them */
extern struct wordset w_dict, w_given;	/* the entities' lists */
extern struct wordset w_female, w_male, w_labels;
extern struct wordset w_common, w_nouns, w_org, w_pron, w_skip, w_titles,
    w_verbs;

void	 qw_init(void);
void	 qw_lex_build(void);
const char * qw_lk(const struct wordset *ws, const char *s, size_t n);
size_t	 qw_words(struct qdoc *d, size_t a, size_t b, struct wt *t, size_t max,
	    int fromend);
const char * qw_wval(const struct wordset *ws, const struct wt *t);
int	 qw_is_verb(const struct wt *t);
int	 qw_fiction_verb(const struct wt *t);
int	 qw_is_verb_any(const struct wt *t);
int	 qw_is_skip(struct qdoc *d, const struct wt *t);
int	 qw_is_det(struct qdoc *d, const struct wt *t);
int	 qw_num_adj(struct qdoc *d, const struct wt *t);
int	 qw_noun_after_det(struct qdoc *d, const struct wt *t, size_t i);
int	 qw_is_conn(struct qdoc *d, const struct wt *t);
int	 qw_is_pron(const struct wt *t);
size_t	 qw_poss(struct qdoc *d, const struct wt *t);
const char * qw_noun_kind(struct qdoc *d, const struct wt *t);
int	 qw_is_common(const struct wt *t);
void	 qw_lower(char *d, const char *s, size_t n);
int	 qw_is_dictcap(struct qdoc *d, const struct wt *t);
int	 qw_given(struct qdoc *d, const struct wt *t);
int	 qw_is_capname(const struct wt *t);

#endif
