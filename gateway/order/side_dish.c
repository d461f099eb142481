/* side_dish.c — a dish served apart from the one it is said beside ("and garlic bread on the
 * side", "a miso soup on the side"), where a sauce in the same place is a change (reading.h,
 * the modifier zones of reading_zone_closers.c). */
#include "gateway/order/reading_internal.h"

/* Is [b, e), joined to what comes before by "and" / "&" / "+", a dish of the food lexicon in
 * two words or more that no item's name or description holds ("... and garlic bread on the
 * side")? Another thing served apart; what the menu puts on its dishes ("and chilli jam on
 * the side") or a sauce of one word ("& ranch on the side") stays a change. */
bool order_read_joined_side_dish(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t b, size_t e)
{
    enum { SIDE_DISH_BYTES = 64 };
    if (e < b + 2 || b == 0)
        return false;
    const struct order_token *j = &tokens[b - 1];
    bool joined = (j->kind == ORDER_TOKEN_PUNCT && (j->punct == '&' || j->punct == '+')) ||
                  order_token_is(text, j, "and") || order_token_is(text, j, "n") ||
                  order_token_is(text, j, "plus");
    char phrase[SIDE_DISH_BYTES];
    size_t len = order_words_join(text, tokens, b, e, phrase, sizeof(phrase));
    return joined && len > 0 && order_food_entry(rd->food, phrase, len) &&
           !order_lexicon_menu_mentions(rd->lex, phrase, len);
}

/* Is [b, e) an article and a dish of two words or more whose head is a food, not a sauce
 * ("a miso soup", "a garlic bread")? Before "on the side" that is another thing ordered,
 * served apart; a sauce is one word ("a tabasco", "ranch") or named so ("a hot sauce"). */
bool order_read_side_dish(const struct order_reader *rd, const char *text,
                          const struct order_token *tokens, size_t b, size_t e)
{
    if (order_read_joined_side_dish(rd, text, tokens, b, e))
        return true;
    if (e < b + 3 ||
        !(order_tok_is(text, tokens, b, e, "a") || order_tok_is(text, tokens, b, e, "an")))
        return false;
    const struct order_token *head = &tokens[e - 1];
    return order_food_word(rd->food, text + head->off, head->len) &&
           order_patterns_longest(&rd->u->modifier_starts, text, tokens, e - 1, e, NULL) == 0;
}
