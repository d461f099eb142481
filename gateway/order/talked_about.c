/* talked_about.c — a dish talked about, not asked for (reading.h): "my coworker wont shut
 * up about ur birria so i gotta try it, can i do 3 of the quesabirria tacos?" tells why the
 * customer orders; the order is the request after it. */
#include "gateway/order/reading.h"

/* Does "about" stand right before token b, past the words that point at the restaurant's
 * dish ("about ur birria", "about your", "about the")? Not "how about" /
 * "what about", which offer a dish, nor "about 3", a count near enough. */
static bool talked_about_before(const char *text, const struct order_token *tokens, size_t begin,
                                size_t b)
{
    static const char *const pointers[] = {"ur", "your", "the", "yall", "those", "these"};
    size_t p = b;
    while (p > begin &&
           order_tok_in(text, tokens, p - 1U, b, pointers, sizeof(pointers) / sizeof(*pointers)))
        p--;
    if (p == begin || !order_tok_is(text, tokens, p - 1U, b, "about"))
        return false;
    return !(p - 1U > begin && (order_tok_is(text, tokens, p - 2U, b, "how") ||
                                order_tok_is(text, tokens, p - 2U, b, "what")));
}

/* Does a dish after thing x name its item again? */
static bool talked_about_asked_later(const struct order_reading *rg, size_t x)
{
    for (size_t y = x + 1U; y < rg->n_things; y++)
        if (rg->things[y].is_span && rg->things[y].item >= 0 &&
            rg->things[y].item == rg->things[x].item)
            return true;
    return false;
}

void order_read_talked_about(const char *text, const struct order_token *tokens,
                             struct order_reading *rg)
{
    for (size_t x = 0; x < rg->n_things; x++) {
        struct order_thing *th = &rg->things[x];
        const struct order_clause *cl = &rg->clauses[th->clause];
        if (!th->is_span || th->reference || th->qty_explicit ||
            !talked_about_before(text, tokens, cl->begin, th->begin))
            continue;
        /* "what do you think about the flan?": the dish a question is about, unless the
         * question goes on to ask for it ("..., can i do 3 of the quesabirria tacos?") */
        bool asks = cl->question_form && !cl->request_form;
        if (!asks || talked_about_asked_later(rg, x))
            th->reference = true;
    }
}
