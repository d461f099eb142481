/* attach_closing_particle.c — "two onion rings like", "a mango smoothie tho": a particle of
 * speech that closes the phrase after a dish ("like" as a tag, "tho", "anyway") marks how the
 * sentence is said, not how the dish is made. Alone before the end of the clause or a mark it
 * is no change; "a burger like the one before" goes on and is read as it was. */
#include "gateway/order/attach_internal.h"

bool attach_closing_particle(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "like", "tho", "though", "anyway", "anyways"))
        return false;
    static const char *const particles[] = {"like", "tho", "though", "anyway", "anyways"};
    const struct order_token *t = st->tokens;
    if (b != a + 1U || !order_tok_in(st->text, t, a, b, particles, ORDER_WORDS_N(particles)))
        return false;
    return b >= st->e || t[b].kind != ORDER_TOKEN_WORD;
}
