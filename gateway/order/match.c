/* match.c — embedding scores to menu items (see match.h). */
#include "gateway/order/match.h"

#include <ctype.h>
#include <string.h>

#include "gateway/order/lexicon.h"
#include "gateway/order/order_assert.h"

enum order_match_kind order_match_decide(const struct order_understanding *u, float score)
{
    if (score >= u->accept_threshold)
        return ORDER_MATCH_ACCEPT;
    if (score >= u->review_threshold)
        return ORDER_MATCH_REVIEW;
    return ORDER_MATCH_UNKNOWN;
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

/* Are the words a[0..alen) and b[0..blen) one word, typos or a clipping apart? */
static bool match_same_word(const char *a, size_t alen, const char *b, size_t blen)
{
    enum { WORD_MIN = 3, CLIPPING_MIN = 4 }; /* "guac", "parm": shorter prefixes are chance */
    size_t shorter = alen < blen ? alen : blen;
    if (shorter < WORD_MIN)
        return alen == blen && memcmp(a, b, alen) == 0;
    if (shorter >= CLIPPING_MIN && memcmp(a, b, shorter) == 0)
        return true;
    size_t bound = order_typo_bound(shorter);
    bound = bound ? bound : 1; /* "bol", "bowl" */
    return order_edit_distance(a, alen, b, blen, bound) <= bound;
}

bool order_match_name_shares_word(const char *phrase, size_t len, const char *name)
{
    char words[ORDER_LEX_WORD_BYTES_MAX];
    for (const char *n = name; *n;) {
        size_t o = 0;
        while (*n && !isalnum((unsigned char)*n))
            n++;
        while (*n && isalnum((unsigned char)*n)) {
            if (o < sizeof(words))
                words[o++] = (char)tolower((unsigned char)*n);
            n++;
        }
        for (size_t b = 0; o > 0 && b < len;) {
            size_t e = b;
            while (e < len && phrase[e] != ' ')
                e++;
            if (match_same_word(phrase + b, e - b, words, o))
                return true;
            b = e + 1;
        }
    }
    return false;
}
