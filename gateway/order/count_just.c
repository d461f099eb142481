/* count_just.c — a dish named bare (or as one), then named again in a later clause that opens
 * with "just" or "only": "fries please!! … just one portion of fries and a cold brew", "Onion
 * rings. Just onion rings. Nothing else." The later clause says how much of the dish is meant:
 * it replaces the first naming, not one more. */
#include <stdint.h>
#include <string.h>

#include "gateway/order/reading.h"

/* Where the "just" or "only" opening clause cl (after punctuation) stands, or SIZE_MAX when
 * the clause opens otherwise. */
static size_t count_just_at(const char *text, const struct order_token *tokens,
                            const struct order_clause *cl)
{
    size_t p = cl->begin;
    while (p < cl->end && tokens[p].kind == ORDER_TOKEN_PUNCT)
        p++;
    return order_tok_is(text, tokens, p, cl->end, "just") ||
                   order_tok_is(text, tokens, p, cl->end, "only")
               ? p
               : SIZE_MAX;
}

/* Is dish o named right after the "just" at p, an article at most between ("Just onion
 * rings.", "just a cheeseburger"), no verb ("just want to make sure the horchata ...")? */
static bool count_just_names(const char *text, const struct order_token *tokens,
                             const struct order_clause *cl, size_t p, const struct order_thing *o)
{
    return o->begin == p + 1U ||
           (o->begin == p + 2U && order_tok_article(text, tokens, p + 1U, cl->end));
}

void order_read_count_just(const char *text, const struct order_token *tokens,
                           struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "just", "only"))
        return;
    for (size_t k = 0; k < rg->n_things; k++) {
        const struct order_thing *th = &rg->things[k];
        if (!th->is_span || th->item < 0 || (th->qty_explicit && th->qty != 1) || th->mods.n > 0)
            continue;
        bool settled = false;
        for (size_t j = k + 1U; j < rg->n_things && !settled; j++) {
            const struct order_thing *o = &rg->things[j];
            const struct order_clause *ocl = &rg->clauses[o->clause];
            if (!o->is_span || o->item != th->item || o->reference || o->clause <= th->clause)
                continue;
            size_t just = count_just_at(text, tokens, ocl);
            if (just == SIZE_MAX)
                continue;
            /* "just one portion of fries" after bare fries: the count; "Onion rings. Just onion
             * rings.", "a cheeseburger. just a cheeseburger": named again as it was, the same */
            settled = (o->qty_explicit && !th->qty_explicit) ||
                      count_just_names(text, tokens, ocl, just, o);
        }
        if (!settled)
            continue;
        memset(rg->roles + th->begin, ORDER_ROLE_FILLER, th->end - th->begin);
        order_reading_drop_thing(rg, k);
        k--;
    }
}
