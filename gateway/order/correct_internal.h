/* correct_internal.h — what the three files of corrections share (correct_leads.c finds the
 * words that lead one, correct.c applies them, correct_phrases.c reads the corrections said
 * without a lead). Not part of the order domain's interface: reading.h is. */
#ifndef BRIGADE_GATEWAY_ORDER_CORRECT_INTERNAL_H
#define BRIGADE_GATEWAY_ORDER_CORRECT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gateway/order/reading.h"

enum correct_kind {
    CORRECT_NONE,
    CORRECT_COUNT,  /* "actually make it 3": the count after it is the right one */
    CORRECT_REMOVE, /* "scratch the onion rings": the dish after it is not wanted */
    CORRECT_SWAP,   /* "beef burger. actually no wait, make it a cheeseburger": the dish
                     * after it replaces the one before */
};

enum { CORRECT_PRE_MAX = 3, CORRECT_PHRASE_WORDS = 3 };

struct correct_lead {
    enum correct_kind kind;
    size_t begin, end; /* the lead's tokens; for a removal, the dish's too */
    size_t at;         /* count: its first token; removal: the first token after the lead */
    size_t count_end;  /* count: after its number and unit ("two orders") */
    int32_t count;     /* count: the number; removal: how many fewer ("cancel one of the
                        * wraps"), 0 for all of it */
    int32_t item;      /* removal, swap: the menu item named (-1: "scratch that") */
    bool adjacent;     /* swap: only of a dish right before it ("X, no wait the Y") */
    bool names_was;    /* swap: the word after the lead names the dish replaced ("make the
                        * fries sweet potato") */
    bool doubled;      /* count: "double the onion rings", twice the count asked before */
    bool restated;     /* count: after "i mean": the counted dish restates the one before */
    bool named;        /* count: after the words naming its dish ("make the asada 18") */
    int32_t carried;   /* change: the count of the dish changed ("switch the 2 tacos to
                        * ..."), which the new dish takes; 0 when none was said */
    bool changed;      /* removal: of a dish changed into the one after it */
};

/* correct_leads.c: may a lead stand in the message at all (one of the words every lead
 * starts with)? */
bool correct_lead_may_stand(const struct order_reading *rg);
/* correct_leads.c: the lead starting at token i, or false */
bool correct_lead_at(const struct order_reader *rd, const char *text, const struct order_token *t,
                     size_t i, size_t n, const struct order_reading *rg, struct correct_lead *out);

/* correct.c: the last thing asked for that ends by token i: a span, or with leftovers also a
 * phrase the menu may lack */
struct order_thing *correct_last_thing(struct order_reading *rg, size_t i, bool leftovers);

/* correct_told_of.c: the dish asked for in an earlier clause that span was, named bare after
 * a verb of a statement ("she won't eat taquitos"), only talks of; NULL when none */
struct order_thing *correct_asked_before_told(const char *text, const struct order_token *tokens,
                                              struct order_reading *rg,
                                              const struct order_thing *was);

/* correct_sibling.c: is the word at d, a word of the menu, between "the" and "one" ("the
 * vegan one")? */
bool correct_the_word_one(const char *text, const struct order_token *t, size_t n,
                          const struct order_reading *rg, size_t d);
/* For a swap that names no dish ("no wait, the vegan one"), the dish of the kind corrected
 * that the words point at, its span pinned to it; NULL when none */
struct order_thing *correct_sibling_pick(const struct order_reader *rd, const char *text,
                                         const struct order_token *tokens, size_t n,
                                         struct order_reading *rg, const struct correct_lead *lead);

/* correct_kind.c: a swap that names only a kind of dish other than the dish right before it
 * ("the california burrito, no the bowl"): that dish replaced by the kind, narrowed to one of
 * it by the words that told the dish apart; false when the lead is no such swap */
bool correct_kind_swap(const struct order_reader *rd, const char *text,
                       const struct order_token *tokens, struct order_reading *rg,
                       const struct correct_lead *lead);

/* correct_zero.c: the dishes counted zero ("tres leches 0") taken back */
void correct_zero_counts(const char *text, const struct order_token *tokens, size_t n,
                         struct order_reading *rg);

/* correct_phrases.c: corrections said without a lead, in the order order_read_corrections
 * runs them */
void correct_instead(const struct order_reader *rd, const char *text,
                     const struct order_token *tokens, size_t n, struct order_reading *rg);
void correct_not_dish(const struct order_reader *rd, const char *text,
                      const struct order_token *tokens, size_t n, struct order_reading *rg);
/* correct_not_count.c: "the fish taco, not the flan, x2": the count after the declined dish
 * goes to now, the dish meant */
void correct_not_count(const char *text, const struct order_token *tokens, size_t n,
                       struct order_thing *now, struct order_thing *declined);
/* correct_not_list.c: "not the steak, not the chicken ones - just a salad": every dish of
 * an opening run of "not" pieces is declined once a dish not declined follows */
void correct_not_list(const char *text, const struct order_token *tokens, size_t n,
                      struct order_reading *rg);
/* correct_not_again.c: "2 fries - sorry not fries, onion rings": now, named again at d after
 * the "not" at i, is taken back for the dish after it; whether it was */
bool correct_not_again(const char *text, const struct order_token *tokens, size_t n,
                       struct order_reading *rg, struct order_thing *now, size_t i, size_t d);
/* correct_kind_not.c: "one of the salads, not the caesar": the dish whose span starts at d
 * set apart from kind; whether it was */
bool correct_kind_not(struct order_reading *rg, struct order_thing *kind, size_t d);
void correct_confirmations(const char *text, const struct order_token *tokens, size_t n,
                           struct order_reading *rg);
void correct_bare_instead(const char *text, const struct order_token *tokens, size_t n,
                          struct order_reading *rg, const size_t *removed_ends, size_t n_removed);
/* correct_phrases.c: the folded name of item (its text up to ". ") into out; its length, or
 * 0 */
size_t correct_item_name(const struct order_reader *rd, size_t item, char *out, size_t cap);
/* correct_said_not.c: "Max wants a lemonade. No he doesn't.": a sentence only denying the one
 * before takes back what it asked for */
void correct_said_not(const char *text, const struct order_token *t, struct order_reading *rg);
/* correct_made_kind.c: "a carnitas taco. actually make the last one a bowl": the dish before
 * becomes the item the new words name that shares most of its name (the carnitas bowl) */
void correct_made_kind(const struct order_reader *rd, const char *text, const struct order_token *t,
                       size_t n, struct order_reading *rg);
/* correct_final_list.c: "final answer: 3 cheeseburgers + 1 vanilla shake": the list after a
 * heading calling it final is the whole order; what was asked for before it is taken back */
void correct_final_list(const struct order_reader *rd, const char *text,
                        const struct order_token *tokens, size_t n, struct order_reading *rg);
void correct_only_left(const char *text, const struct order_token *tokens, size_t n,
                       struct order_reading *rg, const size_t *removed_ends, size_t n_removed);
void correct_word_swaps(const struct order_reader *rd, const char *text,
                        const struct order_token *tokens, size_t n, struct order_reading *rg);

#endif
