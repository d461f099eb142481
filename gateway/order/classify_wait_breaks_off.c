/* classify_wait_breaks_off.c — "a cheeseburger - no pickles - no wait, pickles are fine": in a
 * clause that names dishes, "wait" said as an interjection ("no wait", "wait no", "oh wait",
 * "wait," or "wait -") breaks off the list to change it. The cue "wait" tells of a wait for
 * the order ("we waited 40 minutes", "how long is the wait"), a complaint; said so it is
 * none, and is masked from the clause's cues (classify_clause.c). */
#include "gateway/order/classify_internal.h"

/* Does the "wait" at i break off what is being said? */
static bool wait_interjected(const struct order_class_input *in, const struct order_clause *cl,
                             size_t i)
{
    static const char *const before[] = {"no", "oh", "ok", "okay", "hmm", "um", "uh"};
    const struct order_token *t = in->tokens;
    if (i > cl->begin && order_tok_in(in->text, t, i - 1U, cl->end, before, ORDER_WORDS_N(before)))
        return true;
    if (order_tok_is(in->text, t, i + 1U, cl->end, "no"))
        return true;
    /* "wait," / "wait -" set off after a separator: not "the wait, ..." */
    bool set_off_after = i + 1U < cl->end && t[i + 1U].kind == ORDER_TOKEN_PUNCT &&
                         (t[i + 1U].punct == ',' || t[i + 1U].punct == '-');
    bool set_off_before = i > cl->begin && t[i - 1U].kind == ORDER_TOKEN_PUNCT;
    return set_off_after && set_off_before;
}

/* Does a request's opener follow the "wait" at i, past commas and dashes ("oh wait, add a
 * side salad")? */
static bool wait_then_request(const struct order_class_input *in, const struct order_reading *rg,
                              const struct order_clause *cl, size_t i)
{
    size_t q = i + 1U;
    while (q < cl->end && in->tokens[q].kind == ORDER_TOKEN_PUNCT &&
           (in->tokens[q].punct == ',' || in->tokens[q].punct == '-'))
        q++;
    return q < cl->end && rg->roles[q] == ORDER_ROLE_OPENER;
}

bool classify_wait_breaks_off(const struct order_class_input *in, const struct order_reading *rg,
                              const struct order_clause *cl, uint8_t *roles)
{
    bool masked = false;
    /* a "wait" that opens the clause, or stands before its dishes, may take back what came
     * before ("oh wait no lemonade, just the burger"): a correction, its cue the clause's own,
     * unless a request follows it */
    for (size_t i = cl->begin; i < cl->end; i++)
        if (order_tok_is(in->text, in->tokens, i, cl->end, "wait") && wait_interjected(in, cl, i) &&
            (classify_dish_read_before(rg, cl, i) || wait_then_request(in, rg, cl, i))) {
            roles[i] = ORDER_ROLE_FILLER;
            masked = true;
        }
    return masked;
}
