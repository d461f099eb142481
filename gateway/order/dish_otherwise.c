/* dish_otherwise.c — a second dish given as the fallback for a first (reading.h): "the
 * crumble if you have it, otherwise the brownie", "a mango smoothie, or if you're out the
 * strawberry one", "a lemonade or else an iced tea". The customer wants the first choice and
 * names the second only for when the first cannot be had; the first is on the menu, so it is
 * the one ordered, and the fallback is no dish of the order (a first choice the menu lacks
 * leaves the fallback asked for). After a condition on an answer ("if yes the crumble, if
 * not the brownie") the choice waits on the kitchen: the fallback is asked back. */
#include "gateway/order/reading.h"

/* The tokens at o of "if you('re| are) out", "if you run out", "if you don't have it" or "if
 * you haven't any", maybe after "or" and before "of it / of them": the condition of a
 * fallback; 0 when none. */
size_t order_out_of_it_words(const char *text, const struct order_token *tokens, size_t o, size_t e)
{
    static const char *const lacking[] = {"out", "dont", "do", "havent"};
    static const char *const them[] = {"it", "them", "those", "that", "any"};
    static const char *const you[] = {"you", "u", "youre", "ur", "yall"};
    static const char *const be[] = {"are", "re", "r", "run", "ran"};
    size_t k = order_tok_is(text, tokens, o, e, "or") ? 1U : 0U;
    if (!order_tok_is(text, tokens, o + k, e, "if") ||
        !order_tok_in(text, tokens, o + k + 1U, e, you, ORDER_WORDS_N(you)))
        return 0;
    k += 2U;
    if (order_tok_in(text, tokens, o + k, e, be, ORDER_WORDS_N(be)))
        k++;
    if (!order_tok_in(text, tokens, o + k, e, lacking, ORDER_WORDS_N(lacking)))
        return 0;
    if (order_tok_is(text, tokens, o + k, e, "out")) {
        k++;
        if (!order_tok_is(text, tokens, o + k, e, "of"))
            return k;
        if (order_tok_in(text, tokens, o + k + 1U, e, them, ORDER_WORDS_N(them)))
            return k + 2U;
        /* "if ur out of brownies the carrot cake": what runs out, named again, up to the
         * article of the fallback */
        static const char *const articles[] = {"the", "a", "an"};
        size_t w = o + k + 1U;
        while (w < e && w < o + k + 4U && tokens[w].kind == ORDER_TOKEN_WORD &&
               !order_tok_in(text, tokens, w, e, articles, ORDER_WORDS_N(articles)))
            w++;
        return w > o + k + 1U && order_tok_in(text, tokens, w, e, articles, ORDER_WORDS_N(articles))
                   ? w - o
                   : k;
    }
    /* "if you dont have it", "if you do not have any"; "if you havent any" holds its "have" */
    if (order_tok_is(text, tokens, o + k, e, "havent")) {
        k++;
    } else {
        k += order_tok_is(text, tokens, o + k, e, "do") &&
                     order_tok_is(text, tokens, o + k + 1U, e, "not")
                 ? 2U
                 : 1U;
        if (!order_tok_is(text, tokens, o + k, e, "have"))
            return 0;
        k++;
    }
    return order_tok_in(text, tokens, o + k, e, them, ORDER_WORDS_N(them)) ? k + 1U : k;
}

/* The tokens at o of "otherwise", "or else", "if not" or "(or) if you're out", maybe a comma
 * or "then" after it, then maybe an article; 0 when none. */
static size_t alternative_words(const char *text, const struct order_token *tokens, size_t o,
                                size_t e)
{
    static const char *const articles[] = {"the", "a", "an"};
    size_t k = order_otherwise_lead(text, tokens, o, e);
    if (k == 0)
        k = order_out_of_it_words(text, tokens, o, e);
    if (k == 0)
        return 0;
    if (o + k < e && tokens[o + k].kind == ORDER_TOKEN_PUNCT && tokens[o + k].punct == ',')
        k++;
    if (order_tok_is(text, tokens, o + k, e, "then"))
        k++;
    if (order_tok_in(text, tokens, o + k, e, articles, ORDER_WORDS_N(articles)))
        k++;
    return k;
}

/* Whether a condition on an answer ("if yes", "if so") stands before token o: "is the
 * brownie vegan? if yes the crumble, if not the brownie" leaves the choice to the answer,
 * open and asked back, where "the crumble if you have it, if not the brownie" does not. */
static bool answer_awaited(const char *text, const struct order_token *tokens, size_t o)
{
    static const char *const answers[] = {"yes", "so", "yeah", "yep"};
    for (size_t i = 0; i + 1U < o; i++)
        if (order_tok_is(text, tokens, i, o, "if") &&
            order_tok_in(text, tokens, i + 1U, o, answers, ORDER_WORDS_N(answers)))
            return true;
    return false;
}

/* Whether one dish of the menu is named before token o in clause c, or in the clause before
 * when no word of clause c comes before o ("a mango smoothie. or else the lemonade"): a first
 * choice said in clause c before o ("2 fries. a tiramisu if you have it, otherwise the
 * brownie") is the one the fallback stands for, not a dish of the sentence before. */
static bool dish_before(const struct order_reading *rg, const struct order_token *tokens, size_t c,
                        size_t o, int32_t other)
{
    bool opens = true;
    for (size_t i = rg->clauses[c].begin; i < o && opens; i++)
        opens = tokens[i].kind != ORDER_TOKEN_WORD;
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t];
        if (th->is_span && th->item >= 0 && th->item != other && !th->reference && th->end <= o &&
            (th->clause == c || (opens && th->clause + 1U == c)))
            return true;
    }
    return false;
}

/* The first choice is on the menu: the fallback th is no dish of the order, nor the first
 * choice named again in the lead from o ("if ur out of brownies"). */
static void dish_otherwise_drop(struct order_reading *rg, size_t o, struct order_thing *th)
{
    th->reference = true;
    for (size_t t = 0; t < rg->n_things; t++)
        if (rg->things[t].begin >= o && rg->things[t].end <= th->begin)
            rg->things[t].reference = true;
}

void order_read_dishes_otherwise(const char *text, const struct order_token *tokens,
                                 struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "otherwise", "else", "if"))
        return;
    enum { LEAD_MAX = 10 };
    for (size_t t = 0; t < rg->n_things; t++) {
        struct order_thing *th = &rg->things[t];
        if (!th->is_span || th->qty_unclear || th->qty_explicit || th->reference ||
            th->clause >= rg->n_clauses)
            continue;
        const struct order_clause *cl = &rg->clauses[th->clause];
        size_t from = th->begin > cl->begin + LEAD_MAX ? th->begin - LEAD_MAX : cl->begin;
        for (size_t o = from; o < th->begin; o++)
            if (alternative_words(text, tokens, o, cl->end) == th->begin - o &&
                dish_before(rg, tokens, th->clause, o, th->item)) {
                if (answer_awaited(text, tokens, o))
                    th->qty_unclear = th->item >= 0; /* which one is asked back */
                else
                    dish_otherwise_drop(rg, o, th);
                break;
            }
    }
}
