/* attach_time_count.c — a count of time before a dish's name (attach_internal.h): "2 years
 * fry cook experience", "a 10 min taco break". The number measures the time named right
 * after it; it counts no dish, and the dish's words after it are no order of two. */
#include "gateway/order/attach_internal.h"

/* The one list of spans of time: a count before a dish's name (attach_before) and a count
 * before words left over (attach_not_a_dish) both ask it. */
bool attach_counts_time(const struct attach_state *st, size_t p, size_t limit)
{
    if (!ORDER_CUES_ANY(&st->cues, "years", "yrs", "year", "yr", "months", "weeks", "days", "hours",
                        "hrs", "hour", "mins", "minutes", "min"))
        return false;
    static const char *const spans_of_time[] = {"years", "yrs",     "year",  "yr",  "months",
                                                "weeks", "days",    "hours", "hrs", "hour",
                                                "mins",  "minutes", "min"};
    return order_tok_in(st->text, st->tokens, p, limit, spans_of_time,
                        ORDER_WORDS_N(spans_of_time));
}
