/* lexicon.c — looking words up in the menu's vocabulary (see lexicon.h; the vocabulary is
 * built in lexicon_build.c, item sets are in item_set.c, the edit distance in
 * edit_distance.c, what the names and descriptions hold in lexicon_mentions.c). */
#include "gateway/order/lexicon.h"
#include "gateway/order/lexicon_internal.h"

#include <errno.h>
#include <libstemmer.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/order/normalize.h"
#include "gateway/order/order_assert.h"
#include "gateway/order/text_words.h"
#include "gateway/order/word_hash.h"

enum {
    LEX_FOOD_TYPO_MIN = 7, /* a food word this long may still be a misspelt menu word */
    LEX_SUFFIX_MIN = 5,    /* a clipped end of a menu word this long still names it */
};

/* The stems of the words this thread stemmed last, by the word's hash. One Snowball run
 * costs as much as the rest of a word's lookup, and customers write the same few hundred
 * words again and again. Every stemmer here is the English one (pipeline.c,
 * lexicon_build.c), so a word's stem is the same whichever of them made it. */
enum { LEX_STEM_MEMO_SLOTS = 512 };
struct lex_stem_memo {
    uint8_t len; /* 0: an empty slot */
    uint8_t stem_len;
    char word[ORDER_LEX_WORD_BYTES_MAX];
    char stem[ORDER_LEX_WORD_BYTES_MAX]; /* NUL-terminated */
};
static _Thread_local struct lex_stem_memo lex_stem_memos[LEX_STEM_MEMO_SLOTS];
_Static_assert(ORDER_LEX_WORD_BYTES_MAX - 1 <= UINT8_MAX,
               "a memo's word and stem lengths fit 8 bits");

size_t lex_stem(struct sb_stemmer *st, const char *w, size_t len, char *out)
{
    struct lex_stem_memo *m = NULL;
    if (len > 0 && len < ORDER_LEX_WORD_BYTES_MAX) {
        m = &lex_stem_memos[order_word_hash(w, len) % LEX_STEM_MEMO_SLOTS];
        if (m->len == len && memcmp(m->word, w, len) == 0) {
            memcpy(out, m->stem, (size_t)m->stem_len + 1U);
            return m->stem_len;
        }
    }
    const sb_symbol *s = sb_stemmer_stem(st, (const sb_symbol *)w, (int)len);
    size_t n = s ? (size_t)sb_stemmer_length(st) : 0;
    if (!s || n == 0 || n >= ORDER_LEX_WORD_BYTES_MAX) {
        memcpy(out, w, len);
        n = len;
    } else {
        memcpy(out, s, n);
    }
    out[n] = '\0';
    if (m) { /* n < ORDER_LEX_WORD_BYTES_MAX: the stem, or the word itself */
        m->len = (uint8_t)len;
        memcpy(m->word, w, len);
        m->stem_len = (uint8_t)n;
        memcpy(m->stem, out, n + 1U);
    }
    return n;
}

/* Finds a word by its exact text (by_stem false) or by its stem; calls back every match. */
int32_t lex_find(const struct order_lexicon *lx, const char *s, size_t len, bool by_stem,
                 int32_t *more, size_t more_max, size_t *n_more)
{
    size_t mask = lx->hash_cap - 1,
           i = (order_word_hash(s, len) ^ (by_stem ? 0x9e3779b9u : 0)) & mask;
    int32_t first = -1;
    if (n_more)
        *n_more = 0;
    for (; lx->hash[i]; i = (i + 1) & mask) {
        uint32_t e = lx->hash[i];
        if (e & LEX_SOUND_FLAG)
            continue;
        bool stem_entry = e & 0x80000000u;
        const struct order_lex_word *w = &lx->words[(e & 0x7fffffffu) - 1];
        if (stem_entry != by_stem)
            continue;
        const char *t = by_stem ? w->stem : w->text;
        size_t tl = by_stem ? w->stem_len : w->len;
        if (tl != len || memcmp(t, s, len) != 0)
            continue;
        int32_t id = (int32_t)((e & 0x7fffffffu) - 1);
        if (first < 0)
            first = id;
        else if (more && *n_more < more_max)
            more[(*n_more)++] = id;
        if (!more)
            break;
    }
    return first;
}

/* The next vocabulary word (its id, -1 when none is left) whose sound key, or key as heard,
 * is key[0..kl), from slot *at on; the first call passes *at = SIZE_MAX. */
static int32_t lex_sound_next(const struct order_lexicon *lx, const char *key, size_t kl,
                              size_t *at)
{
    size_t mask = lx->hash_cap - 1;
    size_t i =
        *at == SIZE_MAX ? (order_word_hash(key, kl) ^ LEX_SOUND_SALT) & mask : (*at + 1) & mask;
    for (; lx->hash[i]; i = (i + 1) & mask) {
        uint32_t e = lx->hash[i];
        if (!(e & LEX_SOUND_FLAG))
            continue;
        const struct order_lex_word *x = &lx->words[(e & LEX_SOUND_ID) - 1];
        bool heard = e & LEX_SOUND_ALT;
        const char *xk = heard ? x->sound_heard : x->sound;
        size_t xl = heard ? x->sound_heard_len : x->sound_len;
        if (xl == kl && memcmp(xk, key, kl) == 0) {
            *at = i;
            return (int32_t)((e & LEX_SOUND_ID) - 1);
        }
    }
    return -1;
}

int32_t order_lexicon_word(const struct order_lexicon *lx, const char *w, size_t len)
{
    return lex_find(lx, w, len, false, NULL, 0, NULL);
}

static size_t lex_push(struct order_lex_hit *out, size_t n, size_t max, int32_t w0, int32_t w1,
                       uint8_t edits, float sim)
{
    for (size_t i = 0; i < n; i++)
        if (out[i].words[0] == w0 && (w1 < 0 || out[i].words[1] == w1))
            return n;
    if (n == max)
        return n;
    out[n].words[0] = (uint16_t)w0;
    out[n].words[1] = (uint16_t)(w1 < 0 ? 0 : w1);
    out[n].n_words = w1 < 0 ? 1 : 2;
    out[n].edits = edits;
    out[n].sim = sim;
    return n + 1;
}

/* The word as written or by its stem. */
static int32_t lex_exact_or_stem(const struct order_lexicon *lx, struct sb_stemmer *st,
                                 const char *w, size_t len)
{
    int32_t id = lex_find(lx, w, len, false, NULL, 0, NULL);
    if (id >= 0)
        return id;
    char stem[ORDER_LEX_WORD_BYTES_MAX];
    size_t sl = lex_stem(st, w, len, stem);
    return lex_find(lx, stem, sl, true, NULL, 0, NULL);
}

/* "beefburger", "mangosmoothie": two vocabulary words written as one, or joined by a hyphen
 * the menu's names do not hold ("cold-brew" for "cold brew"). */
static size_t lex_compound(const struct order_lexicon *lx, struct sb_stemmer *st, const char *w,
                           size_t len, struct order_lex_hit *out, size_t n, size_t max)
{
    for (size_t k = 3; k + 3 <= len && n < max; k++) {
        size_t at = k + (w[k] == '-' && k + 4 <= len);
        int32_t a = lex_exact_or_stem(lx, st, w, k);
        int32_t b = a >= 0 ? lex_exact_or_stem(lx, st, w + at, len - at) : -1;
        if (b >= 0)
            n = lex_push(out, n, max, a, b, 0, 1.0f);
    }
    return n;
}

/* "andahorchata", "anda horchata": the words that join a dish to a list ("and", "and a",
 * "an", "a") glued to a vocabulary word, as fast thumbs write them; the word is read. Only
 * where the whole is no word of any language the reader knows, and the rest at least four
 * letters ("avocado" is no "a vocado"). */
static size_t lex_glued_connector(const struct order_lexicon *lx, struct sb_stemmer *st,
                                  const char *w, size_t len, struct order_lex_hit *out, size_t n,
                                  size_t max)
{
    static const char *const joins[] = {"anda", "and", "an", "a"}; /* the longest first */
    enum { LEX_GLUED_REST_MIN = 4 };
    for (size_t j = 0; j < sizeof(joins) / sizeof(joins[0]) && n == 0; j++) {
        size_t k = strlen(joins[j]);
        if (len < k + LEX_GLUED_REST_MIN || memcmp(w, joins[j], k) != 0)
            continue;
        int32_t id = lex_exact_or_stem(lx, st, w + k, len - k);
        if (id >= 0)
            n = lex_push(out, n, max, id, -1, 0, 1.0f);
    }
    return n;
}

static size_t lex_typos_within(const struct order_lexicon *lx, const char *w, size_t len,
                               size_t bound, struct order_lex_hit *out, size_t n, size_t max);

static size_t lex_typos(const struct order_lexicon *lx, const char *w, size_t len,
                        struct order_lex_hit *out, size_t n, size_t max)
{
    return lex_typos_within(lx, w, len, order_typo_bound(len), out, n, max);
}

static size_t lex_typos_within(const struct order_lexicon *lx, const char *w, size_t len,
                               size_t bound, struct order_lex_hit *out, size_t n, size_t max)
{
    uint64_t letters = order_word_letters(w, len);
    for (size_t d = 1; d <= bound && n == 0; d++) /* the nearest words only */
        for (size_t i = 0; i < lx->n_words && n < max; i++) {
            const struct order_lex_word *x = &lx->words[i];
            /* a length or letters further apart than d edits: no alignment needed */
            if ((x->len > len ? x->len - len : len - x->len) > d ||
                !order_letters_within(letters, x->letters, d) || order_typo_bound(x->len) < d ||
                order_edit_distance(w, len, x->text, x->len, d) != d)
                continue;
            size_t longer = x->len > len ? x->len : len;
            n = lex_push(out, n, max, (int32_t)i, -1, (uint8_t)d, 1.0f - (float)d / longer);
        }
    return n;
}

/* A stem shared by a verb form and a noun is not the same word: "fried" is not "fries",
 * "grilling" not "grill". Snowball conflates them; a word ending in -ed or -ing matches by
 * stem only a vocabulary word with the same ending. */
static bool lex_same_inflection(const char *w, size_t len, const struct order_lex_word *x)
{
    static const char *const verb_endings[] = {"ed", "ing"};
    for (size_t i = 0; i < 2; i++) {
        size_t el = strlen(verb_endings[i]);
        bool w_has = len > el && memcmp(w + len - el, verb_endings[i], el) == 0;
        bool x_has = x->len > el && memcmp(x->text + x->len - el, verb_endings[i], el) == 0;
        if (w_has != x_has)
            return false;
    }
    return true;
}

/* Is c one of "aeiouy" (with y) or "aeiou" (without), as strchr of that set would say (the
 * set's terminating NUL counts)? Inline: sound keys test every letter of every word keyed. */
static inline bool lex_vowel_of(char c, bool y)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || (y && c == 'y') || c == '\0';
}

static size_t lex_vowels(const char *w, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += lex_vowel_of(w[i], true);
    return n;
}

/* The word without its vowels ("chicken" -> "chckn"), for texting abbreviations. */
static size_t lex_skeleton(const char *w, size_t len, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < len; i++)
        if (!lex_vowel_of(w[i], false))
            out[o++] = w[i];
    return o;
}

/* "chkn", "brgr", "mlkshk": a word written without vowels matches a vocabulary word whose
 * consonants are its own or one more or one fewer (at least three consonants each); a
 * consonant changed is another word texted so ("btwn" is no "brwn" of brownie). */
static size_t lex_abbreviation(const struct order_lexicon *lx, const char *w, size_t len,
                               struct order_lex_hit *out, size_t n, size_t max)
{
    for (size_t i = 0; i < lx->n_words && n < max; i++) {
        char sk[ORDER_LEX_WORD_BYTES_MAX];
        size_t sl = lex_skeleton(lx->words[i].text, lx->words[i].len, sk);
        size_t d = sl < 4 ? 2U : order_edit_distance(w, len, sk, sl, 1);
        if (d > 1 || (d == 1 && sl == len))
            continue;
        n = lex_push(out, n, max, (int32_t)i, -1, 1, 0.8f);
    }
    return n;
}

/* Clippings: "cauli", "strawb", "mayo" are the start of a longer vocabulary word (the word
 * is at least two letters longer); "birria" for "quesabirria" is its end (three longer). */
enum lex_clip { LEX_CLIP_START, LEX_CLIP_END };

static size_t lex_clipped(const struct order_lexicon *lx, enum lex_clip side, const char *w,
                          size_t len, struct order_lex_hit *out, size_t n, size_t max)
{
    size_t longer = side == LEX_CLIP_START ? 2 : 3;
    for (size_t i = 0; i < lx->n_words && n < max; i++) {
        const struct order_lex_word *x = &lx->words[i];
        if (x->len < len + longer)
            continue;
        const char *part = side == LEX_CLIP_START ? x->text : x->text + x->len - len;
        if (memcmp(part, w, len) == 0)
            n = lex_push(out, n, max, (int32_t)i, -1, 1, 0.8f);
    }
    return n;
}

/* A word cut short of one vocabulary word ("carn" of "carne", its stem) that starts a
 * longer one too ("carnitas") is a clipping of either: the cut word is no nearer to the first
 * than the clipping to the second, so both are read, and a dish both fit is asked back. Only
 * a word no dictionary knows, and only when every reading is such a cut ("taco" of "tacos"
 * starts no longer word of the menu: it stays "tacos"). */
static size_t lex_cut_short(const struct order_lexicon *lx, const char *w, size_t len,
                            struct order_lex_hit *out, size_t n, size_t max)
{
    if (n == 0 || len < ORDER_LEX_TYPO_MIN)
        return n;
    for (size_t h = 0; h < n; h++) {
        const struct order_lex_word *x = &lx->words[out[h].words[0]];
        if (out[h].n_words != 1 || x->len <= len || memcmp(x->text, w, len) != 0)
            return n;
    }
    if (order_dictionary_has(lx->dict, w, len) || order_food_word(lx->food, w, len))
        return n;
    size_t k = lex_clipped(lx, LEX_CLIP_START, w, len, out, n, max), kept = n;
    for (size_t h = n; h < k; h++) /* a word that names dishes alone, not "kids" */
        if (lx->words[out[h].words[0]].anchor && !lx->words[out[h].words[0]].not_dish)
            out[kept++] = out[h];
    return kept;
}

size_t order_lexicon_plural_clipping(const struct order_lexicon *lx, const char *w, size_t len,
                                     struct order_lex_hit *out, size_t max)
{
    enum { CLIP_STEM_MIN = 3 };
    if (len < CLIP_STEM_MIN + 1 || len >= ORDER_LEX_WORD_BYTES_MAX || w[len - 1] != 's' ||
        order_dictionary_has(lx->dict, w, len))
        return 0;
    size_t n = lex_clipped(lx, LEX_CLIP_START, w, len - 1, out, 0, max), kept = 0;
    if (n == 0 && len - 1 >= LEX_SUFFIX_MIN) /* "3 birrias": the end of "quesabirria" */
        n = lex_clipped(lx, LEX_CLIP_END, w, len - 1, out, 0, max);
    for (size_t h = 0; h < n; h++) /* a word that names dishes alone, not "kids" */
        if (lx->words[out[h].words[0]].anchor && !lx->words[out[h].words[0]].not_dish)
            out[kept++] = out[h];
    return kept;
}

/* The length of w without a plural ending ("slaads" -> "slaad", "brwes" -> "brwe"), or len
 * when it has none. */
static size_t lex_singular_len(const char *w, size_t len)
{
    enum { PLURAL_WORD_MIN = 5 };
    if (len < PLURAL_WORD_MIN || w[len - 1] != 's' || w[len - 2] == 's')
        return len;
    return len - 1;
}

/* A misspelt plural: the typo is measured on the word without its "s", against the
 * vocabulary's singulars, so "slaads" is one swap from "salad" and "waetrs" one from
 * "water", not two or three edits from the plain word. */
static size_t lex_plural_typos(const struct order_lexicon *lx, const char *w, size_t len,
                               struct order_lex_hit *out, size_t n, size_t max)
{
    size_t sl = lex_singular_len(w, len);
    return sl < len ? lex_typos(lx, w, sl, out, n, max) : n;
}

/* A plural written with a bare "s" after a final "y" ("frys", "smoothys", "curys"): the
 * word without its "s" is the vocabulary word ("fry" names what "fries" names), one
 * spelling slip away. Snowball keeps the "s" of such a word, so its stem finds nothing. */
static size_t lex_ys_plural(const struct order_lexicon *lx, struct sb_stemmer *st, const char *w,
                            size_t len, struct order_lex_hit *out, size_t n, size_t max)
{
    if (len < 4 || w[len - 1] != 's' || w[len - 2] != 'y')
        return n;
    int32_t id = lex_exact_or_stem(lx, st, w, len - 1);
    return id >= 0 ? lex_push(out, n, max, id, -1, 1, 1.0f - 1.0f / (float)len) : n;
}

/* A last letter struck twice ("tacoss", "burgerss", "friess"): the word without the
 * repeat is the vocabulary word, exactly or by stem. A word spelt so in English ("glass")
 * never gets here. */
static size_t lex_doubled_end(const struct order_lexicon *lx, struct sb_stemmer *st, const char *w,
                              size_t len, struct order_lex_hit *out, size_t n, size_t max)
{
    if (len < 5 || w[len - 1] != w[len - 2])
        return n;
    int32_t id = lex_exact_or_stem(lx, st, w, len - 1);
    return id >= 0 ? lex_push(out, n, max, id, -1, 1, 1.0f - 1.0f / (float)len) : n;
}

/* "desert" for "dessert": a word, English or not, that is a section noun of the menu with a
 * doubled letter written once names that section. Only a section noun: the kind of dish it
 * names is asked back, never picked; and no new word the typo search could land on. */
static size_t lex_undoubled_section(const struct order_lexicon *lx, const char *w, size_t len,
                                    struct order_lex_hit *out, size_t n, size_t max)
{
    for (size_t i = 0; i < lx->n_words && n < max; i++) {
        const struct order_lex_word *x = &lx->words[i];
        /* the section's noun as written ("desserts") or singular ("dessert") */
        bool singular = x->len == len + 2U && x->text[x->len - 1U] == 's';
        if (!x->section_only || (x->len != len + 1U && !singular))
            continue;
        size_t k = 0; /* the first letter where they part: x's doubled letter, written once */
        while (k < len && x->text[k] == w[k])
            k++;
        if (k > 0 && x->text[k] == x->text[k - 1U] && strchr("aeiouy", x->text[k]) == NULL &&
            memcmp(x->text + k + 1U, w + k, len - k) == 0)
            n = lex_push(out, n, max, (int32_t)i, -1, 1, 1.0f - 1.0f / (float)x->len);
    }
    return n;
}

/* How far a word may be from a word of the items its neighbours name: one edit up to four
 * letters, two up to seven, three beyond. */
static size_t lex_context_bound(size_t len)
{
    if (len < 3)
        return 0;
    return len <= 4 ? 1 : len <= 7 ? 2 : 3;
}

/* Does w, no English word, sound as vocabulary word x does ("bru" and "brew" are both
 * "bra")? Spelt as heard, a word may be two edits from a short word of its dish; beside
 * words that pin the dish, the sound is enough. */
static bool lex_sounds_as(const char *w_key, size_t w_key_len, const struct order_lex_word *x)
{
    enum { SOUND_KEY_MIN = 3 };
    return w_key_len >= SOUND_KEY_MIN && x->sound_len == w_key_len &&
           memcmp(w_key, x->sound, w_key_len) == 0;
}

enum { LEX_HEARD_KEY_MIN = 4 };

/* Do a and b open on letters of one sound: "k", "q" and a hard "c" (not "ch", which English
 * says otherwise: "cheds" is no "kids"), "s" and "z", "f" and "ph"? */
static bool lex_same_first_sound(const char *a, size_t al, const char *b, size_t bl)
{
    if (al < 2 || bl < 2)
        return false;
    bool ka = strchr("kq", a[0]) || (a[0] == 'c' && a[1] != 'h'),
         kb = strchr("kq", b[0]) || (b[0] == 'c' && b[1] != 'h');
    bool sa = a[0] == 's' || a[0] == 'z', sb = b[0] == 's' || b[0] == 'z';
    bool fa = a[0] == 'f' || (a[0] == 'p' && a[1] == 'h'),
         fb = b[0] == 'f' || (b[0] == 'p' && b[1] == 'h');
    return (ka && kb) || (sa && sb) || (fa && fb);
}

static bool lex_vowel_letter(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

size_t order_lexicon_lookup_among(const struct order_lexicon *lx, const char *w, size_t len,
                                  const struct order_item_set *items, struct order_lex_hit *out,
                                  size_t max)
{
    size_t n = 0, best_d = SIZE_MAX;
    size_t sl = lex_singular_len(w, len);
    char key[2 * ORDER_LEX_WORD_BYTES_MAX];
    size_t kl =
        order_dictionary_has(lx->dict, w, len) ? 0 : lex_sound_key(w, len, key, sizeof(key), false);
    for (size_t v = 0; v < lx->n_variants; v++) {
        if (!order_item_set_has(items, lx->variant_item[v]))
            continue;
        for (size_t k = 0; k < lx->variant_len[v]; k++) {
            const struct order_lex_word *x = &lx->words[lx->variant_words[v][k]];
            /* people misspell inside a word: the first letter stands, trades places with
             * the second, or is left out of a word otherwise spelt right */
            bool first_dropped = x->len == len + 1 && memcmp(x->text + 1, w, len) == 0; /* "rap" */
            /* and so in the plural ("raps" beside "falafel"), the "s" free as below */
            bool plural_dropped = len >= 4 && w[len - 1] == 's' && x->len == len &&
                                  memcmp(x->text + 1, w, len - 1) == 0;
            /* a word spelt as heard may open on another vowel letter of the same sound
             * ("unyun" for "onion", both "anan") */
            bool vowel_heard =
                lex_vowel_letter(x->text[0]) && lex_vowel_letter(w[0]) && lex_sounds_as(key, kl, x);
            /* or on another letter of the same sound, the whole word keyed alike over four
             * sounds or more ("kinwa bowl": "quinoa", both "kana"; "sezar" of "caesar" not) */
            bool letter_heard = kl >= LEX_HEARD_KEY_MIN && lex_sounds_as(key, kl, x) &&
                                lex_same_first_sound(w, len, x->text, x->len);
            if (x->len < 3 || (x->text[0] != w[0] && !(x->text[0] == w[1] && x->text[1] == w[0]) &&
                               !first_dropped && !plural_dropped && !vowel_heard && !letter_heard))
                continue;
            size_t bound = lex_context_bound(x->len);
            size_t d = plural_dropped ? 1 : order_edit_distance(w, len, x->text, x->len, bound);
            if (sl < len) { /* "wagers" for "water": the plural ending is free */
                size_t ds = order_edit_distance(w, sl, x->text, x->len, bound);
                d = ds < d ? ds : d;
            }
            if (d > bound && lex_sounds_as(key, kl, x))
                d = bound;
            if (d > bound || d == 0 || d > best_d)
                continue;
            if (d < best_d)
                n = 0;
            best_d = d;
            size_t longer = x->len > len ? x->len : len;
            n = lex_push(out, n, max, (int32_t)lx->variant_words[v][k], -1, (uint8_t)d,
                         1.0f - (float)d / (float)longer);
        }
    }
    return n;
}

/* A rough key of how w sounds: consonants by sound ("qu", "c", "ck" and "k" are k; "ph" is
 * f; "z" is s), each run of vowels (with "w" inside a word, and "h" after a vowel) one 'a',
 * doubled letters once. "keenwa" and "quinoa" are both "kana", "cheez" and "chees" both "kas".
 * "kn" is n and "gua" is "wa" as spoken. A hyphen between letters is no sound: a name
 * sounded out syllable by syllable ("kay-sa-beer-ee-ah") keys as the word it spells
 * ("quesabirria", both "kasabara"). With heard, the key of a vocabulary word as a customer
 * who only heard it may spell it: Spanish "ll" as "y" and a final "e" after a consonant left
 * out. Returns the key's length, 0 when it does not fit. */
size_t lex_sound_key(const char *w, size_t len, char *out, size_t cap, bool heard)
{
    enum { SILENT_E_KEY_MIN = 5 };
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        char c = w[i], k;
        char next = i + 1 < len ? w[i + 1] : '\0';
        if (c == 'q' && next == 'u') {
            k = 'k';
            i++;
        } else if (c == 'c') {
            k = next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
            if (next == 'k' || next == 'h')
                i++;
        } else if (c == 'p' && next == 'h') {
            k = 'f';
            i++;
        } else if (c == 'z') {
            k = 's';
        } else if (c == 'k' && next == 'n') {
            continue; /* "kn" is n: "car knee toss" keys as "carnitas" */
        } else if (c == 'g' && next == 'u' && i + 2 < len && w[i + 2] == 'a') {
            k = 'w'; /* Spanish "gua" is "wa": "wack a mole" keys as "guacamole" */
            i++;
        } else if (c == '-' && i > 0 && next >= 'a' && next <= 'z') {
            continue;
        } else if (heard && c == 'l' && next == 'l') {
            k = 'a'; /* Spanish "ll" is "y": "kesadiya" for "quesadilla" */
            i++;
        } else if (lex_vowel_of(c, true) || (c == 'w' && i > 0) ||
                   (c == 'h' && o > 0 && out[o - 1] == 'a')) {
            k = 'a';
        } else if (c < 'a' || c > 'z') {
            return 0;
        } else {
            k = c;
        }
        if (o > 0 && out[o - 1] == k)
            continue;
        if (o + 1 >= cap)
            return 0;
        out[o++] = k;
    }
    /* a final "e" after a consonant is silent: "lemon aid" for "lemonade" */
    if (heard && len >= 3 && w[len - 1] == 'e' && !lex_vowel_of(w[len - 2], true) &&
        o > SILENT_E_KEY_MIN && out[o - 1] == 'a')
        o--;
    out[o] = '\0';
    return o;
}

/* "keenwa" for "quinoa": a word of six letters or more spelt as it sounds is the one
 * vocabulary word of five or more with the same key (lex_sound_key) of four sounds or more. */
static size_t lex_sounds_like(const struct order_lexicon *lx, const char *w, size_t len,
                              struct order_lex_hit *out, size_t n, size_t max)
{
    enum { SOUND_KEY_MIN = 4, SOUND_SYLLABLES_MIN = 6, SOUND_WORD_MIN = 6, SOUND_VOCAB_MIN = 5 };
    if (len < SOUND_WORD_MIN)
        return n; /* "cheds" is no "kids": a short word's sound is too rough a key */
    char key[2 * ORDER_LEX_WORD_BYTES_MAX];
    size_t kl = lex_sound_key(w, len, key, sizeof(key), false);
    /* syllables written apart are a long name or nothing: "to-go", "re-do" key too short */
    if (kl < (memchr(w, '-', len) ? SOUND_SYLLABLES_MIN : SOUND_KEY_MIN))
        return n;
    int32_t found = -1, i;
    for (size_t at = SIZE_MAX; (i = lex_sound_next(lx, key, kl, &at)) >= 0;) {
        const struct order_lex_word *x = &lx->words[i];
        if (x->len < SOUND_VOCAB_MIN)
            continue;
        if (found >= 0) {
            /* "smoothie" and "smoothy": one names dishes the other names too, one word */
            struct order_item_set both = lx->words[found].items;
            order_item_set_and(&both, &x->items);
            size_t nb = order_item_set_count(&both);
            if (nb == order_item_set_count(&x->items))
                continue;
            if (nb == order_item_set_count(&lx->words[found].items)) {
                found = i;
                continue;
            }
            return n; /* two words sound so: neither */
        }
        found = i;
    }
    return found >= 0 && n < max ? lex_push(out, n, max, found, -1, 2, 0.7f) : n;
}

/* The words order_lexicon_sounds_like keyed last on this thread, as the lookups' memo below:
 * it is asked of every run of words no reading took ("can you", "thank you"), the same few
 * runs message after message, and a key and its search cost some hundreds of instructions. */
enum { LEX_SOUNDS_MEMO_SLOTS = 256 };
struct lex_sounds_memo {
    unsigned serial; /* 0: an empty slot */
    uint8_t len, n_hits;
    char word[ORDER_LEX_WORD_BYTES_MAX];
    struct order_lex_hit hit;
};
static _Thread_local struct lex_sounds_memo lex_sounds_memos[LEX_SOUNDS_MEMO_SLOTS];

static size_t lex_joined_sounds_like(const struct order_lexicon *lx, const char *w, size_t len,
                                     struct order_lex_hit *out)
{
    enum { JOINED_SOUNDS_MIN = 6 }; /* "can you" is "kana" like "quinoa": too short a key */
    char key[2 * ORDER_LEX_WORD_BYTES_MAX];
    if (lex_sound_key(w, len, key, sizeof(key), false) < JOINED_SOUNDS_MIN)
        return 0;
    return lex_sounds_like(lx, w, len, out, 0, 1);
}

size_t order_lexicon_sounds_like(const struct order_lexicon *lx, const char *w, size_t len,
                                 struct order_lex_hit *out, size_t max)
{
    if (len == 0 || len >= ORDER_LEX_WORD_BYTES_MAX || max == 0)
        return 0;
    /* lex_sounds_like finds one word or none */
    struct lex_sounds_memo *m = &lex_sounds_memos[order_word_hash(w, len) % LEX_SOUNDS_MEMO_SLOTS];
    if (m->serial != lx->serial || m->len != len || memcmp(m->word, w, len) != 0) {
        m->n_hits = (uint8_t)lex_joined_sounds_like(lx, w, len, &m->hit);
        m->serial = lx->serial;
        m->len = (uint8_t)len;
        memcpy(m->word, w, len);
    }
    if (m->n_hits > 0)
        out[0] = m->hit;
    return m->n_hits;
}

/* The readings this thread found last, by the word's hash: a word's readings depend on the
 * lexicon and its spelling alone, customers write the same few hundred words message after
 * message, and a word the lexicon lacks is searched for typos, stems, compounds and sounds
 * at some thousands of instructions. serial tells a lexicon from one freed before it at the
 * same address. Only whole answers (max ORDER_LEX_HITS_MAX) are kept. */
enum { LEX_LOOKUP_MEMO_SLOTS = 1024 };
struct lex_lookup_memo {
    unsigned serial; /* 0: an empty slot */
    uint8_t len, n_hits;
    char word[ORDER_LEX_WORD_BYTES_MAX];
    struct order_lex_hit hits[ORDER_LEX_HITS_MAX];
};
static _Thread_local struct lex_lookup_memo lex_lookup_memos[LEX_LOOKUP_MEMO_SLOTS];

static size_t lex_lookup(const struct order_lexicon *lx, struct sb_stemmer *stemmer, const char *w,
                         size_t len, struct order_lex_hit *out, size_t max);

size_t order_lexicon_lookup(const struct order_lexicon *lx, struct sb_stemmer *stemmer,
                            const char *w, size_t len, struct order_lex_hit *out, size_t max)
{
    if (len == 0 || len >= ORDER_LEX_WORD_BYTES_MAX || max == 0)
        return 0;
    if (max != ORDER_LEX_HITS_MAX)
        return lex_lookup(lx, stemmer, w, len, out, max);
    struct lex_lookup_memo *m = &lex_lookup_memos[order_word_hash(w, len) % LEX_LOOKUP_MEMO_SLOTS];
    if (m->serial != lx->serial || m->len != len || memcmp(m->word, w, len) != 0) {
        m->n_hits = (uint8_t)lex_lookup(lx, stemmer, w, len, m->hits, max);
        m->serial = lx->serial;
        m->len = (uint8_t)len;
        memcpy(m->word, w, len);
    }
    memcpy(out, m->hits, m->n_hits * sizeof(out[0]));
    return m->n_hits;
}

/* order_lexicon_lookup's search, for a word of 1 to ORDER_LEX_WORD_BYTES_MAX - 1 bytes. */
static size_t lex_lookup(const struct order_lexicon *lx, struct sb_stemmer *stemmer, const char *w,
                         size_t len, struct order_lex_hit *out, size_t max)
{
    size_t n = 0;
    int32_t id = lex_find(lx, w, len, false, NULL, 0, NULL);
    if (id >= 0)
        n = lex_push(out, n, max, id, -1, 0, 1.0f);
    char stem[ORDER_LEX_WORD_BYTES_MAX];
    size_t sl = lex_stem(stemmer, w, len, stem);
    int32_t more[ORDER_LEX_HITS_MAX + 1];
    size_t n_more = 0;
    id = lex_find(lx, stem, sl, true, more + 1, ORDER_LEX_HITS_MAX, &n_more);
    more[0] = id;
    for (size_t i = 0; id >= 0 && i <= n_more; i++)
        if (lex_same_inflection(w, len, &lx->words[more[i]]))
            n = lex_push(out, n, max, more[i], -1, 0, 1.0f);
    if (n > 0)
        return lex_cut_short(lx, w, len, out, n, max);
    /* a food the menu lacks ("coke", "sprite") is an off-menu dish, not a misspelt one; a
     * long one a letter away from a menu word is a spelling of it ("tamarindo") */
    bool english = order_dictionary_has(lx->dict, w, len) || order_dictionary_texting(w, len);
    bool food = order_food_word(lx->food, w, len);
    /* "cheesecake" is a dish of its own, not cheese and cake */
    if (len >= 6 && !food)
        n = lex_compound(lx, stemmer, w, len, out, n, max);
    bool known = english || food;
    if (n == 0 && !known)
        n = lex_glued_connector(lx, stemmer, w, len, out, n, max);
    if (n == 0)
        n = lex_undoubled_section(lx, w, len, out, n, max);
    if (n == 0) /* English by the inflection rules ("fry" + "s"), yet the menu's word */
        n = lex_ys_plural(lx, stemmer, w, len, out, n, max);
    if (n == 0 && !known)
        n = lex_doubled_end(lx, stemmer, w, len, out, n, max);
    /* "a frisky smoothie": an adjective the tagged corpus never saw is still English; two
     * edits from a menu word ("cheese") it is itself, one edit a slip ("chilly" for "chili") */
    if (n == 0 && !known)
        n = order_dictionary_has(lx->adjectives, w, len)
                ? lex_typos_within(lx, w, len, 1, out, n, max)
                : lex_typos(lx, w, len, out, n, max);
    if (n == 0 && !known)
        n = lex_plural_typos(lx, w, len, out, n, max);
    if (n == 0 && !english && food && len >= LEX_FOOD_TYPO_MIN)
        n = lex_typos_within(lx, w, len, 1, out, n, max);
    if (n == 0 && len >= 4 && lex_vowels(w, len) == 0 && !order_dictionary_texting(w, len))
        n = lex_abbreviation(lx, w, len, out, n, max); /* "smth" is something, no smoothie */
    if (n == 0 && len >= ORDER_LEX_TYPO_MIN && !known)
        n = lex_clipped(lx, LEX_CLIP_START, w, len, out, n, max);
    if (n == 0 && len >= LEX_SUFFIX_MIN && !known)
        n = lex_clipped(lx, LEX_CLIP_END, w, len, out, n, max);
    if (n == 0 && len >= ORDER_LEX_TYPO_MIN && !known)
        n = lex_sounds_like(lx, w, len, out, n, max);
    return n;
}

/* ---- descriptions (the rest in lexicon_mentions.c) ---- */

bool order_lexicon_item_name_sounds(const struct order_lexicon *lx, int32_t item, const char *w,
                                    size_t len)
{
    enum { SOUND_KEY_MIN = 3, NAME_WORD_BYTES = ORDER_LEX_WORD_BYTES_MAX };
    ORDER_ASSERT(item >= 0 && (size_t)item < lx->menu->count);
    char key[2 * NAME_WORD_BYTES], name_key[2 * NAME_WORD_BYTES], word[NAME_WORD_BYTES];
    size_t kl = len < NAME_WORD_BYTES ? lex_sound_key(w, len, key, sizeof(key), false) : 0;
    if (kl < SOUND_KEY_MIN || order_dictionary_has(lx->dict, w, len))
        return false;
    const char *p = lx->menu->items[item].name;
    for (size_t n; (n = order_name_word_next(&p, word, sizeof(word))) > 0;)
        if (lex_sound_key(word, n, name_key, sizeof(name_key), false) == kl &&
            memcmp(name_key, key, kl) == 0)
            return true;
    return false;
}
