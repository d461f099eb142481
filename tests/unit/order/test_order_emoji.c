/* test_order_emoji.c — food and drink emoji in the match form: each reads as the noun it
 * pictures, a repeated picture once, a picture after the word it illustrates not at all;
 * other emoji stay punctuation and the display form keeps every emoji as written. */
#include <stdbool.h>

#include "check.h"
#include "gateway/order/emoji.h"
#include "gateway/order/normalize.h"

static char out[ORDER_FOLDED_BYTES_MAX];

static const char *match(const char *text)
{
    int n = order_normalize_match(text, strlen(text), out, sizeof(out));
    CHECK(n >= 0);
    return n >= 0 ? out : "";
}

static void test_words(void)
{
    CHECK_STR_EQ(order_emoji_word(0x1F354), "burger"); /* hamburger */
    CHECK_STR_EQ(order_emoji_word(0x1F35F), "fries");  /* french fries */
    CHECK_STR_EQ(order_emoji_word(0x2615), "coffee");  /* hot beverage, the lowest entry */
    CHECK_STR_EQ(order_emoji_word(0x1FAD6), "tea");    /* teapot, the highest entry */
    CHECK(order_emoji_word(0x1F60D) == NULL);          /* smiling face with heart-eyes */
    CHECK(order_emoji_word(0x1F336) == NULL);          /* hot pepper: heat, no chili asked for */
    CHECK(order_emoji_word('a') == NULL);
    CHECK(order_emoji_word(0x1FFFF) == NULL);
}

static void test_match_form(void)
{
    CHECK_STR_EQ(match("1 🍔 + 1 🍟"), "1 burger + 1 fries");
    CHECK_STR_EQ(match("🌮🌮🌮 and a lemonade"), "taco and a lemonade");
    CHECK_STR_EQ(match("2 Cheeseburgers 🍔🍔 and fries 🍟"), "2 cheeseburgers and fries");
    CHECK_STR_EQ(match("3 tacos 🌮"), "3 tacos");
    CHECK_STR_EQ(match("cold brew ☕️ pls"), "cold brew coffee pls");
    CHECK_STR_EQ(match("🍕\n🥤"), "pizza\ndrink");
    CHECK_STR_EQ(match("thanks 😍"), "thanks 😍"); /* not food: a punctuation token */
    CHECK_STR_EQ(match("🌮🌮🌮 carnitas"),
                 "3 taco carnitas"); /* repeated before which: a count */
    CHECK_STR_EQ(match("2 tacos\n🌮 carnitas"), "2 tacos\ntaco carnitas");
    char display[64];
    CHECK(order_normalize_display("1 🍔", strlen("1 🍔"), display, sizeof(display)) > 0);
    CHECK_STR_EQ(display, "1 🍔");
}

int main(void)
{
    test_words();
    test_match_form();
    return check_finish("test_order_emoji");
}
