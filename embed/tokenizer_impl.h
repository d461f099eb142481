/* tokenizer_impl.h — the parts of the tokenizer shared by tokenizer_json.c (loading),
 * tokenizer.c (pipeline), bpe.c and wordpiece.c (models). Not for use outside embed/.
 *
 * The pipeline follows the `tokenizers` library step for step: split out added tokens on
 * the raw text (those with normalized=false), normalise each remaining piece, split out the
 * added tokens with normalized=true on the normalised text, pre-tokenise, run the model,
 * then truncate and wrap in the post-processor's template. */
#ifndef BRIGADE_EMBED_TOKENIZER_IMPL_H
#define BRIGADE_EMBED_TOKENIZER_IMPL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "embed/tokenizer.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

enum {
    TOKENIZER_TEMPLATE_IDS_MAX = 8,      /* specials before or after the sequence */
    TOKENIZER_NORMALIZERS_MAX = 8,       /* steps in a normalizer Sequence */
    TOKENIZER_TOKEN_BYTES_MAX = 1024,    /* longest vocabulary or added-token string */
    TOKENIZER_WORDPIECE_CHARS_MAX = 512, /* max_input_chars_per_word accepted from a file */
};

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

/* Open-addressing hash map from a byte string to an id (vocabularies). */
struct tokenizer_strmap {
    uint32_t *slots; /* entry index + 1, 0 = empty */
    size_t mask;
    const char **keys; /* entry i's key (points into the owner's arena) */
    uint32_t *key_lens;
    int32_t *values;
    size_t count, cap;
};

/* Open-addressing hash map from a merge pair (left id, right id) to its rank and result. */
struct tokenizer_pairmap {
    uint64_t *keys; /* (left << 32 | right) + 1, 0 = empty */
    uint32_t *ranks;
    int32_t *merged;
    size_t mask;
};

struct tokenizer_added {
    char *content; /* as matched: normalised when `normalized` is set */
    size_t len;
    int32_t id;
    bool special, normalized, lstrip, rstrip, single_word;
};

/* Added tokens of one kind (raw or normalised), bucketed by first byte, longest first, so
 * the scan does leftmost-longest matching like the library's Aho-Corasick automaton. */
struct tokenizer_matcher {
    const struct tokenizer_added **tokens;
    size_t count;
    uint32_t first[257]; /* tokens starting with byte b: tokens[first[b] .. first[b + 1]) */
};

struct tokenizer {
    enum tokenizer_kind kind;
    size_t vocab_size; /* highest id + 1 */

    enum tokenizer_norm norms[TOKENIZER_NORMALIZERS_MAX];
    size_t n_norms;
    struct tokenizer_bert_norm bert;

    struct tokenizer_added *added;
    size_t n_added;
    struct tokenizer_matcher raw_matcher, norm_matcher;

    int32_t prefix_ids[TOKENIZER_TEMPLATE_IDS_MAX], suffix_ids[TOKENIZER_TEMPLATE_IDS_MAX];
    size_t n_prefix, n_suffix;
    size_t truncation_max; /* 0 = none in the file */
    bool truncate_left;

    /* BPE (byte-level): vocabulary keys are raw bytes (the GPT-2 byte<->unicode mapping is
     * undone at load), so the model works on the text's bytes directly. */
    struct tokenizer_strmap vocab;
    struct tokenizer_pairmap merges;
    int32_t byte_ids[256];
    bool add_prefix_space, ignore_merges;
    pcre2_code *split_re; /* NULL: ByteLevel with use_regex false */

    /* WordPiece: continuation pieces live in their own map without the "##" prefix. */
    struct tokenizer_strmap wp_cont;
    int32_t unk_id;
    size_t max_input_chars_per_word;

    char *arena; /* key storage for the maps */
    size_t arena_used, arena_cap;
};

/* Per-thread scratch, grown on demand and reused: encode allocates only when a text is
 * larger than any this thread has seen. */
struct tokenizer_scratch {
    char *norm;
    size_t norm_cap;
    int32_t *u32;
    size_t u32_cap;
    char *pre; /* a piece with ByteLevel's prefix space added */
    size_t pre_cap;
    int32_t *ids; /* left truncation keeps every id before cutting */
    size_t ids_cap;
    void *bpe; /* bpe.c's symbol and heap arrays */
    size_t bpe_cap;
    pcre2_match_data *match;
};

/* Where model ids go. Bounded (right truncation): stops (full = true) once cap ids are
 * written, which ends the work early. Growable (grow_ids set, left truncation): keeps all. */
struct tokenizer_sink {
    int32_t *ids;
    size_t count, cap;
    bool full;
    struct tokenizer_scratch *grow_in; /* non-NULL: ids is grow_in->ids and may grow */
};

void tokenizer_sink_grow(struct tokenizer_sink *s);

static inline void tokenizer_sink_push(struct tokenizer_sink *s, int32_t id)
{
    if (s->count == s->cap && s->grow_in)
        tokenizer_sink_grow(s);
    if (s->count < s->cap)
        s->ids[s->count++] = id;
    if (s->count == s->cap && !s->grow_in)
        s->full = true;
}

/* Grows *buf to hold at least n elements of size elem (aborts on OOM). */
void tokenizer_grow(void **buf, size_t *cap, size_t n, size_t elem);

/* Maps. Keys are copied into the tokenizer's arena. */
void tokenizer_strmap_init(struct tokenizer_strmap *m, size_t expected);
void tokenizer_strmap_free(struct tokenizer_strmap *m);
void tokenizer_strmap_put(struct tokenizer *t, struct tokenizer_strmap *m, const char *key,
                          size_t len, int32_t value);
/* Returns the id, or -1 when absent. */
int32_t tokenizer_strmap_get(const struct tokenizer_strmap *m, const char *key, size_t len);

/* Normalises text[0..len) with the tokenizer's normalizers into scratch->norm. Returns the
 * normalised length. Invalid UTF-8 bytes are kept as they are (BPE) or dropped (BERT). */
size_t tokenizer_normalize(const struct tokenizer *t, struct tokenizer_scratch *s, const char *text,
                           size_t len);
/* Same, into a fresh malloc'd string (load time: normalising added-token contents). */
char *tokenizer_normalize_dup(const struct tokenizer *t, const char *text, size_t len,
                              size_t *out_len);

/* Byte-level BPE: pre-tokenises one normalised piece and pushes its ids. */
void bpe_encode_piece(const struct tokenizer *t, struct tokenizer_scratch *s, const char *text,
                      size_t len, struct tokenizer_sink *out);
/* The GPT-2 byte -> code point table; returns the byte for a code point, or -1. */
uint32_t bpe_byte_to_codepoint(uint8_t b);
int bpe_codepoint_to_byte(int32_t cp);
void bpe_scratch_free(struct tokenizer_scratch *s);

/* WordPiece: BertPreTokenizer + greedy longest-match on one normalised piece. */
void wordpiece_encode_piece(const struct tokenizer *t, const char *text, size_t len,
                            struct tokenizer_sink *out);

/* Unicode helpers shared by the normalisers and pre-tokenizers (Rust's definitions, which
 * `tokenizers` uses). */
bool tokenizer_is_whitespace(int32_t cp);
bool tokenizer_is_bert_punctuation(int32_t cp);

#endif
