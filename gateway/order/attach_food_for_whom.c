/* attach_food_for_whom.c — a food word right after a dish and "for", with no article nor
 * count: whom or what the dish is for ("a kids mini burger for peanut", "2 brownies for
 * pumpkin"), a nickname or a role, never one more thing asked for (attach_leftover_run.c,
 * reading.h pass 4). A thing asked for after "for" takes an article or a count ("for a
 * lemonade"); a bare noun there names the one the dish goes to. Without this the word was
 * declined as a dish the menu lacks and the whole order was rejected. */
#include "gateway/order/attach_internal.h"

bool attach_food_for_whom(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "for"))
        return false;
    const struct order_token *t = st->tokens;
    /* one word, alone up to its clause's end, a separator or "and" */
    if (b != a + 1U || a < st->b + 2U || t[a].kind != ORDER_TOKEN_WORD ||
        !order_tok_is(st->text, t, a - 1U, st->e, "for"))
        return false;
    if (b < st->e && t[b].kind == ORDER_TOKEN_WORD && !order_tok_is(st->text, t, b, st->e, "and"))
        return false;
    /* right after a dish, or its count after it ("x3 for peanut") */
    uint8_t before = st->rg->roles[a - 2U];
    return before == ORDER_ROLE_ITEM || before == ORDER_ROLE_QTY;
}
