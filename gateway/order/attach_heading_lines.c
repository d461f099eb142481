/* attach_heading_lines.c — a kind of dish alone on a line heads the lines after it
 * (attach.c, reading.h pass 4): "shakes\n- chocolate\n- vanilla x2\nsides\n- sweet potato".
 * Written as a list, each line is a clause of its own, so the heading of attach_kinds.c
 * (a kind and a colon heading the list of its clause) never reaches them. A clause made only
 * of a kind several items fit, and marks, heads the clauses after it up to the next such
 * heading: a dish of a line that fits several items is the one of them of the heading's
 * kind, and the heading asks for nothing of its own once a line is of its kind. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Is clause j made only of thing k's words and marks, maybe whom the list is for after it: k
 * a kind several items fit? */
static bool heading_line(const struct attach_state *st, size_t j, const struct order_thing *k)
{
    const struct order_clause *cl = &st->rg->clauses[j];
    /* a heading that headed a line before is one still (its words fillers then) */
    bool headed = k->reference && st->rg->roles[k->begin] == ORDER_ROLE_FILLER;
    if (!k->is_span || k->item >= 0 || (k->reference && !headed) || k->past || k->clause != j ||
        order_item_set_count(&k->candidates) < 2)
        return false;
    /* "Tacos for the office:": whom the list is for, a few words after "for" */
    enum { HEADING_FOR_WORDS_MAX = 4 };
    size_t whom = k->end;
    if (order_tok_is(st->text, st->tokens, k->end, cl->end, "for"))
        whom = k->end + 1U + HEADING_FOR_WORDS_MAX;
    for (size_t p = cl->begin; p < cl->end; p++)
        if (st->tokens[p].kind == ORDER_TOKEN_WORD && (p < k->begin || p >= whom))
            return false;
    return true;
}

/* The heading of the lines up to the clause of things[first]: the thing heading the nearest
 * clause before it that is a heading line, every clause between holding a thing; NULL when
 * none. */
static struct order_thing *heading_before(struct attach_state *st, size_t first)
{
    size_t x = first;
    while (x > 0) {
        struct order_thing *k = &st->rg->things[x - 1U];
        size_t j = k->clause;
        if (heading_line(st, j, k))
            return k;
        while (x > 0 && st->rg->things[x - 1U].clause == j)
            x--; /* the line before: it held a thing */
        if (x > 0 && st->rg->things[x - 1U].clause + 1U != j)
            return NULL; /* a clause without a thing between: no list */
    }
    return NULL;
}

void attach_heading_lines(struct attach_state *st, size_t first, size_t end)
{
    if (first == end || first == 0 ||
        st->rg->things[first - 1U].clause + 1U != st->rg->things[first].clause)
        return;
    struct order_thing *k = heading_before(st, first);
    if (!k)
        return;
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &st->rg->things[s];
        bool of_kind = th->is_span && th->item >= 0 && !th->reference &&
                       order_item_set_has(&k->candidates, (size_t)th->item);
        if (!of_kind && !attach_narrow_to_kind(st, th, k))
            continue;
        k->reference = true; /* the heading asks for nothing of its own */
        memset(st->rg->roles + k->begin, ORDER_ROLE_FILLER, k->end - k->begin);
    }
}
