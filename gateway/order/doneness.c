/* doneness.c — "medium" said beside another doneness (reading.h): "4 beef burgers - 2 well
 * done, 2 medium", "one medium, one well done". "medium" alone is also a size ("a medium
 * horchata"), read so by default; where the message names how another dish of the same
 * section of the menu is cooked, the "medium" of a dish is the doneness that contrasts with
 * it, written as the doneness is. */
#include <string.h>

#include "gateway/order/reading.h"

static bool doneness_named(const struct order_thing *th)
{
    for (uint8_t m = 0; m < th->mods.n; m++)
        if (strncmp(th->mods.text[m], "cooked ", 7) == 0)
            return true;
    return false;
}

/* Is a dish of item's section asked for with its doneness named? */
static bool doneness_in_section(const struct menu *menu, const struct order_reading *rg,
                                int32_t item)
{
    const char *section = menu->items[item].section;
    for (size_t k = 0; k < rg->n_things; k++) {
        const struct order_thing *o = &rg->things[k];
        if (o->is_span && !o->reference && o->item >= 0 && (size_t)o->item < menu->count &&
            doneness_named(o) && strcmp(menu->items[o->item].section, section) == 0)
            return true;
    }
    return false;
}

void order_read_medium_doneness(const struct order_reader *rd, struct order_reading *rg)
{
    const struct menu *menu = rd->lex->menu;
    for (size_t k = 0; k < rg->n_things; k++) {
        struct order_thing *th = &rg->things[k];
        if (!th->is_span || th->reference || th->item < 0 || (size_t)th->item >= menu->count ||
            doneness_named(th))
            continue;
        for (uint8_t m = 0; m < th->mods.n; m++)
            if (strcmp(th->mods.text[m], "medium") == 0 && doneness_in_section(menu, rg, th->item))
                memcpy(th->mods.text[m], "cooked medium", sizeof("cooked medium"));
    }
}
