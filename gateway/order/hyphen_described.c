/* hyphen_described.c — "milk-soaked cake", "slow-cooked pork", "a beer-battered fish taco": a
 * word joined by a hyphen to a past participle before another word is one describing word made
 * of two, the way a menu's description says how a dish is made (reading.h). Written apart
 * ("milk soaked cake") the words describe the dish the same; the hyphen is read as the blank
 * so that they do, and is no mark that ends a dish or starts a change. */
#include <string.h>

#include "gateway/order/food.h"
#include "gateway/order/lexicon.h"
#include "gateway/order/reading.h"
#include "gateway/order/understanding.h"

enum { PARTICIPLE_MIN = 3 }; /* "fed" of "grass-fed" */

/* Where the hyphen of word token t stands when it joins a word to a past participle
 * ("milk-soaked", "grass-fed"): its index in the word, else 0. */
static size_t hyphen_at(const char *text, const struct order_token *t)
{
    if (t->kind != ORDER_TOKEN_WORD)
        return 0;
    const char *w = text + t->off;
    const char *h = memchr(w, '-', t->len);
    if (!h || h == w || memchr(h + 1, '-', t->len - (size_t)(h + 1 - w)))
        return 0;
    size_t at = (size_t)(h - w), rest = t->len - at - 1U;
    for (size_t i = 0; i < t->len; i++)
        if (i != at && !(w[i] >= 'a' && w[i] <= 'z'))
            return 0;
    return rest >= PARTICIPLE_MIN && w[t->len - 2U] == 'e' && w[t->len - 1U] == 'd' ? at : 0;
}

/* Where the hyphen of word token t stands when it joins two foods into one describing word
 * before a dish's noun ("chili-lime corn", "honey-garlic wings"): both parts foods of three
 * letters or more, the whole no word of the menu ("coca-cola") nor a change or a
 * diet of the understanding ("gluten-free"); else 0. */
static size_t hyphen_compound_at(const struct order_understanding *u,
                                 const struct order_lexicon *lex, const struct order_food *food,
                                 const char *text, const struct order_token *t)
{
    enum { PART_MIN = 3 };
    if (t->kind != ORDER_TOKEN_WORD)
        return 0;
    const char *w = text + t->off;
    const char *h = memchr(w, '-', t->len);
    if (!h || memchr(h + 1, '-', t->len - (size_t)(h + 1 - w)))
        return 0;
    size_t at = (size_t)(h - w);
    if (at < PART_MIN || t->len - at - 1U < PART_MIN)
        return 0;
    for (size_t i = 0; i < t->len; i++)
        if (i != at && !(w[i] >= 'a' && w[i] <= 'z'))
            return 0;
    if (!order_food_word(food, w, at) || !order_food_word(food, h + 1, t->len - at - 1U) ||
        order_lexicon_word(lex, w, t->len) >= 0 ||
        order_patterns_longest(&u->modifiers, text, t, 0, 1, NULL) > 0 ||
        order_patterns_longest(&u->diet_cues, text, t, 0, 1, NULL) > 0 ||
        (t->len - at - 1U == 4U && memcmp(h + 1, "free", 4) == 0))
        return 0; /* "dairy-free": a diet, as the understanding reads it whole */
    return at;
}

/* Is the word w (one token) a word of a change, a size or a count ("double-cooked" may ask for
 * a double)? Then the hyphen stays: the words apart would read otherwise. */
static bool hyphen_first_changes(const struct order_understanding *u, const char *text,
                                 const struct order_token *w)
{
    const struct order_patterns *lists[] = {&u->modifier_starts, &u->modifiers, &u->sizes,
                                            &u->quantities};
    for (size_t i = 0; i < sizeof(lists) / sizeof(*lists); i++)
        if (order_patterns_longest(lists[i], text, w, 0, 1, NULL) > 0)
            return true;
    return false;
}

size_t order_read_hyphen_described(const struct order_understanding *u,
                                   const struct order_lexicon *lex, const struct order_food *food,
                                   char *text, struct order_token *tokens, size_t n, size_t max)
{
    static const char *const please[] = {"please", "pls", "plz"};
    for (size_t t = 0; t + 1U < n && n < max; t++) {
        size_t at = hyphen_at(text, &tokens[t]);
        /* "chili-lime corn": before a noun, not before "please" ("dairy-free please") */
        if (at == 0 && !order_tok_in(text, tokens, t + 1U, n, please, ORDER_WORDS_N(please)))
            at = hyphen_compound_at(u, lex, food, text, &tokens[t]);
        struct order_token first = tokens[t];
        first.len = (uint16_t)at;
        if (at == 0 || tokens[t + 1U].kind != ORDER_TOKEN_WORD ||
            hyphen_first_changes(u, text, &first))
            continue;
        text[tokens[t].off + at] = ' ';
        memmove(&tokens[t + 2U], &tokens[t + 1U], (n - t - 1U) * sizeof(*tokens));
        n++;
        tokens[t + 1U] = tokens[t];
        tokens[t + 1U].off += (uint32_t)(at + 1U);
        tokens[t + 1U].len = (uint16_t)(tokens[t].len - at - 1U);
        tokens[t].len = (uint16_t)at;
        t++;
    }
    return n;
}
