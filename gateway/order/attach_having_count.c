/* attach_having_count.c — "a cheeseburger well done, got 30 min before i roll out": a verb of
 * having alone in its piece after a dish, before a count, says what the customer has (time,
 * people, money), no change of the dish. The count is left to the readers of counts; the
 * verb is filler. */
#include "gateway/order/attach_internal.h"

bool attach_having_count_piece(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "got", "have", "has", "had"))
        return false;
    static const char *const having[] = {"got", "have", "has", "had"};
    int32_t v;
    return b == a + 1U && b < st->e &&
           attach_in(st->text, st->tokens, a, b, having, ORDER_WORDS_N(having)) &&
           !attach_is_article(st->text, st->tokens, b, st->e) &&
           attach_number(st->rd->u, st->text, st->tokens, b, st->e, &v) > 0;
}
