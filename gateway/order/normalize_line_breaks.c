/* normalize_line_breaks.c — where a line starts, read from the text as well as its tokens.
 * A new line right after '.' or '!' makes no token of its own (order_tokenize): the mark
 * ends the sentence already, and a second separator parted "no onion.\npossible?"
 * differently from "no onion. possible?". The line still starts there for the readers of
 * lists, numbered lines and headings ("sorry!\n1. two tacos"), so they ask
 * order_token_opens_line, which finds the new line in the gap before the token when no
 * token holds it. After '?' the new line stays a token: a question and the line after it
 * ("fries?\n...") are read apart, as lists of questions are written. */
#include <string.h>

#include "gateway/order/normalize.h"

bool order_token_opens_line(const char *text, const struct order_token *tokens, size_t i)
{
    if (i == 0)
        return true;
    const struct order_token *w = &tokens[i - 1U];
    if (w->kind == ORDER_TOKEN_PUNCT && w->punct == '\n')
        return true;
    const char *gap = text + w->off + w->len;
    return text + tokens[i].off > gap && memchr(gap, '\n', (size_t)(text + tokens[i].off - gap));
}
