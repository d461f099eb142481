/* attach_ones_asked.c — "do you have tamales? if yes then 6 pork ones": after a question that
 * asked for food the menu lacks, a leftover ending in "ones" names that food by the words
 * before it ("pork ones" are pork tamales). Read alone, "pork ones" is near no dish and is
 * asked back about menu names it shares nothing with; it is the food asked after, of the
 * kind its words say, and the menu lacks it too. */
#include <string.h>

#include "gateway/order/attach_internal.h"

void attach_ones_asked(struct attach_state *st, size_t c, size_t first)
{
    static const char ones[] = " ones";
    const size_t n_ones = sizeof(ones) - 1U;
    struct order_thing *asked = NULL;
    for (size_t t = first; t < st->rg->n_things; t++) {
        struct order_thing *th = &st->rg->things[t];
        if (th->clause != c || th->is_span || th->past || th->reference ||
            th->phrase_len <= n_ones || memcmp(th->phrase + th->phrase_len - n_ones, ones, n_ones))
            continue;
        asked = asked ? asked : attach_food_asked(st, c);
        if (!asked)
            return;
        size_t keep = th->phrase_len - n_ones;
        if (keep + 1U + asked->phrase_len >= sizeof(th->phrase))
            continue;
        th->phrase[keep] = ' ';
        memcpy(th->phrase + keep + 1U, asked->phrase, asked->phrase_len + 1U);
        th->phrase_len = (uint16_t)(keep + 1U + asked->phrase_len);
        th->leftover_kind = ORDER_LEFTOVER_FOOD;
        th->coined = asked->coined;
        th->menu_words = th->unreadable = th->garbled = th->vague = false;
    }
}
