/* attach_little_of.c — a small amount of a dish's part said in words (attach.c, reading.h
 * pass 4): "a little rice", "just a little bit of sour cream", "a touch of salsa", "not much
 * cheese", Spanish "poquito arroz", "un poco de queso". Each asks for less of the part, as
 * "light rice" does, and is written so (attach_modifier_write.c): the labels write less of a
 * part as "light" and the part. */
#include <string.h>

#include "gateway/order/attach_internal.h"

size_t attach_little_of(const char *text, const struct order_token *t, size_t a, size_t b)
{
    enum { LITTLE_WORDS_MAX = 5 };
    static const char *const leads[][LITTLE_WORDS_MAX] = {{"just", "a", "little", "bit", "of"},
                                                          {"just", "a", "little"},
                                                          {"a", "little", "bit", "of"},
                                                          {"a", "little", "bit"},
                                                          {"a", "little"},
                                                          {"little", "bit", "of"},
                                                          {"little"},
                                                          {"a", "bit", "of"},
                                                          {"a", "touch", "of"},
                                                          {"not", "much"},
                                                          {"un", "poco", "de"},
                                                          {"un", "poquito", "de"},
                                                          {"poquito", "de"},
                                                          {"poquito"},
                                                          {"poquita"},
                                                          {"poco"}};
    for (size_t c = 0; c < ORDER_WORDS_N(leads); c++) {
        size_t w = 0;
        while (w < LITTLE_WORDS_MAX && leads[c][w] && order_tok_is(text, t, a + w, b, leads[c][w]))
            w++;
        if ((w == LITTLE_WORDS_MAX || !leads[c][w]) && a + w < b &&
            t[a + w].kind == ORDER_TOKEN_WORD)
            return w; /* a part follows: "a little | rice" */
    }
    return 0;
}
