/* classify_dish_told.c — a dish as the subject of a verb that tells what it did (classify.c,
 * reading.h pass 5): "ngl your churros changed my life", "the birria from last week still
 * lives in my head". A clause that opens with a dish named, no count, opener or politeness,
 * and goes on with a verb told of it and that verb's object ("my life", "in my head") says
 * what the dish did to the customer: praise, no dish asked for. A dish named bare ("the
 * churros") is read as asked for; a verb after it ends that reading. */
#include "gateway/order/classify_internal.h"

/* Is the word at i a finite verb told of a subject: a past in "-ed" ("changed") or a present
 * in "-s" ("lives"), right before its object or the preposition that starts one? */
bool classify_told_verb_at(const struct order_class_input *in, const struct order_reading *rg,
                           size_t i, size_t e)
{
    /* "changed my life", and another's ("changed his life", "blew her mind") */
    static const char *const objects[] = {"my",    "me",  "us",  "our", "in",    "into",
                                          "every", "his", "him", "her", "their", "them"};
    if (i + 1U >= e || in->tokens[i].kind != ORDER_TOKEN_WORD ||
        (rg->roles[i] != ORDER_ROLE_NONE && rg->roles[i] != ORDER_ROLE_MODIFIER &&
         rg->roles[i] != ORDER_ROLE_LEFTOVER) ||
        !order_tok_in(in->text, in->tokens, i + 1U, e, objects, ORDER_WORDS_N(objects)))
        return false;
    /* "truffle fries never tried them": a tasting denied is the customer's, not the dish's */
    static const char *const tasted[] = {"tried", "tasted"};
    if (i > 0U && order_tok_in(in->text, in->tokens, i, e, tasted, ORDER_WORDS_N(tasted)) &&
        order_never_word_at(in->text, in->tokens, i - 1U, e))
        return false;
    /* pasts not in "-ed" told of what a dish did to someone ("undid me", "blew my mind") */
    static const char *const irregular[] = {"undid", "broke", "blew",  "took", "won",  "kept",
                                            "gave",  "made",  "stole", "hit",  "sent", "drove"};
    if (order_tok_in(in->text, in->tokens, i, e, irregular, ORDER_WORDS_N(irregular)))
        return !classify_names_food(in, i, i + 1U);
    const char *w = in->text + in->tokens[i].off;
    size_t n = in->tokens[i].len;
    if (n < 4U || classify_names_food(in, i, i + 1U))
        return false;
    bool past = w[n - 2U] == 'e' && w[n - 1U] == 'd';
    bool present = w[n - 1U] == 's' && w[n - 2U] != 's' && w[n - 2U] != 'u';
    return past || present;
}

/* Does clause c open with its one dish, after only greetings, fillers, adverbs ("honestly")
 * and a determiner, and go on, past words of when ("from last week", "still"), with a verb
 * told of it? */
static bool told_of_dish(const struct order_class_input *in, const struct order_reading *rg,
                         size_t c)
{
    static const char *const determiners[] = {"the",  "your", "ur",    "yall",
                                              "that", "this", "those", "these"};
    static const char *const when[] = {"from",  "the",    "other",     "yesterday",
                                       "still", "really", "literally", "honestly"};
    static const char *const which[] = {"last", "this", "other"}; /* the word after is when */
    const struct order_clause *cl = &rg->clauses[c];
    const struct order_thing *dish = NULL;
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t];
        if (th->clause != c)
            continue;
        if (dish || !th->is_span || th->qty_explicit || th->reference || th->past)
            return false;
        dish = th;
    }
    if (!dish)
        return false;
    /* "my aunt says your tamales changed her life": what another said of the dish is told
     * as well; the words from the verb of saying on open the telling */
    static const char *const saying[] = {"said",   "says",  "told",   "tells",
                                         "swears", "swore", "reckons"};
    size_t from = cl->begin;
    for (size_t i = cl->begin; i < dish->begin; i++)
        if (order_tok_in(in->text, in->tokens, i, cl->end, saying, ORDER_WORDS_N(saying)))
            from = i + 1U;
    if (from > cl->begin && (order_tok_is(in->text, in->tokens, from, cl->end, "me") ||
                             order_tok_is(in->text, in->tokens, from, cl->end, "us")))
        from++; /* "told me" */
    for (size_t i = from; i < dish->begin; i++)
        if (in->tokens[i].kind == ORDER_TOKEN_WORD && rg->roles[i] != ORDER_ROLE_GREETING &&
            rg->roles[i] != ORDER_ROLE_FILLER &&
            !order_tok_in(in->text, in->tokens, i, cl->end, determiners,
                          ORDER_WORDS_N(determiners)) &&
            !order_tok_in(in->text, in->tokens, i, cl->end, when, ORDER_WORDS_N(when)))
            return false;
    size_t at = dish->end;
    /* "your salsa verde undid me": a word read as the dish's change can end its name */
    if (at + 1U < cl->end && rg->roles[at] == ORDER_ROLE_MODIFIER &&
        classify_told_verb_at(in, rg, at + 1U, cl->end))
        return true;
    while (at < cl->end && at < dish->end + 5U) {
        if (order_tok_in(in->text, in->tokens, at, cl->end, which, ORDER_WORDS_N(which)))
            at += 2U; /* "last week", "this morning", "the other day" */
        else if (order_tok_in(in->text, in->tokens, at, cl->end, when, ORDER_WORDS_N(when)))
            at++;
        else
            break;
    }
    return classify_told_verb_at(in, rg, at, cl->end);
}

void classify_dishes_told(const struct order_class_input *in, struct order_reading *rg)
{
    /* the objects classify_told_verb_at needs after its verb */
    if (!ORDER_CUES_ANY(&rg->cues, "my", "me", "us", "our", "in", "into", "every", "his", "him",
                        "her", "their", "them"))
        return;
    for (size_t c = 0; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (!classify_request_unmarked(in, cl) || cl->question_form || !told_of_dish(in, rg, c))
            continue;
        cl->intent = ORDER_INTENT_OTHER;
    }
}
