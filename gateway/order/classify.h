/* classify.h — the intent of each clause, and the message's category (reading.h, pass 5).
 *
 * A clause is decided by its structure, not by its punctuation:
 *   - it names things (menu spans, or leftovers that are food or matched the menu) and has
 *     a request opener ("could I grab", "I'll take", "can I get ...?"): a request, question
 *     mark or not;
 *   - it has the form of a question (a '?', a question start: "do you", "is the", "how
 *     much"; or "I was wondering if" anywhere): a question about the menu or something
 *     else, whichever scores higher: cue weights of the understanding, the prototype
 *     similarity of the message, and evidence (it names a menu item; a section or diet);
 *   - it names things without a request opener: a request ("2 cheeseburgers", "garlic
 *     bread"), unless other-cues say it is about something else and it has no quantity
 *     ("my cheeseburger was cold");
 *   - otherwise: another matter when other-cues speak, a question when only inquiry cues
 *     do, and no intent at all for pleasantries and names.
 * The category is order when any clause requests, else inquiry when any clause asks, else
 * other: an order and a question in one message are an order with both intents. */
#ifndef BRIGADE_GATEWAY_ORDER_CLASSIFY_H
#define BRIGADE_GATEWAY_ORDER_CLASSIFY_H

#include <stdbool.h>
#include <stddef.h>

#include "gateway/order/cue_memo.h"
#include "gateway/order/food.h"
#include "gateway/order/reading.h"
#include "gateway/order/understanding.h"

struct order_class_input {
    const char *text; /* match form */
    const struct order_token *tokens;
    size_t n_tokens;
    float prototype_sim[ORDER_CATEGORY_MAX]; /* best similarity of the message per class */
    const bool *thing_real;        /* per reading thing: does it name something orderable */
    const struct order_food *food; /* food words: a question naming one is about food */
    /* the menu's words: a question naming a word only a description holds ("what's
     * consomé") is about the menu; may be NULL */
    const struct order_lexicon *lex;
    /* set when some clause's intent weighed prototype_sim: when none did, any similarities
     * give the same reading; may be NULL */
    bool *prototype_weighed;
    /* the cues found per stretch of this message so far, kept and reused (cue_memo.h); may
     * be NULL */
    struct order_cue_memo *cue_memo;
};

struct order_class_scores {
    bool question; /* some clause has the form of a question */
    float score[ORDER_CATEGORY_MAX];
};

/* Sum of cue weights per class over tokens[b..e) outside menu names ("spicy" in "the spicy
 * burger" is no question), and outside greetings, openers and fillers unless frames_count
 * (a question is read whole: "is pickup at 6?" is about pickup). roles may be NULL: every
 * token counts. */
void order_cue_scores(const struct order_understanding *u, const struct order_class_input *in,
                      size_t b, size_t e, const uint8_t *roles, bool frames_count,
                      float out[ORDER_CATEGORY_MAX]);

/* order_cue_scores with frames_count true (with_frames) and false (without), in one pass. */
void order_cue_scores_both(const struct order_understanding *u, const struct order_class_input *in,
                           size_t b, size_t e, const uint8_t *roles,
                           float with_frames[ORDER_CATEGORY_MAX],
                           float without[ORDER_CATEGORY_MAX]);

/* The cue and prototype scores of the whole message, as classified in rg. */
void order_class_scores_of(const struct order_understanding *u, const struct order_class_input *in,
                           const struct order_reading *rg, struct order_class_scores *scores);

/* Decides every clause's intent (rg->clauses[].intent) and returns the category; *scores
 * (optional) receives order_class_scores_of. */
enum order_category order_classify(const struct order_understanding *u,
                                   const struct order_class_input *in, struct order_reading *rg,
                                   struct order_class_scores *scores);

/* Is the cue word at token i taken back by the words around it in tokens[b..e): "pay" for
 * a dish named (its price asked), "pick up" a meal (food got), "hours" spent (the
 * customer's day)? roles may be NULL. The classes and the reply's topic both skip such a
 * word. */
bool order_cue_taken_back(const struct order_understanding *u, const char *text,
                          const struct order_token *tokens, const uint8_t *roles, size_t b,
                          size_t i, size_t e);

/* The category an intent stands for (NONE: other). */
enum order_category order_intent_category(enum order_intent i);

#endif
