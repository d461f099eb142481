/* lexical.h — the weightless embedder: hashed character n-grams of normalised text.
 *
 * Text is normalised (NFKC, case-folded, marks stripped, everything that is not a letter or
 * a number turned into a space, runs of spaces collapsed), split into words, and each word
 * contributes its whole-word token plus the character 3- and 4-grams of "<word>" (the angle
 * brackets stand for boundary markers that cannot occur in text). Every feature is hashed
 * (seeded FNV-1a 64 + a splitmix finaliser, written here so the output is identical on
 * every machine and run) into one of `dim` buckets with a hash-derived sign; bucket values
 * go through a signed log1p (sublinear term frequency) and the vector is L2-normalised.
 *
 * Typos keep most of a word's n-grams, so "chedar cheesburger" still lands next to
 * "Cheddar Cheeseburger". No allocation: all work happens in fixed stack buffers. */
#ifndef BRIGADE_EMBED_LEXICAL_H
#define BRIGADE_EMBED_LEXICAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
    LEXICAL_DIM_DEFAULT = 512,
    LEXICAL_DIM_MIN = 16,
    LEXICAL_DIM_MAX = 65536,
    LEXICAL_TEXT_BYTES_MAX = 4096,    /* input past this many bytes is ignored */
    LEXICAL_CODEPOINTS_MAX = 4096,    /* normalised codepoints kept per text */
    LEXICAL_WORD_CODEPOINTS_MAX = 64, /* longer words are cut (n-grams of the prefix) */
    LEXICAL_NORMALIZED_BYTES_MAX = 4 * LEXICAL_CODEPOINTS_MAX + 1,
};

#define LEXICAL_SEED_DEFAULT 0x6272696761646531ull

struct lexical_params {
    size_t dim;    /* power of two in [LEXICAL_DIM_MIN, LEXICAL_DIM_MAX] */
    uint64_t seed; /* changes every bucket and sign; vectors of different seeds don't mix */
};

/* dim = LEXICAL_DIM_DEFAULT, seed = LEXICAL_SEED_DEFAULT. */
void lexical_params_default(struct lexical_params *p);

/* True when p->dim is a power of two within the limits. */
bool lexical_params_valid(const struct lexical_params *p);

/* Writes the normalised form of text[0..len) to out as NUL-terminated UTF-8 (words
 * separated by one space, no leading/trailing space). Invalid UTF-8 bytes count as
 * separators. Returns the number of bytes written before the NUL; the result is cut at a
 * codepoint boundary when out_cap (>= 1) is too small. */
size_t lexical_normalize(const char *text, size_t len, char *out, size_t out_cap);

/* Embeds text[0..len) into out[0..p->dim): unit L2 norm, or all zeros when the text has
 * no letters or numbers. p must be valid (aborts otherwise). Deterministic. */
void lexical_embed(const struct lexical_params *p, const char *text, size_t len, float *out);

#endif
