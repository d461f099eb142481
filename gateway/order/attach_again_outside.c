/* attach_again_outside.c — "that" or "it" asked for "again" with no dish named before it in
 * the message ("last time i had the red one ... so i'll have that again") (attach.c,
 * reading.h pass 4). "again" says the dish was had before; with no dish of the menu read
 * before the pronoun, what it points at was had outside the message. As with "the usual"
 * (past.c), a person who can see the earlier order must ask which: the pronoun is kept as a
 * thing to ask back, never dropped. A dish named before is what it points at
 * (attach_pronoun_object.c reads "can we get that again" after one). */
#include "gateway/order/attach_internal.h"

bool attach_again_outside(struct attach_state *st, size_t c)
{
    if (!ORDER_CUES_ANY(&st->cues, "again") ||
        !ORDER_CUES_ANY(&st->cues, "that", "it", "those", "them", "these", "this"))
        return false;
    static const char *const pronouns[] = {"that", "it", "those", "them", "these", "this"};
    for (size_t i = st->b + 1U; i + 1U < st->e; i++) {
        if (st->rg->roles[i - 1U] != ORDER_ROLE_OPENER || !attach_free(st, i) ||
            !attach_free(st, i + 1U) ||
            !attach_in(st->text, st->tokens, i, st->e, pronouns, ORDER_WORDS_N(pronouns)) ||
            !order_tok_is(st->text, st->tokens, i + 1U, st->e, "again"))
            continue;
        /* "i want to try it again sometime": a wish of a visit to come, nothing asked now */
        static const char *const someday[] = {"sometime", "someday", "soon", "eventually"};
        if (st->rg->clauses[c].question_start || attach_last_item(st, i) != NULL ||
            attach_in(st->text, st->tokens, i + 2U, st->e, someday, ORDER_WORDS_N(someday)))
            return false;
        return attach_add_past(st, c, i, i + 2U) != NULL;
    }
    return false;
}
