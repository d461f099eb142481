/* item_set.c — sets of menu items as bit sets (lexicon.h): which dishes a word, a phrase or a
 * description can name, intersected and joined as a phrase is read. */
#include <stdint.h>
#include <string.h>

#include "gateway/order/lexicon.h"
#include "gateway/order/order_assert.h"

void order_item_set_fill(struct order_item_set *s, size_t n_items)
{
    ORDER_ASSERT(n_items <= ORDER_LEX_ITEMS_MAX);
    memset(s, 0, sizeof(*s));
    for (size_t w = 0; w < n_items / 64; w++)
        s->bits[w] = UINT64_MAX; /* a word at a time, not a bit at a time */
    if (n_items % 64 != 0)
        s->bits[n_items / 64] = (UINT64_C(1) << (n_items % 64)) - 1U;
}

void order_item_set_and(struct order_item_set *s, const struct order_item_set *t)
{
    for (size_t i = 0; i < ORDER_LEX_SET_WORDS; i++)
        s->bits[i] &= t->bits[i];
}

void order_item_set_or(struct order_item_set *s, const struct order_item_set *t)
{
    for (size_t i = 0; i < ORDER_LEX_SET_WORDS; i++)
        s->bits[i] |= t->bits[i];
}

size_t order_item_set_count(const struct order_item_set *s)
{
    size_t n = 0;
    for (size_t i = 0; i < ORDER_LEX_SET_WORDS; i++)
        if (s->bits[i] != 0) /* sets are sparse; the builtin may be a call into libgcc */
            n += (size_t)__builtin_popcountll(s->bits[i]);
    return n;
}

int32_t order_item_set_next(const struct order_item_set *s, size_t from)
{
    for (size_t i = from; i < ORDER_LEX_ITEMS_MAX; i++) {
        uint64_t w = s->bits[i / 64] >> (i % 64);
        if (w == 0) {
            i = (i / 64) * 64 + 63; /* the rest of this word is empty */
            continue;
        }
        return (int32_t)(i + (size_t)__builtin_ctzll(w));
    }
    return -1;
}
