/* tokenizer_normalize.h — the normalizer step of a tokenizer.json: Unicode normal forms,
 * Lowercase and BertNormalizer, alone or in a Sequence, as the `tokenizers` library applies
 * them. Used by the encode pipeline (tokenizer.c) on every piece and by the loader on the
 * added tokens marked normalized. Internal to embed/. */
#ifndef BRIGADE_EMBED_TOKENIZER_NORMALIZE_H
#define BRIGADE_EMBED_TOKENIZER_NORMALIZE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Steps in a normalizer Sequence. */
#define TOKENIZER_NORMALIZERS_MAX 8

enum tokenizer_norm {
    TOKENIZER_NORM_NFC,
    TOKENIZER_NORM_NFD,
    TOKENIZER_NORM_NFKC,
    TOKENIZER_NORM_NFKD,
    TOKENIZER_NORM_LOWERCASE,
    TOKENIZER_NORM_BERT,
    TOKENIZER_NORM_MAX,
};

struct tokenizer_bert_norm {
    bool clean_text;
    bool handle_chinese_chars;
    bool strip_accents;
    bool lowercase;
};

/* The steps in order; bert holds BertNormalizer's options (one per file in practice). */
struct tokenizer_normalizer {
    enum tokenizer_norm steps[TOKENIZER_NORMALIZERS_MAX];
    size_t count;
    struct tokenizer_bert_norm bert;
};

/* Buffers a normalisation works in, grown on demand and reused. */
struct tokenizer_norm_scratch {
    char *norm; /* the result */
    size_t norm_cap;
    int32_t *u32; /* code points of the step in progress */
    size_t u32_cap;
};

/* Normalises text[0..len) into s->norm (text may point into s->norm: it is moved first).
 * Returns the normalised length. Invalid UTF-8 bytes are kept as they are, except that
 * BertNormalizer's clean_text drops them. */
size_t tokenizer_normalize(const struct tokenizer_normalizer *n, struct tokenizer_norm_scratch *s,
                           const char *text, size_t len);
/* Same, into a fresh malloc'd NUL-terminated string the caller frees (load time). */
char *tokenizer_normalize_dup(const struct tokenizer_normalizer *n, const char *text, size_t len,
                              size_t *out_len);
void tokenizer_norm_scratch_free(struct tokenizer_norm_scratch *s);

#endif
