/* attach_all_want.c — people listed one word each, then "all" and a verb of wanting
 * (attach.c, reading.h pass 4): "Tom, Ana and Raj all want chicken tinga burritos", "#5 #10
 * #12 all want ...". Each dish after it with no count of its own, up to a comma, is one for
 * each of them. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* How many people the words [b, i) list, one word each ("tom, ana and raj", "#5 #10 #12"),
 * joined by commas, "and", '&' or nothing; 0 when the words are anything else. */
static int32_t attach_listed_people(const struct attach_state *st, size_t b, size_t i)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    int32_t n = 0;
    for (size_t p = b; p < i; p++) {
        if (t[p].kind == ORDER_TOKEN_PUNCT) {
            if (t[p].punct != ',' && t[p].punct != '&' && t[p].punct != '#')
                return 0;
            continue;
        }
        if (st->rg->roles[p] == ORDER_ROLE_GREETING || order_tok_is(text, t, p, i, "and"))
            continue;
        if (st->rg->roles[p] != ORDER_ROLE_NONE && st->rg->roles[p] != ORDER_ROLE_FILLER)
            return 0; /* a dish, a count, an opener: no list of people */
        n++;
    }
    return n;
}

void attach_all_want(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "all"))
        return;
    static const char *const wanting[] = {"want", "wants", "get", "gets", "need",
                                          "have", "are",   "ll",  "will", "would"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t i = st->b + 1U; i + 1U < st->e; i++) {
        if (!order_tok_is(text, t, i, st->e, "all") ||
            !attach_in(text, t, i + 1U, st->e, wanting, ORDER_WORDS_N(wanting)))
            continue;
        int32_t people = attach_listed_people(st, st->b, i);
        if (people < 2 || people > ORDER_QTY_MAX)
            return;
        size_t stop = i + 2U; /* "..., #7 wants a bean and cheese": another's wanting */
        while (stop < st->e && !(t[stop].kind == ORDER_TOKEN_PUNCT && strchr(",;", t[stop].punct)))
            stop++;
        for (size_t s = first; s < end; s++) {
            struct order_thing *th = &st->rg->things[s];
            if (th->begin > i && th->end <= stop && th->is_span && th->item >= 0 &&
                !th->qty_explicit && !th->qty_unclear && !th->reference && th->qty == 1) {
                th->qty = people;
                th->qty_explicit = true;
            }
        }
        return;
    }
}
