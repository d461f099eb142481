/* menu_words.c — a hash set of the words a menu spells (see menu_words.h). */
#include "gateway/order/menu_words.h"

#include <stdlib.h>
#include <strings.h>

#include "gateway/order/order_assert.h"

static bool menu_words_letter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* FNV-1a over the word with ASCII letters lowercased, so that every casing of it probes the
 * same slots. */
static uint32_t menu_words_hash(const char *w, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c | 0x20);
        h = (h ^ c) * 16777619u;
    }
    return h;
}

/* The slot of w: its own, or the empty one where it would go. */
static struct order_menu_word *menu_words_slot(const struct order_menu_words *mw, const char *w,
                                               size_t len)
{
    size_t mask = mw->cap - 1, i = menu_words_hash(w, len) & mask;
    while (mw->slots[i].text &&
           (mw->slots[i].len != len || strncasecmp(mw->slots[i].text, w, len) != 0))
        i = (i + 1) & mask;
    return &mw->slots[i];
}

/* Calls put(mw, word, len) for every word of text, as spelling_menu_has always split them:
 * a run of letters, with the hyphens inside and after it. */
static size_t menu_words_each(struct order_menu_words *mw, const char *text)
{
    size_t n = 0;
    for (const char *p = text; p && *p;) {
        while (*p && !menu_words_letter((unsigned char)*p))
            p++;
        const char *q = p;
        while (*q && (menu_words_letter((unsigned char)*q) || *q == '-'))
            q++;
        if (q > p) {
            n++;
            if (mw) {
                struct order_menu_word *s = menu_words_slot(mw, p, (size_t)(q - p));
                s->text = p;
                s->len = (uint32_t)(q - p);
            }
        }
        p = q;
    }
    return n;
}

void order_menu_words_init(struct order_menu_words *mw, const struct menu *menu)
{
    size_t words = 0;
    for (size_t i = 0; i < menu->count; i++)
        words += menu_words_each(NULL, menu->items[i].name) +
                 menu_words_each(NULL, menu->items[i].description);
    mw->cap = 16;
    while (mw->cap < 2 * words + 1)
        mw->cap *= 2;
    mw->slots = calloc(mw->cap, sizeof(*mw->slots));
    ORDER_ASSERT(mw->slots != NULL);
    for (size_t i = 0; i < menu->count; i++) {
        menu_words_each(mw, menu->items[i].name);
        menu_words_each(mw, menu->items[i].description);
    }
}

void order_menu_words_free(struct order_menu_words *mw)
{
    free(mw->slots);
    mw->slots = NULL;
    mw->cap = 0;
}

bool order_menu_words_has(const struct order_menu_words *mw, const char *w, size_t len)
{
    return mw->cap > 0 && len > 0 && menu_words_slot(mw, w, len)->text != NULL;
}
