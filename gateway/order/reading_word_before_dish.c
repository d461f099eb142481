/* reading_word_before_dish.c — one menu word right before a dish the menu lacks that the food
 * lexicon names in two words or more ("a chocolate sponge cake", "vanilla wedding cake"). The
 * word says which such dish (its flavour), as "chocolate" does in "chocolate croissant": it
 * is a word of that dish, not a dish of its own. Left as a span it was asked back ("which
 * chocolate?") or read as the one item it names ("vanilla": the vanilla milkshake), beside
 * the cake the menu lacks. A word that ends a name ("burger") or a whole name stays a dish:
 * "burger sponge cake" is a list. */
#include <string.h>

#include "gateway/order/reading_internal.h"

bool read_word_before_dish(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, struct order_reading *rg,
                           struct order_clause *cl, size_t first, size_t s)
{
    if (s <= first || s >= rg->n_things)
        return false;
    struct order_thing *th = &rg->things[s], *prev = &rg->things[s - 1U];
    if (th->is_span || th->leftover_kind != ORDER_LEFTOVER_FOOD || th->end < th->begin + 2U ||
        !prev->is_span || prev->reference || prev->clause != th->clause || prev->end != th->begin ||
        prev->end != prev->begin + 1U || tokens[prev->begin].kind != ORDER_TOKEN_WORD ||
        order_read_token_head(rd, rg, prev->begin) || order_read_span_whole(rd, rg, prev))
        return false;
    size_t start = prev->begin;
    /* "a big chocolate birthday cake": a size right before the word sizes the dish too */
    if (start > cl->begin && rg->roles[start - 1U] == ORDER_ROLE_NONE &&
        order_patterns_longest(&rd->u->sizes, text, tokens, start - 1U, start, NULL) == 1U)
        start--;
    memmove(prev, th, (rg->n_things - s) * sizeof(*th));
    rg->n_things--;
    cl->n_spans--;
    read_span_to_dish(text, tokens, rg, prev, start);
    return true;
}
