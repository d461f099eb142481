/* dish_otherwise.c — a second dish given as the alternative to a first (reading.h): "the
 * crumble if you have it, otherwise the brownie", "if yes ill take the flan, if not the
 * churros", "a lemonade or else an iced tea". Which dish holds hangs on an answer the kitchen
 * has to give: the choice is open, asked back, never both dishes taken. The first dish stays
 * asked for; the alternative is left open (as count_otherwise.c does for two counts). */
#include "gateway/order/reading.h"

/* The tokens at o of "otherwise", "or else" or "if not", then maybe an article; 0 when none. */
static size_t alternative_words(const char *text, const struct order_token *tokens, size_t o,
                                size_t e)
{
    static const char *const articles[] = {"the", "a", "an"};
    size_t k = order_otherwise_lead(text, tokens, o, e);
    if (k > 0 && order_tok_in(text, tokens, o + k, e, articles, ORDER_WORDS_N(articles)))
        k++;
    return k;
}

/* Whether one dish of the menu is named before token o in clause c or the one before. */
static bool dish_before(const struct order_reading *rg, size_t c, size_t o, int32_t other)
{
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t];
        if (th->is_span && th->item >= 0 && th->item != other && !th->reference && th->end <= o &&
            th->clause <= c && th->clause + 1U >= c)
            return true;
    }
    return false;
}

void order_read_dishes_otherwise(const char *text, const struct order_token *tokens,
                                 struct order_reading *rg)
{
    for (size_t t = 0; t < rg->n_things; t++) {
        struct order_thing *th = &rg->things[t];
        if (!th->is_span || th->item < 0 || th->qty_unclear || th->qty_explicit ||
            th->clause >= rg->n_clauses)
            continue;
        const struct order_clause *cl = &rg->clauses[th->clause];
        size_t from = th->begin > cl->begin + 3U ? th->begin - 3U : cl->begin;
        for (size_t o = from; o < th->begin; o++)
            if (alternative_words(text, tokens, o, cl->end) == th->begin - o &&
                dish_before(rg, th->clause, o, th->item)) {
                th->qty_unclear = true;
                break;
            }
    }
}
