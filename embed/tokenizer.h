/* tokenizer.h — tokenizers read from a Hugging Face tokenizer.json, written in C.
 *
 * Two models: byte-level BPE (ModernBERT, GPT-2 family) and WordPiece (BERT family). Output
 * ids are exactly those of the `tokenizers` library for the same file and text, including
 * the post-processor template ([CLS] ... [SEP]) and truncation to max_tokens.
 * A loaded tokenizer is immutable and may be shared by every thread; encoding allocates
 * nothing when the caller passes a large enough output array. */
#ifndef BRIGADE_EMBED_TOKENIZER_H
#define BRIGADE_EMBED_TOKENIZER_H

#include <stddef.h>
#include <stdint.h>

enum tokenizer_kind {
    TOKENIZER_KIND_BPE,
    TOKENIZER_KIND_WORDPIECE,
    TOKENIZER_KIND_MAX,
};

struct tokenizer;

/* Loads tokenizer.json at `path`. Returns 0, or -1 with a message in err. */
int tokenizer_load(const char *path, struct tokenizer **out, char *err, size_t err_len);
void tokenizer_free(struct tokenizer *t);

enum tokenizer_kind tokenizer_kind(const struct tokenizer *t);
size_t tokenizer_vocab_size(const struct tokenizer *t);

/* Encodes `text` (len bytes, any bytes: invalid UTF-8 is handled deterministically) with
 * special tokens added, truncated to at most max_ids ids (the template's specials kept).
 * Returns the number of ids written to ids[], always >= 0. */
size_t tokenizer_encode(const struct tokenizer *t, const char *text, size_t len, int32_t *ids,
                        size_t max_ids);

#endif
