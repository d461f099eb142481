/* correct_kind_not.c — a kind asked for, then one dish of it set apart with "not" (correct.c):
 * "one of the salads, not the caesar", "2 smoothies, not the mango". The dish after "not" is
 * named only to say which of the kind is not meant: it is not asked for, and the kind keeps
 * the rest of its dishes; one left is the dish meant. */
#include <string.h>

#include "gateway/order/correct_internal.h"

bool correct_kind_not(struct order_reading *rg, struct order_thing *kind, size_t d)
{
    /* cheap first: a kind of two dishes or more */
    if (!kind->is_span || kind->item >= 0 || kind->reference ||
        order_item_set_count(&kind->candidates) < 2)
        return false;
    /* the dish right after "not (the)", one of the kind, uncounted */
    struct order_thing *apart = NULL;
    for (size_t s = 0; s < rg->n_things && !apart; s++) {
        struct order_thing *o = &rg->things[s];
        if (o->is_span && o->begin == d && o->item >= 0 && !o->qty_explicit && !o->reference &&
            order_item_set_has(&kind->candidates, (size_t)o->item))
            apart = o;
    }
    if (!apart)
        return false;
    apart->reference = true;
    order_mods_drop_starting(&kind->mods, "not", strlen("not")); /* "not the" says which */
    order_item_set_remove(&kind->candidates, (size_t)apart->item);
    if (order_item_set_count(&kind->candidates) == 1)
        kind->item = order_item_set_next(&kind->candidates, 0);
    return true;
}
