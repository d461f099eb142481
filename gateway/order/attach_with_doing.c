/* attach_with_doing.c — "2 mango smoothies. we will wait in the car with the kids": in a clause
 * that names no dish, a "with" after a subject and a verb of its own ("we will sit", "i'm coming")
 * tells whom or what the customer does something with. It belongs to that verb, not to a dish
 * asked for before: no change. A verb of ordering or liking ("i'd like it with ...", "we'll
 * have them with ...") does say how a dish comes and is read as before, as is a verb that is
 * an adjective too ("well done with ..."). */
#include "gateway/order/attach_internal.h"
#include "gateway/order/dictionary.h"
#include "gateway/order/lexicon.h"

/* Is the word at p a verb that says how a dish comes or is wanted? */
static bool with_doing_orders(const char *text, const struct order_token *t, size_t p, size_t e)
{
    static const char *const ordering[] = {
        "have",  "has",   "get",   "gets", "take",  "takes",  "want",    "wants", "need",
        "needs", "like",  "likes", "love", "loves", "prefer", "prefers", "add",   "make",
        "makes", "made",  "order", "grab", "do",    "does",   "put",     "try",   "go",
        "keep",  "serve", "bring", "send", "give",  "leave",  "swap",    "sub",   "change"};
    return order_tok_in(text, t, p, e, ordering, ORDER_WORDS_N(ordering));
}

bool attach_with_doing(const struct attach_state *st, size_t c, size_t i)
{
    if (!ORDER_CUES_ANY(&st->cues, "with", "w") ||
        !ORDER_CUES_ANY(&st->cues, "we", "well", "i", "ill", "im", "they", "theyll", "he", "she",
                        "were", "hes", "shes"))
        return false;
    static const char *const subjects[] = {"we",     "well", "i",   "ill",  "im",  "they",
                                           "theyll", "he",   "she", "were", "hes", "shes"};
    static const char *const auxiliaries[] = {"will", "shall", "are", "am",    "is",
                                              "can",  "might", "may", "gonna", "be"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    const struct order_clause *cl = &st->rg->clauses[c];
    if (cl->n_spans > 0 || i >= cl->end || i <= cl->begin)
        return false;
    if (!order_tok_is(text, t, i, cl->end, "with") && !order_tok_is(text, t, i, cl->end, "w"))
        i--; /* the run may start after its lead: "with | the kids" */
    if (!order_tok_is(text, t, i, cl->end, "with") && !order_tok_is(text, t, i, cl->end, "w"))
        return false;
    for (size_t p = cl->begin; p + 1U < i; p++) {
        if (!order_tok_in(text, t, p, i, subjects, ORDER_WORDS_N(subjects)))
            continue;
        size_t v = p + 1U;
        while (v < i && order_tok_in(text, t, v, i, auxiliaries, ORDER_WORDS_N(auxiliaries)))
            v++; /* "we will be", "i am" */
        if (v >= i || t[v].kind != ORDER_TOKEN_WORD || with_doing_orders(text, t, v, i))
            return false;
        if (v == p + 1U && order_dictionary_has(st->rd->lex->adjectives, text + t[v].off, t[v].len))
            return false; /* "well done with ...": the dish's state, said after it */
        return true;
    }
    return false;
}
