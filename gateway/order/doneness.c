/* doneness.c — "medium" said beside another doneness (reading.h): "4 beef burgers - 2 well
 * done, 2 medium", "one medium, one well done". "medium" alone is also a size ("a medium
 * horchata"), read so by default; where the message names how another dish of the same
 * section of the menu is cooked, the "medium" of a dish is the doneness that contrasts with
 * it, written as the doneness is. A dish whose menu entry holds beef or steak is cooked to
 * order, not sized: its "medium" is how it is cooked ("a cheeseburger, medium"). */
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

/* A dish is cooked one way: of two donenesses on one dish, the later one said is how it is
 * cooked ("Him: same but well done" after "medium rare" was copied with the dish; "medium
 * rare, no actually well done"). "cooked" alone beside a doneness ("medium cooked", the
 * participle after the degree) says nothing the doneness does not. */
static void doneness_keep_last(struct order_modifiers *mods)
{
    size_t last = mods->n;
    for (size_t m = 0; m < mods->n; m++)
        if (strncmp(mods->text[m], "cooked ", 7) == 0)
            last = m;
    size_t kept = 0;
    for (size_t m = 0; m < mods->n; m++) {
        if (last < mods->n && ((m != last && strncmp(mods->text[m], "cooked ", 7) == 0) ||
                               strcmp(mods->text[m], "cooked") == 0))
            continue;
        if (kept != m)
            memcpy(mods->text[kept], mods->text[m], ORDER_MODIFIER_BYTES_MAX);
        kept++;
    }
    mods->n = (uint8_t)kept;
}

/* Is the item's meat cooked to order: does its menu entry hold beef or steak? */
bool order_read_cooked_to_order(const struct order_lexicon *lx, int32_t item)
{
    static const char *const meat[] = {"beef", "steak"};
    static const size_t lens[] = {4, 5};
    return order_lexicon_item_mentions(lx, item, meat, lens, 2) > 0;
}

void order_read_medium_doneness(const struct order_reader *rd, struct order_reading *rg)
{
    const struct menu *menu = rd->lex->menu;
    for (size_t k = 0; k < rg->n_things; k++) {
        struct order_thing *th = &rg->things[k];
        if (!th->is_span || th->reference || th->item < 0 || (size_t)th->item >= menu->count)
            continue;
        /* "medium" beside a doneness of its own dish is a doneness too: a copy of "a burger
         * medium" that is "same but well done" */
        bool own = doneness_named(th);
        for (uint8_t m = 0; m < th->mods.n; m++)
            if (strcmp(th->mods.text[m], "medium") == 0 &&
                (own || doneness_in_section(menu, rg, th->item) ||
                 order_read_cooked_to_order(rd->lex, th->item)))
                memcpy(th->mods.text[m], "cooked medium", sizeof("cooked medium"));
            else if (strcmp(th->mods.text[m], "well") == 0 &&
                     order_read_cooked_to_order(rd->lex, th->item))
                memcpy(th->mods.text[m], "cooked well done", sizeof("cooked well done"));
        doneness_keep_last(&th->mods);
    }
}
