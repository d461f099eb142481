/* past_named_after.c — an order outside the message named right after it in a relative
 * clause: "my usual which is the cheeseburger", "our regular that's a falafel wrap", or after a
 * comma: "the same burger my wife had last time, the one with the mushroom". The words say what
 * the order was: the dish named is the order, nothing is left to ask back. */
#include <string.h>

#include "gateway/order/reading.h"

/* Where the relative clause "which is" / "that is" / "thats" (an article after it) that ends
 * leftover [b, e) starts; e when the leftover ends otherwise. */
static size_t past_relative_start(const char *text, const struct order_token *tokens, size_t b,
                                  size_t e)
{
    static const char *const articles[] = {"the", "a", "an"};
    static const char *const relatives[] = {"which", "that"};
    size_t p = e;
    if (p > b && order_tok_in(text, tokens, p - 1U, e, articles, ORDER_WORDS_N(articles)))
        p--;
    if (p > b && order_tok_is(text, tokens, p - 1U, e, "thats"))
        return p - 1U;
    if (p >= b + 2U && order_tok_is(text, tokens, p - 1U, e, "is") &&
        order_tok_in(text, tokens, p - 2U, e, relatives, ORDER_WORDS_N(relatives)))
        return p - 2U;
    return e;
}

/* "the same burger my wife had last time, the one with the mushroom": a comma, then a dish
 * named whole or pointed at by "the one" and what it holds, says which dish the order outside
 * the message was: the words between [a, b) are the comma and those of pointing. */
static bool past_apposition(const char *text, const struct order_token *tokens,
                            const struct order_thing *past, size_t b)
{
    static const char *const pointing[] = {"the", "one", "with", "w", "i", "mean", "ie", "aka"};
    size_t a = past->end;
    if (!past->past || a >= b || tokens[a].kind != ORDER_TOKEN_PUNCT ||
        !strchr(",.?!-", tokens[a].punct))
        return false;
    for (size_t p = a + 1U; p < b; p++)
        if (!order_tok_in(text, tokens, p, b, pointing, ORDER_WORDS_N(pointing)))
            return false;
    return true;
}

/* "the same burrito i had last week? the one with the chicken": the kind the order outside
 * the message was of, named after "same", narrows the dish pointed at after it to its own. */
static void past_kind_narrows(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, const struct order_reading *rg,
                              const struct order_thing *past, struct order_thing *next)
{
    if (next->item >= 0)
        return;
    for (size_t p = past->begin; p + 1U < past->end; p++) {
        if (!order_tok_is(text, tokens, p, past->end, "same"))
            continue;
        struct order_item_set kind;
        memset(&kind, 0, sizeof(kind));
        for (size_t h = 0; h < rg->n_hits[p + 1U]; h++)
            if (rg->hits[p + 1U][h].edits == 0)
                order_item_set_or(&kind, &rd->lex->words[rg->hits[p + 1U][h].words[0]].items);
        order_item_set_and(&kind, &next->candidates);
        if (order_item_set_count(&kind) == 1)
            order_thing_pin(next, order_item_set_next(&kind, 0));
        return;
    }
}

void order_read_past_named_after(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, struct order_reading *rg)
{
    for (size_t k = 0; k + 1U < rg->n_things; k++) {
        const struct order_thing *past = &rg->things[k], *next = &rg->things[k + 1U];
        if (past->is_span || !next->is_span || next->reference)
            continue;
        if (past_apposition(text, tokens, past, next->begin)) {
            past_kind_narrows(rd, text, tokens, rg, past, &rg->things[k + 1U]);
            if (rg->things[k + 1U].item < 0)
                continue;
            order_reading_leftover_to_filler(rg, k);
            k--;
            continue;
        }
        if (!ORDER_CUES_ANY(&rg->cues, "thats", "is") ||
            !ORDER_CUES_ANY(&rg->cues, "thats", "which", "that") || next->item < 0 ||
            next->begin != past->end)
            continue;
        size_t rel = past_relative_start(text, tokens, past->begin, past->end);
        if (rel == past->end)
            continue;
        /* the words before the relative clause end in a reference to an order outside it */
        bool named = false;
        for (size_t p = past->begin; p < rel && p <= past->begin + 2U && !named; p++)
            named = order_read_past_reference(text, tokens, p, rel, rg) == rel - p;
        if (!named)
            continue;
        order_reading_leftover_to_filler(rg, k);
        k--;
    }
}
