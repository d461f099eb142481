/* classify_meal_picked.c — picking up a meal is getting food (classify.c, reading.h pass 5):
 * "i'll pick up lunch for the two of us, a falafel wrap and ...", "collecting dinner for the
 * family". "pick up" and "collect" are cues of another matter (when and where an order is
 * collected), but with a meal as their object they say the customer is getting food, the
 * order that follows; "can i pick up at 6" or "pick up my order" keep their cue. */
#include "gateway/order/classify_internal.h"

bool classify_picks_up_meal(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    enum { FILLER_WORDS_MAX = 2 }; /* "pick up | our quick | lunch" */
    static const char *const picking[] = {"pick", "picking", "collect", "collecting"};
    static const char *const fillers[] = {"some", "the", "our", "us", "everyones", "a", "quick"};
    static const char *const meals[] = {"lunch", "dinner",   "breakfast", "brunch",  "supper",
                                        "food",  "snacks",   "lunches",   "dinners", "breakfasts",
                                        "meals", "takeaway", "takeout"};
    if (!order_tok_in(text, tokens, i, e, picking, ORDER_WORDS_N(picking)))
        return false;
    size_t p = i + 1U;
    if (order_tok_is(text, tokens, p, e, "up"))
        p++;
    else if (order_tok_is(text, tokens, i, e, "pick") ||
             order_tok_is(text, tokens, i, e, "picking"))
        return false; /* "pick" alone chooses, no cue to drop */
    for (int k = 0;
         k < FILLER_WORDS_MAX && order_tok_in(text, tokens, p, e, fillers, ORDER_WORDS_N(fillers));
         k++)
        p++; /* "pick up some lunch", "collect our dinner" */
    return order_tok_in(text, tokens, p, e, meals, ORDER_WORDS_N(meals));
}
