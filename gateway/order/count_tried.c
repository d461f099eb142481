/* count_tried.c — a count tried out loud, then settled: "4 california burritos? ok too much.
 * 2 california burritos". A clause of nothing but a counted dish and a question mark asks
 * the customer's own question; the same dish counted again in a later clause is the count
 * settled on, which replaces the one tried, not one more of it. */
#include <string.h>

#include "gateway/order/reading.h"

/* Is clause c nothing but span th and punctuation, ending in a question mark? */
static bool count_tried_alone(const struct order_token *tokens, const struct order_reading *rg,
                              const struct order_thing *th)
{
    const struct order_clause *cl = &rg->clauses[th->clause];
    bool asked = false;
    for (size_t p = cl->begin; p < cl->end; p++) {
        if (p >= th->begin && p < th->end)
            continue;
        if (tokens[p].kind != ORDER_TOKEN_PUNCT && rg->roles[p] != ORDER_ROLE_QTY)
            return false;
        asked = asked || (tokens[p].kind == ORDER_TOKEN_PUNCT && tokens[p].punct == '?');
    }
    return asked && !cl->request_form;
}

void order_read_count_tried(const struct order_token *tokens, struct order_reading *rg)
{
    for (size_t k = 0; k < rg->n_things; k++) {
        const struct order_thing *th = &rg->things[k];
        if (!th->is_span || th->item < 0 || !th->qty_explicit || th->mods.n > 0 ||
            !count_tried_alone(tokens, rg, th))
            continue;
        bool settled = false;
        for (size_t j = k + 1U; j < rg->n_things && !settled; j++) {
            const struct order_thing *o = &rg->things[j];
            settled =
                o->is_span && o->item == th->item && o->qty_explicit && o->clause > th->clause;
        }
        if (!settled)
            continue;
        struct order_clause *cl = &rg->clauses[th->clause];
        /* the question was the customer's own, to themselves: nothing is asked of us */
        cl->question_form = cl->question_start = false;
        memset(rg->roles + cl->begin, ORDER_ROLE_FILLER, cl->end - cl->begin);
        order_reading_drop_thing(rg, k);
        k--;
    }
}
