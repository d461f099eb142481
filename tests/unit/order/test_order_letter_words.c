/* test_order_letter_words.c — order_letter_words (letter_words.h) splits the items' texts into
 * the runs of letters a-z, in item and text order, pointing into the texts; a NULL text holds
 * no word. */
#include <string.h>

#include "check.h"
#include "gateway/order/letter_words.h"

static char *texts[] = {
    "slow-braised pork. 2 tacos, cilantro & onion",
    NULL, /* an item whose text did not fit: holds nothing */
    "",
    "...fries",
    "jalape\xc3\xb1os!",
};
enum { N_TEXTS = sizeof(texts) / sizeof(texts[0]) };

static void check_word(const struct order_letter_words *lw, size_t i, const char *text, size_t off,
                       const char *word)
{
    CHECK(i < lw->n);
    if (i >= lw->n)
        return;
    CHECK(lw->words[i].text == text + off); /* into the text, not a copy */
    CHECK_INT_EQ(lw->words[i].len, strlen(word));
    CHECK(memcmp(lw->words[i].text, word, strlen(word)) == 0);
}

int main(void)
{
    struct order_letter_words lw;
    order_letter_words_init(&lw, texts, N_TEXTS);
    CHECK_INT_EQ(lw.n, 9);
    check_word(&lw, 0, texts[0], 0, "slow");
    check_word(&lw, 1, texts[0], 5, "braised");
    check_word(&lw, 2, texts[0], 13, "pork");
    check_word(&lw, 3, texts[0], 21, "tacos"); /* "2" is no letter */
    check_word(&lw, 4, texts[0], 28, "cilantro");
    check_word(&lw, 5, texts[0], 39, "onion");
    check_word(&lw, 6, texts[3], 3, "fries");
    check_word(&lw, 7, texts[4], 0, "jalape"); /* a byte beyond ASCII ends a word */
    check_word(&lw, 8, texts[4], 8, "os");
    order_letter_words_free(&lw);
    CHECK_INT_EQ(lw.n, 0);

    struct order_letter_words none;
    order_letter_words_init(&none, texts + 1, 2); /* NULL and "": no word, and no failure */
    CHECK_INT_EQ(none.n, 0);
    order_letter_words_free(&none);
    return check_failures ? 1 : 0;
}
