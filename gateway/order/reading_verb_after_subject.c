/* reading_verb_after_subject.c — "we wrap at 5", "i bowl on tuesdays", "they wrap up soon": a
 * noun that names a kind of dish, right after a subject pronoun, is a verb there (English puts
 * no bare noun after its subject), a word of the customer's day, no dish asked for. A kind
 * only, and one the verb's own words follow ("at 2", "up soon": free words, no menu word nor
 * "please"): a word that names one dish by itself is read as that dish wherever it stands, and
 * "we wrap please" is texted short for asking. */
#include <string.h>

#include "gateway/order/reading_internal.h"

bool read_drop_verb_after_subject(const char *text, const struct order_token *tokens,
                                  struct order_reading *rg, struct order_clause *cl, size_t s)
{
    static const char *const subjects[] = {"i", "we", "they", "he", "she", "you"};
    if (!ORDER_CUES_ANY(&rg->cues, "i", "we", "they", "he", "she", "you"))
        return false;
    struct order_thing *th = &rg->things[s];
    if (!th->is_span || th->item >= 0 || th->end != th->begin + 1U || th->begin == cl->begin ||
        th->qty_explicit || rg->roles[th->begin - 1U] != ORDER_ROLE_NONE || th->end >= cl->end ||
        tokens[th->end].kind != ORDER_TOKEN_WORD || rg->roles[th->end] != ORDER_ROLE_NONE ||
        rg->n_hits[th->end] > 0 ||
        !order_tok_in(text, tokens, th->begin - 1U, th->end, subjects, ORDER_WORDS_N(subjects)))
        return false;
    memset(rg->roles + th->begin, ORDER_ROLE_FILLER, 1U);
    memmove(th, th + 1, (rg->n_things - s - 1U) * sizeof(*th));
    rg->n_things--;
    cl->n_spans--;
    return true;
}
