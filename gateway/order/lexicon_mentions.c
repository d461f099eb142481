/* lexicon_mentions.c — what the menu's names and descriptions hold (lexicon.h): whether an
 * item's text mentions a word, a name's words one by one, a word a letter off one of them. The
 * lexicon's building and its word lookup are lexicon.c. */
#include "gateway/order/lexicon.h"

#include <ctype.h>
#include <string.h>

#include "gateway/order/order_assert.h"
#include "gateway/order/text_words.h"

static bool mention_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

const char *order_lexicon_text_word_end(const char *text, const char *from, const char *w,
                                        size_t len)
{
    size_t base = len > 3 && w[len - 1] == 's' ? len - 1 : len;
    /* with a first letter to find, strchr leaps to each place it stands */
    for (const char *p = base > 0 ? strchr(from, w[0]) : from; p && *p;
         p = base > 0 ? strchr(p + 1, w[0]) : p + 1) {
        if ((p > text && mention_letter(p[-1])) || strncmp(p, w, base) != 0)
            continue;
        const char *q = p + base;
        if (q[0] == 'e' && q[1] == 's')
            q += 2;
        else if (q[0] == 's')
            q++;
        if (!mention_letter(*q))
            return q;
    }
    return NULL;
}

/* Does the match-form text hold word w[0..len) as a word, or its singular or plural
 * ("beans" for "bean", "peppers" for "pepper", "potatoes" for "potato")? */
bool order_lexicon_text_has_word(const char *text, const char *w, size_t len)
{
    return order_lexicon_text_word_end(text, text, w, len) != NULL;
}

size_t order_lexicon_item_mentions(const struct order_lexicon *lx, int32_t item,
                                   const char *const *words, const size_t *lens, size_t n)
{
    ORDER_ASSERT(item >= 0 && (size_t)item < lx->menu->count);
    const char *folded = lx->item_text ? lx->item_text[item] : NULL;
    if (!folded)
        return 0;
    size_t found = 0;
    struct order_item_set holders;
    for (size_t i = 0; i < n; i++)
        found += order_text_words_items(lx->text_words, words[i], lens[i], &holders)
                     ? order_item_set_has(&holders, (size_t)item)
                     : order_lexicon_text_has_word(folded, words[i], lens[i]);
    return found;
}

bool order_name_has_near_word(const char *name, const char *w, size_t len)
{
    enum { NEAR_WORD_MIN = 4, NEAR_WORD_BYTES = 32 };
    char word[NEAR_WORD_BYTES];
    for (size_t n; (n = order_name_word_next(&name, word, sizeof(word))) > 0;)
        if (n >= NEAR_WORD_MIN && order_edit_distance(word, n, w, len, 1) == 1)
            return true;
    return false;
}

size_t order_name_word_next(const char **p, char *out, size_t cap)
{
    const char *s = *p;
    size_t n = 0;
    if (!s)
        return 0;
    while (*s && !isalpha((unsigned char)*s))
        s++;
    while (isalpha((unsigned char)*s)) {
        if (n + 1U < cap)
            out[n++] = (char)tolower((unsigned char)*s);
        s++;
    }
    *p = s;
    return n;
}

bool order_lexicon_item_mentions_y_noun(const struct order_lexicon *lx, int32_t item, const char *w,
                                        size_t len)
{
    enum { NOUN_BYTES = 32, NOUN_MIN = 3 };
    if (len <= NOUN_MIN || len >= NOUN_BYTES || w[len - 1U] != 'y')
        return false;
    char noun[NOUN_BYTES];
    memcpy(noun, w, len - 1U);
    noun[len - 1U] = 'e';
    const char *n = noun;
    size_t bare = len - 1U, with_e = len;
    return order_lexicon_item_mentions(lx, item, &n, &bare, 1) == 1 ||
           order_lexicon_item_mentions(lx, item, &n, &with_e, 1) == 1;
}

/* The items whose texts can hold phrase[0..len) of several words, into *out: those holding
 * each of its words but the last as a word (the last may be plural there). False when some
 * word is not one the word index reads: every item can. */
static bool menu_phrase_candidates(const struct order_lexicon *lx, const char *phrase, size_t len,
                                   struct order_item_set *out)
{
    bool any = false;
    for (const char *w = phrase, *end = phrase + len;;) {
        const char *sp = memchr(w, ' ', (size_t)(end - w));
        if (!sp)
            return any; /* the last word: its plural is read by the scan */
        struct order_item_set holders;
        if (!order_text_words_items(lx->text_words, w, (size_t)(sp - w), &holders))
            return false;
        if (any)
            order_item_set_and(out, &holders);
        else
            *out = holders;
        any = true;
        w = sp + 1;
    }
}

bool order_lexicon_menu_mentions(const struct order_lexicon *lx, const char *phrase, size_t len)
{
    struct order_item_set holders;
    if (lx->text_words && order_text_words_items(lx->text_words, phrase, len, &holders))
        return order_item_set_next(&holders, 0) >= 0;
    if (!lx->item_text)
        return false;
    /* a phrase: only the items holding its words can hold it */
    if (lx->text_words && menu_phrase_candidates(lx, phrase, len, &holders)) {
        for (int32_t i = order_item_set_next(&holders, 0); i >= 0;
             i = order_item_set_next(&holders, (size_t)i + 1U))
            if (lx->item_text[i] && order_lexicon_text_has_word(lx->item_text[i], phrase, len))
                return true;
        return false;
    }
    for (size_t i = 0; i < lx->menu->count; i++)
        if (lx->item_text[i] && order_lexicon_text_has_word(lx->item_text[i], phrase, len))
            return true;
    return false;
}
