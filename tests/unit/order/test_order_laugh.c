/* test_order_laugh.c — which written words are laughter: the fixed ones, a syllable of
 * "ha" or "he" said again any even number of letters from four, and the near words that
 * are not ("hah", "hash", "hello"), so that no pass skips a word of the order as a laugh. */
#include <stdbool.h>

#include "check.h"
#include "gateway/order/normalize.h"

static void expect(const char *text, const bool *laugh, size_t n)
{
    struct order_token tokens[32];
    size_t got = order_tokenize(text, strlen(text), tokens, 32);
    CHECK_INT_EQ(got, n);
    for (size_t i = 0; i < got && i < n; i++)
        if (order_token_laugh(text, &tokens[i]) != laugh[i]) {
            fprintf(stderr, "\"%s\" token %zu: expected %s\n", text, i,
                    laugh[i] ? "a laugh" : "no laugh");
            check_failures++;
        }
}

int main(void)
{
    static const bool fixed[] = {true, true, true, true, true};
    expect("lol lmao lmfao rofl xd", fixed, 5);
    static const bool said_again[] = {true, true, true, true, true};
    expect("haha hahaha hehe hehehe hahahahaha", said_again, 5);
    /* too short, odd, mixed syllables, other words of the same letters */
    static const bool near[] = {false, false, false, false, false, false, false, false};
    expect("ha hah haa hahe hash hello heha lo", near, 8);
    /* punctuation beside a laugh is a token of its own, never a laugh */
    static const bool beside[] = {true, false, true};
    expect("lol! haha", beside, 3);
    return check_finish("test_order_laugh");
}
