/* reading_brand_word.c — a word that opens the names of several items and no other name holds,
 * a brand or a family of dishes ("Jarritos Mandarin", "Jarritos Tamarind"). Customers put it
 * where a kind goes: "an orange jarrito" is the one of them whose description holds orange,
 * as "the cheese quesadilla" is the quesadilla whose description holds cheese. */
#include <string.h>

#include "gateway/order/reading.h"

/* Does the folded text ("name. description") open with the word w, past "the"? */
static bool brand_opens(const char *folded, const char *w, size_t len)
{
    if (strncmp(folded, "the ", 4) == 0)
        folded += 4;
    return strncmp(folded, w, len) == 0 && folded[len] == ' ';
}

bool order_read_brand_word(const struct order_reader *rd, const struct order_reading *rg, size_t t)
{
    const struct order_lexicon *lx = rd->lex;
    if (!lx->item_text || rg->n_hits[t] != 1 || rg->hits[t][0].n_words != 1)
        return false;
    const struct order_lex_word *w = &lx->words[rg->hits[t][0].words[0]];
    if (w->not_dish || w->section_only || order_item_set_count(&w->items) < 2)
        return false;
    for (int32_t it = order_item_set_next(&w->items, 0); it >= 0;
         it = order_item_set_next(&w->items, (size_t)it + 1U))
        if (!lx->item_text[it] || !brand_opens(lx->item_text[it], w->text, w->len))
            return false;
    return true;
}
