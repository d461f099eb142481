/* correct_not_again.c — a dish taken back by naming it again after "not" (correct.c): "2
 * fries - sorry not fries, onion rings". Right after the dish, a correction's word ("sorry",
 * "wait") and "not" before its own name say it was not meant; the dish
 * after the comma or dash that follows is asked for in its place, in its count unless it has
 * one or an article of its own. Read as it stood, "not fries" was one more of them and the
 * dish meant came once. */
#include "gateway/order/correct_internal.h"

/* Does a correction's word stand in [a, b)? */
static bool not_again_marked(const char *text, const struct order_token *t, size_t a, size_t b)
{
    static const char *const marks[] = {"sorry", "wait"};
    for (size_t p = a; p < b; p++)
        if (order_tok_in(text, t, p, b, marks, ORDER_WORDS_N(marks)))
            return true;
    return false;
}

/* The uncounted span of item starting at d, or NULL. */
static struct order_thing *not_again_span(struct order_reading *rg, size_t d, int32_t item)
{
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *o = &rg->things[s];
        if (o->is_span && !o->reference && o->begin == d && o->item == item && !o->qty_explicit)
            return o;
    }
    return NULL;
}

bool correct_not_again(const char *text, const struct order_token *tokens, size_t n,
                       struct order_reading *rg, struct order_thing *now, size_t i, size_t d)
{
    if (!ORDER_CUES_ANY(&rg->cues, "sorry", "wait"))
        return false;
    if (now->item < 0 || !not_again_marked(text, tokens, now->end, i))
        return false;
    struct order_thing *again = not_again_span(rg, d, now->item);
    if (!again || again->end >= n || tokens[again->end].kind != ORDER_TOKEN_PUNCT ||
        (tokens[again->end].punct != ',' && tokens[again->end].punct != '-'))
        return false;
    size_t m = again->end + 1U; /* the dish meant, an article before it at most */
    bool one = order_tok_is(text, tokens, m, n, "a") || order_tok_is(text, tokens, m, n, "an");
    if (one || order_tok_is(text, tokens, m, n, "the"))
        m++;
    struct order_thing *meant = NULL;
    for (size_t s = 0; s < rg->n_things && !meant; s++) {
        struct order_thing *o = &rg->things[s];
        if (o->is_span && !o->reference && o->begin == m && o->item != now->item)
            meant = o;
    }
    if (!meant)
        return false;
    again->reference = true;
    now->reference = true;
    if (!meant->qty_explicit && now->qty_explicit && !one) {
        meant->qty = now->qty;
        meant->qty_explicit = true;
    }
    return true;
}
