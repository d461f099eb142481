/* narrow_counted_after.c — a kind in the plural, uncounted and alone in its clause, then in
 * the next clause dishes of that kind each with its count (reading.h, after the narrowings):
 * "we want burritos. 2 california burritos and a horchata", "smoothies! one mango,
 * two strawberry banana". The kind says what the customer has in mind; the counted dishes
 * after it say which and how many. The kind asks nothing more: "which burritos?" is answered
 * already. A kind that is counted ("2 burritos. 1 carne asada") is narrowed by
 * order_read_narrowings; one asked of the restaurant ("do you have burritos?") stays. */
#include "gateway/order/reading.h"

/* Is kind said in the plural ("burritos") and nothing else asked for in its clause? */
static bool narrow_plural_alone(const char *text, const struct order_token *tokens,
                                const struct order_reader *rd, const struct order_reading *rg,
                                size_t k)
{
    const struct order_thing *kind = &rg->things[k];
    size_t t = kind->end - 1U;
    if (!kind->is_span || kind->item >= 0 || kind->reference || kind->qty_explicit ||
        kind->qty_unclear || kind->past || order_item_set_count(&kind->candidates) < 2 ||
        rg->clauses[kind->clause].question_start || tokens[t].kind != ORDER_TOKEN_WORD ||
        rg->n_hits[t] == 0)
        return false;
    const struct order_lex_word *w = &rd->lex->words[rg->hits[t][0].words[0]];
    if (!(tokens[t].len > w->len && text[tokens[t].off + tokens[t].len - 1] == 's'))
        return false;
    for (size_t x = 0; x < rg->n_things; x++)
        if (x != k && rg->things[x].clause == kind->clause && !rg->things[x].reference)
            return false;
    return true;
}

void order_read_kinds_counted_after(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, struct order_reading *rg)
{
    for (size_t k = 0; k + 1U < rg->n_things; k++) {
        if (!narrow_plural_alone(text, tokens, rd, rg, k))
            continue;
        struct order_thing *kind = &rg->things[k];
        size_t x = k + 1U;
        while (x < rg->n_things && rg->things[x].reference)
            x++;
        if (x >= rg->n_things)
            break;
        const struct order_thing *pick = &rg->things[x];
        /* the first dish of the very next clause: one of the kind, counted */
        if (pick->clause != kind->clause + 1U || !pick->is_span || !pick->qty_explicit ||
            pick->qty_unclear || pick->item < 0 ||
            !order_item_set_has(&kind->candidates, (size_t)pick->item))
            continue;
        kind->reference = true; /* "burritos?" then "2 carne asada burritos": answered */
    }
}
