/* possessed_kind.c — "can I order a corona with my tacos? 3 carne asada tacos": a kind of
 * dish after "my" or "our", uncounted, is the customer's own dish of that kind asked for
 * elsewhere in the message, before or after it (reading.h). It points at that dish and asks
 * for none: no choice of the kind to settle. */
#include "gateway/order/reading.h"

void order_read_possessed_kinds(const char *text, const struct order_token *tokens,
                                struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "my", "our"))
        return;
    for (size_t k = 0; k < rg->n_things; k++) {
        struct order_thing *th = &rg->things[k];
        if (!th->is_span || th->item >= 0 || th->reference || th->qty_explicit || th->begin == 0 ||
            th->begin == th->end ||
            !(order_token_is(text, &tokens[th->begin - 1U], "my") ||
              order_token_is(text, &tokens[th->begin - 1U], "our")))
            continue;
        for (size_t x = 0; x < rg->n_things && !th->reference; x++) {
            const struct order_thing *o = &rg->things[x];
            th->reference = x != k && o->is_span && !o->reference && o->item >= 0 &&
                            order_item_set_has(&th->candidates, (size_t)o->item);
        }
    }
}
