/* attach_haste.c — how soon the dishes are wanted, told in words of haste alone after them
 * (attach_says_nothing.c): "2 falafel wraps, urgent!!", "a wrap, rush please", "tacos, its
 * urgent", "a flan, rush order". Haste is how the order is to be made, no change of a dish:
 * "urgent" and "rush" were kept as changes. A part of nothing but such a word, "its" or
 * "very" before it, "order" or "please" after it. */
#include "gateway/order/attach_internal.h"

bool attach_haste_only(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "urgent", "rush", "hurry", "quick", "quickly", "fast", "asap"))
        return false;
    static const char *const haste[] = {"urgent",  "rush", "hurry", "quick",
                                        "quickly", "fast", "asap"};
    static const char *const around[] = {"its", "very", "super", "order", "please",
                                         "pls", "plz",  "a",     "in"};
    bool hasty = false;
    for (size_t i = a; i < b; i++) {
        if (order_tok_in(st->text, st->tokens, i, b, haste, ORDER_WORDS_N(haste)))
            hasty = true;
        else if (!order_tok_in(st->text, st->tokens, i, b, around, ORDER_WORDS_N(around)))
            return false;
    }
    return hasty;
}
