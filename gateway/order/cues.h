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

enum { ORDER_CUE_BITS = 4096, ORDER_CLAUSE_CUE_BITS = 1024 };

/* A message's words. */
struct order_cues {
    uint64_t bits[ORDER_CUE_BITS / 64];
};

/* One clause's words, for a pass over the clause (attach.c): a long message holds most words
 * somewhere, a clause few. */
struct order_clause_cues {
    uint64_t bits[ORDER_CLAUSE_CUE_BITS / 64];
};

/* Set by order_cues_ignore: every word may be there. */
extern bool order_cues_ignored;

/* 64-bit FNV-1a's offset basis and prime, shared by the hash at run time and at compile time. */
#define ORDER_CUE_FNV_BASIS 14695981039346656037u
#define ORDER_CUE_FNV_PRIME 1099511628211u

/* A word's 64-bit FNV-1a hash; its two bits in a filter are those its halves name. The
 * filter's words are hashed with it at run time, a gate's with ORDER_CUE_LIT_HASH below at
 * compile time: a gate asks two bits a word and nothing more. */
__attribute__((always_inline)) static inline uint64_t order_cue_hash(const char *w, size_t len)
{
    uint64_t h = ORDER_CUE_FNV_BASIS;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (uint8_t)w[i]) * ORDER_CUE_FNV_PRIME;
    return h;
}

/* May the word whose order_cue_hash is h be among those of the filter bits[0, n_bits)?
 * n_bits: a power of two. */
__attribute__((always_inline)) static inline bool order_cue_bits_have(const uint64_t *bits,
                                                                      size_t n_bits, uint64_t h)
{
    size_t a = (size_t)(uint32_t)h % n_bits, b = (size_t)(h >> 32) % n_bits;
    return (bits[a / 64] >> (a % 64) & 1U) && (bits[b / 64] >> (b % 64) & 1U);
}

/* order_cue_hash of a string literal of at most ORDER_CUE_WORD_MAX bytes, as a constant
 * expression. A gate of thirty words inlined thirty hash loops, and past a dozen or so the
 * compiler stopped unrolling them and hashed the words at run time, message after message;
 * written out as 24 steps, each a no-op past the literal's end, it folds whatever the gate's
 * size. The literal is concatenated with "" so that only a literal is accepted, and the
 * array's size fails to compile for a longer one. */
enum { ORDER_CUE_WORD_MAX = 24 };
#define ORDER_CUE_LIT_HASH(w)                                                                      \
    ((void)sizeof(char[sizeof("" w "") <= ORDER_CUE_WORD_MAX + 1 ? 1 : -1]),                       \
     ORDER_CUE_H24_("" w ""))
/* One step of FNV-1a at byte i of w: the byte mixed in, or nothing (xor 0, times 1) past the
 * end. */
#define ORDER_CUE_STEP_(w, i, h)                                                                   \
    (((h) ^ ((uint64_t)(uint8_t)(w)[(i) % sizeof(w)] * ((i) + 1 < sizeof(w)))) *                   \
     ((i) + 1 < sizeof(w) ? ORDER_CUE_FNV_PRIME : 1u))
#define ORDER_CUE_H0_(w)  ORDER_CUE_FNV_BASIS
#define ORDER_CUE_H1_(w)  ORDER_CUE_STEP_(w, 0, ORDER_CUE_H0_(w))
#define ORDER_CUE_H2_(w)  ORDER_CUE_STEP_(w, 1, ORDER_CUE_H1_(w))
#define ORDER_CUE_H3_(w)  ORDER_CUE_STEP_(w, 2, ORDER_CUE_H2_(w))
#define ORDER_CUE_H4_(w)  ORDER_CUE_STEP_(w, 3, ORDER_CUE_H3_(w))
#define ORDER_CUE_H5_(w)  ORDER_CUE_STEP_(w, 4, ORDER_CUE_H4_(w))
#define ORDER_CUE_H6_(w)  ORDER_CUE_STEP_(w, 5, ORDER_CUE_H5_(w))
#define ORDER_CUE_H7_(w)  ORDER_CUE_STEP_(w, 6, ORDER_CUE_H6_(w))
#define ORDER_CUE_H8_(w)  ORDER_CUE_STEP_(w, 7, ORDER_CUE_H7_(w))
#define ORDER_CUE_H9_(w)  ORDER_CUE_STEP_(w, 8, ORDER_CUE_H8_(w))
#define ORDER_CUE_H10_(w) ORDER_CUE_STEP_(w, 9, ORDER_CUE_H9_(w))
#define ORDER_CUE_H11_(w) ORDER_CUE_STEP_(w, 10, ORDER_CUE_H10_(w))
#define ORDER_CUE_H12_(w) ORDER_CUE_STEP_(w, 11, ORDER_CUE_H11_(w))
#define ORDER_CUE_H13_(w) ORDER_CUE_STEP_(w, 12, ORDER_CUE_H12_(w))
#define ORDER_CUE_H14_(w) ORDER_CUE_STEP_(w, 13, ORDER_CUE_H13_(w))
#define ORDER_CUE_H15_(w) ORDER_CUE_STEP_(w, 14, ORDER_CUE_H14_(w))
#define ORDER_CUE_H16_(w) ORDER_CUE_STEP_(w, 15, ORDER_CUE_H15_(w))
#define ORDER_CUE_H17_(w) ORDER_CUE_STEP_(w, 16, ORDER_CUE_H16_(w))
#define ORDER_CUE_H18_(w) ORDER_CUE_STEP_(w, 17, ORDER_CUE_H17_(w))
#define ORDER_CUE_H19_(w) ORDER_CUE_STEP_(w, 18, ORDER_CUE_H18_(w))
#define ORDER_CUE_H20_(w) ORDER_CUE_STEP_(w, 19, ORDER_CUE_H19_(w))
#define ORDER_CUE_H21_(w) ORDER_CUE_STEP_(w, 20, ORDER_CUE_H20_(w))
#define ORDER_CUE_H22_(w) ORDER_CUE_STEP_(w, 21, ORDER_CUE_H21_(w))
#define ORDER_CUE_H23_(w) ORDER_CUE_STEP_(w, 22, ORDER_CUE_H22_(w))
#define ORDER_CUE_H24_(w) ORDER_CUE_STEP_(w, 23, ORDER_CUE_H23_(w))

/* Sets c to the words of tokens[0, n) of the match-form text. */
void order_cues_build(struct order_cues *c, const char *text, const struct order_token *tokens,
                      size_t n);

/* Sets c to the words of tokens[b, e) of the match-form text. */
void order_clause_cues_build(struct order_clause_cues *c, const char *text,
                             const struct order_token *tokens, size_t b, size_t e);

/* ORDER_CUES_ANY(cues, "w1", "w2", ...), up to 40 words: may one of them be a token of the
 * message (cues: a struct order_cues *) or of the clause (a struct order_clause_cues *)?
 * order_cue_bits_have of each, joined by ||: written out word by word, so that each
 * literal's hash folds. */
#define ORDER_CUES_ANY(cues, ...)                                                                  \
    (order_cues_ignored || ORDER_CUES_OR_(ORDER_CUES_COUNT_(__VA_ARGS__))(                         \
                               (cues)->bits, sizeof((cues)->bits) * 8, __VA_ARGS__))

/* With on set, every word may be there and no gate skips its reader: what the tests compare
 * the gated reading with. Process-wide; set it before any message is read. */
void order_cues_ignore(bool on);

/* ORDER_CUES_ANY's expansion: the count of its words, then one order_cue_bits_have each. */
#define ORDER_CUES_PICK_(_1, _2, _3, _4, _5, _6, _7, _8, _9, _10, _11, _12, _13, _14, _15, _16,    \
                         _17, _18, _19, _20, _21, _22, _23, _24, _25, _26, _27, _28, _29, _30,     \
                         _31, _32, _33, _34, _35, _36, _37, _38, _39, _40, n, ...)                 \
    n
#define ORDER_CUES_COUNT_(...)                                                                     \
    ORDER_CUES_PICK_(__VA_ARGS__, 40, 39, 38, 37, 36, 35, 34, 33, 32, 31, 30, 29, 28, 27, 26, 25,  \
                     24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, \
                     3, 2, 1)
#define ORDER_CUES_CAT_(a, b)    a##b
#define ORDER_CUES_OR_(n)        ORDER_CUES_CAT_(ORDER_CUES_OR_, n)
#define ORDER_CUES_OR_1(b, n, w) order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w))
#define ORDER_CUES_OR_2(b, n, w, ...)                                                              \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_1(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_3(b, n, w, ...)                                                              \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_2(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_4(b, n, w, ...)                                                              \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_3(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_5(b, n, w, ...)                                                              \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_4(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_6(b, n, w, ...)                                                              \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_5(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_7(b, n, w, ...)                                                              \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_6(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_8(b, n, w, ...)                                                              \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_7(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_9(b, n, w, ...)                                                              \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_8(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_10(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_9(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_11(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_10(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_12(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_11(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_13(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_12(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_14(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_13(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_15(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_14(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_16(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_15(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_17(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_16(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_18(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_17(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_19(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_18(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_20(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_19(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_21(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_20(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_22(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_21(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_23(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_22(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_24(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_23(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_25(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_24(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_26(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_25(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_27(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_26(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_28(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_27(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_29(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_28(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_30(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_29(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_31(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_30(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_32(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_31(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_33(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_32(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_34(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_33(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_35(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_34(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_36(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_35(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_37(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_36(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_38(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_37(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_39(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_38(b, n, __VA_ARGS__)
#define ORDER_CUES_OR_40(b, n, w, ...)                                                             \
    order_cue_bits_have((b), (n), ORDER_CUE_LIT_HASH(w)) || ORDER_CUES_OR_39(b, n, __VA_ARGS__)

#endif
