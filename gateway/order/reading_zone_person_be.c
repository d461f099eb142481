/* reading_zone_person_be.c — a lead word after "I'll be" or "we'll be" ("i'll be double
 * parked", "we'll be extra hungry"): a state of the customer, the complement of their "be",
 * no change of a dish. Read as a change, it went onto the dish before it ("lemonade, double
 * parked"). "can it be extra spicy" asks a change of the dish: its subject is no person. */
#include "gateway/order/reading.h"

bool order_read_lead_after_person_be(const char *text, const struct order_token *tokens, size_t i,
                                     size_t e)
{
    static const char *const persons[] = {"ill", "well", "id", "wed", "i", "we", "im"};
    static const char *const modals[] = {"will", "would", "might", "may", "should"};
    if (i < 2U || !order_tok_is(text, tokens, i - 1U, e, "be"))
        return false;
    size_t s = i - 2U;
    if (s > 0 && order_tok_in(text, tokens, s, e, modals, ORDER_WORDS_N(modals)))
        s--; /* "i will be" */
    return order_tok_in(text, tokens, s, e, persons, ORDER_WORDS_N(persons));
}
