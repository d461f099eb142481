/* reading_noun_unclaimed.c — whether a word is a noun no list of the understanding claims: no
 * adjective, food, frame word, English function word, size, style or word that names no dish,
 * and no word of any item's name or description. Such a noun names a thing of its own, so the
 * readers of compounds ask it the same way: the noun after a slip ("the smoothee contest",
 * reading_slip_before_noun.c) and the noun before a kind ("an earl grey tea",
 * reading_noun_kind_one.c). */
#include "gateway/order/reading_internal.h"
#include "gateway/order/frame.h"
#include "gateway/order/language.h"

bool read_noun_unclaimed(const struct order_reader *rd, const char *text,
                         const struct order_token *tokens, size_t t)
{
    const struct order_token *k = &tokens[t];
    const char *w = text + k->off;
    if (order_dictionary_has(rd->lex->adjectives, w, k->len) ||
        order_food_word(rd->food, w, k->len) || read_frame_word(rd->frame, w, k->len) ||
        order_language_english_word(w, k->len) ||
        order_patterns_longest(&rd->u->not_dish_words, text, tokens, t, t + 1U, NULL) > 0 ||
        order_patterns_longest(&rd->u->style_words, text, tokens, t, t + 1U, NULL) > 0 ||
        order_patterns_longest(&rd->u->sizes, text, tokens, t, t + 1U, NULL) > 0)
        return false;
    for (size_t i = 0; i < rd->lex->menu->count; i++)
        if (order_lexicon_item_mentions(rd->lex, (int32_t)i, &w, (size_t[]){k->len}, 1) > 0)
            return false;
    return true;
}
