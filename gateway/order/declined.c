/* declined.c — a dish declined and another of its kind asked for in its place (reading.h):
 * "not the chocolate shake, the other one" asks for the shake that is not chocolate, and
 * "not the beef burger, the chicken one" for the burger of chicken. The dish after "not" is
 * named only to say which of its kind is not meant. */
#include "gateway/order/reading.h"

/* Does span th open its clause after "not" or "not the" (greetings aside)? */
static bool declined_opens(const char *text, const struct order_token *tokens,
                           const struct order_reading *rg, const struct order_thing *th)
{
    const struct order_clause *cl = &rg->clauses[th->clause];
    size_t at = cl->begin;
    while (at < cl->end && rg->roles[at] == ORDER_ROLE_GREETING)
        at++;
    if (!order_tok_is(text, tokens, at, cl->end, "not"))
        return false;
    size_t b = at + 1U;
    if (order_tok_is(text, tokens, b, cl->end, "the"))
        b++;
    return th->begin == b;
}

/* Where "the other (one)" stands after token from, before any other thing, within end: its
 * first token, or end when it does not. */
static size_t declined_other_at(const char *text, const struct order_token *tokens,
                                const struct order_reading *rg, size_t from, size_t end)
{
    if (!ORDER_CUES_ANY(&rg->cues, "other"))
        return end;
    for (size_t p = from; p + 1U < end; p++) {
        if (rg->roles[p] == ORDER_ROLE_ITEM || rg->roles[p] == ORDER_ROLE_LEFTOVER)
            return end;
        if (order_tok_is(text, tokens, p, end, "the") &&
            order_tok_is(text, tokens, p + 1U, end, "other") &&
            rg->roles[p + 1U] != ORDER_ROLE_ITEM && rg->roles[p + 1U] != ORDER_ROLE_LEFTOVER &&
            (p + 2U >= end || tokens[p + 2U].kind == ORDER_TOKEN_PUNCT ||
             order_tok_is(text, tokens, p + 2U, end, "one")))
            return p;
    }
    return end;
}

/* "not the beef burger, the chicken one": the first thing after the declined dish, before
 * token last, pointed at with "one" and read within the declined dish's kind. Its index when
 * it names exactly one item of kind (alone, or of the several its words name), that item in
 * *item; else -1. */
static ptrdiff_t declined_pointed_one(const char *text, const struct order_token *tokens,
                                      const struct order_reading *rg, const struct order_thing *th,
                                      const struct order_item_set *kind, size_t last, int32_t *item)
{
    if (!ORDER_CUES_ANY(&rg->cues, "one"))
        return -1;
    ptrdiff_t next = -1;
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *y = &rg->things[t];
        if (y != th && y->begin >= th->end && y->begin < last &&
            (next < 0 || y->begin < rg->things[next].begin))
            next = (ptrdiff_t)t;
    }
    if (next < 0)
        return -1;
    const struct order_thing *y = &rg->things[next];
    bool one = order_tok_is(text, tokens, y->end, last, "one") ||
               (y->end > y->begin && order_tok_is(text, tokens, y->end - 1U, last, "one"));
    if (!y->is_span || !one)
        return -1;
    if (y->item >= 0) { /* "the chocolate one": already one dish, of the kind or not */
        *item = y->item;
        return order_item_set_has(kind, (size_t)y->item) ? next : -1;
    }
    struct order_item_set both = y->candidates;
    order_item_set_and(&both, kind);
    if (order_item_set_count(&both) != 1)
        return -1;
    *item = order_item_set_next(&both, 0);
    return next;
}

/* "not the jackfruit one, the halloumi burger": is the first thing after the declined dish,
 * before token last, another dish named whole? It is the one asked for in its place. */
static bool declined_named_after(const struct order_reading *rg, const struct order_thing *th,
                                 size_t last)
{
    const struct order_thing *next = NULL;
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *y = &rg->things[t];
        if (y != th && y->begin >= th->end && y->begin < last && (!next || y->begin < next->begin))
            next = y;
    }
    return next && next->is_span && !next->reference && next->item >= 0 && next->item != th->item;
}

void order_read_declined(const struct order_reader *rd, const char *text,
                         const struct order_token *tokens, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "not"))
        return;
    for (size_t t = 0; t < rg->n_things; t++) {
        struct order_thing *th = &rg->things[t];
        if (!th->is_span || th->item < 0 || th->end == th->begin ||
            th->clause + 1U > rg->n_clauses || !declined_opens(text, tokens, rg, th))
            continue;
        /* the other one stands in this clause or the next */
        size_t last = th->clause + 1U < rg->n_clauses ? rg->clauses[th->clause + 1U].end
                                                      : rg->clauses[th->clause].end;
        size_t p = declined_other_at(text, tokens, rg, th->end, last);
        if (p == last && declined_named_after(rg, th, last)) {
            th->reference = true;
            continue;
        }
        size_t head = th->end - 1U;
        if (rg->n_hits[head] == 0)
            continue;
        /* the kind: the items holding the dish's last word ("shake"), the dish itself left out */
        struct order_item_set kind = rd->lex->words[rg->hits[head][0].words[0]].items;
        order_item_set_remove(&kind, (size_t)th->item);
        int32_t one;
        ptrdiff_t y =
            p == last ? declined_pointed_one(text, tokens, rg, th, &kind, last, &one) : -1;
        if (y >= 0) { /* the dish pointed at stands, the declined one goes */
            rg->things[y].item = one;
            th->reference = true;
            continue;
        }
        size_t n = order_item_set_count(&kind);
        if (p == last || n == 0)
            continue;
        th->candidates = kind;
        th->item = n == 1 ? order_item_set_next(&kind, 0) : -1;
        size_t e = order_tok_is(text, tokens, p + 2U, last, "one") ? p + 3U : p + 2U;
        for (size_t k = p; k < e; k++)
            rg->roles[k] = ORDER_ROLE_FILLER;
    }
}
