/* attach_unit_after.c — a noun of serving right after a dish's name, alone: "2 nugget boxes",
 * "3 brownie portions", "a fries serving". The count before the dish counts those servings,
 * one dish each; the noun tells how the dish comes, as "a portion of" before it would, and
 * asks for no change of it. */
#include "gateway/order/attach_internal.h"

bool attach_unit_after(const struct attach_state *st, const struct order_thing *th, size_t a,
                       size_t b)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "portion", "portions", "serving", "servings", "box", "boxes",
                        "order", "orders", "basket", "baskets", "tray", "trays", "helping",
                        "helpings", "pack", "packs", "tub", "tubs"))
        return false;
    static const char *const units[] = {"portion", "portions", "serving", "servings", "box",
                                        "boxes",   "order",    "orders",  "basket",   "baskets",
                                        "tray",    "trays",    "helping", "helpings", "pack",
                                        "packs",   "tub",      "tubs"};
    return th->is_span && b == a + 1U && a == th->end &&
           order_tok_in(st->text, st->tokens, a, b, units, ORDER_WORDS_N(units));
}
