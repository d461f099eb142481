/* classify_way_asked.c — a dish, then two ways it may come joined by "or", with a question
 * mark and nothing else: "elote - on the cob or in a cup?", "churros, with chocolate or
 * without?". Each way opens with a preposition of serving ("on", "in", "with", "without",
 * "as"); said so, the clause asks how the dish comes, as "does it come on the cob or in a
 * cup?" does with its verb dropped. Read as a request it ordered the dish. A count, a request
 * form or a word of politeness still asks for the dish (classify_request_unmarked). */
#include "gateway/order/classify_internal.h"

static const char *const way_preps[] = {"on", "in", "with", "without", "as", "w"};

/* Does a way open at token p: a preposition of serving? */
static bool classify_way_at(const struct order_class_input *in, size_t p, size_t e)
{
    return order_tok_in(in->text, in->tokens, p, e, way_preps, ORDER_WORDS_N(way_preps));
}

/* Are tokens [p, e) two ways joined by one "or", both opened by a preposition of serving, all
 * words? */
static bool classify_two_ways(const struct order_class_input *in, size_t p, size_t e)
{
    if (!classify_way_at(in, p, e))
        return false;
    size_t or_at = e;
    for (size_t i = p + 1U; i < e; i++) {
        if (in->tokens[i].kind != ORDER_TOKEN_WORD)
            return false;
        if (order_tok_is(in->text, in->tokens, i, e, "or")) {
            if (or_at != e)
                return false;
            or_at = i;
        }
    }
    return or_at + 1U < e && or_at > p + 1U && classify_way_at(in, or_at + 1U, e);
}

void classify_ways_asked(const struct order_class_input *in, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "on", "in", "with", "without", "as", "w") ||
        !ORDER_CUES_ANY(&rg->cues, "or"))
        return;
    for (size_t c = 0; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        size_t e, i = classify_dish_asked_bare(in, rg, cl, 4U, &e);
        if (i == 0)
            continue;
        while (i < e && in->tokens[i].kind == ORDER_TOKEN_PUNCT &&
               (in->tokens[i].punct == '-' || in->tokens[i].punct == ','))
            i++;
        if (classify_two_ways(in, i, e))
            cl->intent = ORDER_INTENT_QUESTION;
    }
}
