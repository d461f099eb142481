/* match.c — names, aliases, typos and embedding scores to menu items (see match.h). */
#include "gateway/order/match.h"

#include <string.h>

#include "gateway/order/order_assert.h"

enum {
    MATCH_EXACT,
    MATCH_NEAR, /* one misspelt word */
    MATCH_NONE,
};

enum order_match_kind order_match_decide(const struct order_understanding *u, float score)
{
    if (score >= u->accept_threshold)
        return ORDER_MATCH_ACCEPT;
    if (score >= u->review_threshold)
        return ORDER_MATCH_REVIEW;
    return ORDER_MATCH_UNKNOWN;
}

/* Does word w (wl bytes) name pattern word p, exactly (MATCH_EXACT) or with a typo? As the
 * last word, w may be p's plural: +s, +es, y -> ies. */
static int match_word(const char *w, size_t wl, const char *p, size_t pl, bool last)
{
    if (wl == pl && memcmp(w, p, wl) == 0)
        return MATCH_EXACT;
    if (last) {
        if (wl == pl + 1 && w[pl] == 's' && memcmp(w, p, pl) == 0)
            return MATCH_EXACT;
        if (wl == pl + 2 && memcmp(w + pl, "es", 2) == 0 && memcmp(w, p, pl) == 0)
            return MATCH_EXACT;
        if (pl > 1 && p[pl - 1] == 'y' && wl == pl + 2 && memcmp(w + pl - 1, "ies", 3) == 0 &&
            memcmp(w, p, pl - 1) == 0)
            return MATCH_EXACT;
        if (wl > 1 && w[wl - 1] == 's' && order_word_near(w, wl - 1, p, pl))
            return MATCH_NEAR;
        if (wl > 2 && memcmp(w + wl - 2, "es", 2) == 0 && order_word_near(w, wl - 2, p, pl))
            return MATCH_NEAR;
    }
    return order_word_near(w, wl, p, pl) ? MATCH_NEAR : MATCH_NONE;
}

/* Compares tokens[at..at+p->n_words) with p. Returns MATCH_EXACT, MATCH_NEAR (one word
 * misspelt) or MATCH_NONE. last_free: the last word may be plural. */
static int match_span(const struct order_pattern *p, const char *text,
                      const struct order_token *tokens, size_t at, size_t end, bool plural_ok)
{
    if (at + p->n_words > end)
        return MATCH_NONE;
    int near = 0;
    for (size_t i = 0; i < p->n_words; i++) {
        const struct order_token *t = &tokens[at + i];
        if (t->kind != ORDER_TOKEN_WORD)
            return MATCH_NONE;
        bool last = plural_ok && i + 1 == p->n_words;
        int r = match_word(text + t->off, t->len, p->words[i], p->word_lens[i], last);
        if (r == MATCH_NONE)
            return MATCH_NONE;
        near += r == MATCH_NEAR;
    }
    return near == 0 ? MATCH_EXACT : (near == 1 ? MATCH_NEAR : MATCH_NONE);
}

/* Records item as a match of quality q; an item differing from an earlier one of the same
 * quality makes that quality ambiguous (-2). */
static void match_note(int32_t *best, int q, int32_t item)
{
    if (best[q] == -1)
        best[q] = item;
    else if (best[q] != item)
        best[q] = -2;
}

/* The unique item whose trailing words are the phrase, or -1. */
static int32_t match_suffix(const struct order_patterns *names, const char *text,
                            const struct order_token *toks, size_t b, size_t n)
{
    int32_t found = -1;
    for (size_t k = 0; k < names->count; k++) {
        const struct order_pattern *p = &names->items[k];
        if (p->n_words <= n - b)
            continue;
        struct order_pattern tail = *p;
        size_t skip = p->n_words - (n - b);
        memmove(tail.words, p->words + skip, (n - b) * sizeof(tail.words[0]));
        memmove(tail.word_lens, p->word_lens + skip, (n - b) * sizeof(tail.word_lens[0]));
        tail.n_words = (uint8_t)(n - b);
        if (match_span(&tail, text, toks, b, n, true) != MATCH_EXACT)
            continue;
        if (found != -1 && found != p->value)
            return -1;
        found = p->value;
    }
    return found;
}

int32_t order_match_name(const struct order_patterns *names, const char *phrase, size_t len)
{
    struct order_token toks[ORDER_PATTERN_WORDS_MAX + 2];
    size_t n = order_tokenize(phrase, len, toks, ORDER_PATTERN_WORDS_MAX + 2);
    size_t b = n > 1 && order_token_is(phrase, &toks[0], "the") ? 1 : 0;
    if (n == 0 || n - b > ORDER_PATTERN_WORDS_MAX)
        return -1;
    int32_t best[MATCH_NONE] = {-1, -1};
    for (size_t k = 0; k < names->count; k++) {
        const struct order_pattern *p = &names->items[k];
        if (p->n_words != n - b)
            continue;
        int q = match_span(p, phrase, toks, b, n, true);
        if (q != MATCH_NONE)
            match_note(best, q, p->value);
    }
    if (best[MATCH_EXACT] != -1)
        return best[MATCH_EXACT] >= 0 ? best[MATCH_EXACT] : -1;
    if (best[MATCH_NEAR] != -1)
        return best[MATCH_NEAR] >= 0 ? best[MATCH_NEAR] : -1;
    return match_suffix(names, phrase, toks, b, n);
}

void order_match_from_topk(const struct order_understanding *u, const uint32_t *rows,
                           const float *scores, size_t k, const int32_t *row_item,
                           struct order_match *m)
{
    memset(m, 0, sizeof(*m));
    for (size_t i = 0; i < k && m->n_candidates < ORDER_MATCH_CANDIDATES; i++) {
        int32_t item = row_item[rows[i]];
        if (m->n_candidates == 1 && m->candidates[0] == item)
            continue;
        m->candidates[m->n_candidates] = item;
        m->candidate_scores[m->n_candidates++] = scores[i];
    }
    m->score = m->n_candidates ? m->candidate_scores[0] : 0.0f;
    m->kind = m->n_candidates ? order_match_decide(u, m->score) : ORDER_MATCH_UNKNOWN;
}

/* The longest name at tokens[i..n): its item, and its length in *len; -1 when none. Exact
 * matches beat misspelt ones of the same length. */
static int32_t mention_at(const struct order_patterns *names, const char *text,
                          const struct order_token *tokens, size_t i, size_t n, size_t *len)
{
    int32_t item = -1;
    size_t best_len = 0;
    int best_q = MATCH_NONE;
    for (size_t k = 0; k < names->count; k++) {
        const struct order_pattern *p = &names->items[k];
        if (p->n_words < best_len)
            continue;
        int q = match_span(p, text, tokens, i, n, true);
        if (q == MATCH_NONE || (p->n_words == best_len && q >= best_q))
            continue;
        item = p->value;
        best_len = p->n_words;
        best_q = q;
    }
    *len = best_len;
    return item;
}

size_t order_match_mentions(const struct order_patterns *names, const char *text,
                            const struct order_token *tokens, size_t n, int32_t *out, size_t max)
{
    size_t count = 0, i = 0;
    while (i < n && count < max) {
        size_t len;
        int32_t item = mention_at(names, text, tokens, i, n, &len);
        if (item < 0) {
            i++;
            continue;
        }
        bool seen = false;
        for (size_t j = 0; j < count; j++)
            seen = seen || out[j] == item;
        if (!seen)
            out[count++] = item;
        i += len;
    }
    ORDER_ASSERT(count <= max);
    return count;
}
