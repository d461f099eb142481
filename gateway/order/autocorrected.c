/* autocorrected.c — a dish's name a phone changed, put right by the customer after it
 * (reading.h): "one hallelujah burger *halloumi", "a flagella wrap for me. FALAFEL". The
 * word of the fix alone names the dish of the kind the changed name ends in; the changed
 * name is that dish, no dish the menu lacks. */
#include <string.h>

#include "gateway/order/reading.h"

enum {
    FIX_GAP_TOKENS_MAX = 4, /* "for me ." between the changed name and its fix */
};

/* Is the thing at s a fix: one word of a dish's name, marked as a fix by an asterisk before
 * it or standing as a clause of its own ("*halloumi", ". FALAFEL.")? */
static bool autocorrect_fix_word(const struct order_token *tokens, const struct order_reading *rg,
                                 const struct order_thing *s)
{
    if (!s->is_span || s->end != s->begin + 1 || s->begin == 0)
        return false;
    const struct order_token *before = &tokens[s->begin - 1U];
    if (before->kind == ORDER_TOKEN_PUNCT && before->punct == '*')
        return true;
    const struct order_clause *cl = &rg->clauses[s->clause];
    return cl->begin == s->begin && cl->end <= s->end + 1;
}

/* Is s's dish one of the kind w[0..len)? A fix that fits several dishes ("carnitas": the
 * taco, the bowl) is the one of that kind, when one is. */
static bool autocorrect_of_kind(const struct order_reader *rd, struct order_thing *s, const char *w,
                                size_t len)
{
    if (s->item >= 0)
        return order_read_item_holds(rd, (size_t)s->item, w, len);
    int32_t one = -1;
    for (int32_t i = order_item_set_next(&s->candidates, 0); i >= 0;
         i = order_item_set_next(&s->candidates, (size_t)i + 1))
        if (order_read_item_holds(rd, (size_t)i, w, len)) {
            if (one >= 0)
                return false;
            one = i;
        }
    if (one < 0)
        return false;
    order_thing_pin(s, one);
    return true;
}

/* "2 halloween burgers. *halloumi": the count right before the changed name is the fixed
 * dish's count. */
static void autocorrect_count_of(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, const struct order_thing *l,
                                 struct order_thing *s)
{
    enum { COUNT_TOKENS_MAX = 3 }; /* "a couple of" */
    for (size_t w = 1; w <= COUNT_TOKENS_MAX && w <= l->begin; w++) {
        int32_t v = 0;
        if (order_read_number(rd->u, text, tokens, l->begin - w, l->begin, &v) == w) {
            s->qty = v;
            s->qty_explicit = true;
            return;
        }
    }
}

void order_read_autocorrected(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, struct order_reading *rg)
{
    for (size_t k = 0; k + 1U < rg->n_things; k++) {
        const struct order_thing *l = &rg->things[k];
        struct order_thing *s = &rg->things[k + 1U];
        if (l->is_span && l->item >= 0 && l->end >= l->begin + 2U && s->begin >= l->end &&
            s->begin <= l->end + FIX_GAP_TOKENS_MAX && autocorrect_fix_word(tokens, rg, s) &&
            s->item < 0 && order_item_set_has(&s->candidates, (size_t)l->item)) {
            /* "a carnival taco *carnitas": the changed name was read as the dish already, its
             * fix only says so again */
            memset(rg->roles + s->begin, ORDER_ROLE_FILLER, s->end - s->begin);
            order_reading_drop_thing(rg, k + 1U);
            continue;
        }
        if (l->is_span || l->past || l->vague || l->ingredient || l->end <= l->begin ||
            s->begin < l->end || s->begin > l->end + FIX_GAP_TOKENS_MAX ||
            !autocorrect_fix_word(tokens, rg, s))
            continue;
        /* the changed name's last word is the dish's kind ("burger", "wrap"); the fix names
         * the rest, so it is no word of the kind itself */
        const struct order_token *kind = &tokens[l->end - 1U];
        const struct order_token *fix = &tokens[s->begin];
        if (kind->kind != ORDER_TOKEN_WORD || l->end < l->begin + 2U ||
            (kind->len == fix->len && memcmp(text + kind->off, text + fix->off, fix->len) == 0) ||
            !autocorrect_of_kind(rd, s, text + kind->off, kind->len))
            continue;
        if (!s->qty_explicit)
            autocorrect_count_of(rd, text, tokens, l, s);
        memset(rg->roles + l->begin, ORDER_ROLE_FILLER, l->end - l->begin);
        struct order_clause *cl = &rg->clauses[l->clause];
        if (cl->n_leftovers > 0)
            cl->n_leftovers--;
        memmove(&rg->things[k], &rg->things[k + 1U],
                (rg->n_things - k - 1U) * sizeof(rg->things[0]));
        rg->n_things--;
    }
}
