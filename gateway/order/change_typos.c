/* change_typos.c — a change's misspelt words written as the menu spells them (reading.h):
 * "add avacado", "no celary" are "add avocado", "no celery" when one word of the menu's
 * names and descriptions is a letter away and the word written is no English word; a word
 * texted without its vowels ("no sour crm") is the one English word of the menu with its
 * consonants. */
#include <string.h>

#include "gateway/order/dictionary.h"
#include "gateway/order/food.h"
#include "gateway/order/letter_words.h"
#include "gateway/order/lexicon.h"
#include "gateway/order/reading.h"

enum { TYPO_WORD_MIN = 5, TYPO_WORD_BYTES = 32 };

bool order_menu_one_word(const struct order_lexicon *lx, const char *w, size_t len,
                         order_menu_word_test weighed, order_menu_word_test near, char *out)
{
    bool found = false;
    for (size_t i = 0; i < lx->letter_words->n; i++) {
        const char *b = lx->letter_words->words[i].text;
        size_t l = lx->letter_words->words[i].len;
        if (weighed && !weighed(w, len, b, l))
            continue;
        if ((l == len || l + 1 == len || l == len + 1) && memcmp(b, w, l < len ? l : len) == 0)
            return false; /* the word or its plural: spelt right */
        if (!near(w, len, b, l))
            continue;
        if (found && (strlen(out) != l || memcmp(out, b, l) != 0))
            return false; /* two words near it */
        memcpy(out, b, l);
        out[l] = '\0';
        found = true;
    }
    return found;
}

/* A menu word of five letters or more with w's first letter is weighed ... */
static bool near_weighed(const char *w, size_t len, const char *b, size_t l)
{
    (void)len;
    return l >= TYPO_WORD_MIN && l < TYPO_WORD_BYTES && b[0] == w[0];
}

/* ... and near when one edit away. */
static bool near_one_edit(const char *w, size_t len, const char *b, size_t l)
{
    return order_edit_distance(w, len, b, l, 1) == 1;
}

bool order_menu_near_word(const struct order_lexicon *lx, const char *w, size_t len, char *out)
{
    return order_menu_one_word(lx, w, len, near_weighed, near_one_edit, out);
}

/* The one word of the menu's names and descriptions that w[0..len) is with its last letter
 * dropped ("sals": "salsa"), into out; false when none or several are. */
static bool typo_menu_word_clipped(const struct order_lexicon *lx, const char *w, size_t len,
                                   char *out)
{
    bool found = false;
    for (size_t i = 0; i < lx->letter_words->n; i++) {
        const char *b = lx->letter_words->words[i].text;
        size_t l = lx->letter_words->words[i].len;
        if (l != len + 1U || b[len] == 's' || memcmp(b, w, len) != 0)
            continue; /* a plural "s" is no letter dropped */
        if (found && memcmp(out, b, l) != 0)
            return false;
        memcpy(out, b, l);
        out[l] = '\0';
        found = true;
    }
    return found;
}

/* Is w[0..len) a word written without its vowels ("crm", "chs"): three letters or more, no
 * vowel? */
static bool typo_vowelless(const char *w, size_t len)
{
    if (len < 3 || len >= TYPO_WORD_BYTES)
        return false;
    for (size_t k = 0; k < len; k++)
        if (strchr("aeiouy", w[k]))
            return false;
    return true;
}

/* The one English food word of the menu's names and descriptions whose consonants are w[0..len)
 * ("crm": "cream"; "crema" is the menu's too but no English word, as a texter clips an
 * English word), into out; false when none or several are. */
static bool typo_menu_word_unvoweled(const struct order_reader *rd, const char *w, size_t len,
                                     char *out)
{
    const struct order_lexicon *lx = rd->lex;
    bool found = false;
    for (size_t i = 0; i < lx->letter_words->n; i++) {
        const char *b = lx->letter_words->words[i].text;
        size_t l = lx->letter_words->words[i].len;
        if (l <= len || l >= TYPO_WORD_BYTES || b[0] != w[0])
            continue;
        size_t c = 0;
        for (size_t k = 0; k < l && c <= len; k++)
            if (!strchr("aeiou", b[k]) && (c == len || b[k] != w[c++]))
                c = len + 1U;
        if (c != len || !order_dictionary_has(rd->dict, b, l) || !order_food_word(rd->food, b, l))
            continue; /* a food of English the texter shortened, not "plus" for "pls" */
        if (found && (strlen(out) != l || memcmp(out, b, l) != 0))
            return false;
        memcpy(out, b, l);
        out[l] = '\0';
        found = true;
    }
    return found;
}

/* The menu's word one letter from w, where w is no English or food word, or 0
 * (order_change_rewrite). A word a letter shorter than the rest, "extra sals verde", is the
 * menu's word with its last letter dropped. */
static size_t typo_word(void *ctx, const char *w, size_t len, char *put, size_t put_cap)
{
    const struct order_reader *rd = ctx;
    char fix[TYPO_WORD_BYTES];
    bool letters = len >= TYPO_WORD_MIN - 1U && len < TYPO_WORD_BYTES;
    for (size_t k = 0; letters && k < len; k++)
        letters = w[k] >= 'a' && w[k] <= 'z';
    letters = letters || typo_vowelless(w, len); /* "no sour crm" */
    for (size_t k = 0; letters && k < len; k++)
        letters = w[k] >= 'a' && w[k] <= 'z';
    if (!letters || order_dictionary_has(rd->dict, w, len) || order_food_word(rd->food, w, len))
        return 0;
    if (!(typo_vowelless(w, len) ? typo_menu_word_unvoweled(rd, w, len, fix)
          : len >= TYPO_WORD_MIN ? order_menu_near_word(rd->lex, w, len, fix) ||
                                       order_menu_far_word(rd->lex, w, len, fix)
                                 : typo_menu_word_clipped(rd->lex, w, len, fix)))
        return 0;
    size_t fl = strlen(fix);
    if (fl >= put_cap)
        return 0;
    memcpy(put, fix, fl);
    return fl;
}

void order_change_typos(const struct order_reader *rd, char *mod, size_t cap)
{
    order_change_rewrite(mod, cap, typo_word, (void *)rd);
}
