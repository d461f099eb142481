/* attach_vessel_of_asked.c — a serving asked for by its vessel alone after a question about a
 * food the menu lacks ("got any menudo? i'll take a small bowl") (attach.c, reading.h pass 4).
 * "a bowl", "a cup" with nothing but an article, a count or a size says how much of the food
 * just asked about is wanted, as "i'll take 3 then" says how many: it asks for that food,
 * declined since the menu lacks it, not for a dish of the menu the vessel's word names. */
#include "gateway/order/attach_internal.h"

/* Are the words [a, b) only an article, a count or a size ("a big", "2 large")? */
static bool vessel_only_measured(const struct attach_state *st, size_t a, size_t b)
{
    static const char *const articles[] = {"a", "an", "one"};
    for (size_t p = a; p < b; p++) {
        int32_t v;
        if (attach_in(st->text, st->tokens, p, b, articles, ORDER_WORDS_N(articles)) ||
            attach_number(st->rd->u, st->text, st->tokens, p, b, &v) > 0)
            continue;
        size_t k = order_patterns_longest(&st->rd->u->sizes, st->text, st->tokens, p, b, NULL);
        if (k == 0)
            return false;
        p += k - 1U;
    }
    return true;
}

void attach_vessel_of_asked(struct attach_state *st, size_t c)
{
    static const char *const vessels[] = {"bowl", "bowls", "cup", "cups", "plate", "plates"};
    /* "if not, a bowl": the answer is no, a dish of the menu is asked instead */
    static const char *const otherwise[] = {"not", "otherwise", "instead", "else"};
    const struct order_clause *cl = &st->rg->clauses[c];
    if (!cl->request_form)
        return;
    for (size_t p = cl->begin; p < cl->end; p++)
        if (attach_in(st->text, st->tokens, p, cl->end, otherwise, ORDER_WORDS_N(otherwise)))
            return;
    struct order_thing *food = attach_food_asked(st, c);
    if (!food)
        return;
    for (size_t s = 0; s < st->rg->n_things; s++) {
        struct order_thing *th = &st->rg->things[s];
        if (th->clause != c || !th->is_span || th->item >= 0 || th->end != th->begin + 1U ||
            !attach_in(st->text, st->tokens, th->begin, th->end, vessels, ORDER_WORDS_N(vessels)))
            continue;
        size_t a = th->begin;
        while (a > cl->begin && st->rg->roles[a - 1U] != ORDER_ROLE_OPENER &&
               st->tokens[a - 1U].kind == ORDER_TOKEN_WORD)
            a--;
        if (a == cl->begin || st->rg->roles[a - 1U] != ORDER_ROLE_OPENER ||
            !vessel_only_measured(st, a, th->begin))
            continue;
        struct order_thing kept = *th;
        *th = *food;
        th->clause = kept.clause;
        th->begin = kept.begin;
        th->end = kept.end;
        th->qty = kept.qty;
        th->qty_explicit = kept.qty_explicit;
        th->mods.n = 0;
        return;
    }
}
