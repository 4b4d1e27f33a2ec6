/*
 * coref.h: linking pronouns to the entities of a document (names.h).
 *
 * Takes the entities and mentions by name of names.h and the paragraphs
 * they came from (doc.h).  Gives the mentions by pronoun: every he, him,
 * his, himself, she, her, hers and herself outside quotation marks, with
 * the person it refers to or none; each link adds to the entity's
 * pronoun count and, once all are made, to the evidence of its gender.
 *
 * A pronoun is resolved by ordered passes, the first that finds a
 * compatible person wins (a person is compatible unless the text, or
 * failing that a given name, gives it the other gender):
 *   1. a person named or pronoun-linked earlier in the same sentence,
 *      the subject (the first) before the others, where a name in
 *      apposition to a possessive's noun (Her coach, Ann Roe,) comes
 *      before the possessor;
 *   2. the same in each earlier sentence, nearest first, at most
 *      COREF_BACK sentences back (paragraphs do not stop it);
 * a description that starts a sentence or follows a quotation ("A nurse
 * disagreed.", "...," a firefighter told) takes part as a person of its own,
 * whose pronouns refer to no entity; names inside quotation marks are no
 * antecedents, nor a person that a pronoun of the other gender refers to
 * in that sentence or the current one (she ..., and he ...).
 * Organisations never take he or she.
 * Sentences are cut by a light rule of its own (., ?, ! before a
 * capital; not after an initial, a title or U.S.), enough for the order
 * of persons.
 */
#ifndef COREF_H
#define COREF_H

#include <stddef.h>

#include "doc.h"
#include "names.h"

#define COREF_BACK	6

/* Resolve the pronouns of paragraphs pv[0..np) (sorted by offset). */
void	coref_pronouns(struct names *, const struct doc_para *, size_t);

#endif
