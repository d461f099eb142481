/* attach_described_and.c — where what is in a described kind ends at "and" (attach_kinds.c,
 * reading.h pass 4): "chips with salsa and elote". The words after "with" run to the next
 * separator, so a whole dish listed after "and" was read as one more word of the description,
 * none of the kind's candidates held it, and the kind was asked back with the dish lost in
 * it. Asked only when the whole run picks no candidate: a dish after "and" that no candidate
 * holds is a dish of its own, and the words before it pick the kind's dish. */
#include "gateway/order/attach_internal.h"

/* Does a span naming one dish start at token w? */
static bool attach_dish_starts_at(const struct attach_state *st, size_t w)
{
    for (size_t x = 0; x < st->rg->n_things; x++) {
        const struct order_thing *o = &st->rg->things[x];
        if (o->begin == w && o->is_span && o->item >= 0)
            return true;
    }
    return false;
}

/* "chips with salsa and elote": a whole dish after "and" that no candidate's
 * description takes in is a dish of its own, not more of the description. Moves *b back to
 * the first "and" of (a, *b) with a described word before it and such a dish right after it,
 * its described words counted into *words; false when none. */
bool attach_described_before_and(const struct attach_state *st, size_t a, size_t *b, size_t *words)
{
    if (!ORDER_CUES_ANY(&st->cues, "and"))
        return false;
    size_t n = 0;
    for (size_t w = a + 1; w < *b; w++) {
        if (n > 0 && order_tok_is(st->text, st->tokens, w, *b, "and") &&
            attach_dish_starts_at(st, w + 1)) {
            *b = w;
            *words = n;
            return true;
        }
        n += attach_described_word(st, w);
    }
    return false;
}
