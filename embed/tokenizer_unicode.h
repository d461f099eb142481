/* tokenizer_unicode.h — the character classes the normalisers and pre-tokenizers test, with
 * Rust's definitions (char::is_whitespace, is_alphanumeric), which `tokenizers` uses, and
 * BERT's punctuation. Internal to embed/. */
#ifndef BRIGADE_EMBED_TOKENIZER_UNICODE_H
#define BRIGADE_EMBED_TOKENIZER_UNICODE_H

#include <stdbool.h>
#include <stdint.h>

/* The White_Space property. */
bool tokenizer_is_whitespace(int32_t cp);
/* ASCII symbols and punctuation, and every Unicode P* category (BertPreTokenizer). */
bool tokenizer_is_bert_punctuation(int32_t cp);
/* Letters (L*) and numbers (N*). */
bool tokenizer_is_alphanumeric(int32_t cp);

#endif
