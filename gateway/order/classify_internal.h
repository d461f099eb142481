/* classify_internal.h — private to the classify pass (classify.h; reading.h, pass 5):
 * classify.c and the classify_*.c files beside it include it, nothing else does. The pass
 * grew past what one reader can hold in one file, so it is split by what each part reads;
 * the parts still share the facts of a clause and call one another, and this header is where
 * they meet. The pass's entry (order_classify) and the cue scores (order_cue_scores,
 * order_intent_category) stay in classify.h. */
#ifndef BRIGADE_GATEWAY_ORDER_CLASSIFY_INTERNAL_H
#define BRIGADE_GATEWAY_ORDER_CLASSIFY_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gateway/order/classify.h"
#include "gateway/order/reading.h"

#define CLASSIFY_EVIDENCE     1.0f /* weight of each structural hint */
#define CLASSIFY_OTHER_STRONG 2.0f /* other-cues that outweigh named things ("refund") */
#define CLASSIFY_OTHER_SURE   3.0f /* ... even after a request opener ("I want to cancel") */

struct classify_clause_facts {
    size_t things, spans; /* real things named; menu spans among them */
    float cue[ORDER_CATEGORY_MAX];
    float cue_core[ORDER_CATEGORY_MAX]; /* outside greetings, openers and fillers */
    bool message_menu; /* the message names a menu item, section, diet or food somewhere */
};

/* classify_facts.c: the facts of a clause, and whether it asks */
bool classify_menu_words(const struct order_understanding *u, const char *text,
                         const struct order_token *tokens, size_t b, size_t e);
bool classify_wants_to_know(const struct order_class_input *in, const struct order_reading *rg,
                            size_t c);
/* Does [b, e) hold a phrase that asks wherever it stands ("is it", "know if")? Not one a
 * filler opens: "... and that is it" closes the order. */
bool classify_question_inside(const struct order_understanding *u, const char *text,
                              const struct order_token *tokens, const uint8_t *roles, size_t b,
                              size_t e);
void classify_facts(const struct order_understanding *u, const struct order_class_input *in,
                    const struct order_reading *rg, size_t c, struct classify_clause_facts *f);
bool classify_names_food(const struct order_class_input *in, size_t b, size_t e);
/* classify_serving_asked.c: does [b, e) ask how many come in a serving ("how many per
 * portion?")? */
bool classify_serving_asked(const struct order_class_input *in, size_t b, size_t e);
/* classify_quality_asked.c: does [b, e) ask for "anything" of a quality after a verb of
 * having ("do you have anything keto")? It asks about the menu's food. */
bool classify_quality_asked(const struct order_class_input *in, size_t b, size_t e);
bool classify_any_intent(const struct order_reading *rg, enum order_intent intent);
/* Does clause cl hold a question mark ('?' anywhere in it)? */
bool classify_clause_asked(const struct order_class_input *in, const struct order_clause *cl);
bool classify_asks_about_menu(const struct order_understanding *u,
                              const struct order_class_input *in, const struct order_reading *rg,
                              size_t b, size_t e);
enum order_intent classify_question(const struct order_understanding *u,
                                    const struct order_class_input *in,
                                    const struct order_reading *rg, const struct order_clause *cl,
                                    const struct classify_clause_facts *f);
/* classify_eaten_asked.c: does the question [b, e) ask for "anything" someone would eat or
 * drink? */
bool classify_eaten_asked(const struct order_class_input *in, size_t b, size_t e);
/* classify_never_had.c: is the verb at i the customer's never having had the dish named right
 * before it ("flan never had it", "2 elote, never tried them")? */
bool classify_never_had_at(const struct order_class_input *in, const struct order_reading *rg,
                           const struct order_clause *cl, size_t i);

/* classify_dish_does_not.c: is token i a negation after a dish, before a verb no kitchen is
 * told to do ("tacos dont travel")? */
bool classify_dish_does_not(const struct order_class_input *in, const struct order_reading *rg,
                            const struct order_clause *cl, size_t i);
/* classify_person_said.c: is the verb at i said of a person ("my husband doesnt ...") after a dish
 * named? */
bool classify_person_said_at(const struct order_class_input *in, const struct order_reading *rg,
                             const struct order_clause *cl, size_t i);
/* classify_person_said.c: is the word at i part of food, drink or the order named? */
bool classify_person_said_food(const struct order_class_input *in, const struct order_reading *rg,
                               const struct order_clause *cl, size_t i);
/* classify_remark_own.c: where the part after the dishes opening a remark of its own starts
 * ("a flan, its my moms birthday", "a flan, you guys are the best"); cl->end when none */
size_t classify_remark_own(const struct order_class_input *in, const struct order_reading *rg,
                           const struct order_clause *cl);
/* classify_grievance_after.c: does the clause name a dish with "the", then after a mark a
 * grievance ("the churros, same problem as last week")? It tells of an order gone wrong */
bool classify_grievance_after(const struct order_class_input *in, const struct order_reading *rg,
                              const struct order_clause *cl);
/* classify_grievance_after.c: is token i (i < end) a word that names a grievance: "complaint",
 * "problem", "issue", "refund", "mistake"? (classify_remark_own.c too) */
bool classify_grievance_named(const struct order_class_input *in, size_t i, size_t end);
/* classify_verdict_after.c: the length of a verdict on the dish asked for in the part [b, m)
 * by "a", "an" or "one", in the part after the mark m closing the clause ("a flan, they are my
 * fave"), or 0 */
size_t classify_verdict_after(const struct order_class_input *in, const struct order_reading *rg,
                              const struct order_clause *cl, size_t b, size_t m);
/* classify_taste_then_asked.c: after the first mark of clause cl, a request opener or a count
 * ("i love the cheeseburger, can i get 2"), or a dish named where dishes is set? */
bool classify_taste_then_asked(const struct order_reading *rg, const struct order_class_input *in,
                               const struct order_clause *cl, bool dishes);
/* classify_praise_said.c: the length of praise of the place or the staff at token i, to the
 * mark ("love you guys", "best burrito in town"), or 0 */
size_t classify_praise_said(const struct order_class_input *in, const struct order_clause *cl,
                            size_t i);
/* classify_party_size.c: the length of how many the customers are at token i, to the mark
 * ("there are 3 of us", "we are 4"), or 0 */
size_t classify_party_size(const struct order_class_input *in, const struct order_clause *cl,
                           size_t i);
/* classify_remark_where.c: the length of where the customer is at token i, to the mark ("im at
 * the front desk", "table 4"), or 0 */
size_t classify_remark_where(const struct order_class_input *in, const struct order_reading *rg,
                             const struct order_clause *cl, size_t i);
/* classify_person_said.c: is the word at i (i < cl->end) the customer, or a word between them
 * and what befell them: "i", "ive", "we", "weve", "just", "finally" ("i just got home")? */
bool classify_self_word(const struct order_class_input *in, const struct order_clause *cl,
                        size_t i);
/* classify_person_said.c: is the verb at i "got"/"had" of what befell the customer, after the
 * dishes ("a flan, i just got off work")? */
bool classify_self_said_at(const struct order_class_input *in, const struct order_reading *rg,
                           const struct order_clause *cl, size_t i);
/* classify_meant_for.c: is token i the copula of whom the dish named before is for, after a
 * pronoun pointing at it and a mark ("a horchata, it is for my mom")? */
bool classify_meant_for_at(const struct order_class_input *in, const struct order_reading *rg,
                           const struct order_clause *cl, size_t i);
/* classify_wished.c: is token i "have" of a wish ("have a good one")? */
bool classify_wished_at(const struct order_class_input *in, const struct order_clause *cl,
                        size_t i);
/* classify_indifference.c: "doesnt care", "doesnt mind" at token i: said of a person's taste */
bool classify_indifference_at(const struct order_class_input *in, const struct order_clause *cl,
                              size_t i);
bool classify_says_something(const struct order_class_input *in, const struct order_reading *rg,
                             const struct order_clause *cl);
bool classify_about_past(const struct order_class_input *in, const struct order_reading *rg,
                         const struct order_clause *cl, size_t end, bool were);
/* classify_hedge_only.c: is clause c, after another, only a hedge ("I think?", "if that's
 * ok?")? It asks nothing of its own */
bool classify_hedge_only(const struct order_class_input *in, const struct order_reading *rg,
                         size_t c);
/* classify_facts.c: is the word at p one that tells of an order or what came in it ("order",
 * "bag", "delivery", "arrived", "missing")? A story with it before dishes speaks of them */
bool classify_tells_of_order(const struct order_class_input *in, size_t p, size_t end);
/* classify_listed_after_break.c: is the verb at i one whose own words end at a dash or a
 * colon before the dishes ("got 3 bags in one hand - a burger")? It says nothing of them */
bool classify_listed_after_break(const struct order_class_input *in, const struct order_reading *rg,
                                 const struct order_clause *cl, size_t i);

/* classify_follow_ups.c: does the clause praise what it names ("the flan is amazing")? */
bool classify_praises(const struct order_class_input *in, const struct order_clause *cl);
/* classify_dash_topic.c: a dish named bare before a dash heads the question after it */
void classify_dash_topics(const struct order_class_input *in, struct order_reading *rg);
/* classify_praised_again.c: a dish praised, then asked for again, says why it is ordered */
void classify_praised_again(const struct order_class_input *in, struct order_reading *rg);

/* classify_hinged.c: "are you doing breakfast? 2 pancakes if so": a question of the menu */
void classify_hinged_questions(const struct order_understanding *u,
                               const struct order_class_input *in, struct order_reading *rg);

/* classify_food_asked_back.c: "hush puppies, y'all got em?": the food is asked after */
void classify_food_asked_back(const struct order_class_input *in, struct order_reading *rg);

/* classify_dish_told.c: "your churros changed my life": a dish told of, none asked for */
void classify_dishes_told(const struct order_class_input *in, struct order_reading *rg);
/* Is the word at i a finite verb told of a subject ("changed", "worries") right before its
 * object ("my", "me", "in")? */
bool classify_told_verb_at(const struct order_class_input *in, const struct order_reading *rg,
                           size_t i, size_t e);
/* classify_food_told.c: "the chilli jam part worries me": food the menu lacks told of */
void classify_foods_told(const struct order_class_input *in, struct order_reading *rg);
/* classify_own_view.c: "i find dressings disagree with me": the customer's view of food */
void classify_own_views(const struct order_class_input *in, struct order_reading *rg);
/* classify_own_answer.c: "does it have sesame? ah, tahini, of course": answered by the
 * customer, no food asked for */
void classify_own_answers(const struct order_class_input *in, struct order_reading *rg);
/* classify_change_for_kind.c: "any chance of a gf bun for the burgers?": a change asked of
 * a kind in general is a question */
void classify_changes_for_kind(const struct order_class_input *in, struct order_reading *rg);

/* classify_never_tried.c: "never tried the birria": why the customer asks, no report */
bool classify_never_tried(const struct order_class_input *in, const struct order_clause *cl,
                          size_t first);
/* "i used to get the wrap": a habit of the past, no order and no report */
bool classify_used_to_have(const struct order_class_input *in, const struct order_clause *cl,
                           size_t first);
/* "been eating crackers all week": what the customer has been eating, no dish asked for */
bool classify_been_eating(const struct order_class_input *in, const struct order_reading *rg,
                          const struct order_clause *cl);

/* classify_avoided.c: "trying to avoid ordering 3 things": a count kept away from */
bool classify_avoided(const struct order_understanding *u, const struct order_class_input *in,
                      const struct order_clause *cl, size_t first);

/* classify_thanked_for.c: "thank you for the churros": what came, thanked for, no request */
bool classify_thanked_for(const struct order_class_input *in, const struct order_clause *cl,
                          size_t first);
/* classify_received_after.c: "the onion rings I received": a dish that came, no request */
bool classify_received_after(const struct order_class_input *in, const struct order_reading *rg,
                             size_t c);

/* classify_imagined.c: "if i ordered the burger would it come with fries": a purchase
 * supposed by the customer ("if i/we" and a verb of buying), then asked about. The token
 * after the verb of buying when clause c opens so and names a thing, with a question of what
 * follows ("would it", "is that") in it or, *asked_after, opening the next clause; else 0. */
size_t classify_imagined_purchase(const struct order_class_input *in,
                                  const struct order_reading *rg, size_t c, bool *asked_after);

/* classify_measured.c: does clause cl name a dish, then measure it out after a comma
 * ("onion rings, a portion")? Then it orders the dish, whatever is asked after it. */
bool classify_measured_after(const struct order_class_input *in, const struct order_reading *rg,
                             const struct order_clause *cl);

/* classify_clause.c: the intent of one clause */
/* Does clause c cancel an order placed before, or dishes of it ("cancel my order", "cancel
 * the horchata from my order", "cancel the flan" named nowhere before)? */
bool classify_cancels_order(const struct order_class_input *in, const struct order_reading *rg,
                            size_t c);
bool classify_colon_list(const struct order_class_input *in, const struct order_reading *rg,
                         size_t c);
/* classify_people_share.c: does clause cl, from at, ask whether people counted can share a
 * dish ("could 2 ppl share one")? */
bool classify_people_share(const struct order_understanding *u, const struct order_class_input *in,
                           const struct order_clause *cl, size_t at);
/* classify_best_picked.c: marks in roles (a copy of the clause's) a "best" of clause cl that
 * picks a dish ("the best one", "whichever is best"), no praise; returns whether one was. */
bool classify_best_picked(const struct order_class_input *in, const struct order_clause *cl,
                          uint8_t *roles);
/* classify_told_copula.c: marks in roles (a copy of the clause's) the copulas of clause cl
 * said after their subject ("this is the wrong chat"), which ask nothing; whether any was */
bool classify_told_copula(const struct order_class_input *in, const struct order_clause *cl,
                          uint8_t *roles);
/* Does a dish read stand in clause cl before the word before token i ("vanilla oat milkshake,
 * he can't have ...", "a flan, my husband ...")? A word said after it speaks of that dish or of
 * whom it is for. */
static inline bool classify_dish_read_before(const struct order_reading *rg,
                                             const struct order_clause *cl, size_t i)
{
    for (size_t d = cl->begin; d + 1U < i; d++)
        if (rg->roles[d] == ORDER_ROLE_ITEM)
            return true;
    return false;
}
/* classify_wait_breaks_off.c: marks in roles (a copy of the clause's) each "wait" of clause cl
 * said to break off and change the list ("no wait", "wait no", "- wait, ..."), no wait
 * complained of; whether any was */
bool classify_wait_breaks_off(const struct order_class_input *in, const struct order_reading *rg,
                              const struct order_clause *cl, uint8_t *roles);
/* classify_whom_for.c: does clause c, from at, say again with "the" a dish a clause before
 * asked for, to tell whom it is for ("yes the nuggets are for me")? */
bool classify_said_whom_for(const struct order_class_input *in, const struct order_reading *rg,
                            size_t c, size_t at);
/* classify_fan_of.c: does clause c, from at, open with the customer a fan of what follows
 * ("huge fan of the nachos"), counting nothing and asking nothing? A taste told. */
bool classify_fan_of(const struct order_class_input *in, const struct order_reading *rg, size_t c,
                     size_t at);
/* classify_asked_heading.c: is clause c, from at, a question's opening words alone before its
 * first colon ("price for: A, B"), which asks about the list after it? */
bool classify_asked_heading(const struct order_understanding *u, const struct order_class_input *in,
                            const struct order_reading *rg, size_t c, size_t at);
/* Does the clause ask whether it can order for a later day ("could we order 30 tacos for
 * tomorrow")? A question of what the place does, no request. */
bool classify_orders_ahead(const struct order_class_input *in, const struct order_clause *cl);

/* classify_possible_asked.c: does a question whether a dish can be had open at token at ("is
 * it possible to get", "would it be possible to have")? */
bool classify_asks_possible_at(const struct order_class_input *in, size_t at, size_t end);

/* classify_payment_asked.c: does clause cl ask whether the place takes a means of payment
 * ("do you take cards")? */
bool classify_payment_asked(const struct order_class_input *in, const struct order_clause *cl);
/* classify_takes_orders.c: does a later day ("saturday", "tomorrow") stand in clause cl at
 * or after token from? */
bool classify_later_day_from(const struct order_class_input *in, const struct order_clause *cl,
                             size_t from);
/* Does the clause ask whether the place takes orders for a later day ("r u taking orders for
 * sunday")? */
bool classify_takes_orders_ahead(const struct order_class_input *in, const struct order_clause *cl);
enum order_intent classify_clause(const struct order_understanding *u,
                                  const struct order_class_input *in,
                                  const struct order_reading *rg, size_t c);

/* classify_follow_ups.c: clauses read against the one before */
void classify_food_asides(const struct order_class_input *in, struct order_reading *rg);
size_t classify_clause_things(const struct order_reading *rg, size_t c);
bool classify_asks_politely(const struct order_class_input *in, const struct order_clause *cl);
/* Is clause cl read as a request by its dishes alone: no request form, no count, no politeness?
 * Such a clause may turn out a remark, a topic or a follow-up. */
bool classify_request_unmarked(const struct order_class_input *in, const struct order_clause *cl);
/* classify_asked_of_ordered.c: "one carrot cake please - is it really moist?": a question of what
 * "it" is, in the sentence of a request, asks about the dish ordered (a question, no remark) */
void classify_asked_of_ordered(const struct order_understanding *u,
                               const struct order_class_input *in, struct order_reading *rg);
void classify_topics(const struct order_understanding *u, const struct order_class_input *in,
                     struct order_reading *rg);
void classify_follow_ups(const struct order_class_input *in, struct order_reading *rg);
void classify_negated_follow_ups(const struct order_class_input *in, struct order_reading *rg);
void classify_elliptic_questions(const struct order_class_input *in, struct order_reading *rg);
/* classify_way_asked.c: "elote - on the cob or in a cup?": a dish and two ways it may come
 * joined by "or" asks how it comes */
void classify_ways_asked(const struct order_class_input *in, struct order_reading *rg);
/* classify_property_asked.c: "cold brew caffeinated?": a dish and one adjective of what it
 * is, with a question mark and nothing else, asks whether the dish is so */
void classify_properties_asked(const struct order_understanding *u,
                               const struct order_class_input *in, struct order_reading *rg);
/* The token after the dish that opens clause cl ("the" aside), the clause closed by '?' and
 * holding at least min_tokens before it, asked with no mark of a request (a count, a request
 * form, a word of politeness: classify_request_unmarked); 0 where there is none. *e is where
 * the '?' starts. What classify_properties_asked and classify_ways_asked read after it. */
size_t classify_dish_asked_bare(const struct order_class_input *in, const struct order_reading *rg,
                                const struct order_clause *cl, size_t min_tokens, size_t *e);
void classify_pointer_follow_ups(const struct order_class_input *in, struct order_reading *rg);
void classify_echoed_contents(const struct order_class_input *in, struct order_reading *rg);

/* classify_same_subject.c: a few words pointing back at the dish between two questions */
void classify_between_questions(const struct order_class_input *in, struct order_reading *rg);
/* classify_criterion_needed.c: "which has most meat? i need the most protein": the question's */
void classify_criterion_needed(const struct order_class_input *in, struct order_reading *rg);
/* classify_examples_offered.c: after a question, "like X or Y" at token at gives examples */
bool classify_examples_offered(const struct order_class_input *in, const struct order_clause *cl,
                               size_t at);
/* classify_price_checked.c: "horchata - 3$?": a price closing a clause asked with '?' */
bool classify_price_checked(const struct order_class_input *in, const struct order_reading *rg,
                            size_t c);
/* classify_same_subject.c: "... or are they frozen?": a question goes on about its dish */
void classify_same_subject(const struct order_understanding *u, const struct order_class_input *in,
                           struct order_reading *rg);
void classify_statement_asides(const struct order_understanding *u,
                               const struct order_class_input *in, struct order_reading *rg);
void classify_asks_if_possible(const struct order_class_input *in, struct order_reading *rg);
void classify_diet_follow_ups(const struct order_understanding *u,
                              const struct order_class_input *in, struct order_reading *rg);

/* classify_remarks.c: changes asked, remarks, clauses withdrawn or resumed */
void classify_changes_asked(const struct order_class_input *in, struct order_reading *rg);
void classify_dish_then_change(const struct order_understanding *u,
                               const struct order_class_input *in, struct order_reading *rg);
void classify_food_statements(const struct order_understanding *u,
                              const struct order_class_input *in, struct order_reading *rg);
void classify_next_time(const struct order_class_input *in, struct order_reading *rg);
void classify_other_continued(const struct order_class_input *in, struct order_reading *rg);
void classify_amount_sketched(const struct order_class_input *in, struct order_reading *rg);
/* "do you do catering? need food for 40 people": food named by no dish for a group counted,
 * right after a question, is what the question is about (classify_remarks.c). */
void classify_group_food_asked(const struct order_class_input *in, struct order_reading *rg);
/* A dish singled out of the remark before it, or talked about, adds nothing
 * (classify_remarks.c). */
void classify_singled_out(const struct order_class_input *in, struct order_reading *rg);
void classify_remark_after_other(const struct order_understanding *u,
                                 const struct order_class_input *in, struct order_reading *rg);
void classify_pleasantries(const struct order_class_input *in, struct order_reading *rg);
void classify_list_openers(const struct order_class_input *in, struct order_reading *rg);
void classify_reasons(const struct order_class_input *in, struct order_reading *rg);
void classify_order_placed_before(const struct order_class_input *in, struct order_reading *rg);
void classify_withdrawn(const struct order_class_input *in, struct order_reading *rg);
/* classify_given_up.c: a plan of the past given up, a dish asked to be put right */
void classify_plans_given_up(const struct order_class_input *in, struct order_reading *rg);
void classify_remedy_asked(const struct order_class_input *in, struct order_reading *rg);
bool classify_hesitation(const struct order_class_input *in, size_t i);
void classify_list_resumed(const struct order_understanding *u, const struct order_class_input *in,
                           struct order_reading *rg);
void classify_conditions(const struct order_class_input *in, struct order_reading *rg);
void classify_question_announced(const struct order_class_input *in, struct order_reading *rg);
/* classify_asking_reason.c: "asking as ..." after a question is the question's reason */
void classify_asking_reason(const struct order_class_input *in, struct order_reading *rg);
/* classify_made_then_more.c: "could you make the falafel wrap vegan? and a lemonade": a dish
 * asked to be made another way, then added to as an order or claimed, is asked for. */
void classify_made_then_more(const struct order_class_input *in, struct order_reading *rg);
void classify_counted_capability(const struct order_class_input *in, struct order_reading *rg);
void classify_permission_asked(const struct order_class_input *in, struct order_reading *rg);

/* classify_life_story.c: "my sister is visiting from phoenix, ...": a clause whose subject is
 * the customer or someone of theirs, or that praises a dish, beside a request or a question
 * tells why the customer writes; it raises no other matter. */
void classify_life_stories(const struct order_class_input *in, struct order_reading *rg);
/* classify_again_reason.c: "last time i had the red one ... i'll have that again": what was had,
 * told before the request for it again, only says what the request means */
void classify_again_reasons(const struct order_class_input *in, struct order_reading *rg);
/* classify_past_reason.c: "do you have the wrap? last time you were out": why it asks */
void classify_past_reasons(const struct order_class_input *in, struct order_reading *rg);

/* classify_plans.c: the customer's own plans beside a request */
/* Where the words of clause c after its things tell the customer's own plan ("2 cheeseburgers,
 * i'll pay at the counter", "... and we'll be outside"): the token that ends the request's
 * cues, or the clause's end when there is none. Only in a request that names things. */
size_t classify_plan_after_things(const struct order_class_input *in,
                                  const struct order_reading *rg, size_t c);
/* classify_demonstrative.c: a dish pointed at with "that" / "those" right after a remark */
/* "thanks, dinner was lovely! that halloumi burger": a clause whose every dish follows "that",
 * "those", "this" or "these", with no opener, count, '?' or politeness, right after another
 * matter, goes on with it. */
void classify_demonstrative_remarks(const struct order_class_input *in, struct order_reading *rg);

/* classify_kind_asked_after.c: a kind wished for, then asked which of it */
/* "we'd like some tacos. which of your tacos are vegetarian?": a request of an uncounted kind
 * alone that a later question asks which of is still being chosen; it asks for nothing. */
void classify_kind_asked_after(const struct order_class_input *in, struct order_reading *rg);

/* classify_superlative_asked.c: "whats the spiciest thing u got", "which wrap is the
 * cheesiest": a question opening with "what" / "which" / "who has" that goes on to "the",
 * "your" or "ur" and a superlative asks the menu ranked; a clause read as another matter
 * without a cue of one becomes a question of the menu. */
void classify_superlatives_asked(const struct order_understanding *u,
                                 const struct order_class_input *in, struct order_reading *rg);

/* classify_placed_before.c: an order placed before, told ahead of a request adding to it */
/* Where clause c's cues start: past "i placed an order for pickup," when a request to add
 * things to it follows in the clause ("..., can i add a side salad to it?"); else its
 * first token. */
size_t classify_placed_before_request(const struct order_class_input *in,
                                      const struct order_reading *rg, size_t c);
/* Does clause c ask for its dishes to be prepared: "could you have the burger and fries
 * ready?", "please have 2 lemonades ready by 6"? The causative "have/get … ready" asks for
 * the food, where "ready" alone would ask after an order. */
bool classify_asks_ready(const struct order_class_input *in, const struct order_reading *rg,
                         size_t c);

/* classify.c: is no word of tokens [b, e), its frame's words too, a cue of another matter
 * (a refund, a delivery)? */
bool classify_no_other_cue(const struct order_understanding *u, const struct order_class_input *in,
                           const struct order_reading *rg, size_t b, size_t e);

/* classify_doubt.c: orders the reading could not explain */
/* A count with no dish of its own after a question about a dish ("how much are the fries?
 * ill take 2") orders that dish. When no clause orders: a clause that counts out a dish ("can
 * we pre-order 6 cheeseburgers?", "a dozen tacos, pickup at 5", "3 or 4 tacos") outside a past
 * or a cancellation, or one that leaves the choice to the kitchen ("surprise me"), becomes a
 * request, and the reading is unsure (rg->unsure): the order goes to a person. */
void classify_doubtful_requests(const struct order_understanding *u,
                                const struct order_class_input *in, struct order_reading *rg);
void classify_short_answers(const struct order_understanding *u, const struct order_class_input *in,
                            struct order_reading *rg);
/* classify_pointed_pick.c: a message that is only "the" and an adjective or two before "one"
 * ("the smoky one?") is a request whose dish is asked back; the reading is unsure. */
void classify_pointed_picks(const struct order_class_input *in, struct order_reading *rg);

/* classify_food_named.c: marks in out (the clause's roles, copied) the words of each dish of
 * two words or more the menu lacks that clause cl asks for ("a birthday cake") as names,
 * which cue scoring skips. Returns whether any were. */
bool classify_mask_food_names(const char *text, const struct order_token *tokens,
                              const struct order_reading *rg, const struct order_clause *cl,
                              uint8_t *out);

/* classify_meal_picked.c: is token i "pick up" or "collect" with a meal as its object ("pick
 * up lunch", "collecting dinner")? Getting food, no matter of collection. */
bool classify_picks_up_meal(const char *text, const struct order_token *tokens, size_t i, size_t e);
/* classify_kitchen_asked.c: is token i "kitchen" (or "chef", "cook") asked by "can the" /
 * "could the" to do something to a dish ("can the kitchen go light on the oil")? The
 * restaurant addressed, no matter of the place. */
bool classify_kitchen_asked(const char *text, const struct order_token *tokens, size_t b, size_t i,
                            size_t e);
/* classify_eager_wait.c: is token i "wait" after "cant", nothing waited for after it ("a
 * horchata cant wait!")? Eagerness, no matter of waiting. */
bool classify_eager_wait(const char *text, const struct order_token *tokens, size_t b, size_t i,
                         size_t e);
/* classify_got_fewer.c: does clause c count dishes, then how many came ("2 horchatas, only
 * got 1"), asking for none? */
bool classify_got_fewer(const struct order_understanding *u, const struct order_class_input *in,
                        const struct order_reading *rg, size_t c);
/* classify_waited_for.c: does clause c tell how long its dishes took ("55 minutes for two
 * wraps"), asking for none? */
bool classify_waited_for(const struct order_understanding *u, const struct order_class_input *in,
                         const struct order_reading *rg, size_t c);
/* classify_hours_spent.c: is token i "hours" after a count the customer spent, or after
 * which they write ("spent 3 hours weeding", "after six hours of packing")? A day told,
 * no opening hours asked. */
bool classify_hours_spent(const struct order_understanding *u, const char *text,
                          const struct order_token *tokens, size_t b, size_t i, size_t e);
/* classify_paid_for.c: is token i "pay" or "charge" before "for" and a dish named or a
 * pronoun pointing at one (roles: the clause's, may be NULL)? A price asked, no payment. */
bool classify_paid_for_dish(const char *text, const struct order_token *tokens,
                            const uint8_t *roles, size_t i, size_t e);

/* classify_free_complement.c: is token i the complement closing a free relative ("best" of
 * "whatever bowl is best"), which picks a dish and says nothing to the restaurant? */
bool classify_free_complement(const char *text, const struct order_token *tokens, size_t b,
                              size_t i, size_t e);

#endif
