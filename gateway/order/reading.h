/* reading.h — how one message is read: clauses, item spans, quantities, modifiers, leftovers.
 *
 * order_read (reading.c) runs on the core, before any embedding, in five passes over the
 * match-form tokens (normalize.h):
 *   1. words (reading_words.c): each word's readings in the menu's lexicon (lexicon.h), and
 *      two words that are one vocabulary word written apart ("milk shake");
 *   2. clauses (clause.c, cut by clause_split.c): sentences and question clauses ("...,
 *      does it have nuts?"); the greetings, request openers ("could I grab", "I'll take",
 *      "lemme get"; their grammar: clause_openers.c) and fillers ("please", "for pickup at
 *      6") of each;
 *   3. spans (spans.c): in each clause, the best set of non-overlapping token windows that
 *      name menu items, by dynamic programming over the windows' item sets and weights;
 *      a span names one item, or several (a generic "smoothie": asked back); before them,
 *      the zones of words that change a dish (reading_zones.c), and after them, dishes
 *      named by the words around a span or by none (reading_entries.c,
 *      reading_compounds.c);
 *   4. attachments (attach.c and the attach_*.c beside it): quantities before or after a
 *      span in every form ("3x", "(x3)", "times three", "three of them", "two each of A
 *      and B", "a couple"),
 *      modifiers after it in open vocabulary (with / no / extra / hold / on the side / a
 *      size or cooking word ...), and leftovers: word runs no span explains, kept when
 *      they read as food or drink (food.h) or stand where an item would (after a quantity
 *      or a request opener);
 *   5. intents (classify.c and the classify_*.c beside it): request, question or other per
 *      clause, from its structure.
 * The result is plain data in struct order_reading; order_finish turns it into a result
 * with the embeddings of the leftovers. Nothing allocates. */
#ifndef BRIGADE_GATEWAY_ORDER_READING_H
#define BRIGADE_GATEWAY_ORDER_READING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "gateway/order/lexicon.h"
#include "gateway/order/cues.h"
#include "gateway/order/normalize.h"
#include "gateway/order/understanding.h"

struct sb_stemmer;

enum {
    ORDER_ITEMS_MAX = 16,         /* spans and leftovers kept per message */
    ORDER_CLAUSES_MAX = 24,       /* clauses kept per message; later text joins the last */
    ORDER_ITEM_MODIFIERS_MAX = 8, /* modifiers kept per item */
    ORDER_MODIFIER_BYTES_MAX = 64,
    ORDER_PHRASE_BYTES_MAX = 160, /* a leftover phrase, NUL included */
    ORDER_QTY_MAX = 99,           /* a larger number is not read as a quantity, but: */
    ORDER_QTY_CATERING_MAX = 999, /* digits right before a word: "120 carne asada tacos" */
    ORDER_SPAN_TOKENS_MAX = 6,    /* words in one item span */
};

/* What each token was read as. */
enum order_role {
    ORDER_ROLE_NONE,
    ORDER_ROLE_GREETING,
    ORDER_ROLE_OPENER,
    ORDER_ROLE_FILLER,
    ORDER_ROLE_ITEM,
    ORDER_ROLE_QTY,
    ORDER_ROLE_MODIFIER,
    ORDER_ROLE_LEFTOVER,
    ORDER_ROLE_MAX,
};

enum order_intent {
    ORDER_INTENT_NONE, /* pleasantries, a name: no intent of its own */
    ORDER_INTENT_REQUEST,
    ORDER_INTENT_QUESTION,
    ORDER_INTENT_OTHER,
    ORDER_INTENT_MAX,
    ORDER_INTENT_ASIDE = ORDER_INTENT_MAX, /* the classify pass only: a cue without a question */
};

struct order_clause {
    uint16_t begin, end; /* tokens */
    uint8_t intent;      /* enum order_intent */
    bool question_form;  /* a '?' or a question start ("do you", "is the") */
    bool question_start; /* the question start itself */
    bool request_form;   /* a request opener ("can I get", "I'll take", "gimme") */
    bool has_quantity;   /* an explicit quantity of a span or leftover */
    bool asked_first;    /* a request asked as a question that the next clause's request
                          * hangs on ("can u make it vegan? if so 2"): it asks too */
    uint8_t n_spans, n_leftovers;
};

enum order_leftover_kind {
    ORDER_LEFTOVER_FOOD,     /* reads as food or drink: off-menu unless embedding says */
    ORDER_LEFTOVER_ITEMLIKE, /* stands where an item would, not a known food */
    ORDER_LEFTOVER_KIND_MAX,
};

struct order_modifiers {
    char text[ORDER_ITEM_MODIFIERS_MAX][ORDER_MODIFIER_BYTES_MAX];
    uint8_t n;
};

/* One thing asked for: a span naming menu items, or a leftover phrase. */
struct order_thing {
    uint16_t begin, end; /* tokens of the name */
    uint8_t clause;
    bool is_span;
    uint8_t leftover_kind; /* enum order_leftover_kind, leftovers only */
    bool menu_words;       /* leftovers: holds words of the menu ("big mac") */
    bool unreadable;       /* leftovers: holds a word that is no English ("croisswnt") */
    bool garbled; /* leftovers: holds a word of no vowel ("vrgbtz"): unreadable, asked back */
    bool lost;  /* leftovers: a dish the message lost on its way ("1 ▒▒▒▒", "a [inaudible]",
                 * attach_lost_dish.c): asked back, no name near */
    bool vague; /* leftovers: a dish pointed at by "thing" or "stuff" ("2 chicken things",
                 * "the thing with tahini"): asked back, no name near it */
    bool ingredient; /* leftovers: food whose words a dish asked for in the message holds in
                      * its description ("lettuce not rocket" with the halloumi burger):
                      * talk of what is in that dish, not another dish */
    bool coined;     /* leftovers: holds a word of the cuisine's own, neither English nor near a
                      * menu word ("pozole"): a dish the menu lacks, not a misspelt one */
    int32_t item;    /* spans: the menu index, -1 when several items fit */
    struct order_item_set candidates; /* spans: the items that fit */
    float score;
    int32_t qty;
    bool qty_explicit, qty_unclear; /* "a few", "some" */
    bool reference;   /* "to the cake": points back to an item asked for, adds nothing */
    bool points_back; /* spans: named by words pointing at a kind asked about ("one of those"),
                       * or a part taken of a dish before ("two of the burgers") */
    bool past;        /* leftovers: "the usual", "what my friend had": an order outside the
                       * message, asked back (past.c) */
    bool shown;       /* past leftovers: a dish the customer shows ("this one please" under a
                       * photo, "the green one from ur insta post"), not an earlier order */
    bool left_to_us;  /* leftovers: the dish left to the kitchen's choice ("surprise me",
                       * "whatever you recommend"): asked what to pick, no name asked back */
    struct order_modifiers mods;
    uint8_t mods_shared; /* spans: the first changes are those of the whole count a part was
                          * split from (attach_part_shares), said apart from the part's own */
    char phrase[ORDER_PHRASE_BYTES_MAX]; /* match-form words of the name, trimmed */
    uint16_t phrase_len;
};

struct order_reading {
    struct order_clause clauses[ORDER_CLAUSES_MAX];
    size_t n_clauses;
    struct order_thing things[ORDER_ITEMS_MAX]; /* in text order */
    size_t n_things;
    bool truncated;        /* more than ORDER_ITEMS_MAX things */
    bool names_menu_words; /* a menu section or a diet is named (set by order_classify) */
    bool unsure; /* a request read from a counted dish alone: a person confirms (order_classify) */
    uint8_t roles[ORDER_TOKENS_MAX];
    /* per token: its lexicon readings (pass 1) */
    struct order_lex_hit hits[ORDER_TOKENS_MAX][ORDER_LEX_HITS_MAX];
    uint8_t n_hits[ORDER_TOKENS_MAX];
    bool joined[ORDER_TOKENS_MAX]; /* the token's readings cover it and the next word */
    /* words after a modifier lead ("no onions", "extra tofu", "sub the mayo for ...") and
     * before "on the side": never a dish, whatever menu words they hold */
    bool mod_zone[ORDER_TOKENS_MAX];
    /* menu words that make a dish the menu lacks ("halloumi wrap"): food, whatever else */
    bool dish_word[ORDER_TOKENS_MAX];
    /* the message's words, for the readers to ask before they read (cues.h) */
    struct order_cues cues;
};

/* Does clause cl ask something and ask for nothing ("is the carnitas taco 3.95?")? The dishes
 * it names are asked about, none ordered. */
static inline bool order_clause_asks_only(const struct order_clause *cl)
{
    return (cl->question_start || cl->question_form) && !cl->request_form;
}

/* Thing x, no dish after all, leaves the reading and its clause's count of spans (a count
 * of 0 stays 0); its tokens' roles are the caller's (reading_things.c). */
void order_reading_drop_thing(struct order_reading *rg, size_t x);
/* Does lexicon word w appear among the readings of tokens [b, e)? */
bool order_reading_has_word(const struct order_reading *rg, size_t b, size_t e, size_t w);
/* Drops the leftovers of clause c that start in [b, e): other words took them. */
void order_reading_drop_leftovers_in(struct order_reading *rg, size_t c, size_t b, size_t e);
/* Leftover t says nothing to order: its words become filler and it leaves the things. */
void order_reading_leftover_to_filler(struct order_reading *rg, size_t t);

/* Drops the modifiers that start with the word w[0..len) ("instead", "slapped"): words said
 * around the dish, no change of it (reading_things.c). */
void order_mods_drop_starting(struct order_modifiers *mods, const char *w, size_t len);

/* What reading needs: the understanding's phrase lists and the menu's lexicon. */
struct order_frame_words;
struct order_one_short;

struct order_reader {
    const struct order_understanding *u;
    const struct order_lexicon *lex;
    const struct order_food *food;
    const struct order_dictionary *dict;
    const struct order_frame_words *frame;   /* misspelt frame words are repaired first */
    const struct order_one_short *one_short; /* the vocabularies a letter short (one_short.h) */
};

/* reading_zone_person_be.c: does the lead at i follow "i'll be", "we will be" (a person's
 * state, no change: "i'll be double parked")? */
bool order_read_lead_after_person_be(const char *text, const struct order_token *tokens, size_t i,
                                     size_t e);

/* reading_zone_sized_other.c: "double" or "triple" at i before words [i + 1, j) that no
 * menu word reads and that name a food or drink ("double espresso"): a dish the menu lacks,
 * no change; the callers ask only where no dish was named before (the zones, the
 * leftovers) */
bool order_read_zone_sized_other(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, const struct order_reading *out,
                                 size_t i, size_t j, size_t e);
/* Is the lead at i, in the clause from b, opened by an article joined on by "and", "plus"
 * or '&' ("... and a double espresso")? It starts one more thing. */
bool order_read_zone_article_joined(const char *text, const struct order_token *tokens, size_t b,
                                    size_t i, size_t e);

/* Reads tokens[0..n) of match-form text[0..*len) into *out (completely overwritten).
 * Misspelt frame words are repaired in text first (frame.h): the text, its length (within
 * cap) and the tokens' offsets may change. stemmer is the caller's own. */
void order_read(const struct order_reader *rd, struct sb_stemmer *stemmer, char *text, size_t *len,
                size_t cap, struct order_token *tokens, size_t n, struct order_reading *out);

/* Before order_read: a count run into the word after it ("2cheeseburgers+1onionrings") is
 * read as the count and the word, two tokens. Returns the new number of tokens (at most
 * max). */
size_t order_split_glued_counts(const char *text, struct order_token *tokens, size_t n, size_t max);

/* Before order_read: the number of an order placed before ("my order #2231", "order 4471")
 * is dropped from the tokens, it counts nothing and names no dish (order_numbers.c). Returns
 * the new number of tokens. */
size_t order_drop_order_numbers(const char *text, struct order_token *tokens, size_t n);

/* Before order_read: a word that is no vocabulary word nor English nor a food, made of three
 * vocabulary words run together ("sweetpotatofries"), is read as those three tokens. Returns
 * the new number of tokens (at most max). */
size_t order_split_run_words(const struct order_lexicon *lex, const char *text,
                             struct order_token *tokens, size_t n, size_t max);

/* Before order_read: joins two word tokens that spell one vocabulary word run together, one
 * of them no vocabulary word alone ("carne a sada": "asada"), in text[0..*len) (its length
 * shrinks) and tokens[0..n). Returns the new number of tokens. */
size_t order_join_split_words(const struct order_lexicon *lex, char *text, size_t *len,
                              struct order_token *tokens, size_t n);

/* Before order_read: a hyphen joining a word to a past participle before another word
 * ("milk-soaked cake", "slow-cooked pork"), the word no change, size or count
 * ("double-cooked"), or two foods before a noun ("chili-lime corn"), is read as the blank it
 * stands for, in text and
 * tokens[0..n), the word split in two (hyphen_described.c). Returns the new number of tokens
 * (at most max). */
size_t order_read_hyphen_described(const struct order_understanding *u,
                                   const struct order_lexicon *lex, const struct order_food *food,
                                   char *text, struct order_token *tokens, size_t n, size_t max);

/* Before order_read: a word held for emphasis ("burgerr", "onee", "soo", "tacoss"), no word as
 * written, is read with a doubled letter once where that spells a menu word, or its doubled
 * last letter once where that spells a chat word or a short English word, in text[0..*len)
 * (its length shrinks) and tokens[0..n) (held_letters.c). Returns the number of tokens. */
size_t order_unhold_letters(const struct order_lexicon *lex, const struct order_dictionary *dict,
                            char *text, size_t *len, struct order_token *tokens, size_t n);

/* Takes the letter at byte at out of the word at token t of text[0..*len): the text shrinks
 * by one, the token with it, the tokens after it move back (held_letters.c). */
void order_word_letter_remove(char *text, size_t *len, struct order_token *tokens, size_t n,
                              size_t t, size_t at);

/* Before order_read: a word no vocabulary knows as written, of six letters or more, that is
 * one known word (of the menu's names and descriptions, English, foods, another language's
 * function words, the understanding's informal words: "veggie") with two neighbouring
 * letters after its first swapped ("chikcen", "wihtout"), and no other, is read as that
 * word, in text (rewritten in place, its length kept) (swapped_letters.c). */
void order_unswap_letters(const struct order_reader *rd, char *text,
                          const struct order_token *tokens, size_t n);

/* Before order_read, after order_unswap_letters: a word no vocabulary knows as written, of
 * five letters or more, that is one known word (as order_unswap_letters reads them) with one
 * letter after its first left out ("wihout", "chocoate"), and no other, nor a word by a swap
 * of two letters, is read as that word, in text[0..*len) (its length grows, within cap) and
 * tokens[0..n) (dropped_letters.c). Returns the number of tokens. */
size_t order_undrop_letters(const struct order_reader *rd, char *text, size_t *len, size_t cap,
                            struct order_token *tokens, size_t n);

/* Before order_read, after order_undrop_letters: a word no vocabulary knows as written, of
 * six letters or more, that is one known word with a letter typed twice after its first
 * ("witthout", "burritoo"), and no other, nor a word with a letter put back or two swapped, is
 * read as that word, in text[0..*len) (its length shrinks) and tokens[0..n)
 * (extra_letters.c). Returns the number of tokens. */
size_t order_unextra_letters(const struct order_reader *rd, char *text, size_t *len,
                             struct order_token *tokens, size_t n);

/* What the letter-slip readers share. Is w[0..len), letters a-z, a word as written: of the menu (or
 * its plural), of English or its chat, a food or drink, a function word of another language, or an
 * informal word for a style of dish or a menu word ("veggie", "guac")? A word guessed (guess) is
 * English only when listed, or the plural in -s of a word listed, or a form in -ing of a word the
 * dictionary knows, or an adjective: no other ending is undone ("sockest" is no "sock" and "-est")
 * (known_words.c). */
bool order_word_known(const struct order_reader *rd, const char *w, size_t len, bool guess);

/* Is w[0..len) known as written to the readers of a letter too few or too many: a word
 * order_word_known knows, the singular of a menu word in -s ("jarrito" of "jarritos"), a word
 * of the menu with its accents folded ("consome" of "consomé"), or the last word of a food
 * named in several ("masala" of "tikka masala")? (known_words.c) */
bool order_word_slip_known(const struct order_reader *rd, const char *w, size_t len);

/* Is w[0..len) a word of the menu (or its plural) or of English chat ("please")? The only
 * words a slip of five letters is read as: English and its foods at large hold too many words
 * a letter from slang or another language's ("porta": portal, "finna": finnan) (known_words.c).
 */
bool order_word_plain(const struct order_reader *rd, const char *w, size_t len);

/* Is w[0..len) min to max letters a-z? Digits and letters beyond ASCII (other languages,
 * codes) are no slip of a known word (known_words.c). */
bool order_word_of_letters(const char *w, size_t len, size_t min, size_t max);

/* Is token t right after a function word of another language ("sopes de frijol")? It is that
 * language's, no slip of English (known_words.c). */
bool order_word_after_foreign(const char *text, const struct order_token *tokens, size_t t);

/* The places i (bit i, after the first letter) where swapping the letters at i and i + 1 of
 * w[0..len) spells a known word (order_word_known, guessed) or a word of the menu's names and
 * descriptions; 0 for none (swapped_letters.c). */
uint32_t order_swap_places(const struct order_reader *rd, const char *w, size_t len);

/* ---- the passes, exposed for each other and for the tests ---- */

/* Pass 2: clauses and their frames (roles greeting / opener / filler). */
void order_read_clauses(const struct order_reader *rd, const char *text,
                        const struct order_token *tokens, size_t n, struct order_reading *out);

/* Pass 3: the spans of clause c, appended to out->things. */
void order_read_spans(const struct order_reader *rd, const char *text,
                      const struct order_token *tokens, size_t c, struct order_reading *out);

/* Pass 4: quantities, modifiers and leftovers of clause c. */
void order_read_attach(const struct order_reader *rd, const char *text,
                       const struct order_token *tokens, size_t c, struct order_reading *out);

/* A number at tokens[at..end): digits ("3", "3x") or a number word or phrase of the
 * understanding ("two", "a couple of"), 1 to ORDER_QTY_MAX. Returns the tokens it covers and
 * the number in *v, or 0. Unlike order_read_quantity, nothing need follow it. */
size_t order_read_number(const struct order_understanding *u, const char *text,
                         const struct order_token *tokens, size_t at, size_t end, int32_t *v);

/* Corrections made while writing (correct.c): order_read_correction_leads marks the words
 * that lead one ("actually make it", "scratch", "wait no make that") before the spans are
 * read, so they are no dish's modifiers; order_read_corrections then applies them once every
 * clause is read: a dish named again after a count correction replaces the earlier one
 * ("onion rings actually make it 2 onion rings"), a count alone corrects the dish before
 * ("two chicken burgers, actually three"), a removal drops the dish it names ("scratch the
 * onion rings"), and "X instead of the Y" drops a Y asked for before. */
void order_read_correction_leads(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t n,
                                 struct order_reading *out);
void order_read_corrections(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, size_t n, struct order_reading *out);

/* Reads a quantity at tokens[at..end): sets *qty and returns the tokens it covers (number
 * and unit: "2", "2x", "two orders of", "a couple of", "half a dozen"), or 0 with *qty = 1
 * when none is there. */
size_t order_read_quantity(const struct order_understanding *u, const char *text,
                           const struct order_token *tokens, size_t at, size_t end, int32_t *qty);

/* The tokens of a request opener read by its grammar at tokens[i..e), or 0: a modal and
 * "I"/"we", or a subject with its auxiliary ("I'd", "we'll"), or "I"/"we" alone, then at
 * most two words of manner ("please", "just", "also", a word no dictionary knows), then a
 * verb of getting or wanting: "could i pleeze have", "can we also get", "i just want"; a
 * subject, a modal and "go for" / "do with" ("i could go for"); each after an optional
 * preface ("i think we'll have", "i reckon i could go for"). The understanding's opener
 * list is tried first; this reads what it does not spell out. */
size_t order_read_opener_grammar(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t i, size_t e,
                                 const struct order_reading *out);

/* "whatever the healthiest thing is": a free choice ranked by a superlative before its verb
 * of being, at token i; its tokens, 0 when none (free_choice_ranked.c). */
size_t order_read_ranked_choice(const char *text, const struct order_token *tokens, size_t i,
                                size_t e);

/* The tokens a reference to an order outside the message covers at tokens[i..e) ("the
 * usual", "my usual order", "same as last time", "the same again", "what my friend had",
 * "my last order"), or 0. rg supplies the tokens' lexicon readings ("the regular fries"
 * names fries). */
/* Is the reference to something outside the message at token i one the customer shows (a
 * photo, a post) rather than an earlier order? */
bool order_past_reference_shown(const char *text, const struct order_token *tokens, size_t i,
                                size_t e, const struct order_reading *rg);
size_t order_read_past_reference(const char *text, const struct order_token *tokens, size_t i,
                                 size_t e, const struct order_reading *rg);

/* The tokens of a negated verb of wanting at tokens[i..e) ("don't want", "do not need",
 * "dont really want"), or 0. What follows it is not asked for: a modifier zone. */
size_t order_read_negated_wanting(const char *text, const struct order_token *tokens, size_t i,
                                  size_t e);
/* May a negated verb of wanting stand in the message of cues c: one of the words every one
 * of order_read_negated_wanting's readings needs? */
bool order_negated_wanting_may_stand(const struct order_cues *c);

/* Does a question end right before token p, only a condition on its answer between ("do you
 * have shawarma? if not, forget it")? "forget it" then takes back the question, no dish; with
 * no condition ("does the cake have nuts? scratch that") it takes back the dish asked of
 * (correct_leads.c). */
bool order_read_after_question(const char *text, const struct order_token *tokens, size_t p);

/* The tokens of a correction's "no" at tokens[i..e) ("actually no", "no wait", "no,"), or
 * 0: what follows replaces what came before, it is not a modifier ("no onions"). */
size_t order_read_correction_at(const char *text, const struct order_token *tokens, size_t i,
                                size_t e);

/* After "make the" at token d: menu words (of a dish named before), then a count that ends
 * the phrase ("make the asada 18"): where that count ends, its value into *count and its
 * first token into *count_at; 0 when the words are not so followed (correct_named_count.c). */
size_t order_read_count_after_words(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, size_t n,
                                    const struct order_reading *rg, size_t d, int32_t *count,
                                    size_t *count_at);

/* Where the dish a lead at i ("add", "make it") asks for starts when its words end at j:
 * j after "add", after "another" ("add another", "make it another"); 0 when the lead asks
 * for no dish there. */
size_t order_read_added_name_at(const char *text, const struct order_token *tokens, size_t i,
                                size_t j, size_t e);

/* The tokens of "can you make" / "could u make" / "would you be able to make" at tokens[i..e),
 * or 0: a question that, with a dish changed after it, asks for that dish ("can u make the
 * bowl with no rice"). */
size_t order_read_make_asked(const char *text, const struct order_token *tokens, size_t i,
                             size_t e);

/* The tokens of "on all (of them)", "on both (of em)", "on each", "on everything" at
 * tokens[i..e), or 0: the change before it is every dish's ("flour tortillas on all of em"). */
size_t order_read_on_every(const char *text, const struct order_token *tokens, size_t i, size_t e);

/* Is token i a pronoun that leaves the dish open ("something", texted "smth", "sth")? One
 * described after it ("something with chicken") is any of the dishes that fit, none carried
 * from the dishes beside it (leftover_words.c). */
bool order_read_free_choice(const char *text, const struct order_token *tokens, size_t i, size_t e);

/* Does the change m hold the word w[0..len) as a word of its own, an "s" at the end of either
 * aside ("onion" in "no onions"; leftover_words.c)? */
bool order_change_names_word(const char *m, const char *w, size_t len);

/* Is leftover th one word that a change of a dish before it names, then a verb of being ("no
 * broccoli ... broccoli is mid")? Talk of the part, no dish (leftover_change_talked.c). */
bool order_read_change_talked_of(const char *text, const struct order_token *tokens,
                                 const struct order_reading *rg, const struct order_thing *th);

/* Does token i turn from what a dish holds to the rest of the sentence: who it is for, a
 * word of politeness, a verb ("something with lobster for my wife pls", "something with a
 * kick would be nice")? A description of a dish left open ends there. */
bool order_read_description_stop(const char *text, const struct order_token *tokens,
                                 const struct order_reading *rg, size_t i, size_t e);

/* Does a request for a dish start at token j: a request opener by its grammar, then a dish
 * of the menu, counted or not ("can i get sweet potato fries", "could we have 2 lemonades")?
 * A change told before it stops there (reading_zone_request.c). */
bool order_read_zone_request_at(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, const struct order_reading *rg,
                                size_t j, size_t e);

/* "im getting the carnitas bowl", "i am doing two flans": "I'm" and a verb of getting in
 * -ing at q, then a dish named right after (one article or count between): what the
 * customer is about to have, said as a plan; after "so" it starts a request of its own
 * (clause_split.c). "im doing great" names nothing of the menu. */
bool order_clause_getting_now_at(const char *text, const struct order_token *tokens, size_t q,
                                 size_t n, const struct order_reading *out);

/* Marks the modifier zones of every clause (after pass 2, before pass 3). */
void order_read_modifier_zones(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, struct order_reading *out);

/* The menu item whose whole name or alias starts at token i (after an article), or -1
 * (reading_dish_at.c). */
int32_t order_read_name_at(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, const struct order_reading *rg,
                           size_t i, size_t e);

/* As order_read_name_at, or else the menu words from i (after an article) that name one item
 * only though no name of it is whole ("the al pastor": the one dish of the menu they name);
 * -1 when they name none or several. */
int32_t order_read_one_dish_at(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, const struct order_reading *rg,
                               size_t i, size_t e);

/* Is w[0..len) four consonants in a row that no one slip of a key makes of an English or
 * food word ("trnksa"; not "nachps")? Keys hit in a hurry: no name to decline (word_slips.c). */
bool order_read_keys_run(const struct order_reader *rd, const char *w, size_t len);

/* After every clause is read: a kind after "my" / "our" with no count ("with my tacos")
 * points at the dish of that kind asked for elsewhere, before or after it (possessed_kind.c). */
void order_read_possessed_kinds(const char *text, const struct order_token *tokens,
                                struct order_reading *rg);

/* After pass 4, per clause: "the thing with tahini", "2 chicken things": a dish pointed at
 * by a noun that names none, a leftover marked vague, its description after "with" taken in
 * (leftover_words.c). */
void order_read_vague_things(const char *text, const struct order_token *tokens, size_t c,
                             struct order_reading *rg);
/* After pass 4, per clause: "something vegan", "smth gluten free", "something spicy": a
 * pronoun of free choice described by a diet or a quality names no dish; asked back, among
 * the dishes the menu claims of the diet where there are some (free_choice_quality.c). */
void order_read_free_choice_quality(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, size_t c,
                                    struct order_reading *rg);
/* After every clause: "a coke but u dont do those, so a lemonade": a food the menu lacks,
 * said to be lacking right after it, is no thing asked for (known_lacking.c). */
void order_read_known_lacking(const char *text, const struct order_token *tokens,
                              struct order_reading *rg);
/* After the lacking said: "a hot coffee, not iced": "not" and adjectives set off after a thing say
 * what it is not, no thing asked for (contrast_not.c). */
void order_read_contrasts_not(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, struct order_reading *rg);
/* After the contrasts: "a coffee. she means a hot coffee": a dish the menu lacks, said to be what
 * someone means, replaces the dish of the menu its last word named before (meant_lacking.c). */
void order_read_meant_lacking(const char *text, const struct order_token *tokens,
                              struct order_reading *rg);
/* After every clause: "not the chocolate shake, the other one": a dish after "not" that
 * opens its clause, then "the other (one)", asks for the rest of its kind (declined.c). */
void order_read_declined(const struct order_reader *rd, const char *text,
                         const struct order_token *tokens, struct order_reading *rg);
/* After every clause: "I need food, whatever the spicy burger is + fries": the word for
 * food in general, in a message that names dishes of the menu, is said by those dishes; it
 * leaves the reading, asked back only alone ("food for 6 ppl") (leftover_words.c). */
void order_read_food_beside_dishes(const char *text, const struct order_token *tokens,
                                   struct order_reading *rg);
/* After every clause: "both fries" after two dishes of that kind were asked for points back
 * at them, no dish of its own (both_of_kind.c). */
/* counted_by_unit.c: "that cake with the cream cheese icing, 2 slices": a count and a unit
 * of serving the dish's own name holds, right after it, count that dish. */
void order_read_counted_by_unit(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, struct order_reading *rg);
/* rest_of_count.c: "3 jarritos, 1 mandarin and the rest tamarind": the dish after "the rest"
 * counts what the kind's count leaves. */
void order_read_rest_of_count(const char *text, const struct order_token *tokens,
                              struct order_reading *rg);
void order_read_both_of_kind(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, struct order_reading *rg);
/* After the declined: "the truffle fries (not the sweet potato ones, the truffle ones)": a
 * dish pointed at again as "the ... ones" right after it is no second dish (restated_ones.c). */
void order_read_restated_ones(const char *text, const struct order_token *tokens, size_t n,
                              struct order_reading *rg);
/* After it: "the kids quesadilla the cheese one": a dish pointed at again right after it by
 * "the <word> one", the word one it is made with, is no second dish (restated_described.c). */
void order_read_restated_described(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, size_t n,
                                   struct order_reading *rg);
/* After every clause: marks each leftover garbled or coined by its words (order_thing). */
void order_read_mark_leftover_words(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, struct order_reading *rg);
/* Is w[0..len) within a few edits of a word of the menu, itself or without a plural ending
 * ("bonie", "burbrs")? A misspelt menu word, not another dish. */
bool order_read_near_menu_word(const struct order_lexicon *lx, const char *w, size_t len);
/* Could w[0..len) be a slip of the keys on a menu word ("a kixz mini burger")? Looser: no verb. */
bool order_read_slip_of_menu_word(const struct order_lexicon *lx, const char *w, size_t len);
/* After order_read_menu_places, per clause: "one of each side", "everything from the sides
 * section": a section's name, or its singular, after the words that make a kind every dish of
 * it, is a span of the section's dishes where it is no dish's span already ("sides" names no
 * kind of food alone: "fries on the side") (menu_refs.c). */
void order_read_sections_of_all(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, size_t c,
                                struct order_reading *rg);
/* After order_read_menu_refs, per clause, in a message that speaks of the menu or a list: a
 * span of several items after an ordinal ("the 2nd taco on the list", "the last burrito") is
 * the dish at that place in the menu's order; "the third one" after it, the third of its kind;
 * "the last one on the menu", the menu's last dish (menu_places.c). */
void order_read_menu_places(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, size_t c, struct order_reading *rg);
/* Pass 4, per clause, before the attachments: "the taco from ur pic", "the bowl in your
 * instagram post from yesterday": where the customer saw the dish, after its name, says which
 * dish; those words join the name (seen_where.c). */
void order_read_seen_where(const char *text, const struct order_token *tokens, size_t c,
                           struct order_reading *rg);
/* Pass 4, per clause, before the attachments: "that spicy burger u guys have", "the bowl that
 * yall serve": the restaurant and a verb of having or making after a dish's name, closing the
 * clause, say which dish; filler, no question (relative_have.c). */
void order_read_relative_have(const char *text, const struct order_token *tokens, size_t c,
                              struct order_reading *rg);
/* After pass 3, per clause: a span of several items named by its price or its rank in price
 * ("the 11.75 burger", "ur cheapest dessert", "most expensive bowl") is the item of that
 * price, or its ties (menu_refs.c). */
void order_read_menu_refs(const struct order_reader *rd, const char *text,
                          const struct order_token *tokens, size_t c, struct order_reading *rg);
/* Does item's name or description hold the word w[0..len), or a dish that every item saying
 * w is named by ("steak": the California Burrito's carne asada)? The menu's own glossary. */
bool order_read_item_holds(const struct order_reader *rd, size_t item, const char *w, size_t len);

/* talked_was.c: does a verb telling how a dish was or came ("were", "came", "tasted") stand
 * at p, right after the dish? */
bool order_talked_was_after(const char *text, const struct order_token *tokens, size_t p, size_t e);
/* denial_words.c: is token i (i < e) a word that denies the verb after it, "never", "havent",
 * "not" ("never had it")? */
bool order_never_word_at(const char *text, const struct order_token *tokens, size_t i, size_t e);
/* denial_words.c: is token i (i < e) "cant", "cannot" or "cnt" ("cant wait")? */
bool order_cant_word_at(const char *text, const struct order_token *tokens, size_t i, size_t e);
/* denial_words.c: is token i "to" and a verb of tasting or eating after it ("cant wait to try
 * them")? What follows "cant wait" so is eagerness; "to add extra pickles" asks a change. */
bool order_eager_to_at(const char *text, const struct order_token *tokens, size_t i, size_t e);
/* own_trade.c: do the words before token i, from b, tell what the customer sells, grows or
 * bakes ("we sell", "i grow my own")? The food after them is theirs, not asked for. */
bool order_own_trade_before(const char *text, const struct order_token *tokens, size_t b, size_t i);

/* After pass 3, per clause: "the 11.50 one": a price and "one", no kind named, is a span of
 * the menu's dishes of that price (menu_refs.c). */
void order_read_priced_ones(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, size_t c, struct order_reading *rg);
/* "2 tacos, the $4.95 ones": the price and "one(s)" over [d, end) right after a dish of
 * clause c pick the dishes of its kind at that price, or restate the one dish of that price;
 * false, nothing changed, when no such dish comes right before (priced_one_of_kind.c). */
bool order_read_priced_one_of_kind(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, size_t c, size_t d, size_t end,
                                   int32_t cents, struct order_reading *rg);
/* The price written as one ("$3.75", "3.75") ending at token i, in cents, or -1; *first is
 * its first token (menu_refs.c). */
int32_t order_written_price_at(const char *text, const struct order_token *tokens, size_t lo,
                               size_t i, size_t *first);
/* The menu's dishes at price cents into *priced, their count in *n; returns the one dish, or
 * -1 when none or several cost that (menu_refs.c). */
int32_t order_menu_priced(const struct menu *menu, int32_t cents, struct order_item_set *priced,
                          size_t *n);
/* Adds the span [b, e) of clause c for the dishes priced (item: the one dish, or -1 to ask
 * which) and sorts the things; false when the reading is full (menu_refs.c). */
bool order_read_add_priced(const char *text, const struct order_token *tokens, size_t c, size_t b,
                           size_t e, int32_t item, const struct order_item_set *priced,
                           struct order_reading *rg);
/* The items the readings of token i name, into *out (all of them: no reading names none)
 * (reading_things.c). */
void order_read_token_items(const struct order_reader *rd, const struct order_reading *rg, size_t i,
                            struct order_item_set *out);
/* After order_read_priced_ones, per clause: "whatever's 11.50": a dish left to the kitchen
 * within a price is a span of the menu's dishes at it (priced_free_choice.c). */
void order_read_priced_free_choice(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, size_t c,
                                   struct order_reading *rg);
/* After order_read_priced_ones, per clause: "the 3.75 side": a written price before a menu
 * word that forms no name of its own picks the dishes of that word at that price
 * (priced_kind_word.c). */
void order_read_priced_kind_words(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, size_t c,
                                  struct order_reading *rg);
/* After pass 3, per clause: "the pineapple one", "the one with the consome", "the thing with
 * steak and fries inside": a dish pointed at by food words that the name and description of
 * exactly one item hold is a span of that item (described_one.c). */
void order_read_described_ones(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, size_t c,
                               struct order_reading *rg);
/* After pass 4: "a coke. wait not the coke, a horchata": a dish asked for, then "not" and
 * that dish opening a clause, takes it back (taken_back_not.c). */
void order_read_taken_back_not(const char *text, const struct order_token *tokens,
                               struct order_reading *rg);
/* After pass 4: a run of clauses said again word for word right after itself ("... \n ...
 * sorry pasted that twice") asks once; the second copy's dishes point back (pasted_twice.c). */
void order_read_pasted_twice(const char *text, const struct order_token *tokens, size_t n,
                             struct order_reading *rg);
/* After pass 3, per clause: "2 bowls, one chicken one pork", a kind counted, then counted out
 * by parts each one dish of it holds, is those dishes with the parts' counts
 * (kind_counted_out.c). */
void order_read_kind_counted_out(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t c,
                                 struct order_reading *rg);
/* While clause c's changes are attached, after its headings and before its references:
 * "chocolate and vanilla shakes", a word naming
 * several dishes joined to a dish named whole, is the one its head names too, so that "the
 * chocolate one" after it points back at a dish already known (narrow.c). */
void order_read_shared_heads(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, size_t c, struct order_reading *rg);
/* After every clause is read: a dish of menu words the menu lacks whose word is a letter off
 * a word of a dish of its kind ("asada bowl", a Pollo Asado Bowl) is asked back among those
 * (near_kind_name.c). */
void order_read_near_kind_names(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, struct order_reading *rg);
/* The words that leave a count said after another unsure ("actually maybe 3?"), read by
 * vague_count_after.c and by the classify pass for the clause holding such a count alone. */
enum { ORDER_COUNT_HEDGES = 5 };
extern const char *const order_count_hedges[ORDER_COUNT_HEDGES];
/* After every clause is read: an amount with no number right after a dish, pointing back at
 * it ("onion rings. lots of them"), leaves its count open (vague_count_after.c). */
void order_read_vague_counts_after(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, struct order_reading *rg);
/* Where the colon that ends a heading stands at c, or after a short aside in brackets at c
 * ("crew meal (the sound guys): ..."); 0 when none (heading_colon.c). */
size_t order_heading_colon(const char *text, const struct order_token *tokens, size_t c, size_t e);
/* The tokens at p of "as many as" with no number after it, up to the next separator ("as
 * many as you can fit"), 0 when none (vague_as_many.c). */
size_t order_read_as_many(const struct order_reader *rd, const char *text,
                          const struct order_token *tokens, size_t p, size_t e);
/* After every clause is read: two counts set against each other after a dish ("ill take two
 * otherwise just one") leave its count open (count_otherwise.c). */
void order_read_counts_otherwise(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, struct order_reading *rg);
/* After every clause is read: a dish given as the alternative to another ("the crumble if
 * you have it, otherwise the brownie") leaves the choice open (dish_otherwise.c). */
void order_read_dishes_otherwise(const char *text, const struct order_token *tokens,
                                 struct order_reading *rg);
/* After every clause is read: a dish the menu lacks by its words, restated after a comma as
 * "the X one" of its kind ("the cheesy taco, the quesabirria one"), is that dish, no dish more
 * (leftover_restated.c). */
void order_read_leftovers_restated(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, struct order_reading *rg);
/* After every clause is read (restated_kind_span.c): a counted kind of dish said by how it is, then
 * ", the X ones" or ", the X kind" naming one dish of that kind ("2 smoky tacos, the carnitas
 * ones"): one line, the named dish with the count */
void order_read_kind_spans_restated(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, struct order_reading *rg);
/* After every clause is read (reading_vessel_counted.c): a count, one food word and a
 * drinking vessel ("2 coffee cups"): the drinks or the vessels, asked back */
void order_read_vessels_counted(const char *text, const struct order_token *tokens,
                                struct order_reading *rg);
/* How many tokens at o say the condition of a fallback: "(or) if you're out (of it)", "if
 * you don't have it"; 0 for none (dish_otherwise.c, choice.c). */
size_t order_out_of_it_words(const char *text, const struct order_token *tokens, size_t o,
                             size_t e);
/* How many tokens at o set an alternative against what came before: 1 for "otherwise", 2 for
 * "or else" and "if not", 0 for none (count_otherwise.c, dish_otherwise.c). */
size_t order_otherwise_lead(const char *text, const struct order_token *tokens, size_t o, size_t e);
/* Where "otherwise" at o and a count alone after it ("otherwise just one,") end, or 0: an
 * alternative count, no alternative dish, so what follows it is asked for in its own right. */
size_t order_otherwise_count_end(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t o, size_t e);
/* After the corrections: a kind of several dishes, then set off right after it "the one with
 * ..." whose words one of them alone holds ("the spicy one, the one with the pulled stuff"),
 * is that dish (described_one.c). */
void order_read_described_picks(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, size_t n,
                                struct order_reading *rg);
/* After the corrections: "2 carnitas tacos and 2 al pastor, carnitas on flour": a dish
 * named again after a comma by fewer of its words, uncounted, with a change, gives the
 * change to the dish asked for before; no dish more (named_again_changed.c). */
void order_read_named_again_changed(const char *text, const struct order_token *tokens,
                                    struct order_reading *rg);
/* After the corrections: a dish pointed at by a word ("the spicy one") that several dishes'
 * texts hold, all but the one whose name holds it named on their own in the message, is that
 * one (named_apart.c). */
void order_read_named_apart(const struct order_reader *rd, struct order_reading *rg);
/* Dishes before "however many you think" / "whatever amount u think is right" in their
 * clause, with no count written before them: how many is left open, asked back
 * (count_left_open.c). */
void order_read_counts_left_open(const char *text, const struct order_token *tokens,
                                 struct order_reading *rg);
/* A dish the menu lacks, then menu words naming no kind set off right after it ("3
 * enchiladas (chicken)", "a calzone? pepperoni if possible"): they say what fills it and join
 * its phrase, no dish of their own (lacking_filled.c). */
void order_read_lacking_filled(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, struct order_reading *rg);
/* After every clause is read and corrected: a kind of several items, then in the next clause
 * alone a dish or kind that leaves exactly one of them ("a milkshake? the chocolate one"),
 * is that one item, asked for once (narrow.c). */
void order_read_narrowings(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, struct order_reading *rg);
/* The items thing x's last word names as a head noun ("fries" of "sweet potato fries"), in
 * heads; whether x is a dish named whole with such a head (narrow.c). */
bool order_narrow_head_items(const struct order_reader *rd, const struct order_reading *rg,
                             const struct order_thing *x, struct order_item_set *heads);
/* "2 carnitas, 1 pollo asado bowl": is head, a dish of a head said in the singular and counted
 * one, that dish's alone beside kind counted many (narrow.c)? */
bool order_narrow_head_one_of_many(const char *text, const struct order_token *tokens,
                                   const struct order_thing *kind, const struct order_thing *head);
/* "3x sweet potato fries, 2x classic, 1x truffle": a word of several dishes listed between
 * dishes named whole with one head noun is the one of its dishes with that head
 * (narrow_list_neighbours.c). */
void order_narrow_list_neighbours(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, struct order_reading *rg,
                                  size_t k);
/* Does pick, in brackets right after kind, name which of the kind is meant ("a shake
 * (chocolate)")? (narrow_bracketed.c) */
bool order_narrow_bracketed(const struct order_token *tokens, const struct order_reading *rg,
                            const struct order_thing *kind, const struct order_thing *pick);
/* After the narrowings: a kind in the plural or given to each of a group, alone in its
 * clause, then dishes of it counted in the next or after a colon ("we want burritos. 2
 * california burritos", "a taco for each of us. 2 want pastor and 2 want fish") asks nothing
 * more: the counted dishes say which (narrow_counted_after.c). */
void order_read_kinds_counted_after(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, struct order_reading *rg);
/* After the narrowings: two dishes joined by "or" outside a question ("the tinga burrito or
 * maybe the pollo asado bowl") are one question of the two, unless a later dish names one of
 * them, which alone then stands (choice.c). */
void order_read_choices(const char *text, const struct order_token *tokens,
                        struct order_reading *rg);
/* dst becomes the question "A or B" of dishes a and b (dst may be a): no item, the two as
 * candidates, the phrase of both (choice.c). */
void order_choice_join(struct order_thing *dst, const struct order_thing *a,
                       const struct order_thing *b);
/* After the corrections: a dish after "about", without a count and outside a question, is
 * talked about, not ordered ("my coworker wont shut up about ur birria") (talked_about.c). */
/* A kind of dish right before a word for a restaurant ("ur a burger place") names the kind
 * of restaurant: no dish asked for (kind_of_place.c). */
void order_read_kind_of_place(const char *text, const struct order_token *tokens,
                              struct order_reading *rg);
/* Is token i a word for a place that sells food ("place", "stall", "truck")? (kind_of_place.c) */
bool order_place_word_at(const char *text, const struct order_token *tokens, size_t i, size_t e);
/* change_called_off.c: "w/ extra pickles and cheese, actually scratch the cheese": words
 * calling off a part a change of an earlier dish put on take the change back; no dish. */
void order_read_changes_called_off(const char *text, const struct order_token *tokens,
                                   struct order_reading *rg);
/* errand_run.c: "Dessert run!": a dish or its kind right before "run" names an errand, no dish
 * asked for. */
void order_read_errand_runs(const char *text, const struct order_token *tokens,
                            struct order_reading *rg);
/* Before the corrections: the dishes of a clause that ends "jk" / "just kidding", with a
 * clause after it, were asked for in jest: taken back (talked_about.c). */
void order_read_in_jest(const char *text, const struct order_token *tokens,
                        struct order_reading *rg);
void order_read_talked_about(const char *text, const struct order_token *tokens,
                             struct order_reading *rg);
/* After the talked about: "a mango smoothie, my daughter loves mango": a food someone else
 * likes, told after the dishes, closing its part, is no dish asked for (taste_told.c). */
void order_read_taste_told(const char *text, const struct order_token *tokens,
                           struct order_reading *rg);
/* After the taste told: "a mango smoothie, i love mango", "a bowl, hates cilantro", "my twins
 * love mango, a mango smoothie": a taste in a part of its own, whoever's, beside a dish asked
 * for elsewhere; what is disliked, liked by someone else, or liked by the customer and asked for
 * elsewhere is no dish asked for (taste_liked.c). */
void order_read_taste_liked(const char *text, const struct order_token *tokens,
                            struct order_reading *rg);
/* After the taste liked: "a mango smoothie, my fave", "a horchata, horchata is my favorite": a
 * verdict of favour in a part of its own names no dish asked for; order_favorite_part: is
 * thing x read so (favorite_told.c)? */
void order_read_favorite_told(const char *text, const struct order_token *tokens,
                              struct order_reading *rg);
bool order_favorite_part(const char *text, const struct order_token *tokens,
                         const struct order_reading *rg, size_t x);
/* The length of praise as the best at token i ("best burrito in town", "the best in the city",
 * "best tacos ever"), to the mark, or 0; and, after the taste told, the dish named in such a
 * part beside dishes asked for elsewhere is none asked for (praise_best.c). */
size_t order_praise_best(const char *text, const struct order_token *tokens, size_t i, size_t e);
void order_read_praise_best(const char *text, const struct order_token *tokens,
                            struct order_reading *rg);
/* After the taste told: "a cold brew, need the caffeine lol": a need the dishes meet, told in
 * words that read as no food, is no dish asked for (need_told.c). */
void order_read_need_told(const struct order_reader *rd, const char *text,
                          const struct order_token *tokens, struct order_reading *rg);
/* The length of "its been", "it has been", "ive been" or "been" at token i, or 0; and, after the
 * taste told, the words left over after it in a part of their own ("a flan, its been a long
 * day") asked for by nobody (been_said.c). */
size_t order_been_said(const char *text, const struct order_token *tokens, size_t i, size_t e);
void order_read_been_said(const char *text, const struct order_token *tokens,
                          struct order_reading *rg);
/* Counted dishes the customer has already, after "there are" or a subject and a verb of
 * having ("we have 2 cheeseburgers already, need a lemonade"): asked for by nobody
 * (had_already.c). */
void order_read_had_already(const char *text, const struct order_token *tokens,
                            struct order_reading *rg);
/* Is thing x such a dish the customer has already (had_already.c)? */
bool order_had_already(const char *text, const struct order_token *tokens,
                       const struct order_reading *rg, size_t x);
/* Are all the things of clause c, one at least, such dishes ("there are 4 bowls on the
 * table")? The clause asks for nothing (had_already.c). */
bool order_had_already_only(const char *text, const struct order_token *tokens,
                            const struct order_reading *rg, size_t c);
/* After the taste told: "a side salad, im hungover": words left over after the customer and a
 * verb of being, closing a part of its own, say how the customer is, no dish; so does one word
 * no food list knows closed by laughter ("a side salad, hungover lol") (self_state.c). */
void order_read_self_state(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, struct order_reading *rg);
/* The length of the customer, a verb of being and a degree at token i ("we are so", "im
 * really") when one word closes the part after them ("we are so hangry"), or 0 (self_state.c). */
size_t order_self_state_said(const char *text, const struct order_token *tokens, size_t i,
                             size_t e);
/* The length of the weather told at token i, closing at e or a mark ("its so hot today", "it
 * is really cold out"), or 0 (weather_said.c). */
size_t order_weather_said(const char *text, const struct order_token *tokens, size_t i, size_t e);
/* Is thing x a food of such a taste, read as no dish asked for (taste_liked.c)? */
bool order_taste_liked_part(const char *text, const struct order_token *tokens,
                            const struct order_reading *rg, size_t x);
/* After the talked about: "she had the quesabirria last time": a subject, a past verb of
 * eating, the dish and a time before now tell of an earlier visit; nothing is asked for
 * (talked_past.c). */
void order_read_eaten_before(const char *text, const struct order_token *tokens,
                             struct order_reading *rg);
/* Does a time before now start at p: "last time", "last week", "yesterday", "the other day",
 * "before" (talked_past.c)? */
bool order_time_before_now_at(const char *text, const struct order_token *tokens, size_t p,
                              size_t e);
/* After the talked about: a dish with a verdict on it ("the churros slapped", "ur burrito
 * changed her life") is judged from eating it: the words are no change, and named again
 * later it is asked for there alone (talked_about.c). */
void order_read_praised(const char *text, const struct order_token *tokens,
                        struct order_reading *rg);
/* After the praised: "thank you, it was delicious. the brownie especially": a sentence that is
 * a dish and a word singling it out ("especially", "in particular") names what the remark
 * before it was about; nothing is asked for (talked_about.c). */
void order_read_singled_out(const char *text, const struct order_token *tokens,
                            struct order_reading *rg);
/* After the talked about: "a wrap and a brownie, both vegan right?": a diet with a tag asking
 * to confirm it after dishes named is asked of them, no dish (talked_about.c). */
void order_read_diet_confirmed(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, struct order_reading *rg);
/* After the diets confirmed: a diet after a copula ("i'm vegan", "is one of them vegan?") is
 * said of a person or asked of a dish, no dish (diet_said_of.c). */
void order_read_diet_said_of(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, struct order_reading *rg);
/* After the corrections: "2 well done, 2 medium": "medium" beside the doneness of a dish of
 * its section is a doneness too, not a size (doneness.c). */
void order_read_medium_doneness(const struct order_reader *rd, struct order_reading *rg);
/* Is the item's meat cooked to order: does its menu entry hold beef or steak (doneness.c)? */
bool order_read_cooked_to_order(const struct order_lexicon *lx, int32_t item);
/* Within order_read_span_context: "4 cheeseburgers 2 med 2 well": a count and a size word
 * after a dish cooked to order is a part of it, not a dish the word begins the name of
 * (doneness_counted.c). */
void order_read_counted_doneness(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t first,
                                 struct order_reading *rg);
/* The words at tokens[i..e) that open a gloss of what was just said ("that was", "it is",
 * "its", "ie", "usually"), or 0: after an order outside the message, what it was (past.c). */
size_t order_past_gloss_at(const char *text, const struct order_token *tokens, size_t i, size_t e);
/* "the usual pls - a burger and fries", "my usual? a burger and fries": an order outside the
 * message, spelled out after a dash, a colon or the end of its sentence, is the dishes
 * listed; nothing is left to ask back (past.c). */
void order_read_past_spelled_out(const char *text, const struct order_token *tokens,
                                 struct order_reading *rg);
/* "4 california burritos? ok too much. 2 california burritos": a counted dish alone in a
 * question, counted again in a later clause, is the later count (count_tried.c). */
void order_read_count_tried(const struct order_token *tokens, struct order_reading *rg);
/* "fries please!! … just one portion of fries": a dish named bare, counted again in a later
 * clause opening with "just" or "only", is the later count (count_just.c). */
void order_read_count_just(const char *text, const struct order_token *tokens,
                           struct order_reading *rg);
/* "sorry autocorrect: 2 of the flurbonis": where the message says the phone changed words, a
 * thing of words no language knows is asked back, not declined (autocorrect_said.c). */
void order_read_autocorrect_said(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t n,
                                 struct order_reading *rg);
/* "could i get pad see ew, not sure if i'm spelling that right": a thing asked for whose
 * spelling is doubted right after is a dish's name (spelling_doubted.c). */
void order_read_spelling_doubted(const char *text, const struct order_token *tokens, size_t n,
                                 struct order_reading *rg);
/* "my usual which is the cheeseburger", "the same burger my wife had last time, the one with
 * the mushroom": an order outside the message, said in a relative clause or after a mark to be
 * the dish named right after, is that dish; nothing is asked back (past_named_after.c). */
void order_read_past_named_after(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, struct order_reading *rg);
/* A dish's name a phone changed, put right after it ("a flagella wrap. FALAFEL"): the changed
 * name leaves the reading, the fix names the dish (autocorrected.c). */
void order_read_autocorrected(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, struct order_reading *rg);
/* A fix marked by an asterisk against its word ("a flna *flan", "*5 birria tacos"): naming
 * the dish right before it, it is no second dish; with a count, it sets the count of the dish
 * asked for before; on a line after the order, re-spelling the words of a dish read before
 * ("onion tings and a shake\n*rings"), it is no second dish, and what words read as a dish
 * the menu lacks meant ("a Nike salad\n*side salad") (star_fix.c). Tokens [0, n). */
void order_read_star_fixes(const char *text, const struct order_token *tokens, size_t n,
                           struct order_reading *rg);
/* Where the words that make the kind named from token b every dish of it begin ("of each",
 * "of every", "everything in the": "one of everything in the desserts"); b when none do
 * (menu_refs.c). */
size_t order_all_of_kind_at(const char *text, const struct order_token *tokens, size_t b);
/* Does "both" (maybe "of", "the") come right before token b, and th name a kind of exactly
 * two dishes in the plural ("both smoothies", "both of the shakes")? Then th is each of the
 * two once, as after "one of each" (menu_refs.c). */
bool order_both_of_two_at(const char *text, const struct order_token *tokens, size_t b,
                          const struct order_thing *th);
/* After order_read_each_of_kind, per clause: "one of each taco except the fish": the dishes
 * of a kind read as every one of them that words after it set apart leave the reading
 * (kind_except.c). */
void order_read_kind_except(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, size_t c, struct order_reading *rg);
/* After pass 4, per clause: "one of each dessert": a span of several items after "of each"
 * is every one of them, each with the span's count and modifiers (menu_refs.c). */
void order_read_each_of_kind(const char *text, const struct order_token *tokens, size_t c,
                             struct order_reading *rg);
/* After pass 3, per clause: its spans from things[first] on read again with the words around
 * them (span_context.c): "tacos de asada", "that burger with the pulled jackfruit", "beef
 * burger med rare", "..., salsa on the side", "extra crispy onions". */
void order_read_span_context(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, size_t c, size_t first,
                             struct order_reading *rg);
/* Within order_read_span_context: the spans of clause c from things[first] on that are words
 * of a change of the dish before them leave the reading ("..., salsa on the side", "extra
 * crispy onions"; span_changes.c). */
void order_read_change_spans(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, size_t c, size_t first,
                             struct order_reading *rg);
/* Does a reading of token t end a name or name a section ("burger", "fries")? */
bool order_read_token_head(const struct order_reader *rd, const struct order_reading *rg, size_t t);
/* Is dish, after kind and "de" ("aguas de horchata"), the whole name of an item of the
 * section all of kind's items are in? It is that item (span_kind_de_whole.c). */
bool order_read_kind_de_whole(const struct order_reader *rd, const struct order_reading *rg,
                              const struct order_thing *kind, const struct order_thing *dish);
/* Does token t read a word that opens the names of several items, no other name holding it
 * ("jarritos")? Said after a describing word it is their kind (reading_brand_word.c). */
bool order_read_brand_word(const struct order_reader *rd, const struct order_reading *rg, size_t t);
/* Is [b, e), joined to what comes before by "and" / "&" / "+", a dish of the food lexicon in
 * two words or more that no item's name or description holds ("and garlic bread" before "on
 * the side")? Another thing served apart, no change. */
bool order_read_joined_side_dish(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t b, size_t e);
/* Does span th hold every word of a name or alias of its item (no clipped part of one)? */
bool order_read_span_whole(const struct order_reader *rd, const struct order_reading *rg,
                           const struct order_thing *th);
/* How many items of *cands name or describe every word of tokens [b, e) (connectors left out,
 * at most three words of three letters or more), in *found. */
size_t order_read_described_candidates(const struct order_reader *rd, const char *text,
                                       const struct order_token *tokens, size_t b, size_t e,
                                       const struct order_item_set *cands,
                                       struct order_item_set *found);
/* Helpers shared by the passes. */
/* Puts the things back in text order after one was added late. */
void order_reading_sort_things(struct order_reading *rg);

/* Writes the words of tokens[b..e) to out, one space apart (punctuation left out, a word
 * that would not fit skipped), NUL-terminated; returns the length. */
size_t order_words_join(const char *text, const struct order_token *tokens, size_t b, size_t e,
                        char *out, size_t cap);

/* Drops the things of clause c that begin inside [b, e): words of something else, read
 * anew (a description, the parts a kind is counted out by). Before the attach pass only:
 * each leaves the clause's count of spans, as with order_reading_drop_thing. */
void order_reading_drop_things(struct order_reading *rg, size_t c, size_t b, size_t e);
/* A new thing of clause c over tokens [b, e), zeroed otherwise; NULL (and rg->truncated)
 * when ORDER_ITEMS_MAX are taken. */
struct order_thing *order_reading_add_thing(struct order_reading *rg, size_t c, size_t b, size_t e);
/* Settles th on the one menu item item: its only candidate. */
static inline void order_thing_pin(struct order_thing *th, int32_t item)
{
    th->item = item;
    memset(&th->candidates, 0, sizeof(th->candidates));
    order_item_set_add(&th->candidates, item);
}
/* Does token t read menu words, and only as misspellings of them ("jake" near "cake", "bikes"
 * near "bites")? */
static inline bool order_token_slip_only(const struct order_reading *rg, size_t t)
{
    for (size_t h = 0; h < rg->n_hits[t]; h++)
        if (rg->hits[t][h].edits == 0)
            return false;
    return rg->n_hits[t] > 0;
}
/* Adds tokens [b, e) of clause c as a thing that names no dish anyone could read, to be
 * asked back ("a number 3", "whatever you recommend", "the large one" answering a question
 * brigade never saw); false when no room is left (leftover_words.c). */
bool order_read_add_unreadable(const char *text, const struct order_token *tokens, size_t c,
                               size_t b, size_t e, struct order_reading *rg);
/* Is tokens[i] (i < end) the word w? */
static inline bool order_tok_is(const char *text, const struct order_token *tokens, size_t i,
                                size_t end, const char *w)
{
    return i < end && tokens[i].kind == ORDER_TOKEN_WORD && order_token_is(text, &tokens[i], w);
}
/* "w/o" (tokens "w", "/", "o") or "w o": how many tokens of "without" start at i (i < end), or
 * 0. */
static inline size_t order_tok_w_slash_o(const char *text, const struct order_token *tokens,
                                         size_t i, size_t end)
{
    if (!order_tok_is(text, tokens, i, end, "w"))
        return 0;
    if (order_tok_is(text, tokens, i + 1, end, "o"))
        return 2;
    bool slash =
        i + 1 < end && tokens[i + 1].kind == ORDER_TOKEN_PUNCT && tokens[i + 1].punct == '/';
    return slash && order_tok_is(text, tokens, i + 2, end, "o") ? 3 : 0;
}
/* The token after an aside in brackets that opens at tokens[m] ("jess (drums): ..."), n when
 * it never closes; m itself when no bracket opens there. */
static inline size_t order_tok_past_aside(const struct order_token *tokens, size_t m, size_t n)
{
    if (m >= n || tokens[m].kind != ORDER_TOKEN_PUNCT || tokens[m].punct != '(')
        return m;
    while (m < n && !(tokens[m].kind == ORDER_TOKEN_PUNCT && tokens[m].punct == ')'))
        m++;
    return m < n ? m + 1U : n;
}
/* Is tokens[i] (i < end) one of the n words of list? */
static inline bool order_tok_in(const char *text, const struct order_token *tokens, size_t i,
                                size_t end, const char *const *list, size_t n)
{
    if (i >= end || tokens[i].kind != ORDER_TOKEN_WORD || tokens[i].len == 0)
        return false;
    /* the token read once, and most entries passed over at their first letter */
    char first = text[tokens[i].off];
    for (size_t k = 0; k < n; k++)
        if (list[k][0] == first && order_token_is(text, &tokens[i], list[k]))
            return true;
    return false;
}
bool order_tok_connector(const char *text, const struct order_token *t);
/* The number of entries of a word list declared as an array ("static const char *const
 * list[]"), for order_tok_in and the like. */
#define ORDER_WORDS_N(list) (sizeof(list) / sizeof(*(list)))

/* Where the part holding tokens[begin] opens, at most max_words words before it: right after
 * a mark, or at the clause's start cb ("..., im so hungover", "its been a long day"); SIZE_MAX
 * when more words than that stand before it in the part. */
static inline size_t order_part_open_before(const struct order_token *tokens, size_t cb,
                                            size_t begin, size_t max_words)
{
    size_t s = begin;
    while (s > cb && tokens[s - 1U].kind == ORDER_TOKEN_WORD && begin - s < max_words)
        s--;
    return s > cb && tokens[s - 1U].kind != ORDER_TOKEN_PUNCT ? SIZE_MAX : s;
}

/* Is tokens[i] (i < end) an article: "a", "an" or "the"? */
static inline bool order_tok_article(const char *text, const struct order_token *tokens, size_t i,
                                     size_t end)
{
    return order_tok_is(text, tokens, i, end, "a") || order_tok_is(text, tokens, i, end, "an") ||
           order_tok_is(text, tokens, i, end, "the");
}

/* Is tokens[i] (i < end) a possessive that leads a person or thing named after it: "my",
 * "our", "his", "her", "their" ("my husband", "her sister")? */
static inline bool order_tok_possessive(const char *text, const struct order_token *tokens,
                                        size_t i, size_t end)
{
    static const char *const possessives[] = {"my", "our", "his", "her", "their"};
    return order_tok_in(text, tokens, i, end, possessives, ORDER_WORDS_N(possessives));
}

/* Is tokens[i] (i < end) "the" or a possessive (order_tok_possessive: "my husband", "the two
 * grandchildren")? */
static inline bool order_tok_possessive_or_the(const char *text, const struct order_token *tokens,
                                               size_t i, size_t end)
{
    return order_tok_possessive(text, tokens, i, end) || order_tok_is(text, tokens, i, end, "the");
}

/* Where the words addressing the staff at token i end, before what is said of them: "you",
 * "u", "yall", "youre" or "ur", then perhaps "guys" or "all", a copula ("are", "r") and "so"
 * ("you guys are so ...", "yall r ..."); i when tokens[i] is none of those "you"
 * (attach_staff_praised.c, classify_remark_own.c). */
static inline size_t order_tok_staff_addressed(const char *text, const struct order_token *tokens,
                                               size_t i, size_t end)
{
    static const char *const yous[] = {"you", "u", "yall", "youre", "ur"};
    static const char *const groups[] = {"guys", "all"};
    static const char *const being[] = {"are", "r"};
    if (!order_tok_in(text, tokens, i, end, yous, ORDER_WORDS_N(yous)))
        return i;
    size_t n = i + 1U;
    if (order_tok_in(text, tokens, n, end, groups, ORDER_WORDS_N(groups)))
        n++;
    if (order_tok_in(text, tokens, n, end, being, ORDER_WORDS_N(being)))
        n++;
    if (order_tok_is(text, tokens, n, end, "so"))
        n++;
    return n;
}

/* Do tokens i and i + 1 (before end) say "as always", "as usual" or "as ever"? */
static inline bool order_tok_as_always(const char *text, const struct order_token *tokens, size_t i,
                                       size_t end)
{
    static const char *const usual[] = {"always", "usual", "ever"};
    return order_tok_is(text, tokens, i, end, "as") &&
           order_tok_in(text, tokens, i + 1U, end, usual, ORDER_WORDS_N(usual));
}

/* Is tokens[i] (i < end) laughter ("lol", "haha"; order_token_laugh)? */
static inline bool order_tok_laugh(const char *text, const struct order_token *tokens, size_t i,
                                   size_t end)
{
    return i < end && order_token_laugh(text, &tokens[i]);
}
/* The fewest letters of a superlative picking a dish by its form alone: "ripest" and longer,
 * not "best" nor "rest" (free_choice_ranked.c, leftover_words.c). */
enum { ORDER_SUPERLATIVE_PICK_MIN = 6 };
/* Is tokens[i] (i < end) a word of min letters or more in -est, a superlative by its form
 * ("spiciest", "ripest")? The floor keeps short words that merely end so ("best", "rest")
 * out where the caller does not want them. */
static inline bool order_tok_superlative_form(const char *text, const struct order_token *tokens,
                                              size_t i, size_t end, size_t min)
{
    /* at least the three letters of "est", whatever min is: none is read before the word */
    if (i >= end || tokens[i].kind != ORDER_TOKEN_WORD || tokens[i].len < min || tokens[i].len < 3U)
        return false;
    return memcmp(text + tokens[i].off + tokens[i].len - 3U, "est", 3) == 0;
}

/* Rewrites the change mod (NUL-terminated, cap bytes) word by word: word(ctx, w, len, put,
 * put_cap) writes w[0..len)'s new spelling into put and returns its length, or returns 0 to
 * keep w. The spaces between words stay; a text that would outgrow a change is left as read
 * (menu_spelling.c). */
typedef size_t (*order_change_word_fn)(void *ctx, const char *w, size_t len, char *put,
                                       size_t put_cap);
void order_change_rewrite(char *mod, size_t cap, order_change_word_fn word, void *ctx);

/* Rewrites the change mod (NUL-terminated, cap bytes) with the menu's spelling of its words
 * where the match form dropped an accent ("extra jalapenos": "extra jalapeños";
 * menu_spelling.c). */
void order_menu_spelling(const struct order_lexicon *lx, char *mod, size_t cap);
/* Rewrites the change mod's misspelt words as the menu spells them when one menu word is a
 * letter away and the word is no English or food word ("add avacado": "add avocado";
 * change_typos.c). */
void order_change_typos(const struct order_reader *rd, char *mod, size_t cap);
/* Is w[0..len) a participle that takes a part off a dish said after it ("omitted",
 * "removed"; change_taken_off.c)? */
bool order_change_taken_off_word(const char *w, size_t len);
/* Rewrites the change mod said as its part and such a participle ("onions omitted") as the
 * labels write a removal ("no cotija"; change_taken_off.c). */
void order_change_taken_off(char *mod, size_t cap);
/* A test of menu word b[0..l) against the word written w[0..len). */
typedef bool (*order_menu_word_test)(const char *w, size_t len, const char *b, size_t l);
/* The one word of the menu's names and descriptions that w[0..len) is near by the test near,
 * among those the test weighed passes (all when NULL), into out (32 bytes); false when none or
 * several are, or when a word weighed is w itself or its plural (change_typos.c). */
bool order_menu_one_word(const struct order_lexicon *lx, const char *w, size_t len,
                         order_menu_word_test weighed, order_menu_word_test near, char *out);
/* The one word of the menu's names and descriptions, of five letters or more, one edit from
 * w[0..len) with its first letter, into out (32 bytes); false when none or several, or when
 * w itself or its plural is there (change_typos.c). */
bool order_menu_near_word(const struct order_lexicon *lx, const char *w, size_t len, char *out);
/* The one word of the menu's names and descriptions, of seven letters or more, that the no
 * English word w[0..len) misspells further than a letter: the same but for its first letter
 * ("halapenos"), or two edits away when both have eight letters or more ("brocolli"); false
 * when none or several, or when w itself or its plural is there (change_typos_far.c). */
bool order_menu_far_word(const struct order_lexicon *lx, const char *w, size_t len, char *out);

/* Rewrites a removal "no W" of dish item where its description holds "W de X" and W is no
 * English word ("no pico": "no pico de gallo"; menu_part_whole.c). */
void order_menu_part_whole(const struct order_lexicon *lx, int32_t item, char *mod, size_t cap);
/* Rewrites a swap "A instead of B" of two single words where dish item's description puts a
 * food noun after B and the menu says "A noun": "corn tortilla instead of flour". */
void order_menu_swap_head(const struct order_lexicon *lx, int32_t item, char *mod, size_t cap);
/* Rewrites a change of one bare word W of dish item, served "on" a base its description
 * names "X N", to "W N" where the menu says "W N" and the dish does not ("corn": "corn
 * tortilla"; menu_part_whole.c). */
void order_menu_bare_base(const struct order_lexicon *lx, int32_t item, char *mod, size_t cap);
/* Rewrites two words "A B" of a change of dish item where its description writes them "A-C B"
 * ("cilantro rice": "cilantro-lime rice"). */
void order_menu_hyphen_part(const struct order_lexicon *lx, int32_t item, char *mod, size_t cap);

/* Rewrites the change mod with the menu's word for a customer's clipping of it, where the
 * menu writes that word and not the customer's ("extra guac": "extra guacamole"). */
/* A change's words of another language the understanding translates ("no cebolla": "no
 * onion"), where the menu writes them in English (menu_spelling.c). */
void order_menu_translations(const struct order_understanding *u, const struct order_lexicon *lx,
                             char *mod, size_t cap);
void order_menu_synonyms(const struct order_understanding *u, const struct order_lexicon *lx,
                         char *mod, size_t cap);

#endif
