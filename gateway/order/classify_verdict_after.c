/* classify_verdict_after.c — a verdict on the dish just asked for, in a part of its own after
 * it (classify_remark_own.c): "a flan, they are my fave", "a brownie, it was amazing last
 * time", "an elote, those are addictive", "a wrap, its the best", "a flan, it tastes amazing".
 * A part of one dish asked for by "a", "an" or "one", a mark, then a subject that points at it
 * ("it", "they", "those", "this" ...) and a copula or a verb of taste in the present, or the
 * first two in one ("its", "thats"), and a few words of favour naming no food, count or lack
 * to the clause's end. It says why the customer asks, nothing more is asked: the copula read as a
 * statement about the dish, and the order was lost as a remark. The same dish led by "the"
 * and no mark ("the brownie was amazing last time") tells of a visit before and is no such
 * verdict; with a count ("2 flans, they are my fave") it was already asked for. A verdict
 * without favour that closes on a time before this order ("a flan, it was cold last time")
 * says why the dish is asked for as it is now: a remark too. */
#include "gateway/order/classify_internal.h"

#define VERDICT_IN(list, at)                                                                       \
    order_tok_in(in->text, in->tokens, (at), cl->end, list, ORDER_WORDS_N(list))

/* Words of favour a verdict holds: "my fave", "so good", "the best", "addictive". Without one
 * ("it was late", "this is ridiculous") the part may tell of an order gone wrong. */
static const char *const verdict_favour[] = {
    "amazing",    "good",       "great",     "delicious", "fire",      "awesome",   "perfect",
    "tasty",      "incredible", "bomb",      "best",      "yummy",     "lovely",    "fave",
    "fav",        "faves",      "favorite",  "favourite", "addictive", "addicting", "cool",
    "refreshing", "excellent",  "fantastic", "wonderful", "gorgeous",  "heavenly",  "divine"};

/* Does the part [b, m) open on "a", "an" or "one" (after greetings or openers)? */
static bool verdict_article_led(const struct order_class_input *in, const struct order_reading *rg,
                                const struct order_clause *cl, size_t b, size_t m)
{
    static const char *const articles[] = {"a", "an", "one"};
    while (b < m && (rg->roles[b] == ORDER_ROLE_GREETING || rg->roles[b] == ORDER_ROLE_OPENER))
        b++;
    return b < m && VERDICT_IN(articles, b);
}

/* Where the verdict's subject and copula at token r end, or r when there are none. */
static size_t verdict_subject_end(const struct order_class_input *in, const struct order_clause *cl,
                                  size_t r)
{
    static const char *const subjects[] = {"it", "they", "those", "these", "that", "this"};
    /* how it tastes is a verdict as a copula is: "they taste amazing" */
    static const char *const copulas[] = {"is", "are",   "was",    "were",
                                          "s",  "taste", "tastes", "tasted"};
    static const char *const joined[] = {"its", "thats", "theyre"};
    if (VERDICT_IN(joined, r))
        return r + 1U;
    return VERDICT_IN(subjects, r) && VERDICT_IN(copulas, r + 1U) ? r + 2U : r;
}

/* Does the run of unread words at token n read as a dish or a food? "cold" in "it was cold last
 * time", a word of the menu's, made the words around it a thing that stands where a dish
 * would; it names none. */
static bool verdict_names_thing(const struct order_reading *rg, size_t n)
{
    for (size_t t = 0; t < rg->n_things; t++)
        if (rg->things[t].begin <= n && n < rg->things[t].end)
            return rg->things[t].is_span || rg->things[t].leftover_kind == ORDER_LEFTOVER_FOOD;
    return true;
}

/* Does the verdict [r, n) close on a time before this order ("last time", "yesterday")? "a
 * flan, it was cold last time": what was wrong then is why the customer says how they want it
 * now, no complaint of its own; without the time ("a flan, it was cold") it may be one. */
static bool verdict_time_before(const struct order_class_input *in, const struct order_clause *cl,
                                size_t r, size_t n)
{
    static const char *const last[] = {"last", "previous"};
    static const char *const day[] = {"yesterday", "before"};
    if (n >= r + 1U && VERDICT_IN(day, n - 1U))
        return true;
    return n >= r + 2U && VERDICT_IN(last, n - 2U) &&
           order_tok_is(in->text, in->tokens, n - 1U, cl->end, "time");
}

/* How many words of a time before this order open the verdict at r: 2 for "last time", 1 for
 * "yesterday", 0 for none. "a flan, yesterday it was cold" is "a flan, it was cold yesterday". */
static size_t verdict_time_lead(const struct order_class_input *in, const struct order_clause *cl,
                                size_t r)
{
    static const char *const last[] = {"last", "previous"};
    if (VERDICT_IN(last, r) && order_tok_is(in->text, in->tokens, r + 1U, cl->end, "time"))
        return 2U;
    return order_tok_is(in->text, in->tokens, r, cl->end, "yesterday") ? 1U : 0U;
}

size_t classify_verdict_after(const struct order_class_input *in, const struct order_reading *rg,
                              const struct order_clause *cl, size_t b, size_t m)
{
    enum { VERDICT_WORDS_MAX = 6 };
    /* what was lacking or wrong tells of an order before ("it was missing") */
    static const char *const lacking[] = {"missing", "forgotten", "wrong",     "left",
                                          "not",     "never",     "cancelled", "canceled"};
    /* the article of verdict_article_led; a subject of verdict_subject_end */
    if (!ORDER_CUES_ANY(&rg->cues, "a", "an", "one") ||
        !ORDER_CUES_ANY(&rg->cues, "its", "thats", "theyre", "it", "they", "those", "these", "that",
                        "this"))
        return 0;
    if (m + 1U >= cl->end || !verdict_article_led(in, rg, cl, b, m))
        return 0;
    size_t r = m + 1U;
    /* "an elote pls, last time it was cold": the time may open the verdict */
    size_t lead = verdict_time_lead(in, cl, r);
    size_t n = verdict_subject_end(in, cl, r + lead);
    if (n == r + lead)
        return 0;
    size_t words = 0;
    bool favour = false;
    for (; n < cl->end && in->tokens[n].kind != ORDER_TOKEN_PUNCT; n++, words++) {
        if (in->tokens[n].kind != ORDER_TOKEN_WORD || rg->roles[n] == ORDER_ROLE_ITEM ||
            (rg->roles[n] == ORDER_ROLE_LEFTOVER && verdict_names_thing(rg, n)) ||
            rg->roles[n] == ORDER_ROLE_QTY || VERDICT_IN(lacking, n) ||
            classify_person_said_food(in, rg, cl, n))
            return 0;
        favour = favour || VERDICT_IN(verdict_favour, n);
    }
    for (size_t p = n; p < cl->end; p++)
        if (in->tokens[p].kind != ORDER_TOKEN_PUNCT)
            return 0; /* only the clause's closing marks after it */
    return (favour || lead > 0 || verdict_time_before(in, cl, r, n)) && words <= VERDICT_WORDS_MAX
               ? n - r
               : 0;
}
