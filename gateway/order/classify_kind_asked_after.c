/* classify_kind_asked_after.c — a kind wished for, then asked which of it (classify.c,
 * reading.h pass 5): "we'd like some tacos. which of your tacos are vegetarian?". A request
 * naming only a kind of dish, uncounted, that a later question of the message asks which
 * of it ("which", "what") is still being chosen: the question decides it, nothing is asked
 * for yet. So is a free choice described ("i want something sweet") before a question asking
 * what the restaurant recommends, and one described by what it should do after a question
 * of what to pick. With a dish named or a count given, the request stands. */
#include "gateway/order/classify_internal.h"

/* Does clause q ask which of the kind of thing th: opening with "which" or "what", and
 * naming a kind whose dishes share some with th's? */
static bool classify_asks_which_of(const struct order_class_input *in,
                                   const struct order_reading *rg, size_t q,
                                   const struct order_thing *th)
{
    const struct order_clause *cl = &rg->clauses[q];
    if (cl->intent != ORDER_INTENT_QUESTION ||
        !(order_tok_is(in->text, in->tokens, cl->begin, cl->end, "which") ||
          order_tok_is(in->text, in->tokens, cl->begin, cl->end, "what")))
        return false;
    for (size_t k = 0; k < rg->n_things; k++) {
        const struct order_thing *o = &rg->things[k];
        if (o->clause != q || !o->is_span || o->item >= 0)
            continue;
        struct order_item_set both = o->candidates;
        order_item_set_and(&both, &th->candidates);
        if (order_item_set_count(&both) > 0)
            return true;
    }
    return false;
}

/* Does clause q ask the restaurant to choose ("what do u recommend", "any suggestions")? */
static bool classify_asks_to_choose(const struct order_class_input *in,
                                    const struct order_reading *rg, size_t q)
{
    static const char *const choosing[] = {"recommend",       "suggest",     "reccomend",
                                           "recommendations", "suggestions", "recommendation"};
    const struct order_clause *cl = &rg->clauses[q];
    if (cl->intent != ORDER_INTENT_QUESTION)
        return false;
    for (size_t i = cl->begin; i < cl->end; i++)
        if (order_tok_in(in->text, in->tokens, i, cl->end, choosing, ORDER_WORDS_N(choosing)))
            return true;
    return false;
}

/* Is th a free choice left open ("something sweet", "something vegan")? */
static bool classify_free_choice_thing(const struct order_class_input *in,
                                       const struct order_thing *th)
{
    return th->item < 0 && !th->qty_explicit && (th->is_span || th->vague) &&
           order_read_free_choice(in->text, in->tokens, th->begin, th->end);
}

/* Is th a free choice described by what it should do, not what it holds ("something that'll
 * make me cry", "smth which fills you up"): the pronoun, a relative word, and no food nor
 * menu word after it? */
static bool classify_free_choice_doing(const struct order_class_input *in,
                                       const struct order_reading *rg, const struct order_thing *th)
{
    static const char *const relatives[] = {"that", "thatll", "thats", "which", "to"};
    if (th->is_span || th->qty_explicit || th->end < th->begin + 3U ||
        !order_read_free_choice(in->text, in->tokens, th->begin, th->end) ||
        !order_tok_in(in->text, in->tokens, th->begin + 1U, th->end, relatives,
                      ORDER_WORDS_N(relatives)))
        return false;
    for (size_t t = th->begin + 2U; t < th->end; t++) {
        const struct order_token *k = &in->tokens[t];
        if (rg->n_hits[t] > 0 ||
            (k->kind == ORDER_TOKEN_WORD && order_food_word(in->food, in->text + k->off, k->len)))
            return false;
    }
    return true;
}

/* Does a question before clause c ask what of the menu to pick ("what's your spiciest
 * thing?", "which is best")? */
static bool classify_asked_what_before(const struct order_class_input *in,
                                       const struct order_reading *rg, size_t c)
{
    static const char *const whats[] = {"what", "whats", "which"};
    for (size_t q = 0; q < c; q++) {
        const struct order_clause *cl = &rg->clauses[q];
        if (cl->intent == ORDER_INTENT_QUESTION &&
            order_tok_in(in->text, in->tokens, cl->begin, cl->end, whats, ORDER_WORDS_N(whats)))
            return true;
    }
    return false;
}

/* "what's your spiciest thing? want something that'll make me cry": after a question of what
 * to pick, a request of only a free choice described by what it should do restates the
 * question; it names nothing to make. */
static void classify_free_choice_after_what(const struct order_class_input *in,
                                            struct order_reading *rg)
{
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent != ORDER_INTENT_REQUEST || cl->has_quantity)
            continue;
        bool any = false, all = true;
        for (size_t t = 0; t < rg->n_things && all; t++)
            if (rg->things[t].clause == c) {
                any = true;
                all = classify_free_choice_doing(in, rg, &rg->things[t]);
            }
        if (any && all && classify_asked_what_before(in, rg, c))
            cl->intent = ORDER_INTENT_NONE;
    }
}

void classify_kind_asked_after(const struct order_class_input *in, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "what", "whats", "which", "recommend", "suggest", "reccomend",
                        "recommendations", "suggestions", "recommendation"))
        return;
    classify_free_choice_after_what(in, rg);
    for (size_t c = 0; c + 1U < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent != ORDER_INTENT_REQUEST || cl->has_quantity)
            continue;
        const struct order_thing *kind = NULL;
        bool only_kinds = true, free = true;
        for (size_t t = 0; t < rg->n_things && only_kinds; t++) {
            const struct order_thing *th = &rg->things[t];
            if (th->clause != c)
                continue;
            bool free_choice = classify_free_choice_thing(in, th);
            free = free && free_choice;
            only_kinds = (th->is_span && th->item < 0 && !th->qty_explicit &&
                          order_item_set_count(&th->candidates) > 1) ||
                         free_choice;
            kind = th;
        }
        if (!only_kinds || !kind)
            continue;
        for (size_t q = c + 1U; q < rg->n_clauses; q++)
            if ((kind->is_span && classify_asks_which_of(in, rg, q, kind)) ||
                (free && classify_asks_to_choose(in, rg, q))) {
                cl->intent = ORDER_INTENT_NONE;
                break;
            }
    }
}
