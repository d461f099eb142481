/* frame_subject_name.c — "jess says chips and salsa", "no wait jess wants one too": a word at
 * the start of its piece right before a verb a person does in the third person ("says",
 * "wants") is the subject of that verb, a name (frame.c). However near a word of the frame it
 * is spelt ("jess" is no misspelt "less"), repaired it would turn the name into a change of
 * the dish that follows. */
#include "gateway/order/frame.h"
#include "gateway/order/reading.h"

bool order_frame_subject_name(const char *text, const struct order_token *tokens, size_t n,
                              size_t t)
{
    static const char *const verbs[] = {"says", "said", "wants", "wanted", "thinks", "asked"};
    static const char *const before[] = {"and", "but", "wait", "so", "then", "oh"};
    if (t + 1U >= n || tokens[t].kind != ORDER_TOKEN_WORD ||
        !order_tok_in(text, tokens, t + 1U, n, verbs, ORDER_WORDS_N(verbs)))
        return false;
    return t == 0 || tokens[t - 1U].kind == ORDER_TOKEN_PUNCT ||
           order_tok_in(text, tokens, t - 1U, n, before, ORDER_WORDS_N(before));
}
