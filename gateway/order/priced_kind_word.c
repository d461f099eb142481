/* priced_kind_word.c — a dish named by its price and a menu word that names no dish alone
 * (reading.h): "the 3.75 side", "that $6.25 kids one". The word ("side") is a section's noun
 * or a word shared by several names, so it forms no name of its own; with the price before it,
 * a person at the counter reads the menu's dishes of that word at that price: one is the dish,
 * ties are asked back. */
#include <string.h>

#include "gateway/order/lexicon.h"
#include "gateway/order/reading.h"

/* The dishes the exact readings of word o name, at price cents: their set, and their count. */
static size_t priced_word_items(const struct order_reader *rd, const struct order_reading *rg,
                                size_t o, int32_t cents, struct order_item_set *out)
{
    const struct order_lexicon *lx = rd->lex;
    memset(out, 0, sizeof(*out));
    for (size_t h = 0; h < rg->n_hits[o]; h++) {
        const struct order_lex_hit *hit = &rg->hits[o][h];
        if (hit->n_words != 1 || hit->edits != 0)
            continue; /* a typo's guess is no ground to pick a dish by price */
        const struct order_item_set *items = &lx->words[hit->words[0]].items;
        for (int32_t i = order_item_set_next(items, 0); i >= 0;
             i = order_item_set_next(items, (size_t)i + 1))
            if (lx->menu->items[i].price_cents == cents)
                order_item_set_add(out, (size_t)i);
    }
    return order_item_set_count(out);
}

/* Do the words o and o + 1 name a dish together, as "side salad" does ("side vegan" does
 * not: "vegan" says what the side is)? */
static bool priced_words_name_together(const struct order_reader *rd,
                                       const struct order_reading *rg, size_t o)
{
    struct order_item_set a, b;
    order_read_token_items(rd, rg, o, &a);
    order_read_token_items(rd, rg, o + 1U, &b);
    order_item_set_and(&a, &b);
    return order_item_set_count(&a) > 0;
}

void order_read_priced_kind_words(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, size_t c,
                                  struct order_reading *rg)
{
    size_t lo = rg->clauses[c].begin, e = rg->clauses[c].end;
    for (size_t o = lo + 1U; o < e; o++) {
        /* cheap first: a word no name reading holds yet, right after a word of digits */
        if (rg->n_hits[o] == 0 || rg->roles[o] != ORDER_ROLE_NONE ||
            tokens[o].kind != ORDER_TOKEN_WORD || tokens[o - 1U].kind != ORDER_TOKEN_WORD ||
            text[tokens[o - 1U].off + tokens[o - 1U].len - 1U] < '0' ||
            text[tokens[o - 1U].off + tokens[o - 1U].len - 1U] > '9')
            continue;
        /* the word ends the words of menu names: "the 3.75 side salad" is the salad's */
        if (o + 1U < e && rg->n_hits[o + 1U] > 0 && priced_words_name_together(rd, rg, o))
            continue;
        size_t first = o - 1U;
        int32_t cents = order_written_price_at(text, tokens, lo, o - 1U, &first);
        if (cents < 0)
            continue;
        bool free = true;
        for (size_t k = first; k < o && free; k++)
            free = rg->roles[k] == ORDER_ROLE_NONE;
        struct order_item_set priced;
        size_t n = free ? priced_word_items(rd, rg, o, cents, &priced) : 0U;
        if (n == 0)
            continue; /* no dish of that word at that price: left to the passes after */
        int32_t item = n == 1 ? order_item_set_next(&priced, 0) : -1;
        if (!order_read_add_priced(text, tokens, c, first, o + 1U, item, &priced, rg))
            return;
    }
}
