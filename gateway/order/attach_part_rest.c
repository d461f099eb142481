/* attach_part_rest.c — parts of a counted dish told each in a sentence of its own, after a
 * first part was split off (attach_count_reference.c, reading.h pass 4): "two falafel wraps.
 * one with extra hummus. one without tahini." The count of the second sentence points back at
 * the part the first split off, which counts one already; a person reads it as the next part
 * of the dish counted, or, when it is all the dish has left, as that rest. Without this the
 * second part's changes were added to the first part and the rest kept none. */
#include "gateway/order/attach_internal.h"

/* The dish named with a count that part, a part split off with no words of its own, was
 * taken from: the last such span of its item before it; NULL when none. */
static struct order_thing *part_taken_from(const struct attach_state *st,
                                           const struct order_thing *part)
{
    struct order_thing *from = NULL;
    for (size_t t = 0; t < st->rg->n_things; t++) {
        struct order_thing *x = &st->rg->things[t];
        if (x != part && x->is_span && x->item == part->item && x->begin < x->end &&
            x->end <= part->begin && x->qty_explicit && !x->reference)
            from = x;
    }
    return from;
}

bool attach_part_of_rest(struct attach_state *st, size_t c, struct order_thing *last, size_t p,
                         int32_t v)
{
    struct order_clause *cl = &st->rg->clauses[c];
    if (!last->is_span || last->begin != last->end || last->clause >= c || v < 1 ||
        !attach_modifier_lead_at(st, p + 1U, cl->end))
        return false;
    struct order_thing *from = part_taken_from(st, last);
    if (!from || from->mods.n > 0 || v > from->qty)
        return false;
    if (v < from->qty) { /* "three wraps. one with hummus. one without tahini.": one more part */
        struct order_thing *part = attach_split(st, from, v, cl->begin);
        if (!part)
            return false;
        part->clause = (uint8_t)c;
        cl->n_spans++;
        return true;
    }
    for (size_t a = p + 1U; a < cl->end;) { /* the rest: its changes are the dish's own */
        size_t b = attach_piece_end(st, a, cl->end);
        if (b == a)
            break;
        attach_piece(st, from, a, b);
        a = b;
        while (a < cl->end && st->tokens[a].kind == ORDER_TOKEN_PUNCT)
            a++;
    }
    return true;
}
