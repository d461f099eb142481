/* lexical.c — hashed character n-gram embedder (see lexical.h). */
#include "embed/lexical.h"

#include <math.h>
#include <string.h>
#include <utf8proc.h>

#include "embed/embed_assert.h"
#include "kernels/pooling.h"

enum {
    LEXICAL_DECOMPOSE_MAX = 32, /* longest decomposition of one codepoint is 18 */
    LEXICAL_NGRAM_MIN = 3,
    LEXICAL_NGRAM_MAX = 4,
    LEXICAL_MARK_BEGIN = 0x110001, /* word boundary markers: outside Unicode, never in text */
    LEXICAL_MARK_END = 0x110002,
    LEXICAL_SPACE = 0x20,
};

/* Feature namespaces, mixed into the hash so a word and an n-gram with the same characters
 * land in different buckets. */
enum lexical_feature {
    LEXICAL_FEATURE_WORD = 1,
    LEXICAL_FEATURE_NGRAM = 2,
};

_Static_assert(LEXICAL_WORD_CODEPOINTS_MAX + 2 >= LEXICAL_NGRAM_MAX, "a word holds an n-gram");
_Static_assert(LEXICAL_NORMALIZED_BYTES_MAX >= 4 * LEXICAL_CODEPOINTS_MAX + 1, "UTF-8 fits");

#define LEXICAL_FNV_OFFSET 0xcbf29ce484222325ull
#define LEXICAL_FNV_PRIME  0x100000001b3ull

void lexical_params_default(struct lexical_params *p)
{
    p->dim = LEXICAL_DIM_DEFAULT;
    p->seed = LEXICAL_SEED_DEFAULT;
}

bool lexical_params_valid(const struct lexical_params *p)
{
    if (p->dim < LEXICAL_DIM_MIN || p->dim > LEXICAL_DIM_MAX)
        return false;
    return (p->dim & (p->dim - 1)) == 0;
}

static bool lexical_is_word_char(int32_t cp)
{
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return true;
    default:
        return false;
    }
}

/* Decodes, NFKC-decomposes, case-folds and strips marks codepoint by codepoint (invalid
 * bytes become a space), then composes. Returns the number of codepoints in cps[]. */
static size_t lexical_decompose(const char *text, size_t len, int32_t *cps)
{
    const utf8proc_option_t opts = UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                   UTF8PROC_STRIPMARK | UTF8PROC_IGNORE | UTF8PROC_STABLE;
    if (len > LEXICAL_TEXT_BYTES_MAX)
        len = LEXICAL_TEXT_BYTES_MAX;
    size_t n = 0, pos = 0;
    while (pos < len && n < LEXICAL_CODEPOINTS_MAX) {
        int32_t cp;
        utf8proc_ssize_t used =
            utf8proc_iterate((const uint8_t *)text + pos, (utf8proc_ssize_t)(len - pos), &cp);
        if (used <= 0) {
            cp = LEXICAL_SPACE; /* invalid byte: a separator, skip just that byte */
            used = 1;
        }
        pos += (size_t)used;
        int32_t tmp[LEXICAL_DECOMPOSE_MAX];
        int boundclass = 0;
        utf8proc_ssize_t k =
            utf8proc_decompose_char(cp, tmp, LEXICAL_DECOMPOSE_MAX, opts, &boundclass);
        if (k < 0 || k > LEXICAL_DECOMPOSE_MAX) {
            tmp[0] = LEXICAL_SPACE;
            k = 1;
        }
        for (utf8proc_ssize_t i = 0; i < k && n < LEXICAL_CODEPOINTS_MAX; i++)
            cps[n++] = tmp[i];
    }
    utf8proc_ssize_t m =
        utf8proc_normalize_utf32(cps, (utf8proc_ssize_t)n, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
    EMBED_ASSERT(m >= 0 && (size_t)m <= n);
    return (size_t)m;
}

/* Normalises into cps[]: words of letters/numbers separated by exactly one space. */
static size_t lexical_codepoints(const char *text, size_t len, int32_t *cps)
{
    size_t n = lexical_decompose(text, len, cps);
    size_t out = 0;
    bool pending_space = false;
    for (size_t i = 0; i < n; i++) {
        if (!lexical_is_word_char(cps[i])) {
            pending_space = out > 0;
            continue;
        }
        if (pending_space)
            cps[out++] = LEXICAL_SPACE;
        pending_space = false;
        cps[out++] = cps[i]; /* out <= i: compaction in place is safe */
    }
    return out;
}

size_t lexical_normalize(const char *text, size_t len, char *out, size_t out_cap)
{
    EMBED_ASSERT(out_cap >= 1);
    int32_t cps[LEXICAL_CODEPOINTS_MAX];
    size_t n = lexical_codepoints(text, len, cps);
    size_t used = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t buf[4];
        size_t k = (size_t)utf8proc_encode_char(cps[i], buf);
        if (used + k + 1 > out_cap)
            break;
        memcpy(out + used, buf, k);
        used += k;
    }
    out[used] = '\0';
    return used;
}

static uint64_t lexical_mix(uint64_t h)
{
    /* splitmix64's finaliser: FNV's low bits are weak, and the bucket is the low bits. */
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 31;
    return h;
}

/* FNV-1a over the codepoints as little-endian 32-bit values, whatever the host's order. */
static uint64_t lexical_hash(uint64_t seed, enum lexical_feature kind, const int32_t *cps, size_t n)
{
    uint64_t h = LEXICAL_FNV_OFFSET ^ seed;
    h = (h ^ (uint64_t)kind) * LEXICAL_FNV_PRIME;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = (uint32_t)cps[i];
        for (int b = 0; b < 4; b++)
            h = (h ^ ((c >> (8 * b)) & 0xffu)) * LEXICAL_FNV_PRIME;
    }
    return lexical_mix(h);
}

static void lexical_add(const struct lexical_params *p, float *acc, uint64_t h)
{
    size_t bucket = (size_t)(h & (uint64_t)(p->dim - 1));
    acc[bucket] += (h >> 63) ? -1.0f : 1.0f;
}

static void lexical_word(const struct lexical_params *p, float *acc, const int32_t *w, size_t n)
{
    if (n > LEXICAL_WORD_CODEPOINTS_MAX)
        n = LEXICAL_WORD_CODEPOINTS_MAX;
    lexical_add(p, acc, lexical_hash(p->seed, LEXICAL_FEATURE_WORD, w, n));
    int32_t marked[LEXICAL_WORD_CODEPOINTS_MAX + 2];
    marked[0] = LEXICAL_MARK_BEGIN;
    memcpy(marked + 1, w, n * sizeof(*w));
    marked[n + 1] = LEXICAL_MARK_END;
    size_t total = n + 2;
    for (size_t g = LEXICAL_NGRAM_MIN; g <= LEXICAL_NGRAM_MAX; g++)
        for (size_t i = 0; i + g <= total; i++)
            lexical_add(p, acc, lexical_hash(p->seed, LEXICAL_FEATURE_NGRAM, marked + i, g));
}

void lexical_embed(const struct lexical_params *p, const char *text, size_t len, float *out)
{
    EMBED_ASSERT(lexical_params_valid(p));
    int32_t cps[LEXICAL_CODEPOINTS_MAX];
    size_t n = lexical_codepoints(text, len, cps);
    memset(out, 0, p->dim * sizeof(*out));
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && cps[i] != LEXICAL_SPACE)
            continue;
        if (i > start)
            lexical_word(p, out, cps + start, i - start);
        start = i + 1;
    }
    for (size_t d = 0; d < p->dim; d++) /* sublinear tf keeps a repeated word from dominating */
        out[d] = out[d] < 0.0f ? -log1pf(-out[d]) : log1pf(out[d]);
    l2norm_row(out, p->dim);
}
