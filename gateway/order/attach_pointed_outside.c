/* attach_pointed_outside.c — a message that only points ("yes that one", "ill have this one
 * please") (attach.c, reading.h pass 4). "that one" stands for a dish; with no dish, question
 * or clause before it in the message, what it points at was shown or said outside the
 * message. The customer means a dish: as with "the usual" (past.c), a person must ask which,
 * so the pointer is kept as a thing to ask back, never dropped. */
#include "gateway/order/attach_internal.h"

/* Is token i, free, a word that only agrees or is polite ("yes", "ok", "please"), or one the
 * frame read as an opener, greeting or filler? */
static bool pointed_frame_word(const struct attach_state *st, size_t i)
{
    static const char *const agreeing[] = {"yes", "yeah", "yep", "yup", "ok", "okay", "sure"};
    uint8_t role = st->rg->roles[i];
    return st->tokens[i].kind == ORDER_TOKEN_PUNCT || role == ORDER_ROLE_OPENER ||
           role == ORDER_ROLE_GREETING || role == ORDER_ROLE_FILLER ||
           (attach_free(st, i) &&
            (attach_in(st->text, st->tokens, i, st->e, agreeing, ORDER_WORDS_N(agreeing)) ||
             attach_courtesy_at(st->text, st->tokens, i, st->e)));
}

bool attach_pointed_outside(struct attach_state *st, size_t c)
{
    if (c != 0 || st->rg->n_clauses != 1 || st->rg->n_things != 0)
        return false;
    size_t i = st->b;
    while (i < st->e && pointed_frame_word(st, i))
        i++;
    if (i + 2U > st->e || !attach_free(st, i) || !attach_free(st, i + 1U) ||
        !(order_tok_is(st->text, st->tokens, i, st->e, "that") ||
          order_tok_is(st->text, st->tokens, i, st->e, "this")) ||
        !order_tok_is(st->text, st->tokens, i + 1U, st->e, "one"))
        return false;
    for (size_t k = i + 2U; k < st->e; k++)
        if (!pointed_frame_word(st, k))
            return false; /* "that one was cold": a statement, not a pick */
    return attach_add_past(st, c, i, i + 2U) != NULL;
}
