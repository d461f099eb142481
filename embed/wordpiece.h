/* wordpiece.h — the WordPiece model (BERT family): BertPreTokenizer, then greedy
 * longest-match-first over the vocabulary. Depends only on the shared maps and character
 * classes; tokenizer_json.c fills a struct wordpiece_model, tokenizer.c calls
 * wordpiece_encode_piece. Internal to embed/. */
#ifndef BRIGADE_EMBED_WORDPIECE_H
#define BRIGADE_EMBED_WORDPIECE_H

#include <stddef.h>
#include <stdint.h>

#include "embed/tokenizer_maps.h"

/* max_input_chars_per_word accepted from a file (larger values are clamped to it). */
#define WORDPIECE_CHARS_MAX 512

struct wordpiece_model {
    struct tokenizer_strmap vocab; /* word-initial pieces */
    struct tokenizer_strmap cont;  /* continuation pieces, without their "##" prefix */
    int32_t unk_id;
    size_t max_input_chars_per_word;
};

/* Pre-tokenises one normalised piece and pushes its ids; stops early when out is full. */
void wordpiece_encode_piece(const struct wordpiece_model *w, const char *text, size_t len,
                            struct tokenizer_sink *out);
void wordpiece_model_free(struct wordpiece_model *w);

#endif
