/* classify_placed_before.c — an order placed before, told ahead of a request that adds to it
 * in the same clause (classify.c, reading.h pass 5): "i put in an order for pickup at 6, could
 * i add a side salad to it?". The telling only says which order the addition is for; its
 * words of pickup or delivery are no matter of the clause, so its cues start at the request. */
#include "gateway/order/classify_internal.h"

/* Does the customer tell of an order placed at token i: "ordered", or "order" after a verb
 * of placing ("placed an order", "made our order", "put in an order")? */
static bool classify_tells_placed(const struct order_class_input *in, size_t i, size_t begin,
                                  size_t end)
{
    enum { PLACING_TO_ORDER_MAX = 3 }; /* "put in an order", "placed my order" */
    static const char *const placing[] = {"placed", "made", "put", "sent"};
    const char *t = in->text;
    if (order_tok_is(t, in->tokens, i, end, "ordered"))
        return true;
    if (!order_tok_is(t, in->tokens, i, end, "order"))
        return false;
    for (size_t k = i > begin + PLACING_TO_ORDER_MAX ? i - PLACING_TO_ORDER_MAX : begin; k < i; k++)
        if (order_tok_in(t, in->tokens, k, end, placing, ORDER_WORDS_N(placing)))
            return true;
    return false;
}

size_t classify_placed_before_request(const struct order_class_input *in,
                                      const struct order_reading *rg, size_t c)
{
    if (!ORDER_CUES_ANY(&rg->cues, "ordered", "order") || !ORDER_CUES_ANY(&rg->cues, "add"))
        return rg->clauses[c].begin;
    const struct order_clause *cl = &rg->clauses[c];
    size_t first = cl->end; /* the first token of the clause's first thing */
    for (size_t x = 0; x < rg->n_things; x++)
        if (rg->things[x].clause == c && rg->things[x].begin < first)
            first = rg->things[x].begin;
    if (first >= cl->end)
        return cl->begin;
    bool placed = false;
    size_t comma = cl->end;
    for (size_t i = cl->begin; i < first; i++) {
        const struct order_token *s = &in->tokens[i];
        if (!placed) {
            placed = classify_tells_placed(in, i, cl->begin, first);
            continue;
        }
        if (s->kind == ORDER_TOKEN_PUNCT && (s->punct == ',' || s->punct == '-'))
            comma = i;
        /* the request after the telling adds to the order: "add" between it and the things */
        else if (comma < cl->end && order_tok_is(in->text, in->tokens, i, first, "add"))
            return comma + 1U;
    }
    return cl->begin;
}
