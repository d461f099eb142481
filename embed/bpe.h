/* bpe.h — the byte-level BPE model (ModernBERT, GPT-2 family): the pre-split regex and merges
 * by rank over one normalised piece. Depends only on the shared maps; tokenizer_json.c fills
 * a struct bpe_model, tokenizer.c calls bpe_encode_piece. Internal to embed/. */
#ifndef BRIGADE_EMBED_BPE_H
#define BRIGADE_EMBED_BPE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "embed/tokenizer_maps.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* Vocabulary keys are raw bytes (the GPT-2 byte<->unicode mapping is undone at load), so
 * the model works on the text's bytes directly. */
struct bpe_model {
    struct tokenizer_strmap vocab;
    struct tokenizer_pairmap merges;
    int32_t byte_ids[256]; /* the id of each single byte, -1 when the vocabulary lacks it */
    bool add_prefix_space, ignore_merges;
    pcre2_code *split_re; /* NULL: ByteLevel with use_regex false */
};

/* Per-thread buffers, grown on demand and reused. */
struct bpe_scratch {
    char *pre; /* a piece with ByteLevel's prefix space added */
    size_t pre_cap;
    void *work; /* symbol and heap arrays of one word */
    size_t work_cap;
    pcre2_match_data *match; /* one ovector pair: only the whole match is read */
};

/* Pre-tokenises one normalised piece and pushes its ids; stops early when out is full. */
void bpe_encode_piece(const struct bpe_model *b, struct bpe_scratch *s, const char *text,
                      size_t len, struct tokenizer_sink *out);
/* Creates s's match data (aborts on out of memory). */
void bpe_scratch_init(struct bpe_scratch *s);
void bpe_scratch_free(struct bpe_scratch *s);
void bpe_model_free(struct bpe_model *b);

/* The GPT-2 byte -> code point table, and back (-1 for a code point outside it). */
uint32_t bpe_byte_to_codepoint(uint8_t b);
int bpe_codepoint_to_byte(int32_t cp);

#endif
