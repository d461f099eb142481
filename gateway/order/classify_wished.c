/* classify_wished.c — a wish told beside the order (classify_facts.c, reading.h pass 5): "a
 * horchata, have a good one", "a flan, hope you have a great day", "... and have a nice
 * night". "have" after the start of its part, or after "hope you", before "a" and a word
 * of good wishes, is a parting pleasantry, nothing said of the dishes. */
#include "gateway/order/classify_internal.h"

bool classify_wished_at(const struct order_class_input *in, const struct order_clause *cl, size_t i)
{
    static const char *const good[] = {"good", "great",   "nice",      "lovely",
                                       "fab",  "blessed", "wonderful", "fantastic"};
    static const char *const before[] = {"and", "&", "pls", "please"};
    static const char *const yous[] = {"you", "u", "yall", "ya"};
    const struct order_token *t = in->tokens;
    if (!order_tok_is(in->text, t, i, cl->end, "have") ||
        !order_tok_is(in->text, t, i + 1U, cl->end, "a") ||
        !order_tok_in(in->text, t, i + 2U, cl->end, good, ORDER_WORDS_N(good)))
        return false;
    if (i == cl->begin || t[i - 1U].kind == ORDER_TOKEN_PUNCT ||
        order_tok_in(in->text, t, i - 1U, cl->end, before, ORDER_WORDS_N(before)))
        return true;
    /* "hope you have a great day"; "do you have a good ..." asks */
    return i >= cl->begin + 2U &&
           order_tok_in(in->text, t, i - 1U, cl->end, yous, ORDER_WORDS_N(yous)) &&
           order_tok_is(in->text, t, i - 2U, cl->end, "hope");
}
