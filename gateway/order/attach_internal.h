/* attach_internal.h — private to the attach pass (reading.h, pass 4): attach.c and the
 * attach_*.c files beside it include it, nothing else does. The pass grew past what one
 * reader can hold in one file, so it is split by what each part reads; the parts still share
 * the state of one clause's pass and call one another, and this header is where they meet.
 * The pass's entry (order_read_attach) and the number readers other passes use
 * (order_read_number, order_read_quantity) stay in reading.h. */
#ifndef BRIGADE_GATEWAY_ORDER_ATTACH_INTERNAL_H
#define BRIGADE_GATEWAY_ORDER_ATTACH_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gateway/order/reading.h"

/* The pass over one clause: the reader, the message, the reading being built. */
struct attach_state {
    const struct order_reader *rd;
    const char *text;
    const struct order_token *tokens;
    struct order_reading *rg;
    size_t b, e;        /* the clause */
    int32_t each_qty;   /* "two each of A and B": the count for the spans that follow */
    size_t first;       /* the clause's first thing */
    size_t parts_end;   /* "2 cold brews, 1 black, 1 w/ vanilla": the end of parts counted out */
    int32_t per_person; /* "... per person, we're 5": the party a "per person" counts, or 0 */
    size_t every_a, every_b; /* "..., all no ice": the change said of every dish, or empty */
    /* the words of tokens [b, e), for a reader that reads inside the clause alone to ask
     * before it reads (cues.h); rg->cues holds the whole message's */
    struct order_clause_cues cues;
};

/* attach_quantity.c: numbers and the count before a span */
int32_t attach_digits(const char *s, size_t len, bool allow_x_suffix);
/* attach_eager.c: are the words [a, b) "cant wait", laughter or "to ..." after it? Eagerness,
 * no change. */
bool attach_eager_wait(const struct attach_state *st, size_t a, size_t b);
/* attach_eager.c: how many words of "(i) cant wait to" open [a, b) before the change they
 * lead to ("cant wait to add extra pickles"); 0 when none. */
size_t attach_eager_lead(const struct attach_state *st, size_t a, size_t b);
/* attach_never_had.c: are the words [a, b) the customer never having had the dish ("never
 * had it", "havent tried them yet")? Why it is asked for, no change. */
bool attach_never_had(const struct attach_state *st, size_t a, size_t b);
/* attach_haste.c: are the words [a, b) only haste ("urgent!!", "rush please")? No change. */
bool attach_haste_only(const struct attach_state *st, size_t a, size_t b);
/* attach_quantity.c: is token p a place's number ("table 7", "room 12")? It counts no dish. */
bool attach_place_number(const struct attach_state *st, size_t p);
/* Is number token t written as money, a currency sign at its digits ("$4", "4$", "€5")? */
bool attach_money_digits(const char *text, const struct order_token *t);
size_t attach_number(const struct order_understanding *u, const char *text,
                     const struct order_token *tokens, size_t at, size_t end, int32_t *v);
bool attach_is_article(const char *text, const struct order_token *tokens, size_t i, size_t end);
bool attach_boundary(const char *text, const struct order_token *tokens, size_t i, size_t end);
bool attach_free(const struct attach_state *st, size_t i);
void attach_before(struct attach_state *st, struct order_thing *s, size_t q);
size_t attach_pre_start(const struct attach_state *st, const struct order_thing *s, size_t from);
/* "2 or 3 orders of", "3-4": a range of counts at p, no count; its tokens before end, or 0 */
size_t attach_count_range(const struct attach_state *st, size_t p, size_t end);
/* "3-4": one word of two numbers joined by a dash, the first below the second */
bool attach_dashed_range(const struct attach_state *st, size_t p, size_t end);

/* attach_money_amount.c: "$15 worth of tacos", "10 bucks of fries": a sum to spend at q
 * right before the span at b, no count; the tokens it covers, 0 when none */
size_t attach_money_amount(const struct attach_state *st, size_t q, size_t b);

/* attach_heard_count.c: a count said as a word that sounds like it ("to crispy chicken
 * burgers", "for fries"), and the words of a dish's name spelt as they sound before it */
bool attach_homophone_count(struct attach_state *st, struct order_thing *s);
bool attach_name_misspelt(const struct attach_state *st, const struct order_thing *s, size_t p);

/* attach_count_after.c: the count right after a span, or a range there that is no count */
bool attach_them_at(const char *text, const struct order_token *t, size_t p, size_t e);
size_t attach_after_qty(struct attach_state *st, size_t i, bool right_after, int32_t item,
                        int32_t *qty);
size_t attach_after_range(struct attach_state *st, size_t i);

/* attach_count_marked_after.c: "wrap*3", "nachos: 2", "tea, qty: 4": where the count
 * after the dish ending at i starts, past the mark or label at j that sets it off; j when none */
size_t attach_count_marked_after(const struct attach_state *st, size_t i, size_t j);

/* attach_like_that.c: "like that" / "that way" at p, before end, after a count: pointing
 * back at the dish last told of, with the changes read on it, as "of them" does; the tokens
 * it covers, 0 when not */
size_t attach_manner_back_at(const struct attach_state *st, size_t p, size_t end,
                             const struct order_thing *last);

/* attach_listed_count.c: "2 - crispy chicken burger", "qty: 3 - iced green tea": a count
 * heading a dish's line, set off by a dash or a colon, counts it */
bool attach_listed_count_before(struct attach_state *st, struct order_thing *s);

/* attach_part_split.c: "the first one", "the other": one of a dish's count picked by its
 * place at a; the tokens covered, or 0 */
size_t attach_ordinal_one(const char *text, const struct order_token *t, size_t a, size_t limit);
/* attach_each.c: "we both want a lemonade": each dish after "both" and a verb of wanting,
 * with no count of its own, two; both_only leaves people counted each wanting alone */
void attach_both_want(struct attach_state *st, size_t first, size_t end, bool both_only);

/* attach_kind_part_named.c: "3 kids meals, 2 with nuggets": a part of a counted kind named
 * by one of its dishes takes its count from the kind's */
void attach_kind_parts_named(struct attach_state *st, size_t first, size_t end);

/* attach_measured_after.c: "onion rings, a portion": a noun of serving after the dish and a
 * comma measures it out, no thing of its own */
void attach_measured_after(struct attach_state *st, size_t c);

/* attach_possessed_part.c: "his", "mine": one of a dish's count named by whose it is at a;
 * the tokens covered, or 0 */
size_t attach_possessed_one(const char *text, const struct order_token *t, size_t a, size_t limit);

/* attach_modifiers.c: a span's modifiers */
size_t attach_word_count(const struct order_token *t, size_t a, size_t b);
bool attach_reason_at(const char *text, const struct order_token *t, size_t i, size_t e);
bool attach_reported_at(const char *text, const struct order_token *t, size_t i, size_t e);
bool attach_made_object(const char *text, const struct order_token *t, size_t p, size_t e);

/* attach_says_nothing.c: words after a dish that change nothing of it */
/* Does a subject and its verb start at token i ("she is not eating fish")? */
bool attach_aside_at(const char *text, const struct order_token *t, size_t i, size_t e);
/* Does [a, b) say what a change is for ("so its vegan", "to make it vegan")? */
bool attach_purpose_at(const char *text, const struct order_token *t, size_t a, size_t b);
/* Do the words [a, b) say the dish comes as the menu has it ("as is", "normal")? */
bool attach_unchanged(const char *text, const struct order_token *t, size_t a, size_t b);
/* attach_declined_dish.c: "no" and a whole other dish opening a sentence declines it */
bool attach_declined_dish(const struct attach_state *st, const struct order_thing *th, size_t a,
                          size_t b);
/* attach_copula_asked.c: "is the fish one spicy?" asks of the dish, changes nothing */
bool attach_copula_asked(const struct attach_state *st, const struct order_thing *th, size_t a,
                         size_t b);
/* attach_section_heading.c: "(sides)" after a side, its section in brackets, is no change */
bool attach_section_bracketed(const struct attach_state *st, const struct order_thing *th, size_t a,
                              size_t b);
/* Do the words [a, b) after dish th change nothing of it (a reason, an aside, a remark, what
 * it comes with or is for)? */
/* attach_extra_cost.c: is [a, b) "extra" alone after "is it" ("or is it extra?")? A cost,
 * no change. */
bool attach_extra_as_cost(const struct attach_state *st, size_t a, size_t b);
/* attach_slip_corrected.c: drops the one-word change of before that now, the same dish
 * picked out again by a correction, shows to be a slip ("Portland" for "portobello"). */
void attach_slip_corrected(const struct attach_state *st, struct order_thing *before,
                           const struct order_thing *now);
/* attach_head_slip.c: is the one word [a, b) right after th's span its name's last word a
 * letter off ("2 onion kings")? The head misspelt, no change. */
bool attach_head_slip(const struct attach_state *st, const struct order_thing *th, size_t a,
                      size_t b);
bool attach_modifier_says_nothing(const struct attach_state *st, const struct order_thing *th,
                                  size_t a, size_t b);
/* attach_shared_change.c: "two wraps, hummus on the side, one with extra chilli": the part
 * keeps the change said of the whole count before it (shared_n of shared's changes) */
void attach_part_shares(struct order_thing *part, const struct order_modifiers *shared,
                        uint8_t shared_n);
bool attach_rest_regular(const struct attach_state *st, const struct order_thing *th, size_t a,
                         size_t b);
/* attach_name_split.c: "kesa birria taco": the word before a dish, joined to the name's word
 * after it, sounds as one word of the name ("quesabirria") */
bool attach_name_split_before(const struct attach_state *st, const struct order_thing *s, size_t q);
bool attach_name_split_two_before(const struct attach_state *st, const struct order_thing *s,
                                  size_t p);
/* attach_vague_noun.c: "a watermelon thingy": the noun points at the dish, no change */
bool attach_vague_noun_after(const struct attach_state *st, const struct order_thing *th, size_t a,
                             size_t b);
/* "a nuggets plate with extra fries": the tokens of a vague noun opening a change, 0 if none */
size_t attach_vague_noun_lead(const struct attach_state *st, const struct order_thing *th, size_t a,
                              size_t b);
bool attach_degree_after(const struct attach_state *st, size_t a, size_t b);
void attach_add_modifier(struct attach_state *st, struct order_thing *th, size_t a, size_t b);
bool attach_has_instead(const struct attach_state *st, size_t a, size_t b);
bool attach_modifier_form(const struct attach_state *st, size_t a, size_t b);
bool attach_modifier_lead_at(const struct attach_state *st, size_t p, size_t end);

/* attach_bracketed_part.c: is the run [i, j), in brackets right after dish last, a part its
 * name or description holds ("taco (corn tortilla)")? Then it restates the dish. */
bool attach_bracketed_part(const struct attach_state *st, const struct order_thing *last, size_t i,
                           size_t j);
/* attach_vessel_of_asked.c: is token p a vessel or a measure of serving ("bottles",
 * "a plate")? */
bool attach_vessel_word(const struct attach_state *st, size_t p);
/* attach_manner_after.c: is the run [i, j), right after the span last and a comma, a past
 * participle after maybe a degree ("elote, lightly charred")? How the dish is cooked. */
bool attach_manner_after(const struct attach_state *st, const struct order_thing *last, size_t i,
                         size_t j);
/* attach_taste_in_general.c: is the run [i, j) heat as a taste in general ("spice", "the
 * heat"), no change leading it? It tells how the customer eats, no dish. */
bool attach_taste_in_general(const struct attach_state *st, size_t i, size_t j);
/* attach_kinds.c: the id of a head word ("taco") that tokens [b, e) read and item's names
 * hold (any item when item < 0), or -1 */
int32_t attach_head_word(const struct attach_state *st, size_t b, size_t e, int32_t item);
/* attach_kinds.c: does a word of [a, b) read as a word of item i's name, as written? */
bool attach_word_names_item(const struct attach_state *st, int32_t i, size_t a, size_t b);
/* attach_kinds.c: narrows th, a dish naming no kind of its own, to the one item it shares
 * with the kind k; false (nothing changed) when they share none or several */
bool attach_narrow_to_kind(struct attach_state *st, struct order_thing *th,
                           const struct order_thing *k);
/* attach_served_as_kind.c: "the crispy pork one in a bowl", "the spicy one as a burrito":
 * a kind after "in" / "as" (an article between) right after a dish that fits several items
 * narrows it to the one of that kind; the kind asks for nothing of its own */
void attach_served_as_kind(struct attach_state *st, size_t first, size_t end);
/* attach_time_clause.c: do the words [a, b) open with a conjunction of time and a subject
 * ("before we go on", "when i get there")? When the dish is wanted, no change. */
bool attach_time_clause(const char *text, const struct order_token *t, size_t a, size_t b);
/* attach_modifier_write.c: how a change is written */
/* Does item's name or description hold every word of [a, b) (three at most)? */
bool attach_swap_held(const struct order_lexicon *lex, int32_t item, const char *text,
                      const struct order_token *t, size_t a, size_t b);
/* Writes the change [a, b) of dish th as the labels write changes (added: "added" followed
 * the words and no label names them). */
void attach_modifier_write(struct attach_state *st, struct order_thing *th, size_t a, size_t b,
                           bool added);
/* Keeps the words [a, b) as the change "<words> on the side". */
void attach_keep_on_side(struct attach_state *st, struct order_thing *th, size_t a, size_t b);

/* attach_counted_parts.c: counts after a dish that add up to its count mark its parts
 * (st->parts_end); spans several items fit among their words are dropped */
void attach_counted_parts(struct attach_state *st, size_t first, size_t end);
/* attach_set_off_word.c: "a cold brew, black, and ...": a word set off by commas after a
 * dish that ends no menu name is a change of it, no dish */
void attach_set_off_word(struct attach_state *st, size_t first);
/* attach_kind_restated.c: "a horchata and a coke, two drinks total": a kind said beside
 * dishes of it the message names restates them */
void attach_kind_restated(struct attach_state *st, size_t c);
/* attach_doubled_order.c: "actually double that": every dish asked for before, twice */
void attach_doubled_order(struct attach_state *st, size_t c);
/* "one of the bean burgers made vegan" after "2 black bean burgers": a part of that count */
void attach_part_of_named(struct attach_state *st, size_t first, size_t end);
/* "2 sugars" after a dish: a count of food its changes speak of; its tokens, or 0 */
size_t attach_counted_add_in(const struct attach_state *st, size_t a, size_t limit);

/* attach_pointed_change.c: a change right after a pronoun pointing at a dish */
/* "ill have that w extra slaw and onion rings": "with" / "w" at a and the change after it,
 * up to end, become last's; nothing when no change follows there. */
void attach_change_of_pointed(struct attach_state *st, struct order_thing *last, size_t a,
                              size_t end);

/* attach_parts.c: pieces after a span, parts of its count */
bool attach_x_qty_at(const struct attach_state *st, size_t p, size_t limit);
/* Does "into" or "onto" stand at token p (p < st->e): what a dish is split into follows
 * ("split into 2 cups", "onto two plates"), its parts, no dishes? */
bool attach_into_at(const struct attach_state *st, size_t p);
/* The end of the piece of free words starting at a, before limit */
size_t attach_piece_end(const struct attach_state *st, size_t a, size_t limit);
/* Is the piece [a, b) one adjective alone, no food, or a participle after a degree ("lightly
 * dusted"), that ends the clause ("coffee pls, black")? */
bool attach_closing_adjective(const struct attach_state *st, size_t a, size_t b);
/* "2 chocolate milkshakes but small ones": a span of a size alone, "one(s)" after it, right
 * after a dish of its clause from things[first] on, is that dish's size, no dish of its own;
 * so is a size word alone between stops ("2x beef burger (med)") (attach_size_one.c). */
void attach_size_ones(struct attach_state *st, size_t first);
/* Is w[0..len) a pointing word with its "th" written "d", as dialect is texted ("dat", "dis",
 * "dem", "dese", "dose")? It points at the dish, it does not describe it (attach_quantity.c). */
bool attach_th_stopped(const char *w, size_t len);
/* attach_diet_part.c: "two black bean burgers, one vegan": a diet word read as a span after a
 * part's count is how that part comes, no dish (spans of the clause from things[first]) */
void attach_diet_parts(struct attach_state *st, size_t first);
/* "for my grandson's birthday tea": "tea" after a word that makes it a meal names no drink
 * (attach_tea_meal.c). */
void attach_tea_meal(struct attach_state *st, size_t first);
bool attach_sized_another(struct attach_state *st, size_t c, struct order_thing *last, size_t i,
                          size_t j);
/* "extra extra spicy": the first of a change's lead word said twice is a filler
 * (attach_doubled_lead.c). */
void attach_doubled_leads(struct attach_state *st);
/* "no onion no cilantro just meat and salsa": what stays after a removal, said again, is no
 * change: fillers (attach_what_stays.c). */
void attach_what_stays(struct attach_state *st);
/* "can u make the elote without chili? if yes 2 elotes": the dish named again on the answer
 * is the one asked about, with its change (attach_if_yes_again.c). */
void attach_if_yes_again(struct attach_state *st, size_t first, size_t end);
/* "2 cheeseburgers and a shake, no pickles on em": a change [a, b) closed by "on them" after
 * a single dish cur is the change of the dish of its clause asked for many of, the closing
 * words dropped. Returns whether it was one (attach_on_them.c). */
bool attach_piece_on_them(struct attach_state *st, const struct order_thing *cur, size_t a,
                          size_t b);
bool attach_points_at_count(const struct attach_state *st, size_t a, size_t b);
void attach_no_shared(struct attach_state *st, struct order_thing *th, size_t n);
size_t attach_after(struct attach_state *st, struct order_thing *s, size_t i, size_t limit,
                    bool limit_is_span);

/* Writes into `to` the dish again, a thing of clause c over tokens [b, e) counted qty (said
 * when counted), with no change of its own: more of a dish asked for, pointed back at or in
 * another size. `to` and `dish` are two things. */
static inline void attach_dish_again(struct order_thing *to, const struct order_thing *dish,
                                     size_t c, size_t b, size_t e, int32_t qty, bool counted)
{
    *to = *dish;
    to->clause = (uint8_t)c;
    to->qty = qty;
    to->qty_explicit = counted;
    to->mods.n = 0;
    to->mods_shared = 0;
    to->begin = (uint16_t)b;
    to->end = (uint16_t)e;
}

/* attach_part_split.c: a part of a span's count split off with changes of its own */
struct order_thing *attach_split(struct attach_state *st, struct order_thing *s, int32_t k,
                                 size_t at);
/* "one with no tahini", "one large" at a after span s: the tokens of the part's count (0: not
 * such a piece), the part in *into */
size_t attach_part(struct attach_state *st, struct order_thing *s, size_t a, size_t limit,
                   bool limit_is_span, bool split_before, struct order_thing **into);

/* attach_part_rest.c: "two wraps. one with hummus. one without tahini.": clause c's count v,
 * ending at token p, pointing at last, a part split off a counted dish in a clause before,
 * with a change's lead after it, is the next part of that dish, or its rest with the change.
 * Returns whether it was. */
bool attach_part_of_rest(struct attach_state *st, size_t c, struct order_thing *last, size_t p,
                         int32_t v);

/* attach_part_for_whom.c: the tokens at p of "for" and whom a part of a count is for ("one
 * for Mia with no ketchup", "one for my son plain"), before its change; 0 when none. */
size_t attach_part_for_whom(const struct attach_state *st, size_t p, size_t limit);

/* attach_piece.c: a piece after a dish added as a change, to the dishes its closing words
 * name */
void attach_piece(struct attach_state *st, struct order_thing *cur, size_t a, size_t b);

/* attach_without_again.c: does piece [a, b) say only "without", after the piece [pa, pb)
 * that said "with X" ("one with the mayo, the other without")? Then it gives cur "no X". */
bool attach_without_again(struct attach_state *st, struct order_thing *cur, size_t pa, size_t pb,
                          size_t a, size_t b);

/* attach_unknown.c: what left over words are */
bool attach_in(const char *text, const struct order_token *t, size_t i, size_t end,
               const char *const *list, size_t n);
/* Is w[0..len) a sound of hesitation ("ummm", "uhh", "hmm")? */
bool attach_hesitation_word(const char *w, size_t len);
bool attach_with_possessive(const struct attach_state *st, size_t a, size_t b);
size_t attach_with_dish(const struct attach_state *st, size_t a, size_t b);
bool attach_unreadable(const struct attach_state *st, size_t i, size_t b);
bool attach_all_unknown(const struct attach_state *st, size_t i, size_t b);
bool attach_counted_thing(const struct attach_state *st, size_t i, size_t b);
bool attach_after_preposition(const struct attach_state *st, size_t a);
bool attach_exact_menu_word(const struct attach_state *st, size_t i, size_t b);
bool attach_alone_polite(const struct attach_state *st, size_t a, size_t b);
/* Is the run [i, b) one word that names a drink and is everyday English too ("stout",
 * "porter")? The caller reads it as the drink only where a dish stands
 * (attach_everyday_drink.c). */
bool attach_everyday_drink(const struct attach_state *st, size_t i, size_t b);
/* Do the few words [a, b) name only a reason of health, "allergy" or the like last
 * ("nut allergy")? (attach_says_nothing.c) */
bool attach_health_reason(const char *text, const struct order_token *t, size_t a, size_t b);
/* "not" and a number alone at a correct the count said before (attach_not_count.c). */
bool attach_not_count(struct attach_state *st, size_t a, size_t limit);
/* Is token p a span of time ("years", "mins") a count before it measures (attach_time_count.c)? */
bool attach_counts_time(const struct attach_state *st, size_t p, size_t limit);
bool attach_alone_asked(const struct attach_state *st, size_t c, size_t a, size_t b);
bool attach_count_of_pronoun(struct attach_state *st, size_t a, size_t k, size_t b, int32_t qty);
/* attach_made_of.c: are the words [a, b) right after dish th "of" and a word or two its name
 * or description holds ("a horchata of cinnamon")? Then they name it, no change (marked so). */
bool attach_made_of(const struct attach_state *st, const struct order_thing *th, size_t a,
                    size_t b);
/* attach_count_of_own.c: is the count of k tokens at a one of the customer's own group, "of"
 * and a possessive after it and no menu word or food before b ("one of my partners")? */
bool attach_count_of_own(const struct attach_state *st, size_t a, size_t k, size_t b);
bool attach_near_anchor(const struct attach_state *st, size_t p);
bool attach_trailing_count(struct attach_state *st, size_t a, size_t *b, int32_t *qty);
/* attach_paren_after.c: "sopes (2)", a bracketed count right after the leftover ending at b */
bool attach_paren_count_after(struct attach_state *st, size_t b, int32_t *qty);
/* attach_dash_count_after.c: "sopa azteca - 2 of those", a count pointing back at the leftover
 * ending at b, behind a dash */
bool attach_dash_count_after(struct attach_state *st, size_t b, int32_t *qty);
/* ... and is the count at i such a one: after a dash that an unread word stands before? Then
 * it points at no dish named before. */
bool attach_dash_count_of_unread(const struct attach_state *st, size_t begin, size_t i);
void attach_trim_phrase(struct attach_state *st, size_t *i, size_t *b);
bool attach_not_a_dish(struct attach_state *st, size_t i, size_t b, bool explicit_qty, int32_t qty);
/* attach_each_then_every.c: the tokens of "N of each" or "N each" at a when a comma and
 * "all" or "both" follow it ("1 of each, all with no onion"), or 0 */
size_t attach_each_before_every(const struct attach_state *st, size_t a, size_t limit);
/* Is the run [i, b) a subject, a verb and a pronoun pointing back at the dish before, with
 * a word or so after it ("she only likes them plain")? It says how the dish is taken, names
 * none. (attach_said_of_them.c) */
bool attach_said_of_them(struct attach_state *st, size_t i, size_t b);
/* Do the words [i, b) after a dish say what it is or was ("it was cold last time"), a pronoun
 * pointing back and a copula before a few words of no food? (attach_verdict_on_it.c) */
bool attach_verdict_on_it(struct attach_state *st, size_t i, size_t b);
/* Is the message only an article and a short noun phrase with a word no dictionary knows ("an
 * aperol spritz")? (attach_alone_article.c) */
bool attach_alone_article(const struct attach_state *st, size_t a, size_t b);
/* Is the phrase [a, b) all its clause says, but for greetings, with no '?', tokens [words, b)
 * all words? A thing sent alone (attach_alone_article.c, attach_alone_coined.c). */
bool attach_phrase_alone(const struct attach_state *st, size_t a, size_t words, size_t b);

/* Is the run [a, b) all the message says, a short noun phrase whose first word is two
 * English words run together that no dictionary knows ("crunchwrap supreme")?
 * (attach_alone_coined.c) */
bool attach_alone_coined(const struct attach_state *st, size_t a, size_t b);
/* Does the clause open on "there are" or a subject and a verb of being or having ("we have 2
 * bikes"), with no mark between it and the counted leftover at i? What it counts is with the
 * customer, no dish (attach_counted_there.c) */
bool attach_counted_there(const struct attach_state *st, size_t i);
/* "2 wraps, my doctor says i need more greens": is the leftover at i in what a person other
 * than the customer says, after the dishes? (attach_said_by_other.c) */
bool attach_said_by_other(struct attach_state *st, size_t i);
/* "a bowl, my husband cant handle spice", "a burger, my son loves pickles": is the leftover
 * [i, b) what someone cannot bear or is fond of, after the dishes: a possessive, a noun and
 * "cant", "wont", "loves", "likes" or "adores", or a verb of liking opening the leftover after
 * the noun ("my son | loves burgers")? (attach_said_by_other.c) */
bool attach_bearing_of_other(struct attach_state *st, size_t i, size_t b);
/* How many the customer's party is, said anywhere in the message ("we're 5", "party of 6"):
 * its count in *v and the tokens saying it, [return, + *k); *k is 0 when none is said
 * (attach_each.c) */
size_t attach_party_size(const struct attach_state *st, size_t *k, int32_t *v);
/* "we're 14, everyone gets the veggie burger": one for every one of the party
 * (attach_everyone_gets.c) */
void attach_everyone_gets(struct attach_state *st, size_t first, size_t end);
/* attach_counted_all.c: is p "all" or "both" and a count of two or more ("all three")? */
bool attach_counted_all(const struct attach_state *st, size_t p);
/* attach_lost_dish.c: do two question marks or more end the clause at b, a line of a list
 * ("* 1x ??"): an entry whose dish the customer does not know yet, no question? */
bool attach_unknown_entry_at(const struct attach_state *st, size_t b);
/* ... the run [a, b) (its count, qty, ending at i, counted when said) names a
 * dish lost on the message's way: a transcriber's mark as [i, b) ("a [inaudible]"), or a
 * count alone before symbols drawn for lost characters ("1 ▒▒▒▒"). Adds it, unreadable, to
 * clause c; returns whether it did. */
bool attach_lost_dish(struct attach_state *st, size_t c, size_t a, size_t i, size_t b, int32_t qty,
                      bool counted);
/* attach_vessel.c: do the k tokens of a count at a end in a vessel of drink ("a glass of")? */
bool attach_vessel_count(const struct attach_state *st, size_t a, size_t k, size_t b);
/* attach_vessel.c: do "pint(s) of" open the run at *i after an article or a count ("a pint of
 * stout")? Then *i is moved past them */
bool attach_pint_measure(const struct attach_state *st, size_t a, size_t k, size_t *i, size_t b);
/* attach_event_timed.c: are the words from i (to b at least) of the language before "in"/
 * "at" and a number ("crew meeting at 9"): what happens then, no dish? */
bool attach_event_timed(const struct attach_state *st, size_t i, size_t b);
/* attach_count_spelt.c: is token i the count v spelt out, misspelt or as heard, before the
 * same count in brackets ("tow (2)")? */
bool attach_count_spelt(const struct attach_state *st, size_t i, int32_t v);
/* attach_platter.c: does the run [i, b) end on a dish that only serves food ("a party
 * platter"), which names the food served on it? */
bool attach_platter_head(const struct attach_state *st, size_t i, size_t b);
/* attach_joked_about.c: "only joking about the X" takes back the X asked for in a clause
 * before */
void attach_joked_about(struct attach_state *st);
/* attach_food_verb.c: is the food [i, b), one word (maybe after "will"), right after a
 * subject and before a free word, a verb ("we'll roll over in 20")? */
bool attach_food_verb(const struct attach_state *st, size_t i, size_t b);
/* attach_food_for_whom.c: is the one word [a, b) after a dish and "for" whom or what the dish
 * is for ("a burger for peanut"), no food asked for? */
bool attach_food_for_whom(const struct attach_state *st, size_t a, size_t b);
bool attach_menu_words(const struct attach_state *st, size_t i, size_t b);
size_t attach_food_phrase_start(const struct attach_state *st, size_t i, size_t b);
bool attach_count_of_next(struct attach_state *st, size_t a, size_t k, size_t b, int32_t qty,
                          bool explicit_qty);
/* attach_unknown.c: "one chili cheese fries one root beer float": in the run from i counted
 * in words, does a count in words at j start the next thing? */
bool attach_word_count_starts_thing(const struct attach_state *st, size_t i, size_t j);
bool attach_count_starts_thing(const struct attach_state *st, size_t j);

/* attach_said_around.c: do the words [a, b) after "on a" / "in a" name nothing a dish is
 * served on or in ("on a break", "in a hurry"): no change? */
bool attach_said_around(const struct attach_state *st, size_t a, size_t b);

/* attach_food_words.c: which words left over read as food */
bool attach_food_token(const struct attach_state *st, size_t i);
bool attach_swapped_food(const struct attach_state *st, size_t i);
bool attach_food_run(const struct attach_state *st, size_t i, size_t b);
/* attach_food_words.c: is the run [i, b) of two words a food the lexicon names whole with one
 * letter left out of its short last word ("hot dg")? The repairs of letters left out read
 * words of five letters or more, where one known word alone fits; a short word fits many,
 * but the food's first word, written whole, says which. Only a word no dictionary knows, its
 * first letter kept. The last word as meant into meant ("dog"). */
enum { ATTACH_SLIPPED_WORD_MAX = 4 };
bool attach_food_slipped_word(const struct attach_state *st, size_t i, size_t b,
                              char meant[ATTACH_SLIPPED_WORD_MAX + 2]);
bool attach_leftover_food(const struct attach_state *st, size_t i, size_t b, bool named,
                          size_t *last_food);

/* attach_in_list.c: a run that stands in a list of dishes, and a thing named there */
bool attach_in_list(const struct attach_state *st, size_t a, size_t b);
bool attach_named_thing(const struct attach_state *st, size_t i, size_t b, bool article);
bool attach_list_line(const struct attach_state *st, size_t c, size_t a, size_t b);
bool attach_list_continued(const struct attach_state *st, size_t c, size_t a);
/* Is the run [a, b) the rest of a line headed by a name ("Theo - topo chico") after a line
 * headed so whose rest is a dish ("Hannah - churros")? A dish stands there (attach_in_list.c) */
bool attach_line_after_heading(const struct attach_state *st, size_t c, size_t a, size_t b);

/* attach_described_dish.c: a leftover that names a dish after all */
bool attach_text_has_phrase(const char *text, const char *phrase);
/* Is the food phrase [i, b) what the name and description of exactly one item say ("a
 * tamarind soda")? Then th becomes a span of that item. */
bool attach_described_dish(const struct attach_state *st, struct order_thing *th, size_t i,
                           size_t b);
/* Is the food phrase [i, b), followed by "with" and words up to a mark that its one item's
 * name or description all hold, that item ("the fried dough sticks with the chocolate")?
 * Then th becomes a span of it. (attach_described_dish.c) */
/* "the corn on the cob": the food [i, b), "on"/"of"/"in" and a word or two after it, said
 * together by exactly one item's text: th becomes a span of it. (attach_described_dish.c) */
bool attach_described_phrase_after(const struct attach_state *st, struct order_thing *th, size_t i,
                                   size_t b);
bool attach_described_with_after(const struct attach_state *st, struct order_thing *th, size_t i,
                                 size_t b);
/* Is [i, b) one word of the menu's names that only one item's name holds ("1 sparkling")?
 * Then th becomes a span of it. */
bool attach_one_name_word(const struct attach_state *st, struct order_thing *th, size_t i,
                          size_t b);
/* attach_lead_described.c: is the phrase [i, b) what the lead of exactly one item's
 * description says it is ("the custard", "sugar sticks"; unknown: a word no dictionary
 * knows, "hibiscus")? Then th becomes a span of it. */
bool attach_lead_described(const struct attach_state *st, struct order_thing *th, size_t i,
                           size_t b, bool unknown);

/* attach_leftover_run.c: one run of leftover words, where a dish may stand (opened: after
 * an opener or an order's header) */
void attach_leftover(struct attach_state *st, size_t c, size_t a, size_t b, bool opened);

/* attach_references.c: the food the menu lacks asked about in the question right before
 * clause c ("do you have pizza? i'll take 2 if so"), NULL when none */
struct order_thing *attach_food_asked(struct attach_state *st, size_t c);
/* attach_vessel_of_asked.c: "got any menudo? i'll take a small bowl": the vessel alone after a
 * question about a food the menu lacks asks for that food */
void attach_vessel_of_asked(struct attach_state *st, size_t c);
/* attach_ones_asked.c: "do you have tamales? if so 6 pork ones": pork tamales */
void attach_ones_asked(struct attach_state *st, size_t c, size_t first);

/* attach_leftovers.c: a clause's leftovers */
/* Is the leftover [i, b) a food word before a doneness, the part of the dish before it that
 * is cooked so ("meat well done")? Its words are then marked the change's
 * (attach_cooked_part.c) */
bool attach_cooked_part(struct attach_state *st, size_t i, size_t b, bool explicit_qty);
/* Does [p, b) open with "on"/"in", an article and a change ("1 on a gluten free bun")?
 * (attach_served_on.c) */
bool attach_served_on_change(const struct attach_state *st, size_t p, size_t b);
/* Is the change [i, j) after "with" a food of two words or more served with the dish the menu
 * lacks, unread, and so a thing of its own ("a pork chop with mashed potatoes")?
 * (attach_side_with.c) */
bool attach_side_with(const struct attach_state *st, const struct order_thing *unread, size_t i,
                      size_t j);
/* "the pork one over rice": the one of the items a dish fits served over that food */
void attach_served_over(struct attach_state *st, size_t first, size_t end);
void attach_leftovers(struct attach_state *st, size_t c);

/* attach_if_so_yes.c: "is the burrito the one with fries? if so yes pls": one of the dish
 * asked about, requested by clause c; false when c says no such thing */
bool attach_if_so_yes(struct attach_state *st, size_t c);
/* attach_references.c: words pointing back at a dish */
void attach_references(struct attach_state *st, size_t first);
/* the span nearest before i; attach_last_dish passes over references, attach_last_item over
 * references and spans said not meant */
struct order_thing *attach_last_span(struct attach_state *st, size_t i);
struct order_thing *attach_last_dish(const struct attach_state *st, size_t i);
struct order_thing *attach_last_item(struct attach_state *st, size_t i);
size_t attach_count_at(const struct attach_state *st, size_t i, size_t end, int32_t *v);
bool attach_nothing_else(const struct attach_state *st, size_t i, size_t end);
void attach_back_reference(struct attach_state *st, size_t c);
/* "which one is more filling? ill get whichever you say + a lemonade": "whichever" in a
 * request that names dishes of its own too, read as attach_back_reference reads it alone. */
void attach_whichever_beside(struct attach_state *st, size_t c);
/* "can i get them added to tonight's order": "added" and where to, from q on, frame words */
void attach_added_after(struct attach_state *st, size_t q, size_t end);
/* attach_all_count.c: a clause that only counts every dish named before it */
bool attach_all_count(struct attach_state *st, size_t c);
bool attach_each_asked(struct attach_state *st, size_t c);
/* attach_again.c: a copy by "the same" in its dish's clause takes the dish's changes */
void attach_same_changes(struct attach_state *st, size_t c, size_t first);
/* attach_put_on.c: "does X come with guac? either way throw some on there" */
bool attach_put_on_asked(struct attach_state *st, size_t c);
void attach_back_count_before(struct attach_state *st, size_t c, size_t first);
void attach_parts_of_earlier(struct attach_state *st, size_t first, size_t end);

/* attach_count_added.c: "2 tacos no onion. and one plain": a count opened by "and" after a
 * changed dish is more of it, no part; whether it was read so */
bool attach_count_added(struct attach_state *st, size_t c, struct order_thing *last, size_t i,
                        size_t p, size_t k, int32_t v);
/* attach_count_reference.c: clause c's reference [i, p] (k tokens of it a count of v) to dish
 * last, the count read: a part of the dish, the dish counted, or the dish asked for anew */
void attach_count_reference(struct attach_state *st, size_t c, struct order_thing *last, size_t i,
                            size_t p, size_t k, int32_t v);
/* attach_count_taken_off.c: is clause c's reference [i, p] a smaller count v taken off dish
 * last by a verb right before it ("cancel one of them")? The dish's count is then lessened */
bool attach_count_taken_off(struct attach_state *st, size_t c, struct order_thing *last, size_t i,
                            size_t p, size_t k, int32_t v);
/* attach_every_one.c: is the count at i "one" after "either" / "each" / "every", pointing at
 * the whole of dish last asked for many of? Its words are then taken as the count's */
bool attach_every_one(struct attach_state *st, size_t c, const struct order_thing *last, size_t i,
                      size_t k, int32_t v);

/* attach_pronoun_object.c: a pronoun right after a request opener standing for a dish */
void attach_pronoun_object(struct attach_state *st, size_t c);
/* Is clause c only dishes, their counts and changes, and words of the frame? */
bool attach_bare_list(const struct attach_state *st, size_t c);
/* Where the adverbs that close a clause without naming anything begin ("two then") */
size_t attach_closing_adverbs(const struct attach_state *st, size_t p, size_t end);
/* "ill have that", "ill get it either way": "that" / "it" at p after a request opener points
 * at a dish */
bool attach_that_object(const struct attach_state *st, size_t p, size_t end);
bool attach_it_object(const struct attach_state *st, size_t p, size_t end);
/* attach_it_counted.c: "x3", "times two", "twice" at q after "it": its tokens, *v the count */
size_t attach_it_count_at(const struct attach_state *st, size_t q, size_t end, int32_t *v);

/* attach_again.c: dishes asked for again */
void attach_another_dish(struct attach_state *st, size_t first, size_t end);
/* attach_counted_again.c: a dish counted by fewer of its own words right after it is named, or
 * named again after "so" and a count ("the wrap so 5 wraps"): one dish, counted */
void attach_counted_again(struct attach_state *st, size_t first, size_t end);
void attach_past(struct attach_state *st, size_t c);
/* Adds tokens [i, j) of clause c as an order outside the message ("the usual"), for a
 * person to look up; NULL when the things are full. */
struct order_thing *attach_add_past(struct attach_state *st, size_t c, size_t i, size_t j);
/* attach_told_food_counted.c: "... ur "mango agua fresca" is elite. 2 of those pls": the count
 * [i, j) of clause c, pointing back where no dish was asked for, asks for the dish the menu
 * lacks told of before it (v of it); false when none was */
bool attach_told_food_counted(struct attach_state *st, size_t c, size_t i, size_t j, int32_t v);
size_t attach_same(struct attach_state *st, size_t c);
size_t attach_another(struct attach_state *st, size_t c);
/* attach_pointed_outside.c: a message that only points ("yes that one"): asked back */
bool attach_pointed_outside(struct attach_state *st, size_t c);
/* attach_again_outside.c: "i'll have that again" with no dish before it: asked back */
bool attach_again_outside(struct attach_state *st, size_t c);

/* attach_kinds.c: kinds of dish */
/* Kind s, "with" at a and one word of the menu up to b that no dish of the kind holds, but
 * several other dishes do ("a burrito with carnitas"): the dish the menu lacks that the word
 * and the kind name, declined as "carnitas burrito" is (attach_filled_kind.c). */
bool attach_filled_kind(struct attach_state *st, struct order_thing *s, size_t a, size_t b);
void attach_described(struct attach_state *st, struct order_thing *s);
/* attach_kind_extra.c: kind s followed by "with extra" and two words or more of a part only
 * one candidate has ("the spicy one with extra sriracha mayo"): that candidate, the change
 * kept. Returns whether it picked. */
bool attach_kind_extra_picks(struct attach_state *st, struct order_thing *s);
/* attach_anew_whichever.c: kind n, asked for anew in clause c, picked among by a diet in a
 * free relative of that clause ("whichever is vegan, one of those") */
void attach_anew_whichever(const struct attach_state *st, struct order_thing *n, size_t c);
/* attach_filled_inside.c: dish s, then "with" words and "inside" / "in it" that it does not
 * hold but one other dish of its section does, with every word that named s ("the steak
 * burrito with fries inside"): s is that dish, the words no change */
bool attach_filled_inside(struct attach_state *st, struct order_thing *s);
/* attach_swap_before_dish.c: a span, "instead of" what the span after "on"/"in"/"for" holds
 * ("beans instead of rice on the carnitas bowl"): the swap of that dish, the first no dish */
void attach_swap_before_dish(struct attach_state *st, size_t first, size_t end);
/* The end of the words after the lead at a that say what is in a kind (up to a separator, a
 * change's lead, "and" before a count, or an "x" count); *words of them describe. */
size_t attach_described_end(const struct attach_state *st, size_t a, size_t *words);
/* The one of a kind's candidates that the describing words of (a, b) pick (*best_n of them
 * its name and description hold), or -1 when none or several do; name: the kind's word is
 * also one dish's name ("fries"), which one word picks only by a word of another's name. */
int32_t attach_described_pick(const struct attach_state *st,
                              const struct order_item_set *candidates, bool name, size_t a,
                              size_t b, size_t words, size_t *best_n);
/* Is token t a word that describes (no article, connector or pronoun of three letters or
 * less)? */
bool attach_described_word(const struct attach_state *st, size_t t);
/* attach_described_and.c: *b moved back to the first "and" of (a, *b) after a describing
 * word and before a whole dish, *words the describing words before it; false when none */
bool attach_described_before_and(const struct attach_state *st, size_t a, size_t *b, size_t *words);
/* attach_kind_described_again.c: after kind s (name: its word is one dish's name too)
 * described up to b, "and one with ..." names another dish of the kind, picked by its own
 * words */
void attach_kind_described_again(struct attach_state *st, const struct order_thing *s, bool name,
                                 size_t b);
/* attach_kind_described_again.c: after dish s named whole by a span holding its kind's word
 * ("a burrito with chicken tinga"), ", one with ..." naming another dish of the kind by its
 * own name is that dish */
void attach_named_kind_again(struct attach_state *st, const struct order_thing *s);
/* ... and in clause c, which names no dish, after "and" or "also": "the tofu bowl. And also
 * one with the quinoa" is the quinoa bowl. Returns whether it read one. */
bool attach_named_kind_again_after(struct attach_state *st, size_t c);
/* attach_removal_picks.c: a kind and a thing taken off it that one candidate alone holds
 * ("the wrap w/ no celery") is that candidate */
void attach_removal_picks(struct attach_state *st, struct order_thing *s);
void attach_headings(struct attach_state *st, size_t first, size_t end);
void attach_list_heading(struct attach_state *st, size_t first, size_t end);
void attach_list_tail_kind(struct attach_state *st, size_t first, size_t end);
void attach_half_and_half(struct attach_state *st, size_t first, size_t end);
void attach_elided_heads(struct attach_state *st, size_t first, size_t end);

/* attach_each.c: counts for several dishes or people */
void attach_group_counts(struct attach_state *st, size_t first, size_t end);
/* attach_bare_for_everyone.c: "carrot cake for everyone": a dish with no article or count,
 * for every one of a group, leaves its count open */
void attach_bare_for_everyone(struct attach_state *st, size_t first, size_t end);
/* "2 tacos per person, we're 5": before the changes are read, marks "per person" after a dish
 * and the party the message says as counts, and keeps the party in st->per_person for
 * attach_group_counts */
void attach_per_person_mark(struct attach_state *st, size_t first, size_t end);
int32_t attach_each_phrase(struct attach_state *st, size_t *at);
void attach_each_apply(struct attach_state *st, size_t first, size_t end, int32_t qty, size_t at);
void attach_each_for_people(struct attach_state *st, size_t first, size_t end);
void attach_with_each(struct attach_state *st, size_t first, size_t end);

/* attach_people_counted.c: the people a count "each" is for, as the message names them */
int32_t attach_people_counted(const struct attach_state *st, bool them);
int32_t attach_subjects_before(const struct attach_state *st, size_t i);
/* attach_all_want.c: "tom, ana and raj all want chicken tinga burritos": people listed one
 * word each, "all" and a verb of wanting count each dish after it with no count of its own,
 * one for each of them. */
void attach_all_want(struct attach_state *st, size_t first, size_t end);
/* attach_part_be.c: "one baja fish taco but can the fish be well done": a part of the dish
 * named before, asked to come some way, changes that dish; it names no dish of its own. */
void attach_part_be(struct attach_state *st, size_t first, size_t end);
/* attach_description_and.c: "the burger that's got the pulled jackfruit and the red cabbage
 * slaw": a span of the described dish's item right after "and" is more of the description. */
void attach_description_and(struct attach_state *st, size_t first);
/* attach_split_parts.c: "split a quinoa power bowl into 2 bowls": a span after "into" or
 * "onto" and a count is what the dish is split into, no dish. */
void attach_split_parts(struct attach_state *st, size_t first);
/* attach_declined_or.c: "NO brownies or carrot cake please": a dish right after "or" that
 * follows "no" and what it declines is declined too. */
void attach_declined_or(struct attach_state *st, size_t first);
int32_t attach_subjects_wanting(const struct attach_state *st, size_t d);

/* attach_only_part.c: "mini burger, cheese only": what the dish comes with, no dish */
void attach_only_part(struct attach_state *st, size_t first);

/* attach_extra_listed.c: "and an extra patty" after a dish that holds the patty */
void attach_extra_listed(struct attach_state *st, size_t c);

/* attach_each_with.c: "A and B, each with a side of fries": the side once for every dish */
void attach_each_with(struct attach_state *st, size_t first, size_t end);
/* attach_sized_ones.c: "two large ones" after a dish: the tokens of "large ones" at p (0
 * when none stand there), and the size [a, b) written on the dish the count pointed at (the
 * one added after the first before things, or last) */
size_t attach_sized_ones_at(const struct attach_state *st, size_t p, size_t end);
void attach_sized_ones_write(struct attach_state *st, struct order_thing *last, size_t before,
                             size_t a, size_t b);
/* attach_put_on.c: "put two in the order" after a dish: the verb and the place are frame
 * words around a count that points back */
bool attach_put_count_in(struct attach_state *st, size_t begin, size_t i, size_t p, size_t end);
/* attach_section_for.c: "the chicken thing for kids": of the items that fit, the one of the
 * section named after "for" */
void attach_section_for(struct attach_state *st, size_t first, size_t end);

/* attach_unit_after.c: "2 nugget boxes": the noun of serving after the dish, no change */
bool attach_unit_after(const struct attach_state *st, const struct order_thing *th, size_t a,
                       size_t b);
/* attach_diet_of_someone.c: "one guest is vegetarian": who eats what, no dish */
bool attach_diet_of_someone(const struct attach_state *st, size_t i, size_t j);
/* attach_people_listed.c: is the run [i, j) inside a bracket that lists the party from "me"
 * ("(me, 2 cyclists and my mom)")? People, no dish. */
bool attach_people_listed(const struct attach_state *st, size_t i, size_t j);
/* attach_entry_name.c: is the run [i, j) one word opening a list's entry before its count in
 * digits and its dish ("Ava 2 carne asada tacos")? Whom the entry is for: no dish. */
bool attach_entry_name(const struct attach_state *st, size_t i, size_t j);
/* ... or a word no dictionary knows opening an entry of a list before an article and a dish
 * ("..., Amir a halloumi burger, Claire the teriyaki bowl"), the run [i, j) it opens? */
bool attach_entry_name_before_article(const struct attach_state *st, size_t i, size_t j);
/* attach_group_did.c: "4 of us just hiked 20 miles": what the party did, no dish */
bool attach_group_did(const struct attach_state *st, size_t i, size_t j);
/* attach_not_wanted.c: "(for me, not the dogs)": "not" and a thing, with no dish before it,
 * asks for nothing */
bool attach_not_wanted(const struct attach_state *st, size_t i, size_t j);
/* attach_staff_praised.c: "a flan, you are awesome": praise of the staff, no dish */
bool attach_staff_praised(const struct attach_state *st, size_t i, size_t j);

/* attach_corrections.c: corrections and swaps */
void attach_correction(struct attach_state *st, size_t first, size_t end);
void attach_substitutions(struct attach_state *st, size_t first);
/* attach_made_not.c: "fish taco but grilled not fried": a change of the dish right before */
void attach_made_not_change(struct attach_state *st, size_t first);
/* attach_swapped_part.c: "... can i get the brown rice swapped for quinoa": a change of the
 * dish asked for before */
void attach_swapped_part(struct attach_state *st, size_t first);
/* attach_unit_pair.c: "2 orders of rice n beans": the count of both dishes of the pair */
void attach_unit_pair(struct attach_state *st, size_t first, size_t end);
/* attach_section_heading.c: "sides: 2 sweet potato fries": a section of the menu heading a
 * list names no dish of its own */
void attach_section_heading(struct attach_state *st, size_t first, size_t end);
/* attach_meal_heading.c: "staff meal: 4 tacos": words for a meal before a colon head the list */
void attach_meal_heading(struct attach_state *st, size_t first, size_t end);
/* attach_question_echo.c: "is it hot? like spicy hot": the question's word again, no dish */
void attach_question_echo(struct attach_state *st, size_t first);
/* attach_late_forms.c: the forms read once leftovers and swaps are read */
void attach_late_forms(struct attach_state *st, size_t first);
/* attach_advice_taken.c: "she said get the al pastor. so 3 al pastor tacos": asked once */
void attach_advice_taken(struct attach_state *st, size_t first);
/* attach_liking.c: the tokens of "she likes" ("he prefers it") opening the change [a, b), or 0 */
size_t attach_liking_lead(const char *text, const struct order_token *t, size_t a, size_t b);
/* attach_concession.c: the tokens of "even though" / "although" before a subject at i, or of
 * a wait to judge ("lets see", "well see"), before [i, e) ends; 0 when neither */
size_t attach_concession_at(const char *text, const struct order_token *t, size_t i, size_t e);
/* attach_concession.c: does an aside (a subject and its verb) or a concession start at i? */
bool attach_aside_said_at(const char *text, const struct order_token *t, size_t i, size_t e);
void attach_apposition(struct attach_state *st, size_t first, size_t end);
/* "the spicy one, the one with the cauliflower": a vague description restated by "the one"
 * and a dish after a comma is that dish (attach_restated.c). */
void attach_restated(struct attach_state *st, size_t first, size_t end);
/* "Three burgers. One plain, one no onion, one with bacon": a clause of parts alone counting
 * out the dish of the clause before splits it, the dish's index in *dish_at
 * (attach_parts_after_stop.c). */
bool attach_parts_after_stop(struct attach_state *st, size_t c, size_t *dish_at);
/* "whichever milkshake is the vegan one": a kind said again after "is" by a description,
 * the one item both fit (attach_restated.c); before the words after a dish are read. */
void attach_restated_copula(struct attach_state *st, size_t first, size_t end);
/* attach_heading_lines.c: "shakes\n- chocolate": a kind alone on a line heads the lines
 * after it */
void attach_heading_lines(struct attach_state *st, size_t first, size_t end);
/* attach_kind_then_one.c: "one bowl pls, the one with chicken in it": the one of the kind
 * the description after it picks */
void attach_kind_then_one(struct attach_state *st, size_t first, size_t end);
/* attach_kind_one_after.c: "the cheese burger, the halloumi one": a dish named by its kind's
 * word restated as "the X one" of that kind is that one dish */
void attach_kind_one_after(struct attach_state *st, size_t first, size_t end);
/* attach_kind_one_after.c: the changes read after such a restatement ("..., no onions") */
void attach_kind_one_after_changes(struct attach_state *st, size_t first, size_t end);
/* attach_kind_then_one.c: the changes read after such a restatement ("..., no onions") are
 * the dish's, once the changes are attached */
void attach_kind_then_one_changes(struct attach_state *st, size_t first, size_t end);
void attach_swap_part(struct attach_state *st, size_t first, size_t end);
/* attach_them_determiner.c: "... and one of them iced teas": after "and", N "of them" right
 * before a dish's words counts that dish; no part of the dish before is swapped for it */
bool attach_them_determiner(const struct attach_state *st, size_t count_at, size_t dish_at);
/* attach_stance_adverb.c: "4 cold brews actually, ...": a word of the speaker's stance alone
 * in its piece after a dish is filler, no change */
bool attach_stance_adverb_piece(const struct attach_state *st, size_t a, size_t b);
/* attach_having_count.c: "..., got 30 min before ...": a verb of having alone in its piece
 * before a count is filler, no change */
bool attach_having_count_piece(const struct attach_state *st, size_t a, size_t b);
/* attach_reason_named.c: "churros because i deserve churros": the dish named again in the
 * reason for it points back, no second one */
void attach_named_in_reason(struct attach_state *st, size_t first, size_t end);

/* attach_substitute_part.c: "no cilantro rice, plain rice": the part in the removed one's
 * place */
void attach_substitute_part(struct attach_state *st, size_t first, size_t end);

/* attach_little_of.c: the words of a small amount at a before a part ("a little | rice",
 * "poquito | rice"): their length, or 0 */
size_t attach_little_of(const char *text, const struct order_token *t, size_t a, size_t b);
/* attach_part_asked.c: is span th a part asked of the dish before it in a question ("does the
 * bowl have | cheese?")? */
bool attach_part_asked(const struct attach_state *st, const struct order_thing *th);
/* attach_left_off.c: "leave the onions off (the al pastor)" */
bool attach_left_off(const struct attach_state *st, size_t *a, size_t *b);
void attach_left_off_dish_after(struct attach_state *st, size_t first, size_t end);
/* attach_change_on_mine.c: "no onions on mine, 2 carnitas tacos": the change of the dish after */
void attach_change_on_mine(struct attach_state *st, size_t first, size_t end);

/* attach_swap_of.c: "make one of the asada a carnitas": part of a dish becomes another */
void attach_swap_one_of(struct attach_state *st, size_t first, size_t end);
void attach_swap_some_of_them(struct attach_state *st, size_t first, size_t end);
/* attach_swap_whole.c: "make the lemonade an iced tea": the dish before replaced wholly */
void attach_swap_whole(struct attach_state *st, size_t first, size_t end);
void attach_merge_substitutes(struct attach_state *st, size_t first);
void attach_degree_after_added(struct attach_state *st, size_t first);
/* attach_part_named_before.c */
void attach_part_named_before(struct attach_state *st);
/* attach_corrections.c: thing s names again dish to, asked for before: it points back and
 * adds nothing, and its modifiers go to that dish. */
void attach_point_back(struct order_thing *s, struct order_thing *to);
/* attach_said_fine.c: "12 waters, sparkling is fine": the dish named again and said to be fine
 * points back at it. */
void attach_said_fine(struct attach_state *st, size_t first, size_t end);
void attach_named_again(struct attach_state *st, size_t first, size_t end);
/* attach_restated_changed.c: "2 truffle fries. 2 truffle fries, no parmesan on either": a
 * dish asked for alone, then said again with the same count to change it, points back. */
void attach_restated_changed(struct attach_state *st, size_t first, size_t end);
/* attach_nickname.c: "'the sunset' (my name for the mandarin jarritos)": a name the menu
 * lacks, glossed in brackets or after a dash by a dish, points at that dish. */
void attach_nickname(struct attach_state *st, size_t first, size_t end);
/* attach_kind_then_pick.c: "just a drink? maybe an iced green tea": a kind ending a clause,
 * then one dish of it opening the next, points at that dish. */
void attach_kind_then_pick(struct attach_state *st, size_t first, size_t end);
/* attach_gloss.c: "(cali = california burrito)": a word used for a dish asked for before,
 * glossed by the dish's name, which points back at it. */
void attach_gloss(struct attach_state *st, size_t first, size_t end);
/* "the wrap. i mean. one wrap.": a sentence restating dishes asked for adds none
 * (attach_confirmed.c) */
void attach_confirmed(struct attach_state *st, size_t c, size_t first, size_t end);
void attach_come_changed(struct attach_state *st, size_t first, size_t end);
/* attach_come_asked.c: "do the sodas come in large?": what is asked of the dish, no change */
void attach_come_asked(struct attach_state *st, size_t first, size_t end);
/* attach_count_not_other.c: "4 not 3 onion rings": the count after "not" is taken back; the
 * tokens of "not" and that count at n, 0 when none stand there */
size_t attach_count_not_other_at(const struct attach_state *st, size_t n);
void attach_count_not_other(struct attach_state *st);
/* attach_count_instead.c: "one cheeseburger instead of two": the count after "instead of"
 * is taken back, the words are fillers */
void attach_count_instead(struct attach_state *st);
void attach_definite_plural(struct attach_state *st, size_t first, size_t end);
void attach_alternatives(struct attach_state *st, size_t first);
/* attach_forgot_named.c: is the dish last named after "forgot" in its clause ("forgot the
 * flan, can u add one")? A count pointing back at it is its count, not one more. */
bool attach_forgot_named(const struct attach_state *st, const struct order_thing *last);
/* attach_alternative_lacked.c: "a tiramisu if you have it, otherwise the brownie": a first
 * choice the menu lacks, said under a condition before "otherwise" at, is no dish asked for:
 * its words become fillers, the alternative up to end is the order. True when so read. */
bool attach_alternative_lacked(struct attach_state *st, size_t first, size_t at, size_t end);
void attach_own_things(struct attach_state *st, size_t c, size_t first);
void attach_the_other(struct attach_state *st, size_t first, size_t end);
/* attach_other_flavor.c: the leftovers of clause c read (attach_leftovers), then "1
 * mandarin jarritos and 1 of the other flavor": the one other item whose name opens as the
 * dish before's does, then a dish named again and said to be fine (attach_said_fine) */
void attach_leftovers_and_other(struct attach_state *st, size_t c);
void attach_unit_words(struct attach_state *st, size_t c);
void attach_instead_shared_head(const struct order_lexicon *lx, char *mod, size_t cap);
/* "sweet potato fries instead of regular": the ordinary one of a kind swapped out is the
 * menu item the understanding names so ("regular fries": Classic Fries), written by name */
void attach_instead_of_ordinary(const struct order_understanding *u, const struct menu *menu,
                                char *mod, size_t cap);
void attach_more_of_part(struct attach_state *st, size_t first, size_t end);
void attach_part_on_side(struct attach_state *st, size_t first, size_t end);

/* attach_count_reference.c: is dish th told of as had before, in its own clause ("my friend had
 * the halloumi burger")? A count pointing back at it asks for it anew: the clause that tells
 * of it is about the past, not a request. */
bool attach_told_of_past(const struct attach_state *st, const struct order_thing *th);

/* attach_except_lead.c: the words of an exception that lead change [a, b) ("everything
 * except the"), 0 when none: what follows is taken off */
size_t attach_except_lead(const char *text, const struct order_token *t, size_t a, size_t b);

/* attach_prefix_words.c: "a large order of chips" (the size of the dish; returns where the
 * words before s still to read start), "a real california burrito" (a judging adjective),
 * "3 reg fries" (the ordinary one of its kind), "a mex coke" (a word of its name cut short) */
size_t attach_size_of_unit(struct attach_state *st, struct order_thing *s, size_t p);
bool attach_judging_word(const struct attach_state *st, const struct order_thing *s, size_t p);
bool attach_ordinary_word(const struct attach_state *st, const struct order_thing *s, size_t p);
bool attach_cut_name_word(const struct attach_state *st, const struct order_thing *s, size_t p);

/* attach_please.c: is tokens[i] (i < end) "please", "pls" or "plz"; attach_courtesy_at: that
 * or "thanks", "thx" */
bool attach_please_at(const char *text, const struct order_token *t, size_t i, size_t end);
bool attach_courtesy_at(const char *text, const struct order_token *t, size_t i, size_t end);

/* attach_purpose.c: is the piece [a, b) after a dish what it is ordered for, an infinitive
 * of trying or finding out ("to try", "to find out")? */
bool attach_purpose_piece(const struct attach_state *st, size_t a, size_t b);
/* ... or an infinitive whose object is a person and a noun ("to keep us company")? */
bool attach_purpose_of_person(const struct attach_state *st, size_t a, size_t b);
/* attach_closing_particle.c: is [a, b) a particle closing the phrase ("tho", "like")? */
bool attach_closing_particle(const struct attach_state *st, size_t a, size_t b);
/* attach_with_doing.c: "we will wait in the car with the kids": the "with" is the verb's */
bool attach_with_doing(const struct attach_state *st, size_t c, size_t i);
/* attach_aside_kind.c: "a falafel wrap (the wrap without tahini)": the dish's change */
void attach_aside_kind_changes(struct attach_state *st, size_t first, size_t end);
/* attach_correction_lead.c: the tokens of a correction's lead that opens the change [a, b)
 * ("no wait just", "wait no"), 0 when none: they take back what came before, no change. */
size_t attach_correction_lead(const struct attach_state *st, size_t a, size_t b);
/* attach_bare_quantity.c: is the change [a, b) only a vague amount ("some", "a few") with
 * no noun, a thought broken off? */
bool attach_bare_quantity(const struct attach_state *st, size_t a, size_t b);
/* attach_choice_criterion.c: is the change [a, b) the criterion of a choice left to the
 * kitchen, after "whichever (one) is / has" ("whichever one is less sweet")? */
bool attach_choice_criterion_piece(const struct attach_state *st, size_t a, size_t b);

/* attach_count_after_for.c: "taquitos for my son (2 orders)": the token where a count starts
 * after the person a dish is for ("for" and "me" / "her", or "for", "my" / "the" and a word or
 * two), 0 when no count in brackets follows them. */
size_t attach_for_someone_end(const struct attach_state *st, size_t i, size_t limit);

/* attach_occasion.c: "feliz cinco de mayo": the leftover at i names an occasion wished for */
bool attach_wished_occasion(const struct attach_state *st, size_t i, bool explicit_qty);

/* attach_replaced_change.c: does a correction lead the clause before token a; drop the
 * change of th that its last change, said after it, replaces */
bool attach_corrected_before(const struct attach_state *st, size_t a);
void attach_drop_changed_part(struct order_thing *th);
/* "keep the fries" just kept on th (said_keep: the change holds the part alone, "keep the"
 * said before it): the dish's earlier change of that part is undone and the keeping is no
 * change; returns whether it was one. */
bool attach_drop_kept_part(struct order_thing *th, bool said_keep);

/* attach_food_pair.c: "1x the pea and quinoa burger": the food words [i, b) after the count
 * [a, i), then "and" and a dish whose name or description holds them, describe that dish
 * and their count counts it; returns whether they did. */
bool attach_food_pair_of_dish(struct attach_state *st, size_t a, size_t i, size_t b, int32_t qty,
                              bool explicit_qty);

/* attach_part_owner.c: "2 birria tacos + a horchata, extra consome": a change of a part the
 * last dish lacks and one dish before it holds is that dish's */
void attach_part_owner(struct attach_state *st, size_t first);

/* attach_each_closing.c: "2 orders of rice & beans each": the count of the list's first dish
 * for every dish joined to it */
void attach_each_closing(struct attach_state *st, size_t first, size_t end);

/* attach_people_want.c: "6 of them also want a california burrito": where the words before
 * the dish end from i (i when they do not stand there), the people in *people; and the pass
 * that counts such a dish once a person. */
size_t attach_people_want_at(const struct attach_state *st, size_t i, size_t e, int32_t *people);
void attach_people_want(struct attach_state *st, size_t first, size_t end);

#endif
