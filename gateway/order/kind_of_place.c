/* kind_of_place.c — "i know ur a burger place", "best taco spot in town", "burger stall again",
 * "fruit stall by the gate": a dish's kind, or a food the menu lacks, right before a word for
 * a restaurant or a stall names what kind of place it is, no dish asked for. */
#include "gateway/order/reading.h"

/* Words for a place that sells food; a stall, stand, cart or kiosk sells it as a restaurant
 * does: "the cheese stall", "a taco stand", "the coffee cart". */
static const char *const place_words[] = {"place", "joint",  "restaurant", "spot",  "shop",
                                          "truck", "places", "joints",     "stall", "stalls",
                                          "stand", "stands", "cart",       "kiosk", "booth"};

bool order_place_word_at(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    return order_tok_in(text, tokens, i, e, place_words, ORDER_WORDS_N(place_words));
}

void order_read_kind_of_place(const char *text, const struct order_token *tokens,
                              struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "place", "joint", "restaurant", "spot", "shop", "truck",
                        "places", "joints", "stall", "stalls", "stand", "stands", "cart", "kiosk",
                        "booth"))
        return;
    for (size_t x = 0; x < rg->n_things; x++) {
        struct order_thing *th = &rg->things[x];
        size_t e = rg->clauses[th->clause].end;
        if (!th->is_span || th->reference || th->qty_explicit || th->item >= 0 ||
            !order_place_word_at(text, tokens, th->end, e))
            continue;
        for (size_t k = th->begin; k < th->end; k++)
            rg->roles[k] = ORDER_ROLE_NONE;
        order_reading_drop_thing(rg, x);
        x--;
    }
}
