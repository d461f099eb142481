/* test_order_laugh.c — which written words are laughter: the fixed ones, a syllable of
 * "ha" or "he" said again any even number of letters from four, and the near words that
 * are not ("hah", "hash", "hello"), so that no pass skips a word of the order as a laugh. */
#include <stdbool.h>

#include "check.h"
#include "gateway/order/normalize.h"

static void expect(const char *text, const bool *laugh, size_t n)
{
    struct order_token tokens[32];
    size_t got = order_tokenize(text, strlen(text), tokens, sizeof(tokens) / sizeof(*tokens));
    CHECK_INT_EQ(got, n);
    for (size_t i = 0; i < got && i < n; i++)
        if (order_token_laugh(text, &tokens[i]) != laugh[i]) {
            fprintf(stderr, "\"%s\" token %zu: expected %s\n", text, i,
                    laugh[i] ? "a laugh" : "no laugh");
            check_failures++;
        }
}

/* Expects each token of text to be a laugh as list says, one entry a token. */
#define EXPECT(text, list) expect((text), (list), sizeof(list) / sizeof(*(list)))

int main(void)
{
    static const bool fixed[] = {true, true, true, true, true};
    EXPECT("lol lmao lmfao rofl xd", fixed);
    static const bool said_again[] = {true, true, true, true, true};
    EXPECT("haha hahaha hehe hehehe hahahahaha", said_again);
    /* too short, odd, mixed syllables, other words of the same letters */
    static const bool near[] = {false, false, false, false, false, false, false, false};
    EXPECT("ha hah haa hahe hash hello heha lo", near);
    /* punctuation beside a laugh is a token of its own, never a laugh */
    static const bool beside[] = {true, false, true};
    EXPECT("lol! haha", beside);
    return check_finish("test_order_laugh");
}
