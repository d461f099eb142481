/* menu_words.c — a hash set of the words a menu spells (see menu_words.h). */
#include "gateway/order/menu_words.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "gateway/order/normalize.h"
#include "gateway/order/order_assert.h"
#include "gateway/order/word_hash.h"

enum { ACCENTED_WORD_BYTES = 48 }; /* longer words are no dish's words: never rewritten */

static bool menu_words_letter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* The slot of w: its own, or the empty one where it would go. */
static struct order_menu_word *menu_words_slot(const struct order_menu_words *mw, const char *w,
                                               size_t len)
{
    size_t mask = mw->cap - 1, i = order_word_hash_nocase(w, len) & mask;
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

/* w[0..len) lowercased letter by letter, accented capitals too ("JALAPEÑOS": "jalapeños"), in
 * a new string; bytes that are no valid UTF-8 are kept as they are. */
static char *menu_words_lower(const char *w, size_t len)
{
    char *out = malloc(2 * len + 1); /* a lowercase letter is at most one byte longer */
    ORDER_ASSERT(out != NULL);
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n =
            utf8proc_iterate((const utf8proc_uint8_t *)w + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0) {
            out[o++] = w[i++];
            continue;
        }
        o += (size_t)utf8proc_encode_char(utf8proc_tolower(cp), (utf8proc_uint8_t *)out + o);
        i += (size_t)n;
    }
    out[o] = '\0';
    return out;
}

/* Adds the words of text written with letters beyond ASCII to mw->accented (sized for every
 * word of the menu), each match form once. */
static void menu_words_accented_add(struct order_menu_words *mw, const char *s)
{
    while (s && *s) {
        while (*s && !menu_words_letter((unsigned char)*s))
            s++;
        const char *w = s;
        bool wide = false;
        for (; *s && menu_words_letter((unsigned char)*s); s++)
            wide = wide || (unsigned char)*s >= 0x80;
        size_t len = (size_t)(s - w);
        char folded[ACCENTED_WORD_BYTES];
        if (!wide || len == 0 || len >= ACCENTED_WORD_BYTES ||
            order_normalize_match(w, len, folded, sizeof(folded)) <= 0 || strchr(folded, ' '))
            continue;
        bool plural;
        if (order_menu_words_accented(mw, folded, strlen(folded), &plural) && !plural)
            continue;
        struct order_menu_accented *a = &mw->accented[mw->n_accented++];
        a->folded = strdup(folded);
        a->folded_len = strlen(folded);
        a->spelt = menu_words_lower(w, len);
        ORDER_ASSERT(a->folded != NULL);
    }
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
    mw->accented = calloc(words + 1, sizeof(*mw->accented));
    mw->n_accented = 0;
    ORDER_ASSERT(mw->accented != NULL);
    for (size_t i = 0; i < menu->count; i++) {
        menu_words_each(mw, menu->items[i].name);
        menu_words_each(mw, menu->items[i].description);
        menu_words_accented_add(mw, menu->items[i].name);
        menu_words_accented_add(mw, menu->items[i].description);
    }
}

void order_menu_words_free(struct order_menu_words *mw)
{
    free(mw->slots);
    mw->slots = NULL;
    mw->cap = 0;
    for (size_t i = 0; i < mw->n_accented; i++) {
        free(mw->accented[i].folded);
        free(mw->accented[i].spelt);
    }
    free(mw->accented);
    mw->accented = NULL;
    mw->n_accented = 0;
}

bool order_menu_words_has(const struct order_menu_words *mw, const char *w, size_t len)
{
    return mw->cap > 0 && len > 0 && menu_words_slot(mw, w, len)->text != NULL;
}

const char *order_menu_words_accented(const struct order_menu_words *mw, const char *w, size_t len,
                                      bool *plural)
{
    for (size_t k = 0; k < mw->n_accented; k++) {
        size_t fl = mw->accented[k].folded_len;
        *plural = len == fl + 1 && w[fl] == 's';
        if ((fl == len || *plural) && memcmp(mw->accented[k].folded, w, fl) == 0)
            return mw->accented[k].spelt;
    }
    *plural = false;
    return NULL;
}
