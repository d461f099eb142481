/* test_engine_score.c — the engine's scoring of finished requests (engine_score.h) through
 * the real engine, against a brute-force reference.
 *
 * The backend maps text "v<n>" to table vector n. Every vector has four components of +-1/2
 * (or +-1: not unit, so the engine's normalisation is exercised) and the rest 0, so every
 * dot product is a multiple of 1/4 computed exactly in any order: the reference (all scores,
 * sorted by score descending then row ascending) must equal the engine's pairs bit for bit,
 * and ties are everywhere. Checked: top-k (k below and above the row count), per-class
 * maximum (a class without rows gives -INFINITY), masks (unscored pairs hold the sentinel),
 * requests spanning batches and scored in chunks of several sgemms, vectors answered from
 * the cache scored like the others, a score set replaced while requests using it are in
 * flight, malformed scoring fields refused, and a backend's own scorer used in place of the
 * host one, with the host scorer serving whatever pass it fails. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "check.h"
#include "embed/engine.h"
#include "embed/engine_score.h"
#include "embed/menu_matrix.h"

enum {
    DIM = 8,
    TABLE = 64,
    SEQS_MAX = 24,
    CLASSES = 5,
    PAIRS = 8 + CLASSES + 5, /* the fixtures' sets: names top-8, classes, items top-5 */
};

static float table[TABLE][DIM];

static uint32_t lcg(uint32_t *s)
{
    *s = *s * 1664525u + 1013904223u;
    return *s >> 8;
}

/* Four distinct positions at +-scale, the rest 0. */
static void table_fill(void)
{
    uint32_t seed = 7;
    for (size_t i = 0; i < TABLE; i++) {
        memset(table[i], 0, sizeof(table[i]));
        float scale = i % 5 == 4 ? 1.0f : 0.5f;
        for (int set = 0; set < 4;) {
            uint32_t d = lcg(&seed) % DIM;
            if (table[i][d] != 0.0f)
                continue;
            table[i][d] = lcg(&seed) & 1u ? scale : -scale;
            set++;
        }
    }
}

static int table_embed(void *ctx, const struct embed_batch *b, float *out)
{
    size_t *calls = ctx;
    (*calls)++;
    for (size_t i = 0; i < b->n_seqs; i++) {
        int n = atoi(b->texts[i] + 1);
        if (b->texts[i][0] != 'v' || n < 0 || n >= TABLE)
            return -EINVAL;
        memcpy(out + i * DIM, table[n], sizeof(table[n]));
    }
    return 0;
}

static struct engine *engine_start(size_t *calls, size_t batch_seqs, uint32_t deadline_us,
                                   bool cache)
{
    struct embed_backend b = {
        .name = "table", .dim = DIM, .ctx = calls, .embed_batch = table_embed};
    struct engine_config c;
    engine_config_default(&c);
    c.max_batch_sequences = batch_seqs;
    c.batch_deadline_us = deadline_us;
    if (!cache)
        c.cache_entries = 0;
    struct engine *e;
    CHECK_INT_EQ(engine_new(&c, &b, &e), 0);
    return e;
}

/* A matrix of the table vectors rows[0..n) (unit after menu_matrix_from_rows, exactly). */
static struct menu_matrix *matrix_of(const int *rows, size_t n)
{
    float *data = malloc(n * DIM * sizeof(float));
    CHECK(data != NULL);
    for (size_t i = 0; i < n; i++)
        memcpy(data + i * DIM, table[rows[i]], sizeof(table[0]));
    struct menu_matrix *m;
    CHECK_INT_EQ(menu_matrix_from_rows(data, n, DIM, &m), 0);
    free(data);
    return m;
}

/* ---- the brute-force reference --------------------------------------------------------- */

struct ref_pair {
    float score;
    uint32_t row;
};

static int ref_cmp(const void *a, const void *b)
{
    const struct ref_pair *x = a, *y = b;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    return x->row < y->row ? -1 : x->row > y->row;
}

/* Table vector t scaled to unit length, against every row of m (exact: see the top). */
static void ref_scores(int t, const struct menu_matrix *m, struct ref_pair *out)
{
    float norm = fabsf(table[t][0]) + fabsf(table[t][1]) + fabsf(table[t][2]) + fabsf(table[t][3]) +
                 fabsf(table[t][4]) + fabsf(table[t][5]) + fabsf(table[t][6]) +
                 fabsf(table[t][7]); /* 2 (unit) or 4 (twice unit) */
    float scale = norm == 2.0f ? 1.0f : 0.5f;
    for (size_t r = 0; r < m->rows; r++) {
        float dot = 0;
        for (size_t d = 0; d < DIM; d++)
            dot += table[t][d] * scale * m->data[r * DIM + d];
        out[r] = (struct ref_pair){dot, (uint32_t)r};
    }
}

static void check_topk(int t, const struct menu_matrix *m, size_t k, const struct engine_score *s)
{
    struct ref_pair all[64];
    CHECK(m->rows <= 64);
    ref_scores(t, m, all);
    qsort(all, m->rows, sizeof(all[0]), ref_cmp);
    for (size_t i = 0; i < k; i++) {
        if (i < m->rows) {
            CHECK_INT_EQ(s[i].index, all[i].row);
            CHECK(s[i].score == all[i].score);
        } else {
            CHECK_INT_EQ(s[i].index, UINT32_MAX);
            CHECK(s[i].score == -INFINITY);
        }
    }
}

static void check_class_max(int t, const struct menu_matrix *m, const uint32_t *row_class,
                            const struct engine_score *s)
{
    struct ref_pair all[64];
    ref_scores(t, m, all);
    for (uint32_t c = 0; c < CLASSES; c++) {
        float best = -INFINITY;
        for (size_t r = 0; r < m->rows; r++)
            if (row_class[r] == c && all[r].score > best)
                best = all[r].score;
        CHECK_INT_EQ(s[c].index, c);
        CHECK(s[c].score == best);
    }
}

static void check_unscored(const struct engine_score *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        CHECK_INT_EQ(s[i].index, UINT32_MAX);
        CHECK(s[i].score == -INFINITY);
    }
}

/* ---- fixtures ---------------------------------------------------------------------------- */

/* Set "A": names (40 rows, rows 30..39 copies of 0..9: exact ties) top-8; classes (20 rows,
 * class 3 without rows) per-class max; items (3 rows) top-5, more than it has. */
struct fixture {
    struct menu_matrix *names, *classes, *items;
    uint32_t row_class[20];
    struct engine_score_set *set;
};

static void fixture_init(struct fixture *f, int shift)
{
    int rows[40];
    for (int i = 0; i < 40; i++)
        rows[i] = i < 30 ? (i + shift) % TABLE : (i - 30 + shift) % TABLE;
    f->names = matrix_of(rows, 40);
    for (int i = 0; i < 20; i++) {
        rows[i] = (40 + i + shift) % TABLE;
        f->row_class[i] = (uint32_t)(i % 4 == 3 ? 4 : i % 4); /* 0, 1, 2, 4 */
    }
    f->classes = matrix_of(rows, 20);
    int items[3] = {(60 + shift) % TABLE, (61 + shift) % TABLE, (60 + shift) % TABLE};
    f->items = matrix_of(items, 3);
    struct engine_score_spec specs[3] = {
        {.kind = ENGINE_SCORE_TOPK, .rows = f->names, .k = 8},
        {.kind = ENGINE_SCORE_CLASS_MAX,
         .rows = f->classes,
         .row_class = f->row_class,
         .n_classes = CLASSES},
        {.kind = ENGINE_SCORE_TOPK, .rows = f->items, .k = 5},
    };
    CHECK_INT_EQ(engine_score_set_new(specs, 3, &f->set), 0);
    CHECK_INT_EQ(engine_score_set_pairs(f->set), PAIRS);
    CHECK_INT_EQ(engine_score_set_offset(f->set, 1), 8);
    CHECK_INT_EQ(engine_score_set_offset(f->set, 2), 8 + CLASSES);
    CHECK_INT_EQ(engine_score_set_filled(f->set, 2), 3);
    CHECK_INT_EQ(engine_score_set_filled(f->set, 1), CLASSES);
}

/* Drops the fixture's own matrix references (the set keeps its own). */
static void fixture_drop_matrices(struct fixture *f)
{
    menu_matrix_unref(f->names);
    menu_matrix_unref(f->classes);
    menu_matrix_unref(f->items);
}

struct scored {
    struct embed_request req;
    char text[SEQS_MAX][8];
    const char *texts[SEQS_MAX];
    int vec[SEQS_MAX];
    uint8_t mask[SEQS_MAX];
    float out[SEQS_MAX * DIM];
    struct engine_score scores[SEQS_MAX * PAIRS];
};

static void scored_init(struct scored *s, size_t n, int first, struct engine_score_set *set,
                        struct embed_cq *cq)
{
    memset(s, 0, sizeof(*s));
    for (size_t i = 0; i < n; i++) {
        s->vec[i] = (first + (int)i * 7) % TABLE;
        snprintf(s->text[i], sizeof(s->text[i]), "v%d", s->vec[i]);
        s->texts[i] = s->text[i];
        s->mask[i] = (uint8_t)(i % 8); /* every combination of the three matrices */
    }
    s->req = (struct embed_request){.n_seqs = n,
                                    .texts = s->texts,
                                    .out = s->out,
                                    .cq = cq,
                                    .score_set = set,
                                    .score_mask = s->mask,
                                    .scores = s->scores};
}

/* Reads f's matrices, not f->set: the set may be gone (test_set_replaced_in_flight). */
static void scored_check(const struct scored *s, const struct fixture *f)
{
    CHECK_INT_EQ(s->req.status, 0);
    size_t pairs = PAIRS;
    for (size_t i = 0; i < s->req.n_seqs; i++) {
        const struct engine_score *p = s->scores + i * pairs;
        if (s->mask[i] & 1u)
            check_topk(s->vec[i], f->names, 8, p);
        else
            check_unscored(p, 8);
        if (s->mask[i] & 2u)
            check_class_max(s->vec[i], f->classes, f->row_class, p + 8);
        else
            check_unscored(p + 8, CLASSES);
        if (s->mask[i] & 4u)
            check_topk(s->vec[i], f->items, 5, p + 8 + CLASSES);
        else
            check_unscored(p + 8 + CLASSES, 5);
    }
}

/* ---- tests ------------------------------------------------------------------------------- */

/* Several requests, batches of 4 sequences (requests span batches; the scorer's chunk is the
 * batch size, so one finishing batch may run several sgemms per matrix), then the same texts
 * again, answered from the cache, scored alike. */
static void test_scores_exact(bool cache)
{
    struct fixture f;
    fixture_init(&f, 0);
    size_t calls = 0;
    struct engine *e = engine_start(&calls, 4, 20000, cache);
    int efd = eventfd(0, EFD_CLOEXEC);
    struct embed_cq cq;
    CHECK_INT_EQ(embed_cq_init(&cq, 8, efd), 0);
    static struct scored s[6];
    size_t lens[6] = {1, 5, 13, SEQS_MAX, 3, 8};
    for (int round = 0; round < 2; round++) {
        for (size_t r = 0; r < 6; r++) {
            scored_init(&s[r], lens[r], (int)r * 11, f.set, &cq);
            CHECK_INT_EQ(engine_submit(e, &s[r].req), 0);
        }
        for (size_t r = 0; r < 6; r++)
            CHECK(embed_cq_wait(&cq) != NULL);
        for (size_t r = 0; r < 6; r++)
            scored_check(&s[r], &f);
        if (round == 0 && cache)
            calls = 0;
    }
    if (cache) {
        struct engine_stats st;
        engine_stats(e, &st);
        CHECK_INT_EQ(calls, 0); /* the second round never reached the backend */
        CHECK(st.cache_hits >= 54);
    }
    CHECK_INT_EQ(engine_score_set_refs(f.set), 1); /* the engine dropped each of its own */
    engine_free(e);
    embed_cq_free(&cq);
    close(efd);
    fixture_drop_matrices(&f);
    engine_score_set_unref(f.set);
}

/* A reload: requests on set A are in flight (held for the batch deadline) when A's owner
 * drops it for set B; they complete with A's scores, those submitted after with B's, and A
 * is freed with the last of them (its matrices lose the set's references). */
static void test_set_replaced_in_flight(void)
{
    struct fixture a, b;
    fixture_init(&a, 0);
    fixture_init(&b, 5);
    size_t calls = 0;
    struct engine *e = engine_start(&calls, 256, 200000, false);
    int efd = eventfd(0, EFD_CLOEXEC);
    struct embed_cq cq;
    CHECK_INT_EQ(embed_cq_init(&cq, 4, efd), 0);
    static struct scored s[3];
    scored_init(&s[0], 9, 1, a.set, &cq);
    scored_init(&s[1], 6, 2, a.set, &cq);
    CHECK_INT_EQ(engine_submit(e, &s[0].req), 0);
    CHECK_INT_EQ(engine_submit(e, &s[1].req), 0);
    CHECK_INT_EQ(engine_score_set_refs(a.set), 3); /* the owner's and one per request */
    engine_score_set_unref(a.set);                 /* the owner moves to set B */
    scored_init(&s[2], 7, 3, b.set, &cq);
    CHECK_INT_EQ(engine_submit(e, &s[2].req), 0);
    CHECK_INT_EQ(atomic_load(&a.names->refs), 2); /* still the set's: in flight */
    for (int r = 0; r < 3; r++)
        CHECK(embed_cq_wait(&cq) != NULL);
    scored_check(&s[0], &a);
    scored_check(&s[1], &a);
    scored_check(&s[2], &b);
    CHECK_INT_EQ(atomic_load(&a.names->refs), 1); /* set A is gone: only ours is left */
    CHECK_INT_EQ(atomic_load(&a.items->refs), 1);
    CHECK_INT_EQ(engine_score_set_refs(b.set), 1);
    engine_free(e);
    embed_cq_free(&cq);
    close(efd);
    fixture_drop_matrices(&a);
    fixture_drop_matrices(&b);
    engine_score_set_unref(b.set);
}

static void test_refused(void)
{
    struct fixture f;
    fixture_init(&f, 0);
    size_t calls = 0;
    struct engine *e = engine_start(&calls, 16, 0, false);
    int efd = eventfd(0, EFD_CLOEXEC);
    struct embed_cq cq;
    CHECK_INT_EQ(embed_cq_init(&cq, 2, efd), 0);
    static struct scored s;
    scored_init(&s, 3, 0, f.set, &cq);
    s.mask[1] = 1u << 3; /* the set has three matrices */
    CHECK_INT_EQ(engine_submit(e, &s.req), -EINVAL);
    scored_init(&s, 3, 0, f.set, &cq);
    s.req.scores = NULL;
    CHECK_INT_EQ(engine_submit(e, &s.req), -EINVAL);
    scored_init(&s, 3, 0, f.set, &cq);
    s.req.score_mask = NULL;
    CHECK_INT_EQ(engine_submit(e, &s.req), -EINVAL);
    CHECK_INT_EQ(engine_score_set_refs(f.set), 1); /* nothing taken by a refused request */
    /* a set of another dimension */
    float v[2 * (DIM + 1)] = {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    struct menu_matrix *other;
    CHECK_INT_EQ(menu_matrix_from_rows(v, 2, DIM + 1, &other), 0);
    struct engine_score_spec spec = {.kind = ENGINE_SCORE_TOPK, .rows = other, .k = 1};
    struct engine_score_set *wide;
    CHECK_INT_EQ(engine_score_set_new(&spec, 1, &wide), 0);
    scored_init(&s, 3, 0, wide, &cq);
    s.mask[0] = s.mask[1] = s.mask[2] = 1;
    CHECK_INT_EQ(engine_submit(e, &s.req), -EINVAL);
    engine_score_set_unref(wide);
    /* bad specs */
    spec.k = 0;
    CHECK_INT_EQ(engine_score_set_new(&spec, 1, &wide), -EINVAL);
    CHECK(wide == NULL);
    spec.k = ENGINE_SCORE_TOPK_MAX + 1;
    CHECK_INT_EQ(engine_score_set_new(&spec, 1, &wide), -EINVAL);
    uint32_t cls[2] = {0, 2};
    spec = (struct engine_score_spec){
        .kind = ENGINE_SCORE_CLASS_MAX, .rows = other, .row_class = cls, .n_classes = 2};
    CHECK_INT_EQ(engine_score_set_new(&spec, 1, &wide), -EINVAL); /* class 2 of 2 */
    CHECK_INT_EQ(engine_score_set_new(&spec, 0, &wide), -EINVAL);
    /* a failed batch: status set, the engine's reference dropped all the same */
    scored_init(&s, 2, 0, f.set, &cq);
    s.texts[1] = "nope";
    CHECK_INT_EQ(engine_submit(e, &s.req), 0);
    CHECK(embed_cq_wait(&cq) == &s.req);
    CHECK_INT_EQ(s.req.status, -EINVAL);
    CHECK_INT_EQ(engine_score_set_refs(f.set), 1);
    menu_matrix_unref(other);
    engine_free(e);
    embed_cq_free(&cq);
    close(efd);
    fixture_drop_matrices(&f);
    engine_score_set_unref(f.set);
}

/* A backend with a scorer of its own (embed_backend.score_batch, as the cuda backend has):
 * it scores with a private host scorer, or fails every other pass. */
struct own_scorer {
    size_t calls;  /* embed_batch calls, as table_embed counts them */
    size_t passes; /* score_batch calls */
    bool fail_odd; /* the 1st, 3rd, ... pass fails with -EIO */
};

static int own_embed(void *ctx, const struct embed_batch *b, float *out)
{
    struct own_scorer *o = ctx;
    return table_embed(&o->calls, b, out);
}

static int own_score(void *ctx, struct embed_request *const *reqs, size_t n)
{
    struct own_scorer *o = ctx;
    if (o->fail_odd && o->passes++ % 2 == 0) {
        for (size_t i = 0; i < n; i++) /* garbage a failed pass may leave behind */
            if (reqs[i]->score_set)
                reqs[i]->scores[0] = (struct engine_score){42, 42.0f};
        return -EIO;
    }
    if (!o->fail_odd)
        o->passes++;
    for (size_t i = 0; i < n; i++) /* engine_scorer_run drops a reference per request */
        engine_score_set_ref(reqs[i]->score_set);
    struct engine_scorer *s = engine_scorer_new(n, DIM);
    engine_scorer_run(s, reqs, n);
    engine_scorer_free(s);
    return 0;
}

/* The engine uses the backend's scorer when there is one, drops its references once either
 * way, and after a failed pass scores the same requests on the host: the pairs are exact
 * whichever served, and the counters say which. */
static void test_backend_scorer(bool fail_odd)
{
    struct fixture f;
    fixture_init(&f, 0);
    struct own_scorer o = {.fail_odd = fail_odd};
    struct embed_backend b = {
        .name = "table", .dim = DIM, .ctx = &o, .embed_batch = own_embed, .score_batch = own_score};
    struct engine_config c;
    engine_config_default(&c);
    c.max_batch_sequences = 4;
    c.batch_deadline_us = 0;
    c.cache_entries = 0;
    struct engine *e;
    CHECK_INT_EQ(engine_new(&c, &b, &e), 0);
    int efd = eventfd(0, EFD_CLOEXEC);
    struct embed_cq cq;
    CHECK_INT_EQ(embed_cq_init(&cq, 1, efd), 0);
    static struct scored s;
    struct scored plain; /* no score set: never a scoring pass */
    for (int r = 0; r < 4; r++) {
        scored_init(&s, 6, r * 5, f.set, &cq);
        CHECK_INT_EQ(engine_submit(e, &s.req), 0);
        CHECK(embed_cq_wait(&cq) == &s.req);
        scored_check(&s, &f);
    }
    scored_init(&plain, 3, 1, NULL, &cq);
    plain.req.score_mask = NULL;
    plain.req.scores = NULL;
    CHECK_INT_EQ(engine_submit(e, &plain.req), 0);
    CHECK(embed_cq_wait(&cq) == &plain.req);
    struct engine_stats st;
    engine_stats(e, &st);
    /* 6 sequences in batches of 4: each request finishes in its second batch, one pass each */
    CHECK_INT_EQ(o.passes, 4);
    CHECK_INT_EQ(st.score_backend, fail_odd ? 2 : 4);
    CHECK_INT_EQ(st.score_fallbacks, fail_odd ? 2 : 0);
    CHECK_INT_EQ(engine_score_set_refs(f.set), 1);
    engine_free(e);
    embed_cq_free(&cq);
    close(efd);
    fixture_drop_matrices(&f);
    engine_score_set_unref(f.set);
}

int main(void)
{
    table_fill();
    test_scores_exact(false);
    test_scores_exact(true);
    test_set_replaced_in_flight();
    test_refused();
    test_backend_scorer(false);
    test_backend_scorer(true);
    return check_finish("test_engine_score");
}
