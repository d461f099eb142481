/* cues.c — the words of a message or a clause as a Bloom filter (cues.h). Two bits a word,
 * from the two halves of a 64-bit FNV-1a hash: a message's 4,096 bits hold a short message's
 * dozen words with about one false "maybe" in 20,000 asks and the 200 words of a 2 KB text
 * with about one in 100; a clause's 1,024 bits hold its twenty words with about one in 700. */
#include "gateway/order/cues.h"

#include <string.h>

bool order_cues_ignored;

/* Sets bits[0, n_bits) to the words of tokens[b, e), as order_cue_bits_have asks them. */
static void cues_build(uint64_t *bits, size_t n_bits, const char *text,
                       const struct order_token *tokens, size_t b, size_t e)
{
    memset(bits, 0, n_bits / 8);
    for (size_t i = b; i < e; i++) {
        uint64_t h = order_cue_hash(text + tokens[i].off, tokens[i].len);
        size_t x = (size_t)(uint32_t)h % n_bits, y = (size_t)(h >> 32) % n_bits;
        bits[x / 64] |= 1ULL << (x % 64);
        bits[y / 64] |= 1ULL << (y % 64);
    }
}

void order_cues_build(struct order_cues *c, const char *text, const struct order_token *tokens,
                      size_t n)
{
    cues_build(c->bits, ORDER_CUE_BITS, text, tokens, 0, n);
}

void order_clause_cues_build(struct order_clause_cues *c, const char *text,
                             const struct order_token *tokens, size_t b, size_t e)
{
    cues_build(c->bits, ORDER_CLAUSE_CUE_BITS, text, tokens, b, e);
}

void order_cues_ignore(bool on)
{
    order_cues_ignored = on;
}
