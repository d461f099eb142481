/* correct_not_list.c — a sentence opening with dishes declined one by one ("not the steak,
 * not the chicken ones — just a salad"). Each piece "not (the) X (one/ones)" after the
 * opening one, set off by a comma, declines its dish as the first does: none of them is
 * asked for, once a dish not declined follows. Read piece by piece the second "not" looked
 * like a change of the first dish, and the first dish was ordered. */
#include "gateway/order/correct_internal.h"

/* The span or kind that begins at d, or at the "the" before it; NULL when none. */
static struct order_thing *not_list_thing(struct order_reading *rg, size_t d)
{
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *o = &rg->things[s];
        if (o->is_span && (o->begin == d || o->begin + 1U == d))
            return o;
    }
    return NULL;
}

/* The "not" piece at i: the token after it and its article, or 0 when i is no "not". */
static size_t not_list_piece(const char *text, const struct order_token *tokens, size_t i, size_t n)
{
    if (!order_tok_is(text, tokens, i, n, "not"))
        return 0;
    size_t d = i + 1U;
    if (order_tok_is(text, tokens, d, n, "the"))
        d++;
    return d;
}

void correct_not_list(const char *text, const struct order_token *tokens, size_t n,
                      struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "not"))
        return;
    enum { DECLINED_MAX = 8 };
    for (size_t i = 0; i < n; i++) {
        bool opens = i == 0 || (tokens[i - 1U].kind == ORDER_TOKEN_PUNCT &&
                                (tokens[i - 1U].punct == '.' || tokens[i - 1U].punct == '!'));
        size_t d = opens ? not_list_piece(text, tokens, i, n) : 0;
        struct order_thing *declined[DECLINED_MAX];
        size_t k = 0, p = i;
        while (d > 0 && k < DECLINED_MAX) {
            struct order_thing *o = not_list_thing(rg, d);
            if (!o)
                break;
            declined[k++] = o;
            p = o->end;
            if (order_tok_is(text, tokens, p, n, "one") || order_tok_is(text, tokens, p, n, "ones"))
                p++;
            if (p >= n || tokens[p].kind != ORDER_TOKEN_PUNCT || tokens[p].punct != ',')
                break;
            d = not_list_piece(text, tokens, p + 1U, n);
        }
        if (k < 2U)
            continue;
        bool asked = false; /* a dish not declined after them: what is asked for instead */
        for (size_t s = 0; s < rg->n_things; s++)
            asked = asked ||
                    (rg->things[s].is_span && !rg->things[s].reference && rg->things[s].begin > p);
        for (size_t x = 0; asked && x < k; x++) {
            declined[x]->reference = true;
            declined[x]->mods.n = 0;
        }
    }
}
