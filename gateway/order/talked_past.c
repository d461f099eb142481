/* talked_past.c — a dish someone else ate on an earlier visit, told of: "she had the
 * quesabirria last time she visited", "my mom had the flan yesterday". A subject, a past verb of
 * eating, the dish and a time before now tell a story of the customer's, not what they ask for; the
 * request, if any, comes in a clause of its own. */
#include "gateway/order/reading.h"

bool order_time_before_now_at(const char *text, const struct order_token *tokens, size_t p,
                              size_t e)
{
    static const char *const times[] = {"yesterday", "before", "earlier", "once"};
    static const char *const spans[] = {"time",  "week",   "night",    "month",   "year",
                                        "visit", "friday", "saturday", "weekend", "summer"};
    if (order_tok_in(text, tokens, p, e, times, ORDER_WORDS_N(times)))
        return true;
    if (order_tok_is(text, tokens, p, e, "last"))
        return order_tok_in(text, tokens, p + 1U, e, spans, ORDER_WORDS_N(spans));
    return order_tok_is(text, tokens, p, e, "the") &&
           order_tok_is(text, tokens, p + 1U, e, "other") &&
           order_tok_is(text, tokens, p + 2U, e, "day");
}

/* Does a subject and a past verb of eating end right before token b, past an article ("she
 * had the", "my mom ate a")? */
static bool talked_past_eaten_before(const char *text, const struct order_token *tokens,
                                     size_t begin, size_t b)
{
    static const char *const articles[] = {"the", "a", "an", "ur", "your"};
    static const char *const eaten[] = {"had", "ate", "tried"};
    static const char *const subjects[] = {"he", "she", "they"};
    size_t p = b;
    if (p > begin && order_tok_in(text, tokens, p - 1U, b, articles, ORDER_WORDS_N(articles)))
        p--;
    if (p < begin + 2U || !order_tok_in(text, tokens, p - 1U, b, eaten, ORDER_WORDS_N(eaten)))
        return false;
    /* "she had", or "my cousin had": another person; the customer's own past ("i had the
     * churros last time, same again") is what a request after it may point back at */
    return order_tok_in(text, tokens, p - 2U, b, subjects, ORDER_WORDS_N(subjects)) ||
           (p >= begin + 3U && (order_tok_is(text, tokens, p - 3U, b, "my") ||
                                order_tok_is(text, tokens, p - 3U, b, "our")));
}

void order_read_eaten_before(const char *text, const struct order_token *tokens,
                             struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "had", "ate", "tried") ||
        !ORDER_CUES_ANY(&rg->cues, "yesterday", "before", "earlier", "once", "last", "day"))
        return;
    for (size_t x = 0; x < rg->n_things; x++) {
        struct order_thing *th = &rg->things[x];
        const struct order_clause *cl = &rg->clauses[th->clause];
        if (!th->is_span || th->reference || th->qty_explicit ||
            !talked_past_eaten_before(text, tokens, cl->begin, th->begin) ||
            !order_time_before_now_at(text, tokens, th->end, cl->end))
            continue;
        th->reference = true; /* told of, asked for nowhere here */
        th->mods.n = 0;
    }
}
