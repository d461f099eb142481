/* attach_each_with.c — "each with", "both with" or "all with" before a dish after the dishes it
 * goes with
 * ("a falafel wrap and a beef burger, each with a side of onion rings"). The side named after "each
 * with" comes once with every dish counted before "each" in the clause, so its count is
 * theirs together; without it the side would be read as one. The mirror of "fries with each"
 * (attach_with_each, attach_each.c), where the side comes first. */
#include "gateway/order/attach_internal.h"

/* Where "each with" or "both with" stands before dish th, only words of serving between
 * ("each with a side of", "each w/ an order of", "both w/"), or SIZE_MAX when it does not.
 * *both tells which word stands. */
static size_t each_with_before(const struct attach_state *st, const struct order_thing *th,
                               bool *both)
{
    enum { SERVING_WORDS_MAX = 4 };
    static const char *const serving[] = {"a", "an", "side", "of", "order", "portion"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = th->begin;
    while (p > st->b && th->begin - p < SERVING_WORDS_MAX &&
           order_tok_in(text, t, p - 1U, th->begin, serving, ORDER_WORDS_N(serving)))
        p--;
    if (p > st->b + 2U && t[p - 1U].kind == ORDER_TOKEN_PUNCT && t[p - 1U].punct == '/' &&
        order_tok_is(text, t, p - 2U, p, "w"))
        p--; /* "w/": the slash is the word's own */
    if (p < st->b + 2U ||
        !(order_tok_is(text, t, p - 1U, p, "with") || order_tok_is(text, t, p - 1U, p, "w")))
        return SIZE_MAX;
    *both = order_tok_is(text, t, p - 2U, p, "both");
    /* "..., all with fries": every dish before it, as "each" */
    if (!*both && !order_tok_is(text, t, p - 2U, p, "each") &&
        !order_tok_is(text, t, p - 2U, p, "all"))
        return SIZE_MAX;
    return p - 2U;
}

/* The counts together of the dishes asked for before token at: in the clause [first, end)
 * alone, or in the whole message before it when across is set. */
static int32_t counted_before(const struct attach_state *st, const struct order_thing *th,
                              size_t first, size_t end, size_t at, bool across)
{
    int32_t n = 0;
    for (size_t k = across ? 0 : first; k < end; k++) {
        const struct order_thing *o = &st->rg->things[k];
        if (o != th && o->is_span && o->item >= 0 && !o->reference && o->end <= at)
            n += o->qty;
    }
    return n;
}

void attach_each_with(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "each", "both", "all") ||
        !ORDER_CUES_ANY(&st->rg->cues, "with", "w"))
        return;
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &st->rg->things[s];
        if (!th->is_span || th->item < 0 || th->reference || th->qty_explicit)
            continue;
        bool both = false;
        size_t each = each_with_before(st, th, &both);
        if (each == SIZE_MAX)
            continue;
        /* "both" is two, whichever clauses the two dishes were asked for in ("Me: a burger /
         * Him: same / Both w/ fries"); "each" is every dish before it in its clause */
        /* "... a chicken burger. all w fries": opening its clause, "all"/"each" is every
         * dish asked for before it in the message */
        int32_t n = counted_before(st, th, first, end, each, both || each == st->b);
        if (both && n >= 2)
            n = 2;
        if (n >= 2) {
            th->qty = n;
            th->qty_explicit = true;
        }
    }
}
