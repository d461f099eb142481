/* clause_internal.h — private to the clause pass (reading.h, pass 2): clause.c and the
 * clause_*.c files beside it include it, nothing else does. clause.c grew past what one
 * reader can hold in one file, so it is split by what each part reads: the cut of a message
 * into clauses (clause_split.c), the request openers (clause_openers.c) and the frame of each
 * clause around them (clause.c); the parts still share a word-list lookup and call one
 * another, and this header is where they meet. The pass's entry (order_read_clauses) and the
 * opener grammar (order_read_opener_grammar) stay in reading.h. */
#ifndef BRIGADE_GATEWAY_ORDER_CLAUSE_INTERNAL_H
#define BRIGADE_GATEWAY_ORDER_CLAUSE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "gateway/order/order_assert.h"
#include "gateway/order/reading.h"

/* Is the word at `at`, before the caller's end e, one of list's (words of one or two)? */
#define CLAUSE_IN(list, at)                                                                        \
    clause_in_list(text, tokens, (at), e, list, sizeof(list) / sizeof(list[0]))

/* Is the word (or the two) at i, before end, one of list's n entries? Inline: every part of
 * the pass tests tokens against its lists many times per token. */
static inline bool clause_in_list(const char *text, const struct order_token *tokens, size_t i,
                                  size_t end, const char *const *list, size_t n)
{
    if (i >= end || tokens[i].kind != ORDER_TOKEN_WORD)
        return false;
    for (size_t k = 0; k < n; k++) {
        const char *w = list[k];
        if (w[0] != text[tokens[i].off])
            continue; /* every entry, one word or two, starts with the token's first letter */
        /* the token against the entry's first word, in place: the entry ends, or its second
         * word starts, where the token does */
        const char *s = text + tokens[i].off;
        size_t len = tokens[i].len, q = 1;
        while (q < len && w[q] == s[q])
            q++;
        if (q < len)
            continue;
        if (w[q] == '\0')
            return true;
        if (w[q] == ' ' && order_tok_is(text, tokens, i + 1, end, w + q + 1))
            return true;
    }
    return false;
}

/* clause_split.c: a modal, "I"/"we" and a verb of getting at i ("can we get", "could i
 * please have"); a subject's will and a verb of getting at q ("ill do", "she'll have", "I will
 * take", "ill go with") */
bool clause_asks_for_at(const char *text, const struct order_token *tokens, size_t i, size_t n);
bool clause_will_get_at(const char *text, const struct order_token *tokens, size_t q, size_t n);

/* clause_pointed_after_story.c: after a story of what someone got and the comma (or its last
 * word) at i, does a request pointing back at it start ("..., can I get that", "..., so one of
 * those for me")? */
bool clause_pointed_after_story(const char *text, const struct order_token *tokens, size_t start,
                                size_t i, size_t e, const struct order_reading *out);

/* clause_question_announced.c: does a question open at i right after the noun "question"
 * ("real question do u sell ...")? */
bool clause_question_announced(const char *text, const struct order_token *tokens, size_t i,
                               size_t n);
/* clause_modal_asked.c: does a modal and a determiner open the clause at s ("would the
 * brownie be ok ...")? The subject after its verb asks. */
bool clause_modal_asked(const char *text, const struct order_token *tokens, size_t s, size_t e);
/* clause_asking_about.c: does the clause from s say it asks about something ("just asking
 * about the wrap", "i have a question about the fries")? */
bool clause_asking_about(const char *text, const struct order_token *tokens, size_t s, size_t e);
/* clause_answer_turn.c: where the clause from start opens with a question word (after a
 * greeting or two), or e. */
size_t clause_answer_question_start(const char *text, const struct order_token *tokens,
                                    size_t start, size_t e);
/* clause_answer_turn.c: does a condition on the answer, the question given up or the
 * speaker's own request start at q, mid-sentence, in a clause from start whose question word
 * stands at p (clause_answer_question_start): "do you have onion rings | if yes 2 portions",
 * "how much is it | ill take one"? */
bool clause_answer_turn_at(const char *text, const struct order_token *tokens, size_t start,
                           size_t p, size_t q, size_t e);
/* clause_facts_asked.c: "price on" / "prices for" / "ingredients of" and a word at s, asking
 * what it costs or holds: its length, or 0. */
size_t clause_facts_asked_at(const char *text, const struct order_token *tokens, size_t s,
                             size_t e);
/* Does a noun of a dish's facts stand right after a word of the menu in the clause [s, e),
 * closing what it asks ("quinoa bowl ingredients pls, ..."), with no question's form? */
bool clause_facts_asked_after(const char *text, const struct order_token *tokens,
                              const struct order_reading *out, size_t s, size_t e);
/* clause_split.c: does a check of what came before, a few words pointing back and a tag
 * ("both vegan right?", "..., its not spicy yeah?"), start at i and end by n? */
bool clause_tag_question_after(const char *text, const struct order_token *tokens, size_t i,
                               size_t n);
/* clause_so_too.c: "so", "neither" or "nor" before s, then an auxiliary and its subject
 * ending the clause [b, e) with no '?' ("and so is my appetite."): no question */
bool clause_so_too(const char *text, const struct order_token *tokens,
                   const struct order_reading *out, size_t b, size_t s, size_t e);
/* clause_any_will_do.c: "any" before a kind and words of content ("any burger is fine")
 * leaves the pick to the kitchen, asks no question */
bool clause_any_will_do(const char *text, const struct order_token *tokens,
                        const struct order_reading *out, size_t s, size_t e);

/* clause_added_after_remark.c: does a '+', '&' or "plus" at i, after a remark of the
 * customer's that opens the clause at start and names nothing of the menu, lead a dish ("i
 * can't take heat + a lemonade")? */
bool clause_dish_added_after_remark(const char *text, const struct order_token *tokens,
                                    size_t start, size_t i, size_t e,
                                    const struct order_reading *out);

/* clause_add_part.c: the length of opener [i, i + k) with a closing "add" left out when
 * a part, no dish, follows it and a dish was named before ("..., can you add jalapenos"): the
 * part is a change of that dish. k when not so. */
size_t clause_opener_leaves_add(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, const struct order_reading *out,
                                size_t i, size_t k, size_t e);

/* clause_split.c: the message cut into clauses */
/* Cuts tokens[0..n) into out's clauses. */
void clause_split(const char *text, const struct order_token *tokens, size_t n,
                  struct order_reading *out);

/* clause_aside_closed.c: where the clause ends when the bracket opening at token i holds an
 * aside of several words naming nothing of the menu after words of clause [start, i) that
 * name nothing either ("🙈 (sorry, my kid grabbed the phone) a burger"); 0 when it does not */
size_t clause_aside_at(const struct order_token *tokens, size_t start, size_t i, size_t n,
                       const struct order_reading *out);
/* clause_openers.c: request openers */
/* "feeling" at q and a dish named after its article or count ("feeling the pollo bowl",
 * "feeling two tacos"): in the mood for it, wanting it; "feeling sick" names none. */
bool clause_feeling_dish_at(const char *text, const struct order_token *tokens, size_t q, size_t e,
                            const struct order_reading *out);
/* Past the words that ask the shop to do something, from p: a modal and "you" ("could you",
 * "can u"), then up to two words of manner ("please", "just"): where the verb stands, p when
 * there are none ("bring me ...", "please add them", "can you repeat my usual"). */
size_t clause_you_asked_end(const char *text, const struct order_token *tokens, size_t p, size_t e);
/* Does a subject that asks stand at i, before e: "i", "we", or one with its auxiliary
 * ("id", "i would")? */
bool clause_subject_at(const char *text, const struct order_token *tokens, size_t i, size_t e);
/* clause_party.c: a party counted out at i ("two of us", "the 3 of us", "both of them"):
 * its length, or 0. */
size_t clause_party_at(const char *text, const struct order_token *tokens, size_t i, size_t e);
/* Someone else's choice said as a statement at i: its length, or 0. */
size_t clause_someone_wants(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, const struct order_reading *out,
                            size_t i, size_t e);
/* "to" and a verb of getting after an opener of wanting at p: 2, or 0. */
size_t clause_infinitive_after(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, size_t p, size_t e,
                               const struct order_reading *out);
/* clause_quoted_wanting.c: is the word at p a verb of saying right before an opening quote
 * ('my son says "a burger"')? What is quoted is the person's wanting. */
bool clause_saying_quote_at(const char *text, const struct order_token *tokens, size_t p, size_t e);
/* Does a menu word stand within the next few words from p, before any punctuation
 * (clause_openers.c)? */
bool clause_menu_word_near(const struct order_token *tokens, const struct order_reading *out,
                           size_t p, size_t e);
/* clause_someone_asked.c: a modal asking for someone else at i, before a dish of the menu
 * ("could he have the nuggets", "can my son get"): its length, or 0. */
size_t clause_someone_asked(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, const struct order_reading *out,
                            size_t i, size_t e);
/* Someone else's wanting as a request opener at i ("my son needs"): its length, or 0. */
size_t clause_other_wants(const struct order_reader *rd, const char *text,
                          const struct order_token *tokens, size_t i, size_t e,
                          const struct order_reading *out);
/* A request opener as the subject of "is" at i ("what i want is"): its length, or 0. */
size_t clause_cleft_opener(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, size_t i, size_t e,
                           const struct order_reading *out);
/* clause_texted_modal.c: is the word at i one of modals texted short ("cn", "cld", "cud")? */
bool clause_texted_modal_at(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, size_t i, size_t e,
                            const char *const *modals, size_t n_modals);
/* clause_reported.c: does token i follow a verb of saying with its subject ("the wife says
 * | she'll have", "he told me | he wants")? A request reported opens there. */
bool clause_after_saying(const char *text, const struct order_token *tokens,
                         const struct order_reading *out, size_t s, size_t i, size_t e);
/* clause_addressed.c: is token i right after one word at the clause's start s that names
 * who is spoken to ("carlos | i want", "bro | can i get")? A request opens at i as at s. */
bool clause_addressed_before(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, const struct order_reading *out,
                             size_t s, size_t i, size_t e);
/* clause_salutation.c: a letter's salutation at the message's start i ("Dear Green Garden,"):
 * its length in tokens with the comma or line break that ends it, or 0 */
size_t clause_salutation_at(const char *text, const struct order_token *tokens,
                            const struct order_reading *out, size_t i, size_t e);
/* clause_kitchen_asked.c: the kitchen asked in a letter's register to make a dish ("would you
 * prepare a", "would you be so kind as to send", "I should be obliged if you would make"): the
 * opener's length through the verb, or 0 */
size_t clause_kitchen_asked_opener(const char *text, const struct order_token *tokens,
                                   const struct order_reading *out, size_t i, size_t e);
/* ... a verb of making or setting aside at p ("prepare", "put aside") before what opens a
 * dish (an article, a count, "me"): the token after the verb, or 0 */
size_t clause_kitchen_verb_end(const char *text, const struct order_token *tokens, size_t p,
                               size_t e);
/* clause_date.c: marks each day of a month in [s, e) ("11 Oct", "June 3rd") a filler */
void clause_dates(const char *text, const struct order_token *tokens, size_t s, size_t e,
                  struct order_reading *out);
/* clause_list_marker.c: marks a filler the "(2)" opening clause cl's line where such markers
 * number the message's lines 1, 2, 3 ... */
void clause_list_marker(const char *text, const struct order_token *tokens,
                        const struct order_clause *cl, struct order_reading *out);
/* clause_put_in.c: "put" opening "put one in", "put it in for me": the opener's length, or 0 */
size_t clause_put_in_opener(const char *text, const struct order_token *tokens,
                            const struct order_reading *out, size_t i, size_t e);
/* ... and marks a filler the "in" after the dish or count such an opener opens, in [s, e) */
void clause_put_in_particle(const char *text, const struct order_token *tokens, size_t s, size_t e,
                            struct order_reading *out);
/* clause_recall.c: does clause [b, e) (its frame from s) open by asking the customer's own memory
 * for a name that a menu word soon answers ("uh whats the other one the portobello thing")? */
bool clause_recall_named(const char *text, const struct order_token *tokens,
                         const struct order_reading *out, size_t b, size_t s, size_t e);
/* clause_for_whom.c: is token i a subject after "for" and the few words at the clause's
 * start s that name whom or what the order is for ("for my mom | i want")? A request opens
 * at i as at s. */
bool clause_for_whom_before(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, const struct order_reading *out,
                            size_t s, size_t i, size_t e);
/* ... a word of address at i set off by a comma after it ("mija, 2 churros"): its length in
 * tokens, or 0 */
size_t clause_address_set_off_at(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, const struct order_reading *out,
                                 size_t i, size_t e);
/* ... a word of address at i, as such, whatever follows ("whats up man | lemme get ..."): its
 * length in tokens, or 0 */
size_t clause_address_word(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, const struct order_reading *out,
                           size_t i, size_t e);
/* ... a word of address ending clause cl after a comma ("..., mija"): marked a greeting */
void clause_address_closing(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, const struct order_clause *cl,
                            struct order_reading *out);
/* The end of how the speaker is, said at s ("im starving", "were so hungry"), or s. */
size_t clause_own_state_end(const char *text, const struct order_token *tokens,
                            const struct order_reading *out, size_t s, size_t e);

/* clause_destination.c: "to" and a place with its number at the end of [s, e) ("to dorm c rm
 * 214"): where the dishes go, marked filler */
void clause_destination(const char *text, const struct order_token *tokens, size_t s, size_t e,
                        struct order_reading *out);

/* clause_wondering.c: a request put as wondering */
/* The start of a preface of wondering ("just wondering if") that ends at i, after s, or i. */
size_t clause_wondering_before(const char *text, const struct order_token *tokens,
                               const struct order_reading *out, size_t s, size_t i, size_t e);
/* After such a preface, a request in a statement's word order at i ("i could get", "you
 * could do me"): its length, or 0. */
size_t clause_wondered_opener(const char *text, const struct order_token *tokens,
                              const struct order_reading *out, size_t s, size_t i, size_t e);
/* Leave asked for a request at i, or a hope to get: "would it be possible to have", "would
 * it be too much trouble to get", "i was hoping to get": its length with the verb, or 0. */
size_t clause_leave_asked_opener(const char *text, const struct order_token *tokens, size_t i,
                                 size_t e);
/* Does a wondering that asks a question start at i ("was wondering what you have", "just
 * wondering how spicy")? After a comma or "and" it is a question clause of its own. */
bool clause_wondering_asks_at(const char *text, const struct order_token *tokens, size_t i,
                              size_t e);
/* clause_asked_on.c: does a question passed on to the kitchen start at i ("pls ask whether
 * ...", "could you check if ...")? After a comma or a join it is a question clause. */
bool clause_asks_on_at(const char *text, const struct order_token *tokens, size_t i, size_t e);
/* clause_relative.c: do "which" / "who" and a subject open a relative clause at s ("which
 * i love"), no question? */
bool clause_relative_at(const char *text, const struct order_token *tokens, size_t s, size_t e);
/* clause_told_to_tell.c: "tell me" before a question word or "if" at i, a question put as a
 * bidding to tell: the length of the bidding, or 0. */
size_t clause_told_to_tell_at(const char *text, const struct order_token *tokens, size_t i,
                              size_t e);
/* ... after a join at i ("and tell me what ..."), where the question clause opens */
bool clause_told_to_tell_after(const char *text, const struct order_token *tokens, size_t i,
                               size_t e);
/* Does clause [b, e) close with "or no" / "or not" after a word ("sour cream or not"),
 * asking whether (clause_or_not.c)? */
bool clause_or_not_closes(const char *text, const struct order_token *tokens, size_t b, size_t e);
/* "... - real mango or syrup?": two short sides joined by one "or" from token i to a
 * question mark (clause_choice_asked.c) */
bool clause_choice_asked_after(const char *text, const struct order_token *tokens, size_t i,
                               size_t n);

/* clause_dictated_address.c: do the words [p, e) send to someone and end the clause ("message
 * greenbite" after "hey siri")? */
bool clause_address_alone(const char *text, const struct order_token *tokens, size_t p, size_t e);

/* clause_do_instead.c: after "do" at p-1, do the words to e name a dish swapped in ("do truffle
 * fries instead")? */
bool clause_do_instead(const char *text, const struct order_token *tokens, size_t p, size_t e);

/* clause_thinking.c: "i was thinking" at p before a dish ("... maybe two tacos"): the
 * opener's tokens, 0 when none */
size_t clause_thinking_opener(const char *text, const struct order_token *tokens, size_t p,
                              size_t e, const struct order_reading *out);

/* clause_settled.c: "we settled on" / "i've decided on" at p, a choice come to before the
 * dish chosen: the opener's tokens, 0 when none */
size_t clause_settled_opener(const char *text, const struct order_token *tokens, size_t p,
                             size_t e);

/* clause_permission.c: "is it ok if i order" / "do you mind if we get" at p, leave asked to get
 * a dish: the opener's tokens, 0 when none */
size_t clause_permission_opener(const char *text, const struct order_token *tokens, size_t p,
                                size_t e);

/* clause_bring.c: "bring me" / "could you bring us" at p, the customer named as who receives:
 * the opener's tokens, 0 when none */
size_t clause_bring_opener(const char *text, const struct order_token *tokens, size_t p, size_t e);
/* clause_add_back.c: "please add them": "add" before a pronoun pointing back, at p: its
 * length, or 0. */
size_t clause_add_back_opener(const char *text, const struct order_token *tokens, size_t p,
                              size_t e, const struct order_reading *out);
/* clause_repeat_past.c: "repeat my last order", "can you redo my usual": a verb of doing an
 * order again before an order outside the message, at p: its length, or 0. */
size_t clause_repeat_past_opener(const char *text, const struct order_token *tokens, size_t p,
                                 size_t e, const struct order_reading *out);
/* clause_go_ahead.c: "go ahead and" and a verb of getting at p ("go ahead and get them"): the
 * opener's tokens, or 0 */
size_t clause_go_ahead_opener(const char *text, const struct order_token *tokens, size_t p,
                              size_t e);
/* clause_take_present.c: "I take kale caesar salad": "take" in the present after I/we, before
 * an article, a count or a menu word, opens a request */
size_t clause_take_present_opener(const char *text, const struct order_token *tokens,
                                  const struct order_reading *out, size_t p, size_t e);

/* clause_you_verb_asked.c: "you make onion rings?": "you", perhaps a word for a group, and a
 * verb of making or selling at s, a question mark before e; returns the tokens up to and with
 * the verb, or 0 */
size_t clause_you_verb_asked(const char *text, const struct order_token *tokens, size_t s,
                             size_t e);

#endif
