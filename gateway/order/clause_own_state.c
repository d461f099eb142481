/* clause_own_state.c — how the customer is, said first and run on into a request with no
 * mark between: "im starving just send me ...", "were so hungry just bring us ...". Texted
 * in one breath, the statement of the speaker's state leaves the request after it mid-clause,
 * where no opener was looked for, so a dish described but not named ("something spicy")
 * was lost and the clause read by its cues alone. The statement is a first-person subject
 * with its copula, at most one word of degree and one word of no menu meaning: said of the
 * speaker, it names nothing, and what follows it opens as a clause's start would. */
#include "gateway/order/clause_internal.h"

size_t clause_own_state_end(const char *text, const struct order_token *tokens,
                            const struct order_reading *out, size_t s, size_t e)
{
    static const char *const degree[] = {"so",    "soo",   "sooo",    "really",    "very",
                                         "super", "kinda", "totally", "literally", "absolutely"};
    if (!ORDER_CUES_ANY(&out->cues, "im", "were", "am", "are"))
        return s;
    size_t p = s;
    if (order_tok_is(text, tokens, p, e, "im") || order_tok_is(text, tokens, p, e, "were"))
        p += 1; /* "i'm", "we're" as the match form writes them */
    else if ((order_tok_is(text, tokens, p, e, "i") &&
              order_tok_is(text, tokens, p + 1U, e, "am")) ||
             (order_tok_is(text, tokens, p, e, "we") &&
              order_tok_is(text, tokens, p + 1U, e, "are")))
        p += 2;
    else
        return s;
    if (order_tok_in(text, tokens, p, e, degree, ORDER_WORDS_N(degree)))
        p++;
    if (p >= e || tokens[p].kind != ORDER_TOKEN_WORD || out->roles[p] != ORDER_ROLE_NONE ||
        out->n_hits[p] > 0)
        return s; /* "im getting the bowl": a menu word or an opener is no state */
    for (size_t k = s; k < p; k++)
        if (out->roles[k] != ORDER_ROLE_NONE)
            return s;
    return p + 1U;
}
