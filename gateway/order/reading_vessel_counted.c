/* reading_vessel_counted.c — a count, one food word and a vessel one drinks from ("2 coffee
 * cups", "3 tea mugs"): the customer may want that many drinks served so, or the empty
 * vessels; a person at the counter asks which. The thing read there (the drink with the vessel
 * as its change, or the phrase declined as a drink the menu lacks) becomes the phrase asked
 * back, never a guess in either direction. "a cup of coffee" measures the drink ("of"), and
 * "a coffee cup" with an article is the vessel (reading_food_object.c). */
#include "gateway/order/reading.h"

#include <string.h>

/* Is token t a drinking vessel's noun, the phrase ending after it? */
static bool counted_vessel_at(const char *text, const struct order_token *tokens, size_t t,
                              size_t e)
{
    static const char *const vessels[] = {"cup", "cups", "mug", "mugs"};
    static const char *const after[] = {"please", "pls", "plz", "and", "too", "for"};
    return order_tok_in(text, tokens, t, e, vessels, ORDER_WORDS_N(vessels)) &&
           (t + 1U >= e || tokens[t + 1U].kind != ORDER_TOKEN_WORD ||
            order_tok_in(text, tokens, t + 1U, e, after, ORDER_WORDS_N(after)));
}

void order_read_vessels_counted(const char *text, const struct order_token *tokens,
                                struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "cup", "cups", "mug", "mugs"))
        return;
    for (size_t x = 0; x < rg->n_things; x++) {
        struct order_thing *th = &rg->things[x];
        size_t e = rg->clauses[th->clause].end;
        /* one word before the vessel, counted in digits or words ("2", "two") */
        if (th->reference || th->past || !th->qty_explicit || th->qty < 2 ||
            th->end < th->begin + 1U)
            continue;
        size_t food = th->begin, vessel = th->is_span ? th->end : th->end - 1U;
        if (vessel != food + 1U || !counted_vessel_at(text, tokens, vessel, e) ||
            (th->is_span && th->mods.n > 1U))
            continue;
        th->is_span = false;
        th->item = -1;
        memset(&th->candidates, 0, sizeof(th->candidates));
        th->leftover_kind = ORDER_LEFTOVER_ITEMLIKE;
        th->vague = th->unreadable = true;
        th->end = (uint16_t)(vessel + 1U);
        th->mods.n = 0;
        th->phrase_len = (uint16_t)order_words_join(text, tokens, th->begin, th->end, th->phrase,
                                                    sizeof(th->phrase));
    }
}
