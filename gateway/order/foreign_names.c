/* foreign_names.c — another language around the menu's English names (see foreign_names.h). */
#include "gateway/order/foreign_names.h"

#include <stdint.h>
#include <string.h>

#include "gateway/order/language.h"
#include "gateway/order/reading.h"

bool order_foreign_around_names(struct order_work *w)
{
    char rest[ORDER_TEXT_BYTES_MAX];
    size_t o = 0, words = 0, lettered = 0;
    const struct order_reading *rg = &w->reading;
    for (size_t t = w->inner_tb; t < w->inner_te; t++) {
        const struct order_token *k = &w->tokens[t];
        if (k->kind != ORDER_TOKEN_WORD || rg->n_hits[t] > 0 || o + k->len + 2 > sizeof(rest))
            continue;
        if (o)
            rest[o++] = ' ';
        memcpy(rest + o, w->folded + k->off, k->len);
        o += k->len;
        words++;
        lettered += !(w->folded[k->off] >= '0' && w->folded[k->off] <= '9');
    }
    /* counts written in digits frame a sentence ("prendo 1 ..."), but one word among them is
     * no sentence of any language: a lone article before counted dishes ("el pastor tacos
     * 3, elotes 2") is a misspelt name's first word, not Spanish */
    enum { FOREIGN_WORDS_MIN = 3, FOREIGN_LETTERED_MIN = 2 };
    return words >= FOREIGN_WORDS_MIN && lettered >= FOREIGN_LETTERED_MIN && o < w->display_len &&
           order_language_foreign(rest, o, w->language);
}

/* Tokens of the phrase (words split by one space) when it starts at token t, else 0. */
static size_t foreign_phrase_at(const struct order_work *w, size_t t, const char *phrase)
{
    if (t >= w->n_tokens || w->folded[w->tokens[t].off] != phrase[0])
        return 0; /* most tokens differ at the first byte: no scan of the phrase */
    size_t n = 0;
    for (const char *p = phrase; *p; t++, n++) {
        const char *end = strchr(p, ' ');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        const struct order_token *k = &w->tokens[t];
        if (t >= w->n_tokens || k->kind != ORDER_TOKEN_WORD || k->len != len ||
            memcmp(w->folded + k->off, p, len) != 0)
            return 0;
        p += len + (end != NULL);
    }
    return n;
}

/* What the message's tokens start with, to pass over a phrase that can start at none of
 * them without trying it at each: the first byte of every token, and the first byte with the
 * length of every word token (foreign_word_key), each a set of 256 bits. */
struct foreign_starts {
    uint64_t bytes[4], words[4];
};

static unsigned foreign_word_key(unsigned char first, size_t len)
{
    return (first + 41U * (unsigned)len) & 255U;
}

static bool foreign_in(const uint64_t set[4], unsigned key)
{
    return set[key / 64] >> (key % 64) & 1U;
}

/* Marks in courtesy[] the tokens of the language's "please"; false when it has none (courtesy
 * is then left as it was). */
static bool foreign_mark_please(const struct order_work *w, const char *code,
                                const struct foreign_starts *starts, bool *courtesy)
{
    bool found = false, cleared = false;
    const char *const *please = order_language_please(code);
    for (const char *const *p = please; *p; p++) {
        unsigned char c = (unsigned char)(*p)[0];
        /* a phrase starts at a word token as long as its first word and as it begins */
        if (!foreign_in(starts->bytes, c) ||
            !foreign_in(starts->words, foreign_word_key(c, strcspn(*p, " "))))
            continue;
        if (!cleared)
            memset(courtesy, 0, w->n_tokens * sizeof(*courtesy));
        cleared = true;
        for (size_t t = 0; t < w->n_tokens; t++) {
            size_t n = foreign_phrase_at(w, t, *p);
            for (size_t i = 0; i < n; i++)
                courtesy[t + i] = true;
            found = found || n > 0;
        }
    }
    return found;
}

static void foreign_starts_of(const struct order_work *w, struct foreign_starts *starts)
{
    memset(starts, 0, sizeof(*starts));
    for (size_t t = 0; t < w->n_tokens; t++) {
        const struct order_token *k = &w->tokens[t];
        unsigned char c = (unsigned char)w->folded[k->off];
        starts->bytes[c / 64] |= UINT64_C(1) << (c % 64);
        if (k->kind == ORDER_TOKEN_WORD) {
            unsigned key = foreign_word_key(c, k->len);
            starts->words[key / 64] |= UINT64_C(1) << (key % 64);
        }
    }
}

/* Is every word around the names the language's, with dishes joined by its "and" and one
 * more of its words than "and" and "please"? A dish list of the menu's own Spanish names
 * with "por favor" alone ("Tres Leches Cake y Flan por favor") is no such evidence. */
static bool foreign_only_around_names(const struct order_work *w, const char *code,
                                      const bool *courtesy)
{
    const struct order_reading *rg = &w->reading;
    const char *and_word = order_language_and(code);
    bool joined = false, more = false;
    for (size_t t = w->inner_tb; t < w->inner_te; t++) {
        const struct order_token *k = &w->tokens[t];
        const char *word = w->folded + k->off;
        bool named = rg->roles[t] == ORDER_ROLE_ITEM || rg->roles[t] == ORDER_ROLE_QTY;
        if (k->kind != ORDER_TOKEN_WORD || named || (word[0] >= '0' && word[0] <= '9') ||
            courtesy[t])
            continue;
        bool joins = order_token_is(w->folded, k, and_word);
        if (!joins && !order_language_word_of(code, word, k->len))
            return false;
        joined = joined || joins;
        more = more || !joins;
    }
    return joined && more;
}

/* Is the language's "please" one of its strong words ("poproszę", "lütfen", "bitte"; not
 * "por favor", which English speakers borrow), and every word around the names either it or
 * the language's own, a count too ("Poproszę falafel wrap", "dwa burrito proszę")? No
 * English speaker frames dishes with it; an English count does ("one truffle fries bitte").
 * A dish the menu lacks or names in part is named in any language as it is in English ("2
 * taco lütfen" where "taco" is no dish of its own): its words, read as a leftover where a
 * dish stands, are names too. */
static bool foreign_strong_please(const struct order_work *w, const char *code,
                                  const bool *courtesy)
{
    const struct order_reading *rg = &w->reading;
    bool strong = false;
    for (size_t t = w->inner_tb; t < w->inner_te; t++) {
        const struct order_token *k = &w->tokens[t];
        const char *word = w->folded + k->off;
        if (k->kind != ORDER_TOKEN_WORD)
            continue;
        if (courtesy[t]) {
            strong = strong || order_language_strong_of(code, word, k->len);
            continue;
        }
        if (rg->roles[t] == ORDER_ROLE_ITEM || rg->roles[t] == ORDER_ROLE_LEFTOVER ||
            (word[0] >= '0' && word[0] <= '9'))
            continue;
        if (!order_language_word_of(code, word, k->len))
            return false;
    }
    return strong;
}

/* Is a dish counted by a word of the language ("tres", "zwei") that no menu name holds? */
static bool foreign_counted_in(const struct order_work *w, const char *code)
{
    for (size_t t = w->inner_tb; t < w->inner_te; t++) {
        const struct order_token *k = &w->tokens[t];
        if (k->kind == ORDER_TOKEN_WORD && w->reading.n_hits[t] == 0 &&
            order_language_count(code, w->folded + k->off, k->len))
            return true;
    }
    return false;
}

/* Do two English words or more that the language does not spell too frame the words around
 * the names ("lemme get dos ... and tres ... por favor")? Then the counts and the "please"
 * of the language are borrowed into an English sentence, as its dish names are. */
static bool foreign_english_frame(const struct order_work *w, const char *code,
                                  const bool *courtesy)
{
    enum { ENGLISH_FRAME_MIN = 2 };
    size_t english = 0;
    for (size_t t = w->inner_tb; t < w->inner_te && english < ENGLISH_FRAME_MIN; t++) {
        const struct order_token *k = &w->tokens[t];
        const char *word = w->folded + k->off;
        if (k->kind == ORDER_TOKEN_WORD && !courtesy[t] && w->reading.n_hits[t] == 0 &&
            order_language_english_word(word, k->len) &&
            !order_language_word_of(code, word, k->len))
            english++;
    }
    return english >= ENGLISH_FRAME_MIN;
}

bool order_foreign_courtesy(struct order_work *w)
{
    bool courtesy[ORDER_TOKENS_MAX];
    struct foreign_starts starts;
    foreign_starts_of(w, &starts);
    for (size_t l = 0; order_language_code(l); l++) {
        const char *code = order_language_code(l);
        if (!foreign_mark_please(w, code, &starts, courtesy))
            continue;
        if (foreign_only_around_names(w, code, courtesy) ||
            foreign_strong_please(w, code, courtesy) ||
            (foreign_counted_in(w, code) && !foreign_english_frame(w, code, courtesy))) {
            memcpy(w->language, code, strlen(code) + 1);
            return true;
        }
    }
    return false;
}

/* Is word token t unread by the menu's lexicon and no English word? */
static bool foreign_unread_word(const struct order_work *w, const struct order_dictionary *dict,
                                size_t t)
{
    const struct order_token *k = &w->tokens[t];
    return k->kind == ORDER_TOKEN_WORD && w->reading.n_hits[t] == 0 &&
           !order_dictionary_has(dict, w->folded + k->off, k->len);
}

bool order_foreign_count_alone(struct order_work *w, const struct order_dictionary *dict)
{
    enum { THING_WORDS_MAX = 2 };
    size_t words[1 + THING_WORDS_MAX], n = 0;
    for (size_t t = w->inner_tb; t < w->inner_te; t++) {
        if (w->tokens[t].kind != ORDER_TOKEN_WORD)
            continue;
        if (n == sizeof(words) / sizeof(*words) || !foreign_unread_word(w, dict, t))
            return false;
        words[n++] = t;
    }
    if (n < 2)
        return false;
    const struct order_token *count = &w->tokens[words[0]];
    for (size_t l = 0; order_language_code(l); l++) {
        const char *code = order_language_code(l);
        if (order_language_count(code, w->folded + count->off, count->len)) {
            memcpy(w->language, code, strlen(code) + 1);
            return true;
        }
    }
    return false;
}
