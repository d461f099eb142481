/* restated_described.c — a dish said again as "the <word> one" right after it, where the word
 * is something that dish is made with: "the kids quesadilla the cheese one". The word alone
 * may name another dish (one whose name holds it), but said right after the dish just named,
 * with nothing between, it only says again which dish that is: no second dish. "and" between
 * makes it one more (reading.h). */
#include "gateway/order/reading.h"

/* The end of the words of span th before its "one", when "the" stands before it and "one"
 * ends it or follows it; 0 when th is no such pointing. */
static size_t described_words_end(const char *text, const struct order_token *tokens,
                                  const struct order_thing *th, size_t n)
{
    if (th->begin == 0 || !order_tok_is(text, tokens, th->begin - 1U, n, "the"))
        return 0;
    if (th->end > th->begin + 1U && order_tok_is(text, tokens, th->end - 1U, n, "one"))
        return th->end - 1U;
    return order_tok_is(text, tokens, th->end, n, "one") ? th->end : 0;
}

void order_read_restated_described(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, size_t n,
                                   struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "the") || !ORDER_CUES_ANY(&rg->cues, "one"))
        return;
    for (size_t t = 1; t < rg->n_things; t++) {
        struct order_thing *th = &rg->things[t];
        const struct order_thing *o = &rg->things[t - 1U];
        size_t we = described_words_end(text, tokens, th, n);
        if (we == 0 || !th->is_span || th->reference || th->qty_explicit || th->mods.n > 0 ||
            th->item < 0 || !o->is_span || o->reference || o->item < 0 || o->item == th->item ||
            o->end >= th->begin || !order_read_span_whole(rd, rg, o) || we != th->begin + 1U ||
            order_read_span_whole(rd, rg, th) || o->end + 1U != th->begin)
            continue;
        bool held = true;
        for (size_t p = th->begin; p < we && held; p++)
            held = tokens[p].kind == ORDER_TOKEN_WORD &&
                   order_read_item_holds(rd, (size_t)o->item, text + tokens[p].off, tokens[p].len);
        if (held)
            th->reference = true; /* the dish before, pointed at again */
    }
}
