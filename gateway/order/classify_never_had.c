/* classify_never_had.c — a dish, then the customer saying they never had it, the subject left
 * out or not ("flan never had it", "2 elote, never tried them before", "a wrap, i havent had
 * one yet") (classify_facts.c). A verb of having or tasting in the past reads as a report of
 * an order that came ("had the flan, it was dry"); denied right before it and pointing back
 * at the dish named before, nothing happened: it says why the customer asks for the dish. */
#include "gateway/order/classify_internal.h"

/* Is the verb at i one of having or tasting, denied right before it, the customer or no one
 * before the denial, a dish right before them (a mark between or not), and after it only
 * words pointing back at the dish and when ("it", "them", "before", "yet")? */
bool classify_never_had_at(const struct order_class_input *in, const struct order_reading *rg,
                           const struct order_clause *cl, size_t i)
{
    static const char *const tasted[] = {"had", "tried", "tasted", "ate", "eaten"};
    static const char *const after[] = {"it",   "them", "that", "those",  "these",  "one",
                                        "ones", "b4",   "yet",  "ever",   "before", "here",
                                        "em",   "lol",  "so",   "excited"};
    /* tasted, and the denials of order_never_word_at */
    if (!ORDER_CUES_ANY(&rg->cues, "had", "tried", "tasted", "ate", "eaten") ||
        !ORDER_CUES_ANY(&rg->cues, "never", "havent", "hasnt", "nvr", "not", "hadnt"))
        return false;
    const char *text = in->text;
    const struct order_token *t = in->tokens;
    if (i <= cl->begin + 1U || !order_tok_in(text, t, i, cl->end, tasted, ORDER_WORDS_N(tasted)))
        return false;
    size_t p = i - 1U;
    if (p > cl->begin && order_tok_is(text, t, p, cl->end, "even"))
        p--; /* "never even tried" */
    if (!order_never_word_at(text, t, p, cl->end))
        return false;
    while (p > cl->begin && t[p - 1U].kind == ORDER_TOKEN_WORD &&
           classify_self_word(in, cl, p - 1U))
        p--;
    if (p > cl->begin && t[p - 1U].kind == ORDER_TOKEN_PUNCT)
        p--;
    if (p == cl->begin || rg->roles[p - 1U] != ORDER_ROLE_ITEM)
        return false; /* no dish right before: "never had it" may tell of something else */
    for (size_t n = i + 1U; n < cl->end && t[n].kind != ORDER_TOKEN_PUNCT; n++)
        if (!order_tok_in(text, t, n, cl->end, after, ORDER_WORDS_N(after)))
            return false;
    return true;
}
