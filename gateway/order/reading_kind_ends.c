/* reading_kind_ends.c — a bare kind of dish (reading_compounds.c, reading.h pass 3): one
 * word that several items are and that ends every one of their names, as a word of its own
 * ("Falafel Wrap") or, where compounds count, the end of one ("Cheeseburger"). Such a word
 * is the noun a dish is, never a word that describes another dish, so before a whole name
 * of another kind ("wrap fries") it is a dish of its own in a list, not one dish the menu
 * lacks; before another kind ("burrito bowl") it still names a style of it. */
#include <string.h>
#include <strings.h>

#include "gateway/order/reading_internal.h"

bool order_read_kind_ends_names(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, const struct order_thing *th,
                                bool compound)
{
    if (th->end != th->begin + 1U || th->item >= 0 || order_item_set_count(&th->candidates) < 2)
        return false;
    const struct order_token *k = &tokens[th->begin];
    for (int32_t i = order_item_set_next(&th->candidates, 0); i >= 0;
         i = order_item_set_next(&th->candidates, (size_t)i + 1U)) {
        const char *name = rd->lex->menu->items[i].name;
        size_t len = strlen(name);
        if (len < k->len || strncasecmp(name + len - k->len, text + k->off, k->len) != 0 ||
            (len > k->len && name[len - k->len - 1U] != ' ' && !compound))
            return false;
    }
    return true;
}
