/* classify_made_then_more.c — "could you make the falafel wrap vegan? and a lemonade", "can you
 * make the black bean burger vegan? ... That's mine" (classify.c, reading.h pass 5): a dish
 * asked to be made another way is a question of what the kitchen can do, unless the message
 * goes on adding to it as to an order ("and a lemonade") or claims the dish ("that's mine"):
 * then the dish was asked for, made that way. */
#include "gateway/order/classify_internal.h"

/* Does clause cl open (past greetings) with a modal, "you" and "make"? */
static bool made_asked(const struct order_class_input *in, const struct order_reading *rg,
                       const struct order_clause *cl)
{
    static const char *const modals[] = {"can", "could", "would", "will"};
    static const char *const yous[] = {"you", "u", "ya", "yall"};
    size_t p = cl->begin;
    while (p < cl->end && rg->roles[p] == ORDER_ROLE_GREETING)
        p++;
    return order_tok_in(in->text, in->tokens, p, cl->end, modals, ORDER_WORDS_N(modals)) &&
           order_tok_in(in->text, in->tokens, p + 1U, cl->end, yous, ORDER_WORDS_N(yous)) &&
           order_tok_is(in->text, in->tokens, p + 2U, cl->end, "make");
}

/* Does clause cl add to what came before as to an order: a request opening with "and" or
 * "plus", or "that's mine" / "that's for me"? */
static bool made_followed(const struct order_class_input *in, const struct order_clause *cl)
{
    static const char *const joins[] = {"and", "plus"}; /* "also ..." may turn to another matter */
    const char *text = in->text;
    const struct order_token *t = in->tokens;
    if (cl->intent == ORDER_INTENT_REQUEST &&
        order_tok_in(text, t, cl->begin, cl->end, joins, ORDER_WORDS_N(joins)))
        return true;
    return order_tok_is(text, t, cl->begin, cl->end, "thats") &&
           (order_tok_is(text, t, cl->begin + 1U, cl->end, "mine") ||
            (order_tok_is(text, t, cl->begin + 1U, cl->end, "for") &&
             order_tok_is(text, t, cl->begin + 2U, cl->end, "me")));
}

void classify_made_then_more(const struct order_class_input *in, struct order_reading *rg)
{
    enum { FOLLOWING_CLAUSES_MAX = 2 }; /* "... vegan? and add extra avocado. That's mine" */
    if (!ORDER_CUES_ANY(&rg->cues, "make"))
        return;
    for (size_t c = 0; c + 1U < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent != ORDER_INTENT_QUESTION || classify_clause_things(rg, c) == 0 ||
            !made_asked(in, rg, cl))
            continue;
        for (size_t k = c + 1U; k < rg->n_clauses && k <= c + FOLLOWING_CLAUSES_MAX; k++)
            if (made_followed(in, &rg->clauses[k])) {
                cl->intent = ORDER_INTENT_REQUEST;
                break;
            }
    }
}
