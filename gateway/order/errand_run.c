/* errand_run.c — "Dessert run!", "coffee run for the office", "taco run tonight": a dish's
 * kind, or a dish, right before "run" names the errand of fetching food, no dish asked for;
 * the dishes of the errand are named apart ("One carrot cake, two brownies. Dessert run!"). */
#include "gateway/order/reading.h"

void order_read_errand_runs(const char *text, const struct order_token *tokens,
                            struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "run", "runs"))
        return;
    for (size_t x = 0; x < rg->n_things; x++) {
        struct order_thing *th = &rg->things[x];
        size_t e = rg->clauses[th->clause].end;
        if (!th->is_span || th->reference || th->qty_explicit ||
            !(order_tok_is(text, tokens, th->end, e, "run") ||
              order_tok_is(text, tokens, th->end, e, "runs")))
            continue;
        for (size_t k = th->begin; k < th->end; k++)
            rg->roles[k] = ORDER_ROLE_FILLER;
        order_reading_drop_thing(rg, x);
        x--;
    }
}
