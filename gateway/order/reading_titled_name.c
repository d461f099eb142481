/* reading_titled_name.c — "Dr. Hale here", "this is Mrs Mango", "for Mr Fries" (reading.h pass
 * 2, after the clauses): a title of address before a word makes that word a person's name, no
 * dish, whatever menu word it holds or nearly spells ("hale" is no misspelt kale). A drink
 * named so ("a dr pepper", an entry of the food lexicon) stays the drink. */
#include "gateway/order/food.h"
#include "gateway/order/reading_internal.h"

void order_read_titled_names(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, size_t n, struct order_reading *rg)
{
    static const char *const titles[] = {"dr", "mr", "mrs", "ms", "mx", "prof"};
    if (!ORDER_CUES_ANY(&rg->cues, "dr", "mr", "mrs", "ms", "mx", "prof"))
        return;
    for (size_t t = 0; t + 1U < n; t++) {
        if (!order_tok_in(text, tokens, t, n, titles, ORDER_WORDS_N(titles)))
            continue;
        size_t k = t + 1U;
        if (k < n && tokens[k].kind == ORDER_TOKEN_PUNCT && tokens[k].punct == '.')
            k++; /* "Dr. Hale" */
        if (k >= n || tokens[k].kind != ORDER_TOKEN_WORD || rg->roles[k] != ORDER_ROLE_NONE ||
            order_food_entry_of(rd->food, text + tokens[t].off, tokens[t].len, text + tokens[k].off,
                                tokens[k].len))
            continue;
        rg->n_hits[k] = 0;
        rg->roles[k] = ORDER_ROLE_FILLER;
        rg->roles[t] = ORDER_ROLE_FILLER;
    }
}
