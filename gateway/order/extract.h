/* extract.h — item phrases, quantities and modifiers out of a tokenized message.
 *
 * The message is cut into chunks at separators: punctuation tokens (, ; + & ( ) : . ! ? - *
 * new line, bullets, emoji) and the words "and" / "plus", except an "and" inside a known
 * phrase ("mac and cheese bites", "nice and crispy"). Each chunk then reads as one of:
 *   - an opener or greeting ("hi", "can I get", "order:"), dropped — also stripped from the
 *     front of any chunk;
 *   - a modifier list ("no onions", "with extra avocado", "hold the pickles"), attached to
 *     the item before it: "with extra avocado and no onions" stays on one item because the
 *     chunk after "and" starts with a modifier, while "and onion rings" does not;
 *   - a filler ("please", "for pickup at 6", "thanks, Maria"): a filler after at least one
 *     item is the sign-off, and the chunks after it are ignored;
 *   - an item: [quantity [unit]] [size [unit]] name [size] [xN] [modifiers...] [filler],
 *     where the quantity is digits, "2x", a number word, "a"/"an", "a couple of", "half a
 *     dozen", ..., the unit "x" / "orders of" / "a side of", and the name ends where a
 *     modifier or a filler that runs to the end of the chunk starts;
 *   - a size alone or before modifiers ("a lemonade, large", "fries (large, extra salt)"):
 *     the size of the item before it.
 * A size ("large", "big", "XL", "kids size": the understanding's sizes) before or after the
 * name is taken off the phrase only when the rest names a menu item or alias and the whole
 * phrase does not (names decides: "regular fries" and "small salad" are aliases and stay
 * whole, "Kids Mini Burger" is a name, and "large pork burger" stays as said). "extra
 * large" is always a size, never a modifier starting with "extra".
 * Modifiers are stored as canonical label indices (understanding's labels), each once; a
 * size is a label like any other, always first, one per item (the first said). */
#ifndef BRIGADE_GATEWAY_ORDER_EXTRACT_H
#define BRIGADE_GATEWAY_ORDER_EXTRACT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gateway/order/understanding.h"

enum {
    ORDER_ITEMS_MAX = 16,         /* item phrases kept per message */
    ORDER_ITEM_MODIFIERS_MAX = 8, /* modifiers kept per item */
    ORDER_PHRASE_BYTES_MAX = 160, /* bytes of one item phrase, NUL included */
    ORDER_QTY_MAX = 99,           /* a larger number is not read as a quantity */
};

struct order_item_phrase {
    char text[ORDER_PHRASE_BYTES_MAX]; /* match-form words of the name, one space apart */
    uint16_t len;
    int32_t qty; /* 1..ORDER_QTY_MAX */
    uint16_t modifiers[ORDER_ITEM_MODIFIERS_MAX];
    uint8_t n_modifiers;
    bool sized; /* modifiers[0] is the item's size */
};

/* What each token was read as; classification discounts cue words inside fillers. */
enum order_role {
    ORDER_ROLE_NONE, /* item words, separators, anything not claimed below */
    ORDER_ROLE_GREETING,
    ORDER_ROLE_OPENER,
    ORDER_ROLE_FILLER,
    ORDER_ROLE_MAX,
};

struct order_extract {
    struct order_item_phrase items[ORDER_ITEMS_MAX];
    size_t n_items;
    bool truncated;                  /* the message named more than ORDER_ITEMS_MAX things */
    bool opener_seen;                /* an order opener ("can I get", "order:") started a chunk */
    bool qty_seen;                   /* some item had an explicit quantity */
    bool signed_off;                 /* a filler followed an item ("..., for Maria") */
    uint8_t roles[ORDER_TOKENS_MAX]; /* enum order_role per token */
};

/* Reads tokens[0..n) of match-form text. names: patterns of menu names and aliases (value =
 * menu index), used to keep an "and" inside a name from splitting it and to decide whether
 * a size word belongs to the name (above). Fills *out completely. */
void order_extract_items(const struct order_understanding *u, const struct order_patterns *names,
                         const char *text, const struct order_token *tokens, size_t n,
                         struct order_extract *out);

/* Reads a quantity at tokens[at..end): sets *qty and returns the tokens it covers (number
 * and unit), or 0 with *qty = 1 when none is there. Exposed for the tests. */
size_t order_extract_quantity(const struct order_understanding *u, const char *text,
                              const struct order_token *tokens, size_t at, size_t end,
                              int32_t *qty);

#endif
