/* narrow_bracketed.c — a kind, then which of it in brackets right after it (reading.h):
 * "a shake (chocolate)", "the burger (halloumi) and fries". A note-taker's way of writing
 * "a milkshake, the chocolate one": the bracketed dish names which of the kind is meant, one
 * dish and not two. order_read_narrowings asks this beside its own forms of narrowing. */
#include "gateway/order/reading.h"

bool order_narrow_bracketed(const struct order_token *tokens, const struct order_reading *rg,
                            const struct order_thing *kind, const struct order_thing *pick)
{
    /* cheap first: "(" right after the kind and the pick right after it */
    size_t open = kind->end;
    if (pick->begin != open + 1U || tokens[open].kind != ORDER_TOKEN_PUNCT ||
        tokens[open].punct != '(' || pick->qty_explicit || rg->n_clauses == 0)
        return false;
    /* the brackets hold the dish's words alone: "(chocolate)", not "(chocolate, and fries" */
    size_t close = pick->end;
    return close < rg->clauses[rg->n_clauses - 1U].end && tokens[close].kind == ORDER_TOKEN_PUNCT &&
           tokens[close].punct == ')';
}
