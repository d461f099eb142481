/* diet_claims.h — does the menu claim an item is of a diet? Read by the replies to diet
 * questions ("is the falafel wrap vegan?") and by the reading of a dish picked by its diet
 * ("the vegetarian burrito").
 *
 * A diet is claimed when the item's name carries the word ("Vegan Chocolate Brownie"), or a
 * clause of its description (between , ; . ( ) !) is made only of diet words and "and" /
 * "fully" / "also" / "100%" / "entirely" / "completely" / "naturally" ("; vegan.", "; dairy-free
 * and vegan.", "; fully vegan."); a claim of a diet that implies it (the understanding's
 * diet_implied_by: vegan → vegetarian) counts too. A mention that qualifies something else is
 * no claim: "vegetarian, can be made vegan" is not vegan, "vegan garlic mayo" does not make
 * the dish vegan. */
#ifndef BRIGADE_GATEWAY_ORDER_DIET_CLAIMS_H
#define BRIGADE_GATEWAY_ORDER_DIET_CLAIMS_H

#include <stdbool.h>
#include <stddef.h>

#include "gateway/order/understanding.h"
#include "io/menu.h"

/* Does the menu claim item it is u->diets[diet]? */
bool order_item_claims_diet(const struct order_understanding *u, const struct menu_item *it,
                            size_t diet);

#endif
