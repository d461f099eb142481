/* classify_thanked_for.c — a dish the customer thanks the kitchen for (classify_clause.c):
 * "thank you for the churros last week", "my wife says thanks for the flan". What a thanks is
 * for has come already; the dish is named to say what was liked, no request. The thanks
 * stands right before "for" (at most three words between: "thank you so much for"), and "for"
 * before the first thing of the clause. */
#include "gateway/order/classify_internal.h"

/* Is there, before token first of clause cl, a word of thanks and "for" after it within
 * three words? */
static bool classify_thanks_before(const struct order_class_input *in,
                                   const struct order_clause *cl, size_t first)
{
    enum { THANKS_GAP_MAX = 3 }; /* "thank you so much for" */
    /* thanks in the languages customers mix into an English message, as the fillers list */
    static const char *const thanks[] = {"thanks",  "thank", "thx",   "ty",    "thanx",
                                         "gracias", "merci", "danke", "grazie"};
    const char *text = in->text;
    const struct order_token *t = in->tokens;
    for (size_t f = cl->begin + 1U; f < first; f++) {
        if (t[f].kind != ORDER_TOKEN_WORD || text[t[f].off] != 'f' ||
            !order_tok_is(text, t, f, first, "for"))
            continue;
        for (size_t k = f; k > cl->begin && k + THANKS_GAP_MAX >= f; k--)
            if (order_tok_in(text, t, k - 1U, f, thanks, ORDER_WORDS_N(thanks)))
                return true;
        return false;
    }
    return false;
}

bool classify_thanked_for(const struct order_class_input *in, const struct order_clause *cl,
                          size_t first)
{
    return !cl->question_form && !cl->request_form && !cl->has_quantity &&
           classify_thanks_before(in, cl, first);
}
