/* patterns.c — phrases compiled into word patterns, and matched at a token (see
 * understanding.h). Compiling is start-up code; matching runs per message and allocates
 * nothing. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/order/order_assert.h"
#include "gateway/order/pattern_index.h"
#include "gateway/order/understanding.h"

const char *order_arena_store(struct order_arena *a, const char *s, size_t len)
{
    ORDER_ASSERT(a->used + len + 1 <= a->cap);
    char *dst = a->buf + a->used;
    memcpy(dst, s, len);
    dst[len] = '\0';
    a->used += len + 1;
    return dst;
}

int order_pattern_compile(struct order_arena *arena, const char *phrase, struct order_pattern *p)
{
    char folded[ORDER_FOLDED_BYTES_MAX];
    int n = order_normalize_match(phrase, strlen(phrase), folded, sizeof(folded));
    if (n < 0)
        return -EINVAL;
    struct order_token toks[ORDER_PATTERN_WORDS_MAX + 2];
    size_t nt = order_tokenize(folded, (size_t)n, toks, ORDER_PATTERN_WORDS_MAX + 2);
    memset(p, 0, sizeof(*p));
    p->star_at = -1;
    for (size_t i = 0; i < nt; i++) {
        bool star = toks[i].kind == ORDER_TOKEN_PUNCT && toks[i].punct == '*';
        if (star && (p->tail_any || p->star_at >= 0 || p->n_words == 0))
            return -EINVAL; /* one wildcard, after at least one word */
        if (star && i + 1 == nt)
            p->tail_any = true;
        else if (star)
            p->star_at = (int8_t)p->n_words;
        if (toks[i].kind == ORDER_TOKEN_PUNCT)
            continue;
        if (p->n_words == ORDER_PATTERN_WORDS_MAX || toks[i].len > UINT8_MAX)
            return -EINVAL;
        p->words[p->n_words] = order_arena_store(arena, folded + toks[i].off, toks[i].len);
        p->word_lens[p->n_words++] = (uint8_t)toks[i].len;
    }
    return p->n_words == 0 ? -EINVAL : 0;
}

int order_patterns_add(struct order_patterns *list, struct order_arena *arena, const char *phrase,
                       int32_t value)
{
    ORDER_ASSERT(list->count < ORDER_PATTERNS_MAX);
    if (list->count % 64 == 0) {
        list->items = realloc(list->items, (list->count + 64) * sizeof(*list->items));
        ORDER_ASSERT(list->items != NULL);
    }
    order_patterns_index_free(list);
    struct order_pattern *p = &list->items[list->count];
    int rc = order_pattern_compile(arena, phrase, p);
    if (rc != 0)
        return rc;
    p->value = value;
    list->count++;
    return 0;
}

void order_patterns_free(struct order_patterns *list)
{
    order_patterns_index_free(list);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

/* Is token t the short written form of the pattern word w: "u" for "you", "ur" for "your"
 * ("can u add", "can u make ur ...")? A pattern lists the words spelt out. */
static bool pattern_word_texted(const char *w, const char *text, const struct order_token *t)
{
    return (strcmp(w, "you") == 0 && order_token_is(text, t, "u")) ||
           (strcmp(w, "your") == 0 && order_token_is(text, t, "ur"));
}

/* Do words [w0, w1) of p match the tokens from at on? */
static bool pattern_words_at(const struct order_pattern *p, size_t w0, size_t w1, const char *text,
                             const struct order_token *tokens, size_t at, size_t end)
{
    if (at + (w1 - w0) > end)
        return false;
    for (size_t i = w0; i < w1; i++) {
        const struct order_token *t = &tokens[at + i - w0];
        if (t->kind != ORDER_TOKEN_WORD)
            return false;
        if ((t->len != p->word_lens[i] || memcmp(text + t->off, p->words[i], t->len) != 0) &&
            (i == 0 || t->len > 2 || !pattern_word_texted(p->words[i], text, t)))
            return false;
    }
    return true;
}

/* order_pattern_match with p's words before w0 known to match the tokens from at on. */
static size_t pattern_match_from(const struct order_pattern *p, size_t w0, const char *text,
                                 const struct order_token *tokens, size_t at, size_t end)
{
    size_t head = p->star_at >= 0 ? (size_t)p->star_at : p->n_words;
    if (at + head > end || !pattern_words_at(p, w0, head, text, tokens, at + w0, end))
        return 0;
    if (p->star_at >= 0) {
        for (size_t k = 1; k <= ORDER_STAR_TOKENS_MAX; k++)
            if (pattern_words_at(p, head, p->n_words, text, tokens, at + head + k, end))
                return p->n_words + k;
        return 0;
    }
    if (p->tail_any)
        return at + p->n_words < end ? end - at : 0;
    return p->n_words;
}

size_t order_pattern_match(const struct order_pattern *p, const char *text,
                           const struct order_token *tokens, size_t at, size_t end)
{
    return pattern_match_from(p, 0, text, tokens, at, end);
}

size_t order_patterns_longest_at(const struct order_patterns *list, const char *text,
                                 const struct order_token *tokens, size_t at, size_t end,
                                 size_t *which)
{
    size_t best = 0;
    const struct order_token *t = &tokens[at];
    size_t n_candidates;
    const uint16_t *candidates =
        order_patterns_candidates(list, text + t->off, t->len, &n_candidates);
    for (size_t j = 0; j < n_candidates; j++) {
        size_t i = order_pattern_candidate(candidates, j);
        const struct order_pattern *p = &list->items[i];
        /* the index's candidates begin with the token's word (it was compared there);
         * without an index most patterns fail on their first word: test its length and
         * first letter inline */
        if (!candidates && p->n_words > 0 && p->star_at != 0 &&
            (p->word_lens[0] != t->len || p->words[0][0] != text[t->off]))
            continue;
        size_t n = pattern_match_from(p, candidates ? 1U : 0U, text, tokens, at, end);
        if (n > best) {
            best = n;
            if (which)
                *which = i;
        }
    }
    return best;
}
