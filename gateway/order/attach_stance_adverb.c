/* attach_stance_adverb.c — "make that 4 cold brews actually, ...", "2 wraps honestly, ...": a
 * word that says how the speaker stands to what was said ("actually", "honestly", "anyway"),
 * alone in its piece after a dish, changes no dish. It is filler, never a change the kitchen
 * is asked to make. */
#include "gateway/order/attach_internal.h"

bool attach_stance_adverb_piece(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "actually", "honestly", "anyway", "anyways", "basically",
                        "literally", "seriously"))
        return false;
    static const char *const stances[] = {"actually",  "honestly",  "anyway",   "anyways",
                                          "basically", "literally", "seriously"};
    return b == a + 1U && attach_in(st->text, st->tokens, a, b, stances, ORDER_WORDS_N(stances));
}
