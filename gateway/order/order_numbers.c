/* order_numbers.c — the number of an order placed before ("my order #2231 came cold",
 * "switch the tacos on my order ... order 4471") is a reference to that order: it counts no
 * dish and names none. Left as a word, a count reader takes it for a count and reads the
 * word after it as a dish ("2231 came"). It is dropped from the tokens before anything
 * reads them (reading.h), so "my order #2231 came with ..." reads as "my order came with
 * ...".
 *
 * A number is an order's when a '#' is written right before it and it has three digits or
 * more, or "order" (or "order number", "order no") stands before it, or it follows "#"
 * after "order" ("order #12"); with "order" alone it must have three digits or more and end
 * its part of the message ("order 4471", not "order 120 tacos"): a count of a hundred and
 * more names the dishes it counts. */
#include <string.h>

#include "gateway/order/reading.h"

enum { ORDER_NUMBER_DIGITS_MIN = 3 };

static bool numbers_word_is(const char *text, const struct order_token *t, const char *w)
{
    return t->kind == ORDER_TOKEN_WORD && order_token_is(text, t, w);
}

/* Is token t all digits? */
static bool numbers_digits(const char *text, const struct order_token *t)
{
    if (t->kind != ORDER_TOKEN_WORD || t->len == 0)
        return false;
    for (size_t k = 0; k < t->len; k++)
        if (text[t->off + k] < '0' || text[t->off + k] > '9')
            return false;
    return true;
}

/* Is a '#' written right before token t, after blanks at most? */
static bool numbers_hash_before(const char *text, const struct order_token *t)
{
    size_t p = t->off;
    while (p > 0 && text[p - 1] == ' ')
        p--;
    return p > 0 && text[p - 1] == '#';
}

static bool numbers_of_order(const char *text, const struct order_token *tokens, size_t n, size_t i)
{
    const struct order_token *t = &tokens[i];
    if (!numbers_digits(text, t))
        return false;
    size_t p = i; /* past "number", "no", "num" back to "order" */
    if (p > 0 && (numbers_word_is(text, &tokens[p - 1], "number") ||
                  numbers_word_is(text, &tokens[p - 1], "no") ||
                  numbers_word_is(text, &tokens[p - 1], "num")))
        p--;
    bool after_order = p > 0 && numbers_word_is(text, &tokens[p - 1], "order");
    bool hash = numbers_hash_before(text, t);
    if (hash && (after_order || t->len >= ORDER_NUMBER_DIGITS_MIN))
        return true;
    if (!after_order)
        return false;
    if (p < i) /* "order number 4471" */
        return true;
    return t->len >= ORDER_NUMBER_DIGITS_MIN &&
           (i + 1 >= n || tokens[i + 1].kind == ORDER_TOKEN_PUNCT);
}

static bool numbers_punct(const struct order_token *tokens, size_t n, size_t i, char c)
{
    return i < n && tokens[i].kind == ORDER_TOKEN_PUNCT && tokens[i].punct == c;
}

size_t order_drop_order_numbers(const char *text, struct order_token *tokens, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        /* "my order (#2231) came with ...": the brackets hold the number alone, and go
         * with it */
        if (numbers_punct(tokens, n, i, '(') && i + 2U < n &&
            numbers_of_order(text, tokens, n, i + 1U) && numbers_punct(tokens, n, i + 2U, ')')) {
            i += 2U;
            continue;
        }
        if (!numbers_of_order(text, tokens, n, i))
            tokens[k++] = tokens[i];
    }
    return k;
}
