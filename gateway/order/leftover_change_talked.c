/* leftover_change_talked.c — "the tofu bowl no broccoli tbh broccoli is mid": food the
 * customer took off a dish with a change, named again as the subject of a verb of being,
 * is talk of that part ("broccoli is mid", "onions are gross"), no dish the menu lacks
 * asked for. The change must name the word (singular or plural) and come before it. */
#include "gateway/order/reading.h"

bool order_read_change_talked_of(const char *text, const struct order_token *tokens,
                                 const struct order_reading *rg, const struct order_thing *th)
{
    if (!ORDER_CUES_ANY(&rg->cues, "is", "are", "was", "were", "s"))
        return false;
    static const char *const being[] = {"is", "are", "was", "were", "s"};
    size_t end = rg->clauses[th->clause].end;
    const struct order_token *w = &tokens[th->end - 1U];
    if (th->end != th->begin + 1U || w->kind != ORDER_TOKEN_WORD || w->len < 3 ||
        !order_tok_in(text, tokens, th->end, end, being, ORDER_WORDS_N(being)))
        return false;
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *o = &rg->things[t];
        if (!o->is_span || o->reference || o->end > th->begin)
            continue;
        for (uint8_t m = 0; m < o->mods.n; m++)
            if (order_change_names_word(o->mods.text[m], text + w->off, w->len))
                return true;
    }
    return false;
}
