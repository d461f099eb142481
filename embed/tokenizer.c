/* tokenizer.c — the encode pipeline shared by both models: added-token splitting,
 * normalisation, truncation and the post-processor template; plus the hash maps and the
 * per-thread scratch. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "embed/embed_assert.h"
#include "embed/tokenizer_impl.h"

/* ---- memory ---- */

void tokenizer_grow(void **buf, size_t *cap, size_t n, size_t elem)
{
    if (n <= *cap)
        return;
    size_t c = *cap ? *cap : 64;
    while (c < n)
        c *= 2;
    void *p = realloc(*buf, c * elem);
    EMBED_OOM_CHECK(p);
    *buf = p;
    *cap = c;
}

static pthread_key_t scratch_key;
static pthread_once_t scratch_once = PTHREAD_ONCE_INIT;

static void scratch_destroy(void *p)
{
    struct tokenizer_scratch *s = p;
    free(s->norm);
    free(s->u32);
    free(s->pre);
    free(s->ids);
    bpe_scratch_free(s);
    if (s->match)
        pcre2_match_data_free(s->match);
    free(s);
}

static void scratch_key_create(void)
{
    EMBED_ASSERT(pthread_key_create(&scratch_key, scratch_destroy) == 0);
}

/* One scratch per thread, freed when the thread exits. Its match data holds one ovector
 * pair, enough for any pattern since only the whole match is read. */
static struct tokenizer_scratch *scratch_get(void)
{
    pthread_once(&scratch_once, scratch_key_create);
    struct tokenizer_scratch *s = pthread_getspecific(scratch_key);
    if (s)
        return s;
    s = calloc(1, sizeof(*s));
    EMBED_OOM_CHECK(s);
    s->match = pcre2_match_data_create(1, NULL);
    EMBED_OOM_CHECK(s->match);
    EMBED_ASSERT(pthread_setspecific(scratch_key, s) == 0);
    return s;
}

/* ---- hash maps ---- */

static uint64_t hash_bytes(const char *p, size_t n)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= (uint8_t)p[i];
        h *= 1099511628211ULL;
    }
    return h ^ (h >> 29);
}

void tokenizer_strmap_init(struct tokenizer_strmap *m, size_t expected)
{
    size_t slots = 16;
    while (slots < expected * 2 + 2)
        slots *= 2;
    memset(m, 0, sizeof(*m));
    m->slots = calloc(slots, sizeof(*m->slots));
    EMBED_OOM_CHECK(m->slots);
    m->mask = slots - 1;
    m->cap = expected + 1;
    m->keys = calloc(m->cap, sizeof(*m->keys));
    m->key_lens = calloc(m->cap, sizeof(*m->key_lens));
    m->values = calloc(m->cap, sizeof(*m->values));
    EMBED_OOM_CHECK(m->keys);
    EMBED_OOM_CHECK(m->key_lens);
    EMBED_OOM_CHECK(m->values);
}

void tokenizer_strmap_free(struct tokenizer_strmap *m)
{
    free(m->slots);
    free(m->keys);
    free(m->key_lens);
    free(m->values);
    memset(m, 0, sizeof(*m));
}

static const char *arena_copy(struct tokenizer *t, const char *key, size_t len)
{
    if (t->arena_used + len + 1 > t->arena_cap) {
        /* Keys are referenced by pointer, so the arena never moves: start a new block and
         * keep the old one reachable through its first bytes. */
        size_t cap = len + 1 > 1 << 20 ? len + 1 + sizeof(char *) : 1 << 20;
        char *block = malloc(cap);
        EMBED_OOM_CHECK(block);
        memcpy(block, &t->arena, sizeof(char *));
        t->arena = block;
        t->arena_used = sizeof(char *);
        t->arena_cap = cap;
    }
    char *dst = t->arena + t->arena_used;
    memcpy(dst, key, len);
    dst[len] = 0;
    t->arena_used += len + 1;
    return dst;
}

void tokenizer_strmap_put(struct tokenizer *t, struct tokenizer_strmap *m, const char *key,
                          size_t len, int32_t value)
{
    size_t i = hash_bytes(key, len) & m->mask;
    while (m->slots[i]) {
        uint32_t e = m->slots[i] - 1;
        if (m->key_lens[e] == len && memcmp(m->keys[e], key, len) == 0) {
            m->values[e] = value; /* a later duplicate wins, as in a JSON object */
            return;
        }
        i = (i + 1) & m->mask;
    }
    EMBED_ASSERT(m->count < m->cap);
    EMBED_ASSERT(m->count * 2 < m->mask + 1);
    m->keys[m->count] = arena_copy(t, key, len);
    m->key_lens[m->count] = (uint32_t)len;
    m->values[m->count] = value;
    m->slots[i] = (uint32_t)++m->count;
}

int32_t tokenizer_strmap_get(const struct tokenizer_strmap *m, const char *key, size_t len)
{
    if (!m->slots)
        return -1;
    size_t i = hash_bytes(key, len) & m->mask;
    while (m->slots[i]) {
        uint32_t e = m->slots[i] - 1;
        if (m->key_lens[e] == len && memcmp(m->keys[e], key, len) == 0)
            return m->values[e];
        i = (i + 1) & m->mask;
    }
    return -1;
}

/* ---- Unicode predicates (Rust's char methods, as `tokenizers` uses them) ---- */

bool tokenizer_is_whitespace(int32_t cp)
{
    /* char::is_whitespace: the White_Space property. */
    if (cp <= 0x20)
        return cp == 0x20 || (cp >= 0x09 && cp <= 0x0d);
    switch (cp) {
    case 0x85:
    case 0xa0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
        return true;
    default:
        return cp >= 0x2000 && cp <= 0x200a;
    }
}

bool tokenizer_is_bert_punctuation(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) ||
               (cp >= 123 && cp <= 126);
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
        return true;
    default:
        return false;
    }
}

static bool is_alphanumeric(int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
           (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

/* ---- normalisers ---- */

static void put_cp(struct tokenizer_scratch *s, size_t *n, int32_t cp)
{
    tokenizer_grow((void **)&s->norm, &s->norm_cap, *n + 4, 1);
    *n += (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)s->norm + *n);
}

/* Decodes text into s->u32. Invalid bytes become -1 - byte so they survive a pass and can
 * be written back unchanged (byte-level BPE represents every byte). */
static size_t decode_u32(struct tokenizer_scratch *s, const char *text, size_t len)
{
    tokenizer_grow((void **)&s->u32, &s->u32_cap, len + 1, sizeof(int32_t));
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(len - i), &cp);
        if (k <= 0) {
            s->u32[n++] = -1 - (int32_t)(uint8_t)text[i];
            i++;
        } else {
            s->u32[n++] = cp;
            i += (size_t)k;
        }
    }
    return n;
}

/* Writes s->u32[0..n_cps) back to s->norm as UTF-8 (invalid-byte markers as the bytes). */
static size_t encode_u32(struct tokenizer_scratch *s, size_t n_cps)
{
    size_t n = 0;
    tokenizer_grow((void **)&s->norm, &s->norm_cap, n_cps * 4 + 1, 1);
    for (size_t i = 0; i < n_cps; i++) {
        int32_t cp = s->u32[i];
        if (cp < 0)
            s->norm[n++] = (char)(uint8_t)(-1 - cp);
        else
            n += (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)s->norm + n);
    }
    return n;
}

static utf8proc_option_t norm_options(enum tokenizer_norm n)
{
    switch (n) {
    case TOKENIZER_NORM_NFC:
        return UTF8PROC_STABLE | UTF8PROC_COMPOSE;
    case TOKENIZER_NORM_NFD:
        return UTF8PROC_STABLE | UTF8PROC_DECOMPOSE;
    case TOKENIZER_NORM_NFKC:
        return UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT;
    default:
        return UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT;
    }
}

static size_t valid_run_end(const uint8_t *p, size_t len, size_t i)
{
    while (i < len) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &cp);
        if (k <= 0)
            break;
        i += (size_t)k;
    }
    return i;
}

/* A Unicode normal form of s->norm[0..len), in place. Each run of valid UTF-8 is
 * normalised on its own (decompose + canonical order, then compose); invalid bytes stay
 * where they are. */
static size_t normalize_form(struct tokenizer_scratch *s, size_t len, enum tokenizer_norm form)
{
    const uint8_t *p = (const uint8_t *)s->norm;
    size_t i = 0;
    while (i < len && p[i] < 0x80)
        i++;
    if (i == len)
        return len; /* ASCII is already in every normal form */
    utf8proc_option_t opt = norm_options(form);
    size_t out = 0;
    for (i = 0; i < len;) {
        size_t j = valid_run_end(p, len, i);
        if (j == i) {
            tokenizer_grow((void **)&s->u32, &s->u32_cap, out + 1, sizeof(int32_t));
            s->u32[out++] = -1 - (int32_t)p[i++];
            continue;
        }
        tokenizer_grow((void **)&s->u32, &s->u32_cap, out + (j - i) + 1, sizeof(int32_t));
        for (;;) {
            size_t room = s->u32_cap - out;
            utf8proc_ssize_t r = utf8proc_decompose(p + i, (utf8proc_ssize_t)(j - i), s->u32 + out,
                                                    (utf8proc_ssize_t)room, opt);
            EMBED_ASSERT(r >= 0);
            if ((size_t)r <= room) {
                r = utf8proc_normalize_utf32(s->u32 + out, r, opt);
                EMBED_ASSERT(r >= 0);
                out += (size_t)r;
                break;
            }
            tokenizer_grow((void **)&s->u32, &s->u32_cap, out + (size_t)r, sizeof(int32_t));
        }
        i = j;
    }
    return encode_u32(s, out);
}

static int32_t lowercase_cp(int32_t cp)
{
    return cp < 0x80 ? (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp) : utf8proc_tolower(cp);
}

/* Lowercase (and optionally drop nonspacing marks) of s->norm[0..len). U+0130 lowercases
 * to "i" + U+0307 (Rust's char::to_lowercase), the one multi-character mapping. */
static size_t lowercase_strip(struct tokenizer_scratch *s, size_t len, bool lower, bool strip)
{
    size_t n = decode_u32(s, s->norm, len), out = 0;
    tokenizer_grow((void **)&s->u32, &s->u32_cap, 2 * n + 1, sizeof(int32_t));
    /* Walk backwards so the one expansion can be written in place from the end. */
    size_t w = 2 * n;
    for (size_t k = n; k-- > 0;) {
        int32_t cp = s->u32[k];
        if (cp >= 0 && strip && utf8proc_category(cp) == UTF8PROC_CATEGORY_MN)
            continue;
        if (cp == 0x130 && lower) {
            s->u32[--w] = 0x307;
            s->u32[--w] = 'i';
            continue;
        }
        s->u32[--w] = cp >= 0 && lower ? lowercase_cp(cp) : cp;
    }
    out = 2 * n - w;
    memmove(s->u32, s->u32 + w, out * sizeof(int32_t));
    return encode_u32(s, out);
}

static bool is_other(int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_CN || c == UTF8PROC_CATEGORY_CC || c == UTF8PROC_CATEGORY_CF ||
           c == UTF8PROC_CATEGORY_CS || c == UTF8PROC_CATEGORY_CO;
}

static bool is_chinese(int32_t cp)
{
    return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) ||
           (cp >= 0x20000 && cp <= 0x2a6df) || (cp >= 0x2a700 && cp <= 0x2b73f) ||
           (cp >= 0x2b740 && cp <= 0x2b81f) || (cp >= 0x2b920 && cp <= 0x2ceaf) ||
           (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x2f800 && cp <= 0x2fa1f);
}

/* BertNormalizer: clean text (drop NUL, U+FFFD, invalid bytes and other controls; every
 * whitespace becomes a space), space out CJK ideographs, strip accents (NFD, drop Mn),
 * lowercase — in that order, as the library does. */
static size_t bert_normalize(const struct tokenizer *t, struct tokenizer_scratch *s, size_t len)
{
    const struct tokenizer_bert_norm *b = &t->bert;
    size_t n = decode_u32(s, s->norm, len), out = 0;
    for (size_t k = 0; k < n; k++) {
        int32_t cp = s->u32[k];
        if (b->clean_text) {
            bool ctl = cp != '\t' && cp != '\n' && cp != '\r' && cp >= 0 && is_other(cp);
            if (cp < 0 || cp == 0 || cp == 0xfffd || ctl)
                continue;
            if (tokenizer_is_whitespace(cp))
                cp = ' ';
        }
        if (b->handle_chinese_chars && cp >= 0 && is_chinese(cp)) {
            put_cp(s, &out, ' ');
            put_cp(s, &out, cp);
            put_cp(s, &out, ' ');
        } else if (cp < 0) {
            tokenizer_grow((void **)&s->norm, &s->norm_cap, out + 1, 1);
            s->norm[out++] = (char)(uint8_t)(-1 - cp);
        } else {
            put_cp(s, &out, cp);
        }
    }
    if (b->strip_accents)
        out = normalize_form(s, out, TOKENIZER_NORM_NFD);
    if (b->strip_accents || b->lowercase)
        out = lowercase_strip(s, out, b->lowercase, b->strip_accents);
    return out;
}

size_t tokenizer_normalize(const struct tokenizer *t, struct tokenizer_scratch *s, const char *text,
                           size_t len)
{
    tokenizer_grow((void **)&s->norm, &s->norm_cap, len + 1, 1);
    memmove(s->norm, text, len);
    for (size_t k = 0; k < t->n_norms; k++) {
        switch (t->norms[k]) {
        case TOKENIZER_NORM_BERT:
            len = bert_normalize(t, s, len);
            break;
        case TOKENIZER_NORM_LOWERCASE:
            len = lowercase_strip(s, len, true, false);
            break;
        default:
            len = normalize_form(s, len, t->norms[k]);
            break;
        }
    }
    return len;
}

char *tokenizer_normalize_dup(const struct tokenizer *t, const char *text, size_t len,
                              size_t *out_len)
{
    struct tokenizer_scratch s = {0};
    *out_len = tokenizer_normalize(t, &s, text, len);
    char *r = malloc(*out_len + 1);
    EMBED_OOM_CHECK(r);
    memcpy(r, s.norm, *out_len);
    r[*out_len] = 0;
    free(s.norm);
    free(s.u32);
    return r;
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
    return cp == '_' || is_alphanumeric(cp);
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
        bpe_encode_piece(t, s, text, len, out);
    else
        wordpiece_encode_piece(t, text, len, out);
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
 * normalised text lives in s->norm until the piece is done; nothing below writes there. */
static void encode_raw_piece(const struct tokenizer *t, struct tokenizer_scratch *s,
                             const char *text, size_t len, struct tokenizer_sink *out)
{
    size_t n = tokenizer_normalize(t, s, text, len);
    split_added(t, s, false, s->norm, n, out);
}

/* ---- encode ---- */

void tokenizer_sink_grow(struct tokenizer_sink *s)
{
    struct tokenizer_scratch *sc = s->grow_in;
    tokenizer_grow((void **)&sc->ids, &sc->ids_cap, s->cap + 1, sizeof(int32_t));
    s->ids = sc->ids;
    s->cap = sc->ids_cap;
}

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
        sink = (struct tokenizer_sink){.ids = s->ids, .cap = s->ids_cap, .grow_in = s};
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
    tokenizer_strmap_free(&t->vocab);
    tokenizer_strmap_free(&t->wp_cont);
    free(t->merges.keys);
    free(t->merges.ranks);
    free(t->merges.merged);
    if (t->split_re)
        pcre2_code_free(t->split_re);
    for (size_t i = 0; i < t->n_added; i++)
        free(t->added[i].content);
    free(t->added);
    free(t->raw_matcher.tokens);
    free(t->norm_matcher.tokens);
    while (t->arena) {
        char *next;
        memcpy(&next, t->arena, sizeof(char *));
        free(t->arena);
        t->arena = next;
    }
    free(t);
}
