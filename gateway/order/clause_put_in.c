/* clause_put_in.c — "just put one in for me", "if under 20 min just put it in", "put 2 in":
 * putting a dish in (the order, the kitchen's queue) asks for it, as "put me down for" does.
 * "put" opens the request; its particle "in" after the dish or the count pointing back is a
 * filler, so the count stands alone ("one") and points at the dish asked about before. Only
 * with "in" after one word or two: "put the fries in a bag" names a bag, "put it on my tab"
 * asks nothing. */
#include "gateway/order/clause_internal.h"

enum { PUT_OBJECT_WORDS_MAX = 2 };

/* The "in" of "put X in" at i ("put" at i), X of one word or two, or 0. */
static size_t put_particle_at(const char *text, const struct order_token *tokens, size_t i,
                              size_t e)
{
    if (!order_tok_is(text, tokens, i, e, "put"))
        return 0;
    for (size_t p = i + 2U; p <= i + 1U + PUT_OBJECT_WORDS_MAX && p < e; p++) {
        if (tokens[p - 1U].kind != ORDER_TOKEN_WORD)
            return 0;
        if (order_tok_is(text, tokens, p, e, "in"))
            return p + 1U == e || tokens[p + 1U].kind == ORDER_TOKEN_PUNCT ||
                           order_tok_is(text, tokens, p + 1U, e, "for")
                       ? p
                       : 0; /* "put it in a bag": where, no order */
    }
    return 0;
}

size_t clause_put_in_opener(const char *text, const struct order_token *tokens,
                            const struct order_reading *out, size_t i, size_t e)
{
    if (!ORDER_CUES_ANY(&out->cues, "put") || !ORDER_CUES_ANY(&out->cues, "in"))
        return 0;
    return put_particle_at(text, tokens, i, e) > 0 ? 1U : 0U;
}

void clause_put_in_particle(const char *text, const struct order_token *tokens, size_t s, size_t e,
                            struct order_reading *out)
{
    if (!ORDER_CUES_ANY(&out->cues, "put") || !ORDER_CUES_ANY(&out->cues, "in"))
        return;
    for (size_t i = s; i < e; i++) {
        if (out->roles[i] != ORDER_ROLE_OPENER)
            continue;
        size_t in = put_particle_at(text, tokens, i, e);
        if (in == 0)
            continue;
        if (out->roles[in] == ORDER_ROLE_NONE)
            out->roles[in] = ORDER_ROLE_FILLER;
        /* "just put 2 in": the word of manner before the verb says nothing more */
        static const char *const manner[] = {"just", "please", "pls", "plz"};
        if (i > s && out->roles[i - 1U] == ORDER_ROLE_NONE &&
            order_tok_in(text, tokens, i - 1U, e, manner, ORDER_WORDS_N(manner)))
            out->roles[i - 1U] = ORDER_ROLE_FILLER;
    }
}
