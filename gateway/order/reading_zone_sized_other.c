/* reading_zone_sized_other.c — "double" or "triple" before a food or drink the menu lacks,
 * said where the message has named no dish yet ("Double espresso. Classic burger.",
 * "triple mocha, one cheeseburger"). The lead sizes a dish here, not a part of one: nothing
 * was named for it to change, and what it sizes is a whole food of its own. Read as a zone,
 * the words change nothing and the asked-for dish is lost without a word; left to the spans,
 * they are the dish the menu lacks, and the customer hears so. So too after a dish, when an
 * article joined on by "and" opens the phrase ("a quinoa bowl and a double espresso"): the
 * article says one more thing, not a part of the dish before. */
#include <string.h>

#include "gateway/order/food.h"
#include "gateway/order/reading_internal.h"

/* The words of [a, j) joined by single spaces into buf (cap bytes); their length, or 0 when
 * they do not fit or one is no word. */
static size_t sized_phrase(const char *text, const struct order_token *tokens, size_t a, size_t j,
                           char *buf, size_t cap)
{
    size_t n = 0;
    for (size_t k = a; k < j; k++) {
        if (tokens[k].kind != ORDER_TOKEN_WORD || n + tokens[k].len + 1U > cap)
            return 0;
        if (n > 0)
            buf[n++] = ' ';
        memcpy(buf + n, text + tokens[k].off, tokens[k].len);
        n += tokens[k].len;
    }
    return n;
}

bool order_read_zone_sized_other(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, const struct order_reading *out,
                                 size_t i, size_t j, size_t e)
{
    static const char *const sizes[] = {"double", "triple"};
    /* "double espresso and the beef burger", "triple mocha plus fries": a word that joins
     * another thing ends the phrase as a comma does */
    static const char *const joins[] = {"and", "n", "plus", "or"};
    if (!ORDER_CUES_ANY(&out->cues, "double", "triple"))
        return false;
    if (j <= i + 1U || j > i + 3U || !order_tok_in(text, tokens, i, e, sizes, ORDER_WORDS_N(sizes)))
        return false;
    if (j < e && tokens[j].kind == ORDER_TOKEN_WORD &&
        !order_tok_in(text, tokens, j, e, joins, ORDER_WORDS_N(joins)))
        return false; /* "double espresso shot please": the phrase goes on */
    for (size_t k = i + 1U; k < j; k++)
        if (out->n_hits[k] > 0 || out->roles[k] != ORDER_ROLE_NONE)
            return false; /* "double cheese": a part the menu holds */
    char buf[ORDER_FOOD_ENTRY_MAX];
    size_t n = sized_phrase(text, tokens, i + 1U, j, buf, sizeof(buf));
    return n > 0 && order_food_entry(rd->food, buf, n);
}

bool order_read_zone_article_joined(const char *text, const struct order_token *tokens, size_t b,
                                    size_t i, size_t e)
{
    static const char *const articles[] = {"a", "an"};
    static const char *const joins[] = {"and", "n", "plus"}; /* "&" is a punctuation token */
    if (i < b + 2U || !order_tok_in(text, tokens, i - 1U, e, articles, ORDER_WORDS_N(articles)))
        return false;
    return order_tok_in(text, tokens, i - 2U, e, joins, ORDER_WORDS_N(joins)) ||
           (tokens[i - 2U].kind == ORDER_TOKEN_PUNCT && tokens[i - 2U].punct == '&');
}
