/* attach_slip_corrected.c — "the Portland mushroom burger? Sorry autocorrect, the portobello
 * one": a correction that picks out the same dish again by one word of its name says which
 * word was meant. A one-word change of the dish before it that starts as that word does
 * (three letters alike) and is no word of it is the slip it puts right, no change asked for. */
#include <string.h>

#include "gateway/order/attach_internal.h"

enum { SLIP_WORD_MIN = 4, SLIP_SHARED = 3 };

/* Is the one-word change m a slip of one of the words [a, b)? */
static bool slip_of_word(const struct attach_state *st, const char *m, size_t a, size_t b)
{
    size_t n = strlen(m);
    if (n < SLIP_WORD_MIN || strchr(m, ' '))
        return false;
    for (size_t p = a; p < b; p++) {
        const struct order_token *t = &st->tokens[p];
        const char *w = st->text + t->off;
        if (t->kind == ORDER_TOKEN_WORD && t->len >= SLIP_WORD_MIN &&
            memcmp(w, m, SLIP_SHARED) == 0 && !(t->len == n && memcmp(w, m, n) == 0))
            return true;
    }
    return false;
}

void attach_slip_corrected(const struct attach_state *st, struct order_thing *before,
                           const struct order_thing *now)
{
    uint8_t kept = 0;
    for (uint8_t m = 0; m < before->mods.n; m++) {
        if (slip_of_word(st, before->mods.text[m], now->begin, now->end))
            continue;
        if (kept != m)
            memcpy(before->mods.text[kept], before->mods.text[m], sizeof(before->mods.text[m]));
        kept++;
    }
    before->mods.n = kept;
}
