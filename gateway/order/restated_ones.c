/* restated_ones.c — a dish said again as "the <words> ones" right after it, set off by a
 * comma or a bracket: "a portion of the truffle fries (not the sweet potato ones, the truffle
 * ones)", "the cold brew, the big one". The customer points again at the dish just named to
 * say which they mean (an apposition): no second dish, and no count added (reading.h). Words
 * between may only be what is declined ("not the sweet potato ones") and punctuation. */
#include "gateway/order/reading.h"

/* Does the span th end in "one" or "ones" (or "kind", "type", "sort": "the chocolate kind"),
 * or stand right before it, after "the"? */
static bool restated_pointing(const char *text, const struct order_token *tokens,
                              const struct order_thing *th, size_t n)
{
    static const char *const ones[] = {"one", "ones", "kind", "type", "sort"};
    if (th->begin == 0 || !order_tok_is(text, tokens, th->begin - 1U, n, "the"))
        return false;
    return order_tok_in(text, tokens, th->end - 1U, n, ones, ORDER_WORDS_N(ones)) ||
           order_tok_in(text, tokens, th->end, n, ones, ORDER_WORDS_N(ones));
}

/* Is thing o declined: a reference, or said after "not" ("not the sweet potato ones")? */
static bool restated_declined(const char *text, const struct order_token *tokens,
                              const struct order_thing *o, size_t n)
{
    size_t p = o->begin;
    if (p > 0 && order_tok_is(text, tokens, p - 1U, n, "the"))
        p--;
    return o->reference || (p > 0 && order_tok_is(text, tokens, p - 1U, n, "not"));
}

/* Are the tokens [a, b) between the dish and its restatement only punctuation, "the", "not"
 * and words of dishes declined (references)? */
static bool restated_between(const char *text, const struct order_token *tokens,
                             const struct order_reading *rg, size_t a, size_t b, size_t n)
{
    enum { BETWEEN_TOKENS_MAX = 10 };
    bool set_off = false;
    if (b < a + 1U || b - a > BETWEEN_TOKENS_MAX)
        return false;
    for (size_t p = a; p < b; p++) {
        if (tokens[p].kind == ORDER_TOKEN_PUNCT) {
            set_off = set_off || tokens[p].punct == ',' || tokens[p].punct == '(';
            continue;
        }
        if (order_tok_is(text, tokens, p, n, "the") || order_tok_is(text, tokens, p, n, "not"))
            continue;
        bool declined = false;
        for (size_t x = 0; x < rg->n_things && !declined; x++)
            declined = rg->things[x].begin <= p && p < rg->things[x].end &&
                       restated_declined(text, tokens, &rg->things[x], n);
        declined = declined || order_tok_is(text, tokens, p, n, "ones") ||
                   order_tok_is(text, tokens, p, n, "one");
        if (!declined && rg->roles[p] != ORDER_ROLE_FILLER)
            return false;
    }
    return set_off;
}

void order_read_restated_ones(const char *text, const struct order_token *tokens, size_t n,
                              struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "the") ||
        !ORDER_CUES_ANY(&rg->cues, "one", "ones", "kind", "type", "sort"))
        return;
    for (size_t t = 1; t < rg->n_things; t++) {
        struct order_thing *th = &rg->things[t];
        if (!th->is_span || th->reference || th->qty_explicit || th->item < 0 ||
            !restated_pointing(text, tokens, th, n))
            continue;
        for (size_t s = t; s-- > 0;) {
            const struct order_thing *o = &rg->things[s];
            if (!o->is_span || restated_declined(text, tokens, o, n))
                continue;
            if (o->item == th->item && o->end <= th->begin &&
                restated_between(text, tokens, rg, o->end, th->begin - 1U, n)) {
                th->reference = true; /* the dish before, pointed at again */
                th->mods.n = 0;
            }
            break;
        }
    }
}
