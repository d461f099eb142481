/* tokenizer.c — the encode pipeline shared by both models: added-token splitting,
 * normalisation, the model, truncation and the post-processor template; and the per-thread
 * scratch it runs in. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "embed/embed_assert.h"
#include "embed/tokenizer_impl.h"
#include "embed/tokenizer_unicode.h"

/* ---- per-thread scratch ---- */

static pthread_key_t scratch_key;
static pthread_once_t scratch_once = PTHREAD_ONCE_INIT;

static void scratch_destroy(void *p)
{
    struct tokenizer_scratch *s = p;
    tokenizer_norm_scratch_free(&s->norm);
    bpe_scratch_free(&s->bpe);
    free(s->ids);
    free(s);
}

static void scratch_key_create(void)
{
    EMBED_ASSERT(pthread_key_create(&scratch_key, scratch_destroy) == 0);
}

/* One scratch per thread, freed when the thread exits. */
static struct tokenizer_scratch *scratch_get(void)
{
    pthread_once(&scratch_once, scratch_key_create);
    struct tokenizer_scratch *s = pthread_getspecific(scratch_key);
    if (s)
        return s;
    s = calloc(1, sizeof(*s));
    EMBED_OOM_CHECK(s);
    bpe_scratch_init(&s->bpe);
    EMBED_ASSERT(pthread_setspecific(scratch_key, s) == 0);
    return s;
}

/* ---- added tokens ---- */

static const struct tokenizer_added *match_at(const struct tokenizer_matcher *m, const char *text,
                                              size_t len, size_t i)
{
    uint8_t b = (uint8_t)text[i];
    for (uint32_t k = m->first[b]; k < m->first[b + 1]; k++) {
        const struct tokenizer_added *a = m->tokens[k];
        if (a->len <= len - i && memcmp(text + i, a->content, a->len) == 0)
            return a; /* bucket is sorted longest first: leftmost-longest */
    }
    return NULL;
}

/* Start of the code point that ends at text[end) (end > 0). */
static size_t cp_start_before(const char *text, size_t end)
{
    size_t i = end - 1;
    while (i > 0 && ((uint8_t)text[i] & 0xc0) == 0x80 && end - i < 4)
        i--;
    return i;
}

static int32_t cp_at(const char *text, size_t len, size_t i, size_t *width)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t k =
        utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(len - i), &cp);
    *width = k > 0 ? (size_t)k : 1;
    return k > 0 ? cp : 0xfffd;
}

static size_t spaces_before(const char *text, size_t end)
{
    while (end > 0) {
        size_t st = cp_start_before(text, end), w;
        if (!tokenizer_is_whitespace(cp_at(text, end, st, &w)) || st + w != end)
            break;
        end = st;
    }
    return end;
}

static size_t spaces_after(const char *text, size_t len, size_t i)
{
    size_t w;
    while (i < len && tokenizer_is_whitespace(cp_at(text, len, i, &w)))
        i += w;
    return i;
}

static bool is_word_char(int32_t cp)
{
    return cp == '_' || tokenizer_is_alphanumeric(cp);
}

static bool single_word_ok(const char *text, size_t len, size_t start, size_t stop)
{
    size_t w;
    if (start > 0 && is_word_char(cp_at(text, start, cp_start_before(text, start), &w)))
        return false;
    return stop == len || !is_word_char(cp_at(text, len, stop, &w));
}

static void encode_raw_piece(const struct tokenizer *t, struct tokenizer_scratch *s,
                             const char *text, size_t len, struct tokenizer_sink *out);

static void model_piece(const struct tokenizer *t, struct tokenizer_scratch *s, const char *text,
                        size_t len, struct tokenizer_sink *out)
{
    if (len == 0)
        return;
    if (t->kind == TOKENIZER_KIND_BPE)
        bpe_encode_piece(&t->bpe, &s->bpe, text, len, out);
    else
        wordpiece_encode_piece(&t->wp, text, len, out);
}

/* The library's find_matches: non-overlapping leftmost-longest matches over the whole
 * piece; a match failing single_word is skipped (the scan still resumes after it); lstrip
 * and rstrip widen the match over whitespace, never back into an earlier match. Gaps go to
 * the next stage: normalisation for raw pieces, the model for normalised ones. */
static void split_added(const struct tokenizer *t, struct tokenizer_scratch *s, bool raw,
                        const char *text, size_t len, struct tokenizer_sink *out)
{
    const struct tokenizer_matcher *m = raw ? &t->raw_matcher : &t->norm_matcher;
    size_t done = 0;
    for (size_t i = 0; i < len && m->count > 0 && !out->full;) {
        const struct tokenizer_added *a = match_at(m, text, len, i);
        if (!a) {
            i++;
            continue;
        }
        size_t start = i, stop = i + a->len;
        i = stop;
        if (a->single_word && !single_word_ok(text, len, start, stop))
            continue;
        if (a->lstrip) {
            size_t ls = spaces_before(text, start);
            start = ls > done ? ls : done;
        }
        if (a->rstrip)
            stop = spaces_after(text, len, stop);
        if (done < start) {
            if (raw)
                encode_raw_piece(t, s, text + done, start - done, out);
            else
                model_piece(t, s, text + done, start - done, out);
        }
        tokenizer_sink_push(out, a->id);
        done = stop > done ? stop : done;
    }
    if (done < len && !out->full) {
        if (raw)
            encode_raw_piece(t, s, text + done, len - done, out);
        else
            model_piece(t, s, text + done, len - done, out);
    }
}

/* A piece between raw added tokens: normalise it, then split normalised added tokens. The
 * normalised text lives in s->norm.norm until the piece is done; nothing below writes there. */
static void encode_raw_piece(const struct tokenizer *t, struct tokenizer_scratch *s,
                             const char *text, size_t len, struct tokenizer_sink *out)
{
    size_t n = tokenizer_normalize(&t->normalizer, &s->norm, text, len);
    split_added(t, s, false, s->norm.norm, n, out);
}

/* ---- encode ---- */

size_t tokenizer_encode(const struct tokenizer *t, const char *text, size_t len, int32_t *ids,
                        size_t max_ids)
{
    EMBED_ASSERT(t != NULL);
    EMBED_ASSERT(ids != NULL || max_ids == 0);
    size_t limit = max_ids;
    if (t->truncation_max && t->truncation_max < limit)
        limit = t->truncation_max;
    if (limit == 0)
        return 0;
    struct tokenizer_scratch *s = scratch_get();
    size_t n_spec = t->n_prefix + t->n_suffix;
    size_t budget = limit > n_spec ? limit - n_spec : 0;
    size_t n_pre = t->n_prefix < limit ? t->n_prefix : limit;
    memcpy(ids, t->prefix_ids, n_pre * sizeof(int32_t));

    struct tokenizer_sink sink = {.ids = ids + n_pre, .cap = budget, .full = budget == 0};
    if (t->truncate_left) {
        sink = (struct tokenizer_sink){
            .ids = s->ids, .cap = s->ids_cap, .grow_ids = &s->ids, .grow_cap = &s->ids_cap};
    }
    if (text && len > 0 && !sink.full)
        split_added(t, s, true, text, len, &sink);
    size_t n = sink.count;
    if (t->truncate_left) {
        size_t keep = n < budget ? n : budget;
        memcpy(ids + n_pre, sink.ids + (n - keep), keep * sizeof(int32_t));
        n = keep;
    }
    size_t total = n_pre + n;
    for (size_t k = 0; k < t->n_suffix && total < limit; k++)
        ids[total++] = t->suffix_ids[k];
    return total;
}

enum tokenizer_kind tokenizer_kind(const struct tokenizer *t)
{
    return t->kind;
}

size_t tokenizer_vocab_size(const struct tokenizer *t)
{
    return t->vocab_size;
}

void tokenizer_free(struct tokenizer *t)
{
    if (!t)
        return;
    bpe_model_free(&t->bpe);
    wordpiece_model_free(&t->wp);
    for (size_t i = 0; i < t->n_added; i++)
        free(t->added[i].content);
    free(t->added);
    free(t->raw_matcher.tokens);
    free(t->norm_matcher.tokens);
    tokenizer_arena_free(&t->arena);
    free(t);
}
