/* tokenizer_impl.h — struct tokenizer, shared by tokenizer_json.c (loading) and tokenizer.c
 * (the encode pipeline). The models (bpe.h, wordpiece.h), the maps (tokenizer_maps.h) and
 * the normalisers (tokenizer_normalize.h) stand on their own below it. Not for use outside
 * embed/.
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

#include "embed/bpe.h"
#include "embed/tokenizer.h"
#include "embed/tokenizer_maps.h"
#include "embed/tokenizer_normalize.h"
#include "embed/wordpiece.h"

enum {
    TOKENIZER_TEMPLATE_IDS_MAX = 8,   /* specials before or after the sequence */
    TOKENIZER_TOKEN_BYTES_MAX = 1024, /* longest vocabulary or added-token string */
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

    struct tokenizer_normalizer normalizer;

    struct tokenizer_added *added;
    size_t n_added;
    struct tokenizer_matcher raw_matcher, norm_matcher;

    int32_t prefix_ids[TOKENIZER_TEMPLATE_IDS_MAX], suffix_ids[TOKENIZER_TEMPLATE_IDS_MAX];
    size_t n_prefix, n_suffix;
    size_t truncation_max; /* 0 = none in the file */
    bool truncate_left;

    struct bpe_model bpe;         /* kind BPE */
    struct wordpiece_model wp;    /* kind WORDPIECE */
    struct tokenizer_arena arena; /* the vocabularies' keys */
};

/* Per-thread scratch, grown on demand and reused: encode allocates only when a text is
 * larger than any this thread has seen. */
struct tokenizer_scratch {
    struct tokenizer_norm_scratch norm;
    struct bpe_scratch bpe;
    int32_t *ids; /* left truncation keeps every id before cutting */
    size_t ids_cap;
};

#endif
