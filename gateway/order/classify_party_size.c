/* classify_party_size.c — how many the customers are, told in a part of its own beside the
 * dishes (classify_remark_own.c): "some falafel wraps, there are 3 of us", "wraps for everyone,
 * we are 4", "there are five of us, some tacos please". "there are" or "there will be", a
 * number and "of us"; "we are" or "were" and a number; the number alone and "of us". It counts
 * the people, not a dish, and says nothing of what is ordered: its verb of being made the
 * message a statement and the dish was lost. How many of the dish is left to the attachments,
 * which ask it back where nothing else says. */
#include "gateway/order/classify_internal.h"

/* Does a number stand at token i: digits or a number word ("3", "three")? */
static bool party_number(const struct order_class_input *in, const struct order_clause *cl,
                         size_t i)
{
    static const char *const words[] = {"two",   "three", "four", "five", "six",
                                        "seven", "eight", "nine", "ten",  "twelve"};
    if (i >= cl->end || in->tokens[i].kind != ORDER_TOKEN_WORD)
        return false;
    char c = in->text[in->tokens[i].off];
    return (c >= '0' && c <= '9') ||
           order_tok_in(in->text, in->tokens, i, cl->end, words, ORDER_WORDS_N(words));
}

size_t classify_party_size(const struct order_class_input *in, const struct order_clause *cl,
                           size_t i)
{
    const char *text = in->text;
    const struct order_token *t = in->tokens;
    size_t n = i;
    bool there = order_tok_is(text, t, n, cl->end, "there");
    if (there && (order_tok_is(text, t, n + 1U, cl->end, "are") ||
                  order_tok_is(text, t, n + 1U, cl->end, "were")))
        n += 2U;
    else if (there && order_tok_is(text, t, n + 1U, cl->end, "will") &&
             order_tok_is(text, t, n + 2U, cl->end, "be"))
        n += 3U;
    else if (order_tok_is(text, t, n, cl->end, "we") &&
             order_tok_is(text, t, n + 1U, cl->end, "are"))
        n += 2U;
    else if (order_tok_is(text, t, n, cl->end, "were"))
        n++;
    if (!party_number(in, cl, n))
        return 0;
    n++;
    bool of_us =
        order_tok_is(text, t, n, cl->end, "of") && order_tok_is(text, t, n + 1U, cl->end, "us");
    if (of_us)
        n += 2U;
    /* "there are 3" may count anything; "3 of us" and "we are 3" count people */
    if (!of_us && (n == i + 1U || there))
        return 0;
    return n >= cl->end || t[n].kind == ORDER_TOKEN_PUNCT ? n - i : 0;
}
