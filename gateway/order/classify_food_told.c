/* classify_food_told.c — food the menu lacks as the subject of a verb that tells what it
 * does to the customer (classify.c, reading.h pass 5): "the garlic sauce bit scares me",
 * "that pepper relish thing worries me a bit". As with a dish of the menu told of
 * (classify_dish_told.c), a verb with its object after the food says how the customer feels
 * about it: nothing asked for. The food may be named with a word or two that single a part of
 * it out ("bit", "part") before the verb. */
#include "gateway/order/classify_internal.h"

/* The one thing of clause c, food no span of the menu read, or NULL. */
static const struct order_thing *food_told_thing(const struct order_class_input *in,
                                                 const struct order_reading *rg, size_t c)
{
    const struct order_thing *food = NULL;
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t];
        if (th->clause != c)
            continue;
        if (food || th->is_span || th->qty_explicit || th->reference || th->past)
            return NULL;
        food = th;
    }
    return food && classify_names_food(in, food->begin, food->end) ? food : NULL;
}

/* Does clause c open with food told of: a determiner, the food, at most two words more of
 * no request, and a verb told of it with its object? */
static bool food_told_of(const struct order_class_input *in, const struct order_reading *rg,
                         size_t c)
{
    enum { PART_WORDS_MAX = 2 };
    static const char *const determiners[] = {"the",   "your",  "ur",  "that",
                                              "those", "these", "this"};
    const struct order_clause *cl = &rg->clauses[c];
    const struct order_thing *food = food_told_thing(in, rg, c);
    if (!food)
        return false;
    /* "garlic sauce worries me" bare reads as a list's line; "that garlic sauce" may hold its
     * determiner */
    bool determined = order_tok_in(in->text, in->tokens, food->begin, cl->end, determiners,
                                   ORDER_WORDS_N(determiners));
    for (size_t i = cl->begin; i < food->begin; i++) {
        bool det =
            order_tok_in(in->text, in->tokens, i, cl->end, determiners, ORDER_WORDS_N(determiners));
        if (in->tokens[i].kind == ORDER_TOKEN_WORD && !det && rg->roles[i] != ORDER_ROLE_GREETING &&
            rg->roles[i] != ORDER_ROLE_FILLER)
            return false;
        determined = determined || det;
    }
    if (!determined)
        return false;
    for (size_t at = food->end; at < cl->end && at <= (size_t)food->end + PART_WORDS_MAX; at++) {
        if (classify_told_verb_at(in, rg, at, cl->end))
            return true;
        if (in->tokens[at].kind != ORDER_TOKEN_WORD ||
            (rg->roles[at] != ORDER_ROLE_NONE && rg->roles[at] != ORDER_ROLE_LEFTOVER &&
             rg->roles[at] != ORDER_ROLE_MODIFIER))
            return false;
    }
    return false;
}

void classify_foods_told(const struct order_class_input *in, struct order_reading *rg)
{
    /* a determiner, and an object classify_told_verb_at needs after its verb */
    if (!ORDER_CUES_ANY(&rg->cues, "the", "your", "ur", "that", "those", "these", "this") ||
        !ORDER_CUES_ANY(&rg->cues, "my", "me", "us", "our", "in", "into", "every", "his", "him",
                        "her", "their", "them"))
        return;
    for (size_t c = 0; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (!classify_request_unmarked(in, cl) || cl->question_form || !food_told_of(in, rg, c))
            continue;
        cl->intent = ORDER_INTENT_OTHER;
    }
}
