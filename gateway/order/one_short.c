/* one_short.c — the set of the vocabularies' words with one letter left out (see one_short.h).
 *
 * Only a 32-bit hash of what is left is kept, beside the letter left out and its place: the
 * caller checks every word it builds against the vocabularies themselves, so a collision (one
 * in some ten thousand unknown words) costs a lookup for nothing. About 45,000 words give
 * some 300,000 entries; a table of at most 3/4 load keeps a miss to a probe or two. */
#include "gateway/order/one_short.h"

#include <stdlib.h>
#include <string.h>

#include "gateway/order/dictionary.h"
#include "gateway/order/food.h"
#include "gateway/order/language.h"
#include "gateway/order/letter_words.h"
#include "gateway/order/order_assert.h"
#include "gateway/order/reading.h"

enum {
    ONE_SHORT_WORD_MIN = 6,  /* a word left five letters or more: shorter ones are as often
                                another language's or another word's */
    ONE_SHORT_WORD_MAX = 32, /* longer words are no vocabulary's */
    ONE_SHORT_WHOLE_MIN = 5, /* words kept whole: a word written a letter too long has six */
    ONE_SHORT_SLOTS_MIN = 1 << 10,
};

/* FNV-1a of w[0..len) without the letter at skip, mixed for the table's low bits; never 0
 * (the empty slot). */
static uint32_t one_short_key(const char *w, size_t len, size_t skip)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        if (i != skip)
            h = (h ^ (uint8_t)w[i]) * 16777619u;
    h ^= h >> 15;
    return h ? h : 1;
}

/* Builds in two walks over the same words: one counts, to size the table once. */
struct one_short_build {
    struct order_one_short *s;
    size_t keys; /* the counting walk's tally: at most this many keys */
    bool counting;
};

static void one_short_insert(struct order_one_short *s, uint32_t key, size_t at, char letter)
{
    size_t i = key & s->mask;
    for (; s->slots[i].key != 0; i = (i + 1) & s->mask)
        if (s->slots[i].key == key && s->slots[i].at == at && s->slots[i].letter == letter)
            return;
    s->slots[i] = (struct order_one_short_slot){key, (uint8_t)at, letter};
    s->count++;
}

static void one_short_add(void *ctx, const char *w, size_t len)
{
    struct one_short_build *b = ctx;
    if (!order_word_of_letters(w, len, ONE_SHORT_WHOLE_MIN, ONE_SHORT_WORD_MAX))
        return;
    if (b->counting) {
        b->keys += len >= ONE_SHORT_WORD_MIN ? len : 1U;
        return;
    }
    one_short_insert(b->s, one_short_key(w, len, len), 0, '\0'); /* the word whole */
    for (size_t skip = 1; len >= ONE_SHORT_WORD_MIN && skip < len; skip++)
        if (skip == 1 || w[skip] != w[skip - 1U]) /* "cheese": one "chese" */
            one_short_insert(b->s, one_short_key(w, len, skip), skip, w[skip]);
}

static void one_short_add_patterns(struct one_short_build *b, const struct order_patterns *list)
{
    for (size_t p = 0; p < list->count; p++)
        if (list->items[p].n_words == 1)
            one_short_add(b, list->items[p].words[0], list->items[p].word_lens[0]);
}

static void one_short_walk(struct one_short_build *b, const struct order_reader *rd)
{
    order_dictionary_each(rd->dict, one_short_add, b);
    if (rd->lex->adjectives)
        order_dictionary_each(rd->lex->adjectives, one_short_add, b);
    order_food_each_word(rd->food, one_short_add, b);
    order_language_each_word(one_short_add, b);
    for (size_t i = 0; i < rd->lex->n_words; i++)
        one_short_add(b, rd->lex->words[i].text, rd->lex->words[i].len);
    for (size_t i = 0; i < rd->lex->letter_words->n; i++)
        one_short_add(b, rd->lex->letter_words->words[i].text, rd->lex->letter_words->words[i].len);
    one_short_add_patterns(b, &rd->u->style_words);
    one_short_add_patterns(b, &rd->u->synonyms);
}

void order_one_short_init(struct order_one_short *s, const struct order_reader *rd)
{
    struct one_short_build b = {.s = s, .counting = true};
    one_short_walk(&b, rd);
    size_t cap = ONE_SHORT_SLOTS_MIN;
    while (3 * cap < 4 * b.keys) /* the count is of every word of every list: a bound */
        cap *= 2;
    s->slots = calloc(cap, sizeof(s->slots[0]));
    BRIGADE_OOM_CHECK(s->slots);
    s->mask = cap - 1;
    s->count = 0;
    b.counting = false;
    one_short_walk(&b, rd);
    ORDER_ASSERT(4 * s->count <= 3 * cap);
}

void order_one_short_free(struct order_one_short *s)
{
    free(s->slots);
    *s = (struct order_one_short){0};
}

/* The entries of w[0..stem) into out[n..max), each once; the new count. */
static size_t one_short_entries(const struct order_one_short *s, const char *w, size_t stem,
                                struct order_letter_back *out, size_t n, size_t max)
{
    uint32_t key = one_short_key(w, stem, stem);
    for (size_t i = key & s->mask; s->slots[i].key != 0 && n < max; i = (i + 1) & s->mask) {
        const struct order_one_short_slot *e = &s->slots[i];
        if (e->key != key || e->at == 0 || e->at > stem)
            continue;
        bool seen = false;
        for (size_t k = 0; k < n && !seen; k++)
            seen = out[k].at == e->at && out[k].letter == e->letter;
        if (!seen)
            out[n++] = (struct order_letter_back){e->at, e->letter};
    }
    return n;
}

size_t order_one_short_find(const struct order_one_short *s, const char *w, size_t len,
                            struct order_letter_back *out, size_t max)
{
    if (len + 1U < ONE_SHORT_WORD_MIN || len >= ONE_SHORT_WORD_MAX)
        return 0;
    size_t n = one_short_entries(s, w, len, out, 0, max);
    if (len > ONE_SHORT_WORD_MIN && w[len - 1U] == 's') /* "burgrs": "burger" and its "s" */
        n = one_short_entries(s, w, len - 1U, out, n, max);
    return n;
}

static bool one_short_whole(const struct order_one_short *s, const char *w, size_t len)
{
    uint32_t key = one_short_key(w, len, len);
    for (size_t i = key & s->mask; s->slots[i].key != 0; i = (i + 1) & s->mask)
        if (s->slots[i].key == key && s->slots[i].at == 0)
            return true;
    return false;
}

bool order_one_short_listed(const struct order_one_short *s, const char *w, size_t len)
{
    if (len < ONE_SHORT_WHOLE_MIN || len > ONE_SHORT_WORD_MAX)
        return false;
    return one_short_whole(s, w, len) ||
           (len > ONE_SHORT_WHOLE_MIN && w[len - 1U] == 's' && one_short_whole(s, w, len - 1U));
}
