/* attach_kind_extra.c — a kind of dish followed by "with extra" and a part that only one of
 * its candidates is made with ("the spicy one with extra sriracha mayo", attach_kinds.c,
 * reading.h pass 4). More of a part is asked of the dish that has it: two words or more of
 * it, every one held by that candidate's name or description and by no other as much, pick
 * it; the change stays a change. One word ("a burger with extra avocado") is too little to
 * tell a part the dish has from one added to it. */
#include "gateway/order/attach_internal.h"

bool attach_kind_extra_picks(struct attach_state *st, struct order_thing *s)
{
    if (!ORDER_CUES_ANY(&st->cues, "with") ||
        !ORDER_CUES_ANY(&st->cues, "extra", "xtra", "more", "double"))
        return false;
    enum { PART_WORDS_MIN = 2 };
    static const char *const more[] = {"extra", "xtra", "more", "double"};
    size_t a = s->end;
    if (s->item >= 0 || order_item_set_count(&s->candidates) < 2 || a + 2U >= st->e ||
        !order_tok_is(st->text, st->tokens, a, st->e, "with") ||
        !attach_in(st->text, st->tokens, a + 1U, st->e, more, ORDER_WORDS_N(more)))
        return false;
    size_t words, best_n;
    size_t b = attach_described_end(st, a + 1U, &words);
    if (words < PART_WORDS_MIN)
        return false;
    int32_t best = attach_described_pick(st, &s->candidates, false, a + 1U, b, words, &best_n);
    if (best < 0 || best_n != words)
        return false;
    s->item = best;
    return true;
}
