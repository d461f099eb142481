/* tokenizer.h — tokenizers read from a Hugging Face tokenizer.json, written in C.
 *
 * Two models: byte-level BPE (ModernBERT, GPT-2 family) and WordPiece (BERT family). Output
 * ids are exactly those of the `tokenizers` library for the same file and text, including
 * the post-processor template ([CLS] ... [SEP]) and truncation to max_tokens.
 * A loaded tokenizer is immutable and may be shared by every thread. Encoding uses a
 * per-thread scratch (created on a thread's first call, freed when the thread exits) that
 * grows only when a text is larger than any that thread has encoded: steady-state encoding
 * allocates nothing.
 *
 * Supported tokenizer.json contents: model BPE (byte-level) or WordPiece; normalizer null,
 * NFC/NFD/NFKC/NFKD, Lowercase, BertNormalizer or a Sequence of them; pre_tokenizer
 * ByteLevel, Sequence[Split(Regex, Isolated), ByteLevel] or BertPreTokenizer; added tokens
 * with lstrip/rstrip/single_word/normalized; post_processor TemplateProcessing,
 * BertProcessing, RobertaProcessing, ByteLevel or a Sequence; truncation max_length and
 * direction. Anything else fails to load with a message. */
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

/* Loads tokenizer.json at `path`. Returns 0 and *out (free with tokenizer_free), or -1 with
 * *out = NULL and a message in err (missing file, invalid JSON, unsupported component,
 * merge or unk token missing from the vocabulary). */
int tokenizer_load(const char *path, struct tokenizer **out, char *err, size_t err_len);
void tokenizer_free(struct tokenizer *t);

enum tokenizer_kind tokenizer_kind(const struct tokenizer *t);
/* Highest id the tokenizer can produce + 1 (model vocabulary and added tokens). */
size_t tokenizer_vocab_size(const struct tokenizer *t);

/* Encodes `text` (len bytes, NUL allowed) with the template's special tokens, truncated to
 * at most max_ids ids — and to the file's truncation.max_length when it has one — keeping
 * the specials: [CLS] + the first (or, direction Left, last) max_ids - 2 ids + [SEP].
 * If max_ids is smaller than the specials, the first max_ids of prefix + suffix are
 * written. Returns the number of ids written to ids[] (0 when max_ids is 0).
 * Invalid UTF-8 never fails and always gives the same ids: byte-level BPE encodes each
 * invalid byte as itself (it is kept through normalisation and falls between regex
 * matches); WordPiece treats it as U+FFFD, which BertNormalizer's clean_text removes
 * (without clean_text it is a character of its word, which then becomes [UNK]). */
size_t tokenizer_encode(const struct tokenizer *t, const char *text, size_t len, int32_t *ids,
                        size_t max_ids);

#endif
