/* attach_parts_after_stop.c — a counted dish, then, in a sentence of its own, counts that add
 * up to its count, each with how that part comes: "Three burgers. One as it comes, one no
 * onion, one with bacon". The full stop ends the dish's clause, so the parts are not read
 * after it (attach_parts.c, attach_counted_parts.c); a clause of parts alone, no dish of its
 * own, counting out exactly the dish asked for in the clause before, splits that dish as the
 * same parts after a comma would. */
#include <string.h>

#include "gateway/order/attach_internal.h"

enum {
    STOP_PARTS_MAX = 8,
    STOP_PART_WORDS_MAX = 4, /* "one with oat milk", "one as it comes" */
};

struct stop_part {
    size_t at, b, e; /* the count's first token; the words of how the part comes */
    int32_t qty;
};

/* Is token p a separator between parts: a comma, a semicolon, "and" or "n"? */
static bool stop_separator(const struct attach_state *st, size_t p)
{
    const struct order_token *t = st->tokens;
    if (t[p].kind == ORDER_TOKEN_PUNCT)
        return t[p].punct == ',' || t[p].punct == ';';
    return order_tok_is(st->text, t, p, st->e, "and") || order_tok_is(st->text, t, p, st->e, "n");
}

/* Does a change's lead open the words [a, b) ("no", "with", "extra")? */
static bool stop_lead(const struct attach_state *st, size_t a, size_t b)
{
    const struct order_understanding *u = st->rd->u;
    return order_patterns_longest(&u->modifier_zone_starts, st->text, st->tokens, a, b, NULL) > 0 ||
           order_patterns_longest(&u->modifiers, st->text, st->tokens, a, b, NULL) > 0 ||
           order_tok_is(st->text, st->tokens, a, b, "with") ||
           order_tok_is(st->text, st->tokens, a, b, "w");
}

/* Reads the parts of the clause [st->b, st->e) into parts; their number, 0 when the clause
 * is not parts alone (a count, a few words in a change's form, separators, to its end). */
static size_t stop_read_parts(const struct attach_state *st, struct stop_part *parts)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t n = 0, p = st->b;
    while (p < st->e) {
        int32_t k;
        size_t c = attach_number(st->rd->u, text, t, p, st->e, &k);
        if (c == 0 || attach_is_article(text, t, p, st->e) || k < 1 || n == STOP_PARTS_MAX)
            return 0;
        struct stop_part *x = &parts[n++];
        x->at = p;
        x->qty = k;
        x->b = p + c;
        p = x->b;
        while (p < st->e && !stop_separator(st, p) && t[p].kind == ORDER_TOKEN_WORD)
            p++;
        x->e = p;
        if (x->e == x->b || x->e - x->b > STOP_PART_WORDS_MAX ||
            !attach_modifier_form(st, x->b, x->e) ||
            (!stop_lead(st, x->b, x->e) && attach_food_run(st, x->b, x->e)))
            return 0; /* "1 coke": another dish counted, not how a part comes */
        while (p < st->e && (stop_separator(st, p) || (t[p].kind == ORDER_TOKEN_PUNCT &&
                                                       (t[p].punct == '.' || t[p].punct == '!'))))
            p++;
    }
    return n;
}

bool attach_parts_after_stop(struct attach_state *st, size_t c, size_t *dish_at)
{
    struct stop_part parts[STOP_PARTS_MAX];
    size_t n = stop_read_parts(st, parts);
    struct order_thing *dish = attach_last_item(st, st->b);
    if (n < 2 || !dish || c == 0 || dish->clause + 1U != c || !dish->qty_explicit ||
        dish->mods.n > 0 || dish->qty_unclear)
        return false;
    int32_t sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += parts[i].qty;
    if (sum != dish->qty)
        return false;
    /* words of a part some spans read as dishes several items fit ("as it comes") ask
     * nothing: they say how the part comes */
    for (size_t x = 0; x < st->rg->n_things; x++) {
        struct order_thing *o = &st->rg->things[x];
        if (o->is_span && o->item < 0 && o->begin >= st->b && o->end <= st->e)
            o->reference = true;
    }
    *dish_at = (size_t)(dish - st->rg->things);
    /* the parts after the first are split off; the dish keeps the first, said first */
    for (size_t i = n; i-- > 0;) {
        struct order_thing *part = i > 0 ? attach_split(st, dish, parts[i].qty, parts[i].at) : dish;
        if (!part)
            return true;
        memset(st->rg->roles + parts[i].at, ORDER_ROLE_QTY, parts[i].b - parts[i].at);
        attach_add_modifier(st, part, parts[i].b, parts[i].e);
    }
    return true;
}
