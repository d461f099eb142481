/* laugh.c — laughter written out in a message ("lol", "hahaha"): one test for every pass
 * that lets a laugh stand between the words it reads ("the fish taco lol x2", "no feta
 * (pregnant lol)"), so that all of them know the same laughs. */
#include "gateway/order/normalize.h"

bool order_token_laugh(const char *text, const struct order_token *t)
{
    static const char *const laughter[] = {"lol", "lmao", "lmfao", "rofl", "xd"};
    if (t->kind != ORDER_TOKEN_WORD || t->len < 2)
        return false;
    for (size_t k = 0; k < sizeof(laughter) / sizeof(*laughter); k++)
        if (order_token_is(text, t, laughter[k]))
            return true;
    /* "haha", "hahaha", "hehe": a syllable of laughter said again */
    const char *w = text + t->off;
    size_t len = t->len;
    bool laugh = len >= 4 && len % 2 == 0 && w[0] == 'h' && (w[1] == 'a' || w[1] == 'e');
    for (size_t k = 2; laugh && k < len; k++)
        laugh = w[k] == w[k % 2];
    return laugh;
}
