/* attach_staff_praised.c — praise of the staff in words no span read (attach_leftovers.c,
 * reading.h pass 4): "a flan, you are awesome", "two tacos, youre the best", "a wrap, you guys
 * are so awesome as always". "you" (or "yall", "youre"), perhaps "guys", a copula and "so"
 * (order_tok_staff_addressed), perhaps "the", then one word and perhaps "as always", closing
 * the part or closed by thanks: a word of praise no dictionary lists ("awesome") is no food the
 * menu lacks, and nothing is ordered by it. classify_remark_own.c reads the same shape as a
 * remark after the dishes. */
#include "gateway/order/attach_internal.h"

bool attach_staff_praised(const struct attach_state *st, size_t i, size_t j)
{
    if (!ORDER_CUES_ANY(&st->cues, "you", "u", "yall", "youre", "ur"))
        return false;
    size_t n = order_tok_staff_addressed(st->text, st->tokens, i, j);
    if (n == i)
        return false;
    if (order_tok_is(st->text, st->tokens, n, j, "the"))
        n++; /* "youre the best" */
    if (n >= j || st->tokens[n].kind != ORDER_TOKEN_WORD || st->rg->n_hits[n] > 0 ||
        attach_food_token(st, n))
        return false;
    n++;
    if (order_tok_as_always(st->text, st->tokens, n, j))
        n += 2U; /* "as always" */
    /* the praise closes the part: a mark, thanks ("you are awesome thank you"), or nothing
     * after it */
    static const char *const thanks[] = {"thanks", "thank", "thx", "ty"};
    return n == j && (j >= st->e || st->tokens[j].kind == ORDER_TOKEN_PUNCT ||
                      order_tok_in(st->text, st->tokens, j, st->e, thanks, ORDER_WORDS_N(thanks)));
}
