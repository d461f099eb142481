/* count_left_open.c — how many left to the kitchen (reading.h): "al pastor tacos + carnitas
 * tacos, whatever amount you think is right", "tacos, however many u think", "churros for
 * anyone who wants some". The dishes are asked for, their count is not said: each is asked how
 * many, never read as one, nor as one for each of a group the message names. */
#include "gateway/order/reading.h"

/* The first token of "however many" / "whatever amount" and a "you" with a verb of judging
 * within the next words, at token i of [i, e); false elsewhere. */
static bool left_open_at(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    enum { JUDGE_WITHIN = 3 };
    static const char *const leads[] = {"however", "whatever"};
    static const char *const amounts[] = {"many", "much", "amount", "quantity", "number"};
    static const char *const yous[] = {"you", "u", "ya", "yall"};
    static const char *const judging[] = {"think", "recommend", "suggest", "reckon", "figure"};
    if (!order_tok_in(text, tokens, i, e, leads, ORDER_WORDS_N(leads)) ||
        !order_tok_in(text, tokens, i + 1U, e, amounts, ORDER_WORDS_N(amounts)))
        return false;
    for (size_t k = i + 2U; k < e && k <= i + 2U + JUDGE_WITHIN; k++)
        if (order_tok_in(text, tokens, k, e, yous, ORDER_WORDS_N(yous)) &&
            order_tok_in(text, tokens, k + 1U, e, judging, ORDER_WORDS_N(judging)))
            return true;
    return false;
}

/* "churros for anyone who wants some", "for whoever wants them": a dish for as many as want it
 * at token i of [i, e). How many is not said; "for whoever wants it" asks for one, and "for
 * whoever is driving" is one person's. */
static bool left_to_wanting_at(const char *text, const struct order_token *tokens, size_t i,
                               size_t e)
{
    static const char *const anyone[] = {"anyone", "anybody", "everyone", "everybody"};
    static const char *const who[] = {"who", "that"};
    static const char *const wanting[] = {"wants", "want", "likes", "like", "fancies"};
    if (!order_tok_is(text, tokens, i, e, "for"))
        return false;
    size_t p = i + 1U;
    if (order_tok_is(text, tokens, p, e, "whoever") || order_tok_is(text, tokens, p, e, "whomever"))
        p++;
    else if (order_tok_in(text, tokens, p, e, anyone, ORDER_WORDS_N(anyone)) &&
             order_tok_in(text, tokens, p + 1U, e, who, ORDER_WORDS_N(who)))
        p += 2U;
    else
        return false;
    return order_tok_in(text, tokens, p, e, wanting, ORDER_WORDS_N(wanting)) &&
           !order_tok_is(text, tokens, p + 1U, e, "it") &&
           !order_tok_is(text, tokens, p + 1U, e, "one");
}

void order_read_counts_left_open(const char *text, const struct order_token *tokens,
                                 struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "however", "whatever", "whoever", "whomever", "anyone",
                        "anybody", "everyone", "everybody") ||
        !ORDER_CUES_ANY(&rg->cues, "think", "recommend", "suggest", "reckon", "figure", "wants",
                        "want", "likes", "like", "fancies"))
        return;
    for (size_t c = 0; c < rg->n_clauses; c++) {
        const struct order_clause *cl = &rg->clauses[c];
        if (cl->n_spans == 0)
            continue;
        size_t at = cl->begin;
        while (at < cl->end && !left_open_at(text, tokens, at, cl->end) &&
               !left_to_wanting_at(text, tokens, at, cl->end))
            at++;
        if (at >= cl->end)
            continue;
        for (size_t x = 0; x < rg->n_things; x++) {
            struct order_thing *th = &rg->things[x];
            /* a dish with its own count written before it keeps it */
            if (th->clause != c || !th->is_span || th->reference || th->end > at ||
                (th->begin > 0 && rg->roles[th->begin - 1U] == ORDER_ROLE_QTY))
                continue;
            th->qty = 1;
            th->qty_explicit = false;
            th->qty_unclear = true;
        }
    }
}
