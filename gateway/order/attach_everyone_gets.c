/* attach_everyone_gets.c — "everyone gets the X" with the party's size said in the message
 * (attach.c, reading.h pass 4): "we're 14, everyone gets the veggie burger" asks for one for
 * every one of the party, as "a veggie burger each" does. Without a size said, the dish
 * keeps its count. */
#include "gateway/order/attach_internal.h"

/* Do the words right before b say that everyone of the party has the dish: "everyone gets",
 * "everybody wants", "we all have", "each of us wants", with at most an article between them and
 * the dish? */
static bool attach_everyone_before(const struct attach_state *st, size_t b)
{
    static const char *const verbs[] = {"gets", "get", "has", "have", "wants", "want", "takes"};
    static const char *const everyone[] = {"everyone", "everybody"};
    static const char *const group[] = {"we", "they"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = b;
    if (p > st->b &&
        (attach_is_article(text, t, p - 1U, st->e) || order_tok_is(text, t, p - 1U, st->e, "the")))
        p--;
    if (p < st->b + 2U || !order_tok_in(text, t, p - 1U, st->e, verbs, ORDER_WORDS_N(verbs)))
        return false;
    if (order_tok_in(text, t, p - 2U, st->e, everyone, ORDER_WORDS_N(everyone)))
        return true;
    /* "each of us wants", "every one of us gets", "all of us have" */
    static const char *const every[] = {"each", "one", "all"};
    if (p >= st->b + 4U && order_tok_is(text, t, p - 2U, st->e, "us") &&
        order_tok_is(text, t, p - 3U, st->e, "of") &&
        order_tok_in(text, t, p - 4U, st->e, every, ORDER_WORDS_N(every)))
        return true;
    return p >= st->b + 3U && order_tok_is(text, t, p - 2U, st->e, "all") &&
           order_tok_in(text, t, p - 3U, st->e, group, ORDER_WORDS_N(group));
}

void attach_everyone_gets(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "gets", "get", "has", "have", "wants", "want", "takes") ||
        !ORDER_CUES_ANY(&st->rg->cues, "everyone", "everybody", "us", "all"))
        return;
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &st->rg->things[s];
        if (!th->is_span || th->item < 0 || th->reference || th->qty_explicit || th->qty != 1 ||
            th->qty_unclear || !attach_everyone_before(st, th->begin))
            continue;
        size_t k = 0;
        int32_t v = 0;
        attach_party_size(st, &k, &v);
        th->qty_unclear = k > 0 && v < 0; /* "5 or 6 of us": how many is asked */
        if (k == 0 || v < 2 || v > ORDER_QTY_MAX)
            return;
        th->qty = v;
        th->qty_explicit = true;
    }
}
