/* frame_line_name.c — "Alex – tofu bowl\nChen – falafel wrap", "Mike - cheeseburger. Dave -
 * beef burger": a word alone at the start of a line or a sentence, before a dash or a colon
 * (an aside in brackets between at a line's start: "jess (drums): ..."), heads the line with
 * whom it is for; "Tony same as Dave": a word alone after "same as",
 * ending its piece, is whom the copy is of (frame.c). It is a name, however near a word of the
 * frame it is spelt ("chen" is no misspelt "when", "dave" no "have"): repaired, it would turn
 * the line into a question and lose the dish. */
#include <string.h>

#include "gateway/order/frame.h"
#include "gateway/order/reading.h"

/* Does token t start a sentence: the text's start, a line's, or right after ".", "!", "?"? */
static bool frame_opens_sentence(const char *text, const struct order_token *tokens, size_t t)
{
    if (order_token_opens_line(text, tokens, t))
        return true;
    return t > 0 && tokens[t - 1U].kind == ORDER_TOKEN_PUNCT && strchr(".!?", tokens[t - 1U].punct);
}

bool order_frame_line_name(const char *text, const struct order_token *tokens, size_t n, size_t t,
                           const uint8_t *n_hits)
{
    /* "same as dave.", "tony - same as dave": the one whose order is copied */
    if (t >= 2U && order_tok_is(text, tokens, t - 2U, n, "same") &&
        order_tok_is(text, tokens, t - 1U, n, "as") &&
        (t + 1U >= n || tokens[t + 1U].kind == ORDER_TOKEN_PUNCT))
        return true;
    /* "jess (drums): california burrito": an aside in brackets between the name and mark */
    size_t m =
        order_token_opens_line(text, tokens, t) ? order_tok_past_aside(tokens, t + 1U, n) : t + 1U;
    if (m + 1U >= n || tokens[m].kind != ORDER_TOKEN_PUNCT ||
        (tokens[m].punct != '-' && tokens[m].punct != ':') ||
        tokens[m + 1U].kind != ORDER_TOKEN_WORD)
        return false;
    /* after a sentence's end, a menu word must follow the mark: "cheerw - Chloe" signs off */
    return order_token_opens_line(text, tokens, t) ||
           (frame_opens_sentence(text, tokens, t) && n_hits[m + 1U] > 0);
}
