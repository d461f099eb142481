/* cues.c — the words of a message as a Bloom filter (cues.h). Two bits a word, from the two
 * halves of a 64-bit FNV-1a hash: 4,096 bits hold a short message's dozen words with about one
 * false "maybe" in 20,000 asks, and the 200 words of a 2 KB text with about one in 100. */
#include "gateway/order/cues.h"

#include <string.h>

static bool cues_ignored;

static uint64_t cues_hash(const char *w, size_t len)
{
    uint64_t h = 14695981039346656037u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (uint8_t)w[i]) * 1099511628211u;
    return h;
}

static void cues_set(struct order_cues *c, uint64_t h)
{
    unsigned a = (unsigned)h % ORDER_CUE_BITS, b = (unsigned)(h >> 32) % ORDER_CUE_BITS;
    c->bits[a / 64] |= 1ULL << (a % 64);
    c->bits[b / 64] |= 1ULL << (b % 64);
}

static bool cues_has(const struct order_cues *c, uint64_t h)
{
    unsigned a = (unsigned)h % ORDER_CUE_BITS, b = (unsigned)(h >> 32) % ORDER_CUE_BITS;
    return (c->bits[a / 64] >> (a % 64) & 1U) && (c->bits[b / 64] >> (b % 64) & 1U);
}

void order_cues_build(struct order_cues *c, const char *text, const struct order_token *tokens,
                      size_t n)
{
    memset(c, 0, sizeof(*c));
    for (size_t i = 0; i < n; i++)
        cues_set(c, cues_hash(text + tokens[i].off, tokens[i].len));
}

bool order_cues_any_of(const struct order_cues *c, const char *const *words, size_t n)
{
    if (cues_ignored)
        return true;
    for (size_t k = 0; k < n; k++)
        if (cues_has(c, cues_hash(words[k], strlen(words[k]))))
            return true;
    return false;
}

void order_cues_ignore(bool on)
{
    cues_ignored = on;
}
