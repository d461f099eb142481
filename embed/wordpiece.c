/* wordpiece.c — BertPreTokenizer and WordPiece's greedy longest-match-first.
 *
 * Pre-tokenisation splits on whitespace (dropped) and makes every punctuation character a
 * word of its own. A word longer than max_input_chars_per_word, or one that cannot be
 * covered by vocabulary pieces, becomes a single unk id, as in the library. */
#include "embed/wordpiece.h"

#include <string.h>

#include <utf8proc.h>

#include "embed/embed_assert.h"
#include "embed/tokenizer_unicode.h"

static bool is_continuation_byte(char c)
{
    return ((uint8_t)c & 0xc0) == 0x80;
}

static size_t count_chars(const char *w, size_t n)
{
    size_t chars = 0;
    for (size_t i = 0; i < n; i++)
        chars += !is_continuation_byte(w[i]);
    return chars;
}

static void wordpiece_word(const struct wordpiece_model *t, const char *w, size_t n,
                           struct tokenizer_sink *out)
{
    int32_t pieces[WORDPIECE_CHARS_MAX];
    size_t n_pieces = 0;
    if (count_chars(w, n) > t->max_input_chars_per_word) {
        tokenizer_sink_push(out, t->unk_id);
        return;
    }
    for (size_t start = 0; start < n;) {
        const struct tokenizer_strmap *map = start == 0 ? &t->vocab : &t->cont;
        size_t end = n;
        int32_t id = -1;
        while (end > start) {
            id = tokenizer_strmap_get(map, w + start, end - start);
            if (id >= 0)
                break;
            do
                end--;
            while (end > start && is_continuation_byte(w[end]));
        }
        if (id < 0) {
            tokenizer_sink_push(out, t->unk_id);
            return;
        }
        EMBED_ASSERT(n_pieces < WORDPIECE_CHARS_MAX);
        pieces[n_pieces++] = id;
        start = end;
    }
    for (size_t i = 0; i < n_pieces && !out->full; i++)
        tokenizer_sink_push(out, pieces[i]);
}

void wordpiece_encode_piece(const struct wordpiece_model *t, const char *text, size_t len,
                            struct tokenizer_sink *out)
{
    size_t word = 0; /* start of the current word */
    for (size_t i = 0; i < len && !out->full;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(len - i), &cp);
        size_t width = k > 0 ? (size_t)k : 1;
        if (k <= 0)
            cp = 0xfffd; /* an invalid byte is a character of its own, never a separator */
        bool space = tokenizer_is_whitespace(cp);
        bool punct = !space && tokenizer_is_bert_punctuation(cp);
        if (space || punct) {
            if (i > word)
                wordpiece_word(t, text + word, i - word, out);
            if (punct && !out->full)
                wordpiece_word(t, text + i, width, out);
            word = i + width;
        }
        i += width;
    }
    if (len > word && !out->full)
        wordpiece_word(t, text + word, len - word, out);
}

void wordpiece_model_free(struct wordpiece_model *w)
{
    tokenizer_strmap_free(&w->vocab);
    tokenizer_strmap_free(&w->cont);
}
