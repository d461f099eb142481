/* attach_swap_whole.c — a dish asked for before turned wholly into another (attach.c,
 * reading.h pass 4): "a lemonade. make the lemonade an iced green tea", "change the fries to
 * onion rings". "make" (or a verb of changing, then "to" / "into" / "for"), "the" and words
 * of the name of a dish asked for before, then another dish: the first is not wanted any
 * more, the second takes its place with its count. The words after "the" only point at the
 * first. With a count ("make one of the ...") only a part changes: attach_swap_of.c. */
#include <string.h>
#include <strings.h>

#include "gateway/order/attach_internal.h"

enum { SWAP_POINTING_WORDS_MAX = 3 }; /* "the falafel", "the buffalo cauliflower wrap" */

/* Is token i a word of item's name, as a whole word? */
static bool swap_whole_name_word(const struct attach_state *st, int32_t item, size_t i)
{
    const struct order_token *k = &st->tokens[i];
    const char *name = st->rd->lex->menu->items[item].name;
    for (const char *w = name; *w; w++) {
        bool starts = w == name || w[-1] == ' ';
        if (starts && strncasecmp(w, st->text + k->off, k->len) == 0 &&
            (w[k->len] == '\0' || w[k->len] == ' '))
            return true;
    }
    return false;
}

/* The dish asked for before token i whose name holds every word of [a, p), the latest;
 * NULL when none. */
static struct order_thing *swap_whole_earlier(struct attach_state *st, size_t a, size_t p, size_t i)
{
    struct order_thing *best = NULL;
    for (size_t s = 0; s < st->rg->n_things; s++) {
        struct order_thing *o = &st->rg->things[s];
        if (!o->is_span || o->reference || o->past || o->item < 0 || o->end > i || o->qty < 1 ||
            (best && o->end <= best->end))
            continue;
        bool named = true;
        for (size_t w = a; w < p && named; w++)
            named = st->tokens[w].kind == ORDER_TOKEN_WORD && swap_whole_name_word(st, o->item, w);
        if (named)
            best = o;
    }
    return best;
}

/* Span y: the dish a swap before it ends in, when there is one; returns the old dish and sets
 * *verb to the swap's verb. */
static struct order_thing *swap_whole_of(struct attach_state *st, const struct order_thing *y,
                                         size_t *verb)
{
    static const char *const changes[] = {"switch", "change", "swap", "turn"};
    static const char *const preps[] = {"to", "into", "for"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = y->begin;
    if (p > st->b && attach_is_article(text, t, p - 1U, st->e))
        p--;
    bool prep = p > st->b && attach_in(text, t, p - 1U, st->e, preps, ORDER_WORDS_N(preps));
    if (prep)
        p--;
    for (size_t a = p; a + SWAP_POINTING_WORDS_MAX >= p && a >= st->b + 2U; a--) {
        if (a == p || !order_tok_is(text, t, a - 1U, st->e, "the"))
            continue;
        bool change = attach_in(text, t, a - 2U, st->e, changes, ORDER_WORDS_N(changes));
        /* the frame may have read "make" as a filler already ("make that ...") */
        if (!(attach_free(st, a - 2U) || st->rg->roles[a - 2U] == ORDER_ROLE_FILLER) ||
            !(change ? prep : order_tok_is(text, t, a - 2U, st->e, "make")))
            return NULL;
        *verb = a - 2U;
        return swap_whole_earlier(st, a, p, a - 2U);
    }
    return NULL;
}

void attach_swap_whole(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "the") ||
        !ORDER_CUES_ANY(&st->cues, "make", "switch", "change", "swap", "turn"))
        return;
    for (size_t k = first; k < end; k++) {
        struct order_thing *y = &st->rg->things[k];
        size_t verb = 0;
        if (!y->is_span || y->reference || y->qty_explicit)
            continue;
        struct order_thing *was = swap_whole_of(st, y, &verb);
        if (!was || (y->item >= 0 && y->item == was->item) ||
            (y->item < 0 && order_item_set_has(&y->candidates, (size_t)was->item)))
            continue; /* "make the fries the truffle ones": the same dish, said finer */
        y->qty = was->qty;
        y->qty_explicit = was->qty_explicit;
        was->reference = true; /* no longer asked for */
        for (size_t p = verb; p < y->begin; p++)
            if (st->tokens[p].kind == ORDER_TOKEN_WORD)
                st->rg->roles[p] = ORDER_ROLE_FILLER; /* the swap's words: no change, no dish */
        for (size_t s = first; s < end; s++) /* a span of the pointing words adds nothing */
            if (&st->rg->things[s] != y && st->rg->things[s].begin >= verb &&
                st->rg->things[s].end <= y->begin)
                st->rg->things[s].reference = true;
    }
}
