/* letter_words.c — the items' texts split into words of letters (see letter_words.h). */
#include "gateway/order/letter_words.h"

#include <stdbool.h>
#include <stdlib.h>

#include "gateway/order/order_assert.h"

static bool letter(char c)
{
    return c >= 'a' && c <= 'z';
}

/* Writes the words of text into words (when not NULL) from *n on, counting them in *n. */
static void letter_words_of(const char *text, struct order_letter_word *words, size_t *n)
{
    for (const char *p = text; p && *p;) {
        while (*p && !letter(*p))
            p++;
        const char *b = p;
        while (letter(*p))
            p++;
        if (p > b && words)
            words[*n] = (struct order_letter_word){b, (uint32_t)(p - b)};
        *n += p > b;
    }
}

void order_letter_words_init(struct order_letter_words *lw, char *const *texts, size_t n_texts)
{
    size_t n = 0;
    for (size_t i = 0; i < n_texts; i++)
        letter_words_of(texts[i], NULL, &n);
    lw->words = malloc((n ? n : 1) * sizeof(*lw->words));
    ORDER_ASSERT(lw->words != NULL);
    lw->n = 0;
    for (size_t i = 0; i < n_texts; i++)
        letter_words_of(texts[i], lw->words, &lw->n);
}

void order_letter_words_free(struct order_letter_words *lw)
{
    free(lw->words);
    lw->words = NULL;
    lw->n = 0;
}
