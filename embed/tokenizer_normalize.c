/* tokenizer_normalize.c — the normalisers (Unicode forms, Lowercase, BertNormalizer) over
 * utf8proc; see tokenizer_normalize.h. */
#include "embed/tokenizer_normalize.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "embed/embed_assert.h"
#include "embed/tokenizer_maps.h"
#include "embed/tokenizer_unicode.h"

static void put_cp(struct tokenizer_norm_scratch *s, size_t *n, int32_t cp)
{
    tokenizer_grow((void **)&s->norm, &s->norm_cap, *n + 4, 1);
    *n += (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)s->norm + *n);
}

/* Decodes text into s->u32. Invalid bytes become -1 - byte so they survive a pass and can
 * be written back unchanged (byte-level BPE represents every byte). */
static size_t decode_u32(struct tokenizer_norm_scratch *s, const char *text, size_t len)
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
static size_t encode_u32(struct tokenizer_norm_scratch *s, size_t n_cps)
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
static size_t normalize_form(struct tokenizer_norm_scratch *s, size_t len, enum tokenizer_norm form)
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
static size_t lowercase_strip(struct tokenizer_norm_scratch *s, size_t len, bool lower, bool strip)
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
static size_t bert_normalize(const struct tokenizer_bert_norm *b, struct tokenizer_norm_scratch *s,
                             size_t len)
{
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

size_t tokenizer_normalize(const struct tokenizer_normalizer *n, struct tokenizer_norm_scratch *s,
                           const char *text, size_t len)
{
    tokenizer_grow((void **)&s->norm, &s->norm_cap, len + 1, 1);
    memmove(s->norm, text, len);
    for (size_t k = 0; k < n->count; k++) {
        switch (n->steps[k]) {
        case TOKENIZER_NORM_BERT:
            len = bert_normalize(&n->bert, s, len);
            break;
        case TOKENIZER_NORM_LOWERCASE:
            len = lowercase_strip(s, len, true, false);
            break;
        default:
            len = normalize_form(s, len, n->steps[k]);
            break;
        }
    }
    return len;
}

char *tokenizer_normalize_dup(const struct tokenizer_normalizer *n, const char *text, size_t len,
                              size_t *out_len)
{
    struct tokenizer_norm_scratch s = {0};
    *out_len = tokenizer_normalize(n, &s, text, len);
    char *r = malloc(*out_len + 1);
    EMBED_OOM_CHECK(r);
    memcpy(r, s.norm, *out_len);
    r[*out_len] = 0;
    tokenizer_norm_scratch_free(&s);
    return r;
}

void tokenizer_norm_scratch_free(struct tokenizer_norm_scratch *s)
{
    free(s->norm);
    free(s->u32);
    *s = (struct tokenizer_norm_scratch){0};
}
