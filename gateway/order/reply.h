/* reply.h — what the customer reads back.
 *
 * Orders:
 *   - accepted: "Thanks! 2 × The Green Garden Vegan Burger (extra avocado), 1 × Classic
 *     Fries — total $23.65.";
 *   - rejected: "Sorry, we don't offer pepperoni pizza." (every unknown phrase, "a, b or c");
 *   - review: "Did you mean the Cheddar Cheeseburger?" (each uncertain item's best
 *     candidate, "the A and the B").
 * Inquiries (answered):
 *   - about named items: a price question gets the prices ("The Cheddar Cheeseburger is
 *     $11.50."), a diet question the menu's claim ("Yes, the Falafel Wrap is vegan." / "The
 *     Black Bean Chipotle Burger isn't marked vegan: <description>"), anything else the
 *     item's price and description;
 *   - about something not on the menu asked after an opener ("Can I order a pork burger?"):
 *     "Sorry, we don't offer pork burger.";
 *   - about no item, a diet and/or section question: the items of the section that claim
 *     the diet, the retrieved ones first (best first), then every other fitting one in menu
 *     order ("Our vegan desserts: Vegan Chocolate Brownie."), or "Sorry, we don't have any
 *     gluten-free wraps at the moment.";
 *   - otherwise the understanding's inquiry_default, followed by the retrieved items as
 *     the closest on the menu when there are any ("… Closest on our menu: the Grilled
 *     Halloumi Burger ($11.75).").
 * A diet is claimed by the item's name carrying the word, or by a clause of its description
 * (between , ; . ( ) !) made only of diet words and "and" / "fully" / "also" / "100%" /
 * "entirely" / "completely" / "naturally" ("; dairy-free and vegan."); a claim of a diet
 * that implies the asked one counts (understanding's diet_implied_by). "vegetarian, can be
 * made vegan" is no vegan claim.
 * Other (logged): the reply of the topic of the first topic cue in the text (outside
 * fillers, unless the message is nothing but fillers: "Thank you!"; not a cue the words
 * around it take back: "we spent 4 hours hiking", order_cue_taken_back), else
 * other_default. */
#ifndef BRIGADE_GATEWAY_ORDER_REPLY_H
#define BRIGADE_GATEWAY_ORDER_REPLY_H

#include <stddef.h>
#include <stdint.h>

#include "gateway/order/pipeline.h"

struct order_reply_input {
    const struct menu *menu;
    const struct order_understanding *u;
    const char *text; /* match form */
    const struct order_token *tokens;
    size_t n_tokens;
    const uint8_t *roles; /* enum order_role per token (extract.h) */
    /* inquiries about no named item: menu indices retrieved for the message, best first,
     * every one scoring at least the understanding's retrieval_threshold */
    uint32_t retrieved[ORDER_RETRIEVAL_TOPK_MAX];
    float retrieved_scores[ORDER_RETRIEVAL_TOPK_MAX];
    size_t n_retrieved;
};

/* Writes r->reply from r's category, status, items, unknown phrases and about list. */
void order_reply_write(const struct order_reply_input *in, struct order_result *r);

#endif
