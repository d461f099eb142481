/* classify_food_named.c — the words of a dish the menu lacks name it; they ask nothing
 * (classify.c, reading.h pass 5). "can i get a birthday cake and a lemonade": "birthday" is a
 * cue of another matter (a party, a booking) when it is what the clause is about, yet here it
 * is a word of the cake asked for, as "spicy" is a word of "the spicy burger". Read as a cue,
 * it made the whole message a remark and the lemonade was lost. Only a dish counted ("a",
 * "2") is asked for; its last word, the noun, stays as it is. */
#include "gateway/order/classify_internal.h"

bool classify_mask_food_names(const char *text, const struct order_token *tokens,
                              const struct order_reading *rg, const struct order_clause *cl,
                              uint8_t *out)
{
    bool any = false;
    size_t c = (size_t)(cl - rg->clauses);
    for (size_t x = 0; x < rg->n_things; x++) {
        const struct order_thing *th = &rg->things[x];
        if (th->is_span || th->clause != c || th->leftover_kind != ORDER_LEFTOVER_FOOD ||
            th->end < th->begin + 2U || th->begin == 0 ||
            (rg->roles[th->begin - 1U] != ORDER_ROLE_QTY && !th->qty_explicit &&
             !order_tok_is(text, tokens, th->begin - 1U, th->begin, "a") &&
             !order_tok_is(text, tokens, th->begin - 1U, th->begin, "an")))
            continue; /* counted: "a birthday cake", "2 wedding cakes" */
        for (size_t k = th->begin; k + 1U < th->end; k++)
            if (out[k] == ORDER_ROLE_LEFTOVER || out[k] == ORDER_ROLE_NONE) {
                out[k] = ORDER_ROLE_ITEM;
                any = true;
            }
    }
    return any;
}
