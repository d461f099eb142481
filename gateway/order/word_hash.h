/* word_hash.h — the hash of a word for the order domain's open-addressing tables (lexicon,
 * dictionary, pattern index, frame words, menu text words, words seen in a message): FNV-1a,
 * short words hashed one byte at a time, one token per lookup. */
#ifndef BRIGADE_GATEWAY_ORDER_WORD_HASH_H
#define BRIGADE_GATEWAY_ORDER_WORD_HASH_H

#include <stddef.h>
#include <stdint.h>

static inline uint32_t order_word_hash(const char *w, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (uint8_t)w[i]) * 16777619u;
    return h;
}

/* order_word_hash of w with its ASCII capitals lowercased: every casing of a word probes the
 * same slots. */
static inline uint32_t order_word_hash_nocase(const char *w, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        uint8_t c = (uint8_t)w[i];
        if (c >= 'A' && c <= 'Z')
            c = (uint8_t)(c | 0x20);
        h = (h ^ c) * 16777619u;
    }
    return h;
}

#endif
