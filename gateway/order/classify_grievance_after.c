/* classify_grievance_after.c — a dish named with "the", then after a mark what went wrong with
 * it (classify_clause.c): "the churros, same problem as last week", "the onion rings, never
 * again", "the fries, 3rd time this happened". The dish is the topic, the part after it a
 * grievance: a word that names one ("problem", "complaint"), "never again", or a thing that
 * happened. Nothing is asked for: the clause tells of an order gone wrong. A count or "a"
 * before the dish asks for it, and the grievance is then why it is asked as it is. */
#include "gateway/order/classify_internal.h"

#define GRIEVANCE_IN(list, at)                                                                     \
    order_tok_in(in->text, in->tokens, (at), cl->end, list, ORDER_WORDS_N(list))

bool classify_grievance_named(const struct order_class_input *in, size_t i, size_t end)
{
    static const char *const named[] = {"complaint", "complaints", "problem", "problems",
                                        "issue",     "issues",     "refund",  "mistake"};
    return order_tok_in(in->text, in->tokens, i, end, named, ORDER_WORDS_N(named));
}

/* Does the word at p name or tell a grievance? Not after "no" ("no problem if they take a
 * while": nothing is wrong), nor a thing that happens to be ("whatever happens to be fresh":
 * chance, not a thing gone wrong). */
static bool grievance_word(const struct order_class_input *in, const struct order_clause *cl,
                           size_t p)
{
    /* what went wrong told rather than named */
    static const char *const told[] = {"happened", "happens", "happening", "disappointed",
                                       "unacceptable"};
    if (classify_grievance_named(in, p, cl->end))
        return p == cl->begin || !order_tok_is(in->text, in->tokens, p - 1U, cl->end, "no");
    return GRIEVANCE_IN(told, p) && !(order_tok_is(in->text, in->tokens, p + 1U, cl->end, "to") &&
                                      order_tok_is(in->text, in->tokens, p + 2U, cl->end, "be"));
}

/* Does the part from p to the clause's end hold a grievance, naming no dish, count or
 * request? */
static bool grievance_part(const struct order_class_input *in, const struct order_reading *rg,
                           const struct order_clause *cl, size_t p)
{
    bool grievance = false;
    for (; p < cl->end; p++) {
        if (in->tokens[p].kind != ORDER_TOKEN_WORD)
            continue;
        uint8_t r = rg->roles[p];
        if (r == ORDER_ROLE_ITEM || r == ORDER_ROLE_QTY || r == ORDER_ROLE_OPENER)
            return false;
        grievance = grievance || grievance_word(in, cl, p) ||
                    (order_tok_is(in->text, in->tokens, p, cl->end, "never") &&
                     order_tok_is(in->text, in->tokens, p + 1U, cl->end, "again"));
    }
    return grievance;
}

bool classify_grievance_after(const struct order_class_input *in, const struct order_reading *rg,
                              const struct order_clause *cl)
{
    /* "the" before the dish; a grievance named or told, or "never again" */
    if (!ORDER_CUES_ANY(&rg->cues, "the") ||
        !ORDER_CUES_ANY(&rg->cues, "complaint", "complaints", "problem", "problems", "issue",
                        "issues", "refund", "mistake", "happened", "happens", "happening",
                        "disappointed", "unacceptable", "again"))
        return false;
    size_t b = cl->begin;
    while (b < cl->end && rg->roles[b] == ORDER_ROLE_GREETING)
        b++;
    if (!order_tok_is(in->text, in->tokens, b, cl->end, "the") || cl->has_quantity)
        return false;
    size_t m = b + 1U;
    bool dish = false;
    for (; m < cl->end && in->tokens[m].kind != ORDER_TOKEN_PUNCT; m++) {
        if (rg->roles[m] != ORDER_ROLE_ITEM)
            return false; /* only the dish before the mark */
        dish = true;
    }
    return dish && m + 1U < cl->end && grievance_part(in, rg, cl, m + 1U);
}
