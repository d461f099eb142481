/* test_engine_cache.c — the embedding cache: the LRU order and both bounds of embed_cache,
 * then through the real engine with the lexical and cpu backends: exact hit / shared / miss
 * counts, a batch answered from the cache alone never reaching the backend, keys in the
 * backend's normal form (lexical_normalize; token ids, whether texts or ids were submitted),
 * and vectors bit-identical to the ones the backend gave without a cache. */
#include <errno.h>
#include <string.h>
#include <time.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "check.h"
#include "embed/embed_cache.h"
#include "embed/engine.h"
#include "test_util.h"

enum {
    DIM = 4,
    HIDDEN_MAX = 1024,
    SEQ_TOKENS_MAX = 512,
};

/* ---- embed_cache alone ---------------------------------------------------------------- */

static void put_text(struct embed_cache *c, const char *key, float v)
{
    float vec[DIM] = {v, v + 1, v + 2, v + 3};
    embed_cache_put(c, embed_cache_hash(c, key, strlen(key)), key, strlen(key), vec);
}

static const float *get_text(struct embed_cache *c, const char *key)
{
    return embed_cache_get(c, embed_cache_hash(c, key, strlen(key)), key, strlen(key));
}

static void test_cache_lru(void)
{
    CHECK(embed_cache_new(0, 1 << 20, DIM, 1) == NULL); /* either bound 0: off */
    CHECK(embed_cache_new(16, 0, DIM, 1) == NULL);
    struct embed_cache *c = embed_cache_new(3, 1 << 20, DIM, 1);
    CHECK(c != NULL);
    put_text(c, "aa", 1);
    put_text(c, "bb", 2);
    put_text(c, "cc", 3);
    CHECK(get_text(c, "aa") != NULL); /* aa is now the newest: bb is the oldest */
    put_text(c, "dd", 4);
    CHECK(get_text(c, "bb") == NULL);
    const float *a = get_text(c, "aa");
    CHECK(a != NULL && a[0] == 1.0f && a[3] == 4.0f);
    CHECK(get_text(c, "cc") != NULL);
    CHECK(get_text(c, "dd") != NULL);
    put_text(c, "ee", 5); /* oldest now: aa (then cc, dd were read) */
    CHECK(get_text(c, "aa") == NULL);
    put_text(c, "dd", 9); /* the same key again: replaced, still one entry */
    const float *d = get_text(c, "dd");
    CHECK(d != NULL && d[0] == 9.0f);
    struct embed_cache_counts n;
    embed_cache_counts(c, &n);
    CHECK_INT_EQ(n.evictions, 2);
    CHECK_INT_EQ(n.entries, 3);
    size_t cost = embed_cache_entry_overhead() + DIM * sizeof(float) + 2;
    CHECK_INT_EQ(n.bytes, 3 * cost);
    embed_cache_free(c);

    /* The byte bound: room for exactly two entries of 2-byte keys. */
    c = embed_cache_new(100, 2 * cost + cost / 2, DIM, 1);
    put_text(c, "aa", 1);
    put_text(c, "bb", 2);
    put_text(c, "cc", 3);
    embed_cache_counts(c, &n);
    CHECK_INT_EQ(n.entries, 2);
    CHECK_INT_EQ(n.bytes, 2 * cost);
    CHECK_INT_EQ(n.evictions, 1);
    CHECK(get_text(c, "aa") == NULL && get_text(c, "bb") && get_text(c, "cc"));
    /* an entry larger than the whole bound is not stored, and evicts nothing */
    char big[4096];
    memset(big, 'x', sizeof(big) - 1);
    big[sizeof(big) - 1] = '\0';
    put_text(c, big, 7);
    CHECK(get_text(c, big) == NULL);
    embed_cache_counts(c, &n);
    CHECK_INT_EQ(n.entries, 2);
    embed_cache_free(c);

    /* Many entries: the table grows, every key stays found, and the model seed matters. */
    c = embed_cache_new(5000, 1 << 24, DIM, 1);
    struct embed_cache *other = embed_cache_new(5000, 1 << 24, DIM, 2);
    char key[32];
    for (int i = 0; i < 4000; i++) {
        snprintf(key, sizeof(key), "text %d", i);
        put_text(c, key, (float)i);
    }
    int found = 0;
    for (int i = 0; i < 4000; i++) {
        snprintf(key, sizeof(key), "text %d", i);
        const float *v = get_text(c, key);
        found += v && v[0] == (float)i;
    }
    CHECK_INT_EQ(found, 4000);
    CHECK(embed_cache_hash(c, "fries", 5) != embed_cache_hash(other, "fries", 5));
    embed_cache_free(other);
    embed_cache_free(c);
}

/* ---- through the engine ------------------------------------------------------------- */

static struct engine *start(struct embed_backend *b, size_t entries, size_t bytes, size_t max_seqs)
{
    struct engine_config c;
    engine_config_default(&c);
    c.max_batch_tokens = SEQ_TOKENS_MAX;
    c.max_batch_sequences = max_seqs;
    c.batch_deadline_us = 0;
    c.cache_entries = entries;
    c.cache_bytes = bytes;
    struct engine *e = NULL;
    CHECK_INT_EQ(engine_new(&c, b, &e), 0);
    return e;
}

static void expect(struct engine *e, uint64_t hits, uint64_t shared, uint64_t misses,
                   uint64_t sequences, uint64_t batches)
{
    struct engine_stats st;
    engine_stats(e, &st);
    CHECK_INT_EQ(st.cache_hits, hits);
    CHECK_INT_EQ(st.cache_shared, shared);
    CHECK_INT_EQ(st.cache_misses, misses);
    CHECK_INT_EQ(st.sequences, sequences);
    CHECK_INT_EQ(st.batches, batches);
}

static struct engine *lexical_start(size_t entries, size_t bytes)
{
    struct lexical_params p;
    lexical_params_default(&p);
    struct embed_backend b;
    CHECK_INT_EQ(embed_backend_lexical_init(&b, &p), 0);
    return start(&b, entries, bytes, 64);
}

static void test_engine_lexical(void)
{
    struct lexical_params p;
    lexical_params_default(&p);
    enum { D = LEXICAL_DIM_DEFAULT };
    static float out[4][D], ref[D];
    struct engine *e = lexical_start(ENGINE_CACHE_ENTRIES_DEFAULT, ENGINE_CACHE_BYTES_DEFAULT);

    /* One request, a text twice: one forward pass for both. */
    const char *first[3] = {"fries", "cola", "fries"};
    CHECK_INT_EQ(engine_embed_sync(e, first, 3, &out[0][0]), 0);
    expect(e, 0, 1, 2, 2, 1);
    for (int i = 0; i < 3; i++) {
        lexical_embed(&p, first[i], strlen(first[i]), ref);
        CHECK(memcmp(ref, out[i], sizeof(ref)) == 0);
    }

    /* All hits, one of them by its normal form: no batch, no backend call. */
    const char *second[2] = {"  FRIES!", "cola"};
    memset(out, 0, sizeof(out));
    CHECK_INT_EQ(engine_embed_sync(e, second, 2, &out[0][0]), 0);
    expect(e, 2, 1, 2, 2, 1);
    for (int i = 0; i < 2; i++) {
        lexical_embed(&p, second[i], strlen(second[i]), ref);
        CHECK(memcmp(ref, out[i], sizeof(ref)) == 0);
    }

    /* A hit and a miss in one request. */
    const char *third[2] = {"onion rings", "Cola"};
    CHECK_INT_EQ(engine_embed_sync(e, third, 2, &out[0][0]), 0);
    expect(e, 3, 1, 3, 3, 2);
    struct engine_stats st;
    engine_stats(e, &st);
    CHECK_INT_EQ(st.cache_entries, 3);
    CHECK_INT_EQ(st.cache_evictions, 0);
    size_t cost = embed_cache_entry_overhead() + D * sizeof(float);
    CHECK_INT_EQ(st.cache_bytes,
                 3 * cost + strlen("fries") + strlen("cola") + strlen("onion rings"));
    engine_free(e);

    /* Two entries: the least recently used goes. */
    e = lexical_start(2, ENGINE_CACHE_BYTES_DEFAULT);
    const char *abc[3] = {"aaa", "bbb", "ccc"};
    for (int i = 0; i < 3; i++)
        CHECK_INT_EQ(engine_embed_sync(e, &abc[i], 1, &out[0][0]), 0);
    expect(e, 0, 0, 3, 3, 3); /* holds bbb, ccc */
    CHECK_INT_EQ(engine_embed_sync(e, &abc[0], 1, &out[0][0]), 0);
    expect(e, 0, 0, 4, 4, 4); /* aaa was evicted; now holds ccc, aaa */
    CHECK_INT_EQ(engine_embed_sync(e, &abc[2], 1, &out[0][0]), 0);
    expect(e, 1, 0, 4, 4, 4);
    CHECK_INT_EQ(engine_embed_sync(e, &abc[1], 1, &out[0][0]), 0);
    expect(e, 1, 0, 5, 5, 5); /* bbb went first */
    engine_stats(e, &st);
    CHECK_INT_EQ(st.cache_evictions, 3);
    CHECK_INT_EQ(st.cache_entries, 2);
    engine_free(e);

    /* The byte bound through the engine: two 3-byte keys fit, not three. */
    e = lexical_start(100, 2 * (cost + 3) + 10);
    for (int i = 0; i < 3; i++)
        CHECK_INT_EQ(engine_embed_sync(e, &abc[i], 1, &out[0][0]), 0);
    engine_stats(e, &st);
    CHECK_INT_EQ(st.cache_entries, 2);
    CHECK_INT_EQ(st.cache_bytes, 2 * (cost + 3));
    CHECK_INT_EQ(st.cache_evictions, 1);
    engine_free(e);

    /* 0 turns it off: every text runs, nothing is counted. */
    e = lexical_start(0, ENGINE_CACHE_BYTES_DEFAULT);
    CHECK_INT_EQ(engine_embed_sync(e, first, 3, &out[0][0]), 0);
    CHECK_INT_EQ(engine_embed_sync(e, first, 3, &out[0][0]), 0);
    expect(e, 0, 0, 0, 6, 2);
    engine_stats(e, &st);
    CHECK_INT_EQ(st.cache_entries, 0);
    engine_free(e);
}

static uint64_t now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

/* A request the cache holds whole does not wait for the batch deadline; one with a text it
 * lacks does. */
static void test_no_wait_for_hits(void)
{
    enum { DEADLINE_US = 1000000, FAST_US = 500000 };
    struct lexical_params p;
    lexical_params_default(&p);
    struct embed_backend b;
    CHECK_INT_EQ(embed_backend_lexical_init(&b, &p), 0);
    struct engine_config c;
    engine_config_default(&c);
    c.batch_deadline_us = DEADLINE_US;
    struct engine *e = NULL;
    CHECK_INT_EQ(engine_new(&c, &b, &e), 0);
    static float out[2][LEXICAL_DIM_DEFAULT];
    const char *texts[2] = {"fries", "cola"};
    uint64_t t0 = now_us();
    CHECK_INT_EQ(engine_embed_sync(e, texts, 1, &out[0][0]), 0);
    CHECK(now_us() - t0 >= DEADLINE_US); /* alone and new: it waited for company */
    t0 = now_us();
    CHECK_INT_EQ(engine_embed_sync(e, texts, 1, &out[1][0]), 0);
    CHECK(now_us() - t0 < FAST_US); /* all hits: answered at once */
    CHECK(memcmp(out[0], out[1], sizeof(out[0])) == 0);
    t0 = now_us();
    CHECK_INT_EQ(engine_embed_sync(e, texts, 2, &out[0][0]), 0);
    CHECK(now_us() - t0 >= DEADLINE_US); /* "cola" is new: the request waits */
    expect(e, 2, 0, 2, 2, 2);
    engine_free(e);
}

/* Waits for req's completion and for the engine's eventfd write that follows the push (a
 * request alone on its queue gets exactly one), so the descriptor may be closed after. */
static struct embed_request *wait_alone(int efd, struct embed_cq *cq)
{
    uint64_t v;
    CHECK(read(efd, &v, sizeof(v)) == (ssize_t)sizeof(v));
    return embed_cq_pop(cq);
}

/* Submits n texts as token ids (as the gateway's cores do) and waits. */
static int embed_ids(struct engine *e, const char *const *texts, size_t n, float *out)
{
    static int32_t ids[8 * SEQ_TOKENS_MAX];
    int32_t cu[9] = {0};
    CHECK(n <= 8);
    for (size_t i = 0; i < n; i++)
        cu[i + 1] = cu[i] + (int32_t)engine_tokenize(e, texts[i], strlen(texts[i]), ids + cu[i],
                                                     SEQ_TOKENS_MAX);
    int efd = eventfd(0, EFD_CLOEXEC);
    struct embed_cq cq;
    CHECK_INT_EQ(embed_cq_init(&cq, 1, efd), 0);
    struct embed_request r = {.n_seqs = n, .ids = ids, .cu_seqlens = cu, .out = out, .cq = &cq};
    int rc = engine_submit(e, &r);
    if (rc == 0) {
        CHECK(wait_alone(efd, &cq) == &r);
        rc = r.status;
    }
    embed_cq_free(&cq);
    close(efd);
    return rc;
}

static void test_engine_cpu(const char *fixture)
{
    char dir[TEST_PATH_BYTES], err[256];
    test_source_path(dir, sizeof(dir), "tests/fixtures/%s", fixture);
    struct model *m;
    if (model_load(dir, &m, err, sizeof(err)) != 0) {
        fprintf(stderr, "%s: %s\n", fixture, err);
        check_failures++;
        return;
    }
    enum { N = 4, SEQS = 8 };
    const char *texts[N] = {"two cheddar cheeseburgers please", "fries", "Is the brownie vegan?",
                            "a mango smoothie"};
    size_t dim = model_info(m)->hidden;
    CHECK(dim <= HIDDEN_MAX);
    static float plain[N * HIDDEN_MAX], cold[N * HIDDEN_MAX], warm[N * HIDDEN_MAX];
    struct embed_backend b;
    CHECK_INT_EQ(embed_backend_cpu_init(&b, m, SEQ_TOKENS_MAX, SEQS, true), 0);
    struct engine *e = start(&b, 0, 0, SEQS);
    CHECK_INT_EQ(engine_embed_sync(e, texts, N, plain), 0);
    engine_free(e);

    CHECK_INT_EQ(embed_backend_cpu_init(&b, m, SEQ_TOKENS_MAX, SEQS, true), 0);
    e = start(&b, ENGINE_CACHE_ENTRIES_DEFAULT, ENGINE_CACHE_BYTES_DEFAULT, SEQS);
    CHECK_INT_EQ(engine_embed_sync(e, texts, N, cold), 0);
    expect(e, 0, 0, N, N, 1);
    CHECK(memcmp(plain, cold, N * dim * sizeof(float)) == 0); /* the same batch, bit for bit */
    CHECK_INT_EQ(engine_embed_sync(e, texts, N, warm), 0);
    expect(e, N, 0, N, N, 1); /* all hits: the backend was not called */
    CHECK(memcmp(plain, warm, N * dim * sizeof(float)) == 0);

    /* Ids submitted by a core find the entries the texts made: the key is the ids. */
    memset(warm, 0, sizeof(warm));
    CHECK_INT_EQ(embed_ids(e, texts, N, warm), 0);
    expect(e, 2 * N, 0, N, N, 1);
    CHECK(memcmp(plain, warm, N * dim * sizeof(float)) == 0);

    /* Text with the same ids (WordPiece lower-cases BERT's input): a hit too. */
    const char *cased[1] = {"FRIES"};
    if (strcmp(fixture, "bert-tiny") == 0) {
        CHECK_INT_EQ(engine_embed_sync(e, cased, 1, warm), 0);
        expect(e, 2 * N + 1, 0, N, N, 1);
        CHECK(memcmp(plain + dim, warm, dim * sizeof(float)) == 0);
    }
    struct engine_stats st;
    engine_stats(e, &st);
    CHECK_INT_EQ(st.cache_entries, N);
    engine_free(e);
    model_free(m);
}

int main(void)
{
    test_cache_lru();
    test_engine_lexical();
    test_no_wait_for_hits();
    test_engine_cpu("bert-tiny");
    test_engine_cpu("modernbert-tiny");
    return check_finish("test_engine_cache");
}
