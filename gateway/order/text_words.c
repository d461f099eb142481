/* text_words.c — which menu items' texts hold a word (text_words.h). */
#include "gateway/order/text_words.h"

#include <stdlib.h>
#include <string.h>

#include "gateway/order/order_assert.h"
#include "gateway/order/word_hash.h"

static bool tw_alnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* The slot of w: where it is, or the empty one where it would go. */
static struct order_text_word *tw_slot(const struct order_text_words *tw, const char *w, size_t len)
{
    size_t mask = tw->cap - 1U;
    for (size_t i = order_word_hash(w, len) & mask;; i = (i + 1U) & mask) {
        struct order_text_word *s = &tw->slots[i];
        if (s->len == 0 || (s->len == len && memcmp(s->text, w, len) == 0))
            return s;
    }
}

/* Calls add(tw, word, len, item) for every word of text that fits an entry. */
static size_t tw_words(struct order_text_words *tw, const char *text, size_t item, bool add)
{
    size_t count = 0;
    for (const char *p = text; *p;) {
        while (*p && !tw_alnum(*p))
            p++;
        const char *b = p;
        while (tw_alnum(*p))
            p++;
        size_t len = (size_t)(p - b);
        if (len == 0 || len >= ORDER_LEX_WORD_BYTES_MAX)
            continue; /* longer words are reached only by a lookup too long to be made */
        count++;
        if (!add)
            continue;
        struct order_text_word *s = tw_slot(tw, b, len);
        if (s->len == 0) {
            memcpy(s->text, b, len);
            s->len = (uint8_t)len;
        }
        order_item_set_add(&s->items, item);
    }
    return count;
}

void order_text_words_init(struct order_text_words *tw, char *const *texts, size_t n)
{
    ORDER_ASSERT(n <= ORDER_LEX_ITEMS_MAX);
    size_t words = 0;
    for (size_t i = 0; i < n; i++)
        words += texts[i] ? tw_words(tw, texts[i], i, false) : 0;
    tw->cap = 16;
    while (tw->cap < 2 * words + 1)
        tw->cap *= 2;
    tw->slots = calloc(tw->cap, sizeof(*tw->slots));
    ORDER_ASSERT(tw->slots != NULL);
    for (size_t i = 0; i < n; i++)
        if (texts[i])
            tw_words(tw, texts[i], i, true);
}

void order_text_words_free(struct order_text_words *tw)
{
    free(tw->slots);
    memset(tw, 0, sizeof(*tw));
}

bool order_text_words_items(const struct order_text_words *tw, const char *w, size_t len,
                            struct order_item_set *out)
{
    /* the base + "es" must fit an entry's length for the entries to hold every form */
    if (len == 0 || len + 2U >= ORDER_LEX_WORD_BYTES_MAX || !tw->slots)
        return false;
    for (size_t i = 0; i < len; i++)
        if (!tw_alnum(w[i]))
            return false;
    size_t base = len > 3 && w[len - 1U] == 's' ? len - 1U : len;
    char form[ORDER_LEX_WORD_BYTES_MAX];
    memcpy(form, w, base);
    memset(out, 0, sizeof(*out));
    static const char *const endings[] = {"", "s", "es"};
    for (size_t e = 0; e < sizeof(endings) / sizeof(*endings); e++) {
        size_t el = strlen(endings[e]);
        memcpy(form + base, endings[e], el);
        const struct order_text_word *s = tw_slot(tw, form, base + el);
        if (s->len != 0)
            order_item_set_or(out, &s->items);
    }
    return true;
}
