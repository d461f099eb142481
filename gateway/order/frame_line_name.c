/* frame_line_name.c — "Alex – tofu bowl\nChen – falafel wrap": a word alone at the start of a
 * line, before a dash or a colon, heads the line with whom it is for (frame.c). It is a name,
 * however near a word of the frame it is spelt ("chen" is no misspelt "when"): repaired, it
 * would turn the line into a question and lose the dish. */
#include "gateway/order/frame.h"

bool order_frame_line_name(const char *text, const struct order_token *tokens, size_t n, size_t t)
{
    if (t + 2U >= n || tokens[t + 1U].kind != ORDER_TOKEN_PUNCT ||
        (tokens[t + 1U].punct != '-' && tokens[t + 1U].punct != ':') ||
        tokens[t + 2U].kind != ORDER_TOKEN_WORD)
        return false;
    return order_token_opens_line(text, tokens, t);
}
