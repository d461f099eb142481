/* autocorrect_said.c — the customer says their phone changed their words ("sorry
 * autocorrect: 2 of the flurbonis and a cold brew", "autocorrected lol"). A word no language
 * knows and no menu word is near then is a name the phone mangled, not a dish of the cuisine
 * the menu lacks: it is asked back, as a word of no vowel is, never declined (reading.h). */
#include <string.h>

#include "gateway/order/dictionary.h"
#include "gateway/order/food.h"
#include "gateway/order/reading_internal.h"

/* Does token t speak of a phone changing words ("autocorrect", "autocorrected", "autocorrects",
 * "autocorrecting", "autocorrection")? */
static bool autocorrect_word(const char *text, const struct order_token *t)
{
    return t->kind == ORDER_TOKEN_WORD && t->len >= 11U &&
           memcmp(text + t->off, "autocorrect", 11) == 0;
}

/* Is every word of thing th one no dictionary, food lexicon or menu knows ("flurbonis")? */
static bool autocorrect_unknown_words(const struct order_reader *rd, const char *text,
                                      const struct order_token *tokens,
                                      const struct order_reading *rg, const struct order_thing *th)
{
    for (size_t p = th->begin; p < th->end; p++) {
        const struct order_token *t = &tokens[p];
        if (t->kind != ORDER_TOKEN_WORD)
            continue;
        if (rg->n_hits[p] > 0 || order_dictionary_has(rd->dict, text + t->off, t->len) ||
            order_food_word(rd->food, text + t->off, t->len))
            return false;
    }
    return true;
}

void order_read_autocorrect_said(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t n,
                                 struct order_reading *rg)
{
    bool said = false;
    for (size_t p = 0; p < n && !said; p++)
        said = autocorrect_word(text, &tokens[p]);
    if (!said)
        return;
    for (size_t k = 0; k < rg->n_things; k++) {
        struct order_thing *th = &rg->things[k];
        if (th->is_span || th->reference || th->past || th->menu_words ||
            !autocorrect_unknown_words(rd, text, tokens, rg, th))
            continue;
        th->coined = false;
        th->garbled = true; /* asked back, no name near it */
    }
}
