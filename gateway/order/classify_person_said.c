/* classify_person_said.c — a remark about a person or the day after the dishes
 * (classify_facts.c, reading.h pass 5): "a flan, my husband doesnt like spice", "two tacos
 * and my kids have school tomorrow", "a flan, the weather is awful". A verb of the present whose
 * subject is "my", "our", "his", "her", "their" or "the" and a word or two that name no food tells
 * of that person or the day, not of the dishes named before it: the dishes are still asked for. A
 * past verb ("my husband was sick after it") may tell what became of an order, and is left to be
 * read as such, unless the customer tells what befell them that day ("a flan, i just got off
 * work"), naming no food and nothing that points back at a dish. */
#include "gateway/order/classify_internal.h"

/* Is the word at i part of a phrase read as food or drink, or one that names the order? */
bool classify_person_said_food(const struct order_class_input *in, const struct order_reading *rg,
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
    /* the possessive or "the" before the person (order_tok_possessive_or_the) */
    if (!ORDER_CUES_ANY(&rg->cues, "my", "our", "his", "her", "their", "the"))
        return false;
    if (order_tok_in(in->text, in->tokens, i, cl->end, past, ORDER_WORDS_N(past)))
        return false;
    size_t p = i; /* back over a noun or two to their determiner: "my husband", "the weather" */
    while (p > cl->begin && i - p < PERSON_WORDS_MAX &&
           in->tokens[p - 1U].kind == ORDER_TOKEN_WORD &&
           !order_tok_possessive_or_the(in->text, in->tokens, p - 1U, cl->end)) {
        if (classify_person_said_food(in, rg, cl, p - 1U))
            return false;
        p--;
    }
    if (p == cl->begin || p == i ||
        !order_tok_possessive_or_the(in->text, in->tokens, p - 1U, cl->end))
        return false;
    return classify_dish_read_before(rg, cl, p); /* a dish named before the person: asked for */
}

/* The customer, or a word between them and what befell them (classify_internal.h). */
bool classify_self_word(const struct order_class_input *in, const struct order_clause *cl, size_t i)
{
    static const char *const selves[] = {"i", "ive", "we", "weve", "just", "finally"};
    return order_tok_in(in->text, in->tokens, i, cl->end, selves, ORDER_WORDS_N(selves));
}

/* Is the verb at i "got" or "had", in a part of its own after the dishes whose subject is the
 * customer or is left out ("a flan, i just got off work", "a wrap, got home late", "a flan, ive
 * had a long day")? What befell the customer that day, naming no food, no number and nothing
 * pointing back ("it", "one"), is said of them, not of the dishes before, which are asked for.
 * "a flan, i had it last week", "had a problem last time" or "i got the wrong one" may tell of
 * an order before. */
bool classify_self_said_at(const struct order_class_input *in, const struct order_reading *rg,
                           const struct order_clause *cl, size_t i)
{
    static const char *const befell[] = {"got", "had"};
    static const char *const pointing[] = {"it",  "its",  "them", "that",  "this", "those",
                                           "one", "ones", "they", "these", "last", "before"};
    if (!ORDER_CUES_ANY(&rg->cues, "got", "had"))
        return false;
    const struct order_token *t = in->tokens;
    if (!order_tok_in(in->text, t, i, cl->end, befell, ORDER_WORDS_N(befell)))
        return false;
    size_t p = i;
    while (p > cl->begin && t[p - 1U].kind == ORDER_TOKEN_WORD &&
           classify_self_word(in, cl, p - 1U))
        p--;
    if (p <= cl->begin + 1U || t[p - 1U].kind != ORDER_TOKEN_PUNCT ||
        rg->roles[p - 2U] != ORDER_ROLE_ITEM)
        return false; /* the part must follow a dish named, after a mark */
    for (size_t n = i + 1U; n < cl->end && t[n].kind != ORDER_TOKEN_PUNCT; n++)
        if (t[n].kind != ORDER_TOKEN_WORD || rg->roles[n] == ORDER_ROLE_QTY ||
            classify_person_said_food(in, rg, cl, n) ||
            order_tok_in(in->text, t, n, cl->end, pointing, ORDER_WORDS_N(pointing)))
            return false;
    return true;
}
