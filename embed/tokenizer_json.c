/* tokenizer_json.c — reads a Hugging Face tokenizer.json (cJSON) into struct tokenizer.
 *
 * Supported, and anything else is refused with a message rather than encoded wrongly:
 * model BPE (byte-level) or WordPiece; normalizer null, NFC/NFD/NFKC/NFKD, Lowercase,
 * BertNormalizer or a Sequence of those; pre_tokenizer ByteLevel, Sequence of
 * Split(Regex, Isolated) + ByteLevel(use_regex false), or BertPreTokenizer; post_processor
 * TemplateProcessing, BertProcessing, RobertaProcessing, ByteLevel or a Sequence of those;
 * truncation max_length and direction. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <utf8proc.h>

#include "embed/embed_assert.h"
#include "embed/tokenizer_impl.h"

enum {
    TOKENIZER_FILE_BYTES_MAX = 256 << 20, /* real tokenizer.json files are a few MB */
    TOKENIZER_VOCAB_MAX = 1 << 22,
    TOKENIZER_REGEX_BYTES_MAX = 4096,
};

/* Oniguruma's \s (what `tokenizers` matches with) is Unicode White_Space; PCRE2's \s with
 * UCP is the Z categories plus five controls and misses U+0085. Spell the class out. */
#define WS_CLASS                                                                                   \
    "\\t-\\r \\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}"                         \
    "\\x{202f}\\x{205f}\\x{3000}"

/* GPT-2's split pattern, which ByteLevel(use_regex: true) applies; it is built into the
 * library, so tokenizer.json does not carry it. */
static const char gpt2_pattern[] =
    "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+";

struct load_ctx {
    struct tokenizer *t;
    char *err;
    size_t err_len;
};

static int fail(struct load_ctx *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (c->err && c->err_len)
        vsnprintf(c->err, c->err_len, fmt, ap);
    va_end(ap);
    return -1;
}

static const char *json_str(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static bool json_bool(const cJSON *o, const char *key, bool dflt)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsBool(v) ? cJSON_IsTrue(v) : dflt;
}

static bool type_is(const cJSON *o, const char *type)
{
    const char *s = json_str(o, "type");
    return s && strcmp(s, type) == 0;
}

/* Rewrites \s and \S (see WS_CLASS) so PCRE2 matches what Oniguruma matches. */
static int rewrite_regex(const char *in, char *out, size_t cap)
{
    size_t o = 0;
    bool in_class = false;
    for (size_t i = 0; in[i]; i++) {
        char piece[160];
        const char *p = NULL;
        if (in[i] == '\\' && (in[i + 1] == 's' || (in[i + 1] == 'S' && !in_class))) {
            bool neg = in[i + 1] == 'S';
            snprintf(piece, sizeof(piece), in_class ? "%s" : (neg ? "[^%s]" : "[%s]"), WS_CLASS);
            p = piece;
            i++;
        } else if (in[i] == '\\' && in[i + 1]) {
            piece[0] = in[i];
            piece[1] = in[++i];
            piece[2] = 0;
            p = piece;
        } else {
            if (in[i] == '[' && !in_class)
                in_class = true;
            else if (in[i] == ']' && in_class)
                in_class = false;
            piece[0] = in[i];
            piece[1] = 0;
            p = piece;
        }
        size_t n = strlen(p);
        if (o + n + 1 > cap)
            return -1;
        memcpy(out + o, p, n);
        o += n;
    }
    out[o] = 0;
    return 0;
}

static int compile_split(struct load_ctx *c, const char *pattern)
{
    char re[TOKENIZER_REGEX_BYTES_MAX];
    if (strlen(pattern) * 4 >= sizeof(re) || rewrite_regex(pattern, re, sizeof(re)) != 0)
        return fail(c, "tokenizer: split regex too long");
    int code;
    PCRE2_SIZE off;
    /* MATCH_INVALID_UTF: invalid bytes never match and end up in the gaps between matches,
     * which the BPE still encodes byte by byte. */
    c->t->bpe.split_re =
        pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED,
                      PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF, &code, &off, NULL);
    if (!c->t->bpe.split_re) {
        PCRE2_UCHAR msg[160];
        pcre2_get_error_message(code, msg, sizeof(msg));
        return fail(c, "tokenizer: bad split regex at %zu: %s", (size_t)off, (char *)msg);
    }
    /* Without JIT (unsupported CPU) pcre2_match interprets the pattern: slower, same ids. */
    (void)pcre2_jit_compile(c->t->bpe.split_re, PCRE2_JIT_COMPLETE);
    return 0;
}

static int add_norm(struct load_ctx *c, enum tokenizer_norm n)
{
    struct tokenizer_normalizer *nz = &c->t->normalizer;
    if (nz->count == TOKENIZER_NORMALIZERS_MAX)
        return fail(c, "tokenizer: more than %d normalizers", TOKENIZER_NORMALIZERS_MAX);
    nz->steps[nz->count++] = n;
    return 0;
}

static int parse_normalizer(struct load_ctx *c, const cJSON *n)
{
    static const struct {
        const char *name;
        enum tokenizer_norm norm;
    } forms[] = {{"NFC", TOKENIZER_NORM_NFC},
                 {"NFD", TOKENIZER_NORM_NFD},
                 {"NFKC", TOKENIZER_NORM_NFKC},
                 {"NFKD", TOKENIZER_NORM_NFKD},
                 {"Lowercase", TOKENIZER_NORM_LOWERCASE}};
    if (!n || cJSON_IsNull(n))
        return 0;
    if (type_is(n, "Sequence")) {
        const cJSON *item;
        cJSON_ArrayForEach(item, cJSON_GetObjectItemCaseSensitive(n, "normalizers"))
        {
            if (parse_normalizer(c, item) != 0)
                return -1;
        }
        return 0;
    }
    for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
        if (type_is(n, forms[i].name))
            return add_norm(c, forms[i].norm);
    }
    if (type_is(n, "BertNormalizer")) {
        struct tokenizer_bert_norm *b = &c->t->normalizer.bert;
        b->clean_text = json_bool(n, "clean_text", true);
        b->handle_chinese_chars = json_bool(n, "handle_chinese_chars", true);
        b->lowercase = json_bool(n, "lowercase", true);
        /* strip_accents null follows lowercase, as in the library and original BERT. */
        b->strip_accents = json_bool(n, "strip_accents", b->lowercase);
        return add_norm(c, TOKENIZER_NORM_BERT);
    }
    const char *type = json_str(n, "type");
    return fail(c, "tokenizer: unsupported normalizer %s", type ? type : "(no type)");
}

static int parse_byte_level(struct load_ctx *c, const cJSON *p, bool regex_allowed)
{
    c->t->bpe.add_prefix_space = json_bool(p, "add_prefix_space", true);
    if (json_bool(p, "use_regex", true)) {
        if (!regex_allowed || c->t->bpe.split_re)
            return fail(c, "tokenizer: ByteLevel regex after a Split is not supported");
        return compile_split(c, gpt2_pattern);
    }
    return 0;
}

static int parse_pre_tokenizer(struct load_ctx *c, const cJSON *p)
{
    bool bpe = c->t->kind == TOKENIZER_KIND_BPE;
    if (!bpe)
        return p && type_is(p, "BertPreTokenizer")
                   ? 0
                   : fail(c, "tokenizer: WordPiece needs the BertPreTokenizer");
    if (p && type_is(p, "ByteLevel"))
        return parse_byte_level(c, p, true);
    if (!p || !type_is(p, "Sequence"))
        return fail(c, "tokenizer: BPE needs a ByteLevel pre-tokenizer");
    const cJSON *items = cJSON_GetObjectItemCaseSensitive(p, "pretokenizers");
    int n = cJSON_GetArraySize(items);
    const cJSON *split = cJSON_GetArrayItem(items, 0), *bl = cJSON_GetArrayItem(items, 1);
    const cJSON *pattern = cJSON_GetObjectItemCaseSensitive(split, "pattern");
    const char *regex = json_str(pattern, "Regex"), *behavior = json_str(split, "behavior");
    if (n != 2 || !type_is(split, "Split") || !type_is(bl, "ByteLevel") || !regex || !behavior ||
        strcmp(behavior, "Isolated") != 0 || json_bool(split, "invert", false))
        return fail(c, "tokenizer: unsupported pre-tokenizer Sequence (want Split(Regex, "
                       "Isolated) then ByteLevel)");
    if (compile_split(c, regex) != 0)
        return -1;
    return parse_byte_level(c, bl, false);
}

static int utf8_to_bytes(const char *s, char *out, size_t cap)
{
    size_t n = 0, len = strlen(s);
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
        int b = k > 0 ? bpe_codepoint_to_byte(cp) : -1;
        if (b < 0 || n == cap)
            return -1;
        out[n++] = (char)b;
        i += (size_t)k;
    }
    return (int)n;
}

/* A byte-level vocabulary key back to raw bytes; keys outside the byte alphabet (added
 * tokens such as "[CLS]" that some files repeat in the vocab) are kept as they are. */
static size_t vocab_key_bytes(const char *key, char *out, size_t cap)
{
    int n = utf8_to_bytes(key, out, cap);
    if (n >= 0)
        return (size_t)n;
    size_t len = strlen(key);
    len = len < cap ? len : cap;
    memcpy(out, key, len);
    return len;
}

static int parse_vocab(struct load_ctx *c, const cJSON *vocab, bool bytes)
{
    struct tokenizer *t = c->t;
    int n = cJSON_GetArraySize(vocab);
    if (!cJSON_IsObject(vocab) || n <= 0 || n > TOKENIZER_VOCAB_MAX)
        return fail(c, "tokenizer: model.vocab missing or empty");
    struct tokenizer_strmap *words = bytes ? &t->bpe.vocab : &t->wp.vocab;
    tokenizer_strmap_init(words, (size_t)n);
    if (!bytes)
        tokenizer_strmap_init(&t->wp.cont, (size_t)n);
    const cJSON *e;
    cJSON_ArrayForEach(e, vocab)
    {
        if (!cJSON_IsNumber(e) || e->valuedouble < 0 || e->valuedouble >= TOKENIZER_VOCAB_MAX)
            return fail(c, "tokenizer: bad id for vocab entry \"%s\"", e->string);
        int32_t id = (int32_t)e->valuedouble;
        char buf[TOKENIZER_TOKEN_BYTES_MAX];
        size_t len = strlen(e->string);
        if (len > sizeof(buf))
            return fail(c, "tokenizer: vocab entry longer than %d bytes",
                        TOKENIZER_TOKEN_BYTES_MAX);
        if (bytes) {
            len = vocab_key_bytes(e->string, buf, sizeof(buf));
            tokenizer_strmap_put(&t->arena, words, buf, len, id);
        } else if (len > 2 && memcmp(e->string, "##", 2) == 0) {
            tokenizer_strmap_put(&t->arena, &t->wp.cont, e->string + 2, len - 2, id);
        } else {
            tokenizer_strmap_put(&t->arena, words, e->string, len, id);
        }
        if ((size_t)id + 1 > t->vocab_size)
            t->vocab_size = (size_t)id + 1;
    }
    return 0;
}

static int merge_side(struct load_ctx *c, const char *s, size_t len, int32_t *id)
{
    char buf[TOKENIZER_TOKEN_BYTES_MAX];
    char tmp[TOKENIZER_TOKEN_BYTES_MAX];
    if (len >= sizeof(tmp))
        return fail(c, "tokenizer: merge entry too long");
    memcpy(tmp, s, len);
    tmp[len] = 0;
    size_t n = vocab_key_bytes(tmp, buf, sizeof(buf));
    *id = tokenizer_strmap_get(&c->t->bpe.vocab, buf, n);
    return *id < 0 ? fail(c, "tokenizer: merge token \"%s\" not in vocab", tmp) : 0;
}

/* merges: ["a b", ...] (older files) or [["a", "b"], ...]. The merged token is the
 * concatenation, which must be in the vocabulary. */
static int parse_merges(struct load_ctx *c, const cJSON *merges)
{
    struct tokenizer_pairmap *m = &c->t->bpe.merges;
    tokenizer_pairmap_init(m, (size_t)cJSON_GetArraySize(merges));
    uint32_t rank = 0;
    const cJSON *e;
    cJSON_ArrayForEach(e, merges)
    {
        const char *a, *b;
        size_t la, lb;
        if (cJSON_IsString(e)) {
            a = e->valuestring;
            const char *sp = strchr(a, ' ');
            if (!sp || strchr(sp + 1, ' '))
                return fail(c, "tokenizer: merge \"%s\" is not \"a b\"", a);
            la = (size_t)(sp - a);
            b = sp + 1;
            lb = strlen(b);
        } else if (cJSON_GetArraySize(e) == 2 && cJSON_IsString(cJSON_GetArrayItem(e, 0)) &&
                   cJSON_IsString(cJSON_GetArrayItem(e, 1))) {
            a = cJSON_GetArrayItem(e, 0)->valuestring;
            b = cJSON_GetArrayItem(e, 1)->valuestring;
            la = strlen(a);
            lb = strlen(b);
        } else {
            return fail(c, "tokenizer: merge %u is neither \"a b\" nor [a, b]", rank);
        }
        char joined[TOKENIZER_TOKEN_BYTES_MAX];
        int32_t l, r, merged;
        if (la + lb >= sizeof(joined) || merge_side(c, a, la, &l) || merge_side(c, b, lb, &r))
            return -1;
        memcpy(joined, a, la);
        memcpy(joined + la, b, lb);
        if (merge_side(c, joined, la + lb, &merged) != 0)
            return -1;
        tokenizer_pairmap_put(m, l, r, rank++, merged);
    }
    return 0;
}

static int parse_model(struct load_ctx *c, const cJSON *model)
{
    struct tokenizer *t = c->t;
    if (type_is(model, "BPE")) {
        t->kind = TOKENIZER_KIND_BPE;
        const char *pre = json_str(model, "continuing_subword_prefix");
        const char *suf = json_str(model, "end_of_word_suffix");
        if ((pre && *pre) || (suf && *suf))
            return fail(c, "tokenizer: BPE subword prefix/suffix is not supported");
        t->bpe.ignore_merges = json_bool(model, "ignore_merges", false);
        if (parse_vocab(c, cJSON_GetObjectItemCaseSensitive(model, "vocab"), true) != 0)
            return -1;
        for (int b = 0; b < 256; b++) {
            char k = (char)b;
            t->bpe.byte_ids[b] = tokenizer_strmap_get(&t->bpe.vocab, &k, 1);
        }
        return parse_merges(c, cJSON_GetObjectItemCaseSensitive(model, "merges"));
    }
    if (type_is(model, "WordPiece")) {
        t->kind = TOKENIZER_KIND_WORDPIECE;
        const char *pre = json_str(model, "continuing_subword_prefix");
        if (pre && strcmp(pre, "##") != 0)
            return fail(c, "tokenizer: WordPiece prefix \"%s\" is not supported", pre);
        const cJSON *mx = cJSON_GetObjectItemCaseSensitive(model, "max_input_chars_per_word");
        t->wp.max_input_chars_per_word = cJSON_IsNumber(mx) ? (size_t)mx->valuedouble : 100;
        if (t->wp.max_input_chars_per_word > WORDPIECE_CHARS_MAX)
            t->wp.max_input_chars_per_word = WORDPIECE_CHARS_MAX;
        if (parse_vocab(c, cJSON_GetObjectItemCaseSensitive(model, "vocab"), false) != 0)
            return -1;
        const char *unk = json_str(model, "unk_token");
        t->wp.unk_id = unk ? tokenizer_strmap_get(&t->wp.vocab, unk, strlen(unk)) : -1;
        return t->wp.unk_id < 0 ? fail(c, "tokenizer: WordPiece unk_token not in vocab") : 0;
    }
    const char *type = json_str(model, "type");
    return fail(c, "tokenizer: unsupported model %s", type ? type : "(no type)");
}

static int parse_added(struct load_ctx *c, const cJSON *list)
{
    struct tokenizer *t = c->t;
    int n = cJSON_GetArraySize(list);
    if (n <= 0)
        return 0;
    t->added = calloc((size_t)n, sizeof(*t->added));
    EMBED_OOM_CHECK(t->added);
    const cJSON *e;
    cJSON_ArrayForEach(e, list)
    {
        const char *content = json_str(e, "content");
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(e, "id");
        if (!content || !*content || !cJSON_IsNumber(id) || id->valuedouble < 0 ||
            id->valuedouble >= TOKENIZER_VOCAB_MAX)
            return fail(c, "tokenizer: added token without content or id");
        struct tokenizer_added *a = &t->added[t->n_added++];
        a->id = (int32_t)id->valuedouble;
        a->special = json_bool(e, "special", false);
        a->normalized = json_bool(e, "normalized", !a->special);
        a->lstrip = json_bool(e, "lstrip", false);
        a->rstrip = json_bool(e, "rstrip", false);
        a->single_word = json_bool(e, "single_word", false);
        /* Normalised tokens are matched on normalised text, so match their normal form. */
        if (a->normalized) {
            a->content = tokenizer_normalize_dup(&t->normalizer, content, strlen(content), &a->len);
        } else {
            a->len = strlen(content);
            a->content = strdup(content);
            EMBED_OOM_CHECK(a->content);
        }
        if ((size_t)a->id + 1 > t->vocab_size)
            t->vocab_size = (size_t)a->id + 1;
    }
    return 0;
}

static int by_first_byte_longest(const void *pa, const void *pb)
{
    const struct tokenizer_added *a = *(const struct tokenizer_added *const *)pa;
    const struct tokenizer_added *b = *(const struct tokenizer_added *const *)pb;
    uint8_t fa = (uint8_t)a->content[0], fb = (uint8_t)b->content[0];
    if (fa != fb)
        return fa < fb ? -1 : 1;
    if (a->len != b->len)
        return a->len > b->len ? -1 : 1;
    return a->id < b->id ? -1 : (a->id > b->id);
}

static void build_matcher(struct tokenizer *t, struct tokenizer_matcher *m, bool normalized)
{
    m->tokens = calloc(t->n_added + 1, sizeof(*m->tokens));
    EMBED_OOM_CHECK(m->tokens);
    for (size_t i = 0; i < t->n_added; i++) {
        if (t->added[i].normalized == normalized && t->added[i].len > 0)
            m->tokens[m->count++] = &t->added[i];
    }
    qsort(m->tokens, m->count, sizeof(*m->tokens), by_first_byte_longest);
    size_t k = 0;
    for (int b = 0; b <= 256; b++) {
        while (b < 256 && k < m->count && (uint8_t)m->tokens[k]->content[0] < b)
            k++;
        m->first[b] = (uint32_t)k;
    }
    m->first[256] = (uint32_t)m->count;
}

static int template_special(struct load_ctx *c, const cJSON *specials, const char *name,
                            int32_t *ids, size_t *n)
{
    const cJSON *s = cJSON_GetObjectItemCaseSensitive(specials, name);
    const cJSON *e;
    cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(s, "ids"))
    {
        if (*n == TOKENIZER_TEMPLATE_IDS_MAX || !cJSON_IsNumber(e))
            return fail(c, "tokenizer: template special \"%s\" bad or too long", name);
        ids[(*n)++] = (int32_t)e->valuedouble;
    }
    return s ? 0 : fail(c, "tokenizer: template special \"%s\" undefined", name);
}

static int parse_template(struct load_ctx *c, const cJSON *p)
{
    struct tokenizer *t = c->t;
    const cJSON *specials = cJSON_GetObjectItemCaseSensitive(p, "special_tokens"), *e;
    bool seen_seq = false;
    t->n_prefix = t->n_suffix = 0;
    cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(p, "single"))
    {
        const cJSON *sp = cJSON_GetObjectItemCaseSensitive(e, "SpecialToken");
        if (cJSON_GetObjectItemCaseSensitive(e, "Sequence")) {
            seen_seq = true;
            continue;
        }
        const char *name = json_str(sp, "id");
        if (!name)
            return fail(c, "tokenizer: template item is neither SpecialToken nor Sequence");
        if (template_special(c, specials, name, seen_seq ? t->suffix_ids : t->prefix_ids,
                             seen_seq ? &t->n_suffix : &t->n_prefix) != 0)
            return -1;
    }
    return seen_seq ? 0 : fail(c, "tokenizer: template without $A");
}

static int pair_processing(struct load_ctx *c, const cJSON *p)
{
    const cJSON *cls = cJSON_GetObjectItemCaseSensitive(p, "cls");
    const cJSON *sep = cJSON_GetObjectItemCaseSensitive(p, "sep");
    const cJSON *ci = cJSON_GetArrayItem(cls, 1), *si = cJSON_GetArrayItem(sep, 1);
    if (!cJSON_IsNumber(ci) || !cJSON_IsNumber(si))
        return fail(c, "tokenizer: Bert/RobertaProcessing without cls/sep ids");
    c->t->prefix_ids[0] = (int32_t)ci->valuedouble;
    c->t->suffix_ids[0] = (int32_t)si->valuedouble;
    c->t->n_prefix = c->t->n_suffix = 1;
    return 0;
}

static int parse_post(struct load_ctx *c, const cJSON *p)
{
    if (!p || cJSON_IsNull(p) || type_is(p, "ByteLevel"))
        return 0;
    if (type_is(p, "TemplateProcessing"))
        return parse_template(c, p);
    if (type_is(p, "BertProcessing") || type_is(p, "RobertaProcessing"))
        return pair_processing(c, p);
    if (type_is(p, "Sequence")) {
        const cJSON *item;
        cJSON_ArrayForEach(item, cJSON_GetObjectItemCaseSensitive(p, "processors"))
        {
            if (parse_post(c, item) != 0)
                return -1;
        }
        return 0;
    }
    const char *type = json_str(p, "type");
    return fail(c, "tokenizer: unsupported post_processor %s", type ? type : "(no type)");
}

static int parse_truncation(struct load_ctx *c, const cJSON *tr)
{
    if (!tr || cJSON_IsNull(tr))
        return 0;
    const cJSON *mx = cJSON_GetObjectItemCaseSensitive(tr, "max_length");
    if (!cJSON_IsNumber(mx) || mx->valuedouble < 1)
        return fail(c, "tokenizer: truncation without max_length");
    c->t->truncation_max = (size_t)mx->valuedouble;
    const char *dir = json_str(tr, "direction");
    c->t->truncate_left = dir && strcmp(dir, "Left") == 0;
    return 0;
}

static int parse_all(struct load_ctx *c, const cJSON *root)
{
    if (parse_model(c, cJSON_GetObjectItemCaseSensitive(root, "model")) != 0 ||
        parse_normalizer(c, cJSON_GetObjectItemCaseSensitive(root, "normalizer")) != 0 ||
        parse_pre_tokenizer(c, cJSON_GetObjectItemCaseSensitive(root, "pre_tokenizer")) != 0 ||
        parse_added(c, cJSON_GetObjectItemCaseSensitive(root, "added_tokens")) != 0 ||
        parse_post(c, cJSON_GetObjectItemCaseSensitive(root, "post_processor")) != 0 ||
        parse_truncation(c, cJSON_GetObjectItemCaseSensitive(root, "truncation")) != 0)
        return -1;
    build_matcher(c->t, &c->t->raw_matcher, false);
    build_matcher(c->t, &c->t->norm_matcher, true);
    return 0;
}

static char *read_file(const char *path, size_t *len, int *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        *err = errno;
        return NULL;
    }
    char *buf = NULL;
    size_t cap = 0, n = 0;
    for (;;) {
        tokenizer_grow((void **)&buf, &cap, n + 65536, 1);
        size_t k = fread(buf + n, 1, cap - n, f);
        n += k;
        if (k == 0 || n > TOKENIZER_FILE_BYTES_MAX)
            break;
    }
    *err = ferror(f) ? EIO : (n > TOKENIZER_FILE_BYTES_MAX ? EFBIG : 0);
    fclose(f);
    if (*err) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

int tokenizer_load(const char *path, struct tokenizer **out, char *err, size_t err_len)
{
    struct load_ctx c = {.err = err, .err_len = err_len};
    *out = NULL;
    int e;
    size_t len = 0;
    char *text = read_file(path, &len, &e);
    if (!text)
        return fail(&c, "tokenizer: %s: %s", path, strerror(e));
    cJSON *root = cJSON_ParseWithLength(text, len);
    free(text);
    if (!root)
        return fail(&c, "tokenizer: %s: not valid JSON", path);
    c.t = calloc(1, sizeof(*c.t));
    EMBED_OOM_CHECK(c.t);
    int rc = parse_all(&c, root);
    cJSON_Delete(root);
    if (rc != 0) {
        tokenizer_free(c.t);
        return -1;
    }
    *out = c.t;
    return 0;
}
