/* reading_vowels_dropped.c — "2 crnts tcs n 1 hrchta n a qsbrria": a word texted as a menu
 * word with its vowels left out (the consonants kept in order, the first letter kept, a plural
 * "s" after it) reads as that word, when exactly one word of the menu's names writes so. */
#include <string.h>

#include "gateway/order/reading_internal.h"

enum { DROPPED_VOWELS_MIN = 2, DROPPED_LETTERS_MIN = 3 };

static bool vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Is w[0..len) word v with vowels left out (min at least), its first letter kept? */
static bool dropped_from(const char *w, size_t len, const char *v, size_t vlen, size_t min)
{
    if (vlen < len + min || w[0] != v[0])
        return false;
    size_t i = 0;
    for (size_t k = 0; k < vlen; k++) {
        if (i < len && v[k] == w[i])
            i++;
        else if (!vowel(v[k]))
            return false; /* a consonant of the word left out: another word */
    }
    return i == len;
}

/* Is word p word s with a plural "s" ("tacos", "taco")? */
static bool plural_of(const struct order_lex_word *p, const struct order_lex_word *s)
{
    return p->len == s->len + 1U && p->text[s->len] == 's' && memcmp(p->text, s->text, s->len) == 0;
}

/* Of the words that may name a dish, the one w writes with min vowels or more left out (the
 * plural "s" aside), or -1 when none or several do. */
static int32_t dropped_word(const struct order_lexicon *lx, const char *w, size_t len, size_t min)
{
    int32_t found = -1;
    for (size_t k = 0; k < lx->n_words; k++) {
        const struct order_lex_word *v = &lx->words[k];
        if (!(v->anchor || v->head) || v->section_only)
            continue;
        bool hit = dropped_from(w, len, v->text, v->len, min) ||
                   (len >= DROPPED_LETTERS_MIN && w[len - 1U] == 's' &&
                    v->text[v->len - 1U] != 's' && dropped_from(w, len - 1U, v->text, v->len, min));
        if (hit && found >= 0 && !plural_of(&lx->words[found], v) &&
            !plural_of(v, &lx->words[found]))
            return -1;
        if (hit && (found < 0 || plural_of(&lx->words[found], v)))
            found = (int32_t)k; /* "taco" rather than "tacos" */
    }
    return found;
}

/* Is token t a word read as nothing, no word of the language, short of vowels ("crnts",
 * "sprnkl")? A written word keeps a vowel in every three letters or so; this is cheap to
 * rule out before the lexicon is read. */
static bool vowel_short(const struct order_reader *rd, const char *text,
                        const struct order_token *tokens, const struct order_reading *out, size_t t)
{
    const struct order_token *k = &tokens[t];
    if (k->kind != ORDER_TOKEN_WORD || out->n_hits[t] > 0 || k->len < DROPPED_LETTERS_MIN ||
        k->len >= ORDER_LEX_WORD_BYTES_MAX)
        return false;
    const char *w = text + k->off;
    size_t vowels = 0;
    for (size_t i = 0; i < k->len; i++)
        vowels += vowel(w[i]);
    /* "smth", "tmrw": the language's own words texted short are no dish's */
    return vowels * 3U <= k->len && !order_dictionary_has(rd->dict, w, k->len) &&
           !order_dictionary_texting(w, k->len);
}

void read_vowels_dropped(const struct order_reader *rd, const char *text,
                         const struct order_token *tokens, size_t n, struct order_reading *out)
{
    int32_t read[ORDER_TOKENS_MAX];
    for (size_t t = 0; t < n; t++)
        read[t] =
            vowel_short(rd, text, tokens, out, t)
                ? dropped_word(rd->lex, text + tokens[t].off, tokens[t].len, DROPPED_VOWELS_MIN)
                : -2; /* -2: no such word; -1: one read as nothing */
    /* "qsbrria tcos": beside a word so written, one vowel left out is enough ("taco") */
    for (size_t t = 0; t < n; t++)
        if (read[t] == -1 && ((t > 0 && read[t - 1U] >= 0) || (t + 1U < n && read[t + 1U] >= 0)))
            read[t] = dropped_word(rd->lex, text + tokens[t].off, tokens[t].len, 1);
    for (size_t t = 0; t < n; t++) {
        /* "sprnkl wtr": a name written so next to a word of it read as nothing is only
         * guessed at; asked back whole */
        if (read[t] < 0 || (t > 0 && read[t - 1U] == -1) || (t + 1U < n && read[t + 1U] == -1))
            continue;
        out->hits[t][0] = (struct order_lex_hit){{(uint16_t)read[t], 0}, 1, 1, 1.0f};
        out->n_hits[t] = 1;
    }
}
