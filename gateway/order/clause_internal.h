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

#include "gateway/order/reading.h"

/* Is the word at `at`, before the caller's end e, one of list's (words of one or two)? */
#define CLAUSE_IN(list, at)                                                                        \
    clause_in_list(text, tokens, (at), e, list, sizeof(list) / sizeof(list[0]))

/* clause.c: the frame of each clause */
/* Is the word (or the two) at i, before end, one of list's n entries? */
bool clause_in_list(const char *text, const struct order_token *tokens, size_t i, size_t end,
                    const char *const *list, size_t n);

/* clause_split.c: the message cut into clauses */
/* Cuts tokens[0..n) into out's clauses. */
void clause_split(const char *text, const struct order_token *tokens, size_t n,
                  struct order_reading *out);

/* clause_openers.c: request openers */
/* Does a subject that asks stand at i, before e: "i", "we", or one with its auxiliary
 * ("id", "i would")? */
bool clause_subject_at(const char *text, const struct order_token *tokens, size_t i, size_t e);
/* Someone else's choice said as a statement at i: its length, or 0. */
size_t clause_someone_wants(const char *text, const struct order_token *tokens,
                            const struct order_reading *out, size_t i, size_t e);
/* "to" and a verb of getting after an opener of wanting at p: 2, or 0. */
size_t clause_infinitive_after(const struct order_reader *rd, const char *text,
                               const struct order_token *tokens, size_t p, size_t e,
                               const struct order_reading *out);
/* Someone else's wanting as a request opener at i ("my son needs"): its length, or 0. */
size_t clause_other_wants(const struct order_reader *rd, const char *text,
                          const struct order_token *tokens, size_t i, size_t e,
                          const struct order_reading *out);

#endif
