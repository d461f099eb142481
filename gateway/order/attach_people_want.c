/* attach_people_want.c — a count of people, each wanting a dish (attach.c, reading.h pass 4):
 * "everybody wants 2 carne asada tacos, 6 of them also want a california burrito", "6 of us
 * want a burrito". A count, "of them" / "of us", then a verb of wanting and a dish with an
 * article counts that dish once a person: six burritos, not one, and the count is no part
 * of the dish before (attach_part_split.c leaves it). */
#include "gateway/order/attach_internal.h"

/* Where the words "N of them (also) want" end, from i: past the verb, or i when they do not
 * stand there. Sets *people to N. */
size_t attach_people_want_at(const struct attach_state *st, size_t i, size_t e, int32_t *people)
{
    static const char *const who[] = {"them", "us", "those", "em", "you"};
    static const char *const also[] = {"also", "too", "all", "each"};
    static const char *const wanting[] = {"want", "wants", "need", "needs", "get", "gets"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    int32_t v = 0;
    size_t k = attach_number(st->rd->u, text, t, i, e, &v);
    if (k == 0 || v < 2 || v > ORDER_QTY_MAX || attach_is_article(text, t, i, e) ||
        !order_tok_is(text, t, i + k, e, "of") ||
        !attach_in(text, t, i + k + 1U, e, who, ORDER_WORDS_N(who)))
        return i;
    size_t p = i + k + 2U;
    if (attach_in(text, t, p, e, also, ORDER_WORDS_N(also)))
        p++;
    if (!attach_in(text, t, p, e, wanting, ORDER_WORDS_N(wanting)))
        return i;
    *people = v;
    return p + 1U;
}

void attach_people_want(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "of") ||
        !ORDER_CUES_ANY(&st->cues, "want", "wants", "need", "needs", "get", "gets"))
        return;
    for (size_t k = first; k < end && k < st->rg->n_things; k++) {
        struct order_thing *s = &st->rg->things[k];
        if (!s->is_span || s->reference || s->qty != 1)
            continue;
        size_t a = s->begin;
        if (a > st->b && attach_is_article(st->text, st->tokens, a - 1U, st->e))
            a--; /* "a california burrito" */
        for (size_t i = a > st->b + 6U ? a - 6U : st->b; i + 3U < a; i++) {
            int32_t people = 0;
            if (attach_people_want_at(st, i, a, &people) != a)
                continue;
            s->qty = people;
            s->qty_explicit = true;
            for (size_t p = i; p < a; p++)
                if (attach_free(st, p))
                    st->rg->roles[p] = ORDER_ROLE_FILLER;
            break;
        }
    }
}
