/* clause_add_part.c — "can you add" before a part, after a dish was named (reading.h, pass
 * 2): "a carne asada burrito, can u add jalapenos?" asks for the part on that burrito, as "add
 * jalapenos" does; "can you add a horchata" or "can you add 2 churros" asks for one more dish.
 * The opener keeps its asking ("can you") and gives up "add", which then leads a change. */
#include "gateway/order/clause_internal.h"

size_t clause_opener_leaves_add(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, const struct order_reading *out,
                                size_t i, size_t k, size_t e)
{
    /* an article, a count or "more" after "add" says a dish comes, not a part */
    static const char *const dish_leads[] = {"a",    "an",   "one",  "another", "some",
                                             "more", "the",  "two",  "three",   "my",
                                             "to",   "that", "this", "these",   "those"};
    if (!ORDER_CUES_ANY(&out->cues, "add"))
        return k;
    size_t a = i + k; /* the word after the opener */
    if (k < 2U || a >= e || tokens[a].kind != ORDER_TOKEN_WORD ||
        !order_tok_is(text, tokens, a - 1U, e, "add") || CLAUSE_IN(dish_leads, a))
        return k;
    int32_t v;
    if (order_read_number(rd->u, text, tokens, a, e, &v) > 0 ||
        order_read_name_at(rd, text, tokens, out, a, e) >= 0)
        return k;
    for (size_t p = 0; p < i; p++)
        if (out->n_hits[p] > 0)
            return k - 1U; /* a dish was named before: "add" leads its change */
    return k;
}
