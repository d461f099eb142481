/* known_lacking.c — a food the menu lacks, said right after it to be lacking ("a coke but u
 * dont do those, so a lemonade"): the customer knows it is not sold, so it is no thing asked
 * for (reading.h, order_read_known_lacking). */
#include "gateway/order/reading.h"

/* Do the words at p say the restaurant lacks what was just named: "but u dont do those",
 * "but you don't sell it", "but yall dont have any"? */
static bool read_said_lacking(const char *text, const struct order_token *tokens, size_t p,
                              size_t e)
{
    static const char *const yous[] = {"u", "you", "yall", "ya"};
    static const char *const verbs[] = {"do", "have", "sell", "serve", "make", "carry", "stock"};
    if (!order_tok_is(text, tokens, p, e, "but") ||
        !order_tok_in(text, tokens, p + 1U, e, yous, ORDER_WORDS_N(yous)))
        return false;
    size_t v = p + 2U;
    if (order_tok_is(text, tokens, v, e, "dont"))
        v++;
    else if (order_tok_is(text, tokens, v, e, "do") && order_tok_is(text, tokens, v + 1U, e, "not"))
        v += 2U;
    else
        return false;
    /* what is lacking is the thing named: a pronoun for it, or nothing ("... dont have to
     * rush" says something else) */
    static const char *const objects[] = {"it", "those", "them", "em", "that", "any", "one"};
    return order_tok_in(text, tokens, v, e, verbs, ORDER_WORDS_N(verbs)) &&
           (v + 1U >= e || tokens[v + 1U].kind == ORDER_TOKEN_PUNCT ||
            order_tok_in(text, tokens, v + 1U, e, objects, ORDER_WORDS_N(objects)));
}

void order_read_known_lacking(const char *text, const struct order_token *tokens,
                              struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "but") || !ORDER_CUES_ANY(&rg->cues, "u", "you", "yall", "ya") ||
        !ORDER_CUES_ANY(&rg->cues, "dont", "do") ||
        !ORDER_CUES_ANY(&rg->cues, "do", "have", "sell", "serve", "make", "carry", "stock"))
        return;
    enum { LACKING_GAP_MAX = 2 }; /* "a coke rn but ...": a word or two between */
    for (size_t t = 0; t < rg->n_things; t++) {
        struct order_thing *th = &rg->things[t];
        if (th->is_span || th->past || th->leftover_kind != ORDER_LEFTOVER_FOOD)
            continue;
        size_t e = rg->clauses[th->clause].end, p = th->end;
        while (p < e && p < th->end + (size_t)LACKING_GAP_MAX && rg->roles[p] != ORDER_ROLE_ITEM &&
               !read_said_lacking(text, tokens, p, e))
            p++;
        if (p >= e || !read_said_lacking(text, tokens, p, e))
            continue;
        order_reading_leftover_to_filler(rg, t--);
    }
}
