/* classify_food_asked_back.c — food the menu lacks named, then asked after by a pronoun
 * (classify.c, reading.h pass 5): "i got a craving for hush puppies, y'all got em?", "i'm
 * craving enchiladas suizas, can you guys make that?". The food is named with no count and
 * the question that points back at it asks whether the place has or makes it: the naming is
 * the question's topic, nothing asked for yet ("if not just onion rings then" may follow). */
#include "gateway/order/classify_internal.h"

/* Does clause cl close with a verb of having or making and a pronoun before its question
 * mark ("y'all got em?", "can you make that?")? Only from token from on. */
static bool asked_back_closes(const struct order_class_input *in, const struct order_clause *cl,
                              size_t from)
{
    static const char *const verbs[] = {"got", "have", "make", "do", "sell", "serve"};
    static const char *const pronouns[] = {"em", "them", "it", "that", "those"};
    size_t q = cl->end;
    while (q > from && in->tokens[q - 1U].kind == ORDER_TOKEN_PUNCT) {
        if (in->tokens[q - 1U].punct == '?')
            break;
        q--;
    }
    if (q < from + 3U || in->tokens[q - 1U].kind != ORDER_TOKEN_PUNCT)
        return false;
    return order_tok_in(in->text, in->tokens, q - 2U, cl->end, pronouns, ORDER_WORDS_N(pronouns)) &&
           order_tok_in(in->text, in->tokens, q - 3U, cl->end, verbs, ORDER_WORDS_N(verbs));
}

/* The end of the last thing of clause c when every thing of it is food the menu lacks (or a
 * dish of the cuisine's own, "enchiladas suizas"), named with no count (at least one); 0
 * otherwise. */
static size_t asked_back_food_end(const struct order_reading *rg, size_t c)
{
    size_t end = 0;
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t];
        if (th->clause != c)
            continue;
        if (th->is_span || th->qty_explicit || th->past || th->reference ||
            (th->leftover_kind != ORDER_LEFTOVER_FOOD && !th->coined))
            return 0;
        end = th->end;
    }
    return end;
}

void classify_food_asked_back(const struct order_class_input *in, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "em", "them", "it", "that", "those") ||
        !ORDER_CUES_ANY(&rg->cues, "got", "have", "make", "do", "sell", "serve"))
        return;
    for (size_t c = 0; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent != ORDER_INTENT_REQUEST)
            continue;
        size_t end = asked_back_food_end(rg, c);
        if (end == 0)
            continue;
        if (asked_back_closes(in, cl, end)) {
            cl->intent = ORDER_INTENT_QUESTION; /* "hush puppies, y'all got em?" */
            continue;
        }
        if (c + 1U < rg->n_clauses && classify_clause_things(rg, c + 1U) == 0 &&
            asked_back_closes(in, &rg->clauses[c + 1U], rg->clauses[c + 1U].begin)) {
            cl->intent = ORDER_INTENT_NONE; /* "... enchiladas suizas, | can you make that?" */
            rg->clauses[c + 1U].intent = ORDER_INTENT_QUESTION;
        }
    }
}
