/* cues.c — the words of a message as a Bloom filter (cues.h). Two bits a word, from the two
 * halves of a 64-bit FNV-1a hash: 4,096 bits hold a short message's dozen words with about one
 * false "maybe" in 20,000 asks, and the 200 words of a 2 KB text with about one in 100. */
#include "gateway/order/cues.h"

#include <string.h>

bool order_cues_ignored;

static void cues_set(struct order_cues *c, uint64_t h)
{
    unsigned a = (unsigned)h % ORDER_CUE_BITS, b = (unsigned)(h >> 32) % ORDER_CUE_BITS;
    c->bits[a / 64] |= 1ULL << (a % 64);
    c->bits[b / 64] |= 1ULL << (b % 64);
}

void order_cues_build(struct order_cues *c, const char *text, const struct order_token *tokens,
                      size_t n)
{
    memset(c, 0, sizeof(*c));
    for (size_t i = 0; i < n; i++)
        cues_set(c, order_cue_hash(text + tokens[i].off, tokens[i].len));
}

void order_cues_ignore(bool on)
{
    order_cues_ignored = on;
}
