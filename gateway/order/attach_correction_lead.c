/* attach_correction_lead.c — a correction's lead that opens the words after a dish: "3 tacos,
 * no wait just one flan", "a churro. oh wait just the flan". "No wait", "wait", "actually",
 * and the "just" / "only" that picks what the customer settles on, take back or narrow what
 * came before; they change no dish. Read as a change, "no wait just" was passed to the
 * kitchen on the dish before; a change after the lead ("no wait no onions") stays one. */
#include "gateway/order/attach_internal.h"

size_t attach_correction_lead(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "no") || !ORDER_CUES_ANY(&st->cues, "wait", "actually", "sorry"))
        return 0;
    static const char *const settling[] = {"just", "only"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = a;
    if (order_read_correction_at(text, t, p, b) == 2U)
        p += 2U; /* "no wait", "no actually", "no sorry" */
    else if ((order_tok_is(text, t, p, b, "wait") || order_tok_is(text, t, p, b, "actually")) &&
             order_read_correction_at(text, t, p + 1U, b) > 0)
        p += 2U; /* "wait no", "actually no" */
    else if (p > st->b && order_tok_is(text, t, p, b, "no") &&
             (order_tok_is(text, t, p - 1U, b, "wait") ||
              order_tok_is(text, t, p - 1U, b, "actually")) &&
             order_tok_in(text, t, p + 1U, b, settling, ORDER_WORDS_N(settling)))
        p += 1U; /* the "no" of "wait no just", its "wait" read before the change */
    else
        return 0;
    while (p < b && t[p].kind == ORDER_TOKEN_PUNCT)
        p++;
    if (p < b && order_tok_in(text, t, p, b, settling, ORDER_WORDS_N(settling)))
        p++;
    return p - a;
}
