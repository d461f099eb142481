/* classify.c — question detection, cue scores and the class decision (see classify.h). */
#include "gateway/order/classify.h"

#include <string.h>

#include "gateway/order/order_assert.h"

#define CLASSIFY_EVIDENCE 1.0f /* weight of each structural hint (items, opener, match) */

bool order_is_question(const struct order_understanding *u, const char *text,
                       const struct order_token *tokens, size_t n)
{
    bool sentence_start = true;
    for (size_t i = 0; i < n; i++) {
        if (tokens[i].kind == ORDER_TOKEN_PUNCT) {
            if (tokens[i].punct == '?')
                return true;
            sentence_start = true;
            continue;
        }
        if (!sentence_start)
            continue;
        sentence_start = false;
        size_t g;
        while ((g = order_patterns_longest(&u->greetings, text, tokens, i, n, NULL)) > 0)
            i += g;
        if (i < n && order_patterns_longest(&u->question_starts, text, tokens, i, n, NULL) > 0)
            return true;
        if (i < n && tokens[i].kind == ORDER_TOKEN_PUNCT)
            i--; /* a greeting ended right before punctuation: look at it next round */
    }
    return false;
}

void order_cue_scores(const struct order_understanding *u, const char *text,
                      const struct order_token *tokens, size_t n, const uint8_t *roles,
                      bool skip_openers, float out[ORDER_CATEGORY_MAX])
{
    memset(out, 0, sizeof(float) * ORDER_CATEGORY_MAX);
    for (size_t k = 0; k < u->cues.count; k++) {
        const struct order_pattern *p = &u->cues.items[k];
        for (size_t i = 0; i < n; i++) {
            if (roles && (roles[i] == ORDER_ROLE_FILLER || roles[i] == ORDER_ROLE_GREETING ||
                          (skip_openers && roles[i] == ORDER_ROLE_OPENER)))
                continue;
            if (order_pattern_match(p, text, tokens, i, n) > 0) {
                ORDER_ASSERT(p->value >= 0 && p->value < ORDER_CATEGORY_MAX);
                out[p->value] += p->weight;
                break;
            }
        }
    }
}

/* Does the text name a menu section or a diet ("desserts", "vegan")? */
static bool classify_menu_words(const struct order_understanding *u,
                                const struct order_class_input *in)
{
    for (size_t i = 0; i < in->n_tokens; i++)
        if (order_patterns_longest(&u->section_cues, in->text, in->tokens, i, in->n_tokens, NULL) ||
            order_patterns_longest(&u->diet_cues, in->text, in->tokens, i, in->n_tokens, NULL))
            return true;
    return false;
}

static enum order_category classify_best(const float *score, const bool *allowed,
                                         enum order_category first)
{
    enum order_category best = first;
    for (int c = 0; c < ORDER_CATEGORY_MAX; c++)
        if (allowed[c] && score[c] > score[best])
            best = (enum order_category)c;
    return best;
}

enum order_category order_classify(const struct order_understanding *u,
                                   const struct order_class_input *in,
                                   struct order_class_scores *scores)
{
    struct order_class_scores s;
    const struct order_extract *x = in->extract;
    s.question = order_is_question(u, in->text, in->tokens, in->n_tokens);
    /* A question is read whole ("is pickup at the Essex Road shop?" is about pickup); in a
     * statement, openers and fillers are the frame of an order, not its subject. */
    order_cue_scores(u, in->text, in->tokens, in->n_tokens, s.question ? NULL : x->roles, true,
                     s.score);
    for (int c = 0; c < ORDER_CATEGORY_MAX; c++)
        s.score[c] += u->prototype_weight * in->prototype_sim[c];
    enum order_category cat;
    if (s.question) {
        s.score[ORDER_CATEGORY_INQUIRY] += in->n_mentions ? CLASSIFY_EVIDENCE : 0.0f;
        s.score[ORDER_CATEGORY_INQUIRY] += classify_menu_words(u, in) ? CLASSIFY_EVIDENCE : 0.0f;
        bool allowed[ORDER_CATEGORY_MAX] = {false, true, true};
        cat = classify_best(s.score, allowed, ORDER_CATEGORY_INQUIRY);
    } else if (x->n_items == 0 ||
               (!in->n_matched && !x->opener_seen && !x->qty_seen && !x->signed_off)) {
        cat = ORDER_CATEGORY_OTHER; /* nothing ordered, or only a word like a signature */
    } else {
        s.score[ORDER_CATEGORY_ORDER] += CLASSIFY_EVIDENCE;
        s.score[ORDER_CATEGORY_ORDER] += x->opener_seen || x->qty_seen ? CLASSIFY_EVIDENCE : 0;
        s.score[ORDER_CATEGORY_ORDER] += in->n_matched ? CLASSIFY_EVIDENCE : 0.0f;
        bool allowed[ORDER_CATEGORY_MAX] = {true, true, true};
        cat = classify_best(s.score, allowed, ORDER_CATEGORY_ORDER);
    }
    if (scores)
        *scores = s;
    return cat;
}
