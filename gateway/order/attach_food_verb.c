/* attach_food_verb.c — a word the food lexicon holds, right after a subject ("we'll roll over
 * in 20", "they will roll in at 6", "i toast at noon"), is a verb there: English puts no bare
 * noun after its subject, so it tells what the customer does, no dish the menu lacks. The
 * mirror of reading_verb_after_subject.c, which reads the menu's own kinds so; like it, only
 * where the verb's own words follow (a free word, no menu word nor "please"). */
#include "gateway/order/attach_internal.h"

/* Is token p a subject pronoun, or one joined to "will" ("we'll", "ill": apostrophes are
 * dropped)? */
static bool subject_at(const struct attach_state *st, size_t p)
{
    static const char *const subjects[] = {"i",   "we",  "they", "he",     "she",
                                           "you", "ill", "well", "theyll", "youll"};
    return attach_in(st->text, st->tokens, p, st->e, subjects, ORDER_WORDS_N(subjects));
}

bool attach_food_verb(const struct attach_state *st, size_t i, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "i", "we", "they", "he", "she", "you", "ill", "well", "theyll",
                        "youll"))
        return false;
    static const char *const modals[] = {"will", "shall", "can", "would", "could"};
    const struct order_token *t = st->tokens;
    size_t v = i;
    if (v + 1U < b && attach_in(st->text, t, v, b, modals, ORDER_WORDS_N(modals)))
        v++; /* "they will roll in": the run holds the modal */
    if (v + 1U != b || i <= st->b || b >= st->e || !subject_at(st, i - 1U) ||
        t[b].kind != ORDER_TOKEN_WORD || st->rg->n_hits[b] > 0 || !attach_free(st, b) ||
        order_tok_is(st->text, t, b, st->e, "please") || order_tok_is(st->text, t, b, st->e, "pls"))
        return false;
    return true;
}
