/*
 * speakers.h: who a mention is.  Takes the words of an attribution
 * (qwords.h), the model of who is who of the chunk (names.h, coref.h:
 * a surname is the person the model links it to, or the one person of
 * the model with that surname; "the senator" is the holder of that
 * role, names_holder()) and the speakers and sentence subjects met so
 * far in the document.  Gives the speaker: the entity's canonical name,
 * or a description as written, with the gender the text gives it.  Also
 * the noun phrases an attribution is made of (np_fwd, np_bwd).
 */
#ifndef SPEAKERS_H
#define SPEAKERS_H
#include <stddef.h>
#include <stdint.h>

struct attr;
struct nmention;
struct qdoc;
struct wt;

extern unsigned char spk_alnum[256];	/* ASCII letters and digits */

const char * spk_known(struct qdoc *d, const char *s, size_t n);
void	 spk_tables(void);
void	 spk_scan_names(struct qdoc *d, size_t a, size_t b, size_t li);
void	 spk_model_name(struct qdoc *d, struct attr *at);
int	 spk_model_person(struct qdoc *d, const char *s);
void	 spk_set_attr(struct qdoc *d, struct attr *at, const struct wt *t,
	    size_t a, size_t b, const char *cue, size_t cuelen);
int	 spk_np_ok(struct qdoc *d, const struct wt *t, size_t a, size_t b);
int	 spk_appos(struct qdoc *d, const struct wt *t, size_t a, size_t b);
int	 spk_np_and(struct qdoc *d, const struct wt *t, size_t a, size_t b);
size_t	 spk_np_fwd(struct qdoc *d, const struct wt *t, size_t i, size_t n);
size_t	 spk_np_bwd(struct qdoc *d, const struct wt *t, size_t e, size_t lo);
size_t	 spk_skip_back(struct qdoc *d, const struct wt *t, size_t v, size_t lo);
int	 spk_no_preposition(struct qdoc *d, const struct wt *t, size_t a,
	    size_t b);
int	 spk_model_attr(struct qdoc *d, const struct wt *t, size_t a, size_t b,
	    size_t v, struct attr *at);
void	 spk_set_written(struct qdoc *d, struct attr *at, const struct wt *t,
	    size_t a, size_t b, size_t v);
size_t	 spk_words_end(const struct wt *t, size_t i, size_t n);
int	 spk_is_pronoun_mention(const char *men);
void	 spk_note_speaker(struct qdoc *d, const struct attr *at,
	    uint64_t where);
int	 spk_person_before(struct qdoc *d, uint64_t o, struct attr *at);
/* The speaker as entity id of the model; the mention by name of a person
 * or organisation in document span [s, e), the first whose name ends with
 * the word last ends with (with last NULL, the last one). */
void	 spk_set_entity(struct qdoc *d, struct attr *at, uint32_t id);
const struct nmention *spk_span_name(struct qdoc *d, uint64_t s, uint64_t e,
	    const char *last);

#endif
