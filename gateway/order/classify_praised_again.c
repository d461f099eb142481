/* classify_praised_again.c — a dish praised from a visit before, then asked for again
 * (classify.c, reading.h pass 5): "last time i got the churros and they were amazing. can i
 * get that again". The telling has a verb of the past and reads as a report of what came,
 * another matter; but praise of a dish that the next clause asks for once more only says why
 * the customer orders it, and praise of one the customer now passes over for another, the
 * choice it is set against. It raises no matter of its own. */
#include "gateway/order/classify_internal.h"

/* Does clause c + 1 name no thing but hold a count, given to a dish of clause c ("you make
 * the best horchata in town. two large ones please")? The count asks for that dish. */
static bool classify_counted_next(const struct order_reading *rg, size_t c)
{
    const struct order_clause *next = &rg->clauses[c + 1U];
    bool counted = false, own = false;
    for (size_t x = 0; x < rg->n_things; x++) {
        const struct order_thing *th = &rg->things[x];
        own = own || th->clause == c + 1U;
        counted = counted || (th->clause == c && th->is_span && th->item >= 0 && th->qty_explicit);
    }
    if (own || !counted)
        return false;
    for (size_t i = next->begin; i < next->end; i++)
        if (rg->roles[i] == ORDER_ROLE_QTY)
            return true;
    return false;
}

/* Does clause c name, as a dish of the menu, an item that clause c + 1 asks for, by name or
 * by a count pointing back at it? */
static bool classify_asked_next(const struct order_reading *rg, size_t c)
{
    if (classify_counted_next(rg, c))
        return true;
    for (size_t x = 0; x < rg->n_things; x++) {
        const struct order_thing *th = &rg->things[x];
        if (th->clause != c || !th->is_span || th->item < 0)
            continue;
        for (size_t y = x + 1U; y < rg->n_things; y++)
            if (rg->things[y].clause == c + 1U && rg->things[y].item == th->item)
                return true;
    }
    return false;
}

/* Does clause c open by turning to now against the visit before ("but today", "so this
 * time", "tonight")? The praise before it is then what the new choice is set against:
 * "last time the carnitas bowl was great but today im feeling the pollo bowl". */
static bool classify_turns_to_now(const struct order_class_input *in, const struct order_clause *cl)
{
    static const char *const joins[] = {"but", "so", "and"};
    static const char *const now[] = {"today", "tonight", "now"};
    size_t p = cl->begin, e = cl->end;
    if (order_tok_in(in->text, in->tokens, p, e, joins, ORDER_WORDS_N(joins)))
        p++;
    return order_tok_in(in->text, in->tokens, p, e, now, ORDER_WORDS_N(now)) ||
           (order_tok_is(in->text, in->tokens, p, e, "this") &&
            order_tok_is(in->text, in->tokens, p + 1U, e, "time"));
}

void classify_praised_again(const struct order_class_input *in, struct order_reading *rg)
{
    /* the praise classify_praises needs */
    if (!ORDER_CUES_ANY(&rg->cues, "amazing", "good", "great", "delicious", "fire", "awesome",
                        "perfect", "tasty", "incredible", "unreal", "bomb", "best", "yummy",
                        "lovely"))
        return;
    for (size_t c = 0; c + 1U < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        /* a question's start with no mark ("you guys make the best burger in town.") says,
         * it does not ask */
        if (cl->intent != ORDER_INTENT_OTHER || classify_clause_asked(in, cl) ||
            rg->clauses[c + 1U].intent != ORDER_INTENT_REQUEST || !classify_praises(in, cl) ||
            (!classify_asked_next(rg, c) && !classify_turns_to_now(in, &rg->clauses[c + 1U])))
            continue;
        cl->intent = ORDER_INTENT_NONE;
    }
}
