/* classify_demonstrative.c — a dish pointed at with "that" / "those" right after a remark
 * (classify.c, reading.h pass 5): "thanks, dinner was lovely! that halloumi burger 🔥",
 * "the staff were great. those churros tho". Nobody orders a dish by pointing at it with a
 * demonstrative and nothing else; after praise or a complaint it singles out what the remark
 * was about, so the clause goes on with that matter and asks for nothing. */
#include "gateway/order/classify_internal.h"

/* Is every thing of clause c a dish of the menu right after "that", "those", "this" or
 * "these" (at least one)? */
static bool classify_all_pointed(const struct order_class_input *in, const struct order_reading *rg,
                                 size_t c)
{
    static const char *const pointing[] = {"that", "those", "this", "these"};
    const struct order_clause *cl = &rg->clauses[c];
    bool any = false;
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t];
        if (th->clause != c)
            continue;
        if (!th->is_span || th->begin == cl->begin ||
            !order_tok_in(in->text, in->tokens, th->begin - 1U, cl->end, pointing,
                          ORDER_WORDS_N(pointing)))
            return false;
        any = true;
    }
    return any;
}

void classify_demonstrative_remarks(const struct order_class_input *in, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "that", "those", "this", "these"))
        return;
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent != ORDER_INTENT_REQUEST ||
            rg->clauses[c - 1U].intent != ORDER_INTENT_OTHER || cl->request_form ||
            cl->has_quantity || cl->question_form || classify_asks_politely(in, cl) ||
            !classify_all_pointed(in, rg, c))
            continue;
        cl->intent = ORDER_INTENT_OTHER;
    }
}
