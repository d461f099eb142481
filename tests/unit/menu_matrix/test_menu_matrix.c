/* test_menu_matrix.c — GEMM top-k equals a brute-force loop, tie order, k above rows, text
 * composition, building through the engine, and the published slot under concurrent
 * readers and reloads (run under ASan to catch a matrix freed while held). */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>

#include "check.h"
#include "embed/menu_matrix.h"
#include "unit/lexical/menu_csv.h"

enum { ROWS = 300, DIM = 48, QUERIES = 9, K = 6, READERS = 3, RELOADS = 200 };

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;

static float rnd(void)
{
    rng_state = rng_state * 6364136223846793005ull + 1442695040888963407ull;
    return (float)((rng_state >> 40) & 0xffffff) / (float)0x800000 - 1.0f;
}

static void normalize(float *v, size_t n)
{
    double s = 0;
    for (size_t i = 0; i < n; i++)
        s += (double)v[i] * v[i];
    for (size_t i = 0; i < n; i++)
        v[i] = (float)(v[i] / sqrt(s));
}

static void test_topk_brute_force(void)
{
    static float rows[ROWS * DIM], queries[QUERIES * DIM], scratch[QUERIES * ROWS];
    for (size_t i = 0; i < ROWS * DIM; i++)
        rows[i] = rnd();
    for (size_t q = 0; q < QUERIES; q++) {
        for (size_t d = 0; d < DIM; d++)
            queries[q * DIM + d] = rnd();
        normalize(queries + q * DIM, DIM);
    }
    struct menu_matrix *m;
    CHECK_INT_EQ(menu_matrix_from_rows(rows, ROWS, DIM, &m), 0);
    CHECK_INT_EQ(menu_matrix_scratch_floats(m, QUERIES), QUERIES * ROWS);
    for (size_t r = 0; r < ROWS; r++) {
        float n2 = 0;
        for (size_t d = 0; d < DIM; d++)
            n2 += m->data[r * DIM + d] * m->data[r * DIM + d];
        CHECK(fabsf(n2 - 1.0f) < 1e-5f);
    }
    uint32_t idx[QUERIES * K];
    float score[QUERIES * K];
    CHECK_INT_EQ(menu_matrix_topk(m, queries, QUERIES, K, idx, score, scratch), K);
    for (size_t q = 0; q < QUERIES; q++) {
        /* Brute force: full scores in double, then K passes of argmax. */
        double s[ROWS];
        for (size_t r = 0; r < ROWS; r++) {
            s[r] = 0;
            for (size_t d = 0; d < DIM; d++)
                s[r] += (double)queries[q * DIM + d] * m->data[r * DIM + d];
        }
        for (size_t j = 0; j < K; j++) {
            size_t best = 0;
            for (size_t r = 1; r < ROWS; r++)
                if (s[r] > s[best])
                    best = r;
            CHECK_INT_EQ(idx[q * K + j], best);
            CHECK(fabs(score[q * K + j] - s[best]) < 1e-5);
            if (j > 0)
                CHECK(score[q * K + j] <= score[q * K + j - 1]);
            s[best] = -INFINITY;
        }
    }
    menu_matrix_unref(m);
}

static void test_ties_and_small(void)
{
    /* Rows 1 and 3 are identical: the lower index comes first. Row 2 is zero. */
    float rows[4 * 2] = {1, 0, 0, 1, 0, 0, 0, 1};
    struct menu_matrix *m;
    CHECK_INT_EQ(menu_matrix_from_rows(rows, 4, 2, &m), 0);
    float q[2] = {0, 1}, scratch[4], score[MENU_MATRIX_TOPK_MAX];
    uint32_t idx[MENU_MATRIX_TOPK_MAX];
    CHECK_INT_EQ(menu_matrix_topk(m, q, 1, 10, idx, score, scratch), 4); /* k > rows */
    CHECK_INT_EQ(idx[0], 1);
    CHECK_INT_EQ(idx[1], 3);
    CHECK_INT_EQ(idx[2], 0); /* 0 vs zero row 2: equal scores, lower first */
    CHECK_INT_EQ(idx[3], 2);
    CHECK(score[0] == 1.0f && score[1] == 1.0f && score[2] == 0.0f);
    menu_matrix_unref(m);
    CHECK_INT_EQ(menu_matrix_from_rows(rows, 0, 2, &m), -EINVAL);
    CHECK_INT_EQ(menu_matrix_from_rows(rows, MENU_MATRIX_ROWS_MAX + 1, 2, &m), -EINVAL);
}

static void test_compose(void)
{
    char out[32];
    CHECK_INT_EQ(menu_matrix_compose(MENU_MATRIX_TEXT_NAME, "Fries", "Crispy.", out, 32), 5);
    CHECK_STR_EQ(out, "Fries");
    menu_matrix_compose(MENU_MATRIX_TEXT_NAME_DESCRIPTION, "Fries", "Crispy.", out, 32);
    CHECK_STR_EQ(out, "Fries. Crispy.");
    menu_matrix_compose(MENU_MATRIX_TEXT_NAME_DESCRIPTION, "Fries", NULL, out, 32);
    CHECK_STR_EQ(out, "Fries");
    /* A cut inside "è" (2 bytes at offsets 2-3) drops the whole character. */
    CHECK_INT_EQ(menu_matrix_compose(MENU_MATRIX_TEXT_NAME, "Crème brûlée", NULL, out, 4), 2);
    CHECK_STR_EQ(out, "Cr");
    CHECK_INT_EQ(menu_matrix_compose(MENU_MATRIX_TEXT_NAME, "Crème brûlée", NULL, out, 5), 4);
    CHECK_STR_EQ(out, "Cr\xc3\xa8");
}

static void test_build_lexical(void)
{
    static struct menu_csv menu;
    menu_csv_load(&menu);
    struct lexical_params p;
    lexical_params_default(&p);
    struct embed_backend b;
    CHECK_INT_EQ(embed_backend_lexical_init(&b, &p), 0);
    struct engine_config c;
    engine_config_default(&c);
    c.batch_deadline_us = 100;
    struct engine *e;
    CHECK_INT_EQ(engine_new(&c, &b, &e), 0);
    struct menu_matrix *m;
    CHECK_INT_EQ(menu_matrix_build(e, menu.names, menu.n, &m), 0);
    CHECK_INT_EQ(m->rows, menu.n);
    const char *queries[3] = {"fries", "chedar cheesburger", "swet potato fries"};
    float qv[3 * LEXICAL_DIM_DEFAULT], scratch[3 * MENU_CSV_ITEMS_MAX], score[3 * 2];
    uint32_t idx[3 * 2];
    CHECK_INT_EQ(engine_embed_sync(e, queries, 3, qv), 0);
    CHECK_INT_EQ(menu_matrix_topk(m, qv, 3, 2, idx, score, scratch), 2);
    CHECK_STR_EQ(menu.names[idx[0]], "Classic Fries");
    CHECK_STR_EQ(menu.names[idx[2]], "Cheddar Cheeseburger");
    CHECK_STR_EQ(menu.names[idx[4]], "Sweet Potato Fries");
    menu_matrix_unref(m);
    engine_free(e);
}

/* ---- the slot: readers hold references across reloads --------------------------------- */

static struct menu_matrix_slot slot;
static atomic_int stop;

static void *reader_main(void *arg)
{
    int *bad = arg;
    float q[DIM] = {1}, scratch[8], score[1];
    uint32_t idx[1];
    while (!atomic_load(&stop)) {
        uint64_t v;
        struct menu_matrix *m = menu_matrix_slot_acquire(&slot, &v);
        if (!m)
            continue;
        /* Row 0 of version v is v * e0 normalised: it must score 1 and stay readable. */
        menu_matrix_topk(m, q, 1, 1, idx, score, scratch);
        if (idx[0] != 0 || fabsf(score[0] - 1.0f) > 1e-6f || m->rows != 1 + v % 7)
            (*bad)++;
        menu_matrix_unref(m);
    }
    return NULL;
}

static void test_slot(void)
{
    menu_matrix_slot_init(&slot);
    uint64_t v0;
    CHECK(menu_matrix_slot_acquire(&slot, &v0) == NULL);
    CHECK_INT_EQ(v0, 0);
    int bad[READERS] = {0};
    pthread_t t[READERS];
    float rows[8 * DIM];
    for (int i = 0; i < READERS; i++)
        pthread_create(&t[i], NULL, reader_main, &bad[i]);
    for (uint64_t v = 1; v <= RELOADS; v++) {
        memset(rows, 0, sizeof(rows));
        size_t n = 1 + v % 7;
        rows[0] = (float)v;
        for (size_t r = 1; r < n; r++)
            rows[r * DIM + 1] = 1.0f;
        struct menu_matrix *m;
        CHECK_INT_EQ(menu_matrix_from_rows(rows, n, DIM, &m), 0);
        CHECK_INT_EQ(menu_matrix_slot_publish(&slot, m), v);
    }
    atomic_store(&stop, 1);
    for (int i = 0; i < READERS; i++) {
        pthread_join(t[i], NULL);
        CHECK_INT_EQ(bad[i], 0);
    }
    /* A held reference survives a publish and the slot's free. */
    uint64_t v;
    struct menu_matrix *held = menu_matrix_slot_acquire(&slot, &v);
    CHECK_INT_EQ(v, RELOADS);
    menu_matrix_slot_free(&slot);
    CHECK_INT_EQ(atomic_load(&held->refs), 1);
    CHECK(held->data[0] == 1.0f);
    menu_matrix_unref(held);
}

int main(void)
{
    test_topk_brute_force();
    test_ties_and_small();
    test_compose();
    test_build_lexical();
    test_slot();
    return check_finish("test_menu_matrix");
}
