/* talked_was.c — a dish told of by how it was, then asked for again (reading.h): "my fries
 * were cold last time, so fries x2 today", "the wrap came soggy before: one falafel wrap and
 * a shake". A dish followed at once by a verb telling how it was or came is the subject of a
 * statement about an earlier one; when the same dish is named again after it, that later
 * naming is what is asked for, and the first only tells why (talked_about.c). A story of
 * a past visit (classify_life_story.c) reads its verb by this list too. */
#include "gateway/order/reading.h"

bool order_talked_was_after(const char *text, const struct order_token *tokens, size_t p, size_t e)
{
    /* "the elote estaba delicioso last time": Spanish past of "to be", as customers switch */
    static const char *const copulas[] = {"was",    "were",    "came",   "tasted", "wasnt",
                                          "werent", "arrived", "estaba", "estuvo", "fue"};
    return order_tok_in(text, tokens, p, e, copulas, ORDER_WORDS_N(copulas));
}
