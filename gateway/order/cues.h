/* cues.h — the words of a message as a Bloom filter, asked before reading.
 *
 * About 430 readers each look for a few words of their own ("each with", "instead of", "my
 * sister's") and most find none in a given message. Walking the tokens to find that out costs
 * little work but a lot of fetched code: run once per message each, the readers' code does
 * not stay in the instruction cache, and a short message spent most of its time fetching it
 * (docs/benchmarks.md). So a reader that can read nothing without one of a few words asks the
 * filter first, before touching the tokens: ORDER_CUES_ANY(&rg->cues, "each", "both", "all").
 *
 * The filter is built from every token of the match-form text once it is final (order_read,
 * after the frame words' repair) and answers "maybe" for every word of it, so a gate can only
 * skip a reader whose words are absent. It answers "maybe" for a word absent now and then
 * (cues.c): that costs the reader's walk, no more. A gate must name every word without which its
 * reader reads nothing; test_order_cues and the order fuzzer read every message with the gates and
 * without them (order_cues_ignore) and compare the results. */
#ifndef BRIGADE_GATEWAY_ORDER_CUES_H
#define BRIGADE_GATEWAY_ORDER_CUES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gateway/order/normalize.h"

enum { ORDER_CUE_BITS = 4096 };

struct order_cues {
    uint64_t bits[ORDER_CUE_BITS / 64];
};

/* Sets c to the words of tokens[0, n) of the match-form text. */
void order_cues_build(struct order_cues *c, const char *text, const struct order_token *tokens,
                      size_t n);

/* May one of words[0, n) (NUL-terminated, in the match form) be a token of the message? */
bool order_cues_any_of(const struct order_cues *c, const char *const *words, size_t n);

/* ORDER_CUES_ANY(cues, "w1", "w2", ...): order_cues_any_of over the words listed. */
#define ORDER_CUES_ANY(cues, ...)                                                                  \
    order_cues_any_of((cues), (const char *const[]){__VA_ARGS__},                                  \
                      sizeof((const char *const[]){__VA_ARGS__}) / sizeof(const char *))

/* With on set, every word may be there and no gate skips its reader: what the tests compare
 * the gated reading with. Process-wide; set it before any message is read. */
void order_cues_ignore(bool on);

#endif
