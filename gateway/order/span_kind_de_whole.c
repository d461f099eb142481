/* span_kind_de_whole.c — "agua de horchata", "aguas de horchata": a kind of dish, "de" and the
 * whole name of an item of the same section is that item, the kind saying how it is called
 * or served (a Horchata is an agua). Read beside "tacos de pollo" (span_context.c), where the
 * words after "de" fill the kind and no item of it holds them: a dish the menu lacks. */
#include "gateway/order/reading.h"

#include <string.h>

bool order_read_kind_de_whole(const struct order_reader *rd, const struct order_reading *rg,
                              const struct order_thing *kind, const struct order_thing *dish)
{
    if (dish->item < 0 || !order_read_span_whole(rd, rg, dish))
        return false;
    const struct menu *m = rd->lex->menu;
    const char *section = m->items[dish->item].section;
    for (int32_t it = order_item_set_next(&kind->candidates, 0); it >= 0;
         it = order_item_set_next(&kind->candidates, (size_t)it + 1U))
        if (strcmp(m->items[it].section, section) != 0)
            return false;
    return true;
}
