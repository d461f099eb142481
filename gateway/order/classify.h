/* classify.h — order, inquiry or other.
 *
 * A message is a question when it holds a '?' or a sentence of it starts (after greetings)
 * with a question phrase of the understanding ("do you", "is the", "how much", "I was
 * wondering"). Each class gets a score from:
 *   - cue weights: every cue phrase of the understanding adds its weight to its class once,
 *     found anywhere in a question, but only outside greetings, openers and fillers in a
 *     statement ("pickup" in "for pickup at 6" frames an order, it is not its subject);
 *   - prototypes: prototype_weight x the best cosine similarity between the message and the
 *     class's prototype sentences (embedded in the same batch);
 *   - evidence: a question leans inquiry for naming a menu item (+1) and for naming a menu
 *     section or diet (+1); a statement leans order for having item phrases (+1), an order
 *     opener or a quantity (+1) and a phrase matched to the menu (+1).
 * A question is inquiry or other, whichever scores higher (ties: inquiry). A statement with
 * no item phrase, or whose phrases neither match the menu nor come with an opener, a
 * quantity or a sign-off filler after them ("good morning, Nadia"), is other; otherwise the
 * best of the three (ties: order). "Can I order a pork burger with bacon?" -> inquiry, "Can
 * I get a cheeseburger and onion rings" -> order, "Where can I pick up my order?" -> other. */
#ifndef BRIGADE_GATEWAY_ORDER_CLASSIFY_H
#define BRIGADE_GATEWAY_ORDER_CLASSIFY_H

#include <stdbool.h>
#include <stddef.h>

#include "gateway/order/extract.h"
#include "gateway/order/understanding.h"

struct order_class_input {
    const char *text; /* match form */
    const struct order_token *tokens;
    size_t n_tokens;
    const struct order_extract *extract;
    float prototype_sim[ORDER_CATEGORY_MAX]; /* best similarity per class */
    size_t n_mentions;                       /* menu items named anywhere in the text */
    size_t n_matched;                        /* item phrases matched (accepted or review) */
};

struct order_class_scores {
    bool question;
    float score[ORDER_CATEGORY_MAX];
};

/* True when the message reads as a question (see above). */
bool order_is_question(const struct order_understanding *u, const char *text,
                       const struct order_token *tokens, size_t n);

/* Sum of cue weights per class over tokens that are not greetings or fillers, nor openers
 * when skip_openers (roles may be NULL: every token counts). */
void order_cue_scores(const struct order_understanding *u, const char *text,
                      const struct order_token *tokens, size_t n, const uint8_t *roles,
                      bool skip_openers, float out[ORDER_CATEGORY_MAX]);

/* The category; *scores (optional) receives what decided it. */
enum order_category order_classify(const struct order_understanding *u,
                                   const struct order_class_input *in,
                                   struct order_class_scores *scores);

#endif
