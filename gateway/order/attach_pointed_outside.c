/* attach_pointed_outside.c — a message that only points ("yes that one", "ill have this one
 * please", "hi! yes that one. thanks!") (attach.c, reading.h pass 4). "that one" stands for a
 * dish; with no dish, question or clause but courtesies around it in the message, what it
 * points at was shown or said outside the message. The customer means a dish: as with "the usual"
 * (past.c), a person must ask which, so the pointer is kept as a thing to ask back, never dropped.
 */
#include "gateway/order/attach_internal.h"

/* Is token i, free, a word that only agrees or is polite ("yes", "ok", "please", "thank
 * you"), or one the frame read as an opener, greeting or filler? end: its clause's end. */
static bool pointed_frame_word(const struct attach_state *st, size_t i, size_t end)
{
    static const char *const agreeing[] = {"yes", "yeah", "yep", "yup", "ok", "okay", "sure"};
    static const char *const thanked[] = {"you", "u"}; /* "thank you" */
    uint8_t role = st->rg->roles[i];
    bool free = role == ORDER_ROLE_NONE;
    return st->tokens[i].kind == ORDER_TOKEN_PUNCT || role == ORDER_ROLE_OPENER ||
           role == ORDER_ROLE_GREETING || role == ORDER_ROLE_FILLER ||
           (free && (attach_in(st->text, st->tokens, i, end, agreeing, ORDER_WORDS_N(agreeing)) ||
                     attach_courtesy_at(st->text, st->tokens, i, end) ||
                     order_tok_is(st->text, st->tokens, i, end, "thank") ||
                     (i > 0 && order_tok_is(st->text, st->tokens, i - 1U, end, "thank") &&
                      attach_in(st->text, st->tokens, i, end, thanked, ORDER_WORDS_N(thanked)))));
}

/* Is every clause but c made of such words alone ("hi!", "thanks!")? A greeting before the
 * pointer or a thanks after it says nothing of what it points at. */
static bool pointed_alone(const struct attach_state *st, size_t c)
{
    for (size_t k = 0; k < st->rg->n_clauses; k++) {
        const struct order_clause *cl = &st->rg->clauses[k];
        for (size_t i = cl->begin; k != c && i < cl->end; i++)
            if (!pointed_frame_word(st, i, cl->end))
                return false;
    }
    return true;
}

bool attach_pointed_outside(struct attach_state *st, size_t c)
{
    if (!ORDER_CUES_ANY(&st->cues, "that", "this") || !ORDER_CUES_ANY(&st->cues, "one"))
        return false;
    if (st->rg->n_things != 0 || !pointed_alone(st, c))
        return false;
    size_t i = st->b;
    while (i < st->e && pointed_frame_word(st, i, st->e))
        i++;
    if (i + 2U > st->e || !attach_free(st, i) || !attach_free(st, i + 1U) ||
        !(order_tok_is(st->text, st->tokens, i, st->e, "that") ||
          order_tok_is(st->text, st->tokens, i, st->e, "this")) ||
        !order_tok_is(st->text, st->tokens, i + 1U, st->e, "one"))
        return false;
    for (size_t k = i + 2U; k < st->e; k++)
        if (!pointed_frame_word(st, k, st->e))
            return false; /* "that one was cold": a statement, not a pick */
    return attach_add_past(st, c, i, i + 2U) != NULL;
}
