/* split_words.c — a menu word the customer split in two ("carne a sada", "quesa birria",
 * "re fried beans") is read as the one word it spells when run together (reading.h). The
 * match-form text and its tokens are rewritten before anything reads them. */
#include <string.h>

#include "gateway/order/reading.h"

enum {
    SPLIT_JOINED_MIN = 5,  /* "asada": shorter joins are chance ("a" + "ha") */
    SPLIT_JOINED_MAX = 40, /* longer than any menu word */
};

static bool split_digits(const char *w, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (w[i] >= '0' && w[i] <= '9')
            return true;
    return false;
}

/* "quesa birra": two halves, neither a vocabulary word nor English, that run together are
 * one slip from one long vocabulary word ("quesabirria") and from no other. Each half alone
 * reads only as some other word misspelt ("quesa" as "queso"); the two are that one word. */
static bool split_near_long_word(const struct order_lexicon *lex, const char *text,
                                 const struct order_token *a, const struct order_token *b,
                                 const char *w, size_t joined)
{
    enum { LONG_WORD_MIN = 8, HALF_MIN = 3 };
    if (joined < LONG_WORD_MIN || a->len < HALF_MIN || b->len < HALF_MIN ||
        order_lexicon_word(lex, text + a->off, a->len) >= 0 ||
        order_lexicon_word(lex, text + b->off, b->len) >= 0 ||
        order_dictionary_has(lex->dict, text + a->off, a->len) ||
        order_dictionary_has(lex->dict, text + b->off, b->len))
        return false;
    size_t found = 0;
    for (size_t i = 0; i < lex->n_words && found < 2; i++) {
        const struct order_lex_word *x = &lex->words[i];
        if (x->len >= LONG_WORD_MIN && x->len + 1U >= joined && x->len <= joined + 1U &&
            order_edit_distance(w, joined, x->text, x->len, 1) == 1)
            found++;
    }
    return found == 1;
}

/* "milk shale": a long vocabulary word ("milkshake") split in two whose first half is
 * exactly its start and whose second half, an English word as the first may be, a slip of
 * its end. The join is one edit from that word and from no other. Found by the first half's
 * prefix before any distance is measured. */
static bool split_slipped_end(const struct order_lexicon *lex, const char *text,
                              const struct order_token *a, const struct order_token *b,
                              const char *w, size_t joined)
{
    enum { LONG_WORD_MIN = 9, HALF_MIN = 4 };
    if (joined < LONG_WORD_MIN || a->len < HALF_MIN || b->len < HALF_MIN ||
        order_lexicon_word(lex, text + b->off, b->len) >= 0)
        return false;
    size_t found = 0;
    for (size_t i = 0; i < lex->n_words && found < 2; i++) {
        const struct order_lex_word *x = &lex->words[i];
        if (x->len >= LONG_WORD_MIN && x->len > a->len && x->len + 1U >= joined &&
            x->len <= joined + 1U && memcmp(x->text, w, a->len) == 0 &&
            order_edit_distance(w, joined, x->text, x->len, 1) == 1)
            found++;
    }
    return found == 1;
}

/* Do tokens i and i + 1 spell one vocabulary word run together, with only blanks between
 * them and at least one of them no vocabulary word alone ("bean" + "burrito" stay two)? */
static bool split_joins(const struct order_lexicon *lex, const char *text,
                        const struct order_token *a, const struct order_token *b)
{
    if (a->kind != ORDER_TOKEN_WORD || b->kind != ORDER_TOKEN_WORD)
        return false;
    size_t joined = (size_t)a->len + b->len;
    if (joined < SPLIT_JOINED_MIN || joined > SPLIT_JOINED_MAX ||
        split_digits(text + a->off, a->len) || split_digits(text + b->off, b->len))
        return false;
    for (size_t p = a->off + a->len; p < b->off; p++)
        if (text[p] != ' ')
            return false;
    if (order_lexicon_word(lex, text + a->off, a->len) >= 0 &&
        order_lexicon_word(lex, text + b->off, b->len) >= 0)
        return false;
    char w[SPLIT_JOINED_MAX];
    memcpy(w, text + a->off, a->len);
    memcpy(w + a->len, text + b->off, b->len);
    if (order_lexicon_word(lex, w, joined) >= 0)
        return true;
    if (split_near_long_word(lex, text, a, b, w, joined))
        return true;
    if (split_slipped_end(lex, text, a, b, w, joined))
        return true;
    /* "2 hor chatas": the plural of a split word, its singular one vocabulary word */
    return b->len > 2U && w[joined - 1U] == 's' && w[joined - 2U] != 's' &&
           order_lexicon_word(lex, w, joined - 1U) >= 0;
}

size_t order_join_split_words(const struct order_lexicon *lex, char *text, size_t *len,
                              struct order_token *tokens, size_t n)
{
    for (size_t i = 0; i + 1U < n; i++) {
        struct order_token *a = &tokens[i], *b = &tokens[i + 1U];
        if (!split_joins(lex, text, a, b))
            continue;
        size_t gap = b->off - (a->off + a->len);
        memmove(text + a->off + a->len, text + b->off, *len - b->off);
        *len -= gap;
        text[*len] = '\0';
        a->len = (uint16_t)(a->len + b->len);
        memmove(b, b + 1, (n - i - 2U) * sizeof(*b));
        n--;
        for (size_t j = i + 1U; j < n; j++)
            tokens[j].off -= (uint32_t)gap;
    }
    return n;
}

enum {
    COUNT_DIGITS_MAX = 2, /* "12cheeseburgers": counts past 99 are no count glued on */
    GLUED_WORD_MIN = 3,   /* "2nd", "6yo", "5pm" keep their suffix */
};

/* How many leading digits of the word token t are a count run into the word after it
 * ("2cheeseburgers", "1onionrings"): 1 or 2 digits, then at least three letters a-z and
 * nothing else. 0 when it is not so. */
static size_t split_glued_count(const char *text, const struct order_token *t)
{
    if (t->kind != ORDER_TOKEN_WORD)
        return 0;
    const char *w = text + t->off;
    size_t d = 0;
    while (d < t->len && w[d] >= '0' && w[d] <= '9')
        d++;
    if (d == 0 || d > COUNT_DIGITS_MAX || t->len - d < GLUED_WORD_MIN)
        return 0;
    for (size_t k = d; k < t->len; k++)
        if (w[k] < 'a' || w[k] > 'z')
            return 0;
    return d;
}

size_t order_split_glued_counts(const char *text, struct order_token *tokens, size_t n, size_t max)
{
    for (size_t i = 0; i < n && n < max; i++) {
        size_t d = split_glued_count(text, &tokens[i]);
        if (d == 0)
            continue;
        memmove(&tokens[i + 2U], &tokens[i + 1U], (n - i - 1U) * sizeof(*tokens));
        n++;
        tokens[i + 1U] = tokens[i];
        tokens[i + 1U].off += (uint32_t)d;
        tokens[i + 1U].len = (uint16_t)(tokens[i].len - d);
        tokens[i].len = (uint16_t)d;
        i++;
    }
    return n;
}

enum {
    RUN_WORD_MIN = 3,  /* each word of a run: "sweet", "potato", "fries"; not "a" or "n" */
    RUN_TOTAL_MIN = 9, /* three words of three letters at least */
};

/* Where the word w[0..len) splits into three vocabulary words written as one
 * ("sweetpotatofries"), or two joined by "and" ("beanandcheese", "chipsandqueso": a menu's
 * names keep their "and" out of the vocabulary): the two cut points in cut[0..1]. Two words
 * run together are read by the lexicon itself ("mangosmoothie"); a hit holds no more than
 * two. */
static bool split_run_of_three(const struct order_lexicon *lex, const char *w, size_t len,
                               size_t cut[2])
{
    /* a first word of two letters only where the menu has one ("alpastortaco") */
    for (size_t i = RUN_WORD_MIN - 1U; i + 2U * RUN_WORD_MIN <= len; i++) {
        if (order_lexicon_word(lex, w, i) < 0)
            continue;
        for (size_t j = i + RUN_WORD_MIN; j + RUN_WORD_MIN <= len; j++)
            if ((order_lexicon_word(lex, w + i, j - i) >= 0 ||
                 (j - i == 3 && memcmp(w + i, "and", 3) == 0)) &&
                order_lexicon_word(lex, w + j, len - j) >= 0) {
                cut[0] = i;
                cut[1] = j;
                return true;
            }
    }
    return false;
}

/* Is w[0..len) a vocabulary word, or one in the plural ("horchatas")? */
static bool split_vocabulary_word(const struct order_lexicon *lex, const char *w, size_t len)
{
    return len >= RUN_WORD_MIN &&
           (order_lexicon_word(lex, w, len) >= 0 ||
            (w[len - 1U] == 's' && order_lexicon_word(lex, w, len - 1U) >= 0));
}

/* Where "onecarnitasbowl", "twohorchatas" split: a count in words run into one vocabulary
 * word or two, the cut points in cut[0..*n_cuts), which is 1 or 2; "andone" splits after its
 * "and". */
static bool split_counted_run(const struct order_lexicon *lex, const char *w, size_t len,
                              size_t cut[2], size_t *n_cuts)
{
    static const char *const counts[] = {"one",    "two",    "three", "four", "five",
                                         "six",    "seven",  "eight", "nine", "ten",
                                         "eleven", "twelve", "a",     "an"};
    for (size_t c = 0; c < ORDER_WORDS_N(counts) - 2U; c++) { /* "andone": "and" and a count */
        size_t k = strlen(counts[c]);
        if (len == k + 3U && memcmp(w, "and", 3) == 0 && memcmp(w + 3, counts[c], k) == 0) {
            cut[0] = 3;
            *n_cuts = 1;
            return true;
        }
    }
    for (size_t c = 0; c < ORDER_WORDS_N(counts); c++) {
        size_t k = strlen(counts[c]);
        if (k + RUN_WORD_MIN > len || memcmp(w, counts[c], k) != 0)
            continue;
        cut[0] = k;
        *n_cuts = 1;
        if (split_vocabulary_word(lex, w + k, len - k))
            return true;
        *n_cuts = 2;
        for (size_t j = k + RUN_WORD_MIN; j + RUN_WORD_MIN <= len; j++)
            if (order_lexicon_word(lex, w + k, j - k) >= 0 &&
                split_vocabulary_word(lex, w + j, len - j)) {
                cut[1] = j;
                return true;
            }
    }
    return false;
}

/* Where "nosourcream", "extracheese", "sourcream" split: a word of change ("no", "extra")
 * run into one vocabulary word or two, or two vocabulary words run together; the cut points
 * in cut[0..*n_cuts). */
static bool split_changed_run(const struct order_lexicon *lex, const char *w, size_t len,
                              size_t cut[2], size_t *n_cuts)
{
    static const char *const changes[] = {"no", "extra", "xtra", "add", "without"};
    size_t k = 0;
    for (size_t c = 0; c < ORDER_WORDS_N(changes) && k == 0; c++) {
        size_t l = strlen(changes[c]);
        if (l + RUN_WORD_MIN <= len && memcmp(w, changes[c], l) == 0)
            k = l;
    }
    if (k > 0 && (split_vocabulary_word(lex, w + k, len - k) ||
                  order_food_word(lex->food, w + k, len - k))) {
        cut[0] = k;
        *n_cuts = 1;
        return true;
    }
    char phrase[SPLIT_JOINED_MAX + 2];
    for (size_t j = k + RUN_WORD_MIN; j + RUN_WORD_MIN <= len && len < SPLIT_JOINED_MAX; j++) {
        memcpy(phrase, w + k, j - k);
        phrase[j - k] = ' ';
        memcpy(phrase + j - k + 1U, w + j, len - j);
        bool food = k > 0 && order_food_phrase(lex->food, phrase, len - k + 1U); /* "sour cream" */
        if (food || (order_lexicon_word(lex, w + k, j - k) >= 0 &&
                     split_vocabulary_word(lex, w + j, len - j))) {
            cut[0] = k > 0 ? k : j;
            cut[1] = j;
            *n_cuts = k > 0 ? 2 : 1;
            return true;
        }
    }
    return false;
}

size_t order_split_run_words(const struct order_lexicon *lex, const char *text,
                             struct order_token *tokens, size_t n, size_t max)
{
    for (size_t i = 0; i < n && n + 2U <= max; i++) {
        const struct order_token *t = &tokens[i];
        const char *w = text + t->off;
        size_t cut[2], n_cuts = 2;
        if (t->kind != ORDER_TOKEN_WORD || t->len < RUN_WORD_MIN + 2U ||
            t->len > SPLIT_JOINED_MAX || split_digits(w, t->len) ||
            order_lexicon_word(lex, w, t->len) >= 0 || order_dictionary_has(lex->dict, w, t->len) ||
            order_food_word(lex->food, w, t->len) ||
            !((t->len >= RUN_TOTAL_MIN && split_run_of_three(lex, w, t->len, cut)) ||
              split_counted_run(lex, w, t->len, cut, &n_cuts) ||
              split_changed_run(lex, w, t->len, cut, &n_cuts)))
            continue;
        memmove(&tokens[i + 1U + n_cuts], &tokens[i + 1U], (n - i - 1U) * sizeof(*tokens));
        n += n_cuts;
        struct order_token whole = tokens[i];
        size_t from[3] = {0, cut[0], n_cuts > 1 ? cut[1] : whole.len};
        size_t to[3] = {cut[0], n_cuts > 1 ? cut[1] : whole.len, whole.len};
        for (size_t k = 0; k <= n_cuts; k++) {
            tokens[i + k] = whole;
            tokens[i + k].off = whole.off + (uint32_t)from[k];
            tokens[i + k].len = (uint16_t)(to[k] - from[k]);
        }
        i += n_cuts;
    }
    return n;
}
