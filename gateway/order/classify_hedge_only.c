/* classify_hedge_only.c — a clause made only of a hedge, after another clause ("... and a
 * lemonade? I think?", "... fries? if that's ok?") (classify_clause.c, reading.h pass 5). It
 * softens what was said before it; its question mark asks nothing of its own, and it names
 * nothing to ask about. */
#include "gateway/order/classify_internal.h"

bool classify_hedge_only(const struct order_class_input *in, const struct order_reading *rg,
                         size_t c)
{
    /* the words a hedge is made of, and those of them that carry it */
    static const char *const words[] = {
        "i",     "think", "guess", "suppose", "maybe",   "perhaps",  "probably",  "if",
        "thats", "that",  "ok",    "okay",    "alright", "fine",     "hopefully", "reckon",
        "im",    "sure",  "not",   "so",      "or",      "something"};
    static const char *const hedges[] = {"think",   "guess",    "suppose", "maybe",
                                         "perhaps", "probably", "ok",      "okay",
                                         "alright", "fine",     "reckon",  "hopefully"};
    if (!ORDER_CUES_ANY(&rg->cues, "think", "guess", "suppose", "maybe", "perhaps", "probably",
                        "ok", "okay", "alright", "fine", "reckon", "hopefully"))
        return false;
    const struct order_clause *cl = &rg->clauses[c];
    bool hedged = false;
    if (c == 0)
        return false;
    for (size_t i = cl->begin; i < cl->end; i++) {
        if (in->tokens[i].kind != ORDER_TOKEN_WORD)
            continue;
        if (rg->roles[i] != ORDER_ROLE_NONE && rg->roles[i] != ORDER_ROLE_FILLER &&
            rg->roles[i] != ORDER_ROLE_OPENER)
            return false;
        if (!order_tok_in(in->text, in->tokens, i, cl->end, words, ORDER_WORDS_N(words)))
            return false;
        hedged =
            hedged || order_tok_in(in->text, in->tokens, i, cl->end, hedges, ORDER_WORDS_N(hedges));
    }
    return hedged;
}
