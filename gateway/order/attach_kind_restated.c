/* attach_kind_restated.c — "two horchatas and a coke, so 3 drinks in all", "ok to dessert.
 * the flan": a kind of dish (a section's word, several items fit)
 * said beside dishes of that kind the message names says again what they are; it asks for
 * nothing more. It restates them when its count is theirs, or when it has no count and no
 * article of its own ("to dessert") and the dish of its kind comes after it. A kind with an
 * article and no count ("a horchata and a drink for him") still asks for one more. */
#include "gateway/order/attach_internal.h"

/* The count of the dishes of kind k the message names up to and with clause c, and whether
 * one comes after k. */
static int32_t kind_named_count(const struct order_reading *rg, const struct order_thing *k,
                                size_t c, bool *after)
{
    int32_t n = 0;
    for (size_t x = 0; x < rg->n_things; x++) {
        const struct order_thing *d = &rg->things[x];
        if (d == k || !d->is_span || d->item < 0 || d->reference || d->clause > c ||
            !order_item_set_has(&k->candidates, (size_t)d->item))
            continue;
        n += d->qty;
        *after = *after || d->begin > k->begin;
    }
    return n;
}

/* Do the words of k hold one that only a section of the menu gives ("drinks", "dessert"),
 * not a word of the names several items share ("burger", "tacos")? */
static bool kind_names_section(const struct attach_state *st, const struct order_thing *k)
{
    const struct order_reading *rg = st->rg;
    for (size_t w = k->begin; w < k->end; w++)
        for (size_t h = 0; h < rg->n_hits[w]; h++)
            for (size_t x = 0; x < rg->hits[w][h].n_words; x++)
                if (st->rd->lex->words[rg->hits[w][h].words[x]].section_only)
                    return true;
    return false;
}

void attach_kind_restated(struct attach_state *st, size_t c)
{
    struct order_reading *rg = st->rg;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    static const char *const articles[] = {"a", "an", "some", "another", "any", "the"};
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *k = &rg->things[s];
        if (!k->is_span || k->item >= 0 || k->reference || k->clause > c ||
            order_item_set_count(&k->candidates) < 2 || !kind_names_section(st, k))
            continue;
        bool after = false;
        int32_t named = kind_named_count(rg, k, c, &after);
        if (named == 0)
            continue;
        bool bare =
            !k->qty_explicit && k->begin > 0 &&
            !order_tok_in(text, t, k->begin - 1U, k->end, articles, ORDER_WORDS_N(articles)) &&
            t[k->begin - 1U].kind == ORDER_TOKEN_WORD;
        if ((k->qty_explicit && k->qty >= 2 && k->qty == named) || (bare && after))
            k->reference = true;
    }
}
