/* reading_added_parts.c — a part added after another in one change (reading.h pass 3, through
 * reading_zones.c): "add bacon and a fried egg". Customers list what they add as they list
 * dishes, an article before each; the article does not make the part a dish. */
#include "gateway/order/reading_internal.h"

/* "add bacon and a fried egg": after a zone that adds, "and" and an article before a few
 * words that end the clause and name no dish of the menu is one more part added; a dish
 * ("add bacon and a lemonade") or words going on to more starts a thing of its own. */
bool read_zone_adds_another(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, const struct order_reading *rg,
                            size_t j, size_t e)
{
    enum { ADDED_PART_WORDS_MAX = 2 };
    if (!ORDER_CUES_ANY(&rg->cues, "and", "plus") || !ORDER_CUES_ANY(&rg->cues, "a", "an"))
        return false;
    if (!(order_tok_is(text, tokens, j, e, "and") || order_tok_is(text, tokens, j, e, "plus")) ||
        !(order_tok_is(text, tokens, j + 1U, e, "a") ||
          order_tok_is(text, tokens, j + 1U, e, "an")))
        return false;
    if (read_zone_article_drink(rd, text, tokens, rg, j + 1U, e))
        return false; /* "add bacon and a coke" */
    size_t k = j + 2U;
    int32_t qty;
    while (k < e && tokens[k].kind == ORDER_TOKEN_WORD && rg->roles[k] == ORDER_ROLE_NONE &&
           k - (j + 2U) < ADDED_PART_WORDS_MAX) {
        if (order_read_name_at(rd, text, tokens, rg, k, e) >= 0 ||
            order_read_quantity(rd->u, text, tokens, k, e, &qty) > 0 ||
            order_tok_is(text, tokens, k, e, "and") ||
            order_patterns_longest(&rd->u->modifier_zone_starts, text, tokens, k, e, NULL) > 0)
            return false;
        k++;
    }
    static const char *const polite[] = {"please", "pls", "plz", "thanks", "thx", "cheers"};
    size_t end = k;
    while (end < e && (rg->roles[end] == ORDER_ROLE_FILLER ||
                       order_tok_in(text, tokens, end, e, polite, ORDER_WORDS_N(polite))))
        end++; /* "... and a fried egg please" */
    return k > j + 2U && (end == e || tokens[end].kind == ORDER_TOKEN_PUNCT);
}
