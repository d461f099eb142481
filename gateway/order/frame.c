/* frame.c — frame words and their repair (see frame.h). */
#include "gateway/order/frame.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/order/language.h"
#include "gateway/order/order_assert.h"
#include "gateway/order/word_hash.h"

enum {
    FRAME_WORD_MIN = 4,      /* shorter words are repaired only by a swap of two letters */
    FRAME_SWAP_WORD_MIN = 3, /* "cna" -> "can", "gte" -> "get" */
    FRAME_TWO_EDITS_MIN = 7,
};

/* The letters w[0..len) holds, one bit per letter a-z, every other byte on one bit more. A
 * letter one word holds and the other lacks costs an edit: when more of them differ than the
 * edits allowed, the edit distance need not be computed. */
static uint32_t frame_letters(const char *w, size_t len)
{
    uint32_t m = 0;
    for (size_t i = 0; i < len; i++)
        m |= w[i] >= 'a' && w[i] <= 'z' ? UINT32_C(1) << (w[i] - 'a') : UINT32_C(1) << 26;
    return m;
}

/* The bits set in m, inline: without a popcount instruction in the target the builtin is a
 * call into libgcc, made for every frame word against every word to repair. */
static size_t frame_bit_count(uint32_t m)
{
    m = m - ((m >> 1) & UINT32_C(0x55555555));
    m = (m & UINT32_C(0x33333333)) + ((m >> 2) & UINT32_C(0x33333333));
    return (size_t)((((m + (m >> 4)) & UINT32_C(0x0F0F0F0F)) * UINT32_C(0x01010101)) >> 24);
}

/* Can w (its letters w_letters) be within max edits of frame word i, by their letters? */
static bool frame_letters_near(const struct order_frame_words *fw, size_t i, uint32_t w_letters,
                               size_t max)
{
    return frame_bit_count(w_letters & ~fw->letters[i]) <= max &&
           frame_bit_count(fw->letters[i] & ~w_letters) <= max;
}

static void frame_add(struct order_frame_words *fw, const struct order_lexicon *lex, const char *w,
                      size_t len, bool count)
{
    if (len < FRAME_SWAP_WORD_MIN || len >= ORDER_LEX_WORD_BYTES_MAX ||
        order_lexicon_word(lex, w, len) >= 0)
        return;
    for (size_t i = 0; i < fw->count; i++)
        if (fw->lens[i] == len && memcmp(fw->words[i], w, len) == 0) {
            fw->counts[i] = fw->counts[i] || count;
            return;
        }
    if (fw->count % 64 == 0) {
        fw->words = realloc(fw->words, (fw->count + 64) * sizeof(*fw->words));
        fw->lens = realloc(fw->lens, (fw->count + 64) * sizeof(*fw->lens));
        fw->counts = realloc(fw->counts, (fw->count + 64) * sizeof(*fw->counts));
        fw->letters = realloc(fw->letters, (fw->count + 64) * sizeof(*fw->letters));
        ORDER_ASSERT(fw->words && fw->lens && fw->counts && fw->letters);
    }
    fw->letters[fw->count] = frame_letters(w, len);
    fw->words[fw->count] = w;
    fw->counts[fw->count] = count;
    fw->lens[fw->count++] = (uint8_t)len;
}

/* Indexes the words by their spelling: every token of every message asks whether it is one. */
static void frame_index(struct order_frame_words *fw)
{
    fw->index_cap = 16;
    while (fw->index_cap < 2 * fw->count + 1)
        fw->index_cap *= 2;
    fw->index = calloc(fw->index_cap, sizeof(*fw->index));
    ORDER_ASSERT(fw->index != NULL);
    size_t mask = fw->index_cap - 1;
    for (size_t i = 0; i < fw->count; i++) {
        size_t k = order_word_hash(fw->words[i], fw->lens[i]) & mask;
        while (fw->index[k])
            k = (k + 1) & mask;
        fw->index[k] = (uint32_t)i + 1;
    }
}

int32_t order_frame_word_find(const struct order_frame_words *fw, const char *w, size_t len)
{
    if (!fw->index)
        return -1;
    size_t mask = fw->index_cap - 1;
    for (size_t k = order_word_hash(w, len) & mask; fw->index[k]; k = (k + 1) & mask) {
        size_t i = fw->index[k] - 1;
        if (fw->lens[i] == len && memcmp(fw->words[i], w, len) == 0)
            return (int32_t)i;
    }
    return -1;
}

/* Adds words w and w + 1 of pattern pat as a pair of neighbours. */
static void frame_add_pair(struct order_frame_words *fw, const struct order_pattern *pat, size_t w)
{
    if (fw->n_pairs % 64 == 0) {
        fw->pair_words = realloc(fw->pair_words, (fw->n_pairs + 64) * 2 * sizeof(*fw->pair_words));
        fw->pair_lens = realloc(fw->pair_lens, (fw->n_pairs + 64) * 2 * sizeof(*fw->pair_lens));
        ORDER_ASSERT(fw->pair_words && fw->pair_lens);
    }
    for (size_t k = 0; k < 2; k++) {
        fw->pair_words[2 * fw->n_pairs + k] = pat->words[w + k];
        fw->pair_lens[2 * fw->n_pairs + k] = pat->word_lens[w + k];
    }
    fw->n_pairs++;
}

void order_frame_words_init(struct order_frame_words *fw, const struct order_understanding *u,
                            const struct order_lexicon *lex)
{
    memset(fw, 0, sizeof(*fw));
    fw->lex = lex;
    const struct order_patterns *lists[] = {
        &u->openers,           &u->greetings,  &u->fillers,         &u->question_starts,
        &u->question_anywhere, &u->cues,       &u->modifier_starts, &u->modifier_zone_starts,
        &u->vague_quantities,  &u->quantities, &u->quantity_units,  &u->price_cues,
    };
    for (size_t l = 0; l < sizeof(lists) / sizeof(lists[0]); l++)
        for (size_t p = 0; p < lists[l]->count; p++) {
            const struct order_pattern *pat = &lists[l]->items[p];
            bool count = lists[l] == &u->quantities || lists[l] == &u->vague_quantities;
            for (size_t w = 0; w < pat->n_words; w++) {
                frame_add(fw, lex, pat->words[w], pat->word_lens[w], count);
                if (w + 1 < pat->n_words && pat->star_at != (int8_t)(w + 1))
                    frame_add_pair(fw, pat, w); /* no pair across a wildcard */
            }
        }
    /* the verbs the opener grammar reads beyond the lists (clause_openers.c): "oddering" */
    static const char *const grammar[] = {"ordering", "getting", "grabbing"};
    for (size_t g = 0; g < sizeof(grammar) / sizeof(grammar[0]); g++)
        frame_add(fw, lex, grammar[g], strlen(grammar[g]), false);
    frame_index(fw);
}

void order_frame_words_free(struct order_frame_words *fw)
{
    free(fw->words);
    free(fw->lens);
    free(fw->counts);
    free(fw->letters);
    free(fw->index);
    free(fw->pair_words);
    free(fw->pair_lens);
    memset(fw, 0, sizeof(*fw));
}

/* Are a and b (of len bytes each) the same letters with two neighbours swapped? */
static bool frame_swapped(const char *a, const char *b, size_t len)
{
    size_t i = 0;
    while (i < len && a[i] == b[i])
        i++;
    return i + 1 < len && a[i] == b[i + 1] && a[i + 1] == b[i] &&
           memcmp(a + i + 2, b + i + 2, len - i - 2) == 0;
}

/* How far frame word f may be from w (len bytes) and still be what w meant: a short word
 * only by a swap, then one edit, two from seven letters. */
static size_t frame_bound(const char *w, size_t len, const char *f, size_t flen)
{
    if (len < FRAME_WORD_MIN || flen < FRAME_WORD_MIN)
        return len == flen && frame_swapped(w, f, len) ? 1 : 0;
    if (len >= FRAME_TWO_EDITS_MIN)
        return 2;
    return 1;
}

/* Does frame word f, written at token t, stand beside its neighbour as in a phrase of the
 * lists: "hwllo greenbite" is "hello" ("hello greenbite"), not "hallo"; "can you makr me" is
 * "make" ("you make", "make me"), not "mark" ("question mark")? */
static bool frame_fits_neighbours(const struct order_frame_words *fw, const char *f, size_t flen,
                                  const char *text, const struct order_token *tokens, size_t n,
                                  size_t t)
{
    /* side 0: f first, its neighbour the next token; side 1: f second, after the one before.
     * A side with no word there fits no pair: its pairs are not walked */
    for (size_t side = 0; side < 2; side++) {
        size_t nb = side == 0 ? t + 1 : t - 1;
        if ((side == 1 && t == 0) || nb >= n || tokens[nb].kind != ORDER_TOKEN_WORD)
            continue;
        size_t nb_len = tokens[nb].len;
        for (size_t p = 0; p < fw->n_pairs; p++) {
            const char *mine = fw->pair_words[2 * p + side];
            const char *other = fw->pair_words[2 * p + 1 - side];
            if (fw->pair_lens[2 * p + side] != flen || fw->pair_lens[2 * p + 1 - side] != nb_len ||
                memcmp(mine, f, flen) != 0)
                continue;
            if (memcmp(text + tokens[nb].off, other, nb_len) == 0)
                return true;
        }
    }
    return false;
}

/* The one frame word within reach of token t, or -1 (none, or two alike); its distance in
 * *dist. At the same distance the word that stands beside its neighbour as in a phrase of the
 * lists wins, then a swap of two letters wins over other edits: "waht" is "what", not
 * "wait". */
static int32_t frame_nearest(const struct order_frame_words *fw, const char *text,
                             const struct order_token *tokens, size_t n, size_t t, size_t *dist)
{
    const char *w = text + tokens[t].off;
    size_t len = tokens[t].len;
    size_t best_d = SIZE_MAX;
    int32_t best = -1;
    bool tie = false;
    int best_kind = 0;
    uint32_t w_letters = frame_letters(w, len);
    for (size_t i = 0; i < fw->count; i++) {
        size_t bound = frame_bound(w, len, fw->words[i], fw->lens[i]);
        /* a short word one letter off ("would lke") only where the frame word would stand
         * beside its neighbour as in a phrase */
        bool short_fit = bound == 0 && fw->lens[i] == len + 1;
        size_t max = short_fit ? 1 : bound, flen = fw->lens[i];
        /* the edit distance is at least the difference of the lengths */
        if ((bound == 0 && !short_fit) || (flen > len ? flen - len : len - flen) > max ||
            !frame_letters_near(fw, i, w_letters, max))
            continue;
        size_t d = order_edit_distance(w, len, fw->words[i], flen, max);
        if (d > max || (short_fit &&
                        !frame_fits_neighbours(fw, fw->words[i], fw->lens[i], text, tokens, n, t)))
            continue;
        /* 4: beside its neighbour as in a phrase; then 2: two letters swapped, 1: letters left
         * out ("wold" is "would", not "hold"; "plase" is "please", not "place"), 0: other
         * edits */
        int kind = fw->lens[i] == len && frame_swapped(w, fw->words[i], len) ? 2
                   : fw->lens[i] == len + d                                  ? 1
                                                                             : 0;
        if (frame_fits_neighbours(fw, fw->words[i], fw->lens[i], text, tokens, n, t))
            kind += 4;
        if (d < best_d || (d == best_d && kind > best_kind)) {
            best_d = d;
            best = (int32_t)i;
            tie = false;
            best_kind = kind;
        } else if (d == best_d && kind == best_kind) {
            tie = true;
        }
    }
    *dist = best_d;
    return tie ? -1 : best;
}

static bool frame_repairable(const struct order_dictionary *dict, const char *w, size_t len)
{
    if (len < FRAME_SWAP_WORD_MIN || len >= ORDER_LEX_WORD_BYTES_MAX)
        return false;
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)w[i] >= 0x80 || (w[i] >= '0' && w[i] <= '9'))
            return false; /* numbers, and words with letters beyond ASCII (other languages) */
    return !order_dictionary_has(dict, w, len);
}

/* Does token t make a dish of the food lexicon with the word before or after it ("pad thai":
 * "thai" is no misspelt "that")? */
static bool frame_in_dish(const struct order_food *food, const char *text,
                          const struct order_token *tokens, size_t n, size_t t)
{
    for (size_t a = t > 0 ? t - 1 : t; a <= t && a + 1 < n; a++) {
        const struct order_token *x = &tokens[a], *y = &tokens[a + 1];
        if (x->kind == ORDER_TOKEN_WORD && y->kind == ORDER_TOKEN_WORD &&
            order_food_entry_of(food, text + x->off, x->len, text + y->off, y->len))
            return true;
    }
    return false;
}

/* Is token k a subject pronoun ("i", "we", "u", "you")? */
static bool frame_is_subject(const char *text, const struct order_token *k)
{
    static const char *const subjects[] = {"i", "we", "u", "you", "ya"};
    for (size_t s = 0; k->kind == ORDER_TOKEN_WORD && s < sizeof(subjects) / sizeof(*subjects); s++)
        if (strlen(subjects[s]) == k->len && memcmp(subjects[s], text + k->off, k->len) == 0)
            return true;
    return false;
}

/* Is token t next to a subject pronoun ("coud i", "we hace", "u culd")? A frame verb or
 * modal stands there, a dish seldom does. */
static bool frame_beside_subject(const char *text, const struct order_token *tokens, size_t n,
                                 size_t t)
{
    return (t > 0 && frame_is_subject(text, &tokens[t - 1])) ||
           (t + 1 < n && frame_is_subject(text, &tokens[t + 1]));
}

/* The fewest edits of the token's menu readings: 0 when one is exact (or it has none). */
static size_t frame_menu_edits(const struct order_lex_hit *hits, uint8_t n_hits)
{
    size_t least = n_hits ? SIZE_MAX : 0;
    for (size_t h = 0; h < n_hits; h++)
        least = hits[h].edits < least ? hits[h].edits : least;
    return least;
}

/* Is an "x" count at token t ("x2", "x 2")? A dish stands before it. */
static bool frame_x_count_at(const char *text, const struct order_token *tokens, size_t n, size_t t)
{
    if (t >= n || tokens[t].kind != ORDER_TOKEN_WORD || text[tokens[t].off] != 'x')
        return false;
    const char *d = text + tokens[t].off + 1;
    size_t len = tokens[t].len - 1U;
    if (len == 0 && t + 1 < n && tokens[t + 1].kind == ORDER_TOKEN_WORD) {
        d = text + tokens[t + 1].off; /* "x 2" */
        len = tokens[t + 1].len;
    }
    return len >= 1 && len <= 2 && d[0] >= '0' && d[0] <= '9' &&
           (len == 1 || (d[1] >= '0' && d[1] <= '9'));
}

/* Is token t a count: digits, "a" or "an", or a count word of the lists ("one", "some")? */
static bool frame_is_count(const struct order_frame_words *fw, const char *text,
                           const struct order_token *k)
{
    const char *w = text + k->off;
    if (k->kind != ORDER_TOKEN_WORD)
        return false;
    if ((w[0] >= '0' && w[0] <= '9') || (k->len == 1 && w[0] == 'a') ||
        (k->len == 2 && memcmp(w, "an", 2) == 0))
        return true;
    int32_t f = order_frame_word_find(fw, w, k->len);
    return f >= 0 && fw->counts[f];
}

/* Does token t stand between an article ("a", "an", "the") and a word that neither the
 * dictionary nor the menu knows? That is a dish's name in its own language ("a panna cotta"),
 * never "a wanna ...": a frame word there only as a count ("a fwe") or in a phrase of the
 * lists. */
static bool frame_article_name(const struct order_dictionary *dict, const char *text,
                               const struct order_token *tokens, size_t n, size_t t,
                               const uint8_t *n_hits)
{
    static const char *const articles[] = {"a", "an", "the"};
    if (t == 0 || t + 1 >= n || tokens[t - 1].kind != ORDER_TOKEN_WORD ||
        tokens[t + 1].kind != ORDER_TOKEN_WORD || n_hits[t + 1] > 0)
        return false;
    const struct order_token *next = &tokens[t + 1];
    if (text[next->off] >= '0' && text[next->off] <= '9')
        return false;
    if (order_dictionary_has(dict, text + next->off, next->len))
        return false;
    const struct order_token *k = &tokens[t - 1];
    for (size_t a = 0; a < sizeof(articles) / sizeof(*articles); a++)
        if (strlen(articles[a]) == k->len && memcmp(articles[a], text + k->off, k->len) == 0)
            return true;
    return false;
}

/* The frame word token t misspells, or -1. A word the lexicon read only as a misspelt menu
 * word may still be a frame word: when the frame word is nearer, or as near and the word
 * stands beside a subject pronoun ("coud i have": "could", not "cold"). */
static int32_t frame_word_for(const struct order_frame_words *fw,
                              const struct order_dictionary *dict, const struct order_food *food,
                              const char *text, const struct order_token *tokens, size_t n,
                              size_t t, const struct order_lex_hit *hits, uint8_t n_hits)
{
    const struct order_token *k = &tokens[t];
    size_t menu_edits = frame_menu_edits(hits, n_hits);
    /* a menu word that starts a sentence before a subject pronoun is a modal misspelt:
     * "cold you make ..." */
    bool starts = t == 0 || (tokens[t - 1].kind == ORDER_TOKEN_PUNCT && tokens[t - 1].punct != ',');
    bool modal_place = n_hits > 0 && menu_edits == 0 && starts && t + 1 < n &&
                       frame_is_subject(text, &tokens[t + 1]);
    if (modal_place)
        menu_edits = 1;
    /* "4 nugs": after a count in digits stands a dish, not a word of the frame */
    bool counted = (t > 0 && tokens[t - 1].kind == ORDER_TOKEN_WORD && tokens[t - 1].len <= 2 &&
                    text[tokens[t - 1].off] >= '0' && text[tokens[t - 1].off] <= '9') ||
                   frame_x_count_at(text, tokens, n, t + 1); /* "nugs x2" */
    if (k->kind != ORDER_TOKEN_WORD || (n_hits > 0 && menu_edits == 0) ||
        (!modal_place && !frame_repairable(dict, text + k->off, k->len)) ||
        order_food_word(food, text + k->off, k->len) || frame_in_dish(food, text, tokens, n, t) ||
        order_language_function_word(text + k->off, k->len))
        return -1;
    size_t d = 0;
    int32_t f = frame_nearest(fw, text, tokens, n, t, &d);
    /* ... unless the frame word stands beside the count as in a phrase: "5 stard". Nor is a
     * count misspelt right after a count ("one sope" is no "one some"), but in a phrase of
     * the lists ("a fwe") */
    counted =
        counted || (f >= 0 && fw->counts[f] && t > 0 && frame_is_count(fw, text, &tokens[t - 1]));
    if (counted &&
        (f < 0 || !frame_fits_neighbours(fw, fw->words[f], fw->lens[f], text, tokens, n, t)))
        return -1;
    if (f < 0 || n_hits == 0 || d < menu_edits)
        return f;
    return d == menu_edits && frame_beside_subject(text, tokens, n, t) ? f : -1;
}

/* Does token t follow a word read exactly as a menu word that ends no name ("green" of "iced
 * green tea")? The customer goes on with the rest of the dish's name there, misspelt or not:
 * "green tesa" is no "test", "green teaa" no "team". */
static bool frame_inside_name(const struct order_frame_words *fw, const struct order_token *tokens,
                              size_t t, const struct order_lex_hit (*hits)[ORDER_LEX_HITS_MAX],
                              const uint8_t *n_hits)
{
    if (t == 0 || tokens[t - 1].kind != ORDER_TOKEN_WORD || n_hits[t - 1] == 0)
        return false;
    for (size_t h = 0; h < n_hits[t - 1]; h++) {
        const struct order_lex_hit *hit = &hits[t - 1][h];
        if (hit->edits != 0 || hit->n_words != 1 || fw->lex->words[hit->words[0]].head)
            return false;
    }
    return true;
}

size_t order_frame_repair(const struct order_frame_words *fw, const struct order_dictionary *dict,
                          const struct order_food *food, char *text, size_t *len, size_t cap,
                          struct order_token *tokens, size_t n,
                          const struct order_lex_hit (*hits)[ORDER_LEX_HITS_MAX], uint8_t *n_hits,
                          const bool *described)
{
    static _Thread_local char out[ORDER_FOLDED_BYTES_MAX];
    /* a repair moves a word by two bytes at most: with this much room it always fits */
    if (cap > sizeof(out) || *len + 2 * n + 1 > cap)
        return 0;
    size_t o = 0, from = 0, fixed = 0;
    for (size_t t = 0; t < n; t++) {
        struct order_token *k = &tokens[t];
        int32_t f = (described && described[t]) || frame_inside_name(fw, tokens, t, hits, n_hits) ||
                            order_frame_line_name(text, tokens, n, t, n_hits) ||
                            order_frame_subject_name(text, tokens, n, t)
                        ? -1
                        : frame_word_for(fw, dict, food, text, tokens, n, t, hits[t], n_hits[t]);
        if (f >= 0 && !fw->counts[f] && frame_article_name(dict, text, tokens, n, t, n_hits) &&
            !frame_fits_neighbours(fw, fw->words[f], fw->lens[f], text, tokens, n, t))
            f = -1;
        if (f < 0 && fixed == 0)
            continue; /* up to the first repair the text stays as it is */
        if (fixed == 0) {
            memcpy(out, text, k->off);
            o = from = k->off;
        }
        if (f >= 0)
            n_hits[t] = 0; /* a frame word now, no misspelt dish */
        size_t gap = k->off - from, wl = f >= 0 ? fw->lens[f] : k->len;
        memcpy(out + o, text + from, gap);
        o += gap;
        memcpy(out + o, f >= 0 ? fw->words[f] : text + k->off, wl);
        from = k->off + k->len;
        k->off = (uint32_t)o;
        k->len = (uint16_t)wl;
        o += wl;
        fixed += f >= 0;
    }
    if (fixed == 0)
        return 0;
    size_t tail = *len - from;
    memcpy(out + o, text + from, tail);
    o += tail;
    memcpy(text, out, o);
    text[o] = '\0';
    *len = o;
    return fixed;
}
