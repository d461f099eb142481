/* match.c — embedding scores to menu items (see match.h). */
#include "gateway/order/match.h"

#include <string.h>

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
