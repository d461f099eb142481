/* test_tokenizer.c — the C tokenizers against the `tokenizers` library's ids.
 *
 * Goldens: tests/fixtures/golden/texts.json (written by tests/reference/make_fixtures.py)
 * holds, for every text, the library's ids for the byte-level BPE and the WordPiece
 * tokenizer, untruncated and truncated to 64. Beyond the goldens: every single byte, invalid
 * UTF-8, a 100 KB text, concurrent use from two threads, and load errors. */
#include <pthread.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "check.h"
#include "embed/tokenizer.h"
#include "test_util.h"

enum {
    IDS_MAX = 8192,
    BIG_TEXT_BYTES = 100 * 1024,
};

static char fixtures[1024];

static struct tokenizer *load(const char *name)
{
    char path[1200], err[256] = "";
    snprintf(path, sizeof(path), "%s/%s", fixtures, name);
    struct tokenizer *t = NULL;
    int rc = tokenizer_load(path, &t, err, sizeof(err));
    if (rc != 0) {
        fprintf(stderr, "load %s: %s\n", path, err);
        exit(1);
    }
    return t;
}

/* Compares ids with the JSON array `key` of one golden entry; prints the first mismatch. */
static void check_ids(const cJSON *entry, const char *key, const int32_t *ids, size_t n)
{
    const cJSON *want = cJSON_GetObjectItemCaseSensitive(entry, key);
    int index = cJSON_GetObjectItemCaseSensitive(entry, "index")->valueint;
    size_t wn = (size_t)cJSON_GetArraySize(want);
    size_t i = 0;
    for (; i < n && i < wn; i++) {
        if (cJSON_GetArrayItem(want, (int)i)->valueint != ids[i])
            break;
    }
    if (i == n && n == wn)
        return;
    fprintf(stderr,
            "text %d %s: %zu ids, expected %zu; first difference at %zu (got %d, want %d)\n", index,
            key, n, wn, i, i < n ? ids[i] : -1,
            i < wn ? cJSON_GetArrayItem(want, (int)i)->valueint : -1);
    check_failures++;
}

static void test_goldens(const struct tokenizer *bpe, const struct tokenizer *wp)
{
    char path[1200];
    snprintf(path, sizeof(path), "%s/golden/texts.json", fixtures);
    char *json = test_read_file(path, NULL);
    CHECK(json != NULL);
    cJSON *root = cJSON_Parse(json);
    CHECK(root != NULL);
    const cJSON *texts = cJSON_GetObjectItemCaseSensitive(root, "texts"), *e;
    CHECK(cJSON_GetArraySize(texts) >= 40);
    static int32_t ids[IDS_MAX];
    cJSON_ArrayForEach(e, texts)
    {
        const char *text = cJSON_GetObjectItemCaseSensitive(e, "text")->valuestring;
        /* utf8_len, not strlen: cJSON keeps an escaped NUL inside the string. */
        size_t tl = (size_t)cJSON_GetObjectItemCaseSensitive(e, "utf8_len")->valuedouble;
        check_ids(e, "bpe_ids", ids, tokenizer_encode(bpe, text, tl, ids, IDS_MAX));
        check_ids(e, "bpe_ids_max64", ids, tokenizer_encode(bpe, text, tl, ids, 64));
        check_ids(e, "wordpiece_ids", ids, tokenizer_encode(wp, text, tl, ids, IDS_MAX));
        check_ids(e, "wordpiece_ids_max64", ids, tokenizer_encode(wp, text, tl, ids, 64));
    }
    cJSON_Delete(root);
    free(json);
}

/* Embedded NUL bytes: BPE keeps NUL as byte 0, WordPiece's clean_text drops it. */
static void test_embedded_nul(const struct tokenizer *bpe, const struct tokenizer *wp)
{
    int32_t a[16], b[16];
    size_t na = tokenizer_encode(bpe, "a\0b", 3, a, 16);
    size_t nb = tokenizer_encode(bpe, "ab", 2, b, 16);
    CHECK(na > nb);
    na = tokenizer_encode(wp, "a\0b", 3, a, 16);
    nb = tokenizer_encode(wp, "ab", 2, b, 16);
    CHECK_MEM_EQ(a, na * sizeof(int32_t), b, nb * sizeof(int32_t));
}

static void check_deterministic(const struct tokenizer *t, const char *text, size_t len)
{
    int32_t a[256], b[256];
    size_t na = tokenizer_encode(t, text, len, a, 256);
    size_t nb = tokenizer_encode(t, text, len, b, 256);
    CHECK(na >= 2);
    CHECK_MEM_EQ(a, na * sizeof(int32_t), b, nb * sizeof(int32_t));
}

static void test_bytes_and_invalid(const struct tokenizer *bpe, const struct tokenizer *wp)
{
    static const char *invalid[] = {
        "\x80",
        "\xbf\xbf",
        "\xc0\xaf",
        "\xe0\x80\xaf",
        "\xed\xa0\x80",
        "\xf4\x90\x80\x80",
        "\xf8\x88\x80\x80\x80",
        "\xfe\xff",
        "caf\xc3",
        "\xc3(burger",
        "ok \xe2\x82 euro",
        "\xf0\x9f\x8d burger \xf0\x9f\x8d\x94",
    };
    for (int b = 0; b < 256; b++) {
        char c = (char)b;
        check_deterministic(bpe, &c, 1);
        check_deterministic(wp, &c, 1);
        /* Byte-level BPE represents every byte: [CLS], at least one id, [SEP]. */
        int32_t ids[8];
        CHECK(tokenizer_encode(bpe, &c, 1, ids, 8) >= 3);
    }
    for (size_t i = 0; i < sizeof(invalid) / sizeof(invalid[0]); i++) {
        check_deterministic(bpe, invalid[i], strlen(invalid[i]));
        check_deterministic(wp, invalid[i], strlen(invalid[i]));
    }
    /* The valid parts around an invalid byte still tokenize as on their own. */
    int32_t a[64], b[64];
    size_t na = tokenizer_encode(wp, "burger \xff fries", 15, a, 64);
    size_t nb = tokenizer_encode(wp, "burger  fries", 13, b, 64);
    CHECK_MEM_EQ(a, na * sizeof(int32_t), b, nb * sizeof(int32_t));
}

static void test_truncation_edges(const struct tokenizer *bpe)
{
    const char *text = "two classic beef burgers and fries";
    int32_t ids[64];
    CHECK_INT_EQ(tokenizer_encode(bpe, text, strlen(text), ids, 0), 0);
    size_t n = tokenizer_encode(bpe, text, strlen(text), ids, 3);
    CHECK_INT_EQ(n, 3);
    CHECK_INT_EQ(ids[0], 1987); /* [CLS] */
    CHECK_INT_EQ(ids[2], 1988); /* [SEP] kept */
    n = tokenizer_encode(bpe, text, strlen(text), ids, 2);
    CHECK_INT_EQ(n, 2);
    CHECK_INT_EQ(ids[1], 1988);
    n = tokenizer_encode(bpe, "", 0, ids, 64);
    CHECK_INT_EQ(n, 2);
}

static void test_big_text(const struct tokenizer *bpe, const struct tokenizer *wp)
{
    char *big = malloc(BIG_TEXT_BYTES);
    static const char words[] = "burger fries 🍔 café, 12 spaces   tab\t";
    for (size_t i = 0; i < BIG_TEXT_BYTES; i++)
        big[i] = words[i % (sizeof(words) - 1)];
    static int32_t ids[IDS_MAX * 8];
    size_t n = tokenizer_encode(bpe, big, BIG_TEXT_BYTES, ids, IDS_MAX * 8);
    CHECK(n > 20000);
    CHECK_INT_EQ(ids[n - 1], 1988);
    n = tokenizer_encode(wp, big, BIG_TEXT_BYTES, ids, IDS_MAX * 8);
    CHECK(n > 20000);
    /* One 100 KB word: the BPE heap keeps this O(n log n). */
    memset(big, 'x', BIG_TEXT_BYTES);
    n = tokenizer_encode(bpe, big, BIG_TEXT_BYTES, ids, IDS_MAX * 8);
    CHECK(n > 2);
    n = tokenizer_encode(wp, big, BIG_TEXT_BYTES, ids, IDS_MAX * 8);
    CHECK_INT_EQ(n, 3); /* longer than max_input_chars_per_word: [UNK] */
    free(big);
}

struct thread_arg {
    const struct tokenizer *t;
    int32_t ids[512];
    size_t n;
};

static void *encode_many(void *p)
{
    struct thread_arg *a = p;
    const char *text = "Hi, can I get 2 Crispy Chicken Burgers (no mayo) and a café latte? 🍔";
    for (int i = 0; i < 2000; i++)
        a->n = tokenizer_encode(a->t, text, strlen(text), a->ids, 512);
    return NULL;
}

static void test_threads(const struct tokenizer *bpe)
{
    struct thread_arg a = {.t = bpe}, b = {.t = bpe};
    pthread_t ta, tb;
    CHECK(pthread_create(&ta, NULL, encode_many, &a) == 0);
    CHECK(pthread_create(&tb, NULL, encode_many, &b) == 0);
    pthread_join(ta, NULL);
    pthread_join(tb, NULL);
    CHECK(a.n > 10);
    CHECK_MEM_EQ(a.ids, a.n * sizeof(int32_t), b.ids, b.n * sizeof(int32_t));
}

static void test_load_errors(void)
{
    struct tokenizer *t = (struct tokenizer *)1;
    char err[256] = "", path[1200];
    CHECK_INT_EQ(tokenizer_load("/nonexistent/tokenizer.json", &t, err, sizeof(err)), -1);
    CHECK(t == NULL);
    CHECK(strstr(err, "No such file") != NULL);
    snprintf(path, sizeof(path), "/tmp/brigade-test-tokenizer-%d.json", (int)getpid());
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    fputs("{\"model\": {\"type\": \"BPE\", ", f);
    fclose(f);
    CHECK_INT_EQ(tokenizer_load(path, &t, err, sizeof(err)), -1);
    CHECK(strstr(err, "not valid JSON") != NULL);
    unlink(path);
    snprintf(path, sizeof(path), "%s/modernbert-tiny/config.json", fixtures);
    CHECK_INT_EQ(tokenizer_load(path, &t, err, sizeof(err)), -1);
    CHECK(strstr(err, "unsupported model") != NULL);
}

int main(void)
{
    test_source_path(fixtures, sizeof(fixtures), "tests/fixtures");
    struct tokenizer *bpe = load("bpe-tokenizer.json");
    struct tokenizer *wp = load("wordpiece-tokenizer.json");
    CHECK_INT_EQ(tokenizer_kind(bpe), TOKENIZER_KIND_BPE);
    CHECK_INT_EQ(tokenizer_kind(wp), TOKENIZER_KIND_WORDPIECE);
    CHECK_INT_EQ(tokenizer_vocab_size(bpe), 1991);
    CHECK_INT_EQ(tokenizer_vocab_size(wp), 1500);
    test_goldens(bpe, wp);
    test_embedded_nul(bpe, wp);
    test_bytes_and_invalid(bpe, wp);
    test_truncation_edges(bpe);
    test_big_text(bpe, wp);
    test_threads(bpe);
    test_load_errors();
    tokenizer_free(bpe);
    tokenizer_free(wp);
    return check_finish("test_tokenizer");
}
