/* language_index.c — a hash index of the words of every list (see language_internal.h). */
#include "gateway/order/language_internal.h"
#include "gateway/order/language.h"

#include <pthread.h>
#include <stddef.h>
#include <string.h>

enum {
    /* a power of two, over twice the number of different listed words (about 910), so a
     * probe sequence stays short */
    LANGUAGE_INDEX_SLOTS = 2048,
};

struct language_slot {
    const char *word; /* NULL: empty */
    struct language_marks marks;
};

static struct language_slot language_index[LANGUAGE_INDEX_SLOTS];
static pthread_once_t language_index_once = PTHREAD_ONCE_INIT;

static uint32_t language_hash(const char *w)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (; *w; w++)
        h = (h ^ (uint8_t)*w) * 16777619u;
    return h;
}

/* The slot of word: its own, or the empty one where it would go. */
static struct language_slot *language_slot(const char *word)
{
    uint32_t i = language_hash(word) & (LANGUAGE_INDEX_SLOTS - 1);
    /* the first byte first: a word of another slot mostly differs there */
    while (language_index[i].word &&
           (language_index[i].word[0] != word[0] || strcmp(language_index[i].word, word) != 0))
        i = (i + 1) & (LANGUAGE_INDEX_SLOTS - 1);
    return &language_index[i];
}

static struct language_marks *language_mark(const char *word)
{
    struct language_slot *s = language_slot(word);
    s->word = word;
    return &s->marks;
}

static void language_index_build(void)
{
    for (const char *const *w = language_en; *w; w++)
        language_mark(*w)->english = true;
    for (unsigned l = 0; l < LANGUAGE_LISTED; l++) {
        for (const char *const *w = language_lists[l].strong; *w; w++)
            language_mark(*w)->strong |= (uint16_t)(1u << l);
        for (const char *const *w = language_lists[l].weak; *w; w++)
            language_mark(*w)->weak |= (uint16_t)(1u << l);
        for (const char *const *w = language_lists[l].asks; *w; w++)
            language_mark(*w)->asks |= (uint16_t)(1u << l);
    }
    for (const char *const *w = language_courtesy; *w; w++)
        language_mark(*w)->courtesy = true;
}

struct language_marks language_marks_of(const char *word)
{
    pthread_once(&language_index_once, language_index_build);
    const struct language_slot *s = language_slot(word);
    struct language_marks none = {false, 0, 0, 0, false};
    return s->word ? s->marks : none;
}

void order_language_each_word(void (*each)(void *ctx, const char *w, size_t len), void *ctx)
{
    pthread_once(&language_index_once, language_index_build);
    for (size_t i = 0; i < LANGUAGE_INDEX_SLOTS; i++) {
        const struct language_slot *s = &language_index[i];
        if (s->word &&
            (s->marks.english || ((s->marks.strong | s->marks.weak) & LANGUAGE_BY_CLD2_MASK)))
            each(ctx, s->word, strlen(s->word));
    }
}
