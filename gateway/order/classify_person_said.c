/* classify_person_said.c — a remark about a person or the day after the dishes
 * (classify_facts.c, reading.h pass 5): "a flan, my husband doesnt like spice", "two tacos
 * and my kids have school tomorrow", "a flan, the weather is awful". A verb of the present whose
 * subject is "my", "our", "his", "her", "their" or "the" and a word or two that name no food tells
 * of that person or the day, not of the dishes named before it: the dishes are still asked for. A
 * past verb ("my husband was sick after it") may tell what became of an order, and is left to be
 * read as such. */
#include "gateway/order/classify_internal.h"

/* Is the word at i part of a phrase read as food or drink, or one that names the order? */
static bool person_said_food(const struct order_class_input *in, const struct order_reading *rg,
                             const struct order_clause *cl, size_t i)
{
    static const char *const order_words[] = {"order", "orders", "food",    "meal",
                                              "meals", "bag",    "delivery"};
    if (rg->roles[i] == ORDER_ROLE_ITEM ||
        order_tok_in(in->text, in->tokens, i, cl->end, order_words, ORDER_WORDS_N(order_words)))
        return true;
    for (size_t x = 0; x < rg->n_things; x++) {
        const struct order_thing *th = &rg->things[x];
        if (th->begin <= i && i < th->end)
            return th->is_span || th->leftover_kind == ORDER_LEFTOVER_FOOD || th->coined;
    }
    return false;
}

bool classify_person_said_at(const struct order_class_input *in, const struct order_reading *rg,
                             const struct order_clause *cl, size_t i)
{
    enum { PERSON_WORDS_MAX = 2 };
    static const char *const past[] = {"was",  "were", "had",    "did",     "got",
                                       "gave", "came", "tasted", "arrived", "made"};
    if (order_tok_in(in->text, in->tokens, i, cl->end, past, ORDER_WORDS_N(past)))
        return false;
    size_t p = i; /* back over a noun or two to their determiner: "my husband", "the weather" */
    while (p > cl->begin && i - p < PERSON_WORDS_MAX &&
           in->tokens[p - 1U].kind == ORDER_TOKEN_WORD &&
           !order_tok_possessive_or_the(in->text, in->tokens, p - 1U, cl->end)) {
        if (person_said_food(in, rg, cl, p - 1U))
            return false;
        p--;
    }
    if (p == cl->begin || p == i ||
        !order_tok_possessive_or_the(in->text, in->tokens, p - 1U, cl->end))
        return false;
    for (size_t d = cl->begin; d + 1U < p; d++)
        if (rg->roles[d] == ORDER_ROLE_ITEM)
            return true; /* a dish named before the person: asked for */
    return false;
}
