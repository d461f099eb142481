/* attach_meal_heading.c — "staff meal: 4 carnitas tacos, 1 flan" (attach.c, reading.h pass
 * 4): words the menu lacks that end in a general word for food or a meal ("meal", "lunch",
 * "grub") before a colon, with a counted dish right after it ("4 tacos", "tacos x4"), head
 * the list: they say whom or what the order is for, no dish of their own. A dish the menu
 * lacks before a colon ("pozole: 2 flan") ends in no such word and stays asked back. */
#include "gateway/order/attach_internal.h"

/* Does the leftover k end in a word for food taken as a meal? */
static bool meal_word_ends(const struct attach_state *st, const struct order_thing *k)
{
    static const char *const meals[] = {"meal",      "meals",   "grub",   "food",
                                        "lunch",     "lunches", "dinner", "dinners",
                                        "breakfast", "eats",    "snacks"};
    return order_tok_in(st->text, st->tokens, k->end - 1U, st->e, meals, ORDER_WORDS_N(meals));
}

/* Is the token at c a number in digits right before the colon of a heading ("crew meal #2:
 * ...")? */
static bool meal_numbered(const struct attach_state *st, size_t c)
{
    const struct order_token *t = st->tokens;
    return c + 1U < st->e && t[c].kind == ORDER_TOKEN_WORD && st->text[t[c].off] >= '0' &&
           st->text[t[c].off] <= '9' && order_heading_colon(st->text, t, c + 1U, st->e) > 0;
}

/* Does a dish counted right after the colon at c follow in things [first, end): its count
 * before it ("4 tacos", "2 each of the bowl and the burrito") or, the dish right after the
 * colon, after it ("tacos x4")? */
static bool meal_counted_dish_after(const struct attach_state *st, size_t first, size_t end,
                                    size_t c)
{
    static const char *const count_links[] = {"each", "of", "the"};
    int32_t v;
    size_t k = attach_number(st->rd->u, st->text, st->tokens, c + 1U, st->e, &v);
    size_t at = c + 1U + k;
    while (k > 0 && at < st->e && order_tok_in(st->text, st->tokens, at, st->e, count_links, 3))
        at++; /* "2 each of the carnitas bowl": the count's words before its dish */
    for (size_t s = first; s < end; s++) {
        const struct order_thing *d = &st->rg->things[s];
        if (d->is_span &&
            ((k > 0 && d->begin == at) || (k == 0 && d->begin == c + 1U && d->qty_explicit)))
            return true;
    }
    return false;
}

void attach_meal_heading(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "meal", "meals", "grub", "food", "lunch", "lunches", "dinner",
                        "dinners", "breakfast", "eats", "snacks"))
        return;
    enum { HEADING_WORDS_MAX = 4 };
    struct order_reading *rg = st->rg;
    for (size_t h = first; h < end; h++) {
        struct order_thing *k = &rg->things[h];
        bool numbered = meal_numbered(st, k->end);
        /* "crew meal #2:": the number tells the meal from others, no count */
        size_t c = order_heading_colon(st->text, st->tokens, k->end + numbered, st->e);
        if (k->is_span || k->reference || (k->qty_explicit && !numbered) || k->end <= k->begin ||
            k->end - k->begin > HEADING_WORDS_MAX || c == 0 || c + 1U >= st->e ||
            !meal_word_ends(st, k) || !meal_counted_dish_after(st, first, end, c))
            continue;
        k->reference = true; /* the heading asks for nothing of its own */
        for (size_t p = k->begin; p < k->end + (size_t)numbered; p++)
            rg->roles[p] = ORDER_ROLE_FILLER;
    }
}
