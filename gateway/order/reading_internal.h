/* reading_internal.h — private to order_read (reading.h): reading.c and the reading_*.c
 * files beside it include it, nothing else does. reading.c grew past what one reader can
 * hold in one file, so it is split by what each part reads; the parts still call one
 * another, and this header is where they meet. What other passes use stays in reading.h. */
#ifndef BRIGADE_GATEWAY_ORDER_READING_INTERNAL_H
#define BRIGADE_GATEWAY_ORDER_READING_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gateway/order/reading.h"

/* reading_words.c: pass 1, the words and their readings */
void read_words(const struct order_reader *rd, struct sb_stemmer *stemmer, const char *text,
                const struct order_token *tokens, size_t n, struct order_reading *out);
/* After read_words: a menu word texted as two or three consonants beside another word of the
 * same dish ("cld brw", "bf burgr", "chz brgr"), short_abbreviations.c. */
void read_short_abbreviations(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, size_t n,
                              struct order_reading *out);
bool read_frame_word(const struct order_frame_words *fw, const char *w, size_t len);
size_t read_words_in_context(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, size_t n, struct order_reading *out);
void read_count_words(const struct order_reader *rd, const char *text,
                      const struct order_token *tokens, size_t n, struct order_reading *out);
bool read_digit_count_at(const char *text, const struct order_token *tokens, size_t n, size_t t,
                         bool x_form);
/* Pass 1, after the clipped plurals: a word written with a menu word's vowels left out
 * ("crnts", "qsbrria") reads as that word (reading_vowels_dropped.c). */
void read_vowels_dropped(const struct order_reader *rd, const char *text,
                         const struct order_token *tokens, size_t n, struct order_reading *out);
/* Pass 1, after it: a real word an autocorrect put beside a word of a dish's name for a word
 * of that name ("trifle fries") reads as that word (reading_name_slips.c). */
void read_name_slips(const struct order_reader *rd, const char *text,
                     const struct order_token *tokens, size_t n, struct order_reading *out);
/* Pass 1, after it: a short word read as nothing between two words of a name that has one
 * word between them reads as that word ("kids mono burger") (reading_name_gap_slips.c). */
void read_name_gap_slips(const struct order_reader *rd, const char *text,
                         const struct order_token *tokens, size_t n, struct order_reading *out);
/* Pass 1, after it: a short word of no dictionary keeping the first two letters of the word a
 * name says before the word after it is that word ("grl veggie taco", "chs burr")
 * (reading_name_abbreviated.c). */
void read_names_abbreviated(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, size_t n, struct order_reading *out);
/* Pass 1, after it: a word that starts the head word of names holding the word read before it
 * is that head cut short ("asada burr") (reading_head_clipped.c). */
void read_heads_clipped(const struct order_reader *rd, const char *text,
                        const struct order_token *tokens, size_t n, struct order_reading *out);
/* Does w[0..len) start the name word v, cut short: v longer, at most twice as long ("burr" of
 * "burrito")? (reading_head_clipped.c, reading_name_abbreviated.c) */
bool read_clips_name_word(const char *w, size_t len, const struct order_lex_word *v);
void read_clipped_after_count(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, size_t n,
                              struct order_reading *out);
/* reading_vessel_alone.c: a counted vessel one drinks from, alone ("2 bottles please"), reads
 * as the menu's section of drinks: which drink is asked back */
void order_read_vessels_alone(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, size_t n,
                              struct order_reading *out);
/* reading_possessed_slip.c: a word read only as a misspelling, owned by the speaker after a
 * verb of theirs in a clause asking nothing ("we rode our bikes"), is no menu word */
void order_read_possessed_slips(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, struct order_reading *rg);
void read_names_before_verbs(const struct order_dictionary *dict, const char *text,
                             const struct order_token *tokens, size_t n, struct order_reading *out);
/* reading_food_object.c: a counted food or menu word before a noun of a thing made by people
 * that ends the phrase names that thing ("a pizza box"): no dish, no food */
void order_read_food_objects(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, size_t n, struct order_reading *rg);
/* reading_line_heading.c: the words that head a line before a colon and a dish ("Driver (Kev):
 * cheeseburger") say whom the line is for: fillers, no matter of the message */
void order_read_line_headings(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, size_t n, struct order_reading *rg);
/* reading_courtesy_named.c: the short words that end a sentence after a courtesy of another
 * language name whom it is said to ("valeu mano", "merci mon ami"): no misspelt dish */
void order_read_courtesy_named(const char *text, const struct order_token *tokens, size_t n,
                               struct order_reading *rg);
/* reading_titled_name.c: the word after a title of address ("Dr. Hale") is a person's name,
 * no dish */
void order_read_titled_names(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, size_t n, struct order_reading *rg);
/* reading_addressee.c: the words after "message to" / "text to" up to the message itself name
 * whom it is sent to ("send message to mango tree cafe i want ..."): no dish */
void order_read_addressees(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, size_t n, struct order_reading *rg);
/* reading_noun_unclaimed.c: is token t a noun no list of the understanding claims (no
 * adjective, food, frame word, function word, size or style, no word of any item's text)? */
bool read_noun_unclaimed(const struct order_reader *rd, const char *text,
                         const struct order_token *tokens, size_t t);
/* reading_slip_before_noun.c: a word read only as a misspelling right before an ordinary noun
 * of its own ("the smoothee contest", "our chedar society") says which thing that noun names: no
 * menu word */
void order_read_slips_before_nouns(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, size_t n,
                                   struct order_reading *rg);
void read_verbs_after_please(const char *text, const struct order_token *tokens, size_t n,
                             struct order_reading *out);
void read_described_words(const struct order_reader *rd, const char *text,
                          const struct order_token *tokens, size_t n,
                          const struct order_reading *rg, bool *described);

/* reading_entries.c: dishes named by the words around a span */
bool read_free_food(const struct order_reader *rd, const char *text,
                    const struct order_token *tokens, const struct order_reading *rg, size_t t,
                    size_t b, size_t e);
bool read_foreign_dish_word(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, const struct order_reading *rg,
                            size_t t);
bool read_span_english(const struct order_reader *rd, const char *text,
                       const struct order_token *tokens, const struct order_thing *th);
size_t read_food_after(const struct order_reader *rd, const char *text,
                       const struct order_token *tokens, const struct order_reading *rg, size_t t,
                       size_t e, bool foreign_ok);
bool read_entry_before(const struct order_reader *rd, const char *text,
                       const struct order_token *tokens, const struct order_reading *rg,
                       const struct order_thing *th, size_t *start);
void read_span_to_dish(const char *text, const struct order_token *tokens, struct order_reading *rg,
                       struct order_thing *th, size_t start);
/* reading_noun_kind_one.c: does a noun at *start, after an article or a count, name a kind of
 * its own before the head word one item th ends in ("an earl grey tea")? */
bool read_noun_kind_of_one(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, const struct order_reading *rg,
                           const struct order_thing *th, size_t clause_begin, size_t *start);
void read_drop_spans(struct order_reading *rg, struct order_clause *cl, size_t s, size_t end);
size_t read_partial_dish(const struct order_reader *rd, const char *text,
                         const struct order_token *tokens, const struct order_reading *rg, size_t s,
                         size_t e);
bool read_unread_before(const struct order_reader *rd, const char *text,
                        const struct order_token *tokens, const struct order_reading *rg,
                        const struct order_thing *th, size_t clause_begin);

/* reading_lone_ingredient.c: drops span s, a food alone between the marks of a list that one
 * name holds only as a middle word and another dish's description holds ("+ banana +"): a
 * food the menu lacks; returns whether it did. */
bool read_drop_lone_ingredient(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, struct order_reading *rg,
                               struct order_clause *cl, size_t s);
/* reading_verb_after_subject.c: drops span s, a kind of dish right after a subject pronoun
 * ("we wrap at 5"), a verb there; returns whether it did. */
bool read_drop_verb_after_subject(const char *text, const struct order_token *tokens,
                                  struct order_reading *rg, struct order_clause *cl, size_t s);
/* reading_word_before_dish.c: span s - 1, one menu word right before thing s, a dish of the
 * food lexicon in two words or more ("chocolate | sponge cake"), is a word of that dish: it
 * joins it and leaves the things; returns whether it did */
bool read_word_before_dish(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, struct order_reading *rg,
                           struct order_clause *cl, size_t first, size_t s);

/* reading_compounds.c: dishes no span reads, and spans joined */
void read_join_split_name(const char *text, const struct order_token *tokens, size_t c,
                          size_t first, struct order_reading *rg);
/* reading_kind_ends.c: is span th one word that several items are, ending each of their
 * names ("wrap"; with compound, also as a compound's end: "cheeseburger")? A dish of its
 * own, never a word describing another */
bool order_read_kind_ends_names(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, const struct order_thing *th,
                                bool compound);
void read_unknown_compounds(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, size_t c, size_t first,
                            struct order_reading *rg);
void read_join_same_item(const char *text, const struct order_token *tokens, size_t c, size_t first,
                         struct order_reading *rg);
/* reading_an_joined.c: "chips an guac": a span several items fit, the texted "and", then a
 * span of one of them whose name holds "and" are that name said whole */
void read_join_an_and(const struct order_reader *rd, const char *text,
                      const struct order_token *tokens, size_t c, size_t first,
                      struct order_reading *rg);

/* reading_left_off.c: "leave the onions off" is one removal zone; its end, or i */
size_t read_zone_left_off(const struct order_reader *rd, const char *text,
                          const struct order_token *tokens, struct order_reading *out, size_t i,
                          size_t e);

/* reading_zones.c: do an article and a drink the menu lacks stand at j, to the next mark
 * ("... add bacon and a coke")? A thing asked for, never a change of a dish. */
bool read_zone_article_drink(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, const struct order_reading *rg,
                             size_t j, size_t e);
/* reading_added_parts.c: after a zone opened by "add", are "and", an article and a few words
 * at j that end the clause and name no dish one more part added? */
bool read_zone_adds_another(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, const struct order_reading *rg,
                            size_t j, size_t e);

/* texted_leads.c: the length of the understanding's listed change at i, its lead read whole
 * when texted short ("xtra spicy"), or 0 */
size_t read_listed_change(const struct order_reader *rd, const char *text,
                          const struct order_token *tokens, size_t i, size_t e);

/* reading_dish_at.c: whether a dish of the menu stands at a token */
/* Does a whole name or alias of a menu item start at token i? */
bool read_name_at(const struct order_reader *rd, const char *text, const struct order_token *tokens,
                  const struct order_reading *rg, size_t i, size_t e);
/* Does a whole name or alias of two words or more start at token i ("side salad", "onion
 * rings"), no article before it? (reading_dish_at.c) */
bool read_long_name_at(const struct order_reader *rd, const char *text,
                       const struct order_token *tokens, const struct order_reading *rg, size_t i,
                       size_t e);
/* The menu words as spelt that run from token i, the items they all name in *items, whether
 * the last is a head word, whether the run reaches a separator or the clause's end (*whole);
 * returns how many */
size_t read_menu_run(const struct order_reader *rd, const struct order_token *tokens,
                     const struct order_reading *rg, size_t i, size_t e,
                     struct order_item_set *items, bool *head, bool *whole);
/* Does "with" at i lead a modifier, no dish following it ("burger with fries")? */
bool read_with_modifier(const struct order_reader *rd, const char *text,
                        const struct order_token *tokens, const struct order_reading *rg, size_t i,
                        size_t e);

/* reading_zone_closers.c: zones a phrase after their words closes; each returns the tokens of
 * the phrase at i, 0 when none */
/* "on the side", "on side" before a break */
size_t read_zone_side_phrase(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, struct order_reading *out, size_t i,
                             size_t b, size_t e);
/* "on it", "on top", "in it", "on all of them" */
size_t read_zone_on_it(const struct order_reader *rd, const char *text,
                       const struct order_token *tokens, size_t i, size_t b, size_t e,
                       struct order_reading *out);
/* "added" closing a piece after a dish */
size_t read_zone_added_after(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, size_t i, size_t b, size_t e,
                             struct order_reading *out);

/* side_dish.c: is [b, e) an article and a dish of two words or more whose head is a food, not
 * a sauce ("a miso soup"), or a dish of the food lexicon joined by "and" that no item holds
 * ("and garlic bread")? Before "on the side" that is another thing ordered, served apart. */
bool order_read_side_dish(const struct order_reader *rd, const char *text,
                          const struct order_token *tokens, size_t b, size_t e);

/* zone_reason_so.c: does ", so" and a dish follow at j ("doesnt eat pork, so one veggie
 * taco")? Then what someone does not eat is the reason for that dish, no change: where
 * the "so" is, or 0. */
size_t order_read_reason_for_dish(const char *text, const struct order_token *tokens,
                                  const struct order_reading *rg, size_t j, size_t e);

/* zone_phrases.c: "with" at i after a person being content with any choice ("he's fine with
 * whatever"): no change's lead */
bool order_read_content_with(const char *text, const struct order_token *tokens, size_t i,
                             size_t e);

/* zone_phrases.c: "with" at i giving the customer a free choice ("surprise me with whatever
 * bowl is best"): no change's lead */
bool order_read_given_with(const char *text, const struct order_token *tokens, size_t i, size_t e);

#endif
